"""``gkcat plan next``: next year's task plan made from this year's.

The new plan keeps the sections, groups, tasks and units; it gets the new year, the title with
its year replaced (2024年… → 2025年…), deadlines that name the old year moved to the new one
(2024年6月底前 → 2025年6月底前, 2024-06-30 → 2025-06-30), and task ids renumbered from the
year and the task's place (T2025-001, …), so no id of last year's plan is left to rename.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.importers.source_yaml import dump_source
from gkcat.load.source import parse, read_text
from gkcat.write import write_file

EMITS = frozenset({"GK660", "GK661"})
"""The rule codes this module emits."""


@dataclass(frozen=True, slots=True)
class NextPlan:
    """What ``plan next`` did: the file written (None on failure) and its counts."""

    out: Path | None
    diagnostics: tuple[Diagnostic, ...]
    year: int = 0
    tasks: int = 0
    deadlines: int = 0
    """Deadlines moved from the old year to the new one."""


def next_plan(data: dict[str, Any], year: int) -> tuple[dict[str, Any], int, int]:
    """The plan for ``year`` made from ``data``; also the task and moved-deadline counts."""
    old = data["year"]
    plan = {**data, "year": year, "title": _moved(str(data.get("title", "")), old, year)}
    numbers = iter(range(1, 100_000))
    tasks = moved = 0
    for task in _tasks(plan):
        tasks += 1
        task["id"] = f"T{year}-{next(numbers):03d}"
        deadline = task.get("deadline")
        if isinstance(deadline, str) and _moved(deadline, old, year) != deadline:
            task["deadline"] = _moved(deadline, old, year)
            moved += 1
    return plan, tasks, moved


def _moved(text: str, old: int, new: int) -> str:
    return re.sub(rf"(?<!\d){old}(?=\s*年|[-/.]\d)", str(new), text)


def _tasks(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Each task, copied in place so the source data is left as it was."""
    plan["sections"] = [dict(s) for s in plan.get("sections", [])]
    for section in plan["sections"]:
        if "tasks" in section:
            section["tasks"] = [dict(t) for t in section["tasks"]]
            yield from section["tasks"]
        if "groups" in section:
            section["groups"] = [
                {**g, "tasks": [dict(t) for t in g.get("tasks", [])]} for g in section["groups"]
            ]
            for group in section["groups"]:
                yield from group["tasks"]


def make_next_plan(
    source: Path, *, file: str, year: int | None, out: Path | None, max_size: int
) -> NextPlan:
    """Read ``source`` (a task plan), write next year's plan to ``out`` (default: beside it)."""
    text, problems = read_text(source, file, max_size=max_size)
    if text is None:
        return NextPlan(None, tuple(problems))
    parsed = parse(text, file, max_alias_nodes=100_000)
    data = parsed.data
    if not _is_plan(data):
        found = diagnostic("GK660", file=file, line=1, column=1, file_name=file)
        return NextPlan(None, (*parsed.diagnostics, found))
    assert isinstance(data, dict)
    new_year = year or data["year"] + 1
    target = out or source.with_name(f"{new_year}.yaml")
    if target.exists():
        found = diagnostic("GK661", file=file, line=1, column=1, path=target.as_posix())
        return NextPlan(None, (found,))
    plan, tasks, moved = next_plan(data, new_year)
    ref = _schema_ref(text)
    comment = f"由 {source.name} 生成（gkcat plan next）"
    write_file(target, dump_source(plan, schema_ref=ref, comments=[comment]))
    return NextPlan(target, (), new_year, tasks, moved)


def _is_plan(data: object) -> bool:
    """A task plan whose sections, groups and tasks are all mappings (as the schema says)."""
    if not isinstance(data, dict) or data.get("kind") != "task-plan":
        return False
    year, sections = data.get("year"), data.get("sections")
    if not isinstance(year, int) or isinstance(year, bool) or not _mappings(sections):
        return False
    assert isinstance(sections, list)
    return all(
        _mappings(s.get("tasks", []))
        and _mappings(s.get("groups", []))
        and all(_mappings(g.get("tasks", [])) for g in s.get("groups", []))
        for s in sections
    )


def _mappings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _schema_ref(text: str) -> str:
    match = re.search(r"^#\s*yaml-language-server:\s*\$schema=(\S+)", text, re.MULTILINE)
    return match.group(1) if match else "../schemas/task-plan.schema.json"
