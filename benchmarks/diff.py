"""Ratio of `gkcat diff` time to the bare YAML parse floor of both versions, in the same run.

    python benchmarks/diff.py [--catalogs 500] [--items 40] [--changes 300] [--repeat 3]

The old version is the synthetic project; the new one is a copy with ``--changes`` edits spread
over the kinds (modified, renamed, removed, added, moved, recoded). The diff time covers what
`gkcat diff OLD NEW` does: reading both directories, building the model, comparing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate, parse_floor

from gkcat import api

SHARES = {"modified": 0.4, "renamed": 0.15, "removed": 0.1, "added": 0.1, "moved": 0.15}
"""Shares of the edits; the rest are recodes."""


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data


def revise(old: Path, new: Path, changes: int, *, seed: int = 1) -> dict[str, int]:
    """Copy ``old`` to ``new`` and make ``changes`` edits; returns how many of each kind."""
    rng = random.Random(seed)
    shutil.copytree(old, new)
    files = sorted((new / "catalogs").rglob("*.yaml"))
    docs = {path: _load(path) for path in files}
    plan = {kind: int(changes * share) for kind, share in SHARES.items()}
    plan["recoded"] = changes - sum(plan.values())
    touched: set[Path] = set()
    for kind, count in plan.items():
        for n in range(count):
            path = rng.choice(files)
            touched.add(path)
            items = docs[path]["items"]
            item = items[rng.randrange(len(items))]
            if kind == "modified":
                item["time_limit"] = f"自信息形成或者变更之日起{rng.randint(1, 15)}个工作日内"
            elif kind == "renamed":
                item["name"] += "（修订）"
            elif kind == "removed":
                items.remove(item)
            elif kind == "added":
                items.append({**item, "id": f"NEW-{n:04d}", "name": f"新增事项{n}"})
            elif kind == "moved":
                items.remove(item)
                target = rng.choice(files)
                touched.add(target)
                docs[target]["items"].append(item)
            else:
                item["id"] = f"RC-{n:04d}"
    for path in sorted(touched):
        text = yaml.safe_dump(docs[path], allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    plan["files touched"] = len(touched)
    return plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalogs", type=int, default=500)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = generate(Path(tmp) / "old", args.catalogs, args.items)
        plan = revise(old, Path(tmp) / "new", args.changes)
        new = Path(tmp) / "new"
        result = api.diff(str(old), str(new), old)
        assert not result.unreadable, result.unreadable[:5]
        # Interleaved, so a busy machine slows both measurements alike.
        floors, diffs = [], []
        for _ in range(args.repeat):
            floors.append(best_of(1, lambda: (parse_floor(old), parse_floor(new))))
            diffs.append(best_of(1, lambda: api.diff(str(old), str(new), old)))
        floor, diff = min(floors), min(diffs)
        ratios = ", ".join(f"{d / f:.2f}" for f, d in zip(floors, diffs, strict=True))
    summary = result.diff.summary
    print(f"projects: {args.catalogs} catalogs, {args.catalogs * args.items} items each")
    print(f"edits made: {plan}")
    print(f"diff found: {summary}")
    print(f"parse floor of both (yaml.load CSafeLoader): {floor:.3f} s")
    print(f"gkcat diff OLD NEW:                          {diff:.3f} s")
    print(f"ratio diff / parse floor: {diff / floor:.2f}x (per round: {ratios})")


if __name__ == "__main__":
    main()
