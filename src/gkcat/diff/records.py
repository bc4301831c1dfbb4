"""Project → comparable records: catalogs, items, power lists, powers, task plans, tasks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, TypeAlias

from gkcat.model import Catalog, Item, Power, PowerList, Project, Task, TaskPlan

Entity = Literal["catalog", "item", "power-list", "power", "task-plan", "task"]
ENTITIES: tuple[Entity, ...] = ("catalog", "item", "power-list", "power", "task-plan", "task")
Value: TypeAlias = "str | tuple[str, ...]"

ITEM_FIELDS = (
    "category",
    "name",
    "subname",
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "mode",
    "levels",
    "powers",
    "note",
)
NAME_FIELDS = frozenset({"category", "name", "subname"})
"""Fields whose change makes an item *renamed* (名称 = 一级事项 + 二级事项 + 三级事项)."""
CATALOG_FIELDS = ("domain", "level", "region", "owner", "version", "effective")
POWER_LIST_FIELDS = ("department", "region", "version")
POWER_FIELDS = (
    "name", "type", "subtype", "levels", "basis", "parent", "department", "duties",
    "accountability", "note", "extra",
)  # fmt: skip
TASK_PLAN_FIELDS = ("title", "year", "issuer")
TASK_FIELDS = ("section", "group", "requirement", "units", "lead", "deadline", "catalog_refs")
FIELDS: dict[Entity, tuple[str, ...]] = {
    "catalog": CATALOG_FIELDS,
    "item": ITEM_FIELDS,
    "power-list": POWER_LIST_FIELDS,
    "power": POWER_FIELDS,
    "task-plan": TASK_PLAN_FIELDS,
    "task": TASK_FIELDS,
}
UNORDERED = frozenset({"channels", "audience", "mode", "levels", "powers", "catalog_refs"})
"""Fields that are sets: the published table prints them as ticks, so order is formatting."""


@dataclass(frozen=True, slots=True)
class Record:
    """One comparable thing: its identity, where it lives, and its field values in order."""

    entity: Entity
    id: str
    where: str
    """Catalog id for items and catalogs; the source file for the others."""
    place: str
    """Where it is published (for items: domain and level of the catalog); moves compare it."""
    values: tuple[Value, ...]
    """Values of ``FIELDS[entity]``, in that order."""
    level: str = ""
    """For items: their catalog's level, which is also their 公开层级 unless they name others."""
    changes: str = ""
    """The source's ``changes:`` note (修订说明); shown in reports, never compared."""

    def get(self, name: str) -> Value:
        return self.values[FIELDS[self.entity].index(name)]

    @property
    def fields(self) -> dict[str, Value]:
        return dict(zip(FIELDS[self.entity], self.values, strict=True))

    @property
    def title(self) -> str:
        """A human label: the item's 名称, the power's or catalog's name."""
        if self.entity == "item":
            parts = (self.get("category"), self.get("name"), self.get("subname"))
            return "／".join(p for p in parts if isinstance(p, str) and p)
        if self.entity in ("power", "power-list", "task-plan"):
            first = self.values[0]
            return first if isinstance(first, str) else ""
        if self.entity == "catalog":
            return self.place
        requirement = self.get("requirement")
        return requirement if isinstance(requirement, str) else ""


def catalog_place(catalog: Catalog) -> str:
    return f"{catalog.domain}（{catalog.level}）" if catalog.domain or catalog.level else ""


def iter_records(project: Project) -> Iterator[Record]:
    """Every record of ``project`` in source order."""
    for catalog in project.catalogs:
        yield _catalog(catalog)
        place = catalog_place(catalog)
        for item in catalog.items:
            yield _item(item, catalog.id, place, catalog.level)
    for power_list in project.power_lists:
        yield _power_list(power_list)
        for power in power_list.powers:
            yield _power(power, power_list.file)
    for plan in project.task_plans:
        yield _task_plan(plan)
        for section in plan.sections:
            for task in section.tasks:
                yield _task(task, plan.file, section.title, "")
            for group in section.groups:
                for task in group.tasks:
                    yield _task(task, plan.file, section.title, group.title)


def _catalog(c: Catalog) -> Record:
    values = (c.domain, c.level, c.region, c.owner, c.version, c.effective)
    return Record("catalog", c.id, c.id, catalog_place(c), values, changes=c.changes)


def _item(i: Item, where: str, place: str, level: str) -> Record:
    values = (
        i.category,
        i.name,
        i.subname,
        i.content,
        i.basis,
        i.time_limit,
        i.subject,
        i.channels,
        i.audience,
        i.mode,
        i.levels,
        i.powers,
        i.note,
    )
    return Record("item", i.id, where, place, values, level, i.changes)


def _power_list(p: PowerList) -> Record:
    return Record("power-list", p.file, p.file, p.department, (p.department, p.region, p.version))


def _power(p: Power, file: str) -> Record:
    extra = tuple(f"{k}：{v}" for k, v in p.extra.items())
    values = (
        p.name, p.type, p.subtype, p.levels, p.basis, p.parent, p.department, p.duties,
        p.accountability, p.note, extra,
    )  # fmt: skip
    return Record("power", p.code, file, p.department, values)


def _task_plan(t: TaskPlan) -> Record:
    year = "" if t.year is None else str(t.year)
    return Record("task-plan", t.file, t.file, t.title, (t.title, year, t.issuer))


def _task(t: Task, file: str, section: str, group: str) -> Record:
    values = (section, group, t.requirement, t.units, t.lead, t.deadline, t.catalog_refs)
    return Record("task", t.id, file, file, values)
