"""View data for the site's index, department and power-list pages, and the search index."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gkcat import vocab
from gkcat.compile.power_table import columns_of, mains_of, power_type
from gkcat.compile.site.view import (
    Link,
    catalog_path,
    citing_links,
    department_path,
    href,
    owner_link,
    power_list_path,
)
from gkcat.coverage import Coverage
from gkcat.model import Catalog, PowerList, Project, Registry


@dataclass(frozen=True, slots=True)
class GridRow:
    domain: str
    cells: tuple[tuple[Link, ...], ...]
    """Per level column: links to the catalogs of that domain and level (text = item count)."""


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    link: Link
    domain: str
    level: str
    owner: Link | None
    version: str
    items: int


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    link: Link
    """The item's name, linking to its row in the catalog."""
    content: tuple[str, ...]
    time_limit: str
    channels: tuple[str, ...]
    mode: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DepartmentSection:
    catalog: Link
    rows: tuple[DepartmentRow, ...]


@dataclass(frozen=True, slots=True)
class DepartmentView:
    name: str
    path: str
    sections: tuple[DepartmentSection, ...]
    power_lists: tuple[Link, ...]
    items: int


@dataclass(frozen=True, slots=True)
class PowerRow:
    code: str
    name: str
    type: str
    """With the list's own category: 其他行政权力-备案."""
    levels: tuple[str, ...]
    parent: str
    must_cover: bool
    covered: bool
    citing: tuple[Link, ...]
    facts: tuple[tuple[str, str], ...] = ()
    """(header, text) of the list's other columns this power fills: 设定依据, 实施主体, 责任事项,
    追责情形, 备注 and the list's own columns, as the 权责清单 workbook prints them."""


@dataclass(frozen=True, slots=True)
class PowerListView:
    path: str
    title: str
    department: Link | None
    region: str
    version: str
    rows: tuple[PowerRow, ...]
    uncovered: tuple[PowerRow, ...]
    must_cover: int
    covered: int


def build_grid(catalogs: Sequence[Catalog], levels: Sequence[str]) -> tuple[GridRow, ...]:
    domains = list(dict.fromkeys(c.domain for c in catalogs))
    return tuple(
        GridRow(
            domain,
            tuple(
                tuple(
                    Link(str(len(c.items)), href(catalog_path(c)))
                    for c in catalogs
                    if c.domain == domain and c.level == level
                )
                for level in levels
            ),
        )
        for domain in domains
    )


def grid_levels(catalogs: Sequence[Catalog]) -> tuple[str, ...]:
    used = {c.level for c in catalogs}
    known = tuple(lv for lv in vocab.LEVELS if lv in used)
    return known + tuple(sorted(used - set(known)))


def catalog_entries(catalogs: Sequence[Catalog], registry: Registry) -> tuple[CatalogEntry, ...]:
    return tuple(
        CatalogEntry(
            Link(c.title, href(catalog_path(c))),
            c.domain,
            c.level,
            owner_link(c, registry),
            c.version,
            len(c.items),
        )
        for c in catalogs
    )


def build_departments(
    project: Project, catalogs: Sequence[Catalog], items: Mapping[str, Mapping[int, str]]
) -> tuple[DepartmentView, ...]:
    """One page per official department name: what it must publish, across domains."""
    registry = project.registry
    found: dict[str, dict[str, list[DepartmentRow]]] = {}
    for catalog in catalogs:
        links = items[catalog.id]
        for item in catalog.items:
            row = DepartmentRow(
                Link(item.title, links[item.index]),
                item.content,
                item.time_limit,
                item.channels,
                item.mode,
            )
            for name in dict.fromkeys(registry.normalise(s) for s in item.subject):
                found.setdefault(name, {}).setdefault(catalog.id, []).append(row)
    lists: dict[str, list[Link]] = {}
    for power_list in project.power_lists:
        name = registry.normalise(power_list.department)
        if name:
            lists.setdefault(name, []).append(_power_list_link(power_list))
    owners = {registry.normalise(c.owner) for c in catalogs if c.owner}
    titles = {c.id: Link(c.title, href(catalog_path(c))) for c in catalogs}
    return tuple(
        DepartmentView(
            name=name,
            path=department_path(name),
            sections=tuple(
                DepartmentSection(titles[cid], tuple(rows))
                for cid, rows in found.get(name, {}).items()
            ),
            power_lists=tuple(lists.get(name, ())),
            items=sum(len(rows) for rows in found.get(name, {}).values()),
        )
        # Every name a page links to (公开主体, 牵头单位, a power list's department) has a page.
        for name in sorted({*found, *lists, *owners})
    )


def _power_list_link(power_list: PowerList) -> Link:
    title = f"{power_list.department or power_list.file}权责清单"
    return Link(title, href(power_list_path(power_list.file)))


FACTS = frozenset({"basis", "department", "duties", "accountability", "note", "extra"})
"""The 权责清单 columns a power-list page shows under each power (the table has the others)."""


def build_power_lists(
    project: Project, coverage: Coverage, items: Mapping[str, Mapping[int, str]]
) -> tuple[PowerListView, ...]:
    """One page per power list: each power, the items that cite it, and what is uncovered."""
    must = {p.code for d in coverage.departments for p in d.must_cover}
    covered = {p.code for d in coverage.departments for p in d.covered}
    views = []
    for power_list in sorted(project.power_lists, key=lambda p: p.file):
        mains = mains_of(power_list)
        facts = [c for c in columns_of(power_list) if c.key in FACTS]
        rows = tuple(
            PowerRow(
                code=p.code,
                name=p.name,
                type=power_type(p),
                levels=p.levels,
                parent=p.parent,
                must_cover=p.code in must,
                covered=p.code in covered,
                citing=citing_links(coverage, p.code, items),
                facts=tuple(
                    (c.header, text) for c in facts if (text := c.value(p, power_list, mains))
                ),
            )
            for p in power_list.powers
        )
        name = project.registry.normalise(power_list.department)
        views.append(
            PowerListView(
                path=power_list_path(power_list.file),
                title=_power_list_link(power_list).text,
                department=Link(name, href(department_path(name))) if name else None,
                region=power_list.region,
                version=power_list.version,
                rows=rows,
                uncovered=tuple(r for r in rows if r.must_cover and not r.covered),
                must_cover=sum(r.must_cover for r in rows),
                covered=sum(r.must_cover and r.covered for r in rows),
            )
        )
    return tuple(views)


def search_records(
    project: Project, catalogs: Sequence[Catalog], items: Mapping[str, Mapping[int, str]]
) -> list[dict[str, str]]:
    """The client-side search index of ``catalogs``: one record per item, fields as displayed."""
    records = []
    for catalog in catalogs:
        links = items[catalog.id]
        for item in catalog.items:
            subjects = dict.fromkeys(project.registry.normalise(s) for s in item.subject)
            records.append(
                {
                    "id": item.id,
                    "title": item.title,
                    "content": "；".join(item.content),
                    "basis": "；".join(item.basis),
                    "subject": "、".join(subjects),
                    "catalog": catalog.title,
                    "href": links[item.index],
                }
            )
    return records


def by_domain(catalogs: Sequence[Catalog]) -> list[tuple[str, list[Catalog]]]:
    """``catalogs`` (in published order, so each domain's run is contiguous) per domain."""
    found: dict[str, list[Catalog]] = {}
    for catalog in catalogs:
        found.setdefault(catalog.domain, []).append(catalog)
    return list(found.items())
