"""xlsx import of a published 标准目录 table → catalog plain data + diagnostics."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic
from gkcat.elements import ELEMENT, ELEMENTS
from gkcat.importers.cells import TICKS, column, fill_same_as_above, to_basis
from gkcat.importers.headers import Header, HeaderSpec, find_header
from gkcat.importers.power_rows import ImportStats, SheetPlace, text_args
from gkcat.importers.workbook import WorkbookImport, read_workbook

_LEVEL_OPTIONS = {
    **{level: level for level in vocab.LEVELS},
    **{level[0]: level for level in vocab.LEVELS},
    "乡镇": "乡级",
    "乡镇级": "乡级",
    "街道": "乡级",
}
CATALOG_HEADERS = HeaderSpec(
    {"seq": ("序号",), **{e.key: e.synonyms for e in ELEMENTS}},
    {
        "audience": {"全社会": "全社会", "特定群体": "特定群体", "特定群众": "特定群体"},
        "mode": {"主动": "主动", "主动公开": "主动", "依申请": "依申请", "依申请公开": "依申请"},
        "levels": _LEVEL_OPTIONS,
    },
)
CATALOG_TITLES = {k: (ELEMENT[k].title, ELEMENT[k].key) for k in ("category", "name")}

# Item ids follow the sample region's convention: pinyin initials of the domain, a level letter
# and a number (社会救助, 县级 → SHJZ-X-001), so imported catalogs look like hand-written ones.
DOMAIN_INITIALS = {
    "重大建设项目": "ZDJSXM", "公共资源交易": "GGZYJY", "义务教育": "YWJY", "户籍管理": "HJGL",
    "社会救助": "SHJZ", "养老服务": "YLFW", "公共法律服务": "GGFLFW", "财政预决算": "CZYJS",
    "就业": "JY", "社会保险": "SHBX", "城乡规划": "CXGH", "农村集体土地征收": "NCJTTDZS",
    "生态环境": "STHJ", "保障性住房": "BZXZF", "国有土地上房屋征收": "GYTDSFWZS",
    "农村危房改造": "NCWFGZ", "市政服务": "SZFW", "城市综合执法": "CSZHZF", "涉农补贴": "SNBT",
    "公共文化服务": "GGWHFW", "卫生健康": "WSJK", "安全生产": "AQSC", "救灾": "JZ",
    "食品药品监管": "SPYPJG", "税收管理": "SSGL", "扶贫": "FP",
}  # fmt: skip
LEVEL_LETTERS = {"省级": "P", "市级": "S", "县级": "X", "乡级": "Z", "村级": "C"}
ITEM_KEYS = (
    "category", "name", "subname", "content", "basis", "time_limit", "subject", "channels",
    "audience", "mode", "levels", "note",
)  # fmt: skip
"""The catalog schema's key order, which the YAML keeps."""
_LEVEL_IN_TEXT = re.compile(r"(省级|市级|县级|乡级|乡镇级|村级)")
_BOXES = re.compile(r"([■☑✓√□☐])\s*([^■☑✓√□☐]+)")
_SPLIT = re.compile(r"[、,，;；\n]+|\s{1,}")


def read_catalog_grid(
    grid: list[list[str]],
    merges: set[tuple[int, int]],
    *,
    file: str,
    sheet: str,
    region: str = "",
    domains: Sequence[str] = tuple(vocab.DOMAINS),
) -> WorkbookImport | None:
    """Read one sheet of a published catalog table; None when it has no header row."""
    header = find_header(grid, merges, CATALOG_HEADERS)
    if header is None:
        return None
    where = SheetPlace(file, sheet)
    header_row = header.first_row + 1
    missing = [f for f in ("category", "name") if f not in header.columns]
    if missing:
        return WorkbookImport(None, tuple(_missing_column(where, header_row, f) for f in missing))
    texts = [sheet, *(cell for row in grid[: header.first_row] for cell in row if cell)]
    domain, level = _domain(texts, domains), _level(texts)
    reader = CatalogRowReader(header, where)
    for index in range(header.last_row + 1, len(grid)):
        reader.read(index + 1, grid[index])
    if not domain or not level:
        reader.diagnostics.append(where.at("GK612", 1, None, sheet=sheet))
        return WorkbookImport(None, tuple(reader.diagnostics), sheet, reader.stats())
    if not reader.items:
        reader.diagnostics.append(where.at("GK610", header_row, None, sheet=sheet))
        return WorkbookImport(None, tuple(reader.diagnostics), sheet, reader.stats())
    data: dict[str, Any] = {"kind": "catalog", "schema_version": 1, "domain": domain}
    data["level"] = level
    if region:
        data["region"] = region
    if reader.subjects:
        data["owner"] = reader.subjects.most_common(1)[0][0]
    prefix = f"{DOMAIN_INITIALS.get(domain, 'ITEM')}-{LEVEL_LETTERS[level]}"
    data["items"] = [
        _finish(item, f"{prefix}-{n:03d}", level) for n, item in enumerate(reader.items, 1)
    ]
    return WorkbookImport(data, tuple(reader.diagnostics), sheet, reader.stats())


