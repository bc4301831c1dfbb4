"""Diff → the Excel 修订对照表: a summary sheet, then 新增 删除 修改 更名 移动 重新编码 其他变化."""

from __future__ import annotations

from collections.abc import Sequence

from gkcat.compile.xlsx.layout import (
    BODY_FONT,
    BODY_SIZE,
    HEADER_FONT,
    TITLE_FONT,
    line_count,
    put,
    set_up_page,
)
from gkcat.compile.xlsx.pack import FALLBACK_STAMP, naive
from gkcat.compile.xlsx.sheet import RichText, Sheet
from gkcat.compile.xlsx.styles import Alignment, Border, Font, Side, Style, all_round
from gkcat.compile.xlsx.writer import WorkbookWriter
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

FILLS = {"old": "FFFBE0E0", "new": "FFDDF3E0", "head": "FFD9E1F2"}
_DEL = Font(BODY_FONT, BODY_SIZE, color="FFC00000", strike=True)
_INS = Font(BODY_FONT, BODY_SIZE, color="FF00703C", bold=True, underline="single")
_TITLE_FONT = Font(TITLE_FONT, 16)
_HEAD_FONT = Font(HEADER_FONT, BODY_SIZE)
_BODY_FONT = Font(BODY_FONT, BODY_SIZE)
"""The catalog workbook's fonts: 方正小标宋 title, 黑体 headings, 宋体 text."""
_THIN = Side("thin", "FF808080")
_BORDER = all_round(_THIN)
_WRAP = Alignment(vertical="top", wrap=True)
_CENTER = Alignment("center", "center", wrap=True)

TITLE = Style(_TITLE_FONT, _CENTER)
FACT_LABEL = Style(_HEAD_FONT, _WRAP)
FACT = Style(_BODY_FONT, _WRAP)
TABLE_HEAD = Style(_HEAD_FONT, _CENTER, _BORDER, FILLS["head"])
TABLE_LABEL = Style(_HEAD_FONT, _CENTER, _BORDER)
TABLE = Style(_BODY_FONT, _CENTER, _BORDER)
SIGN_LABEL = Style(_HEAD_FONT, Alignment("right", "bottom"))
SIGN_LINE = Style(_BODY_FONT, border=Border(bottom=_THIN))
SIGN_REST = Style(border=Border(bottom=_THIN))
PLAIN = Style()
TEXT = {mark: Style(_BODY_FONT, _WRAP, _BORDER, FILLS.get(mark, "")) for mark in ("", "old", "new")}
NUMBER = {
    mark: Style(_BODY_FONT, _CENTER, _BORDER, FILLS.get(mark, "")) for mark in ("", "old", "new")
}
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
    stamp = naive(settings.build_time) if settings.build_time else FALLBACK_STAMP
    writer = WorkbookWriter(stamp)
    found = sections(diff, lang)
    summary = Sheet(word("summary", lang))
    _summary_sheet(summary, diff, [s.title for s in found if not s.count], lang, settings)
    writer.add(summary)
    for section in found:
        if section.count:  # an empty section is one line on the summary sheet, not a page
            sheet = Sheet(section.title)
            _section_sheet(sheet, section, lang, settings)
            writer.add(sheet)
    return writer.finish()


def _title(sheet: Sheet, text: str, width: int) -> None:
    put(sheet, 1, 1, text, TITLE)
    if width > 1:
        sheet.merge(1, 1, 1, width)
    sheet.heights[1] = 28


