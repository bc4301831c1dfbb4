"""The 修订对照表 as an office prints and signs it: versions, no empty pages, 修订说明, fonts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from diff_data import base_data, items_of, write_project

from gkcat import api
from gkcat.diff.html import render_html
from gkcat.diff.xlsx import render_xlsx
from gkcat.settings import Options

FONTS = {"宋体", "黑体", "方正小标宋简体"}
REGISTRY = {"schema_version": 1, "departments": [{"name": "示例县民政局", "aliases": ["县民政局"]}]}


def _diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: dict[str, Any], new: dict[str, Any]
) -> api.DiffResult:
    write_project(tmp_path / "old", old)
    write_project(tmp_path / "new", new)
    monkeypatch.chdir(tmp_path)
    return api.diff("old", "new", tmp_path, options=Options(lang="zh"))


def _one_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> api.DiffResult:
    new = base_data()
    county = new["catalogs/social-assistance/county.yaml"]
    county["version"], county["effective"] = "2024.1", "2024-03-01"
    county["changes"] = "2024年修订：删除已取消的事项"
    items_of(new)[0]["time_limit"] = "自信息形成或者变更之日起10个工作日内"
    items_of(new)[0]["changes"] = "按市级目录缩短公开时限"
    items_of(new).pop(3)  # SHJZ-X-004, removed: its note is the catalog's
    return _diff(tmp_path, monkeypatch, base_data(), new)


def _cells(book: openpyxl.Workbook, sheet: str) -> list[str]:
    return [str(c.value) for row in book[sheet].iter_rows() for c in row if c.value is not None]


def test_summary_names_both_editions_by_version_and_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _one_change(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result.diff, result.settings)))
    summary = book["概况"]
    assert summary["A2"].value == "原版本"
    assert summary["B2"].value == "2023.1版，2023-03-01施行（old）"
    assert summary["B3"].value.startswith("社会救助（县级）：2024.1版，2024-03-01施行；")
    page = render_html(result.diff, "zh").decode()
    assert "2023.1版，2023-03-01施行（old）" in page


def test_only_kinds_that_occur_get_a_sheet_or_a_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _one_change(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result.diff, result.settings)))
    assert book.sheetnames == ["概况", "删除", "修改", "其他变化"]
    assert "新增、更名、移动、重新编码：无" in _cells(book, "概况")
    assert not any("（无）" in text for sheet in book.sheetnames for text in _cells(book, sheet))
    page = render_html(result.diff, "zh").decode()
    assert 'id="added"' not in page
    assert "无变化的类别：新增、更名、移动、重新编码" in page


def test_revision_notes_come_from_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _one_change(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result.diff, result.settings)))
    for sheet, note in (
        ("修改", "按市级目录缩短公开时限"),
        ("删除", "2024年修订：删除已取消的事项"),
    ):
        heads = [c.value for c in book[sheet][2]]
        column = heads.index("修订说明")
        assert book[sheet].cell(3, column + 1).value == note
    assert "社会救助（县级）：2024年修订：删除已取消的事项" in _cells(book, "概况")
    page = render_html(result.diff, "zh").decode()
    assert '<td class="c-changes">按市级目录缩短公开时限</td>' in page


def test_workbook_uses_the_catalog_fonts_and_has_a_signature_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _one_change(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result.diff, result.settings)))
    fonts = {c.font.name for ws in book for row in ws.iter_rows() for c in row if c.value}
    assert fonts <= FONTS, fonts
    assert book["概况"]["A1"].font.name == "方正小标宋简体"
    texts = _cells(book, "概况")
    assert "审核人（签字）：" in texts
    assert "日期：" in texts
    page = render_html(result.diff, "zh").decode()
    assert "审核人（签字）：" in page


def test_an_alias_replaced_by_the_official_name_is_no_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = base_data(), base_data()
    old["gkcat.yaml"] = new["gkcat.yaml"] = REGISTRY
    items_of(old)[0]["subject"] = "县民政局"
    items_of(new)[1]["subject"] = ["县民政局", "各乡镇人民政府"]
    result = _diff(tmp_path, monkeypatch, old, new)
    changed = [(c.id, [f.name for f in c.fields]) for c in result.diff.changes]
    assert changed == [("SHJZ-X-002", ["subject"])]
    field = result.diff.changes[0].fields[0]
    assert field.new == ("示例县民政局", "各乡镇人民政府")
