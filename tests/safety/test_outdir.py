"""build never replaces a directory it did not make (docs/security.md, promise 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.outdir import MARKER

from ..conftest import ProjectFactory
from ..test_cli import CAT, GOOD

CONFIG = """
schema_version: 1
region: 示例县
departments:
  - name: 示例县民政局
"""


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (following no links) with its bytes; gkcat's read cache
    (``.gkcat-cache``, written by every run) is not the user's and is left out."""
    found = {}
    for base, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".gkcat-cache"]
        for name in names:
            path = Path(base, name)
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


@pytest.fixture
def project(make_project: ProjectFactory) -> Path:
    root = make_project({CAT: GOOD, "gkcat.yaml": CONFIG, "powers/README": "keep me\n"})
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return root


def build(runner: CliRunner, root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["build", "-C", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("out", "reason"),
    [
        (".", "项目目录"),
        ("catalogs", "「catalogs」目录"),
        ("catalogs/social-assistance", "「catalogs」目录"),
        ("powers", "「powers」目录"),
        (".git", "「.git」目录"),
        ("..", "包含项目目录"),
    ],
)
def test_build_refuses_the_project_its_parents_and_its_sources(
    runner: CliRunner,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    out: str,
    reason: str,
) -> None:
    monkeypatch.chdir(project)
    before = snapshot(project.parent)
    code, err = build(runner, project, "--out", out)
    assert code == 2, err
    assert "拒绝写入输出目录" in err
    assert reason in err
    assert "Traceback" not in err
    assert snapshot(project.parent) == before


def test_refusal_is_english_with_lang_en(runner: CliRunner, project: Path) -> None:
    code, err = build(runner, project, "--out", str(project), "--lang", "en")
    assert code == 2
    assert "refusing to write the output directory" in err
    assert "it is the project directory" in err


def test_output_dist_dotdot_in_config_is_refused(runner: CliRunner, project: Path) -> None:
    (project / "gkcat.yaml").write_text(CONFIG + "output:\n  dist: ..\n", encoding="utf-8")
    before = snapshot(project.parent)
    code, err = build(runner, project)
    assert code == 2
    assert "gkcat.yaml:7:9: error[GK901]" in err
    assert "不能含 .." in err
    assert snapshot(project.parent) == before


def test_config_dist_symlink_out_of_the_project_is_refused(
    runner: CliRunner, project: Path, tmp_path: Path
) -> None:
    webroot = tmp_path / "webroot"
    webroot.mkdir()
    (webroot / "index.html").write_text("sentinel")
    (project / "public").symlink_to(webroot)
    (project / "gkcat.yaml").write_text(CONFIG + "output:\n  dist: public\n", encoding="utf-8")
    code, err = build(runner, project)
    assert code == 2
    assert "error[GK904]" in err
    assert "在项目目录之外" in err
    assert (webroot / "index.html").read_text() == "sentinel"


def test_symlinked_out_is_judged_by_its_target(
    runner: CliRunner, project: Path, tmp_path: Path
) -> None:
    webroot = tmp_path / "webroot"
    webroot.mkdir()
    (webroot / "index.html").write_text("sentinel")
    link = tmp_path / "link"
    link.symlink_to(webroot)
    code, err = build(runner, project, "--out", str(link))
    assert code == 2
    assert "没有 gkcat 的标记文件" in err
    assert snapshot(webroot) == {"index.html": b"sentinel"}
    assert link.is_symlink()


def test_symlink_to_a_gkcat_output_is_rebuilt_through_the_link(
    runner: CliRunner, project: Path, tmp_path: Path
) -> None:
    target = tmp_path / "published"
    assert build(runner, project, "--out", str(target))[0] == 0
    link = tmp_path / "link"
    link.symlink_to(target)
    code, err = build(runner, project, "--out", str(link))
    assert code == 0, err
    assert link.is_symlink()
    assert (target / MARKER).is_file()
    assert (target / "xlsx").is_dir()


def test_non_empty_foreign_directory_is_refused(
    runner: CliRunner, project: Path, tmp_path: Path
) -> None:
    foreign = tmp_path / "home"
    (foreign / "notes").mkdir(parents=True)
    (foreign / "notes" / "todo.txt").write_text("sentinel")
    code, err = build(runner, project, "--out", str(foreign))
    assert code == 2
    assert "不是 gkcat 生成的" in err
    assert snapshot(foreign) == {"notes/todo.txt": b"sentinel"}


def test_an_existing_file_is_refused(runner: CliRunner, project: Path, tmp_path: Path) -> None:
    file = tmp_path / "report.txt"
    file.write_text("sentinel")
    code, err = build(runner, project, "--out", str(file))
    assert code == 2
    assert "是一个文件" in err
    assert file.read_text() == "sentinel"


def test_an_empty_directory_and_a_new_path_outside_the_project_are_accepted(
    runner: CliRunner, project: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert build(runner, project, "--out", str(empty))[0] == 0
    assert (empty / MARKER).is_file()
    fresh = tmp_path / "a" / "b"
    assert build(runner, project, "--out", str(fresh))[0] == 0
    assert (fresh / MARKER).is_file()


def test_rebuild_over_the_previous_dist_works(runner: CliRunner, project: Path) -> None:
    assert build(runner, project)[0] == 0
    dist = project / "dist"
    assert (dist / MARKER).is_file()
    (dist / "xlsx" / "stale.xlsx").write_bytes(b"old")
    code, err = build(runner, project)
    assert code == 0, err
    assert not (dist / "xlsx" / "stale.xlsx").exists()
    assert (dist / MARKER).is_file()
    code, err = build(runner, project, "--only", "xlsx")
    assert code == 0, err
    assert (dist / MARKER).is_file()
    assert (dist / "site" / "index.html").is_file()


def test_dist_of_an_older_gkcat_gets_one_clear_message(runner: CliRunner, project: Path) -> None:
    assert build(runner, project)[0] == 0
    dist = project / "dist"
    (dist / MARKER).unlink()
    before = snapshot(dist)
    code, err = build(runner, project)
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == [
        f"gkcat: 拒绝写入输出目录「{dist}」：它看起来是旧版 gkcat 生成的输出"
        f"（没有标记文件 {MARKER}）；确认其中没有要保留的文件后删除它再构建，"
        f"或在其中创建空文件 {MARKER}"
    ]
    assert snapshot(dist) == before
    (dist / MARKER).touch()
    assert build(runner, project)[0] == 0
