"""Frozen dataclasses: Project, Catalog, Item, PowerList, Power, TaskPlan, Task.

``from_data`` constructors are tolerant: they take plain data that may have failed its schema and
keep whatever is usable, so the cross-reference checks can still run.
Values that are "a string or a list" in the sources are always tuples here.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"


# The three helpers below run for every value of every source: plain str, list and dict (what
# the YAML loader makes) take a fast path before the general checks.


def _text(value: object) -> str:
    if type(value) is str:
        return value.strip()
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _texts(value: object) -> tuple[str, ...]:
    """A string or a list of strings → tuple of non-empty strings."""
    if type(value) is str:
        text = value.strip()
        return (text,) if text else ()
    if value is None:
        return ()
    if isinstance(value, list):
        texts = tuple([v.strip() if type(v) is str else _text(v) for v in value])
        return texts if all(texts) else tuple(t for t in texts if t)
    text = _text(value)
    return (text,) if text else ()


def _extra(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): _text(v) for k, v in value.items()}


@functools.lru_cache(maxsize=1 << 16)
def _shared(values: tuple[str, ...]) -> tuple[str, ...]:
    """One object for each value that repeats across items (channels, modes, laws cited …):
    a province-sized project holds a few hundred distinct ones among millions of fields."""
    return tuple(sys.intern(v) for v in values)


def _get(data: object, key: str) -> object:
    if type(data) is dict:
        return data.get(key)
    return data.get(key) if isinstance(data, Mapping) else None


@dataclass(frozen=True, slots=True)
class Item:
    """One disclosure item (一行公开事项) of a catalog."""

    id: str
    category: str
    """一级事项."""
    name: str
    """二级事项."""
    subname: str
    """三级事项 ("" when the catalog does not use one)."""
    content: tuple[str, ...]
    basis: tuple[str, ...]
    time_limit: str
    subject: tuple[str, ...]
    channels: tuple[str, ...]
    audience: tuple[str, ...]
    mode: tuple[str, ...]
    levels: tuple[str, ...]
    powers: tuple[str, ...]
    note: str
    index: int
    """Position in the catalog's ``items`` list, for JSON pointers."""
    changes: str = ""
    """修订说明 of this revision (``changes:``), for the diff report; never printed in catalogs."""

    @property
    def pointer(self) -> str:
        return f"/items/{self.index}"

    @property
    def title(self) -> str:
        """名称: category, name and subname joined as offices write them."""
        return "／".join(p for p in (self.category, self.name, self.subname) if p)

    @classmethod
    def from_data(cls, data: object, index: int, *, default_level: str) -> Item:
        get = (data if isinstance(data, Mapping) else {}).get
        return cls(
            id=_text(get("id")),
            category=sys.intern(_text(get("category"))),
            name=_text(get("name")),
            subname=_text(get("subname")),
            content=_texts(get("content")),
            basis=_shared(_texts(get("basis"))),
            time_limit=sys.intern(_text(get("time_limit"))),
            subject=_shared(_texts(get("subject"))),
            channels=_shared(_texts(get("channels"))),
            audience=_shared(_texts(get("audience"))),
            mode=_shared(_texts(get("mode"))),
            levels=_shared(_texts(get("levels")) or ((default_level,) if default_level else ())),
            powers=_texts(get("powers")),
            note=_text(get("note")),
            index=index,
            changes=_text(get("changes")),
        )


@dataclass(frozen=True, slots=True)
class Catalog:
    """One catalog source: one domain at one administrative level."""

    id: str
    """Path under catalogs/ without .yaml, e.g. ``social-assistance/county``."""
    file: str
    """POSIX path relative to the project root."""
    domain: str
    level: str
    region: str
    owner: str
    version: str
    effective: str
    items: tuple[Item, ...]
    changes: str = ""
    """修订说明 of this revision of the whole catalog (``changes:``), for the diff report."""

    @property
    def title(self) -> str:
        """The published table's title, e.g. 社会救助领域基层政务公开标准目录（县级）."""
        return f"{self.domain}领域基层政务公开标准目录（{self.level}）"

    @property
    def has_subnames(self) -> bool:
        return any(item.subname for item in self.items)

    @classmethod
    def from_data(cls, data: object, *, id: str, file: str) -> Catalog:
        level = _text(_get(data, "level"))
        raw_items = _get(data, "items")
        items = raw_items if isinstance(raw_items, list) else []
        return cls(
            id=id,
            file=file,
            domain=_text(_get(data, "domain")),
            level=level,
            region=_text(_get(data, "region")),
            owner=_text(_get(data, "owner")),
            version=_text(_get(data, "version")),
            effective=_text(_get(data, "effective")),
            changes=_text(_get(data, "changes")),
            items=tuple(
                Item.from_data(raw, i, default_level=level)
                for i, raw in enumerate(items)
                if isinstance(raw, Mapping)
            ),
        )


@dataclass(frozen=True, slots=True)
class Power:
    """One entry of a power list (权责清单事项)."""

    code: str
    name: str
    type: str
    levels: tuple[str, ...]
    basis: tuple[str, ...]
    parent: str
    """Code of the main item when this is a 子项; "" otherwise."""
    department: str
    index: int
    subtype: str = ""
    """The list's own category within the type (其他行政权力: 备案, 审核转报 …)."""
    duties: tuple[str, ...] = ()
    """责任事项 of a 权力清单和责任清单."""
    accountability: tuple[str, ...] = ()
    """追责情形."""
    note: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    """Columns of an imported list that match no field: header text → cell text."""

    @property
    def pointer(self) -> str:
        return f"/powers/{self.index}"


