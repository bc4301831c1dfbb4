"""Workbook layout helpers: official fonts, borders, safe text cells, CJK widths, print setup."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from gkcat.safe_names import safe_name
from gkcat.settings import Settings
from gkcat.textsafe import xml_text

TITLE_FONT = "方正小标宋简体"
"""公文 titles are set in 小标宋 (GB/T 9704); Excel falls back to a CJK font when absent."""
HEADER_FONT = "黑体"
BODY_FONT = "宋体"
GB2312 = 134
"""Font charset of the Chinese fonts, so Excel picks them for CJK text."""

BODY_SIZE = 10.5
"""五号, the usual size of table text in official documents."""
LINE_HEIGHT = 15.0
"""Points per wrapped line at BODY_SIZE, generous enough for the wider CJK line gap of
the Noto/Source Han fonts LibreOffice substitutes."""
ROW_PADDING = 6.0
CELL_PADDING = 1.5
"""Width units a wrapped cell loses to its inner margins."""

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=False)
NOTE_ALIGN = Alignment(horizontal="right", vertical="center", wrap_text=False)


@dataclass(frozen=True, slots=True)
class Style:
    """A named cell style: font, alignment and (for table cells) a thin border all round.

    Registered once per workbook as a NamedStyle: assigning it by name is many times faster
    than assigning font, alignment and border objects cell by cell.
    """

    name: str
    font: Font
    alignment: Alignment
    border: Border | None = BORDER

    def to_named(self) -> NamedStyle:
        named = NamedStyle(name=self.name, font=self.font, alignment=self.alignment)
        if self.border is not None:
            named.border = self.border
        return named


def _font(name: str, size: float, *, link: bool = False) -> Font:
    if link:  # the blue underline every spreadsheet uses for hyperlinks
        return Font(name=name, size=size, charset=GB2312, underline="single", color="0563C1")
    return Font(name=name, size=size, charset=GB2312)


TITLE = Style("gkcat 标题", _font(TITLE_FONT, 18), TITLE_ALIGN, None)
NOTE = Style("gkcat 题注", _font(BODY_FONT, BODY_SIZE), NOTE_ALIGN, None)
HEADER = Style("gkcat 表头", _font(HEADER_FONT, BODY_SIZE), CENTER)
BODY = Style("gkcat 正文", _font(BODY_FONT, BODY_SIZE), LEFT)
BODY_CENTER = Style("gkcat 正文居中", _font(BODY_FONT, BODY_SIZE), CENTER)
STRONG = Style("gkcat 分节", _font(HEADER_FONT, BODY_SIZE), LEFT)
"""Section rows of the task table: 黑体, left."""
LINK = Style("gkcat 链接", _font(BODY_FONT, BODY_SIZE, link=True), LEFT)
STYLES = (TITLE, NOTE, HEADER, BODY, BODY_CENTER, STRONG, LINK)


def new_workbook() -> Workbook:
    """An empty workbook with gkcat's cell styles registered."""
    wb = Workbook()
    for style in STYLES:
        wb.add_named_style(style.to_named())
    return wb


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(text: str) -> str:
    """Replace the characters XML 1.0 cannot carry (they arrive from pasted Word text)."""
    return xml_text(text)


def put(ws: Worksheet, row: int, column: int, value: str | int | float, style: Style) -> Cell:
    """Write one value with its style; text is always data, never a formula."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell), f"{cell.coordinate} is inside a merged range"
    # First: the style replaces the whole style, quotePrefix included. Assigning a named style
    # is a lookup by name; after the first cell of a workbook, its style ids are copied.
    arrays: dict[str, StyleArray] = ws.parent.__dict__.setdefault("_gkcat_style_arrays", {})
    array = arrays.get(style.name)
    if array is None:
        cell.style = style.name
        arrays[style.name] = copy(cell._style)  # type: ignore[attr-defined]
    else:
        cell._style = copy(array)  # type: ignore[attr-defined]
    set_value(cell, value)
    return cell


def set_value(cell: Cell | MergedCell, value: str | int | float | CellRichText | None) -> None:
    """The one cell writer of every workbook: text is always data, never a formula."""
    assert isinstance(cell, Cell), f"{cell.coordinate} is inside a merged range"
    if isinstance(value, str):
        text = clean(value)
        cell.value = text or None
        if text.startswith(_FORMULA_START):
            # openpyxl would store "=…" as a formula; force a string, and quote-prefix it so
            # Excel keeps it text when someone edits the cell.
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, CellRichText):
        cell.value = CellRichText(
            *(
                TextBlock(part.font, clean(part.text))
                if isinstance(part, TextBlock)
                else clean(part)
                for part in value
            )
        )
    else:
        cell.value = value


def _clean_part(part: str | TextBlock) -> str | TextBlock:
    return TextBlock(part.font, clean(part.text)) if isinstance(part, TextBlock) else clean(part)


def merge(ws: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """Merge a range whose cells are all written already (values past the first are dropped).

    Unlike Worksheet.merge_cells this keeps the cells' own styles, so the borders of the
    merged area are already right, and it does not re-derive borders cell by cell, which
    made large tables take minutes.
    """
    for row in range(first_row, last_row + 1):
        for col in range(first_col, last_col + 1):
            if (row, col) != (first_row, first_col):
                ws.cell(row=row, column=col).value = None
    rng = CellRange(min_row=first_row, min_col=first_col, max_row=last_row, max_col=last_col)
    ws.merged_cells.ranges.add(rng)


def text_width(text: str) -> int:
    """Display width in Excel width units: a CJK character counts two Latin ones.

    Characters from U+0800 up (CJK, full-width punctuation, and the ■ □ √ “ ” … that CJK
    fonts draw wide) take three UTF-8 bytes and count two; ASCII counts one. Counting bytes
    keeps this in C: it runs for every cell of every table.
    """
    return (len(text.encode("utf-8")) + len(text)) // 2


def line_count(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` units wide."""
    usable = max(1.0, width - CELL_PADDING)
    return sum(max(1, math.ceil(text_width(line) / usable)) for line in text.split("\n"))


