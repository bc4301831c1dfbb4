"""Official department names in everything published.

A 公开主体, 牵头单位, 责任单位 or power-list department written as a registered alias
(县人社局) prints as the department's official name (示例县人力资源和社会保障局). The sources
keep what the office wrote; every compiler (workbook, task table, site, diff report) reads
the project through :func:`official` so the rule lives in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gkcat.model import Catalog, PowerList, Project, Registry, Task, TaskPlan


def official(project: Project) -> Project:
    """``project`` with every registered alias replaced by its official name."""
    registry = project.registry
    if not registry:
        return project
    return replace(
        project,
        catalogs=tuple(_catalog(c, registry) for c in project.catalogs),
        power_lists=tuple(_power_list(p, registry) for p in project.power_lists),
        task_plans=tuple(_plan(p, registry) for p in project.task_plans),
    )


def names(registry: Registry, written: Sequence[str]) -> tuple[str, ...]:
    """Official names in the order written; an alias next to its official name counts once."""
    return tuple(dict.fromkeys(registry.normalise(name) for name in written))


def _catalog(catalog: Catalog, registry: Registry) -> Catalog:
    official_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # items repeat a few subjects
    items = []
    for item in catalog.items:
        subject = official_of.get(item.subject)
        if subject is None:
            subject = official_of.setdefault(item.subject, names(registry, item.subject))
        items.append(item if subject == item.subject else replace(item, subject=subject))
    return replace(catalog, owner=registry.normalise(catalog.owner), items=tuple(items))


def _power_list(power_list: PowerList, registry: Registry) -> PowerList:
    powers = []
    for power in power_list.powers:
        department = registry.normalise(power.department)
        changed = department != power.department
        powers.append(replace(power, department=department) if changed else power)
    department = registry.normalise(power_list.department)
    return replace(power_list, department=department, powers=tuple(powers))


def _plan(plan: TaskPlan, registry: Registry) -> TaskPlan:
    def tasks(found: tuple[Task, ...]) -> tuple[Task, ...]:
        return tuple(
            replace(t, units=names(registry, t.units), lead=names(registry, t.lead)) for t in found
        )

    sections = tuple(
        replace(
            section,
            tasks=tasks(section.tasks),
            groups=tuple(replace(g, tasks=tasks(g.tasks)) for g in section.groups),
        )
        for section in plan.sections
    )
    return replace(plan, issuer=registry.normalise(plan.issuer), sections=sections)
