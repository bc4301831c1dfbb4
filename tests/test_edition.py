"""Next year's edition: the title follows ``year``, and changed catalogs bump ``version``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.scaffold.config_edit import add_departments
from gkcat.scaffold.departments import Entry

CATALOG = "catalogs/social-assistance/county.yaml"


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=office@example.org", "-c", "user.name=office", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def edition(runner: CliRunner, tmp_path: Path) -> Path:
    """A project whose 2024 edition is committed and tagged."""
    root = tmp_path / "office"
    code, out = run(
        runner, "init", str(root), "--region", "开化县", "--year", "2024", "--domains", "社会救助"
    )
    assert code == 0, out
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "2024 edition")
    git(root, "tag", "2024")
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_title_follows_year(runner: CliRunner, edition: Path) -> None:
    edit(edition / "gkcat.yaml", "year: 2024", "year: 2025")
    settings, problems = api.open_settings(edition)
    assert problems == []
    assert settings.workbook_title == "开化县基层政务公开标准目录（2025年版）"
    code, out = run(runner, "build", "-C", str(edition))
    assert code == 0, out
    assert (edition / "dist" / "xlsx" / "开化县基层政务公开标准目录（2025年版）.xlsx").is_file()
    index = (edition / "dist" / "site" / "index.html").read_text(encoding="utf-8")
    assert "2025年版" in index
    assert "2024年" not in index  # (catalog versions 2024.1 stay until a catalog changes)


def test_a_stale_year_in_the_title_is_a_warning(runner: CliRunner, edition: Path) -> None:
    config = edition / "gkcat.yaml"
    edit(config, "（{year}年版）", "（2024年版）")
    assert run(runner, "validate", "--strict", "-C", str(edition))[0] == 0  # still 2024
    edit(config, "year: 2024", "year: 2025")
    code, out = run(runner, "validate", "--strict", "-C", str(edition))
    assert code == 1
    assert "warning[GK340]" in out
    line = next(n for n, t in enumerate(config.read_text().splitlines(), 1) if "title:" in t)
    assert f"gkcat.yaml:{line}:" in out


def test_changed_items_without_a_new_version_are_reported(runner: CliRunner, edition: Path) -> None:
    catalog = edition / CATALOG
    assert run(runner, "validate", "--strict", "--base", "last-tag", "-C", str(edition))[0] == 0
    edit(catalog, "name: 政策法规文件", "name: 政策法规和规范性文件")
    code, out = run(runner, "validate", "--strict", "--base", "last-tag", "-C", str(edition))
    assert code == 1
    assert f"{CATALOG}:" in out
    assert "GK341" in out
    assert "「2024 (" in out  # the tag and its commit
    assert "township.yaml" not in out  # the unchanged catalog is fine
    code, out = run(runner, "validate", "--strict", "-C", str(edition))
    assert code == 0, "without --base nothing is compared"
    edit(catalog, 'version: "2024.1"', 'version: "2025.1"')
    assert run(runner, "validate", "--strict", "--base", "2024", "-C", str(edition))[0] == 0


def test_a_base_that_does_not_exist_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "untagged"
    assert run(runner, "init", str(root), "--domains", "就业")[0] == 0
    git(root, "init", "-q")
    code, out = run(runner, "validate", "--base", "last-tag", "-C", str(root))
    assert code == 2
    assert "还没有标签" in out
    code, out = run(runner, "validate", "--base", "v9", "-C", str(root), "--lang", "en")
    assert code == 2
    assert '"v9" is neither a directory nor a revision' in " ".join(out.split())


def test_departments_are_appended_to_the_list_where_it_is(tmp_path: Path) -> None:
    config = tmp_path / "gkcat.yaml"
    config.write_text(
        "# 配置\nregion: 开化县\ndepartments:\n- name: 开化县民政局  # 民政\n"
        "  aliases: [县民政局]\n\n# 输出\noutput:\n  dist: dist\n",
        encoding="utf-8",
    )
    add_departments(config, [Entry("公安", "开化县公安局", ("县公安局",), "县级")])
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# 配置\nregion: 开化县\ndepartments:\n- name: 开化县民政局  # 民政\n")
    assert "  aliases: [县民政局]\n# 以下由 gkcat new 添加" in text
    assert "- name: 开化县公安局\n  aliases: [县公安局]\n  level: 县级\n\n# 输出\noutput:" in text
    bare = tmp_path / "bare.yaml"
    bare.write_text("region: 开化县\n", encoding="utf-8")
    add_departments(bare, [Entry("公安", "开化县公安局", (), "县级")])
    assert bare.read_text(encoding="utf-8").endswith(
        "departments:\n  # 以下由 gkcat new 添加：请按本地机构设置核对名称和别名\n"
        "  - name: 开化县公安局\n    level: 县级\n"
    )


def test_the_sample_title_follows_year_too(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "sample"
    assert run(runner, "init", str(root), "--sample")[0] == 0
    assert api.open_settings(root)[0].workbook_title == "示例县基层政务公开标准目录（2024年版）"
    edit(root / "gkcat.yaml", "year: 2024", "year: 2025")
    assert api.open_settings(root)[0].workbook_title == "示例县基层政务公开标准目录（2025年版）"
    code, out = run(runner, "validate", "--strict", "-C", str(root))
    assert code == 0, out


def test_the_documented_yearly_routine_validates(runner: CliRunner, tmp_path: Path) -> None:
    """README's routine on the sample: tag, change year, bump a changed catalog, plan next."""
    root = tmp_path / "sample"
    assert run(runner, "init", str(root), "--sample")[0] == 0
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "2024 edition")
    git(root, "tag", "2024")
    edit(root / "gkcat.yaml", "year: 2024", "year: 2025")
    catalog = root / CATALOG
    edit(catalog, "自信息形成或者变更之日起20个工作日内", "自信息形成或者变更之日起10个工作日内")
    code, out = run(runner, "validate", "--strict", "--base", "last-tag", "-C", str(root))
    assert code == 1
    assert "GK341" in out
    edit(catalog, 'version: "2024.1"', 'version: "2025.1"')
    code, out = run(runner, "plan", "next", str(root / "tasks" / "2024.yaml"), "--lang", "en")
    assert code == 0, out
    assert (root / "tasks" / "2025.yaml").is_file()
    code, out = run(runner, "validate", "--strict", "--base", "last-tag", "-C", str(root))
    assert code == 0, out
    assert "0 个错误，0 个警告" in out
