"""Tick columns of a catalog table (公开对象, 公开方式, 公开层级) → the chosen values.

A tick column names one value in its sub-header (全社会, 依申请, 县级) or several fused into
one (州级县级). Its cells hold a mark (√), a "no" mark (×, 否, or nothing), or the name of
the value itself (县级, 县) — tables converted from web pages often print names instead of
ticks. Anything else is unreadable (GK633): guessing would change what the office published.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gkcat.importers.cells import TICKS
from gkcat.importers.headers import option_words

NO_MARKS = frozenset({"×", "✗", "✘", "否", "无", "-", "—", "－", "/", "／", "□", "☐", "口"})


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A tick cell that is neither a mark nor a value name."""

    col: int
    text: str


def column_values(value: str) -> tuple[str, ...]:
    """A tick column's values: one, or several for a fused sub-header (市级、县级)."""
    return tuple(v for v in value.split("、") if v)


def read_ticks(
    row: list[str],
    ticks: Mapping[int, str],
    words: Mapping[str, str],
) -> tuple[list[str], list[Unreadable]]:
    """The values ticked in ``row`` (in column order) and the unreadable cells.

    ``words`` maps the names a cell may hold (县级, 县, 全社会 …) to values.
    """
    chosen: list[str] = []
    unreadable: list[Unreadable] = []
    for col, value in ticks.items():
        text = "".join(row[col].split()) if col < len(row) else ""
        own = column_values(value)
        if not text or text in NO_MARKS:
            continue
        if text[0] in TICKS and len(text) <= 2:
            chosen.extend(own)
            continue
        named = option_words(text, words)
        if named and set(named) <= set(own):
            chosen.extend(named)
        else:
            unreadable.append(Unreadable(col, row[col]))
    return list(dict.fromkeys(chosen)), unreadable
