"""The tasks of one department, for its own workbook (``build --split-by department``).

A task belongs to a department when the department is its lead or one of its units (after
alias normalisation). Each department workbook (one per 公开主体 of the catalogs) gets one
任务分解 sheet per plan that has such
tasks, laid out like the plan's own 任务分解表 with only those tasks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from gkcat.compile.xlsx.layout import sheet_name
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.tasks_table import task_numbers, write_plan
from gkcat.model import Project, Registry, Task, TaskPlan, TaskSection
from gkcat.settings import Settings


def department_plans(project: Project, department: str) -> list[tuple[TaskPlan, dict[str, int]]]:
    """Each plan cut down to the tasks of ``department`` (plans without any are left out),
    with the numbers its tasks have in the whole plan."""
    plans = []
    for plan in project.task_plans:
        sections = tuple(_section(s, department, project.registry) for s in plan.sections)
        kept = tuple(s for s in sections if s.tasks or s.groups)
        if kept:
            plans.append((replace(plan, sections=kept), task_numbers(plan)))
    return plans


def _section(section: TaskSection, department: str, registry: Registry) -> TaskSection:
    groups = tuple(replace(g, tasks=_mine(g.tasks, department, registry)) for g in section.groups)
    return replace(
        section,
        tasks=_mine(section.tasks, department, registry),
        groups=tuple(g for g in groups if g.tasks),
    )


def _mine(tasks: Iterable[Task], department: str, registry: Registry) -> tuple[Task, ...]:
    return tuple(
        t for t in tasks if department in {registry.normalise(u) for u in (*t.lead, *t.units)}
    )


def task_sheets(
    plans: Iterable[tuple[TaskPlan, dict[str, int]]], settings: Settings, taken: set[str]
) -> Iterator[Sheet]:
    """One 任务分解 sheet per plan, to follow the workbook's other sheets."""
    for plan, numbers in plans:
        ws = Sheet(sheet_name(f"{plan.year}年任务分解" if plan.year else "任务分解", taken))
        write_plan(ws, plan, settings, numbers)
        yield ws
