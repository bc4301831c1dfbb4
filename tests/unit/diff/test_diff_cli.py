"""`gkcat diff` end to end: directories, git revisions in a temporary repository, exit codes."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from diff_data import base_data, items_of, write_project
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.diff.json import to_json

GIT = [
    "git",
    "-c",
    "user.name=t",
    "-c",
    "user.email=t@example.invalid",
    "-c",
    "commit.gpgsign=false",
]


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run([*GIT, *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def _commit(repo: Path, data: dict[str, Any], message: str) -> None:
    write_project(repo, data)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with tag v2023 (the base project) and HEAD (one item removed, one renamed)."""
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q", "-b", "main")
    data = base_data()
    _commit(root, data, "v2023")
    _git(root, "tag", "v2023")
    items_of(data).pop(0)
    items_of(data)[0]["name"] = "办事指南"
    _commit(root, data, "v2024")
    monkeypatch.chdir(root)
    return root


def _run(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(app, ["diff", *args], catch_exceptions=False)
    return result


def _out(result: Any) -> str:
    return f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"


def test_cli_diff_two_revisions_reports_the_changes(runner: CliRunner, repo: Path) -> None:
    result = _run(runner, "v2023", "HEAD")
    assert result.exit_code == 0, _out(result)
    first = result.stdout.splitlines()[0]
    assert first == "删除 1 项，更名 1 项（未变 3 项）"
    assert "SHJZ-X-001" in result.stdout


def test_cli_diff_json_follows_the_contract_and_equals_the_api(
    runner: CliRunner, repo: Path
) -> None:
    result = _run(runner, "v2023", "HEAD", "--format", "json")
    assert result.exit_code == 0, _out(result)
    data = json.loads(result.stdout)
    assert data == to_json(api.diff("v2023", "HEAD", repo).diff)
    assert data["version"] == 1
    assert data["summary"] == {
        "added": 0,
        "removed": 1,
        "modified": 0,
        "renamed": 1,
        "moved": 0,
        "recoded": 0,
        "unchanged": 3,
    }
    removed = next(c for c in data["changes"] if c["kind"] == "removed")
    assert removed["id"] == "SHJZ-X-001"
    assert removed["catalog"] is None
    assert removed["old_catalog"] == "social-assistance/county"
    renamed = next(c for c in data["changes"] if c["kind"] == "renamed")
    assert renamed["fields"] == {"name": {"old": "办事服务信息", "new": "办事指南"}}


def test_cli_diff_revision_against_work_tree_leaves_index_alone(
    runner: CliRunner, repo: Path
) -> None:
    path = repo / "catalogs/social-assistance/township.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("保障人数", "保障人数、保障金额"), "utf-8"
    )
    index = hashlib.sha256((repo / ".git/index").read_bytes()).hexdigest()
    status = _git(repo, "status", "--porcelain")
    result = _run(runner, "HEAD", ".", "--format", "json")
    assert result.exit_code == 0, _out(result)
    changes = json.loads(result.stdout)["changes"]
    assert [(c["kind"], c["id"], list(c["fields"])) for c in changes] == [
        ("modified", "SHJZ-Z-001", ["content"])
    ]
    assert hashlib.sha256((repo / ".git/index").read_bytes()).hexdigest() == index
    assert _git(repo, "status", "--porcelain") == status


