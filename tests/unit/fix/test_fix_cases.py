"""`gkcat fix` on block lists, block scalars and comments, and on every case of the corpus."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.diagnostics import GkcatError
from gkcat.fix.run import fix_project
from gkcat.report.json import validate_json

CASES = Path(__file__).resolve().parents[2] / "cases"

BEFORE = """\
kind: catalog  # 目录
schema_version: 1
domain: 社会 救助
level: 县级
items:
  # 第一项
  - id: A-1
    category: 最低生活保障
    name: 审核确认结果
    content: 低保对象姓名、保障人数
    basis:
      - 《中华人民共和国政府信息公开条例》（国令第492号）  # 旧条例
      - 《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发[2019]54号）
    time_limit: |
      自信息形成之日起 20 个
      工作日内
    subject: 示例县民政局
    channels:
      - 政府网站、公开查阅点   # 两个渠道
      - 发布会
      - 听证会
      - 政府网站
    audience: '全社会'
    mode: 主动公开
"""

AFTER = """\
kind: catalog  # 目录
schema_version: 1
domain: 社会救助
level: 县级
items:
  # 第一项
  - id: A-1
    category: 最低生活保障
    name: 审核确认结果
    content: 低保对象姓名、保障人数
    basis:
      - 《中华人民共和国政府信息公开条例》（国务院令第711号）  # 旧条例
      - 《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）
    time_limit: 自信息形成之日起20个工作日内
    subject: 示例县民政局
    channels:
      - 政府网站
      - 公开查阅点   # 两个渠道
      - 发布会/听证会
    audience: '全社会'
    mode: 主动
"""


def test_fix_keeps_comments_and_layout_of_block_lists(tmp_path: Path) -> None:
    catalog = tmp_path / "catalogs" / "social-assistance" / "county.yaml"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(BEFORE, encoding="utf-8")
    result = fix_project(tmp_path)
    assert not result.refused
    assert catalog.read_text(encoding="utf-8") == AFTER
    assert fix_project(tmp_path).fixes == ()


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_fix_removes_fixable_findings_and_adds_none(name: str, tmp_path: Path) -> None:
    root = tmp_path / name
    shutil.copytree(CASES / name, root, symlinks=True)
    checked = api.validate(root)
    if checked.config_failed:
        with pytest.raises(GkcatError):
            fix_project(root)
        return
    before = checked.diagnostics
    result = fix_project(root)
    assert not result.refused
    after = api.validate(root).diagnostics
    assert not any(d.fixable for d in after), [d.code for d in after if d.fixable]
    kept = Counter(d.code for d in before if not d.fixable)
    assert Counter(d.code for d in after) <= kept
    assert bool(result.fixes) == any(d.fixable for d in before)


def test_cli_fix_diff_and_messages(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(CASES / "gk312-list-in-one-string", root)
    runner = CliRunner()
    shown = runner.invoke(app, ["fix", "--diff", "-C", str(root)])
    assert shown.exit_code == 0, shown.output
    assert "+    mode: [主动, 依申请]" in shown.stdout
    assert "可修正 6 处（1 个文件）" in shown.stderr
    done = runner.invoke(app, ["fix", "--lang", "en", "-C", str(root)])
    assert done.exit_code == 0
    assert "fixed 6 value(s) in 1 file(s)" in done.stderr
    again = runner.invoke(app, ["fix", "-C", str(root), "--lang", "en"])
    assert "nothing to fix" in again.stderr


def test_validate_json_marks_fixable(tmp_path: Path) -> None:
    result = validate_json(api.validate(CASES / "gk312-list-in-one-string"))
    assert {d["fixable"] for d in result["diagnostics"]} == {True}
    plain = validate_json(api.validate(CASES / "gk316-citation-wrong-number"))
    assert {d["fixable"] for d in plain["diagnostics"]} == {False}


def test_a_cached_run_keeps_the_fixable_marks(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(CASES / "gk312-list-in-one-string", root)
    first = api.validate(root).diagnostics
    again = api.validate(root).diagnostics  # served from the read cache
    assert [d.fixable for d in again] == [d.fixable for d in first]
    assert all(d.fixable for d in again)
