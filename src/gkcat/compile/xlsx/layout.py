"""Workbook layout helpers: official fonts, borders, safe text cells, CJK widths, print setup."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from gkcat.compile.xlsx.sheet import PageSetup, RichText, Sheet, Value
from gkcat.compile.xlsx.styles import Alignment, Font, Side, Style, all_round, quoted
from gkcat.safe_names import safe_name
from gkcat.settings import Settings
from gkcat.textsafe import xml_text

TITLE_FONT = "方正小标宋简体"
"""公文 titles are set in 小标宋 (GB/T 9704); Excel falls back to a CJK font when absent."""
HEADER_FONT = "黑体"
BODY_FONT = "宋体"

BODY_SIZE = 10.5
"""五号, the usual size of table text in official documents."""
LINE_HEIGHT = 15.0
"""Points per wrapped line at BODY_SIZE, generous enough for the wider CJK line gap of
the Noto/Source Han fonts LibreOffice substitutes."""
ROW_PADDING = 6.0
CELL_PADDING = 1.5
"""Width units a wrapped cell loses to its inner margins."""

BORDER = all_round(Side("thin", "00000000"))

CENTER = Alignment("center", "center", wrap=True)
LEFT = Alignment("left", "center", wrap=True)
TITLE_ALIGN = Alignment("center", "center")
NOTE_ALIGN = Alignment("right", "center")


def _font(name: str, size: float, *, link: bool = False) -> Font:
    if link:  # the blue underline every spreadsheet uses for hyperlinks
        return Font(name, size, underline="single", color="000563C1")
    return Font(name, size)


TITLE = Style(_font(TITLE_FONT, 18), TITLE_ALIGN)
NOTE = Style(_font(BODY_FONT, BODY_SIZE), NOTE_ALIGN)
HEADER = Style(_font(HEADER_FONT, BODY_SIZE), CENTER, BORDER)
BODY = Style(_font(BODY_FONT, BODY_SIZE), LEFT, BORDER)
BODY_CENTER = Style(_font(BODY_FONT, BODY_SIZE), CENTER, BORDER)
STRONG = Style(_font(HEADER_FONT, BODY_SIZE), LEFT, BORDER)
"""Section rows of the task table: 黑体, left."""
LINK = Style(_font(BODY_FONT, BODY_SIZE, link=True), LEFT, BORDER)
PERCENT = Style(_font(BODY_FONT, BODY_SIZE), CENTER, BORDER, number_format="0.0%")
STYLES = (TITLE, NOTE, HEADER, BODY, BODY_CENTER, STRONG, LINK, PERCENT)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(text: str) -> str:
    """Replace the characters XML 1.0 cannot carry (they arrive from pasted Word text)."""
    return xml_text(text)


def put(
    ws: Sheet, row: int, column: int, value: str | int | float | RichText, style: Style
) -> None:
    """The one cell writer of every workbook: text is always data, never a formula.

    The writer never emits a formula; text that Excel would read as one when the cell is
    edited (= + - @ tab CR first) is quote-prefixed as well.
    """
    if isinstance(value, str):
        value = clean(value)
        if value.startswith(_FORMULA_START):
            style = quoted(style)
        ws.set(row, column, value or None, style)
    elif isinstance(value, RichText):
        ws.set(row, column, RichText(tuple((clean(t), f) for t, f in value.runs)), style)
    else:
        ws.set(row, column, value, style)


def put_row(ws: Sheet, row: int, values: Sequence[str | int | float], styles: list[Style]) -> None:
    """:func:`put` for a whole row from column 1: one call instead of one per cell.

    Rows without formula-like text share the ``styles`` list itself.
    """
    cells: list[Value] = []
    looks = cast("list[Style | None]", styles)  # shared, never changed in place
    for index, value in enumerate(values):
        if isinstance(value, str):
            value = clean(value)
            if value.startswith(_FORMULA_START):
                if looks is styles:
                    looks = list(styles)
                looks[index] = quoted(styles[index])
            cells.append(value or None)
        else:
            cells.append(value)
    ws.set_row(row, cells, looks)


def merge(ws: Sheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """Merge a range whose cells are all written already (values past the first are dropped);
    the cells keep their own styles, so the borders of the merged area are already right."""
    ws.merge(first_row, first_col, last_row, last_col)


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
    if "\n" not in text:  # most cells: one paragraph
        return max(1, math.ceil(text_width(text) / usable))
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


def merged_cells(ws: Sheet) -> set[tuple[int, int]]:
    """Every (row, column) covered by a merged range."""
    covered: set[tuple[int, int]] = set()
    for rng in ws.merges:
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                covered.add((row, col))
    return covered


def fit_columns(ws: Sheet, bounds: Sequence[Bounds], *, first_row: int = 1) -> list[float]:
    """Set each column to its widest unmerged line (+2 for the margins), within its bounds."""
    widths = measure_columns(ws, bounds, first_row=first_row)
    ws.widths.update(enumerate(widths, start=1))
    return widths


def measure_columns(ws: Sheet, bounds: Sequence[Bounds], *, first_row: int = 1) -> list[float]:
    """The widths :func:`fit_columns` sets, without setting them."""
    covered = merged_cells(ws)
    widest = [0] * len(bounds)
    for row, col, value in ws.iter_values(first_row, len(bounds)):
        if (row, col) in covered:
            continue
        text = str(value)
        wide = max(map(text_width, text.split("\n"))) if "\n" in text else text_width(text)
        if wide > widest[col - 1]:
            widest[col - 1] = wide
    return [
        min(bound.high, max(bound.low, wide + 2))
        for wide, bound in zip(widest, bounds, strict=True)
    ]


def fit_rows(ws: Sheet, widths: Sequence[float], rows: Iterable[int]) -> None:
    """Give each table row the height its wrapped text needs (Excel does not do this on open).

    A vertically merged cell that needs more room than its rows add up to grows its last row.
    """
    wanted = sorted(set(rows))
    if not wanted:
        return
    spans = {(r.min_row, r.min_col): r for r in ws.merges if r.min_row in set(wanted)}
    heights: dict[int, float] = {}
    tall: list[tuple[int, int, float]] = []
    for row in wanted:
        height = LINE_HEIGHT + ROW_PADDING
        line = ws.rows.get(row)
        values: list[Value] = line.values[: len(widths)] if line is not None else []
        for index, value in enumerate(values):
            if value is None:
                continue
            rng = spans.get((row, index + 1)) if spans else None
            width = _span_width(widths, rng.min_col, rng.max_col) if rng else widths[index]
            need = line_count(str(value), width) * LINE_HEIGHT + ROW_PADDING
            if rng and rng.max_row > rng.min_row:
                tall.append((rng.min_row, rng.max_row, need))
            elif need > height:
                height = need
        heights[row] = height
    for top, bottom, need in tall:
        have = sum(heights.get(r, LINE_HEIGHT + ROW_PADDING) for r in range(top, bottom + 1))
        if need > have and bottom in heights:
            heights[bottom] += need - have
    for row, height in heights.items():
        ws.heights[row] = round(height, 2)


def _span_width(widths: Sequence[float], first: int, last: int) -> float:
    return sum(widths[first - 1 : min(last, len(widths))])


def set_height(ws: Sheet, row: int, height: float) -> None:
    ws.heights[row] = height


PAPER_CODES = {"A4": 9, "A3": 8}
FOOTER = '&C&"宋体"&10 第 &P 页 共 &N 页'
"""第 N 页 共 M 页, centred, in 宋体 10 pt."""


def set_up_page(
    ws: Sheet, settings: Settings, *, header_rows: tuple[int, int], freeze: tuple[int, int] | None
) -> None:
    """Landscape, fit to one page wide, header rows on every page, 第 &P 页 共 &N 页.

    ``freeze`` is the (column, row) of the first cell that scrolls.
    """
    ws.page = PageSetup(
        paper=PAPER_CODES.get(settings.paper_size, 9), title_rows=header_rows, footer=FOOTER
    )
    ws.freeze = freeze


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
