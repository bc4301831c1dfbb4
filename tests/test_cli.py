"""End to end through the CLI: exit codes, formats, and bad input that never makes a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from gkcat import api, vocab
from gkcat.cli import COMMANDS, app
from gkcat.report.json import validate_json

from .conftest import ProjectFactory

FIXTURES = Path(__file__).parent / "fixtures"
CAT = "catalogs/social-assistance/county.yaml"
GOOD = """
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
items:
  - id: SHJZ-X-001
    category: 最低生活保障
    name: 政策法规文件
    content: 低保政策
    basis: 《社会救助暂行办法》（国务院令第649号）
    time_limit: 自信息形成或者变更之日起20个工作日内
    subject: 示例县民政局
    channels: [政府网站]
    audience: 全社会
    mode: 主动
"""


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def many_errors(n: int) -> str:
    """A catalog with ``n`` items whose channel is misspelt (n errors of GK315)."""
    item = GOOD.split("items:\n", 1)[1].replace("SHJZ-X-001", "SHJZ-X-{i:03d}")
    item = item.replace("政策法规文件", "文件{i}").replace("[政府网站]", "[政府网占]")
    return (
        GOOD.split("items:\n", 1)[0]
        + "items:\n"
        + "".join(item.replace("{i:03d}", f"{i:03d}").replace("{i}", str(i)) for i in range(n))
    )


def test_every_command_has_help(runner: CliRunner) -> None:
    commands = [entry.name for entry in COMMANDS if entry.name != "plan"]
    assert {"validate", "build", "diff", "schema", "init", "new", "coverage", "import"} <= set(
        commands
    )
    for command in commands:
        code, out, err = run(runner, command, "--help")
        assert code == 0, err
        assert "Example:" in out, f"{command} --help lacks an example:\n{out}"


def test_sample_project_validates_clean_even_when_strict(runner: CliRunner) -> None:
    code, out, err = run(runner, "validate", "--strict", "-C", str(Path(__file__).parents[1]))
    assert code == 0, out + err
    assert "0 个错误，0 个警告" in err


def test_text_report_goes_to_stderr_with_file_line_column(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD.replace("[政府网站]", "[政府网占]")})
    code, out, err = run(runner, "validate", "-C", str(root))
    assert code == 1
    assert out == ""
    assert f"{CAT}:13:16: error[GK315]" in err
    assert "是否为「政府网站」" in err
    code, _, err = run(runner, "validate", "-C", str(root), "--lang", "en")
    assert 'did you mean "政府网站"?' in err
    assert "1 error(s)" in err


def test_json_report_matches_the_contract_and_the_api(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD.replace("mode: 主动", "mode: 主动\n    mode: 依申请")})
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report == validate_json(api.validate(root))
    assert report["version"] == 1
    assert set(report["summary"]) == {"files", "items", "errors", "warnings"}
    (d,) = report["diagnostics"]
    assert set(d) == {
        "code",
        "severity",
        "file",
        "line",
        "column",
        "pointer",
        "item",
        "message",
        "fixable",
    }
    assert (d["code"], d["severity"], d["file"], d["line"], d["pointer"], d["item"]) == (
        "GK102",
        "error",
        CAT,
        16,
        "/items/0/mode",
        "SHJZ-X-001",
    )


def test_sarif_report_validates_against_the_sarif_schema(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: many_errors(3).replace("国务院令第649号", "国务院令第492号")})
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"GK315", "GK316"}
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == CAT
    assert location["region"]["startLine"] >= 1


def test_junit_report_is_xml_with_a_suite_per_file(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    root = make_project(
        {
            CAT: many_errors(2),
            "catalogs/other/county.yaml": GOOD.replace("SHJZ-X-001", "QT-X-001").replace(
                "社会救助", "就业"
            ),
        }
    )
    out_file = tmp_path / "junit.xml"
    code, _, _ = run(runner, "validate", "-C", str(root), "--format", "junit", "-o", str(out_file))
    assert code == 1
    tree = ET.parse(out_file).getroot()
    suites = {s.get("name"): s for s in tree.iter("testsuite")}
    assert set(suites) == {CAT, "catalogs/other/county.yaml"}
    assert suites[CAT].get("failures") == "2"
    assert len(suites[CAT].findall("testcase/failure")) == 2
    assert suites["catalogs/other/county.yaml"].get("failures") == "0"


def test_github_format_caps_annotations_and_writes_a_step_summary(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project({CAT: many_errors(30)})
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "github")
    assert code == 1
    lines = out.splitlines()
    annotations = [line for line in lines if line.startswith("::error ")]
    assert len(annotations) == 10
    assert annotations[0].startswith(f"::error file={CAT},line=")
    assert ",title=GK315::" in annotations[0]
    plain = [line for line in lines if line.startswith(f"{CAT}:")]
    assert len(plain) == 20
    assert lines[-1].startswith("::notice title=gkcat::")
    assert "20" in lines[-1]
    text = summary.read_text(encoding="utf-8")
    assert "30 个错误" in text
    assert text.count("| GK315 |") == 30


BAD_INPUTS = {
    "gb18030": ("kind: catalog\ndomain: 社会救助\n".encode("gb18030"), "GK103"),
    "duplicate-keys": (GOOD.replace("mode: 主动", "mode: 主动\n    mode: 依申请"), "GK102"),
    "syntax": ("kind: catalog\nitems: [a, b\n", "GK101"),
    "empty": ("", "GK105"),
    "top-level-list": ("- 最低生活保障\n", "GK108"),
    "billion-laughs": (
        "".join(
            f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else 'lol'}]\n" for i in range(10)
        ),
        "GK106",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_a_located_diagnostic_and_exit_1(
    name: str, runner: CliRunner, make_project: ProjectFactory
) -> None:
    content, code_expected = BAD_INPUTS[name]
    root = make_project({CAT: content})
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "json")
    assert code == 1
    (d,) = json.loads(out)["diagnostics"]
    assert d["code"] == code_expected
    assert d["file"] == CAT
    assert d["line"] >= 1
    assert d["column"] >= 1


def test_a_20_mb_file_is_refused_by_size(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({CAT: GOOD})
    with (root / CAT).open("a", encoding="utf-8") as handle:
        handle.write(("# " + "公开" * 1000 + "\n") * 3500)  # ≈ 21 MB of comments
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "json")
    assert code == 1
    (d,) = json.loads(out)["diagnostics"]
    assert d["code"] == "GK107"
    assert "10.0 MB" in d["message"]


def test_configuration_errors_exit_2(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({CAT: GOOD, "gkcat.yaml": "output:\n  paper_size: B5\n"})
    code, _, err = run(runner, "validate", "-C", str(root))
    assert code == 2
    assert "gkcat.yaml:2:15: error[GK901]" in err


def test_usage_errors_exit_2(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    code, _, err = run(runner, "validate", "-C", str(tmp_path))
    assert code == 2
    assert "catalogs/" in err
    root = make_project({CAT: GOOD})
    code, _, err = run(runner, "validate", "-C", str(root), "catalogs/nope.yaml")
    assert code == 2
    assert "nope.yaml" in err


def test_paths_restrict_the_report_but_not_cross_checks(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    other = "catalogs/social-assistance/township.yaml"
    root = make_project({CAT: GOOD, other: GOOD.replace("县级", "乡级")})
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "json", str(root / other))
    report = json.loads(out)
    assert code == 1
    assert report["summary"]["files"] == 1
    assert [d["code"] for d in report["diagnostics"]] == ["GK301"]  # duplicate of county's id


def test_strict_makes_warnings_fail(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({CAT: GOOD.replace("20个工作日", "25个工作日")})
    assert run(runner, "validate", "-C", str(root))[0] == 0
    assert run(runner, "validate", "-C", str(root), "--strict")[0] == 1


def test_severity_override_from_gkcat_yaml(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project(
        {CAT: GOOD.replace("20个工作日", "25个工作日"), "gkcat.yaml": "severity:\n  GK306: error\n"}
    )
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "json")
    assert code == 1
    assert json.loads(out)["diagnostics"][0]["severity"] == "error"


def test_jobs_give_the_same_report(runner: CliRunner, make_project: ProjectFactory) -> None:
    files = {
        f"catalogs/d{i}/county.yaml": many_errors(2).replace("SHJZ-X-", f"D{i}-X-")
        for i in range(8)
    }
    root = make_project(files)
    one = run(runner, "validate", "-C", str(root), "--format", "json")[1]
    two = run(runner, "validate", "-C", str(root), "--format", "json", "--jobs", "2")[1]
    assert json.loads(one) == json.loads(two)
    assert json.loads(one)["summary"]["errors"] == 16


def test_schema_command_prints_valid_json_schemas(runner: CliRunner) -> None:
    for name in ("catalog", "power-list", "task-plan", "config"):
        code, out, _ = run(runner, "schema", name)
        assert code == 0
        jsonschema.Draft202012Validator.check_schema(json.loads(out))


def test_init_copies_a_project_that_validates(runner: CliRunner, tmp_path: Path) -> None:
    dest = tmp_path / "new"
    code, _, err = run(runner, "init", str(dest), "--region", "江山市")
    assert code == 0, err
    assert "江山市" in (dest / "gkcat.yaml").read_text(encoding="utf-8")
    code, _out, err = run(runner, "validate", "-C", str(dest))
    assert code == 0, err
    code, _, err = run(runner, "init", str(dest))
    assert code == 2
    assert "already" in err


def test_build_summary_names_a_site_once_and_lists_few_files(tmp_path: Path) -> None:
    from gkcat.cli_options import written_summary

    dist = tmp_path / "dist"
    site = [dist / "site" / name for name in ("index.html", "search.html", "catalogs/a.html")]
    books = [dist / "xlsx" / "目录.xlsx", *(dist / "xlsx" / "分部门" / f"{n}.xlsx" for n in "ABCD")]
    lines = written_summary([*site, *books], tmp_path, "zh")
    assert lines == [
        "已写入 dist/site/index.html（共 3 个文件）",
        "已写入 dist/xlsx/目录.xlsx",
        "已写入 dist/xlsx/分部门（共 4 个文件）",
    ]
    assert written_summary(books[:1], tmp_path, "en") == ["wrote dist/xlsx/目录.xlsx"]


@pytest.mark.parametrize("domain", ["社会救助", "义务教育", "养老服务", "就业"])
def test_init_with_domains_gives_a_project_that_validates_strictly(
    runner: CliRunner, tmp_path: Path, domain: str
) -> None:
    dest = tmp_path / "one-domain"
    code, _, err = run(runner, "init", str(dest), "--domains", domain)
    assert code == 0, err
    catalogs = sorted(
        p.relative_to(dest / "catalogs").parts[0] for p in (dest / "catalogs").rglob("*.yaml")
    )
    assert set(catalogs) == {vocab.DOMAINS[domain]}
    code, _, err = run(runner, "validate", "--strict", "-C", str(dest))
    assert code == 0, err
    assert "0 个错误，0 个警告" in err
