"""The 责任分工 sheet: the catalogs broken down by 公开主体 (what each department publishes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from gkcat.compile.xlsx.catalog_sheet import (
    HEADER_ROW,
    NOTE_HEIGHT,
    TITLE_HEIGHT,
    Column,
    write_title,
)
from gkcat.compile.xlsx.layout import (
    BODY,
    BODY_CENTER,
    HEADER,
    Bounds,
    fit_columns,
    fit_rows,
    put,
    put_row,
    set_up_page,
)
from gkcat.compile.xlsx.pages import Labels, continued, lay_out_pages, layout, set_breaks
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.wrap import avoid_stranded_brackets
from gkcat.model import Catalog, Item, Project
from gkcat.settings import Settings

Assignment = tuple[str, Catalog, Item]
"""(department, catalog, item): one line of a department's task list."""

DEPARTMENT_COLUMNS = (
    Column("序号", "", Bounds(5, 6)),
    Column("责任单位", "", Bounds(10, 16)),
    Column("领域", "", Bounds(8, 12)),
    Column("层级", "", Bounds(6, 6)),
    Column("公开事项", "", Bounds(14, 24)),
    Column("公开内容（要素）", "", Bounds(20, 40)),
    Column("公开时限", "", Bounds(12, 22)),
    Column("公开渠道和载体", "", Bounds(14, 24)),
)


_STYLES = {1: BODY_CENTER, 2: BODY_CENTER, 3: BODY_CENTER, 4: BODY_CENTER}
"""序号, 责任单位 and 领域 are merged per department (and domain) on each page."""


def iter_assignments(project: Project, catalogs: Sequence[Catalog]) -> list[Assignment]:
    """Every (department, catalog, item), departments in registry order, then by name.

    公开主体 are normalised with the registry (县民政局 → 示例县民政局); an item with two
    subjects is on both departments' lists.
    """
    registry = project.registry
    rank = {d.name: i for i, d in enumerate(registry.departments)}
    rows: list[tuple[tuple[int, str], int, Assignment]] = []
    position = 0
    for catalog in catalogs:
        for item in catalog.items:
            for department in dict.fromkeys(registry.normalise(s) for s in item.subject):
                key = (rank.get(department, len(rank)), department)
                rows.append((key, position, (department, catalog, item)))
                position += 1
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def departments(assignments: Sequence[Assignment]) -> list[str]:
    """The departments of ``assignments`` in order of first appearance."""
    return list(dict.fromkeys(a[0] for a in assignments))


def _once(shared: dict[object, str], key: Any, make: Callable[[Any], str]) -> str:
    """``make(key)``, made once per distinct key."""
    found = shared.get(key)
    if found is None:
        found = shared[key] = make(key)
    return found


def write_departments(
    ws: Sheet, assignments: Sequence[Assignment], settings: Settings, *, title: str
) -> None:
    """Fill ``ws`` with the task breakdown; department (and 序号) cells are merged."""
    names = departments(assignments)
    write_title(
        ws, title, f"共 {len(names)} 个单位，{len(assignments)} 项", len(DEPARTMENT_COLUMNS)
    )
    for col, column in enumerate(DEPARTMENT_COLUMNS, start=1):
        put(ws, HEADER_ROW, col, column.header, HEADER)
    first = HEADER_ROW + 1
    numbers = {name: i for i, name in enumerate(names, start=1)}
    styles = [_STYLES.get(col, BODY) for col in range(1, len(DEPARTMENT_COLUMNS) + 1)]
    # One string per distinct label or channel set: the sheet holds every row of a province.
    labels: dict[object, str] = {}
    channels: dict[object, str] = {}
    keys: dict[object, str] = {}
    for offset, (department, catalog, item) in enumerate(assignments):
        values: list[str | int] = [
            numbers[department],
            _once(labels, department, continued),  # rows are made tall enough for the longer label
            _once(labels, catalog.domain, continued),
            catalog.level,
            item.title,
            "\n".join(item.content),
            item.time_limit,
            _once(channels, item.channels, "、".join),
        ]
        put_row(ws, first + offset, values, styles)
    widths = fit_columns(ws, [c.bounds for c in DEPARTMENT_COLUMNS], first_row=HEADER_ROW)
    content = [c.header for c in DEPARTMENT_COLUMNS].index("公开内容（要素）")
    texts = [str(ws.value(first + offset, content + 1) or "") for offset in range(len(assignments))]
    widths[content] = avoid_stranded_brackets(widths[content], texts)
    ws.widths[content + 1] = widths[content]
    fit_rows(ws, widths, range(HEADER_ROW, first))
    room = layout(
        widths,
        settings,
        above=TITLE_HEIGHT + NOTE_HEIGHT,
        repeated=ws.heights.get(HEADER_ROW, 0.0),
    )
    depts = [a[0] for a in assignments]
    blocks = [
        Labels(1, [numbers[d] for d in depts], depts, BODY_CENTER),
        Labels(2, depts, depts, BODY_CENTER),
        Labels(
            3,
            [a[1].domain for a in assignments],
            [_once(keys, (a[0], a[1].domain), "\0".join) for a in assignments],
            BODY_CENTER,
        ),
    ]
    starts = lay_out_pages(ws, widths, first, room, blocks)
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW), freeze=(1, first))
    set_breaks(ws, first, starts, room.scale)
