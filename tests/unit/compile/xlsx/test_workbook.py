"""The catalog workbook: goldens, determinism, text-not-formula, layout helpers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gkcat.compile.xlsx.catalog_sheet import catalog_columns, channel_text
from gkcat.compile.xlsx.layout import file_name, line_count, pack, sheet_name, text_width
from gkcat.compile.xlsx.pack import document_stamp
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.pipeline import load_project
from gkcat.settings import Options
from tests.xlsx_dump import dump_workbook

TESTS = Path(__file__).resolve().parents[3]
FIXTURE = TESTS / "fixtures" / "xlsx-project"
GOLDEN = TESTS / "golden"
MAIN = "样例县基层政务公开标准目录（2024年版）.xlsx"


def compiled(options: Options | None = None) -> dict[str, bytes]:
    loaded = load_project(FIXTURE, options=options)
    # warnings only: the fixture leaves one must-cover power uncovered on purpose (覆盖情况)
    assert all(d.severity.label == "warning" for d in loaded.diagnostics), loaded.diagnostics
    return compile_workbooks(loaded.project, loaded.settings)


def check_golden(name: str, data: bytes, update: bool) -> None:
    golden = GOLDEN / name / "workbook.yaml"
    actual = dump_workbook(data)
    if update:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing (run pytest --update-golden)"
    assert actual == golden.read_text(encoding="utf-8")


def test_workbook_matches_golden(update_golden: bool) -> None:
    check_golden("xlsx-catalog", compiled()[MAIN], update_golden)


def test_department_workbook_matches_golden(update_golden: bool) -> None:
    outputs = compiled(Options(split_by="department"))
    check_golden("xlsx-department", outputs["分部门/样例县民政局.xlsx"], update_golden)


def test_split_by_department_writes_one_workbook_per_subject() -> None:
    outputs = compiled(Options(split_by="department"))
    assert sorted(outputs) == [
        "分部门/各乡镇人民政府.xlsx",
        "分部门/样例县人力资源和社会保障局.xlsx",
        "分部门/样例县民政局.xlsx",
        MAIN,
    ]
    wb = load_workbook(io.BytesIO(outputs["分部门/样例县人力资源和社会保障局.xlsx"]))
    assert wb.sheetnames == ["目录", "就业（乡级）", "责任分工", "覆盖情况", "2024年任务分解"]
    assert wb["就业（乡级）"]["D5"].value == "@就业困难人员认定条件和援助措施"
    # only the department's own tasks, with their numbers in the whole plan
    tasks = [row[1:] for row in wb["2024年任务分解"].iter_rows(min_row=4, values_only=True)]
    assert tasks == [
        ("2.按季度公开就业补贴发放情况。", "样例县人力资源和社会保障局", "每季度"),
        ("3.更新发布就业创业政策清单。", "样例县人力资源和社会保障局", "2024年6月底前"),
    ]


def test_workbook_without_split_has_only_the_main_file() -> None:
    assert list(compiled()) == [MAIN]


def test_workbook_sheets_are_index_catalogs_breakdown_statistics_coverage() -> None:
    wb = load_workbook(io.BytesIO(compiled()[MAIN]))
    assert wb.sheetnames == [
        "目录",
        "社会救助（县级）",
        "就业（乡级）",
        "责任分工",
        "统计",
        "覆盖情况",
    ]
    link = wb["目录"]["D4"]
    assert link.hyperlink.location == "'社会救助（县级）'!A1"


def test_compiling_twice_gives_identical_bytes() -> None:
    first, second = (
        compiled(Options(split_by="department")),
        compiled(Options(split_by="department")),
    )
    assert first == second


def test_workbook_zip_entries_carry_the_document_stamp() -> None:
    data = compiled()[MAIN]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 3, 1, 0, 0, 0)}
    props = load_workbook(io.BytesIO(data)).properties
    assert props.created == props.modified
    assert props.modified.isoformat() == "2024-03-01T00:00:00"


def test_build_time_setting_overrides_the_derived_stamp() -> None:
    from datetime import datetime

    data = compiled(Options(build_time=datetime(2025, 1, 2, 3, 4, 5)))[MAIN]
    assert load_workbook(io.BytesIO(data)).properties.modified == datetime(2025, 1, 2, 3, 4, 5)


def test_formula_like_catalog_text_is_written_as_text() -> None:
    data = compiled()[MAIN]
    wb = load_workbook(io.BytesIO(data))
    cell = wb["社会救助（县级）"]["E7"]
    assert cell.value == '=HYPERLINK("http://example.invalid","点击查看")'
    assert cell.data_type == "s"
    assert cell.quotePrefix
    for coordinate, value in (("E5", "-招聘单位"), ("E6", "@就业困难")):
        other = wb["就业（乡级）"][coordinate]
        assert other.data_type == "s"
        assert str(other.value).startswith(value)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) for n in sheets)


def test_hyperlink_formula_in_any_field_comes_out_as_text(make_project) -> None:
    formula = '=HYPERLINK("http://evil.invalid","点此")'
    root = make_project(
        {
            "catalogs/employment/county.yaml": f"""
        kind: catalog
        schema_version: 1
        domain: 就业
        level: 县级
        items:
          - id: A-1
            category: '{formula}'
            name: '{formula}'
            content: '{formula}'
            basis: '{formula}'
            time_limit: '{formula}'
            subject: '{formula}'
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            note: '{formula}'
        """
        }
    )
    loaded = load_project(root)
    data = next(iter(compile_workbooks(loaded.project, loaded.settings).values()))
    wb = load_workbook(io.BytesIO(data))
    found = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == formula]
    assert len(found) >= 9  # every catalog field, on the catalog and 责任分工 sheets
    assert all(c.data_type == "s" for c in found)


def test_control_characters_are_dropped_rather_than_crashing(make_project) -> None:
    root = make_project(
        {
            "catalogs/employment/county.yaml": """
        kind: catalog
        schema_version: 1
        domain: 就业
        level: 县级
        items:
          - id: A-1
            category: 就业服务
            name: "岗位\\x0b信息"
            content: 内容
            basis: 依据
            time_limit: 实时
            subject: 县人社局
            channels: [政府网站]
            audience: 全社会
            mode: 主动
        """
        }
    )
    loaded = load_project(root)
    data = next(iter(compile_workbooks(loaded.project, loaded.settings).values()))
    assert load_workbook(io.BytesIO(data))["就业（县级）"]["C5"].value == "岗位信息"


def test_every_catalog_sheet_has_one_column_set() -> None:
    from dataclasses import replace

    loaded = load_project(FIXTURE)
    catalogs = loaded.project.catalogs
    township = [c for c in catalogs if c.id == "employment/township"]
    shared = [c.header for c in catalog_columns(catalogs, loaded.settings)]
    alone = [c.header for c in catalog_columns(township, loaded.settings)]
    assert {"三级事项", "村级", "备注"} <= set(shared)  # used by social-assistance/county only
    assert not {"三级事项", "村级"} & set(alone)
    assert alone[-3:] == ["县级", "乡级", "备注"]  # 备注 always, by default
    never = replace(loaded.settings, note_column="never")
    assert "备注" not in [c.header for c in catalog_columns(catalogs, never)]
    wb = load_workbook(io.BytesIO(compiled()[MAIN]))
    headers = {
        name: [wb[name].cell(row=4, column=c).value for c in range(1, len(shared) + 1)]
        for name in ("社会救助（县级）", "就业（乡级）")
    }
    assert headers["社会救助（县级）"] == headers["就业（乡级）"]
    assert wb["就业（乡级）"].max_column == len(shared)


def test_channel_text_ticks_chosen_and_lists_the_whole_vocabulary() -> None:
    loaded = load_project(FIXTURE)
    item = loaded.project.catalogs[0].items[0]
    text = channel_text(item, loaded.settings)
    boxes = text.replace("\n", " ").split(" ")
    assert len(boxes) == len(loaded.settings.channels)
    assert {b[1:] for b in boxes if b.startswith("■")} == set(item.channels)


def test_channel_text_in_list_style_names_only_the_chosen() -> None:
    from dataclasses import replace

    loaded = load_project(FIXTURE)
    item = loaded.project.catalogs[0].items[0]
    settings = replace(loaded.settings, channel_style="list")
    assert channel_text(item, settings) == "\n".join(item.channels)


def test_text_width_counts_cjk_double() -> None:
    assert text_width("abc") == 3
    assert text_width("政府网站") == 8
    assert text_width("■政府A") == 7


def test_line_count_wraps_by_display_width() -> None:
    assert line_count("政府网站", 20) == 1
    assert line_count("政" * 20, 11.5) == 4
    assert line_count("a\nb\nc", 10) == 3


def test_pack_breaks_only_between_words() -> None:
    assert pack(["■政府网站", "□政府公报", "□两微一端"], 21) == "■政府网站 □政府公报\n□两微一端"


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("社会救助（县级）", "社会救助（县级）"),
        ("a/b\\c[d]:e*f?g", "a_b_c_d__e_f_g"),
        ("很长" * 20, "很长" * 15 + "很"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("History", "History(2)"),
    ],
)
def test_sheet_name_is_valid_for_excel(wanted: str, expected: str) -> None:
    assert sheet_name(wanted, set()) == expected


def test_sheet_name_is_unique_ignoring_case_and_stays_short() -> None:
    taken: set[str] = set()
    names = [sheet_name(n, taken) for n in ("Data", "DATA", "data", "长" * 40, "长" * 40)]
    assert names[:3] == ["Data", "DATA(2)", "data(3)"]
    assert len({n.lower() for n in names}) == 5
    assert all(len(n) <= 31 for n in names)


def test_file_name_replaces_characters_windows_rejects() -> None:
    assert file_name('a/b:c*?"<>|', "x") == "a_b_c______"
    assert file_name(" . ", "fallback") == "fallback"


def test_document_stamp_without_dates_is_fixed(make_project) -> None:
    root = make_project({})
    loaded = load_project(root)
    assert document_stamp(loaded.project, loaded.settings).year == 2000