def pack(words: Sequence[str], width: int, *, sep: str = " ") -> str:
    """Lay ``words`` out in lines of at most ``width`` units, breaking only between words."""
    lines: list[str] = []
    for word in words:
        if lines and text_width(lines[-1] + sep + word) <= width:
            lines[-1] += sep + word
        else:
            lines.append(word)
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Bounds:
    """The narrowest and widest a column may become when fitted to its contents."""

    low: float
    high: float


def merged_cells(ws: Worksheet) -> set[tuple[int, int]]:
    """Every (row, column) covered by a merged range."""
    covered: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                covered.add((row, col))
    return covered


def fit_columns(ws: Worksheet, bounds: Sequence[Bounds], *, first_row: int = 1) -> list[float]:
    """Set each column to its widest unmerged line (+2 for the margins), within its bounds."""
    covered = merged_cells(ws)
    widest = [0] * len(bounds)
    for row in ws.iter_rows(min_row=first_row, max_col=len(bounds)):
        for cell in row:
            if cell.value is None or (cell.row, cell.column) in covered:
                continue
            lines = str(cell.value).split("\n")
            widest[cell.column - 1] = max(widest[cell.column - 1], *map(text_width, lines))
    widths = []
    for index, (wide, bound) in enumerate(zip(widest, bounds, strict=True)):
        width = min(bound.high, max(bound.low, wide + 2))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
        widths.append(width)
    return widths


def fit_rows(ws: Worksheet, widths: Sequence[float], rows: Iterable[int]) -> None:
    """Give each table row the height its wrapped text needs (Excel does not do this on open).

    A vertically merged cell that needs more room than its rows add up to grows its last row.
    """
    wanted = set(rows)
    spans = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges if r.min_row in wanted}
    heights: dict[int, float] = {}
    tall: list[tuple[int, int, float]] = []
    for cells in ws.iter_rows(min_row=min(wanted), max_row=max(wanted), max_col=len(widths)):
        row = cells[0].row
        if row not in wanted:
            continue
        height = LINE_HEIGHT + ROW_PADDING
        for cell in cells:
            if cell.value is None or not isinstance(cell, Cell):
                continue
            rng = spans.get((row, cell.column))
            width = (
                _span_width(widths, rng.min_col, rng.max_col) if rng else widths[cell.column - 1]
            )
            need = line_count(str(cell.value), width) * LINE_HEIGHT + ROW_PADDING
            if rng and rng.max_row > rng.min_row:
                tall.append((rng.min_row, rng.max_row, need))
            else:
                height = max(height, need)
        heights[row] = height
    for top, bottom, need in tall:
        have = sum(heights.get(r, LINE_HEIGHT + ROW_PADDING) for r in range(top, bottom + 1))
        if need > have and bottom in heights:
            heights[bottom] += need - have
    for row, height in heights.items():
        ws.row_dimensions[row].height = round(height, 2)


def _span_width(widths: Sequence[float], first: int, last: int) -> float:
    return sum(widths[first - 1 : min(last, len(widths))])


def set_height(ws: Worksheet, row: int, height: float) -> None:
    ws.row_dimensions[row].height = height


def set_up_page(
    ws: Worksheet, settings: Settings, *, header_rows: tuple[int, int], freeze: str | None
) -> None:
    """Landscape, fit to one page wide, header rows on every page, 第 &P 页 共 &N 页."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if settings.paper_size == "A3" else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    footer = HeaderFooterItem()
    footer.center.text = "第 &P 页 共 &N 页"
    footer.center.font = BODY_FONT
    footer.center.size = 10
    ws.oddFooter = footer
    if freeze:
        ws.freeze_panes = freeze


_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A name Excel accepts: ≤ 31 characters, none of []:*?/\\, unique ignoring case.

    ``taken`` holds the lower-cased names used so far and is updated.
    """
    base = _SHEET_FORBIDDEN.sub("_", clean(wanted)).strip("'").strip() or "Sheet"
    base = base[:SHEET_NAME_MAX]
    name, counter = base, 1
    while name.lower() in taken or name.lower() == "history":
        counter += 1
        suffix = f"({counter})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def file_name(wanted: str, fallback: str) -> str:
    """A file name safe on Windows and POSIX (offices pass workbooks around on Windows)."""
    return safe_name(wanted, fallback)
