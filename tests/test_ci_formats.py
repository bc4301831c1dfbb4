"""CI formats as dashboards read them: SARIF for code scanning, JUnit, GitHub annotations."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from gkcat.diagnostics import RULES, Diagnostic, Severity
from gkcat.report.sarif import render_sarif

from .conftest import ProjectFactory
from .test_cli import CAT, FIXTURES, GOOD, many_errors, run

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
WARNED = GOOD.replace("国务院令第649号", "国务院令第492号")  # GK316, a warning


def _sarif(runner: CliRunner, root: Path, *extra: str) -> dict[str, object]:
    code, out, _ = run(runner, "validate", "-C", str(root), "--format", "sarif", *extra)
    assert code in (0, 1)
    data: dict[str, object] = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(data)
    return data


def _git_repo(path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(path)], check=True)


def test_sarif_rules_carry_what_code_scanning_uses(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: many_errors(1)})
    run_ = _sarif(runner, root)["runs"][0]  # type: ignore[index]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert set(rules) == set(RULES)
    rule = rules["GK203"]
    assert rule["shortDescription"]["text"] == "「…」的值「…」不在规定范围内"
    assert "GK203" in rule["fullDescription"]["text"]
    assert rule["helpUri"].endswith("docs/rules.md#gk203")
    assert rule["helpUri"] in rule["help"]["text"]
    assert rule["defaultConfiguration"] == {"level": "error"}
    rules_md = (ROOT / "docs/rules.md").read_text(encoding="utf-8")
    for code in RULES:  # every helpUri anchor exists in docs/rules.md
        assert f'<a id="{code.lower()}"></a>' in rules_md, code


def test_sarif_rule_texts_follow_the_language(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: many_errors(1)})
    run_ = _sarif(runner, root, "--lang", "en")["runs"][0]  # type: ignore[index]
    rule = next(r for r in run_["tool"]["driver"]["rules"] if r["id"] == "GK203")
    assert rule["shortDescription"]["text"] == RULES["GK203"].summary
    assert run_["results"][0]["message"]["text"].startswith('channel "政府网占" is not')


def test_sarif_fingerprints_survive_lines_inserted_above(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: many_errors(2)})
    before = _sarif(runner, root)["runs"][0]["results"]  # type: ignore[index]
    path = root / CAT
    path.write_text("# 新增的注释\n# 第二行\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = _sarif(runner, root)["runs"][0]["results"]  # type: ignore[index]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == [
        n + 2 for n in lines
    ]
    prints = [r["partialFingerprints"] for r in before]
    assert prints == [r["partialFingerprints"] for r in after]
    assert len({p["gkcat/v1"] for p in prints}) == 2


def test_sarif_result_without_a_file_is_placed_on_the_configuration() -> None:
    args = (("alias", "民政局"), ("first", "示例县民政局"), ("second", "示例县财政局"))
    lone = Diagnostic(code="GK903", severity=Severity.ERROR, args=args)
    sarif = render_sarif((lone,), "zh", config="sub/gkcat.yaml")
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    (result,) = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "sub/gkcat.yaml", "uriBaseId": "%SRCROOT%"}


def test_sarif_and_github_paths_are_relative_to_the_repository(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    _git_repo(repo)
    project = repo / "县级目录"
    (project / "catalogs/social-assistance").mkdir(parents=True)
    (project / CAT).write_text(many_errors(1).lstrip("\n"), encoding="utf-8")
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    uri = _sarif(runner, project)["runs"][0]["results"][0]["locations"][0]  # type: ignore[index]
    assert uri["physicalLocation"]["artifactLocation"]["uri"] == (
        "%E5%8E%BF%E7%BA%A7%E7%9B%AE%E5%BD%95/" + CAT
    )
    code, out, _ = run(runner, "validate", "-C", str(project), "--format", "github")
    assert code == 1
    assert out.startswith(f"::error file=县级目录/{CAT},line=")
    code, out, _ = run(runner, "validate", "-C", str(project), "--format", "gitlab")
    assert [r["location"]["path"] for r in json.loads(out)] == [f"县级目录/{CAT}"]
    monkeypatch.setenv("GITHUB_WORKSPACE", str(project.parent.parent))  # outside the repo
    code, out, _ = run(runner, "validate", "-C", str(project), "--format", "github")
    assert out.startswith(f"::error file=repo/县级目录/{CAT},line=")


def test_paths_outside_any_repository_stay_project_relative(
    runner: CliRunner, make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    root = make_project({CAT: many_errors(1)})
    _, out, _ = run(runner, "validate", "-C", str(root), "--format", "github")
    assert out.startswith(f"::error file={CAT},line=")


def test_junit_failures_match_the_exit_code_under_strict(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    root = make_project({CAT: WARNED})
    report = tmp_path / "junit.xml"
    code, _, _ = run(runner, "validate", "-C", str(root), "-f", "junit", "-o", str(report))
    suites = ET.parse(report).getroot()
    assert (code, suites.get("failures")) == (0, "0")
    assert len(suites.findall(".//skipped")) == 1
    code, _, _ = run(
        runner, "validate", "-C", str(root), "-f", "junit", "-o", str(report), "--strict"
    )
    suites = ET.parse(report).getroot()
    assert (code, suites.get("failures")) == (1, "1")
    (failure,) = suites.findall(".//failure")
    assert failure.get("type") == "GK316"  # the superseded regulation, a warning
    assert suites.findall(".//skipped") == []


def test_junit_stays_parseable_with_a_control_character_in_a_value(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    bad = GOOD.replace("channels: [政府网站]", 'channels: ["政府\\x01网站"]')
    root = make_project({CAT: bad})
    report = tmp_path / "junit.xml"
    code, _, _ = run(runner, "validate", "-C", str(root), "-f", "junit", "-o", str(report))
    assert code == 1
    (failure,) = ET.parse(report).getroot().findall(".//failure")
    assert failure.get("type") == "GK315"  # a channel outside the vocabulary
    assert "政府\\x01网站" in (failure.text or "")  # shown, as the text report shows it


def test_sarif_regions_end_where_the_value_ends(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD.replace("[政府网站]", "[政府网占]")})
    (result,) = _sarif(runner, root)["runs"][0]["results"]  # type: ignore[index]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = (root / CAT).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "政府网占"
    assert region["endLine"] == region["startLine"]


def test_sarif_region_of_a_missing_element_has_no_end(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD.replace("    mode: 主动\n", "")})
    (result,) = _sarif(runner, root)["runs"][0]["results"]  # type: ignore[index]
    assert result["ruleId"] == "GK201"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert "endColumn" not in region