def _missing_column(where: SheetPlace, row: int, name: str) -> Diagnostic:
    zh, en = CATALOG_TITLES[name]
    synonyms = "、".join(CATALOG_HEADERS.synonyms[name])
    return where.at("GK604", row, None, synonyms=synonyms, args={"title@zh": zh, "title@en": en})


def _domain(texts: Sequence[str], domains: Sequence[str]) -> str:
    """The longest known domain named in the sheet name or the title rows above the header."""
    found = [d for d in domains if any(d in "".join(t.split()) for t in texts)]
    return max(found, key=len) if found else ""


def _level(texts: Sequence[str]) -> str:
    for text in texts:
        match = _LEVEL_IN_TEXT.search("".join(text.split()))
        if match:
            return "乡级" if match.group(1) == "乡镇级" else match.group(1)
    return ""


def _finish(item: dict[str, Any], id: str, level: str) -> dict[str, Any]:
    if item.get("levels") == [level]:
        del item["levels"]  # the default
    return {"id": id, **item}


def to_channels(text: str) -> list[str]:
    """■政府网站 □政府公报 ■两微一端 → the ticked ones; plain text → split on 、，; and spaces."""
    boxes = _BOXES.findall(text)
    chosen = [name for box, name in boxes if box not in "□☐"] if boxes else _SPLIT.split(text)
    return [_channel(c) for c in dict.fromkeys(c.strip() for c in chosen) if c]


def _channel(name: str) -> str:
    """社区/企事业单位/村公示栏（电子屏） → the vocabulary's half-width brackets."""
    plain = name.replace("（", "(").replace("）", ")")
    return plain if plain in vocab.CHANNELS else name


class CatalogRowReader:
    """Turns the data rows of a catalog table into items (同上, merged 一级事项)."""

    def __init__(self, header: Header, where: SheetPlace) -> None:
        self.header = header
        self.where = where
        self.items: list[dict[str, Any]] = []
        self.diagnostics: list[Diagnostic] = []
        self.subjects: Counter[str] = Counter()
        self._counts = Counter[str]()
        self._previous: list[str] = []
        self._category = ""

    def stats(self) -> ImportStats:
        c = self._counts
        return ImportStats(rows=c["rows"], powers=len(self.items), rejected=c["rejected"])

    def cell(self, row: Sequence[str], name: str) -> str:
        return column(row, self.header.columns, name)

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(raw):
            return
        row = fill_same_as_above(raw, self._previous)
        self._previous = row
        self._counts["rows"] += 1
        values = [c for c in row if c]
        spread = len(set(values)) == 1 and len(values) > 1  # a footnote merged across the row
        if spread or not (self.cell(row, "name") or self.cell(row, "category")):
            self._counts["rejected"] += 1
            self.diagnostics.append(self.where.at("GK609", number, None, args=text_args(row)))
            return
        category = self.cell(row, "category") or self._category
        self._category = category
        name = self.cell(row, "name")
        if not name:
            col = self.header.columns["name"] + 1
            self._counts["rejected"] += 1
            self.diagnostics.append(
                self.where.at(
                    "GK605",
                    number,
                    col,
                    args={"title@zh": "二级事项", "title@en": "name", **text_args(row)},
                )
            )
            return
        self.items.append(self._item(row, category, name))

    def _item(self, row: Sequence[str], category: str, name: str) -> dict[str, Any]:
        found: dict[str, Any] = {"category": category, "name": name}
        for key in ("subname", "time_limit", "subject", "note"):
            found[key] = self.cell(row, key)
        for key in ("content", "basis"):
            text = self.cell(row, key)
            found[key] = to_basis(text) if text else ""
        found["channels"] = to_channels(self.cell(row, "channels"))
        for key in ("audience", "mode", "levels"):
            chosen = self._choices(row, key)
            found[key] = chosen[0] if len(chosen) == 1 and key != "levels" else chosen
        if found["subject"]:
            self.subjects[found["subject"]] += 1
        return {key: found[key] for key in ITEM_KEYS if found.get(key)}

    def _choices(self, row: Sequence[str], key: str) -> list[str]:
        ticks = self.header.tick_columns(key)
        if ticks:
            return [
                value
                for col, value in ticks.items()
                if col < len(row) and row[col] and row[col][0] in TICKS
            ]
        text = self.cell(row, key)
        tokens = [t for t in _SPLIT.split(text) if t]
        return list(dict.fromkeys(CATALOG_HEADERS.option(key, t) or t for t in tokens))


def read_catalog_workbook(
    path: Path,
    *,
    file: str,
    sheet: str | None = None,
    region: str = "",
    domains: Sequence[str] = tuple(vocab.DOMAINS),
) -> WorkbookImport:
    """Read a published 标准目录 table into catalog data; every problem is a diagnostic."""

    def read(
        grid: list[list[str]], merges: set[tuple[int, int]], name: str
    ) -> WorkbookImport | None:
        return read_catalog_grid(
            grid, merges, file=file, sheet=name, region=region, domains=domains
        )

    return read_workbook(
        path, file=file, sheet=sheet, read=read, expected="「一级事项」「二级事项」"
    )
