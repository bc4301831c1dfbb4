"""No catalog value becomes a workflow command, a mention or markup (docs/security.md, 2)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.escape import ZWJ, log_line, md_text, workflow_data, workflow_property

PAYLOADS = (
    "x\n::add-mask::x",
    "y\r\n::error file=a::owned",
    "%0A::warning::z",
    "a|b||c",
    "line\rbreak\r## heading",
    "@someone and @org/team",
    "see https://evil.example/x and www.evil.example",
    "<img src=x onerror=alert(1)>",
    "##[add-mask]secret",
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
)
OUR_COMMAND = re.compile(r"^::(error|warning|notice) [^:]*::")


def hostile(i: int) -> str:
    return f"值{i} {PAYLOADS[i % len(PAYLOADS)]}"


def catalog(n: int, value: Callable[[int], str]) -> str:
    items = [
        {
            "id": f"SHJZ-X-{i:03d}",
            "category": "最低生活保障",
            "name": f"事项{i}",
            "content": value(i),
            "basis": "《社会救助暂行办法》（国务院令第649号）",
            "time_limit": "自信息形成或者变更之日起20个工作日内",
            "subject": "示例县民政局",
            "channels": ["政府网站", value(i)],
            "audience": "全社会",
            "mode": "主动",
        }
        for i in range(n)
    ]
    head = {"kind": "catalog", "schema_version": 1, "domain": "社会救助", "level": "县级"}
    return yaml.safe_dump({**head, "items": items}, allow_unicode=True)


def write(root: Path, text: str) -> Path:
    path = root / "catalogs" / "social-assistance" / "county.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    (root / "gkcat.yaml").write_text("departments:\n  - name: 示例县民政局\n", encoding="utf-8")
    return root


def assert_absent(text: str, *needles: str) -> None:
    for needle in needles:
        assert needle not in text, (needle, text)


def test_every_line_of_github_output_is_escaped_beyond_the_annotation_cap(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write(tmp_path / "p", catalog(40, hostile))
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(app, ["validate", "-C", str(root), "--format", "github"])
    assert result.exit_code == 1
    out = result.stdout
    lines = out.splitlines()
    assert len(lines) > 30
    assert sum(1 for line in lines if line.startswith("::error ")) == 10  # the cap
    assert lines[-1].startswith("::notice title=gkcat::")  # the note on the rest
    for line in lines:
        assert OUR_COMMAND.match(line) or not line.lstrip().startswith("::"), line
        assert_absent(line, "\r", "##[", "\x1b")
    assert "::add-mask::" in out  # the value is still shown, but inside one escaped line
    assert not re.search(r"(^|\n)\s*::add-mask::", out)
    table = summary.read_text(encoding="utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    report = runner.invoke(app, ["validate", "-C", str(root), "--format", "json"])
    found = len(json.loads(report.stdout)["diagnostics"])
    assert found >= 40
    assert len(rows) == 1 + found  # the head and one row each: nothing broke out of the table
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    assert_absent(table, "@someone", "@org/team")
    assert_absent(table, "https://", "www.evil")
    assert_absent(table, "<img", "\r", "\x1b")
    assert "\n#" not in table.replace("\n## gkcat validate", "")


def test_diff_markdown_neutralises_every_value(runner: CliRunner, tmp_path: Path) -> None:
    old = write(tmp_path / "old", catalog(34, lambda i: f"原内容{i}"))
    new = write(tmp_path / "new", catalog(36, hostile))
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert_absent(text, "\r", "\x1b", "##[")
    assert_absent(text, "@someone", "@org/team")
    assert_absent(text, "https://", "www.evil")
    assert "<img" not in text
    assert f"@{ZWJ}someone" in text
    lines = text.splitlines()
    headings = [line for line in lines if line.lstrip().startswith("#")]
    assert len(headings) == 1, headings
    for line in lines:
        assert not line.lstrip().startswith("::"), line
    for table_start in (i for i, line in enumerate(lines) if line.startswith("|---")):
        width = lines[table_start].count("|")
        for row in lines[table_start + 1 :]:
            if not row.startswith("|"):
                break
            assert len(re.findall(r"(?<!\\)\|", row)) == width, row


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escapers_keep_each_value_on_one_inert_line(payload: str) -> None:
    for escaped in (workflow_data(payload), workflow_property(payload), log_line(payload)):
        assert_absent(escaped, "\n", "\r", "\x1b")
        assert "##[" not in escaped
    assert not log_line(payload).lstrip().startswith("::")
    prop = workflow_property(payload)
    assert_absent(prop, ":", ",")
    cell = md_text(payload)
    assert re.search(r"(?<!\\)\|", cell) is None
    assert_absent(cell, "\r", "\n", "<img")
    assert re.search(r"@[\w/]", cell) is None
    assert_absent(cell, "https://", "www.evil")


def test_workflow_data_round_trips_through_githubs_unescaping() -> None:
    text = "50% done\r\nnext: a,b"
    unescaped = workflow_data(text).replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
    assert unescaped == text
    prop = workflow_property("a:b,c%")
    assert prop == "a%3Ab%2Cc%25"
