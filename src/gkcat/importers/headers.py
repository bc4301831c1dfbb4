"""Header rows of imported workbooks: column synonyms and header-block detection."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

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
        "项目编码",
        "职权编码",
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
        "职权名称",
        "规范统一事项名称",
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
    "basis": (
        "设定依据",
        "依据",
        "实施依据",
        "法律依据",
        "设定和实施依据",
        "法定依据",
        "事项依据",
        "职权依据",
        "设定实施依据",
    ),
    "duties": ("责任事项", "责任事项内容"),
    "accountability": ("追责情形", "问责情形", "追责情形及依据", "责任追究情形"),
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
    "duties": ("责任事项", "duties"),
    "accountability": ("追责情形", "accountability"),
    "seq": ("序号", "number"),
}
"""(zh, en) names of the fields, for messages."""

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


@dataclass(frozen=True)
class HeaderSpec:
    """The column names of one kind of table, and its tick-column groups.

    Synonyms match exactly after :func:`normalise`; those of four or more characters also
    match inside a longer header (设定依据及条款 → basis), shorter ones never do
    (追责情形及依据 is not 依据).
    A tick group is a field whose header spans sub-headers naming its values (公开对象 over
    全社会 | 特定群体), each column then holding √ or nothing.
    """

    synonyms: Mapping[str, tuple[str, ...]]
    options: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Tick-group field → sub-header label → value."""
    minor: frozenset[str] = frozenset({"seq", "note"})
    """Fields that do not make a row a header on their own."""
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)
    _long: list[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup = {syn: name for name, syns in self.synonyms.items() for syn in syns}
        object.__setattr__(self, "_lookup", lookup)
        long = sorted((s for s in lookup if len(s) >= 4), key=len, reverse=True)
        object.__setattr__(self, "_long", long)

    def match(self, text: str) -> str | None:
        """The field a header cell names, or None."""
        label = normalise(text)
        if not label:
            return None
        if label in self._lookup:
            return self._lookup[label]
        return next((self._lookup[s] for s in self._long if s in label), None)

    def option(self, group: str, text: str) -> str | None:
        """The value a sub-header names inside a tick group (特定群众 → 特定群体).

        A sub-header fused from several (州级县级) names them all, joined with 、.
        """
        label = normalise(text).replace("、", "").replace("/", "")
        words = self.options.get(group, {})
        if label in words:
            return words[label]
        values = list(dict.fromkeys(option_words(label, words)))
        return "、".join(values) if len(values) > 1 else None


def option_words(text: str, words: Mapping[str, str]) -> list[str]:
    """县级、乡级 / 州级县级 / 县 → the values those names stand for; [] when a part is unknown."""
    found: list[str] = []
    rest = text
    ordered = sorted(words, key=len, reverse=True)
    while rest:
        rest = rest.lstrip("、,，/／ 和及与")
        word = next((w for w in ordered if rest.startswith(w)), "") if rest else ""
        if not word:
            return found if not rest else []
        found.append(words[word])
        rest = rest[len(word) :]
    return found


POWER_HEADERS = HeaderSpec(
    SYNONYMS, {"levels": {**_LEVEL_WORDS, **{level: level for level in vocab.LEVELS}}}
)


def match_field(text: str) -> str | None:
    """The power-list field a header cell names, or None."""
    return POWER_HEADERS.match(text)


@dataclass(frozen=True, slots=True)
class Header:
    """Where the header block is and what each column holds."""

    first_row: int
    """0-based index of the header block's first row in the grid."""
    last_row: int
    columns: dict[str, int]
    """Field → 0-based column index (the first column that names the field)."""
    ticks: dict[int, tuple[str, str]]
    """Column → (field, value) for tick columns (公开对象: 全社会 √; 行使层级: 县级 √)."""
    others: dict[int, str] = field(default_factory=dict)
    """Column → header text for the columns that name no field (kept, never dropped)."""

    def tick_columns(self, name: str) -> dict[int, str]:
        """Column → value for the tick columns of one field."""
        return {col: value for col, (f, value) in self.ticks.items() if f == name}


def find_header(
    grid: Grid, vertical_merges: set[tuple[int, int]], spec: HeaderSpec = POWER_HEADERS
) -> Header | None:
    """The header block: the best-matching row plus the rows merged cells tie to it.

    ``vertical_merges`` holds (row, row + 1) pairs that some merged cell spans, so a two-row
    header (序号 merged over both rows, 权责事项 over 编码 | 名称) is read as one block.
    """
    best, best_score = -1, 1
    for index, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        found = {f for f in (spec.match(cell) for cell in row) if f is not None}
        score = len(found - spec.minor)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        return None
    first = last = best
    while first > 0 and (first - 1, first) in vertical_merges:
        first -= 1
    while last + 1 < len(grid) and (last, last + 1) in vertical_merges:
        last += 1
    return with_unlabeled(grid, _map_columns(grid, first, last, spec))


def _map_columns(grid: Grid, first: int, last: int, spec: HeaderSpec) -> Header:
    columns: dict[str, int] = {}
    ticks: dict[int, tuple[str, str]] = {}
    others: dict[int, str] = {}
    width = max(len(grid[r]) for r in range(first, last + 1))
    for col in range(width):
        labels = [grid[r][col] if col < len(grid[r]) else "" for r in range(first, last + 1)]
        groups = [g for g in map(spec.match, labels[:-1]) if g is not None and g in spec.options]
        value = spec.option(groups[-1], labels[-1]) if groups else None
        if groups and value:
            ticks[col] = (groups[-1], value)
            continue
        name = next((f for f in (spec.match(t) for t in reversed(labels)) if f), None)
        if name is not None and name not in columns:
            columns[name] = col
        elif any(labels):
            others[col] = _label(labels)
    return Header(first, last, columns, ticks, others)


def with_unlabeled(grid: Grid, header: Header) -> Header:
    """``header`` with every column that has no header text but holds data below it added to
    ``others`` as 第N列, so a column without a heading is kept or reported, never dropped."""
    known = {*header.columns.values(), *header.ticks, *header.others}
    found = {
        col: f"第{col + 1}列"
        for row in grid[header.last_row + 1 :]
        if len({c for c in row if c}) > 1  # a note spread over the row is no column
        for col, cell in enumerate(row)
        if cell and col not in known
    }
    if not found:
        return header
    return replace(header, others={**header.others, **dict(sorted(found.items()))})


def _label(labels: Sequence[str]) -> str:
    """A column's header text: its distinct header cells, top to bottom, whitespace removed."""
    parts = dict.fromkeys("".join(t.split()) for t in labels if t.strip())
    return "".join(parts)
