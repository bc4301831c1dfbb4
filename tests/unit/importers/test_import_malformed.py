"""Malformed tables and the import command: diagnostics at sheet/row/column, exit 1, summaries."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from gkcat.cli import app

from .import_samples import (
    DISTRICT,
    GUIDELINE,
    HEADINGS,
    SAMPLE,
    X_CATEGORIES,
    ask,
    catalog,
    read_import,
)

HEADER = ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", None, "公开方式"]  # fmt: skip
SUBHEADER = [None, None, None, None, None, None, None, "全社会", "特定群体", None]
TICKED = ["《社会救助暂行办法》", "20个工作日内", "县民政局"]


def book(
    path: Path, rows: list[list[object]], merges: tuple[str, ...] = (), title: str = "表"
) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    wb.save(path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_malformed_rows_are_reported_at_sheet_row_and_column(tmp_path: Path) -> None:
    path = book(
        tmp_path / "bad.xlsx",
        [
            ["社会救助领域基层政务公开标准目录（县级）"],
            HEADER,
            SUBHEADER,
            ["低保", "政策文件", "政策", *TICKED, "■政府网站", "√", None, "主动"],
            ["低保", None, "缺名称", *TICKED, "■政府网站", "√", None, "主动"],
            ["低保", "结果公示", "名单", *TICKED, "■政府网站□政府网站", "√", None, "主动"],
            ["低保", "办事指南", "指南", *TICKED, "■政府网站", "待定", None, "主动"],
        ],
        ("A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:I2", "J2:J3"),
    )  # fmt: skip
    result = read_import(path, file="bad.xlsx", request=catalog(), settings=SAMPLE)
    assert [(d.code, d.line, d.column, d.pointer) for d in result.diagnostics] == [
        ("GK605", 5, 2, "/表/5"),  # a row with no name
        ("GK634", 6, 7, "/表/6"),  # 政府网站 ticked and unticked
        ("GK633", 7, 8, "/表/7"),  # 待定 is no tick
    ]
    messages = [d.message("zh") for d in result.diagnostics]
    assert "「二级事项」为空" in messages[0]
    assert "「政府网站」既被勾选又未被勾选" in messages[1]
    assert "「公开对象」列的「待定」不是勾选标记" in messages[2]
    assert result.data is not None
    assert [item["name"] for item in result.data["items"]] == ["政策文件"]
    assert (result.stats.rows, result.stats.powers, result.stats.rejected) == (4, 1, 3)


def test_no_header_and_no_level_fail_with_exit_1_and_write_nothing(tmp_path: Path) -> None:
    empty = book(tmp_path / "empty.xlsx", [["附件1"], ["说明文字"]])
    out = tmp_path / "out.yaml"
    code, _stdout, err = run(
        "import", str(empty), "--kind", "catalog", "-o", str(out), "-C", str(tmp_path)
    )
    assert code == 1
    assert "empty.xlsx:1:1: error[GK603]" in err
    assert "未写入任何内容" in err
    assert "导入" not in err.replace("未导入", "")
    assert not out.exists()
    titled = GUIDELINE.save(tmp_path)  # its title names no level
    code, _, err = run(
        "import",
        str(titled),
        "--kind",
        "catalog",
        "-o",
        str(out),
        "--lang",
        "en",
        "-C",
        str(tmp_path),
    )
    assert code == 1
    assert "error[GK612]" in err
    assert "pass --level" in err
    assert "no source was produced" in err
    assert "items imported" not in err
    assert not out.exists()


def test_out_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = GUIDELINE.save(tmp_path)
    out = tmp_path / "catalogs" / "social-assistance" / "county.yaml"
    out.parent.mkdir(parents=True)
    out.write_text("kept", encoding="utf-8")
    args = ("import", str(path), "--kind", "catalog", "-o", str(out), "-C", str(tmp_path))
    code, _, err = run(*args)
    assert code == 1
    assert "error[GK637]" in err
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == "kept"
    code, _, err = run(*args, "--force", "--version", "2024.1", "--effective", "2024-03-01")
    assert code == 0, err
    assert "2 行数据：导入 2 个公开事项，0 行未导入" in err  # the level came from the path
    assert "level: 县级" in out.read_text(encoding="utf-8")


def test_missing_version_and_effective_are_asked_for(tmp_path: Path) -> None:
    path = GUIDELINE.save(tmp_path)
    request = ask("catalog", level="县级")
    result = read_import(path, file=path.name, request=request, settings=SAMPLE)
    assert [(d.code, dict(d.args)["option"]) for d in result.diagnostics] == [
        ("GK632", "--version"),
        ("GK632", "--effective"),
    ]
    assert result.data is not None
    assert "version" not in result.data


def test_power_list_summary_counts_generated_codes(tmp_path: Path) -> None:
    path = DISTRICT.save(tmp_path)
    out = tmp_path / "powers" / "fgj.yaml"
    code, _, err = run("import", str(path), "-o", str(out), "-C", str(tmp_path))
    assert code == 0, err
    assert "error" not in err
    assert "info[GK635]" in err
    assert "info[GK636]" in err
    assert "4 个事项编码由导入生成" in err
    assert "导入 4 个权责事项（含 0 个子项），2 个分类行，0 行未导入" in err
    assert '"FGJ-XK-0001"' in out.read_text(encoding="utf-8")  # the prefix from the file name


def test_power_row_without_name_and_list_without_department(tmp_path: Path) -> None:
    rows = [list(r) for r in HEADINGS.rows[1:]]  # without the title naming the department
    rows.append([4, "4509xx-JL-0304", None, "行政奖励", "县级", None])
    path = book(tmp_path / "p.xlsx", rows)
    request = ask("power-list")
    result = read_import(path, file="p.xlsx", request=request, settings=SAMPLE)
    assert [(d.code, d.line, d.column) for d in result.diagnostics] == [
        ("GK605", 7, 3),
        ("GK611", 1, 1),
    ]
    assert result.data is None


def test_extra_columns_and_renamed_types_are_reported(tmp_path: Path) -> None:
    result = X_CATEGORIES.read(tmp_path)
    [kept] = result.diagnostics
    assert (kept.code, kept.line, kept.column) == ("GK638", 1, 6)
    assert "「办理时限」" in kept.message("zh")
    rows = [["一级事项", "二级事项", "公开主体", "科室"], ["低保", "文件", "县民政局", "低保股"]]
    path = book(tmp_path / "c.xlsx", rows, title="社会救助县级")
    found = read_import(path, file="c.xlsx", request=catalog(), settings=SAMPLE).diagnostics
    assert [(d.code, d.column) for d in found] == [("GK639", 4)]
    rows = [
        ["示例县民政局权责清单"],
        ["编码", "事项名称", "权力类型"],
        ["A-1", "殡葬服务", "行政审批"],
    ]
    path = book(tmp_path / "r.xlsx", rows)
    found = read_import(path, file="r.xlsx", request=ask(), settings=SAMPLE).diagnostics
    assert [(d.code, d.line, d.column) for d in found] == [("GK636", 3, 3)]


def test_region_option_and_english_messages(tmp_path: Path) -> None:
    path = GUIDELINE.save(tmp_path)
    request = catalog(level="县级", region="示例市")
    result = read_import(path, file=path.name, request=request, settings=SAMPLE)
    assert result.data is not None
    assert result.data["region"] == "示例市"
    code, _, err = run(
        "import", str(path), "--kind", "catalog", "--lang", "en", "-C", str(tmp_path)
    )
    assert code == 1
    assert 'cannot tell the level of sheet "Sheet1": pass --level' in err
    code, stdout, err = run(
        "import",
        str(path),
        "--kind",
        "catalog",
        "--level",
        "县",
        "--lang",
        "en",
        "-C",
        str(tmp_path),
    )
    assert code == 0, err
    assert "level: 县级" in stdout
    assert "the table gives no version" in err
    assert "2 data rows: 2 items imported, 0 rows not imported" in err


def test_local_domains_are_reported_and_unknown_levels_refused(tmp_path: Path) -> None:
    path = GUIDELINE.save(tmp_path)
    request = catalog(domain="营商环境", level="县级")
    result = read_import(path, file=path.name, request=request, settings=SAMPLE)
    assert result.data is not None
    assert result.data["domain"] == "营商环境"
    [d] = result.diagnostics
    assert (d.code, dict(d.args)["entry"]) == ("GK640", "- 营商环境")
    refused = read_import(path, file=path.name, request=catalog(level="区县"), settings=SAMPLE)
    assert refused.data is None
    [d] = refused.diagnostics
    assert d.code == "GK641"
    assert d.message("zh") == "--level 的值「区县」无法识别（层级可写作 县级、县 或 county）"
    request = ask("catalog", level="县级", effective="2024年3月1日")
    result = read_import(path, file=path.name, request=request, settings=SAMPLE)
    assert result.data is not None
    assert result.data["effective"] == "2024-03-01"
    request = ask("catalog", level="县级", effective="三月一日")
    [d] = read_import(path, file=path.name, request=request, settings=SAMPLE).diagnostics
    assert (d.code, dict(d.args)["option"]) == ("GK641", "--effective")


def test_an_unwritable_out_is_a_diagnostic_not_a_traceback(tmp_path: Path) -> None:
    path = GUIDELINE.save(tmp_path)
    blocker = tmp_path / "catalogs"
    blocker.write_text("a file where a directory should be", encoding="utf-8")
    out = blocker / "social-assistance" / "county.yaml"
    code, _, err = run(
        "import", str(path), "--kind", "catalog", "-o", str(out), "-C", str(tmp_path)
    )
    assert code == 1
    assert "error[GK642]" in err
    assert "因上述错误没有生成源文件" in err


def test_a_column_without_header_is_kept_not_dropped(tmp_path: Path) -> None:
    rows = [
        ["示例县民政局权责清单"],
        ["事项编码", "事项名称", "事项类型", None],
        ["4509xx-QR-0001", "特困人员认定", "行政确认", "县级初审"],
    ]
    path = book(tmp_path / "h.xlsx", rows)
    result = read_import(path, file="h.xlsx", request=ask(), settings=SAMPLE)
    assert result.data is not None
    assert result.data["powers"][0]["extra"] == {"第4列": "县级初审"}
    assert [(d.code, d.column) for d in result.diagnostics] == [("GK638", 4)]
