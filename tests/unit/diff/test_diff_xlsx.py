"""The 修订对照表 writes catalog text as text: nothing a reader types becomes a formula."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from diff_data import items_of

from gkcat import api
from gkcat.diff.xlsx import render_xlsx

Versions = Callable[[Callable[[dict[str, Any]], None]], tuple[Path, Path]]

STARTS = ('=HYPERLINK("http://x","y")', "+1+2", "-3-4", "@SUM(A1)", "\t=1", "\r=2")


def _edit(data: dict[str, Any]) -> None:
    items = items_of(data)
    for n, text in enumerate(STARTS):
        items.append(
            {**items[0], "id": f"SHJZ-X-{n + 50:03d}", "name": f"新增{n}", "content": text}
        )
    items[1]["content"] = "=1+1"  # modified: old value → a formula-like text
    items[2]["name"] = "-审核确认结果"


def test_diff_workbook_writes_formula_like_text_as_text(versions: Versions) -> None:
    old, new = versions(_edit)
    result = api.diff(str(old), str(new), old)
    assert result.diff.summary["added"] == len(STARTS)
    data = render_xlsx(result.diff, result.settings)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = b"".join(package.read(n) for n in sheets)
    assert b"<f>" not in xml
    assert b"<f " not in xml
    book = openpyxl.load_workbook(io.BytesIO(data))
    texts = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    found = {t for t in texts if any(start in t for start in (*STARTS, "=1+1", "-审核确认结果"))}
    assert {'=HYPERLINK("http://x","y")', "+1+2", "-3-4", "@SUM(A1)", "=1+1"} <= found
