"""A power-list page shows each power's 权责清单 columns as the workbook prints them."""

from __future__ import annotations

import html
import re
from pathlib import Path

import openpyxl

from gkcat import api

POWER = """  - code: "4509xx-QR-0002"
    name: 特困人员认定
    type: 行政确认
    levels: [县级]
"""
RICH = """  - code: "4509xx-QR-0002"
    name: 特困人员认定
    type: 行政确认
    subtype: 认定
    levels: [县级]
    duties:
      - 受理责任：公示应当提交的材料，一次性告知补正材料。
      - 决定责任：作出认定或者不予认定的决定（不予认定的应当告知理由）。
    accountability:
      - 对符合条件的申请不予受理、不予认定的；
      - 在认定过程中索取或者收受财物的。
    note: "=HYPERLINK(\\"x\\") <b>不是标记</b>"
    extra:
      咨询电话: "0771-1234567"
"""


def _project(sample_project: Path) -> Path:
    path = sample_project / "powers/civil-affairs.yaml"
    text = path.read_text(encoding="utf-8")
    assert POWER in text
    path.write_text(text.replace(POWER, RICH), encoding="utf-8")
    return sample_project


def _site_facts(page: str, code: str) -> tuple[str, list[tuple[str, str]]]:
    """(type cell, [(header, text)]) of power ``code`` on a power-list page."""
    row = page.split(f'<tr id="p-{code}">', 1)[1].split("</tr>", 1)[0]
    facts = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", row, flags=re.S)
    kind = re.search(r'<td data-label="类型">(.*?)</td>', row)
    assert kind is not None
    return html.unescape(kind.group(1)), [(html.unescape(h), html.unescape(t)) for h, t in facts]


def _sheet_row(workbook: Path, code: str) -> dict[str, str]:
    ws = openpyxl.load_workbook(workbook).worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if "事项编码" in r)
    row = next(r for r in rows if code in r)
    cells = next(r for r in ws.iter_rows() if code in [c.value for c in r])
    assert all(c.data_type != "f" for c in cells), "catalog text never becomes a formula"
    return {str(h): str(v) for h, v in zip(header, row, strict=True) if h and v is not None}


def test_the_page_shows_what_the_workbook_prints(sample_project: Path) -> None:
    root = _project(sample_project)
    result = api.build(root, out=root / "dist", only=["html", "powers"])
    assert result.exit_code == 0
    page = (root / "dist/site/powers/civil-affairs.html").read_text(encoding="utf-8")
    kind, facts = _site_facts(page, "4509xx-QR-0002")
    (workbook,) = (root / "dist/powers").glob("*民政局*.xlsx")
    printed = _sheet_row(workbook, "4509xx-QR-0002")
    assert kind == printed["事项类型"] == "行政确认-认定"
    assert [h for h, _ in facts] == ["设定依据", "责任事项", "追责情形", "备注", "咨询电话"]
    assert dict(facts) == {h: printed[h] for h, _ in facts}
    assert dict(facts)["责任事项"].startswith("1.受理责任：")
    assert "\n2.决定责任：" in dict(facts)["责任事项"]
    # catalog text is escaped on the page and stays text in the workbook
    assert "<b>不是标记</b>" not in page
    assert "&lt;b&gt;不是标记&lt;/b&gt;" in page
    assert dict(facts)["备注"] == '=HYPERLINK("x") <b>不是标记</b>'


def test_a_power_without_other_columns_shows_only_its_basis(sample_project: Path) -> None:
    result = api.build(sample_project, out=sample_project / "dist", only=["html"])
    assert result.exit_code == 0
    page = (sample_project / "dist/site/powers/civil-affairs.html").read_text(encoding="utf-8")
    kind, facts = _site_facts(page, "4509xx-QR-0002")
    assert kind == "行政确认"
    assert [h for h, _ in facts] == ["设定依据"]
    assert facts[0][1].split("\n") == [
        "《社会救助暂行办法》（国务院令第649号）第十四条、第十六条",
        "《特困人员认定办法》（民发〔2021〕43号）",
    ]