def _summary_sheet(
    sheet: Sheet, diff: Diff, empty: Sequence[str], lang: Lang, settings: Settings
) -> None:
    """原版本 and 修订版本 (catalog versions and dates), the summary, catalog notes, the kinds
    without changes (once, instead of empty pages), the counts table and the signature lines."""
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
    span = 14.0 * (len(heads) - 1)
    for r, (label, line) in enumerate(facts, 2):
        put(sheet, r, 1, label, FACT_LABEL)
        put(sheet, r, 2, line, FACT)
        sheet.merge(r, 2, r, len(heads))
        sheet.heights[r] = 15.0 * line_count(str(line), span) + 3
    table = len(facts) + 3
    rows: list[list[str | int]] = [list(heads)]
    rows.extend(
        [pick(ENTITY_NAMES[e], lang), *(diff.count(k, e) for k in REPORT_ORDER)] for e in ENTITIES
    )
    for r, values in enumerate(rows, table):
        for c, value in enumerate(values, 1):
            style = TABLE_HEAD if r == table else TABLE_LABEL if c == 1 else TABLE
            put(sheet, r, c, value, style)
    sheet.widths[1] = 16
    for c in range(2, len(heads) + 1):
        sheet.widths[c] = 14
    _signature(sheet, table + len(rows) + 1, len(heads), lang)
    set_up_page(sheet, settings, header_rows=(1, 1), freeze=None)


def _signature(sheet: Sheet, row: int, width: int, lang: Lang) -> None:
    """审核人（签字）and 日期 lines with room to sign, under the counts table."""
    half = max(2, width // 2)
    for offset, (label, blank) in enumerate(
        ((word("reviewer", lang), ""), (word("date", lang), word("blank-date", lang)))
    ):
        r = row + 2 * offset
        colon = "：" if lang == "zh" else ": "
        put(sheet, r, half, f"{label}{colon}", SIGN_LABEL)
        put(sheet, r, half + 1, blank, SIGN_LINE)
        for c in range(half + 2, width + 1):
            put(sheet, r, c, "", SIGN_REST)
        sheet.merge(r, half + 1, r, width)
        sheet.heights[r] = 30


def _section_sheet(sheet: Sheet, section: Section, lang: Lang, settings: Settings) -> None:
    count = say("diff.count", lang, count=section.count)
    title = f"{word('title', lang)}——{section.title}{count}"
    _title(sheet, title, len(section.columns))
    for c, (key, heading) in enumerate(section.columns, 1):
        put(sheet, 2, c, heading, TABLE_HEAD)
        sheet.widths[c] = WIDTHS.get(key, 16)
    if not section.rows:
        put(sheet, 3, 1, say("diff.none", lang), PLAIN)
        sheet.merge(3, 1, 3, len(section.columns))
    widths = [WIDTHS.get(key, 16) for key, _ in section.columns]
    for r, row in enumerate(section.rows, 3):
        sheet.heights[r] = _height(row, widths)
        for c, cell in enumerate(row, 1):
            number = section.columns[c - 1][0] == "no" and cell.span and cell.text.isdigit()
            _write(sheet, r, c, cell, number=bool(number))
    set_up_page(sheet, settings, header_rows=(1, 2), freeze=(1, 3))


def _height(row: tuple[Cell, ...], widths: Sequence[float]) -> float:
    """Row height in points for wrapped text, since spreadsheet programs do not all recompute
    it on opening; a merged cell is left to the rows it spans."""
    lines = 1
    for cell, width in zip(row, widths, strict=True):
        if cell.span == 1:
            lines = max(lines, line_count(cell.text, width))
    return 15.0 * lines + 3


def _write(sheet: Sheet, r: int, c: int, cell: Cell, *, number: bool) -> None:
    if cell.span == 0:  # inside the merged cell above: its borders, no value
        sheet.set(r, c, None, TEXT[""])
        return
    mark = cell.mark or ""
    if number:
        put(sheet, r, c, int(cell.text), NUMBER[mark])
    elif any(m for _, m in cell.parts):
        runs = tuple((t, (_DEL if m == "del" else _INS) if m else None) for t, m in cell.parts)
        put(sheet, r, c, RichText(runs), TEXT[mark])
    else:
        put(sheet, r, c, cell.text, TEXT[mark])
    if cell.span > 1:
        sheet.merge(r, c, r + cell.span - 1, c)
