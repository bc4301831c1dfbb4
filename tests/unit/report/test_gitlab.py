"""``validate --format gitlab``: GitLab Code Quality JSON with position-independent fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from gkcat.cli import app

CAT = "catalogs/social-assistance/county.yaml"
CATALOG = """\
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
region: 示例县
items:
  - id: SHJZ-X-001
    category: 最低生活保障
    name: 政策法规文件
    content: 低保相关法律法规
    basis: [《社会救助暂行办法》（国务院令第492号）]
    time_limit: 自信息形成或者变更之日起20个工作日内
    subject: 示例县民政局
    channels: [政府网站占]
    audience: 全社会
    mode: 主动
"""


def _report(root: Path, text: str) -> list[dict[str, object]]:
    (root / CAT).parent.mkdir(parents=True, exist_ok=True)
    (root / CAT).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "-C", str(root), "--format", "gitlab"])
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert isinstance(report, list)
    return report


def test_gitlab_report_lists_each_diagnostic_as_a_code_quality_finding(tmp_path: Path) -> None:
    report = _report(tmp_path, CATALOG)
    assert {f["check_name"] for f in report} == {"GK315", "GK316"}
    for finding in report:
        assert set(finding) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert finding["location"]["path"] == CAT  # type: ignore[index]
        assert finding["location"]["lines"]["begin"] >= 1  # type: ignore[index]
    severity = {f["check_name"]: f["severity"] for f in report}
    assert severity == {"GK315": "major", "GK316": "minor"}
    assert "政府网站占" in next(str(f["description"]) for f in report if f["check_name"] == "GK315")
    assert len({f["fingerprint"] for f in report}) == len(report)


def test_gitlab_fingerprints_survive_lines_moving(tmp_path: Path) -> None:
    before = _report(tmp_path / "a", CATALOG)
    after = _report(tmp_path / "b", "# 注释\n\n" + CATALOG)
    assert [f["fingerprint"] for f in before] == [f["fingerprint"] for f in after]
    lines = [(f["location"]["lines"]["begin"]) for f in (before[0], after[0])]  # type: ignore[index]
    assert lines[1] == lines[0] + 2  # type: ignore[operator]
