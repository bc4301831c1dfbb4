"""Task-plan rules: units, deadlines, plan year, catalog references, task ids (GK501–GK505)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from gkcat import vocab
from gkcat.diagnostics import RULES, Diagnostic, suggestion
from gkcat.model import Project, Task, TaskPlan
from gkcat.settings import Settings

EMITS = frozenset({"GK501", "GK502", "GK503", "GK504", "GK505"})
"""The rule codes this module emits (a test keeps the list exact)."""


# 2024-06-30, 2024/6/30, 2024.6.30
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# 2024年6月底前, 2024年6月30日前, 6月底, 2024年底前, 2024年上半年
_CN_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末|中旬|上旬|下旬)?")
_CN_YEAR = re.compile(r"(\d{4})年(?:底|末|内|年底|上半年|下半年|全年|第[一二三四]季度|前)")
_ONGOING = re.compile(r"全年|长期|持续|常态化|动态|及时|随时|年内|年底前|年底|上半年|下半年")
_PERIODIC = re.compile(r"每(?:年|半年|季度?|月|周|旬|日)|按(?:年|季|月)|定期|第[一二三四]季度")


@dataclass(frozen=True, slots=True)
class Deadline:
    """A parsed 完成时限: its kind, and the calendar years it names (for GK503)."""

    kind: Literal["date", "ongoing", "periodic"]
    years: tuple[int, ...] = ()


def parse_deadline(text: str) -> Deadline | None:
    """Read 全年, 长期坚持, 每季度, 2024年6月底前, 2024-06-30 …; None when unrecognised."""
    compact = "".join(text.split())
    dates = [m for m in _ISO.finditer(compact) if _valid(m)]
    if dates:
        return Deadline("date", tuple(int(m.group(1)) for m in dates))
    years = [int(m.group(1)) for m in _CN_DATE.finditer(compact) if m.group(1)]
    years += [int(m.group(1)) for m in _CN_YEAR.finditer(compact)]
    month_dates = [m for m in _CN_DATE.finditer(compact) if 1 <= int(m.group(2)) <= 12]
    if years or month_dates:
        return Deadline("date", tuple(sorted(set(years))))
    if _PERIODIC.search(compact):
        return Deadline("periodic")
    if _ONGOING.search(compact):
        return Deadline("ongoing")
    return None


def _valid(match: re.Match[str]) -> bool:
    try:
        date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return True


def check_tasks(project: Project, settings: Settings) -> Iterator[Diagnostic]:
    """Run every task-plan rule over every plan of the project."""
    items = {item.id for _, item in project.iter_items() if item.id}
    seen: dict[str, str] = {}
    for plan in project.task_plans:
        for task in plan.iter_tasks():
            yield from check_units(plan, task, settings)
            yield from check_deadline(plan, task)
            yield from check_refs(plan, task, items)
            if task.id and task.id in seen:
                yield _at(plan, task, "/id", "GK505", id=task.id, other=seen[task.id])
            elif task.id:
                seen[task.id] = plan.file


def _at(plan: TaskPlan, task: Task, where: str, code: str, **args: str) -> Diagnostic:
    # Built directly rather than through diagnostic(): mypy cannot tell that **args never
    # fills one of its typed keyword parameters.
    return Diagnostic(
        code=code,
        severity=RULES[code].severity,
        args=tuple(sorted(args.items())),
        file=plan.file,
        pointer=task.pointer + where,
        item=task.id or None,
    )


def check_units(plan: TaskPlan, task: Task, settings: Settings) -> Iterator[Diagnostic]:
    """GK501: 责任单位 and 牵头单位 are in the departments registry (when there is one)."""
    registry = settings.registry
    if not registry:
        return
    for key, names in (("units", task.units), ("lead", task.lead)):
        for index, name in enumerate(names):
            if registry.canonical(name) is None:
                hint = vocab.suggest(name, registry.names)
                yield _at(plan, task, f"/{key}/{index}", "GK501", name=name, **suggestion(hint))


def check_deadline(plan: TaskPlan, task: Task) -> Iterator[Diagnostic]:
    """GK502: the 完成时限 is readable; GK503: the dates it names fall in the plan year."""
    if not task.deadline:
        return
    parsed = parse_deadline(task.deadline)
    if parsed is None:
        yield _at(plan, task, "/deadline", "GK502", value=task.deadline)
        return
    if plan.year is None:
        return
    outside = [y for y in parsed.years if y != plan.year]
    if outside:
        yield _at(plan, task, "/deadline", "GK503", value=task.deadline, year=str(plan.year))


def check_refs(plan: TaskPlan, task: Task, items: set[str]) -> Iterator[Diagnostic]:
    """GK504: every catalog_ref names an item of some catalog of the project."""
    for index, ref in enumerate(task.catalog_refs):
        if ref not in items:
            hint = vocab.suggest(ref, sorted(items))
            yield _at(plan, task, f"/catalog_refs/{index}", "GK504", id=ref, **suggestion(hint))