@dataclass(frozen=True, slots=True)
class PowerList:
    """One department's power list (权责清单)."""

    file: str
    department: str
    region: str
    version: str
    powers: tuple[Power, ...]

    @classmethod
    def from_data(cls, data: object, *, file: str) -> PowerList:
        department = _text(_get(data, "department"))
        raw = _get(data, "powers")
        powers = tuple(
            Power(
                code=_text(p.get("code")),
                name=_text(p.get("name")),
                type=_text(p.get("type")),
                levels=_texts(p.get("levels")),
                basis=_texts(p.get("basis")),
                parent=_text(p.get("parent")),
                department=_text(p.get("department")) or department,
                index=i,
                subtype=_text(p.get("subtype")),
                duties=_texts(p.get("duties")),
                accountability=_texts(p.get("accountability")),
                note=_text(p.get("note")),
                extra=_extra(p.get("extra")),
            )
            for i, p in enumerate(raw if isinstance(raw, list) else [])
            if isinstance(p, Mapping)
        )
        return cls(
            file=file,
            department=department,
            region=_text(_get(data, "region")),
            version=_text(_get(data, "version")),
            powers=powers,
        )


@dataclass(frozen=True, slots=True)
class Task:
    """One task (要点任务) of an annual task plan."""

    id: str
    requirement: str
    units: tuple[str, ...]
    lead: tuple[str, ...]
    deadline: str
    catalog_refs: tuple[str, ...]
    pointer: str


@dataclass(frozen=True, slots=True)
class TaskGroup:
    """A group (（一）（二）…) of tasks inside a section."""

    title: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True, slots=True)
class TaskSection:
    """A section (一、二、…) of a task plan: tasks of its own first, then its groups."""

    title: str
    groups: tuple[TaskGroup, ...]
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskPlan:
    """An annual 政务公开工作要点任务分解 plan."""

    file: str
    title: str
    year: int | None
    issuer: str
    sections: tuple[TaskSection, ...]
    description: str = ""

    def iter_tasks(self) -> Iterator[Task]:
        for section in self.sections:
            yield from section.tasks
            for group in section.groups:
                yield from group.tasks

    @classmethod
    def from_data(cls, data: object, *, file: str) -> TaskPlan:
        year = _get(data, "year")
        return cls(
            file=file,
            title=_text(_get(data, "title")),
            year=year if isinstance(year, int) and not isinstance(year, bool) else None,
            issuer=_text(_get(data, "issuer")),
            sections=tuple(
                TaskSection(
                    _text(_get(s, "title")),
                    _groups(_get(s, "groups"), f"/sections/{i}"),
                    _tasks(_get(s, "tasks"), f"/sections/{i}"),
                )
                for i, s in enumerate(_list(_get(data, "sections")))
            ),
            description=_text(_get(data, "description")),
        )


def _list(value: object) -> list[object]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _groups(value: object, base: str) -> tuple[TaskGroup, ...]:
    return tuple(
        TaskGroup(_text(_get(g, "title")), _tasks(_get(g, "tasks"), f"{base}/groups/{gi}"))
        for gi, g in enumerate(_list(value))
    )


def _tasks(value: object, base: str) -> tuple[Task, ...]:
    return tuple(
        Task(
            id=_text(_get(t, "id")),
            requirement=_text(_get(t, "requirement")),
            units=_texts(_get(t, "units")),
            lead=_texts(_get(t, "lead")),
            deadline=_text(_get(t, "deadline")),
            catalog_refs=_texts(_get(t, "catalog_refs")),
            pointer=f"{base}/tasks/{ti}",
        )
        for ti, t in enumerate(_list(value))
    )


@dataclass(frozen=True, slots=True)
class Department:
    """An entry of the departments registry in gkcat.yaml."""

    name: str
    aliases: tuple[str, ...] = ()
    level: str = ""


@dataclass(frozen=True, slots=True)
class Registry:
    """Official department names and their aliases (县民政局 → 示例县民政局)."""

    departments: tuple[Department, ...] = ()
    _lookup: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, departments: Sequence[Department]) -> Registry:
        lookup: dict[str, str] = {}
        for dept in departments:
            for alias in dept.aliases:
                lookup.setdefault(alias, dept.name)
        for dept in departments:
            lookup[dept.name] = dept.name
        return cls(tuple(departments), lookup)

    def __bool__(self) -> bool:
        return bool(self.departments)

    def canonical(self, name: str) -> str | None:
        """The official name for ``name`` (an official name or an alias), or None."""
        return self._lookup.get(name)

    def normalise(self, name: str) -> str:
        """The official name when known, else ``name`` unchanged."""
        return self.canonical(name) or name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._lookup)


@dataclass(frozen=True, slots=True)
class Project:
    """Everything loaded from one project directory (or one git revision of it)."""

    root: Path
    catalogs: tuple[Catalog, ...] = ()
    power_lists: tuple[PowerList, ...] = ()
    task_plans: tuple[TaskPlan, ...] = ()
    registry: Registry = field(default_factory=Registry)

    @property
    def item_count(self) -> int:
        return sum(len(c.items) for c in self.catalogs)

    def iter_items(self) -> Iterator[tuple[Catalog, Item]]:
        for catalog in self.catalogs:
            for item in catalog.items:
                yield catalog, item

    def iter_powers(self) -> Iterator[tuple[PowerList, Power]]:
        for power_list in self.power_lists:
            for power in power_list.powers:
                yield power_list, power
