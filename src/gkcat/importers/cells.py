"""Cell texts of imported workbooks → gkcat values: numbers, power types, levels, citations."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from gkcat import vocab
from gkcat.importers import power_types
from gkcat.importers.citations import one_or_many, split_citations

TICKS = frozenset("√✓✔●■☑是YyＹ")
"""Marks that tick a level column (县级 √)."""
SAME_AS_ABOVE = frozenset({"同上", "同上。", "同上述"})
NO_SUBITEM = frozenset({"无", "/", "／", "-", "—", "——", "－"})
"""What a 子项 cell holds when the item has no 子项."""
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_LEVEL_CHARS = (
    ("省", "省级"),
    ("州", "市级"),
    ("盟", "市级"),
    ("旗", "县级"),
    ("市", "市级"),
    ("县", "县级"),
    ("乡", "乡级"),
    ("镇", "乡级"),
    ("街道", "乡级"),
    ("村", "村级"),
)


def fill_same_as_above(raw: Sequence[str], previous: Sequence[str]) -> list[str]:
    """Replace 同上 cells with the cell above them, as a reader of the printed table would."""
    return [
        (previous[i] if i < len(previous) else "") if cell in SAME_AS_ABOVE else cell
        for i, cell in enumerate(raw)
    ]


def column(row: Sequence[str], columns: Mapping[str, int], name: str) -> str:
    """The cell of the named column, or "" when the sheet has no such column or the row is short."""
    index = columns.get(name)
    return row[index] if index is not None and index < len(row) else ""


def cell_text(value: object) -> str:
    """A cell's value as text: whole numbers without .0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def to_power_type(text: str) -> str | None:
    """行政许可 for 行政许可, 许可, 行政许可类, 行政审批 …; None when it names no power type."""
    found = power_types.to_power_type(text)
    return found.type if found else None


def to_levels(text: str) -> tuple[str, ...]:
    """行使层级 text → levels in the standard order (省、市、县 → 省级 市级 县级)."""
    plain = _BRACKETED.sub("", "".join(text.split()))
    found = {level for word, level in _LEVEL_CHARS if word in plain}
    return tuple(level for level in vocab.LEVELS if level in found)


def to_basis(text: str) -> str | list[str]:
    """The citations of a 依据 cell (see :mod:`gkcat.importers.citations`); one stays a string."""
    return one_or_many(split_citations(text))
