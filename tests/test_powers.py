"""Power lists end to end: coverage numbers (hand-counted), the coverage and import commands."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.coverage import compute_coverage, worst_first
from gkcat.pipeline import load_project
from gkcat.report.coverage import coverage_json

from .conftest import ProjectFactory

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "coverage"

# The JSON contract of `gkcat coverage --format json` (issue #3).
CONTRACT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["version", "departments", "total"],
    "properties": {
        "version": {"const": 1},
        "departments": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["department", "powers", "must_cover", "covered", "ratio", "uncovered"],
                "properties": {
                    "department": {"type": "string", "minLength": 1},
                    "powers": {"type": "integer", "minimum": 0},
                    "must_cover": {"type": "integer", "minimum": 0},
                    "covered": {"type": "integer", "minimum": 0},
                    "ratio": {"type": "number", "minimum": 0, "maximum": 1},
                    "uncovered": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["code", "name", "type"],
                            "properties": {
                                "code": {"type": "string"},
                                "name": {"type": "string"},
                                "type": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
        "total": {
            "type": "object",
            "additionalProperties": False,
            "required": ["powers", "must_cover", "covered", "ratio"],
            "properties": {
                "powers": {"type": "integer"},
                "must_cover": {"type": "integer"},
                "covered": {"type": "integer"},
                "ratio": {"type": "number"},
            },
        },
    },
}

ITEM = """
  - id: {id}
    category: 最低生活保障
    name: 事项{id}
    content: 低保政策
    basis: 《社会救助暂行办法》（国务院令第649号）
    time_limit: 自信息形成或者变更之日起20个工作日内
    subject: {subject}
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    powers: {powers}
"""
CATALOG = """
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
items:
"""
CONFIG = """
schema_version: 1
departments:
  - name: 示例县民政局
    aliases: [县民政局, 民政局]
  - name: 示例县教育局
    aliases: [县教育局]
  - name: 示例县财政局
