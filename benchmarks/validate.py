"""Ratio of `gkcat validate` time to the bare YAML parse floor on a synthetic project.

python benchmarks/validate.py [--catalogs 500] [--items 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate, parse_floor

from gkcat import api
from gkcat.settings import Options


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalogs", type=int, default=500)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp), args.catalogs, args.items)
        result = api.validate(root, options=Options(jobs=args.jobs))
        assert result.exit_code == 0, result.diagnostics[:5]
        floor = best_of(args.repeat, lambda: parse_floor(root))
        validate = best_of(args.repeat, lambda: api.validate(root, options=Options(jobs=args.jobs)))
    print(f"project: {args.catalogs} catalogs, {args.catalogs * args.items} items")
    print(f"parse floor (yaml.load CSafeLoader): {floor:.3f} s")
    print(f"gkcat validate (jobs={args.jobs}):        {validate:.3f} s")
    print(f"ratio validate / parse floor: {validate / floor:.2f}x")


if __name__ == "__main__":
    main()
