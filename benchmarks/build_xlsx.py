"""Ratio of the catalog workbook build time to the bare YAML parse floor on a synthetic project.

    python benchmarks/build_xlsx.py [--catalogs 500] [--items 40] [--repeat 3]

The build time is compiling the ``xlsx`` target (index, one sheet per catalog, 责任分工,
统计) from the loaded model to .xlsx bytes; loading and validating are measured by
benchmarks/validate.py. The floor is yaml.load with CSafeLoader over the same files. The
peak RSS printed is the process's, loading included (the writer streams sheet by sheet).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate, parse_floor

from gkcat import api
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.pipeline import load_project


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp), args.catalogs, args.items)
        print(f"generated {args.catalogs} catalogs under {root}", file=sys.stderr, flush=True)
        loaded = load_project(root)
        assert not loaded.config_failed
        project, settings = loaded.project, loaded.settings
        print(f"project: {args.catalogs} catalogs, {project.item_count} items", flush=True)
        floor = best_of(args.repeat, lambda: parse_floor(root))
        print(f"parse floor (yaml.load CSafeLoader):  {floor:.3f} s", flush=True)
        outputs: dict[str, bytes] = {}
        build = best_of(args.repeat, lambda: outputs.update(compile_workbooks(project, settings)))
        size = sum(len(b) for b in outputs.values())
        print(f"workbook compile:                     {build:.3f} s ({size / 1e6:.1f} MB)")
        print(f"ratio workbook compile / parse floor: {build / floor:.2f}x", flush=True)
        full = best_of(1, lambda: api.build(root, out=Path(tmp) / "dist", only=["xlsx"]))
    print(f"gkcat build --only xlsx (end to end):  {full:.3f} s")
    print(f"ratio build --only xlsx / parse floor: {full / floor:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process:              {peak:.0f} MB")


if __name__ == "__main__":
    main()
