"""Power-list workbook import: layouts, 子项 expansion, malformed workbooks, row accounting."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import jsonschema
import openpyxl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from gkcat.diagnostics import RULES, Severity
from gkcat.importers.cells import to_basis, to_levels, to_power_type
from gkcat.importers.headers import find_header, match_field
from gkcat.importers.source_yaml import dump_source
from gkcat.importers.workbook import WorkbookImport, read_grid, read_power_workbook
from gkcat.load.project import load_schemas
from gkcat.model import Department, Registry

POWER_LIST_SCHEMA = load_schemas()["power-list"]
REGISTRY = Registry.of([Department("示例县民政局", ("县民政局", "民政局"), "县级")])
Row = Sequence[object]


def workbook(
    tmp_path: Path,
    rows: Sequence[Row],
    *,
    merges: Sequence[str] = (),
    title: str = "Sheet1",
    extra_sheets: Sequence[str] = (),
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for name in extra_sheets:
        book.create_sheet(name).append(["说明：本工作簿由权责清单系统导出"])
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cells in merges:
        sheet.merge_cells(cells)
    path = tmp_path / "powers.xlsx"
    book.save(path)
    return path


def read(path: Path, **kwargs: object) -> WorkbookImport:
    options: dict[str, object] = {"registry": REGISTRY, "region": "示例县", **kwargs}
    return read_power_workbook(path, file="powers.xlsx", **options)  # type: ignore[arg-type]


def codes(result: WorkbookImport) -> list[str]:
    assert result.data is not None, result.diagnostics
    return [p["code"] for p in result.data["powers"]]


def rows_of(result: WorkbookImport) -> set[int]:
    return {d.line for d in result.diagnostics if d.line is not None}


def assert_accounted(result: WorkbookImport) -> None:
    """Every non-empty data row is a power, a heading or a diagnostic: nothing silently lost."""
    s = result.stats
    assert s.rows == s.powers - s.synthesised + s.headings + s.rejected, s
    assert s.rejected == len(
        {d.line for d in result.diagnostics if d.code in ("GK605", "GK606", "GK607", "GK609")}
    )


# ------------------------------------------------------------------------------------- layouts


def test_import_one_row_header_reads_every_column(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            [
                "序号",
                "事项编码",
                "事项名称",
                "事项类型",
                "实施主体",
                "设定依据",
                "行使层级",
                "备注",
            ],
            [
                1,
                "4509xx-QR-0001",
                "最低生活保障对象认定",
                "行政确认",
                "县民政局",
                "1.《社会救助暂行办法》第十一条\n2.《最低生活保障审核确认办法》",
                "县级",
                "",
            ],
            [
                2,
                "4509xx-JF-0002",
                "最低生活保障金给付",
                "给付",
                "示例县民政局",
                "《社会救助暂行办法》第十二条",
                "省、市、县",
                None,
            ],
            [
                3,
                "4509xx-GG-0006",
                "最低生活保障申请受理",
                "公共服务",
                "各乡镇人民政府",
                "《社会救助暂行办法》",
                "乡镇（街道）",
                None,
            ],
        ],
    )
    result = read(path)
    [d] = result.diagnostics  # 各乡镇人民政府 is not in the test registry
    assert (d.code, d.line, dict(d.args)["value"]) == ("GK631", 4, "各乡镇人民政府")
    assert result.data == {
        "kind": "power-list",
        "schema_version": 1,
        "department": "示例县民政局",
        "region": "示例县",
        "powers": [
            {
                "code": "4509xx-QR-0001",
                "name": "最低生活保障对象认定",
                "type": "行政确认",
                "levels": ["县级"],
                "basis": ["《社会救助暂行办法》第十一条", "《最低生活保障审核确认办法》"],
            },
            {
                "code": "4509xx-JF-0002",
                "name": "最低生活保障金给付",
                "type": "行政给付",
                "levels": ["省级", "市级", "县级"],
                "basis": "《社会救助暂行办法》第十二条",
            },
            {
                "code": "4509xx-GG-0006",
                "name": "最低生活保障申请受理",
                "type": "公共服务",
                "levels": ["乡级"],
                "basis": "《社会救助暂行办法》",
                "department": "各乡镇人民政府",
            },
        ],
    }
    assert result.stats.rows == 3
    assert_accounted(result)


def test_import_two_row_merged_header_under_a_title_row(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["示例县民政局权责清单（2024年版）"],
            ["填报单位：示例县民政局", None, None, None, None, None, None, None, None, None],
            [
                "序号",
                "权责事项",
                None,
                "权力类型",
                "设定依据",
                "行使层级",
                None,
                None,
                None,
                "备注",
            ],
            [None, "基本编码", "事项名称", None, None, "省级", "市级", "县级", "乡级", None],
            [
                1,
                "4509xx-QR-0001",
                "最低生活保障对象认定",
                "行政确认",
                "《社会救助暂行办法》",
                None,
                None,
                "√",
                None,
                None,
            ],
            [
                2,
                "4509xx-QR-0002",
                "特困人员认定",
                "行政确认",
                "《社会救助暂行办法》",
                None,
                "√",
                "√",
                "",
                None,
            ],
        ],
        merges=["A1:J1", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:I3", "J3:J4"],
    )
    result = read(path)
    assert result.diagnostics == ()
    assert result.data is not None
    assert result.data["department"] == "示例县民政局"  # from the title row: no 实施主体 column
    assert codes(result) == ["4509xx-QR-0001", "4509xx-QR-0002"]
    assert [p["levels"] for p in result.data["powers"]] == [["县级"], ["市级", "县级"]]
    assert all(p["type"] == "行政确认" for p in result.data["powers"])
    assert_accounted(result)


def test_import_subitem_rows_get_their_parents_code(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "设定依据", "行使层级"],
            [
                "4509xx-XK-0001",
                "养老机构设立许可",
                None,
                "行政许可",
                "县民政局",
                "《养老机构管理办法》",
                "县级",
            ],
            [None, None, "新设立", None, None, None, None],
            [None, None, "变更", "同上", "同上", "《民政部关于养老机构变更的规定》", "县级"],
            # merged main cells over its 子项, and no main row of its own
            [
                "4509xx-XK-0002",
                "社会团体登记",
                "成立登记",
                "行政许可",
                "县民政局",
                "《社会团体登记管理条例》",
                "县级",
            ],
            [None, None, "注销登记", None, None, None, None],
            # a 子项 with its own code in a 子项编码-less sheet (code differs from the main's)
            ["4509xx-XK-0002-09", "社会团体登记", "变更登记", "行政许可", "县民政局", None, "县级"],
            ["4509xx-QR-0001", "最低生活保障对象认定", "无", "行政确认", "县民政局", None, "县级"],
        ],
        merges=["A5:A6", "B5:B6", "D5:D6", "E5:E6", "F5:F6", "G5:G6"],
    )
    result = read(path)
    assert result.diagnostics == ()
    assert result.data is not None
    powers = {p["code"]: p for p in result.data["powers"]}
    assert list(powers) == [
        "4509xx-XK-0001",
        "4509xx-XK-0001-01",
        "4509xx-XK-0001-02",
        "4509xx-XK-0002",
        "4509xx-XK-0002-01",
        "4509xx-XK-0002-02",
        "4509xx-XK-0002-09",
        "4509xx-QR-0001",
    ]
    assert powers["4509xx-XK-0001-01"] == {
        "code": "4509xx-XK-0001-01",
        "name": "新设立",
        "type": "行政许可",
        "levels": ["县级"],
        "basis": "《养老机构管理办法》",
        "parent": "4509xx-XK-0001",
    }
    assert powers["4509xx-XK-0001-02"]["basis"] == "《民政部关于养老机构变更的规定》"
    assert powers["4509xx-XK-0002"]["name"] == "社会团体登记"
    assert "parent" not in powers["4509xx-XK-0002"]
    assert powers["4509xx-XK-0002-02"]["parent"] == "4509xx-XK-0002"
    assert powers["4509xx-XK-0002-09"]["parent"] == "4509xx-XK-0002"
    assert "parent" not in powers["4509xx-QR-0001"]  # 子项「无」: a main item
    assert result.stats.subitems == 5
    assert result.stats.rows == 7
    assert_accounted(result)


def test_import_type_headings_give_the_type_of_the_rows_below(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["序号", "编码", "名称", "实施机关"],
            ["一、行政许可（共1项）"],
            [1, "4509xx-XK-0001", "养老机构设立许可", "县民政局"],
            ["二、行政确认"],
            [2, "4509xx-QR-0001", "最低生活保障对象认定", "县民政局"],
        ],
        merges=["A2:D2", "A4:D4"],
    )
    result = read(path)
    assert result.diagnostics == ()
    assert result.data is not None
    assert [p["type"] for p in result.data["powers"]] == ["行政许可", "行政确认"]
    assert result.stats.headings == 2
    assert_accounted(result)


# ------------------------------------------------------------------------------ malformed input


def test_import_missing_name_column_is_gk604_and_nothing_is_written(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["序号", "事项编码", "事项类型", "实施主体"],
            [1, "4509xx-QR-0001", "行政确认", "县民政局"],
        ],
    )
    result = read(path)
    assert result.data is None
    [d] = result.diagnostics
    assert (d.code, d.severity, d.line, d.pointer) == ("GK604", Severity.ERROR, 1, "/Sheet1/1")
    assert "「事项名称」" in d.message("zh")
    assert "职权名称" in d.message("zh")


def test_import_bad_rows_are_each_reported_with_sheet_and_row(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["示例县民政局权责清单"],
            ["事项编码", "事项名称", "事项类型", "实施主体", "行使层级"],
            ["4509xx-QR-0001", "最低生活保障对象认定", "行政确认", "县民政局", "县级"],
            ["4509xx-QR-0002", None, "行政确认", "县民政局", "县级"],
            [None, "特困人员认定", "行政确认", "县民政局", "县级"],
            ["4509xx-QR-0003", "临时救助对象认定", "许可证", "县民政局", "县级"],
            ["4509xx-QR-0001", "最低生活保障对象认定", "行政确认", "县民政局", "县级"],
            ["4509xx-QR-0004", "孤儿认定", None, "县民政局", "县级"],
            ["4509xx-QR-0005", "残疾人认定", "行政确认", "县民政局", "各级"],
            [None, None, None, None, None],
            ["注：本清单实行动态调整"],
        ],
        merges=["A1:E1", "A11:E11"],
        title="清单",
    )
    result = read(path)
    found = [(d.code, d.line, d.column, d.pointer) for d in result.diagnostics]
    assert found == [
        ("GK605", 4, 2, "/清单/4"),  # empty name
        ("GK605", 5, 1, "/清单/5"),  # empty code
        ("GK606", 6, 3, "/清单/6"),  # unknown type
        ("GK607", 7, 1, "/清单/7"),  # repeated code
        ("GK605", 8, 3, "/清单/8"),  # empty type
        ("GK608", 9, 5, "/清单/9"),  # unreadable levels: the power is kept without them
        ("GK609", 11, 1, "/清单/11"),  # footnote
    ]
    assert all(d.file == "powers.xlsx" for d in result.diagnostics)
    assert codes(result) == ["4509xx-QR-0001", "4509xx-QR-0005"]
    assert result.stats.rows == 8  # the empty row 10 is not data
    assert result.stats.rejected == 6
    assert_accounted(result)
    messages = {d.code: d.message("zh") for d in result.diagnostics}
    assert messages["GK605"].startswith("「")
    assert "许可证" in messages["GK606"]
    assert "第 3 行" in messages["GK607"]
    en = {d.code: d.message("en") for d in result.diagnostics}
    assert 'power type "许可证" is not recognised' in en["GK606"]


def test_import_rejects_files_that_are_not_workbooks(tmp_path: Path) -> None:
    text = tmp_path / "a.xlsx"
    text.write_text("事项编码,事项名称\n", encoding="utf-8")
    ole = tmp_path / "b.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    broken = tmp_path / "c.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    truncated = tmp_path / "d.xlsx"
    truncated.write_bytes(workbook(tmp_path, [["事项编码", "事项名称"]]).read_bytes()[:300])
    for path, words in (
        (text, "不是 Excel 工作簿"),
        (ole, "加密"),
        (broken, "已损坏"),
        (truncated, "已损坏"),
    ):
        result = read_power_workbook(path, file=path.name)
        assert result.data is None
        [d] = result.diagnostics
        assert (d.code, d.severity, d.file, d.line) == ("GK601", Severity.ERROR, path.name, 1)
        assert words in d.message("zh"), d.message("zh")


def test_import_without_a_header_row_is_gk603(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["民政局"], ["1", "2", "3"]], title="数据")
    [d] = read(path).diagnostics
    assert (d.code, d.pointer) == ("GK603", "/数据")
    assert "「数据」" in d.message("zh")


def test_import_picks_the_first_sheet_with_a_header_or_the_named_one(tmp_path: Path) -> None:
    rows = [
        ["事项编码", "事项名称", "事项类型", "实施主体"],
        ["A-1", "认定", "行政确认", "县民政局"],
    ]
    path = workbook(tmp_path, rows, title="清单", extra_sheets=["说明"])
    assert read(path).sheet == "清单"
    [d] = read(path, sheet="说明").diagnostics
    assert d.code == "GK603"
    [d] = read(path, sheet="清单1").diagnostics
    assert d.code == "GK602"
    assert "是否为「清单」" in d.message("zh")


def test_import_without_any_department_is_gk611_unless_given(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["事项编码", "事项名称", "事项类型"], ["A-1", "认定", "行政确认"]])
    result = read(path)
    assert result.data is None
    assert [d.code for d in result.diagnostics] == ["GK611"]
    given = read(path, department="县民政局")
    assert given.data is not None
    assert given.data["department"] == "示例县民政局"


def test_import_with_no_usable_row_is_gk610(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["事项编码", "事项名称", "事项类型"], ["A-1", "认定", "其他类型"]])
    result = read(path, department="县民政局")
    assert result.data is None
    assert [d.code for d in result.diagnostics] == ["GK606", "GK610"]


def test_every_import_rule_is_produced_by_some_test_here() -> None:
    here = Path(__file__).parent
    source = "".join(
        (here / name).read_text(encoding="utf-8")
        for name in [
            *sorted(p.name for p in here.glob("test_*import*.py")),
            "../../safety/test_bounds.py",
        ]
    )
    # GK650–GK669 (task plans) are checked by tests/unit/importers/test_task_rules.py
    ours = [c for c in RULES if c.startswith("GK6") and not "GK650" <= c <= "GK669"]
    missing = [c for c in ours if f'"{c}"' not in source and f"[{c}]" not in source]
    assert not missing, missing


_CELLS = st.sampled_from(
    [
        "",
        "",
        "",
        "事项编码",
        "事项名称",
        "子项名称",
        "事项类型",
        "实施主体",
        "行使层级",
        "同上",
        "无",
        "行政许可",
        "许可",
        "许可证",
        "县级",
        "各级",
        "A-1",
        "A-2",
        "A-1-01",
        "一、行政确认",
        "注：说明",
        "√",
        "县民政局",
        "权责事项",
    ]
) | st.text(max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 7).flatmap(
        lambda width: st.lists(st.lists(_CELLS, min_size=width, max_size=width), max_size=12)
    ),
    st.sets(st.integers(0, 11)),
)
def test_read_grid_never_raises_and_accounts_for_every_row(
    grid: list[list[str]], merged: set[int]
) -> None:
    grid = [[cell.strip() for cell in row] for row in grid]  # as cell_text() gives them
    merges = {(r, r + 1) for r in merged}
    result = read_grid(grid, merges, file="x.xlsx", sheet="S", department="县民政局")
    if result is None:
        return
    assert_accounted(result)
    if result.data is not None:
        codes = [p["code"] for p in result.data["powers"]]
        assert len(codes) == len(set(codes))
        assert all(p["code"] and p["name"] and p["type"] for p in result.data["powers"])
        jsonschema.validate(result.data, POWER_LIST_SCHEMA)


# ------------------------------------------------------------------------------- cells and YAML


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("行政许可", "行政许可"),
        ("许可", "行政许可"),
        ("行政处罚类", "行政处罚"),
        (" 公共服务事项 ", "公共服务"),
        ("其他", "其他行政权力"),
        ("其它行政权力", "其他行政权力"),
        ("许可证", None),
    ],
)
def test_to_power_type_accepts_short_and_long_forms(text: str, expected: str | None) -> None:
    assert to_power_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县级", ("县级",)),
        ("省、市、县", ("省级", "市级", "县级")),
        ("县（市、区）", ("县级",)),
        ("县级、乡镇（街道）", ("县级", "乡级")),
        ("全县", ("县级",)),
        ("各级", ()),
    ],
)
def test_to_levels_reads_level_lists(text: str, expected: tuple[str, ...]) -> None:
    assert to_levels(text) == expected


def test_to_basis_splits_numbered_lines() -> None:
    assert to_basis("1.《甲》\n2、《乙》\n\n（3）《丙》") == ["《甲》", "《乙》", "《丙》"]
    assert to_basis("《甲》第一条") == "《甲》第一条"


def test_header_synonyms_match_exactly_or_inside_long_names() -> None:
    assert match_field("事项编码（基本编码）") == "code"
    assert match_field("权责事项\n名称") == "name"
    assert match_field("*子项名称") == "subitem"
    assert match_field("设定依据及条款") == "basis"
    assert match_field("追责情形及依据") == "accountability"
    assert match_field("责任事项") == "duties"
    assert match_field("事项依据") == "basis"
    assert find_header([["标题"], ["1", "2"]], set()) is None


def test_dump_power_list_is_deterministic_and_reads_back(tmp_path: Path) -> None:
    data = {
        "kind": "power-list",
        "schema_version": 1,
        "department": "示例县民政局",
        "powers": [
            {"code": "0012", "name": "认定", "type": "行政确认", "levels": ["县级", "乡级"]},
            {"code": "0012-01", "name": "子项", "type": "行政确认", "parent": "0012"},
        ],
    }
    text = dump_source(data, schema_ref="../schemas/power-list.schema.json")
    assert text == dump_source(data, schema_ref="../schemas/power-list.schema.json")
    lines = text.decode("utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/power-list.schema.json"
    assert '  - code: "0012"' in lines
    assert "    levels: [县级, 乡级]" in lines
    assert '    parent: "0012"' in lines
    assert yaml.safe_load(text) == data
