"""Site pages of task plans: one page per plan, its 任务分解表 as an HTML table (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from gkcat.compile.numbering import LEAD_MARK, group_label, section_label
from gkcat.compile.site.view import Link, department_path, href
from gkcat.model import Project, Task, TaskPlan


@dataclass(frozen=True, slots=True)
class UnitView:
    text: str
    href: str
    """Root-relative link to the department's page, or "" when it has none."""
    lead: bool


@dataclass(frozen=True, slots=True)
class TaskRow:
    number: int
    id: str
    lines: tuple[str, ...]
    units: tuple[UnitView, ...]
    deadline: str


@dataclass(frozen=True, slots=True)
class TaskBlock:
    label: str
    """（一）group title, or "" for the tasks of the section itself."""
    rows: tuple[TaskRow, ...]


@dataclass(frozen=True, slots=True)
class TaskSectionView:
    label: str
    blocks: tuple[TaskBlock, ...]


@dataclass(frozen=True, slots=True)
class TaskPlanView:
    path: str
    title: str
    year: str
    issuer: str
    description: tuple[str, ...]
    sections: tuple[TaskSectionView, ...]
    count: int


def task_plan_path(file: str) -> str:
    """``tasks/2024.yaml`` → ``tasks/2024.html``."""
    return file.rsplit(".", 1)[0] + ".html"


def build_task_plans(project: Project, departments: set[str]) -> tuple[TaskPlanView, ...]:
    """One view per plan (by year, then file); units link to the department pages built."""
    plans = sorted(project.task_plans, key=lambda p: (p.year or 0, p.file))
    return tuple(_plan(p, project, departments) for p in plans)


def _plan(plan: TaskPlan, project: Project, departments: set[str]) -> TaskPlanView:
    number = 0
    sections = []
    for s, section in enumerate(plan.sections, 1):
        blocks = [("", section.tasks)] if section.tasks else []
        blocks += [(group_label(g, gr.title), gr.tasks) for g, gr in enumerate(section.groups, 1)]
        views = []
        for label, tasks in blocks:
            rows = []
            for task in tasks:
                number += 1
                rows.append(_row(number, task, project, departments))
            views.append(TaskBlock(label, tuple(rows)))
        sections.append(TaskSectionView(section_label(s, section.title), tuple(views)))
    return TaskPlanView(
        path=task_plan_path(plan.file),
        title=plan.title,
        year=str(plan.year or ""),
        issuer=plan.issuer,
        description=tuple(line for line in plan.description.splitlines() if line.strip()),
        sections=tuple(sections),
        count=number,
    )


def _row(number: int, task: Task, project: Project, departments: set[str]) -> TaskRow:
    units = []
    for name in dict.fromkeys([*task.lead, *task.units]):
        official = project.registry.normalise(name)
        link = href(department_path(official)) if official in departments else ""
        units.append(UnitView(official, link, name in task.lead))
    return TaskRow(
        number=number,
        id=task.id,
        lines=tuple(task.requirement.splitlines()) or ("",),
        units=tuple(units),
        deadline=task.deadline,
    )


def plan_link(view: TaskPlanView) -> Link:
    return Link(view.title, view.path)


__all__ = ["LEAD_MARK", "TaskPlanView", "build_task_plans", "plan_link", "task_plan_path"]
