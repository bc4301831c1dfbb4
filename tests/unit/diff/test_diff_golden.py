"""Golden reports: Markdown and HTML text, and a canonical dump of the Excel 修订对照表."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from diff_data import base_data, items_of, write_project
from openpyxl.cell.rich_text import CellRichText, TextBlock

from gkcat import api
from gkcat.diff.html import render_html
from gkcat.diff.markdown import to_markdown
from gkcat.diff.text import to_text
from gkcat.diff.xlsx import render_xlsx
from gkcat.settings import Options

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


def _every_kind(data: dict[str, Any]) -> None:
    """One change of each kind, plus catalog, power-list and task-plan changes."""
    county = items_of(data)
    county[0]["time_limit"] = "自信息形成或者变更之日起10个工作日内"
    county[0]["changes"] = "按市级目录缩短公开时限"
    county[0]["basis"] = ["《社会救助暂行办法》（国务院令第649号）"]
    county[1]["name"] = "办事指南"
    county[1]["content"] = ["申请条件", "办理流程", "办理时限", "咨询电话"]
    moved = county.pop(2)
    moved["channels"] = ["政府网站", "便民服务站"]
    items_of(data, "township").append(moved)
    county[2]["id"] = "SHJZ-X-104"  # was SHJZ-X-004: the same item under a new code
    county.append(
        {
            **county[0],
            "id": "SHJZ-X-005",
            "category": "临时救助",
            "name": "救助资金使用情况",
            "content": "临时救助资金的筹集、分配和使用情况",
            "time_limit": "每年第一季度",
        }
    )
    items_of(data, "township").pop(0)
    data["catalogs/social-assistance/county.yaml"]["version"] = "2024.1"
    data["catalogs/social-assistance/county.yaml"]["effective"] = "2024-03-01"
    data["catalogs/social-assistance/county.yaml"]["changes"] = "2024年修订：调整公开时限和事项编码"
    data["powers/civil-affairs.yaml"]["powers"][1]["name"] = "最低生活保障金发放"
    data["tasks/2023.yaml"]["sections"][0]["groups"][0]["tasks"][0]["units"] = [
        "县民政局",
        "各乡镇人民政府",
    ]


SCENARIOS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "diff-sample": (_every_kind, "zh"),
    "diff-sample-en": (_every_kind, "en"),
    "diff-none": (lambda data: None, "zh"),
}


def _result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> api.DiffResult:
    edit, lang = SCENARIOS[name]
    write_project(tmp_path / "v2023", base_data())
    data = base_data()
    edit(data)
    write_project(tmp_path / "v2024", data)
    monkeypatch.chdir(tmp_path)
    return api.diff("v2023", "v2024", tmp_path, options=Options(lang=lang))


def _text(cell: Any) -> Any:
    value = cell.value
    if isinstance(value, CellRichText):
        return [
            [part.text, "ins" if part.font.u else "del"] if isinstance(part, TextBlock) else part
            for part in value
        ]
    return value


def dump_workbook(data: bytes) -> dict[str, Any]:
    """The canonical form of a workbook: per sheet, cells (value, bold, fill), merges, layout."""
    book = openpyxl.load_workbook(io.BytesIO(data), rich_text=True)
    sheets: dict[str, Any] = {}
    for sheet in book.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                fill = cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None
                if cell.value is None and fill is None:
                    continue
                entry: dict[str, Any] = {"value": _text(cell)}
                if cell.font.b:
                    entry["bold"] = True
                if fill:
                    entry["fill"] = fill
                cells[cell.coordinate] = entry
        sheets[sheet.title] = {
            "freeze": sheet.freeze_panes,
            "merges": sorted(str(r) for r in sheet.merged_cells.ranges),
            "widths": {k: v.width for k, v in sorted(sheet.column_dimensions.items()) if v.width},
            "cells": cells,
        }
    return {"sheets": list(sheets), **sheets}


def _check(path: Path, text: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden {path}; run pytest --update-golden"
    assert text == path.read_text(encoding="utf-8"), f"{path} differs; review, then --update-golden"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_diff_markdown_matches_golden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    result = _result(tmp_path, monkeypatch, name)
    _check(
        GOLDEN / name / "report.md", to_markdown(result.diff, result.settings.lang), update_golden
    )


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_diff_text_matches_golden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    result = _result(tmp_path, monkeypatch, name)
    text = to_text(result.diff, result.settings.lang)
    _check(GOLDEN / name / "report.txt", text, update_golden)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_diff_html_matches_golden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    result = _result(tmp_path, monkeypatch, name)
    _check(
        GOLDEN / name / "report.html",
        render_html(result.diff, result.settings.lang).decode("utf-8"),
        update_golden,
    )


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_diff_workbook_matches_golden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    result = _result(tmp_path, monkeypatch, name)
    data = render_xlsx(result.diff, result.settings)
    assert data == render_xlsx(result.diff, result.settings), "the bytes must be deterministic"
    dump = yaml.safe_dump(dump_workbook(data), allow_unicode=True, sort_keys=False, width=1000)
    _check(GOLDEN / name / "workbook.yaml", dump, update_golden)