"""


def power_list(department: str, rows: list[tuple[str, str, str]], parents: dict[str, str]) -> str:
    text = f"kind: power-list\nschema_version: 1\ndepartment: {department}\npowers:\n"
    for code, name, kind in rows:
        text += f'  - code: "{code}"\n    name: {name}\n    type: {kind}\n'
        if code in parents:
            text += f'    parent: "{parents[code]}"\n'
    return text


@pytest.fixture
def counted(make_project: ProjectFactory) -> Path:
    """A project whose coverage was counted by hand (see test_coverage_matches_hand_count)."""
    items = [
        ("X-1", "示例县民政局", '["MZ-XK-1", "MZ-QR-1"]'),
        ("X-2", "县民政局", '["MZ-XK-2"]'),  # main item cited: both its 子项 are covered
        ("X-3", "示例县教育局", '["JY-XK-1-01"]'),  # one 子项 of two: the main stays uncovered
        ("X-4", "示例县教育局", '["JY-JC-1", "CZ-JF-1"]'),
    ]
    catalog = CATALOG + "".join(
        ITEM.format(id=i, subject=s, powers=p).lstrip("\n") for i, s, p in items
    )
    civil = power_list(
        "民政局",  # an alias: counted under the official name
        [
            ("MZ-XK-1", "许可一", "行政许可"),
            ("MZ-XK-2", "许可二", "行政许可"),
            ("MZ-XK-2-01", "许可二子项甲", "行政许可"),
            ("MZ-XK-2-02", "许可二子项乙", "行政许可"),
            ("MZ-QR-1", "确认一", "行政确认"),
            ("MZ-CF-1", "处罚一", "行政处罚"),
            ("MZ-JC-1", "检查一", "行政检查"),  # not must-cover by default
        ],
        {"MZ-XK-2-01": "MZ-XK-2", "MZ-XK-2-02": "MZ-XK-2"},
    )
    education = power_list(
        "示例县教育局",
        [
            ("JY-XK-1", "许可一", "行政许可"),
            ("JY-XK-1-01", "许可一子项甲", "行政许可"),
            ("JY-XK-1-02", "许可一子项乙", "行政许可"),
            ("JY-JC-1", "检查一", "行政检查"),
            ("JY-JL-1", "奖励一", "行政奖励"),
        ],
        {"JY-XK-1-01": "JY-XK-1", "JY-XK-1-02": "JY-XK-1"},
    )
    finance = power_list("示例县财政局", [("CZ-JF-1", "给付一", "行政给付")], {})
    return make_project(
        {
            "gkcat.yaml": CONFIG,
            "catalogs/social-assistance/county.yaml": catalog,
            "powers/civil-affairs.yaml": civil,
            "powers/education.yaml": education,
            "powers/finance.yaml": finance,
        }
    )


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# -------------------------------------------------------------------------------------- coverage


def test_coverage_matches_hand_count(counted: Path) -> None:
    # 示例县民政局: 7 powers, 6 must-cover (all but 检查一); covered: MZ-XK-1, MZ-QR-1 (cited),
    #   MZ-XK-2 (cited) and its two 子项 (main cited) = 5; uncovered: MZ-CF-1.
    # 示例县教育局: 5 powers, 3 must-cover (the 许可 and its 子项); covered: JY-XK-1-01 only.
    # 示例县财政局: 1 power, 1 must-cover, cited by X-4.
    assert coverage_json(api.coverage(counted).coverage) == {
        "version": 1,
        "departments": [
            {
                "department": "示例县教育局",
                "powers": 5,
                "must_cover": 3,
                "covered": 1,
                "ratio": 0.3333,
                "uncovered": [
                    {"code": "JY-XK-1", "name": "许可一", "type": "行政许可"},
                    {"code": "JY-XK-1-02", "name": "许可一子项乙", "type": "行政许可"},
                ],
            },
            {
                "department": "示例县民政局",
                "powers": 7,
                "must_cover": 6,
                "covered": 5,
                "ratio": 0.8333,
                "uncovered": [{"code": "MZ-CF-1", "name": "处罚一", "type": "行政处罚"}],
            },
            {
                "department": "示例县财政局",
                "powers": 1,
                "must_cover": 1,
                "covered": 1,
                "ratio": 1.0,
                "uncovered": [],
            },
        ],
        "total": {"powers": 13, "must_cover": 10, "covered": 7, "ratio": 0.7},
    }


def test_coverage_all_subitems_cited_covers_their_main(counted: Path) -> None:
    catalog = counted / "catalogs/social-assistance/county.yaml"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace('["JY-XK-1-01"]', '["JY-XK-1-01", "JY-XK-1-02"]'), "utf-8")
    education = coverage_json(api.coverage(counted).coverage)["departments"][0]
    assert (education["covered"], education["uncovered"]) == (3, [])


def test_coverage_must_cover_comes_from_gkcat_yaml(counted: Path) -> None:
    config = counted / "gkcat.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "must_cover: [行政检查]\n", "utf-8")
    report = coverage_json(api.coverage(counted).coverage)
    assert report["total"] == {"powers": 13, "must_cover": 2, "covered": 1, "ratio": 0.5}


def test_coverage_worst_departments_come_first(counted: Path) -> None:
    loaded = load_project(counted)
    order = worst_first(compute_coverage(loaded.project, loaded.settings))
    assert [d.department for d in order] == ["示例县教育局", "示例县民政局", "示例县财政局"]


def test_coverage_of_the_sample_project_matches_the_hand_counted_fixture() -> None:
    report = coverage_json(api.coverage(ROOT).coverage)
    jsonschema.validate(report, CONTRACT)
    expected = json.loads((FIXTURES / "sample.json").read_text(encoding="utf-8"))
    assert report == expected
    assert report["total"]["powers"] >= 40
    assert len(report["departments"]) >= 4


def test_cli_coverage_json_equals_the_api_result(runner: CliRunner, counted: Path) -> None:
    code, out, err = run(runner, "coverage", "--format", "json", "-C", str(counted))
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, CONTRACT)
    assert data == coverage_json(api.coverage(counted).coverage)


def test_cli_coverage_text_is_a_table_worst_first(runner: CliRunner, counted: Path) -> None:
    code, out, err = run(runner, "coverage", "-C", str(counted))
    assert code == 0, err
    assert "权责清单覆盖情况" in out
    assert out.index("示例县教育局") < out.index("示例县民政局") < out.index("示例县财政局")
    for cell in ("33.3%", "83.3%", "100.0%", "70.0%", "合计"):
        assert cell in out, out
    assert "JY-XK-1-02  许可一子项乙（行政许可）" in out
    code, out, err = run(runner, "coverage", "--lang", "en", "-C", str(counted))
    assert code == 0, err
    assert "Power-list coverage" in out
    assert "total" in out


def test_cli_coverage_warns_when_the_project_has_errors(runner: CliRunner, counted: Path) -> None:
    (counted / "powers/broken.yaml").write_text("kind: [", encoding="utf-8")
    code, _, err = run(runner, "coverage", "-C", str(counted))
    assert code == 0, err
    assert "统计可能不完整" in err


def test_cli_coverage_with_a_broken_config_exits_2(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({"gkcat.yaml": "must_cover: [行政许可证]\n"})
    code, _, err = run(runner, "coverage", "-C", str(root))
    assert code == 2
    assert "GK901" in err


def test_validate_reports_gk405_for_the_hand_counted_project(counted: Path) -> None:
    found = {(d.code, d.item) for d in api.validate(counted).diagnostics}
    assert found == {
        ("GK405", "MZ-CF-1"),
        ("GK405", "JY-XK-1"),
        ("GK405", "JY-XK-1-02"),
        ("GK403", "X-4"),  # 示例县教育局 discloses 示例县财政局's CZ-JF-1
    }


# ---------------------------------------------------------------------------------------- import


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADER = ["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "行使层级"]


def test_cli_import_writes_a_source_that_validates(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({"gkcat.yaml": CONFIG})
    book = _workbook(
        root / "民政局.xlsx",
        [
            HEADER,
            ["MZ-XK-1", "许可一", None, "行政许可", "县民政局", "县级"],
            [None, None, "子项甲", None, None, None],
        ],
    )
    out = root / "powers" / "civil-affairs.yaml"
    code, stdout, err = run(runner, "import", str(book), "--out", str(out), "-C", str(root))
    assert code == 0, err
    assert stdout == ""
    assert "导入 2 个权责事项（含 1 个子项）" in err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/power-list.schema.json\n")
    assert 'parent: "MZ-XK-1"' in text
    codes = {d.code for d in api.validate(root).diagnostics}
    assert codes <= {"GK405"}, codes  # schema-valid; nothing cites the powers yet
    code, again, err = run(runner, "import", str(book), "-C", str(root))
    assert code == 0, err
    assert again == text  # without --out the YAML goes to stdout, byte for byte the same


def test_cli_import_reports_bad_rows_and_exits_1(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({})
    book = _workbook(
        root / "清单.xlsx",
        [HEADER, ["MZ-XK-1", "许可一", None, "行政许可", "县民政局", "县级"], ["MZ-XK-2", None]],
    )
    code, out, err = run(runner, "import", str(book), "-C", str(root))
    assert code == 1
    assert "清单.xlsx:3:2: error[GK605] 「事项名称」为空，该行未导入（MZ-XK-2） (/Sheet/3)" in err
    assert "MZ-XK-1" in out


@pytest.mark.parametrize(
    "content", [b"", b"not a workbook", b"\xd0\xcf\x11\xe0" + b"\0" * 100, b"PK\x03\x04broken"]
)
def test_cli_import_of_a_malformed_workbook_is_a_diagnostic_not_a_traceback(
    runner: CliRunner, make_project: ProjectFactory, content: bytes
) -> None:
    root = make_project({"bad.xlsx": content})
    code, out, err = run(runner, "import", str(root / "bad.xlsx"), "-C", str(root))
    assert code == 1
    assert "error[GK601]" in err
    assert out == ""


def test_cli_import_usage_errors_exit_2(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({})
    book = _workbook(root / "a.xlsx", [HEADER])
    code, _, err = run(runner, "import", str(book), "--kind", "tasks", "-C", str(root))
    assert code == 2
    code, _, err = run(runner, "import", str(root / "missing.xlsx"), "-C", str(root))
    assert (code, "no such file" in err) == (2, True)


def test_cli_import_catalog_round_trips_through_validate(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({"gkcat.yaml": CONFIG})
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "社会救助（县级）"
    sheet.append(["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
                  "公开渠道和载体", "公开对象", "公开方式"])  # fmt: skip
    sheet.append(["低保", "政策文件", "法规", "《社会救助暂行办法》（国务院令第649号）",
                  "自信息形成或者变更之日起20个工作日内", "县民政局", "■政府网站 □政府公报",
                  "全社会", "主动"])  # fmt: skip
    book.save(root / "目录.xlsx")
    out = root / "catalogs" / "social-assistance" / "county.yaml"
    code, _, err = run(
        runner, "import", str(root / "目录.xlsx"), "--kind", "catalog", "-o", str(out),
        "-C", str(root),
    )  # fmt: skip
    assert code == 0, err
    assert "导入 1 个公开事项" in err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/catalog.schema.json")
    assert "  - id: SHJZ-X-001\n" in text
    assert api.validate(root).diagnostics == ()


def test_power_commands_have_help_with_an_example(runner: CliRunner) -> None:
    for command in ("coverage", "import"):
        code, out, err = run(runner, command, "--help")
        assert code == 0, err
        assert "Example:" in out
