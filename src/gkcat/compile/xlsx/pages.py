"""Pages that know the paper: print scale, manual page breaks, merged labels split at breaks.

Row heights are set explicitly (:func:`gkcat.compile.xlsx.layout.fit_rows`), so once the print
scale is fixed, where each page ends is known before any spreadsheet opens the file. The
table is cut into pages here, a manual break is placed at each cut, and every merged label
(一级事项, 责任单位, a task group) is split at the cuts and repeated with a continuation mark,
so each printed page names what its rows belong to.

The scale is explicit rather than "fit to one page wide": Excel and WPS ignore manual page
breaks when fitting to pages.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from gkcat.compile.xlsx.layout import (
    LINE_HEIGHT,
    ROW_PADDING,
    fit_rows,
    line_count,
    merge,
    put,
)
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.styles import Style
from gkcat.settings import Settings

CONTINUED = "（续）"
"""Appended to a label repeated at the top of a page."""

PAPER = {"A4": (841.89, 595.28), "A3": (1190.55, 841.89)}
"""Landscape paper, width × height in points."""
MARGIN_SIDES = 0.5
MARGIN_TOP = 0.6
MARGIN_BOTTOM = 0.7
HEADER_MARGIN = 0.3
"""Inches; the footer (第 N 页) sits inside the bottom margin."""
UNIT_POINTS = 7.0
"""Printed points per column-width unit. LibreOffice draws a unit this wide (Excel about
5.25 pt): the wider reading decides the scale, so the table fits the page in both."""
SAFETY = 0.96
"""Share of the printable height planned for; the rest absorbs rounding between programs."""
MIN_SCALE = 30
PLAN_ROUNDS = 4
"""Re-plans after growing rows for labels; each round can only add height, so few suffice."""


@dataclass(frozen=True, slots=True)
class Layout:
    """How a sheet prints: its scale (percent) and the room for body rows on each page."""

    scale: int
    first: float
    rest: float


def print_scale(widths: Sequence[float], settings: Settings) -> int:
    """The largest whole percentage at which the table is one page wide (at most 100)."""
    paper_width = PAPER[settings.paper_size][0] - 2 * 72 * MARGIN_SIDES
    table = sum(widths) * UNIT_POINTS
    return max(MIN_SCALE, min(100, math.floor(100 * paper_width / table)))


def layout(widths: Sequence[float], settings: Settings, *, above: float, repeated: float) -> Layout:
    """Room in row points for body rows: ``above`` is the title's height (first page only),
    ``repeated`` the header rows printed on every page."""
    scale = print_scale(widths, settings)
    body = PAPER[settings.paper_size][1] - 72 * (MARGIN_TOP + MARGIN_BOTTOM)
    room = body * SAFETY * 100 / scale - repeated
    return Layout(scale, room - above, room)


def paginate(
    heights: Sequence[float], room: Layout, *, keep_with_next: Collection[int] = ()
) -> list[int]:
    """Indexes of the rows that start a new page (never 0), filling each page greedily.

    A row in ``keep_with_next`` (a section heading) never ends a page: the break moves up
    to before it. A row taller than a page gets a page of its own.
    """
    starts: list[int] = []
    used, space, page_start = 0.0, room.first, 0
    for index, height in enumerate(heights):
        if used + height <= space or index == page_start:
            used += height
            continue
        start = index
        while start - 1 > page_start and start - 1 in keep_with_next:
            start -= 1
        starts.append(start)
        page_start, space = start, room.rest
        used = sum(heights[start : index + 1])
    return starts


def set_breaks(ws: Sheet, first_row: int, starts: Sequence[int], scale: int) -> None:
    """A manual page break above each body row in ``starts``, and the explicit print scale
    (after :func:`~gkcat.compile.xlsx.layout.set_up_page`)."""
    assert ws.page is not None, "set_up_page first"
    ws.page.breaks = [first_row + start - 1 for start in starts]
    ws.page.scale = scale


def segments(values: Sequence[str], starts: Collection[int]) -> list[tuple[int, int]]:
    """(first, last) index of each run of equal non-empty values, cut at page starts."""
    runs: list[tuple[int, int]] = []
    begin = 0
    for index in range(1, len(values) + 1):
        if index == len(values) or values[index] != values[begin] or index in starts:
            if values[begin]:
                runs.append((begin, index - 1))
            begin = index
    return runs


def continued(label: str) -> str:
    return f"{label}{CONTINUED}"


def merge_labels(
    ws: Sheet,
    column: int,
    first_row: int,
    labels: Sequence[str | int],
    starts: Collection[int],
    style: Style,
    *,
    keys: Sequence[str] | None = None,
) -> None:
    """Write and merge ``labels`` down ``column``: one block per run of equal ``keys``
    (default: the labels) on each page; a block continued from the page before repeats its
    label, text marked （续） (a 序号 is repeated as it is)."""
    keys = [str(label) for label in labels] if keys is None else keys
    for begin, end in segments(keys, starts):
        label = labels[begin]
        if isinstance(label, str) and label and begin > 0 and keys[begin - 1] == keys[begin]:
            label = continued(label)
        put(ws, first_row + begin, column, label, style)
        for offset in range(begin + 1, end + 1):
            put(ws, first_row + offset, column, "", style)
        if end > begin:
            merge(ws, first_row + begin, column, first_row + end, column)


@dataclass(frozen=True, slots=True)
class Labels:
    """A column of merged labels: one per body row, blocks formed by equal ``keys``."""

    column: int
    labels: Sequence[str | int]
    keys: Sequence[str]
    style: Style


def lay_out_pages(
    ws: Sheet,
    widths: Sequence[float],
    first_row: int,
    room: Layout,
    columns: Sequence[Labels],
    *,
    keep_with_next: Collection[int] = (),
) -> list[int]:
    """Fit the body rows' heights, cut them into pages and write the merged label blocks.

    Rows are first fitted to their own cells (labels left out); a block whose label (or
    〈label〉（续） on a later page) needs more room than its rows on that page grows its last
    row, and the pages are planned again. Returns the page starts (body row indexes).
    """
    count = len(columns[0].labels) if columns else 0
    for block in columns:
        for offset in range(count):
            if block.keys[offset]:
                ws.clear(first_row + offset, block.column)
    fit_rows(ws, widths, range(first_row, first_row + count))
    heights = [ws.heights.get(first_row + i, 0.0) for i in range(count)]
    starts = paginate(heights, room, keep_with_next=keep_with_next)
    for _ in range(PLAN_ROUNDS):
        if not _grow_for_labels(heights, widths, columns, set(starts)):
            break
        starts = paginate(heights, room, keep_with_next=keep_with_next)
    for offset, height in enumerate(heights):
        ws.heights[first_row + offset] = round(height, 2)
    for block in columns:
        merge_labels(
            ws, block.column, first_row, block.labels, set(starts), block.style, keys=block.keys
        )
    return starts


def _grow_for_labels(
    heights: list[float], widths: Sequence[float], columns: Sequence[Labels], starts: set[int]
) -> bool:
    grown = False
    for block in columns:
        width = widths[block.column - 1]
        for begin, end in segments(block.keys, starts):
            label = block.labels[begin]
            carried = begin > 0 and block.keys[begin - 1] == block.keys[begin]
            text = continued(label) if carried and isinstance(label, str) and label else label
            need = line_count(str(text), width) * LINE_HEIGHT + ROW_PADDING
            have = sum(heights[begin : end + 1])
            if need > have + 0.01:
                heights[end] += need - have
                grown = True
    return grown
