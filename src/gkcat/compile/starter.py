"""The embedded sample region → a starter project limited to some domains (pure)."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Set
from dataclasses import dataclass
from typing import Any

from gkcat.importers.source_yaml import dump_source


@dataclass(frozen=True, slots=True)
class Starter:
    """Which sample files to copy unchanged, and which to write rewritten."""

    keep: frozenset[str]
    rewrite: Mapping[str, bytes]


def plan_starter(sources: Mapping[str, Any], domains: Set[str]) -> Starter:
    """Keep the catalogs of ``domains`` (path slugs) and everything that refers to them.

    Power lists keep the powers the kept items cite, with their main items and 子项; task plans
    drop references to items that were not kept. A file left with nothing is not written, so the
    starter project validates as cleanly as the sample.
    """
    catalogs = {f: d for f, d in sources.items() if f.startswith("catalogs/")}
    kept = {f for f in catalogs if f.split("/")[1] in domains}
    items = [i for f in kept for i in catalogs[f].get("items", [])]
    ids = {str(i.get("id")) for i in items}
    cited = {str(code) for i in items for code in i.get("powers", [])}
    keep = set(kept) | {f for f in sources if "/" not in f}
    rewrite: dict[str, bytes] = {}
    for file, data in sources.items():
        if file.startswith("powers/"):
            _power_list(file, data, cited, keep, rewrite)
        elif file.startswith("tasks/"):
            _task_plan(file, data, ids, keep, rewrite)
    return Starter(frozenset(keep), rewrite)


def _schema_ref(file: str, name: str) -> str:
    return "../" * file.count("/") + f"schemas/{name}.schema.json"


def _power_list(
    file: str, data: Any, cited: Set[str], keep: set[str], rewrite: dict[str, bytes]
) -> None:
    powers = data.get("powers", [])
    parents = {str(p.get("parent")) for p in powers if str(p.get("code")) in cited}
    chosen = [
        p for p in powers if str(p.get("code")) in cited | parents or str(p.get("parent")) in cited
    ]
    if len(chosen) == len(powers):
        keep.add(file)
    elif chosen:
        rewrite[file] = dump_source(
            {**data, "powers": chosen}, schema_ref=_schema_ref(file, "power-list")
        )


def _task_plan(
    file: str, data: Any, ids: Set[str], keep: set[str], rewrite: dict[str, bytes]
) -> None:
    plan = copy.deepcopy(data)
    changed = False
    for section in plan.get("sections", []):
        for group in section.get("groups", []):
            for task in group.get("tasks", []):
                refs = task.get("catalog_refs")
                if refs is None:
                    continue
                remaining = [r for r in refs if str(r) in ids]
                if remaining != refs:
                    changed = True
                    if remaining:
                        task["catalog_refs"] = remaining
                    else:
                        del task["catalog_refs"]
    if changed:
        rewrite[file] = dump_source(plan, schema_ref=_schema_ref(file, "task-plan"))
    else:
        keep.add(file)
