"""Task-plan rules: units, deadlines, plan year, catalog references, task ids (GK501–GK507)."""

from __future__ import annotations

from collections.abc import Iterator

from gkcat import vocab
from gkcat.deadlines import Deadline, outside_year, parse_deadline
from gkcat.diagnostics import RULES, Diagnostic, suggestion
from gkcat.model import Project, Task, TaskPlan
from gkcat.settings import Settings
from gkcat.unit_names import is_collective

EMITS = frozenset({"GK501", "GK502", "GK503", "GK504", "GK505", "GK506", "GK507"})
"""The rule codes this module emits."""

__all__ = ["Deadline", "check_tasks", "parse_deadline"]


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
    """GK507: a task names some unit; GK501: 责任单位 and 牵头单位 are in the registry."""
    if not task.units and not task.lead:
        yield _at(plan, task, "", "GK507")
    registry = settings.registry
    if not registry:
        return
    for key, names in (("units", task.units), ("lead", task.lead)):
        for index, name in enumerate(names):
            if registry.canonical(name) is None and not is_collective(name):
                hint = vocab.suggest(name, registry.names)
                yield _at(plan, task, f"/{key}/{index}", "GK501", name=name, **suggestion(hint))


def check_deadline(plan: TaskPlan, task: Task) -> Iterator[Diagnostic]:
    """GK506: a 完成时限 is stated; GK502: it is readable; GK503: its dates fall in the year."""
    if not task.deadline:
        yield _at(plan, task, "", "GK506")
        return
    parsed = parse_deadline(task.deadline)
    if parsed is None:
        yield _at(plan, task, "/deadline", "GK502", value=task.deadline)
        return
    if plan.year is None:
        return
    if outside_year(parsed, plan.year):
        yield _at(plan, task, "/deadline", "GK503", value=task.deadline, year=str(plan.year))


def check_refs(plan: TaskPlan, task: Task, items: set[str]) -> Iterator[Diagnostic]:
    """GK504: every catalog_ref names an item of some catalog of the project."""
    for index, ref in enumerate(task.catalog_refs):
        if ref not in items:
            hint = vocab.suggest(ref, sorted(items))
            yield _at(plan, task, f"/catalog_refs/{index}", "GK504", id=ref, **suggestion(hint))
