"""Header rows of imported power-list workbooks: column synonyms and header-block detection."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gkcat import vocab

# Column synonyms as they appear in the exports of provincial 权责清单 systems. Matching is exact
# after normalisation; synonyms of four or more characters also match inside a longer header
# (设定依据及条款 → basis), shorter ones never do (追责情形及依据 is not 依据).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "事项编码",
        "编码",
        "基本编码",
        "权力编码",
        "权责事项编码",
        "权力事项编码",
        "事项代码",
        "主项编码",
        "主项基本编码",
    ),
    "subcode": ("子项编码", "子项基本编码"),
    "name": (
        "事项名称",
        "权力名称",
        "权责事项",
        "权责事项名称",
        "权力事项",
        "权力事项名称",
        "主项名称",
        "名称",
        "项目名称",
    ),
    "subitem": ("子项", "子项名称", "子项事项名称"),
    "type": (
        "事项类型",
        "权力类型",
        "类别",
        "类型",
        "事项类别",
        "权力类别",
        "职权类型",
        "权责类别",
    ),
    "department": (
        "实施主体",
        "实施机关",
        "责任部门",
        "实施部门",
        "行使主体",
        "责任主体",
        "责任单位",
    ),
    "basis": ("设定依据", "依据", "实施依据", "法律依据", "设定和实施依据", "法定依据"),
    "levels": ("行使层级", "层级", "实施层级", "行使层次"),
    "note": ("备注",),
    "seq": ("序号", "编号"),
}

TITLES: dict[str, tuple[str, str]] = {
    "code": ("事项编码", "code"),
    "subcode": ("子项编码", "sub-item code"),
    "name": ("事项名称", "name"),
    "subitem": ("子项名称", "sub-item name"),
    "type": ("事项类型", "type"),
    "department": ("实施主体", "department"),
    "basis": ("设定依据", "basis"),
    "levels": ("行使层级", "levels"),
    "note": ("备注", "note"),
    "seq": ("序号", "number"),
}
"""(zh, en) names of the fields, for messages."""

_LOOKUP = {syn: field for field, syns in SYNONYMS.items() for syn in syns}
_LONG = sorted((s for s in _LOOKUP if len(s) >= 4), key=len, reverse=True)
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_LEVEL_WORDS = {
    "省": "省级",
    "省级": "省级",
    "市": "市级",
    "市级": "市级",
    "县": "县级",
    "县级": "县级",
    "县区": "县级",
    "区县": "县级",
    "乡": "乡级",
    "乡级": "乡级",
    "乡镇": "乡级",
    "街道": "乡级",
    "乡镇街道": "乡级",
    "村": "村级",
    "村级": "村级",
    "村社区": "村级",
}
HEADER_SCAN_ROWS = 20
"""Header rows are looked for among the first rows of a sheet (titles and units sit above)."""

Grid = Sequence[Sequence[str]]


def normalise(text: str) -> str:
    """Drop whitespace, asterisks (required-field marks) and bracketed remarks."""
    compact = "".join(text.split()).replace("*", "").replace("＊", "")
    stripped = _BRACKETED.sub("", compact)
    return stripped or compact


def match_field(text: str) -> str | None:
    """The field a header cell names, or None."""
    label = normalise(text)
    if not label:
        return None
    if label in _LOOKUP:
        return _LOOKUP[label]
    return next((_LOOKUP[s] for s in _LONG if s in label), None)


def level_word(text: str) -> str | None:
    """省级/市级/县级/乡级/村级 for a level sub-header such as 县级 or 乡镇（街道）."""
    label = normalise(text).replace("、", "").replace("/", "")
    return _LEVEL_WORDS.get(label) or (label if label in vocab.LEVELS else None)


@dataclass(frozen=True, slots=True)
class Header:
    """Where the header block is and what each column holds."""

    first_row: int
    """0-based index of the header block's first row in the grid."""
    last_row: int
    columns: dict[str, int]
    """Field → 0-based column index (the first column that names the field)."""
    level_ticks: dict[int, str]
    """Column → level, for 行使层级 printed as tick columns (县级 √)."""


def _row_fields(row: Sequence[str]) -> set[str]:
    return {f for f in (match_field(cell) for cell in row) if f is not None}


def find_header(grid: Grid, vertical_merges: set[tuple[int, int]]) -> Header | None:
    """The header block: the best-matching row plus the rows merged cells tie to it.

    ``vertical_merges`` holds (row, row + 1) pairs that some merged cell spans, so a two-row
    header (序号 merged over both rows, 权责事项 over 编码 | 名称) is read as one block.
    """
    best, best_score = -1, 1
    for index, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        score = len(_row_fields(row) - {"seq", "note"})
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        return None
    first = last = best
    while first > 0 and (first - 1, first) in vertical_merges:
        first -= 1
    while last + 1 < len(grid) and (last, last + 1) in vertical_merges:
        last += 1
    return _map_columns(grid, first, last)


def _map_columns(grid: Grid, first: int, last: int) -> Header:
    columns: dict[str, int] = {}
    ticks: dict[int, str] = {}
    width = max(len(grid[r]) for r in range(first, last + 1))
    for col in range(width):
        labels = [grid[r][col] if col < len(grid[r]) else "" for r in range(first, last + 1)]
        field = next((f for f in (match_field(t) for t in reversed(labels)) if f), None)
        level = level_word(labels[-1]) if len(labels) > 1 else None
        if level and any(match_field(t) == "levels" for t in labels[:-1]):
            ticks[col] = level
        elif field is not None:
            columns.setdefault(field, col)
    return Header(first, last, columns, ticks)
