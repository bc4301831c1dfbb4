"""xlsx import of a published 标准目录 table → catalog plain data + diagnostics."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic
from gkcat.elements import ELEMENT, ELEMENTS
from gkcat.importers.catalog_context import (
    LEVEL_WORDS,
    CatalogContext,
    CatalogOptions,
    catalog_context,
    iso_date,
    level_of,
)
from gkcat.importers.catalog_rows import CatalogRowReader
from gkcat.importers.channels import ChannelReader
from gkcat.importers.headers import HeaderSpec, find_header
from gkcat.importers.power_rows import SheetPlace
from gkcat.importers.registration import unregistered_channels, unregistered_departments
from gkcat.importers.text_fold import fold_grid
from gkcat.importers.traditional import simplify_grid
from gkcat.importers.workbook import WorkbookImport, read_workbook
from gkcat.model import Registry

__all__ = ["CATALOG_HEADERS", "CatalogOptions", "read_catalog_grid", "read_catalog_workbook"]

CATALOG_HEADERS = HeaderSpec(
    {"seq": ("序号",), **{e.key: e.synonyms for e in ELEMENTS}},
    {
        "audience": {"全社会": "全社会", "特定群体": "特定群体", "特定群众": "特定群体"},
        "mode": {"主动": "主动", "主动公开": "主动", "依申请": "依申请", "依申请公开": "依申请"},
        "levels": LEVEL_WORDS,
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
_METADATA = (
    ("version", "版本号", "version", "--version"),
    ("effective", "施行日期", "effective date", "--effective"),
)
_NO_OPTIONS = CatalogOptions()


def read_catalog_grid(
    grid: list[list[str]],
    merges: set[tuple[int, int]],
    *,
    file: str,
    sheet: str,
    options: CatalogOptions = _NO_OPTIONS,
    domains: Sequence[str] = tuple(vocab.DOMAINS),
    registry: Registry | None = None,
    channels: Sequence[str] = (),
) -> WorkbookImport | None:
    """Read one sheet of a published catalog table; None when it has no header row."""
    grid, changed = simplify_grid(grid)
    grid = fold_grid(grid)
    header = find_header(grid, merges, CATALOG_HEADERS)
    if header is None:
        return None
    where = SheetPlace(file, sheet)
    header_row = header.first_row + 1
    missing = [f for f in ("category", "name") if f not in header.columns]
    if missing:
        return WorkbookImport(None, tuple(_missing_column(where, header_row, f) for f in missing))
    texts = [sheet, *(cell for row in grid[: header.first_row] for cell in row if cell)]
    context = catalog_context(options, texts, domains)
    registry = registry or Registry()
    reader = CatalogRowReader(header, where, CATALOG_HEADERS, ChannelReader(channels), registry)
    for index in range(header.last_row + 1, len(grid)):
        reader.read(index + 1, grid[index])
    diagnostics = reader.diagnostics
    if changed is not None:
        diagnostics.append(where.at("GK643", changed[0] + 1, changed[1] + 1))
    diagnostics.extend(
        where.at("GK639", header_row, c + 1, title=t) for c, t in header.others.items()
    )
    fatal = _bad_options(where, options) or _unusable(where, sheet, context, reader, header_row)
    if fatal:
        return WorkbookImport(None, (*diagnostics, *fatal), sheet, reader.stats())
    data = _catalog(context, options.region, reader)
    diagnostics.extend(_metadata_missing(where, data))
    diagnostics.extend(_to_register(where, context.domain, domains, reader))
    return WorkbookImport(data, tuple(diagnostics), sheet, reader.stats())


def _unusable(
    where: SheetPlace,
    sheet: str,
    context: CatalogContext,
    reader: CatalogRowReader,
    header_row: int,
) -> list[Diagnostic]:
    """GK612 when the domain or level is unknown, GK610 when no row became an item."""
    if not context.domain or not context.level:
        return [_unknown(where, sheet, context.domain)]
    if not reader.items:
        return [where.at("GK610", header_row, None, sheet=sheet)]
    return []


def _to_register(
    where: SheetPlace, domain: str, domains: Sequence[str], reader: CatalogRowReader
) -> list[Diagnostic]:
    """What gkcat.yaml must name for the source to validate: domain, departments, channels."""
    found = []
    if domain not in domains:
        found.append(where.at("GK640", 1, None, value=domain, entry=f"- {domain}"))
    registry, channels = reader.registry, reader.channels
    found += unregistered_departments(reader.subject_rows, registry, where, reader.col("subject"))
    found += unregistered_channels(
        reader.channel_rows, channels.known_names, where, reader.col("channels")
    )
    return found


def _catalog(context: CatalogContext, region: str, reader: CatalogRowReader) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "catalog", "schema_version": 1, "domain": context.domain}
    data["level"] = context.level
    if region:
        data["region"] = region
    owner = context.owner or (reader.subjects.most_common(1)[0][0] if reader.subjects else "")
    if owner:
        data["owner"] = reader.registry.normalise(owner)
    for key in ("version", "effective"):
        if getattr(context, key):
            data[key] = getattr(context, key)
    prefix = f"{DOMAIN_INITIALS.get(context.domain, 'ITEM')}-{LEVEL_LETTERS[context.level]}"
    data["items"] = [
        _finish(item, f"{prefix}-{n:03d}", context.level) for n, item in enumerate(reader.items, 1)
    ]
    return data


_HINTS = {
    "--level": ("（层级可写作 县级、县 或 county）", " (a level is written 县级, 县 or county)"),
    "--effective": ("（日期写作 2024-03-01）", " (a date is written 2024-03-01)"),
}


def _bad_options(where: SheetPlace, options: CatalogOptions) -> list[Diagnostic]:
    """GK641 for a --level that names no level or an --effective that is no date."""
    bad = [
        (option, value)
        for option, value, ok in (
            ("--level", options.level, level_of),
            ("--effective", options.effective, iso_date),
        )
        if value and not ok(value)
    ]
    return [
        where.at(
            "GK641",
            1,
            None,
            option=option,
            value=value,
            args={"hint@zh": _HINTS[option][0], "hint@en": _HINTS[option][1]},
        )
        for option, value in bad
    ]


def _unknown(where: SheetPlace, sheet: str, domain: str) -> Diagnostic:
    missing = (
        ("层级", "level", "--level")
        if domain
        else ("领域和层级", "domain and level", "--domain 和 --level")
    )
    options_en = "--level" if domain else "--domain and --level"
    return where.at(
        "GK612",
        1,
        None,
        sheet=sheet,
        args={
            "missing@zh": missing[0],
            "missing@en": missing[1],
            "options@zh": missing[2],
            "options@en": options_en,
        },
    )


def _metadata_missing(where: SheetPlace, data: dict[str, Any]) -> list[Diagnostic]:
    return [
        where.at("GK632", 1, None, key=key, option=option, args={"title@zh": zh, "title@en": en})
        for key, zh, en, option in _METADATA
        if key not in data
    ]


def _missing_column(where: SheetPlace, row: int, name: str) -> Diagnostic:
    zh, en = CATALOG_TITLES[name]
    synonyms = "、".join(CATALOG_HEADERS.synonyms[name])
    return where.at("GK604", row, None, synonyms=synonyms, args={"title@zh": zh, "title@en": en})


def _finish(item: dict[str, Any], id: str, level: str) -> dict[str, Any]:
    if item.get("levels") == [level]:
        del item["levels"]  # the default
    return {"id": id, **item}


def to_channels(text: str) -> list[str]:
    """■政府网站 □政府公报 ■两微一端 → the ticked ones; plain text → every channel named."""
    return ChannelReader().read(text)


def read_catalog_workbook(
    path: Path,
    *,
    file: str,
    sheet: str | None = None,
    options: CatalogOptions = _NO_OPTIONS,
    domains: Sequence[str] = tuple(vocab.DOMAINS),
    registry: Registry | None = None,
    channels: Sequence[str] = (),
) -> WorkbookImport:
    """Read a published 标准目录 table into catalog data; every problem is a diagnostic."""

    def read(
        grid: list[list[str]], merges: set[tuple[int, int]], name: str
    ) -> WorkbookImport | None:
        return read_catalog_grid(
            grid,
            merges,
            file=file,
            sheet=name,
            options=options,
            domains=domains,
            registry=registry,
            channels=channels,
        )

    return read_workbook(
        path, file=file, sheet=sheet, read=read, expected="「一级事项」「二级事项」"
    )
