"""The official catalog table on one sheet, and the 目录 index sheet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from gkcat import vocab
from gkcat.compile.official_table import channel_marks, level_columns
from gkcat.compile.xlsx.layout import (
    BODY,
    BODY_CENTER,
    HEADER,
    LINK,
    NOTE,
    TITLE,
    Bounds,
    fit_columns,
    fit_rows,
    measure_columns,
    merge,
    pack,
    put,
    put_row,
    set_height,
    set_up_page,
)
from gkcat.compile.xlsx.pages import Labels, continued, lay_out_pages, layout, set_breaks
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.wrap import MAX_LINES, avoid_stranded_brackets, candidates
from gkcat.elements import ELEMENT
from gkcat.model import Catalog, Item
from gkcat.settings import Settings

TICK = "√"
CHANNEL_WIDTH = 34
"""公开渠道和载体 column width; the ■/□ vocabulary is packed into lines that fit it."""
CHANNEL_SLACK = 6
"""Lines are packed this much narrower than the column: ■/□ and spaces are drawn wider by
some CJK fonts, and an unplanned wrap would break a channel name in two."""
TITLE_HEIGHT = 36.0
NOTE_HEIGHT = 20.0
HEADER_ROW = 3
"""Rows 1–2 hold the title and the 牵头单位/版本 line; the two-row header follows."""
FIRST_ROW = HEADER_ROW + 2

_NARROW = Bounds(6, 6)
HEADER_BREAKS = {"特定群体": "特定\n群体"}
"""Tick headers wider than their column are broken where a reader expects."""


@dataclass(frozen=True, slots=True)
class Column:
    """One printed column: its header (and parent header when grouped) and width bounds."""

    header: str
    group: str
    bounds: Bounds


def order_catalogs(catalogs: Sequence[Catalog], settings: Settings) -> list[Catalog]:
    """Standard domain order (the 26 pilot domains, then declared ones), 县级 before 乡级."""
    domains = {d: i for i, d in enumerate(settings.domains)}
    levels = {lv: i for i, lv in enumerate(vocab.LEVELS)}
    return sorted(
        catalogs,
        key=lambda c: (domains.get(c.domain, len(domains)), c.domain, levels.get(c.level, 9), c.id),
    )


def shared_levels(catalogs: Sequence[Catalog]) -> tuple[str, ...]:
    """The 公开层级 columns of a workbook: every level any of its catalogs prints."""
    wanted = {lv for catalog in catalogs for lv in level_columns(catalog)}
    known = tuple(lv for lv in vocab.LEVELS if lv in wanted)
    return known + tuple(sorted(wanted - set(known)))


def catalog_columns(catalogs: Sequence[Catalog], settings: Settings) -> list[Column]:
    """The one column set of every catalog sheet in a workbook.

    三级事项 and extra 公开层级 columns appear when any catalog uses them; 备注 follows
    ``output.note_column`` (always, by default, or never).
    """
    checkbox = settings.channel_style == "checkbox"
    channels = Bounds(CHANNEL_WIDTH, CHANNEL_WIDTH) if checkbox else Bounds(12, 26)
    columns = [Column("序号", "", Bounds(5, 6)), _column("category"), _column("name")]
    if any(c.has_subnames for c in catalogs):
        columns.append(_column("subname"))
    columns += [
        *(_column(key) for key in ("content", "basis", "time_limit", "subject")),
        Column(ELEMENT["channels"].title, "", channels),
        *(Column(a, ELEMENT["audience"].title, _NARROW) for a in vocab.AUDIENCES),
        *(Column(m, ELEMENT["mode"].title, _NARROW) for m in vocab.MODES),
        *(Column(lv, ELEMENT["levels"].title, _NARROW) for lv in shared_levels(catalogs)),
    ]
    if settings.note_column == "always":
        columns.append(_column("note"))
    return columns


def _column(key: str) -> Column:
    element = ELEMENT[key]
    return Column(element.title, element.group, Bounds(*element.width))


def channel_text(
    item: Item, settings: Settings, known: dict[tuple[str, ...], str] | None = None
) -> str:
    """■ for the chosen channels and □ for the rest, or only the chosen ones in list style.

    ``known`` remembers the text of each channel set already seen (items share a few).
    """
    if known is not None:
        found = known.get(item.channels)
        if found is None:
            found = known[item.channels] = channel_text(item, settings)
        return found
    marks = channel_marks(item, settings.channels, style=settings.channel_style)
    if settings.channel_style == "list":
        return "\n".join(m.name for m in marks)
    boxes = [("■" if m.chosen else "□") + m.name for m in marks]
    return pack(boxes, CHANNEL_WIDTH - CHANNEL_SLACK)


def item_row(
    item: Item,
    number: int,
    columns: Sequence[Column],
    settings: Settings,
    channels: dict[tuple[str, ...], str] | None = None,
) -> list[str | int]:
    """The printed cells of one item, in column order."""
    fields: dict[str, str] = {
        "category": item.category,
        "name": item.name,
        "subname": item.subname,
        "content": "\n".join(item.content),
        "basis": "\n".join(item.basis),
        "time_limit": item.time_limit,
        "subject": "\n".join(item.subject),
        "channels": channel_text(item, settings, channels),
        "note": item.note,
    }
    values: dict[str, str | int] = {"序号": number}
    values.update((ELEMENT[key].title, value) for key, value in fields.items())
    ticked = {ELEMENT[k].title: getattr(item, k) for k in ("audience", "mode", "levels")}
    return [
        (TICK if c.header in ticked[c.group] else "") if c.group in ticked else values[c.header]
        for c in columns
    ]


def write_header(ws: Sheet, columns: Sequence[Column], row: int) -> None:
    """The two-row header: ungrouped columns span both rows, groups span their columns."""
    col = 1
    while col <= len(columns):
        column = columns[col - 1]
        if not column.group:
            put(ws, row, col, column.header, HEADER)
            put(ws, row + 1, col, "", HEADER)
            merge(ws, row, col, row + 1, col)
            col += 1
            continue
        span = sum(1 for _ in _run(columns, col - 1))
        put(ws, row, col, column.group, HEADER)
        for offset in range(span):
            if offset:
                put(ws, row, col + offset, "", HEADER)
            header = columns[col - 1 + offset].header
            put(ws, row + 1, col + offset, HEADER_BREAKS.get(header, header), HEADER)
        if span > 1:
            merge(ws, row, col, row, col + span - 1)
        col += span


def _run(columns: Sequence[Column], start: int) -> Sequence[Column]:
    group = columns[start].group
    end = start
    while end < len(columns) and columns[end].group == group:
        end += 1
    return columns[start:end]


def write_title(ws: Sheet, title: str, note: str, width: int) -> None:
    """Row 1: the table title; row 2: the right-aligned 牵头单位/版本/施行日期 line."""
    put(ws, 1, 1, title, TITLE)
    merge(ws, 1, 1, 1, width)
    set_height(ws, 1, TITLE_HEIGHT)
    put(ws, 2, 1, note, NOTE)
    merge(ws, 2, 1, 2, width)
    set_height(ws, 2, NOTE_HEIGHT)


def merge_runs(ws: Sheet, column: int, first: int, values: Sequence[str]) -> None:
    """Merge vertically the consecutive equal, non-empty cells of one column."""
    start = 0
    for index in range(1, len(values) + 1):
        if index == len(values) or values[index] != values[start] or not values[start]:
            if index - start > 1 and values[start]:
                merge(ws, first + start, column, first + index - 1, column)
            start = index


def catalog_note(catalog: Catalog) -> str:
    """The 牵头单位/版本/施行日期 line under the title."""
    return "　".join(
        part
        for part in (
            f"牵头单位：{catalog.owner}" if catalog.owner else "",
            f"版本：{catalog.version}" if catalog.version else "",
            f"施行日期：{catalog.effective}" if catalog.effective else "",
        )
        if part
    )


CENTRED = {"序号", *(ELEMENT[k].title for k in ("category", "time_limit", "subject"))}
WRAPPED = (ELEMENT["content"].title, ELEMENT["basis"].title)
"""Long text columns, widened a little when that keeps a closing bracket off a line alone."""


def _texts(ws: Sheet, column: int) -> list[str]:
    texts = []
    for row in sorted(ws.rows):
        values = ws.rows[row].values
        if row >= FIRST_ROW and column <= len(values) and values[column - 1] is not None:
            texts.append(str(values[column - 1]))
    return texts


def write_catalogs(
    named: Sequence[tuple[Catalog, str]], columns: Sequence[Column], settings: Settings
) -> Iterator[Sheet]:
    """Each catalog on its sheet, one sheet at a time: one column set and one set of widths
    for all, so every catalog prints at the same scale and looks the same.

    The widths need every sheet's cells, so each sheet is filled twice: once to measure it
    (then dropped), once to lay it out and hand it to the writer.
    """
    bounds = [c.bounds for c in columns]
    widths = [0.0] * len(columns)
    wrapped = [i for i, c in enumerate(columns) if c.header in WRAPPED]
    lines: dict[int, dict[str, None]] = {i: {} for i in wrapped}
    channels: dict[tuple[str, ...], str] = {}
    for catalog, name in named:
        ws = Sheet(name)  # the title rows are left out: they are merged, not measured
        write_header(ws, columns, HEADER_ROW)
        write_body(ws, catalog, columns, settings, channels)
        widths = [
            max(a, b)
            for a, b in zip(widths, measure_columns(ws, bounds, first_row=HEADER_ROW), strict=True)
        ]
        for index in wrapped:
            found = lines[index]
            if len(found) < MAX_LINES:
                found.update(dict.fromkeys(candidates(_texts(ws, index + 1))))
    for index in wrapped:
        widths[index] = avoid_stranded_brackets(widths[index], list(lines[index])[:MAX_LINES])
    for catalog, name in named:
        ws = Sheet(name)
        write_catalog_cells(ws, catalog, columns, settings, channels)
        ws.widths.update(enumerate(widths, start=1))
        paginate_catalog(ws, catalog, widths, settings)
        yield ws


def write_catalog_cells(
    ws: Sheet,
    catalog: Catalog,
    columns: Sequence[Column],
    settings: Settings,
    channels: dict[tuple[str, ...], str] | None = None,
) -> None:
    """Title, header and one row per item in the official layout (labels not merged yet)."""
    write_title(ws, catalog.title, catalog_note(catalog), len(columns))
    write_header(ws, columns, HEADER_ROW)
    write_body(ws, catalog, columns, settings, channels)


def write_body(
    ws: Sheet,
    catalog: Catalog,
    columns: Sequence[Column],
    settings: Settings,
    channels: dict[tuple[str, ...], str] | None = None,
) -> None:
    """One row per item from FIRST_ROW, the 一级事项 as it reads when carried over a page
    (the column is made wide enough for it)."""
    styles = [BODY_CENTER if c.group or c.header in CENTRED else BODY for c in columns]
    category = [c.header for c in columns].index(ELEMENT["category"].title)
    for offset, item in enumerate(catalog.items):
        cells = item_row(item, offset + 1, columns, settings, channels)
        if cells[category]:
            cells[category] = continued(str(cells[category]))
        put_row(ws, FIRST_ROW + offset, cells, styles)


def paginate_catalog(
    ws: Sheet, catalog: Catalog, widths: Sequence[float], settings: Settings
) -> None:
    """Fit row heights and cut the table into pages.

    Each page's 一级事项 blocks are merged on that page only; a block carried over from the
    page before repeats its label as 〈一级事项〉（续）.
    """
    fit_rows(ws, widths, range(HEADER_ROW, FIRST_ROW))
    room = layout(
        widths,
        settings,
        above=TITLE_HEIGHT + NOTE_HEIGHT,
        repeated=sum(ws.heights.get(r, 0.0) for r in (HEADER_ROW, HEADER_ROW + 1)),
    )
    labels = [item.category for item in catalog.items]
    starts = lay_out_pages(ws, widths, FIRST_ROW, room, [Labels(2, labels, labels, BODY_CENTER)])
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW + 1), freeze=(1, FIRST_ROW))
    set_breaks(ws, FIRST_ROW, starts, room.scale)


INDEX_COLUMNS = (
    Column("序号", "", Bounds(5, 6)),
    Column("领域", "", Bounds(10, 16)),
    Column("层级", "", Bounds(6, 8)),
    Column("标准目录", "", Bounds(30, 50)),
    Column("事项数", "", Bounds(8, 10)),
    Column("牵头单位", "", Bounds(14, 30)),
    Column("版本", "", Bounds(8, 12)),
    Column("施行日期", "", Bounds(11, 13)),
)


def write_index(
    ws: Sheet,
    catalogs: Sequence[tuple[Catalog, str]],
    settings: Settings,
    *,
    title: str,
) -> None:
    """The 目录 sheet: one row per catalog, its title linking to its sheet, and a total."""
    write_title(ws, title, f"共 {len(catalogs)} 个标准目录", len(INDEX_COLUMNS))
    for col, column in enumerate(INDEX_COLUMNS, start=1):
        put(ws, HEADER_ROW, col, column.header, HEADER)
    row = HEADER_ROW
    for number, (catalog, sheet) in enumerate(catalogs, start=1):
        row += 1
        values: list[str | int] = [
            number,
            catalog.domain,
            catalog.level,
            catalog.title,
            len(catalog.items),
            catalog.owner,
            catalog.version,
            catalog.effective,
        ]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, LINK if col == 4 else BODY_CENTER)
        quoted = sheet.replace("'", "''")
        ws.links[(row, 4)] = f"'{quoted}'!A1"
    row += 1
    put(ws, row, 1, "合计", HEADER)
    for col in range(2, len(INDEX_COLUMNS) + 1):
        put(ws, row, col, "", BODY_CENTER)
    put(ws, row, 5, sum(len(c.items) for c, _ in catalogs), BODY_CENTER)
    merge(ws, row, 1, row, 4)
    widths = fit_columns(ws, [c.bounds for c in INDEX_COLUMNS], first_row=HEADER_ROW)
    fit_rows(ws, widths, range(HEADER_ROW, row + 1))
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW), freeze=(1, HEADER_ROW + 1))
