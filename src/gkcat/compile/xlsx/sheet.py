"""The sheet model gkcat fills and the workbook writer serialises: nothing more than it prints.

Cells are kept per row as two lists (values, styles) indexed by column, which is compact
enough to hold the largest sheet (责任分工 of a province) while it is laid out; a sheet is
written out and dropped as soon as it is finished (:mod:`gkcat.compile.xlsx.writer`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from gkcat.compile.xlsx.styles import Font, Style

Run = tuple[str, Font | None]
"""A part of a rich-text cell: its text and its font (None: the cell's own)."""


@dataclass(frozen=True, slots=True)
class RichText:
    runs: tuple[Run, ...]

    def __str__(self) -> str:
        return "".join(text for text, _ in self.runs)


Value = str | int | float | RichText | None


@dataclass(slots=True)
class Row:
    values: list[Value] = field(default_factory=list)
    styles: list[Style | None] = field(default_factory=list)
    own: bool = True
    """False while ``styles`` is shared with other rows."""


@dataclass(frozen=True, slots=True)
class Range:
    """A merged range, 1-based and inclusive."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    def __str__(self) -> str:
        first = f"{letter(self.min_col)}{self.min_row}"
        return f"{first}:{letter(self.max_col)}{self.max_row}"


@dataclass(frozen=True, slots=True)
class BarChart:
    """The 统计 sheet's clustered bar chart: series from columns, categories from columns."""

    title: str
    axis_title: str
    series_cols: tuple[int, ...]
    category_cols: tuple[int, int]
    header_row: int
    first_row: int
    last_row: int
    anchor: tuple[int, int]
    """(column, row) of the top-left corner, 1-based."""
    width_cm: float
    height_cm: float


@dataclass(slots=True)
class PageSetup:
    paper: int
    """9 = A4, 8 = A3 (the OOXML paper codes)."""
    scale: int | None = None
    """Explicit print scale; None: fit to one page wide."""
    title_rows: tuple[int, int] | None = None
    footer: str = ""
    breaks: list[int] = field(default_factory=list)
    """Rows after which a manual page break falls."""
    margins: tuple[float, float, float, float, float, float] = (0.5, 0.5, 0.6, 0.7, 0.3, 0.3)
    """Inches: left, right, top, bottom, header, footer."""


class Sheet:
    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: dict[int, Row] = {}
        self.merges: list[Range] = []
        self.widths: dict[int, float] = {}
        self.heights: dict[int, float] = {}
        self.freeze: tuple[int, int] | None = None
        """(column, row) of the first scrolling cell."""
        self.page: PageSetup | None = None
        self.links: dict[tuple[int, int], str] = {}
        """(row, column) → the location (``'Sheet'!A1``) it links to."""
        self.chart: BarChart | None = None

    def set(self, row: int, col: int, value: Value, style: Style | None) -> None:
        line = self.rows.get(row)
        if line is None:
            line = self.rows[row] = Row()
        elif not line.own:
            line.styles = list(line.styles)  # rows filled at once share their style list
            line.own = True
        missing = col - len(line.values)
        if missing > 0:
            line.values.extend([None] * missing)
            line.styles.extend([None] * missing)
        line.values[col - 1] = value
        line.styles[col - 1] = style

    def set_row(self, row: int, values: list[Value], styles: list[Style | None]) -> None:
        """Replace a whole row, from column 1. The lists are taken, not copied: rows of one
        table share one style list (:meth:`set` copies it before changing a cell)."""
        self.rows[row] = Row(values, styles, own=False)

    def value(self, row: int, col: int) -> Value:
        line = self.rows.get(row)
        if line is None or col > len(line.values):
            return None
        return line.values[col - 1]

    def clear(self, row: int, col: int) -> None:
        """Drop a cell's value, keeping its style."""
        line = self.rows.get(row)
        if line is not None and col <= len(line.values):
            line.values[col - 1] = None

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge a range: the values after its first cell are dropped, the styles kept."""
        for row in range(first_row, last_row + 1):
            for col in range(first_col, last_col + 1):
                if (row, col) != (first_row, first_col):
                    self.clear(row, col)
        self.merges.append(Range(first_row, first_col, last_row, last_col))

    def iter_values(self, first_row: int, max_col: int) -> Iterator[tuple[int, int, Value]]:
        """(row, column, value) of every cell with a value from ``first_row`` on."""
        for row in sorted(self.rows):
            if row < first_row:
                continue
            values = self.rows[row].values
            for col in range(min(max_col, len(values))):
                value = values[col]
                if value is not None:
                    yield row, col + 1, value


@cache
def letter(col: int) -> str:
    """Column letters: 1 → A, 27 → AA."""
    name = ""
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name
