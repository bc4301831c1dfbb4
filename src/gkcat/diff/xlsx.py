"""Diff → the Excel 修订对照表: a summary sheet, then 新增 删除 修改 更名 移动 重新编码 其他变化."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gkcat.compile.xlsx.layout import line_count, set_up_page, set_value
from gkcat.compile.xlsx.pack import FALLBACK_STAMP, naive, to_bytes
from gkcat.diagnostics import Lang
from gkcat.diff.compare import REPORT_ORDER, Diff
from gkcat.diff.labels import ENTITY_NAMES, kind_name, other_lines, pick, summary_line, word
from gkcat.diff.records import ENTITIES
from gkcat.diff.view import Cell, Section, sections
from gkcat.i18n import say
from gkcat.settings import Settings

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


def render_xlsx(diff: Diff, settings: Settings) -> bytes:
    """The workbook as bytes, identical for identical input (timestamps fixed, zip entries too).

    Its language and paper come from ``settings``, its time from ``build_time`` (else a fixed
    date: the same diff must give the same bytes).
    """
    lang = settings.lang
    book = Workbook()
    summary = book.active
    assert summary is not None  # a new Workbook always has one sheet
    _summary_sheet(summary, diff, lang, settings)
    for section in sections(diff, lang):
        _section_sheet(book.create_sheet(section.title), section, lang, settings)
    stamp = naive(settings.build_time) if settings.build_time else FALLBACK_STAMP
    return to_bytes(book, stamp)


def _title(sheet: Worksheet, text: str, width: int) -> None:
    set_value(sheet.cell(1, 1), text)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.cell(1, 1).alignment = _CENTER
    if width > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.row_dimensions[1].height = 28


def _summary_sheet(sheet: Worksheet, diff: Diff, lang: Lang, settings: Settings) -> None:
    sheet.title = word("summary", lang)
    heads = [word("entity", lang), *(kind_name(k, lang) for k in REPORT_ORDER)]
    _title(sheet, word("title", lang), len(heads))
    others: list[list[str | int]] = [["", line] for line in other_lines(diff, lang)]
    rows: list[list[str | int]] = [
        [say("diff.from", lang), diff.old_label],
        [say("diff.to", lang), diff.new_label],
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
            set_value(sheet.cell(r, c), value)
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
        sheet.row_dimensions[r].height = 15.0 * line_count(text, span) + 3
    set_up_page(sheet, settings, header_rows=(1, 1), freeze=None)


def _section_sheet(sheet: Worksheet, section: Section, lang: Lang, settings: Settings) -> None:
    count = say("diff.count", lang, count=section.count)
    title = f"{word('title', lang)}——{section.title}{count}"
    _title(sheet, title, len(section.columns))
    for c, (key, heading) in enumerate(section.columns, 1):
        head = sheet.cell(2, c)
        set_value(head, heading)
        head.font = Font(bold=True)
        head.fill = FILLS["head"]
        head.alignment = _CENTER
        head.border = _BORDER
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(key, 16)
    if not section.rows:
        set_value(sheet.cell(3, 1), say("diff.none", lang))
        sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(section.columns))
    widths = [WIDTHS.get(key, 16) for key, _ in section.columns]
    for r, row in enumerate(section.rows, 3):
        sheet.row_dimensions[r].height = _height(row, widths)
        for c, cell in enumerate(row, 1):
            _write(sheet, r, c, cell)
            if section.columns[c - 1][0] == "no" and cell.text.isdigit():
                sheet.cell(r, c).value = int(cell.text)
                sheet.cell(r, c).alignment = _CENTER
    set_up_page(sheet, settings, header_rows=(1, 2), freeze="A3")


def _height(row: tuple[Cell, ...], widths: Sequence[float]) -> float:
    """Row height in points for wrapped text, since spreadsheet programs do not all recompute
    it on opening; a merged cell is left to the rows it spans."""
    lines = 1
    for cell, width in zip(row, widths, strict=True):
        if cell.span == 1:
            lines = max(lines, line_count(cell.text, width))
    return 15.0 * lines + 3


def _write(sheet: Worksheet, r: int, c: int, cell: Cell) -> None:
    target = sheet.cell(r, c)
    target.border = _BORDER
    target.alignment = _WRAP
    if cell.span == 0:
        return
    if any(mark for _, mark in cell.parts):
        blocks = [TextBlock(_DEL if m == "del" else _INS, t) if m else t for t, m in cell.parts]
        set_value(target, CellRichText(*blocks))
    else:
        set_value(target, cell.text)
    if cell.mark:
        target.fill = FILLS[cell.mark]
    if cell.span > 1:
        sheet.merge_cells(start_row=r, start_column=c, end_row=r + cell.span - 1, end_column=c)
