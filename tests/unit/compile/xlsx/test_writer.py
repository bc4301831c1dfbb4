"""The streaming workbook writer: well-formed parts, what openpyxl reads back, no formulas."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime

from openpyxl import load_workbook

from gkcat.compile.xlsx.layout import BODY, BODY_CENTER, HEADER, PERCENT, put, set_up_page
from gkcat.compile.xlsx.pages import set_breaks
from gkcat.compile.xlsx.sheet import BarChart, RichText, Sheet, letter
from gkcat.compile.xlsx.styles import Font, Style
from gkcat.compile.xlsx.writer import WorkbookWriter
from gkcat.settings import Settings

STAMP = datetime(2024, 3, 1, 8, 30, 15)


def _book(*sheets: Sheet, title: str = "标题") -> bytes:
    writer = WorkbookWriter(STAMP, title=title)
    for sheet in sheets:
        writer.add(sheet)
    return writer.finish()


def _sample() -> Sheet:
    ws = Sheet("表'一")
    put(ws, 1, 1, "序号", HEADER)
    put(ws, 1, 2, "内容", HEADER)
    put(ws, 2, 1, 1, BODY_CENTER)
    put(ws, 2, 2, "第一行\n第二行 & <b> \r结束 ", BODY)
    put(ws, 5, 1, 0.5, PERCENT)
    put(ws, 3, 2, '=HYPERLINK("http://x","y")', BODY)
    put(ws, 4, 2, RichText((("删", Font("宋体", 10.5, strike=True)), ("留", None))), BODY)
    ws.merge(2, 1, 3, 1)
    ws.widths.update({1: 6, 2: 30})
    ws.heights[2] = 42.5
    ws.links[(1, 2)] = "'表''一'!A1"
    set_up_page(ws, Settings(), header_rows=(1, 1), freeze=(1, 2))
    set_breaks(ws, 2, [1], 80)
    return ws


def test_every_part_is_well_formed_and_declared() -> None:
    data = _book(_sample(), Sheet("空"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        for name in names:
            ET.fromstring(archive.read(name))
        types = archive.read("[Content_Types].xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
        core = archive.read("docProps/core.xml").decode()
        infos = archive.infolist()
    assert names[-1] == "[Content_Types].xml"
    for name in names:
        if name.endswith(".xml") and name != "[Content_Types].xml":
            assert f'PartName="/{name}"' in types, name
    assert "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'表''一'!$1:$1<" in workbook
    assert "2024-03-01T08:30:15Z" in core
    assert "<dc:title>标题</dc:title>" in core
    assert {info.date_time for info in infos} == {(2024, 3, 1, 8, 30, 14)}


def test_openpyxl_reads_back_values_styles_and_layout() -> None:
    book = load_workbook(io.BytesIO(_book(_sample())))
    ws = book["表'一"]
    assert ws["A2"].value == 1
    assert ws["B2"].value == "第一行\n第二行 & <b> \r结束 "
    assert ws["A3"].value is None  # inside the merged A2:A3
    assert ws["B3"].value == '=HYPERLINK("http://x","y")'
    assert ws["B3"].data_type == "s"
    assert ws["B3"].quotePrefix
    assert not ws["B2"].quotePrefix
    assert ws["B4"].value == "删留"
    assert ws["B2"].font.name == "宋体"
    assert ws["B2"].border.left.style == "thin"
    assert ws["A2"].alignment.horizontal == "center"
    assert [str(r) for r in ws.merged_cells.ranges] == ["A2:A3"]
    assert ws.column_dimensions["B"].width == 30
    assert ws.row_dimensions[2].height == 42.5
    assert ws.freeze_panes == "A2"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.scale == 80
    assert ws.page_setup.orientation == "landscape"
    assert [b.id for b in ws.row_breaks.brk] == [2]
    assert ws["B1"].hyperlink.location == "'表''一'!A1"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"


def test_percent_cells_keep_their_number_format() -> None:
    book = load_workbook(io.BytesIO(_book(_sample())))
    cell = book.worksheets[0]["A5"]
    assert cell.value == 0.5
    assert cell.number_format == "0.0%"


def test_no_formula_is_ever_written() -> None:
    ws = Sheet("s")
    for row, text in enumerate(("=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x"), 1):
        put(ws, row, 1, text, BODY)
    with zipfile.ZipFile(io.BytesIO(_book(ws))) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml
    assert b"<f " not in xml
    assert xml.count(b't="inlineStr"') == 6


def test_equal_styles_share_one_format_and_quoted_twins_are_separate() -> None:
    ws = Sheet("s")
    twin = Style(BODY.font, BODY.alignment, BODY.border)  # equal content, another object
    put(ws, 1, 1, "a", BODY)
    put(ws, 2, 1, "b", twin)
    put(ws, 3, 1, "=c", BODY)
    with zipfile.ZipFile(io.BytesIO(_book(ws))) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        styles = archive.read("xl/styles.xml").decode()
    assert re.findall(r' s="(\d+)"', sheet) == ["1", "1", "2"]
    assert 'cellXfs count="3"' in styles
    assert 'quotePrefix="1"' in styles


def test_illegal_characters_in_names_and_titles_are_dropped() -> None:
    data = _book(Sheet("表\x00一"), title="标\x01题")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            ET.fromstring(archive.read(name))
    assert load_workbook(io.BytesIO(data)).sheetnames == ["表一"]


def test_the_chart_part_names_its_ranges() -> None:
    ws = Sheet("统计")
    put(ws, 1, 1, "甲", BODY)
    ws.chart = BarChart("标题", "事项数", (3, 4), (1, 2), 4, 5, 6, (9, 3), 15, 7)
    with zipfile.ZipFile(io.BytesIO(_book(ws))) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
        rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert re.findall(r"<c:f>([^<]*)</c:f>", chart) == [
        "'统计'!C4",
        "'统计'!$A$5:$B$6",
        "'统计'!$C$5:$C$6",
        "'统计'!D4",
        "'统计'!$A$5:$B$6",
        "'统计'!$D$5:$D$6",
    ]
    assert "<xdr:col>8</xdr:col>" in drawing
    assert "/xl/drawings/drawing1.xml" in rels


def test_same_sheets_give_the_same_bytes() -> None:
    assert _book(_sample()) == _book(_sample())


def test_column_letters() -> None:
    assert [letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
