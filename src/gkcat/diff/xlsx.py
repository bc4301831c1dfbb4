"""Diff → the Excel 修订对照表: a summary sheet, then 新增 删除 修改 更名 移动 重新编码 其他变化."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gkcat.compile.xlsx.layout import (
    BODY_FONT,
    BODY_SIZE,
    GB2312,
    HEADER_FONT,
    TITLE_FONT,
    line_count,
    set_up_page,
    set_value,
)
from gkcat.compile.xlsx.pack import FALLBACK_STAMP, naive, to_bytes
from gkcat.diagnostics import Lang
from gkcat.diff.compare import REPORT_ORDER, Diff
from gkcat.diff.labels import (
    ENTITY_NAMES,
    edition_line,
    kind_name,
    note_lines,
    other_lines,
    pick,
    summary_line,
    word,
)
from gkcat.diff.records import ENTITIES
from gkcat.diff.view import Cell, Section, sections
from gkcat.i18n import say
from gkcat.settings import Settings

FILLS = {
    "old": PatternFill("solid", fgColor="FFFBE0E0"),
    "new": PatternFill("solid", fgColor="FFDDF3E0"),
    "head": PatternFill("solid", fgColor="FFD9E1F2"),
}
_DEL = InlineFont(
    rFont=BODY_FONT, charset=GB2312, sz=BODY_SIZE, color=Color("FFC00000"), strike=True
)
_INS = InlineFont(
    rFont=BODY_FONT, charset=GB2312, sz=BODY_SIZE, color=Color("FF00703C"), b=True, u="single"
)
_TITLE_FONT = Font(name=TITLE_FONT, size=16, charset=GB2312)
_HEAD_FONT = Font(name=HEADER_FONT, size=BODY_SIZE, charset=GB2312)
_BODY_FONT = Font(name=BODY_FONT, size=BODY_SIZE, charset=GB2312)
"""The catalog workbook's fonts: 方正小标宋 title, 黑体 headings, 宋体 text."""
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
    "changes": 24,
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
    found = sections(diff, lang)
    _summary_sheet(summary, diff, [s.title for s in found if not s.count], lang, settings)
    for section in found:
        if section.count:  # an empty section is one line on the summary sheet, not a page
            _section_sheet(book.create_sheet(section.title), section, lang, settings)
    stamp = naive(settings.build_time) if settings.build_time else FALLBACK_STAMP
    return to_bytes(book, stamp)


def _title(sheet: Worksheet, text: str, width: int) -> None:
    set_value(sheet.cell(1, 1), text)
    sheet.cell(1, 1).font = _TITLE_FONT
    sheet.cell(1, 1).alignment = _CENTER
    if width > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.row_dimensions[1].height = 28


def _summary_sheet(
    sheet: Worksheet, diff: Diff, empty: Sequence[str], lang: Lang, settings: Settings
) -> None:
    """原版本 and 修订版本 (catalog versions and dates), the summary, catalog notes, the kinds
    without changes (once, instead of empty pages), the counts table and the signature lines."""
    sheet.title = word("summary", lang)
    heads = [word("entity", lang), *(kind_name(k, lang) for k in REPORT_ORDER)]
    _title(sheet, word("title", lang), len(heads))
    colon = "：" if lang == "zh" else ": "
    facts: list[list[str | int]] = [
        [say("diff.from", lang), edition_line(diff, "old", lang)],
        [say("diff.to", lang), edition_line(diff, "new", lang)],
        [word("summary", lang), summary_line(diff, lang)],
    ]
    facts += [["", line] for line in other_lines(diff, lang)]
    notes = note_lines(diff, lang)
    facts += [[word("notes", lang) if i == 0 else "", line] for i, line in enumerate(notes)]
    if empty and diff.changes:
        joined = ("、" if lang == "zh" else ", ").join(empty)
        facts.append([word("empty", lang), f"{joined}{colon}{word('none', lang)}"])
    rows: list[list[str | int]] = [*facts, [], list(heads)]
    rows.extend(
        [pick(ENTITY_NAMES[e], lang), *(diff.count(k, e) for k in REPORT_ORDER)] for e in ENTITIES
    )
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            set_value(sheet.cell(r, c), value)
            sheet.cell(r, c).font = _HEAD_FONT if c == 1 else _BODY_FONT
    table = len(facts) + 3
    for r in range(table, len(rows) + 2):
        for c in range(1, len(heads) + 1):
            cell = sheet.cell(r, c)
            cell.border = _BORDER
            cell.alignment = _CENTER
            cell.font = _HEAD_FONT if r == table or c == 1 else _BODY_FONT
            if r == table:
                cell.fill = FILLS["head"]
    for r in range(2, table - 1):
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(heads))
    sheet.column_dimensions["A"].width = 16
    for c in range(2, len(heads) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 14
    span = 14.0 * (len(heads) - 1)
    for r in range(2, table - 1):
        text = str(sheet.cell(r, 2).value or "")
        sheet.cell(r, 1).alignment = _WRAP
        sheet.cell(r, 2).alignment = _WRAP
        sheet.row_dimensions[r].height = 15.0 * line_count(text, span) + 3
    _signature(sheet, len(rows) + 3, len(heads), lang)
    set_up_page(sheet, settings, header_rows=(1, 1), freeze=None)


def _signature(sheet: Worksheet, row: int, width: int, lang: Lang) -> None:
    """审核人（签字）and 日期 lines with room to sign, under the counts table."""
    half = max(2, width // 2)
    for offset, (label, blank) in enumerate(
        ((word("reviewer", lang), ""), (word("date", lang), word("blank-date", lang)))
    ):
        r = row + 2 * offset
        colon = "：" if lang == "zh" else ": "
        set_value(sheet.cell(r, half), f"{label}{colon}")
        sheet.cell(r, half).font = _HEAD_FONT
        sheet.cell(r, half).alignment = Alignment(horizontal="right", vertical="bottom")
        set_value(sheet.cell(r, half + 1), blank)
        sheet.cell(r, half + 1).font = _BODY_FONT
        for c in range(half + 1, width + 1):
            sheet.cell(r, c).border = Border(bottom=_THIN)
        sheet.merge_cells(start_row=r, start_column=half + 1, end_row=r, end_column=width)
        sheet.row_dimensions[r].height = 30


def _section_sheet(sheet: Worksheet, section: Section, lang: Lang, settings: Settings) -> None:
    count = say("diff.count", lang, count=section.count)
    title = f"{word('title', lang)}——{section.title}{count}"
    _title(sheet, title, len(section.columns))
    for c, (key, heading) in enumerate(section.columns, 1):
        head = sheet.cell(2, c)
        set_value(head, heading)
        head.font = _HEAD_FONT
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
    target.font = _BODY_FONT
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
