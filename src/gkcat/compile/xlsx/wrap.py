"""Column widths that do not strand a closing bracket on a line of its own.

A spreadsheet wraps a long 公开依据 such as 《…指导意见》（国办发〔2019〕54号） wherever the
column ends; when only the final ）or 》 is left over, the printed cell shows a lone bracket
on its last line. This module simulates the wrap of LibreOffice and of Excel (their column
units differ in width) and widens a text column by up to three units when that removes such lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

CLOSING = frozenset("）)》〉」』】〕］”’，。、；：！？")
FONT_POINTS = 10.5
"""Body text size; a CJK character is this wide."""
PROGRAMS = ((7.0, 0.66), (6.8, 0.66), (5.25, 0.5))
"""(points per column unit, ASCII width in em): LibreOffice (as measured from its PDF, and a
little tighter, since a cell that only just fits wraps there too) and Excel."""
CELL_MARGIN = 4.0
"""Points a wrapped cell loses to its inner margins."""
WIDEN_BY = (0, 1, 2, 3)


def wrapped_lines(paragraph: str, width: float, unit_points: float, ascii_em: float) -> list[str]:
    """Greedy character wrap of one line of text in a column ``width`` units wide."""
    room = max(FONT_POINTS, width * unit_points - CELL_MARGIN)
    lines: list[str] = []
    line, used = "", 0.0
    for char in paragraph:
        size = FONT_POINTS if ord(char) >= 0x800 else FONT_POINTS * ascii_em
        if line and used + size > room + 1e-6:
            lines.append(line)
            line, used = "", 0.0
        line += char
        used += size
    lines.append(line)
    return lines


MAX_LINES = 5000
"""Distinct lines examined per column: enough for any real workbook, bounded for huge ones."""


def candidates(texts: Iterable[str]) -> list[str]:
    """The distinct lines that could strand a bracket (they end with one), in first-seen order."""
    found = dict.fromkeys(
        line for text in texts for line in text.split("\n") if len(line) > 1 and line[-1] in CLOSING
    )
    return list(found)[:MAX_LINES]


def stranded(texts: Iterable[str], width: float) -> int:
    """How many lines of text end in a wrapped line of closing punctuation only, in either
    program."""
    count = 0
    for text in texts:
        for paragraph in text.split("\n"):
            for unit, ascii_em in PROGRAMS:
                lines = wrapped_lines(paragraph, width, unit, ascii_em)
                if len(lines) > 1 and set(lines[-1]) <= CLOSING:
                    count += 1
                    break
    return count


def avoid_stranded_brackets(width: float, texts: Sequence[str]) -> float:
    """``width``, or the least widening (up to 3 units) that strands the fewest brackets."""
    lines = candidates(texts)
    best = min(WIDEN_BY, key=lambda extra: (stranded(lines, width + extra), extra))
    return width + best
