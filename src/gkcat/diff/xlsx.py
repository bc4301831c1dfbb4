"""Diff → the Excel 修订对照表: a summary sheet, then 新增 删除 修改 更名 移动 重新编码 其他变化."""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from gkcat.diagnostics import Lang
from gkcat.diff.compare import REPORT_ORDER, Diff
from gkcat.diff.labels import ENTITY_NAMES, kind_name, other_lines, pick, summary_line, word
from gkcat.diff.records import ENTITIES
from gkcat.diff.view import Cell, Section, sections

FILLS = {
    "old": PatternFill("solid", fgColor="FFFBE0E0"),
    "new": PatternFill("solid", fgColor="FFDDF3E0"),
    "head": PatternFill("solid", fgColor="FFD9E1F2"),
}
_DEL = InlineFont(color=Color("FFC00000"), strike=True)
_INS = InlineFont(color=Color("FF00703C"), b=True, u="single")
_THIN = Side(style="thin", color="FF808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WIDTHS = {
    "no": 6,
    "id": 14,
    "old-id": 14,
    "new-id": 14,
    "code": 18,
    "catalog": 18,
    "old-catalog": 18,
    "new-catalog": 18,
    "entity": 12,
    "kind": 10,
    "category": 16,
    "name": 18,
    "item": 24,
    "field": 14,
    "similarity": 9,
    "old": 44,
    "new": 44,
    "content": 30,
    "basis": 30,
    "time_limit": 14,
    "subject": 14,
    "channels": 16,
    "audience": 10,
    "mode": 10,
    "levels": 10,
}
DEFAULT_STAMP = datetime(2000, 1, 1)
"""Workbook timestamps when none is configured: the same diff must give the same bytes."""


def render_xlsx(diff: Diff, lang: Lang, *, stamp: datetime | None = None) -> bytes:
    """The workbook as bytes, identical for identical input (timestamps fixed, zip entries too)."""
    book = Workbook()
    summary = book.active
    assert summary is not None  # a new Workbook always has one sheet
    _summary_sheet(summary, diff, lang)
    for section in sections(diff, lang):
        _section_sheet(book.create_sheet(section.title), section, lang)
    when = (stamp or DEFAULT_STAMP).replace(tzinfo=None, microsecond=0)
    book.properties.creator = "gkcat"
    book.properties.created = when
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_zip(buffer.getvalue(), when)


def _title(sheet: Worksheet, text: str, width: int) -> None:
    sheet.cell(1, 1, text).font = Font(bold=True, size=14)
    sheet.cell(1, 1).alignment = _CENTER
    if width > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.row_dimensions[1].height = 28


def _summary_sheet(sheet: Worksheet, diff: Diff, lang: Lang) -> None:
    sheet.title = word("summary", lang)
    heads = [word("entity", lang), *(kind_name(k, lang) for k in REPORT_ORDER)]
    _title(sheet, word("title", lang), len(heads))
    others: list[list[str | int]] = [["", line] for line in other_lines(diff, lang)]
    rows: list[list[str | int]] = [
        ["原版本" if lang == "zh" else "from", diff.old_label],
        ["修订版本" if lang == "zh" else "to", diff.new_label],
        [word("summary", lang), summary_line(diff, lang)],
        *others,
        [],
        list(heads),
    ]
    rows.extend(
        [pick(ENTITY_NAMES[e], lang), *(diff.count(k, e) for k in REPORT_ORDER)] for e in ENTITIES
    )
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            sheet.cell(r, c, value)
    table = len(rows) + 1 - len(ENTITIES)
    for r in range(table, len(rows) + 2):
        for c in range(1, len(heads) + 1):
            cell = sheet.cell(r, c)
            cell.border = _BORDER
            cell.alignment = _CENTER
            if r == table:
                cell.font = Font(bold=True)
                cell.fill = FILLS["head"]
    for r in range(2, table - 1):
        sheet.cell(r, 1).font = Font(bold=True)
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(heads))
    sheet.column_dimensions["A"].width = 14
    for c in range(2, len(heads) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 14
    span = 14.0 * (len(heads) - 1)
    for r in range(2, table - 1):
        text = str(sheet.cell(r, 2).value or "")
        sheet.cell(r, 2).alignment = _WRAP
        sheet.row_dimensions[r].height = 15.0 * max(1, math.ceil(text_width(text) / span)) + 3
    _page_setup(sheet)


def _section_sheet(sheet: Worksheet, section: Section, lang: Lang) -> None:
    count = f"（{section.count} 项）" if lang == "zh" else f" ({section.count})"
    title = f"{word('title', lang)}——{section.title}{count}"
    _title(sheet, title, len(section.columns))
    for c, (key, heading) in enumerate(section.columns, 1):
        head = sheet.cell(2, c, heading)
        head.font = Font(bold=True)
        head.fill = FILLS["head"]
        head.alignment = _CENTER
        head.border = _BORDER
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(key, 16)
    if not section.rows:
        sheet.cell(3, 1, "（无）" if lang == "zh" else "(none)")
        sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(section.columns))
    widths = [WIDTHS.get(key, 16) for key, _ in section.columns]
    for r, row in enumerate(section.rows, 3):
        sheet.row_dimensions[r].height = _height(row, widths)
        for c, cell in enumerate(row, 1):
            _write(sheet, r, c, cell)
            if section.columns[c - 1][0] == "no" and cell.text.isdigit():
                sheet.cell(r, c).value = int(cell.text)
                sheet.cell(r, c).alignment = _CENTER
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "1:2"
    _page_setup(sheet)


def _page_setup(sheet: Worksheet) -> None:
    """A4 landscape, fit to the page width, 第 N 页 共 M 页 in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    footer = sheet.oddFooter
    if footer is not None:
        footer.center.text = "第 &P 页 共 &N 页"


def text_width(text: str) -> int:
    """Display width in column units: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _height(row: tuple[Cell, ...], widths: Sequence[float]) -> float:
    """Row height in points for wrapped text, since spreadsheet programs do not all recompute
    it on opening; a merged cell is left to the rows it spans."""
    lines = 1
    for cell, width in zip(row, widths, strict=True):
        if cell.span == 1:
            usable = max(1.0, width - 1)
            needed = sum(max(1, math.ceil(text_width(t) / usable)) for t in cell.text.split("\n"))
            lines = max(lines, needed)
    return 15.0 * lines + 3


def _write(sheet: Worksheet, r: int, c: int, cell: Cell) -> None:
    target = sheet.cell(r, c)
    target.border = _BORDER
    target.alignment = _WRAP
    if cell.span == 0:
        return
    if any(mark for _, mark in cell.parts):
        blocks = [TextBlock(_DEL if m == "del" else _INS, t) if m else t for t, m in cell.parts]
        target.value = CellRichText(*blocks)
    else:
        target.value = cell.text or None
    if cell.mark:
        target.fill = FILLS[cell.mark]
    if cell.span > 1:
        sheet.merge_cells(start_row=r, start_column=c, end_row=r + cell.span - 1, end_column=c)


_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite the package with fixed entry times and the fixed dcterms:modified of ``when``."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(
                    rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>", content
                )
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()
