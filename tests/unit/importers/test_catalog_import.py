"""Catalog table import (--kind catalog): the official layout and its regional variants."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jsonschema
import openpyxl

from gkcat.config import load_settings
from gkcat.importers.catalog import CatalogOptions, read_catalog_workbook, to_channels
from gkcat.importers.workbook import WorkbookImport
from gkcat.load.project import load_schemas

CATALOG_SCHEMA = load_schemas()["catalog"]
SAMPLE, _ = load_settings(Path(__file__).parents[3], load_schemas())
OPTIONS = CatalogOptions(region="示例县", version="2024.1", effective="2024-03-01")
CHANNELS = (
    "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 ■政务服务中心 "
    "□便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 □其他"
)
BASIS = (
    "1.《社会救助暂行办法》（国务院令第649号）\n"
    "2.《中华人民共和国政府信息公开条例》（国务院令第711号）"
)
LIMIT = "自信息形成或者变更之日起20个工作日内"


def workbook(
    tmp_path: Path, rows: Sequence[Sequence[object]], merges: Sequence[str], title: str
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cells in merges:
        sheet.merge_cells(cells)
    path = tmp_path / "catalog.xlsx"
    book.save(path)
    return path


def read(path: Path) -> WorkbookImport:
    return read_catalog_workbook(
        path, file="catalog.xlsx", options=OPTIONS, registry=SAMPLE.registry
    )


def test_import_catalog_official_layout_with_regional_variants(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["社会救助领域基层政务公开标准目录（县级）"],
            ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
             "公开渠道和载体", "公开对象", None, "公开方式", None, "公开层级", None, "备注"],
            [None, "一级事项", "二级事项", None, None, None, None, None,
             "全社会", "特定群众", "主动", "依申请公开", "县级", "乡级", None],
            [1, "最低生活保障", "政策法规文件", "低保相关法律法规", BASIS, LIMIT, "示例县民政局",
             CHANNELS, "√", None, "√", None, "√", "√", None],
            [2, None, "审核确认结果", "低保对象姓名、保障人数", "同上", "同上", "同上",
             "政府网站、政务服务中心", None, "√", "√", "√", "√", None, "公示7天"],
            [3, "特困人员救助供养", None, "缺二级事项"],
            ["注：本目录动态调整"],
        ],
        ["A1:O1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2",
         "K2:L2", "M2:N2", "O2:O3", "B4:B5", "A7:O7"],
        "Sheet1",
    )  # fmt: skip
    result = read(path)
    assert [(d.code, d.line, d.pointer) for d in result.diagnostics] == [
        ("GK605", 6, "/Sheet1/6"),
        ("GK609", 7, "/Sheet1/7"),
    ]
    assert result.stats.rows == 4
    assert result.stats.powers + result.stats.rejected == result.stats.rows
    basis = [
        "《社会救助暂行办法》（国务院令第649号）",
        "《中华人民共和国政府信息公开条例》（国务院令第711号）",
    ]
    assert result.data == {
        "kind": "catalog",
        "schema_version": 1,
        "domain": "社会救助",
        "level": "县级",
        "region": "示例县",
        "owner": "示例县民政局",
        "version": "2024.1",
        "effective": "2024-03-01",
        "items": [
            {
                "id": "SHJZ-X-001",
                "category": "最低生活保障",
                "name": "政策法规文件",
                "content": "低保相关法律法规",
                "basis": basis,
                "time_limit": LIMIT,
                "subject": "示例县民政局",
                "channels": [
                    "政府网站", "两微一端", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)"
                ],
                "audience": "全社会",
                "mode": "主动",
                "levels": ["县级", "乡级"],
            },
            {
                "id": "SHJZ-X-002",
                "category": "最低生活保障",
                "name": "审核确认结果",
                "content": "低保对象姓名、保障人数",
                "basis": basis,
                "time_limit": LIMIT,
                "subject": "示例县民政局",
                "channels": ["政府网站", "政务服务中心"],
                "audience": "特定群体",
                "mode": ["主动", "依申请"],
                "note": "公示7天",
            },
        ],
    }  # fmt: skip
    jsonschema.validate(result.data, CATALOG_SCHEMA)


def test_import_catalog_with_third_level_items_and_city_village_levels(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["一级事项", "二级事项", "三级事项", "公开内容", "公开依据", "公开时限", "公开主体",
             "公开渠道", "公开对象", "公开方式", "公开层级", None, None],
            [None, None, None, None, None, None, None, None, None, None, "市级", "县级", "村级"],
            ["就业服务", "招聘信息", "岗位信息", "岗位", "《就业促进法》", LIMIT, "县人社局",
             "政府网站", "全社会", "主动", "", "√", "√"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2",
         "J1:J2", "K1:M1"],
        "就业（市级）",
    )  # fmt: skip
    result = read(path)
    assert result.diagnostics == ()
    assert result.data is not None
    assert (result.data["domain"], result.data["level"]) == ("就业", "市级")
    [item] = result.data["items"]
    assert item["id"] == "JY-S-001"
    assert item["subname"] == "岗位信息"
    assert item["levels"] == ["县级", "村级"]
    assert (item["audience"], item["mode"]) == ("全社会", "主动")
    jsonschema.validate(result.data, CATALOG_SCHEMA)


def test_import_catalog_needs_category_and_name_columns(tmp_path: Path) -> None:
    path = workbook(
        tmp_path, [["一级事项", "公开内容", "公开依据"], ["低保", "x", "y"]], [], "社会救助县级"
    )
    [d] = read(path).diagnostics
    assert (d.code, d.line) == ("GK604", 1)
    assert "「二级事项」" in d.message("zh")


def test_import_catalog_without_domain_or_level_is_gk612(tmp_path: Path) -> None:
    path = workbook(
        tmp_path, [["一级事项", "二级事项", "公开主体"], ["低保", "文件", "民政局"]], [], "Sheet1"
    )
    result = read(path)
    assert result.data is None
    assert [d.code for d in result.diagnostics] == ["GK612"]


def test_import_catalog_with_no_header_names_catalog_columns(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["x"]], [], "Sheet1")
    [d] = read(path).diagnostics
    assert d.code == "GK603"
    assert "「一级事项」「二级事项」" in d.message("zh")


def test_to_channels_reads_boxes_and_plain_lists() -> None:
    assert to_channels("■政府网站 □政府公报 ■两微一端") == ["政府网站", "两微一端"]
    assert to_channels("政府网站、政务服务中心，便民服务站") == [
        "政府网站",
        "政务服务中心",
        "便民服务站",
    ]
    assert to_channels("") == []