def test_cli_diff_project_in_a_subdirectory_of_the_repository(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "mono"
    (root / "region").mkdir(parents=True)
    _git(root, "init", "-q")
    data = base_data()
    _commit(root / "region", data, "one")
    items_of(data).pop()
    _commit(root / "region", data, "two")
    monkeypatch.chdir(root / "region")
    result = _run(runner, "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 0, _out(result)
    assert json.loads(result.stdout)["summary"]["removed"] == 1


def test_cli_diff_unknown_revision_is_a_clear_error(runner: CliRunner, repo: Path) -> None:
    result = _run(runner, "v1999", "HEAD")
    assert result.exit_code == 2, _out(result)
    assert "「v1999」" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["--output=x", "-p", "--upload-pack=touch x"])
def test_cli_diff_option_like_revision_is_never_passed_to_git(
    runner: CliRunner, repo: Path, name: str
) -> None:
    result = _run(runner, "--", name, "HEAD")
    assert result.exit_code == 2, _out(result)
    assert not (repo / "x").exists()


def test_cli_diff_outside_a_repository_is_a_clear_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_project(tmp_path / "plain", base_data())
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = _run(runner, "HEAD", ".")
    assert result.exit_code == 2, _out(result)
    assert "git" in result.stderr


def test_cli_diff_fail_on_removed_exits_1(runner: CliRunner, repo: Path) -> None:
    assert _run(runner, "v2023", "HEAD", "--fail-on", "removed").exit_code == 1
    assert _run(runner, "v2023", "HEAD", "--fail-on", "added,moved").exit_code == 0
    assert _run(runner, "HEAD", "HEAD", "--fail-on", "removed").exit_code == 0


def test_cli_diff_fail_on_unknown_kind_is_a_usage_error(runner: CliRunner, repo: Path) -> None:
    result = _run(runner, "v2023", "HEAD", "--fail-on", "deleted")
    assert result.exit_code == 2, _out(result)
    assert "deleted" in result.stderr


def test_cli_diff_writes_html_and_xlsx(runner: CliRunner, repo: Path, tmp_path: Path) -> None:
    page, book = tmp_path / "out/diff.html", tmp_path / "out/修订对照表.xlsx"
    result = _run(
        runner, "v2023", "HEAD", "--format", "md", "--html", str(page), "--xlsx", str(book)
    )
    assert result.exit_code == 0, _out(result)
    assert result.stdout.startswith("### 修订对照表：v2023")
    assert "<del>办事服务信息</del>" not in page.read_text(encoding="utf-8")
    assert "<del>服务信息</del>" in page.read_text(encoding="utf-8")
    workbook = openpyxl.load_workbook(book)
    # only the kinds that occur get a sheet; the summary names the others once
    assert workbook.sheetnames == ["概况", "删除", "更名"]
    summary = [str(c.value) for row in workbook["概况"].iter_rows() for c in row if c.value]
    assert "新增、修改、移动、重新编码、其他变化：无" in summary


def test_cli_diff_english_messages(runner: CliRunner, repo: Path) -> None:
    result = _run(runner, "v2023", "HEAD", "--lang", "en")
    assert result.stdout.splitlines()[0] == "1 removed, 1 renamed (3 unchanged)"
    assert "neither a directory" in _run(runner, "nope", "HEAD", "--lang", "en").stderr


def test_cli_diff_two_directories(runner: CliRunner, tmp_path: Path) -> None:
    old = write_project(tmp_path / "a", base_data())
    data = base_data()
    items_of(data).append(
        {**items_of(data)[0], "id": "SHJZ-X-010", "name": "新事项", "content": "新内容"}
    )
    new = write_project(tmp_path / "b", data)
    result = _run(runner, str(old), str(new), "--fail-on", "added")
    assert result.exit_code == 1, _out(result)
    assert result.stdout.startswith("新增 1 项")


def test_cli_diff_unreadable_source_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    old = write_project(tmp_path / "a", base_data())
    new = write_project(tmp_path / "b", base_data())
    (new / "catalogs/social-assistance/county.yaml").write_text("items: [\n", encoding="utf-8")
    result = _run(runner, str(old), str(new))
    assert result.exit_code == 2, _out(result)
    assert "GK101" in result.stderr
    assert result.stdout == ""


def test_cli_diff_has_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", "--help"])
    assert result.exit_code == 0
    assert "Example: gkcat diff" in result.stdout


def test_cli_diff_names_revisions_with_commit_and_date(
    runner: CliRunner, repo: Path, tmp_path: Path
) -> None:
    commit = _git(repo, "rev-parse", "v2023").strip()
    date = _git(repo, "show", "-s", "--format=%cs", "v2023").strip()
    book = tmp_path / "r.xlsx"
    assert _run(runner, "v2023", "HEAD", "--xlsx", str(book)).exit_code == 0
    summary = openpyxl.load_workbook(book)["概况"]
    assert summary["B2"].value == f"2023.1版，2023-03-01施行（v2023 ({commit[:10]}, {date})）"
