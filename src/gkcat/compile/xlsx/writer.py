"""The workbook writer: each finished sheet goes straight into the zip, then the shared parts.

Only the sheet being written is in memory. Strings are inline (``t="inlineStr"``), so no
shared-string table grows with the workbook; no cell ever carries a formula. Entries are
dated with the document stamp and written in a fixed order, so the same sheets and stamp
give the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from importlib.resources import files

from gkcat.compile.xlsx.chart import chart_xml, drawing_xml
from gkcat.compile.xlsx.sheet import RichText, Row, Sheet, letter
from gkcat.compile.xlsx.styles import Style, StyleTable
from gkcat.compile.xlsx.xml import attr, clean_text, preserve, text

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_TYPE = "application/vnd.openxmlformats-officedocument."
ROWS_PER_CHUNK = 500
MAX_COL = 16384
ZIP_EPOCH = datetime(1980, 1, 1)
"""The earliest time a zip entry can carry."""
ZIP_END = datetime(2107, 12, 31, 23, 59, 58)
"""The latest (a 2200-01-01 施行日期 is clamped here; validate warns of it, GK907)."""


class WorkbookWriter:
    """Write sheets one by one with :meth:`add`, then :meth:`finish` for the bytes."""

    def __init__(self, stamp: datetime, *, title: str = "") -> None:
        self._stamp = stamp
        self._title = title
        self._time = _zip_time(stamp)
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w")
        self._styles = StyleTable()
        self._names: list[str] = []
        self._titles: list[tuple[int, int] | None] = []
        self._charts = 0
        self._types: list[tuple[str, str]] = []

    def _entry(self, name: str) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name, date_time=self._time)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.create_system = 3  # Unix, on every platform: ZipInfo picks 0 on Windows
        entry.external_attr = 0o600 << 16
        return entry

    def _write(self, name: str, data: str, content_type: str = "") -> None:
        self._zip.writestr(self._entry(name), data.encode("utf-8"))
        if content_type:
            self._types.append((name, content_type))

    def add(self, sheet: Sheet) -> None:
        """Serialise ``sheet`` now; it may be dropped afterwards."""
        number = len(self._names) + 1
        self._names.append(sheet.title)
        self._titles.append(sheet.page.title_rows if sheet.page else None)
        name = f"xl/worksheets/sheet{number}.xml"
        with self._zip.open(self._entry(name), "w") as out:
            for chunk in _sheet_xml(sheet, self._styles, first=number == 1):
                out.write(chunk.encode("utf-8"))
        self._types.append((name, _TYPE + "spreadsheetml.worksheet+xml"))
        if sheet.chart is not None:
            self._charts += 1
            drawing = f"xl/drawings/drawing{self._charts}.xml"
            chart = f"xl/charts/chart{self._charts}.xml"
            self._write(
                f"xl/worksheets/_rels/sheet{number}.xml.rels",
                _rels([("drawing", f"/{drawing}")]),
            )
            self._write(drawing, drawing_xml(sheet.chart), _TYPE + "drawing+xml")
            self._write(
                f"xl/drawings/_rels/drawing{self._charts}.xml.rels",
                _rels([("chart", f"/{chart}")]),
            )
            self._write(chart, chart_xml(sheet.chart, sheet.title), _TYPE + "drawingml.chart+xml")

    def finish(self) -> bytes:
        self._write("xl/styles.xml", self._styles.xml(), _TYPE + "spreadsheetml.styles+xml")
        self._write("xl/theme/theme1.xml", theme(), _TYPE + "theme+xml")
        self._write("xl/workbook.xml", self._workbook(), _TYPE + "spreadsheetml.sheet.main+xml")
        sheets = [
            ("worksheet", f"/xl/worksheets/sheet{n}.xml") for n in range(1, len(self._names) + 1)
        ]
        self._write(
            "xl/_rels/workbook.xml.rels",
            _rels([*sheets, ("styles", "/xl/styles.xml"), ("theme", "/xl/theme/theme1.xml")]),
        )
        self._write(
            "docProps/core.xml",
            self._core(),
            "application/vnd.openxmlformats-package.core-properties+xml",
        )
        self._write("docProps/app.xml", _app(), _TYPE + "extended-properties+xml")
        self._write("_rels/.rels", _package_rels())
        self._write("[Content_Types].xml", self._content_types())
        self._zip.close()
        return self._buffer.getvalue()

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{attr(name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(self._names, 1)
        )
        names = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">'
            f"{clean_text(_quoted(self._names[n]))}!${rows[0]}:${rows[1]}</definedName>"
            for n, rows in enumerate(self._titles)
            if rows is not None
        )
        return (
            f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )

    def _core(self) -> str:
        when = self._stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        title = clean_text(self._title)
        title = f"<dc:title>{title}</dc:title>" if title else ""
        return (
            f"{DECLARATION}<cp:coreProperties"
            ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>gkcat</dc:creator>{title}"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            "<cp:lastModifiedBy>gkcat</cp:lastModifiedBy></cp:coreProperties>"
        )

    def _content_types(self) -> str:
        overrides = "".join(
            f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in self._types
        )
        return (
            f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>"
        )


@cache
def theme() -> str:
    """The standard Office theme: chart series and axes take their colours from it."""
    return files(__package__).joinpath("theme1.xml").read_text(encoding="utf-8")


def _zip_time(stamp: datetime) -> tuple[int, int, int, int, int, int]:
    """Zip times have no zone and 2 s steps, and a limited range."""
    when = min(max(stamp, ZIP_EPOCH), ZIP_END)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second // 2 * 2)


def _quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def _rels(targets: list[tuple[str, str]]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL}/{kind}" Target="{attr(target)}"/>'
        for n, (kind, target) in enumerate(targets, 1)
    )
    return f'{DECLARATION}<Relationships xmlns="{PKG_REL}">{rels}</Relationships>'


def _package_rels() -> str:
    return (
        f'{DECLARATION}<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


APPLICATION = "Microsoft Excel Compatible / gkcat"
"""LibreOffice lays out a workbook that says it comes from Excel as Excel would (row text
placement differs by a point otherwise); the printed pages are planned for that layout."""


def _app() -> str:
    return (
        f"{DECLARATION}<Properties xmlns="
        '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{APPLICATION}</Application></Properties>"
    )


def _sheet_xml(sheet: Sheet, styles: StyleTable, *, first: bool) -> Iterator[str]:
    page = sheet.page
    head = [f'{DECLARATION}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">']
    if page is not None:
        fit = "0" if page.scale is not None else "1"
        head.append(f'<sheetPr><pageSetUpPr fitToPage="{fit}"/></sheetPr>')
    head.append(f'<dimension ref="{_dimension(sheet)}"/>')
    head.append(_view(sheet, first=first))
    head.append('<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>')
    if sheet.widths:
        cols = "".join(
            f'<col min="{c}" max="{c}" width="{w:g}" customWidth="1"/>'
            for c, w in sorted(sheet.widths.items())
        )
        head.append(f"<cols>{cols}</cols>")
    head.append("<sheetData>")
    yield "".join(head)
    chunk: list[str] = []
    style_attr = _style_attrs(styles)
    for number in sorted(set(sheet.rows) | set(sheet.heights)):
        chunk.append(_row(number, sheet.rows.get(number), sheet.heights.get(number), style_attr))
        if len(chunk) >= ROWS_PER_CHUNK:
            yield "".join(chunk)
            chunk = []
    chunk.append("</sheetData>")
    yield "".join(chunk)
    yield "".join(_tail(sheet))


def _view(sheet: Sheet, *, first: bool) -> str:
    selected = ' tabSelected="1"' if first else ""
    if sheet.freeze is None or sheet.freeze == (1, 1):
        return f'<sheetViews><sheetView workbookViewId="0"{selected}/></sheetViews>'
    col, row = sheet.freeze
    split = (f' xSplit="{col - 1}"' if col > 1 else "") + (
        f' ySplit="{row - 1}"' if row > 1 else ""
    )
    pane = "bottomRight" if col > 1 and row > 1 else ("bottomLeft" if row > 1 else "topRight")
    return (
        f'<sheetViews><sheetView workbookViewId="0"{selected}>'
        f'<pane{split} topLeftCell="{letter(col)}{row}" activePane="{pane}" state="frozen"/>'
        f'<selection pane="{pane}" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
    )


def _dimension(sheet: Sheet) -> str:
    if not sheet.rows:
        return "A1"
    last_col = max(len(r.values) for r in sheet.rows.values()) or 1
    return f"A1:{letter(last_col)}{max(sheet.rows)}"


def _row(
    number: int, row: Row | None, height: float | None, style_attr: Callable[[Style], str]
) -> str:
    attrs = f' ht="{height:g}" customHeight="1"' if height is not None else ""
    if row is None:
        return f'<row r="{number}"{attrs}/>'
    cells = []
    for col, (value, style) in enumerate(zip(row.values, row.styles, strict=True), 1):
        if style is None:
            if value is None:
                continue
            head = f'<c r="{letter(col)}{number}"'
        else:
            head = f'<c r="{letter(col)}{number}"{style_attr(style)}'
        if value is None:
            cells.append(head + "/>")
        elif isinstance(value, str):
            cells.append(f'{head} t="inlineStr"><is><t{preserve(value)}>{text(value)}</t></is></c>')
        elif isinstance(value, RichText):
            cells.append(f'{head} t="inlineStr"><is>{_runs(value)}</is></c>')
        else:
            shown = repr(value).removesuffix(".0")  # as Excel writes 1.0: 1
            cells.append(f"{head}><v>{shown}</v></c>")
    return f'<row r="{number}"{attrs}>{"".join(cells)}</row>'


def _style_attrs(styles: StyleTable) -> Callable[[Style], str]:
    """Style → its ` s="N"` attribute, looked up by identity after the first time."""
    known: dict[Style, str] = {}

    def style_attr(style: Style) -> str:
        found = known.get(style)
        if found is None:
            found = known[style] = f' s="{styles.index(style)}"'
        return found

    return style_attr


def _runs(value: RichText) -> str:
    parts = []
    for run, font in value.runs:
        props = font.xml("rPr", "rFont") if font is not None else ""
        parts.append(f"<r>{props}<t{preserve(run)}>{text(run)}</t></r>")
    return "".join(parts)


def _tail(sheet: Sheet) -> Iterator[str]:
    if sheet.merges:
        refs = "".join(f'<mergeCell ref="{r}"/>' for r in sheet.merges)
        yield f'<mergeCells count="{len(sheet.merges)}">{refs}</mergeCells>'
    if sheet.links:
        links = "".join(
            f'<hyperlink ref="{letter(col)}{row}" location="{attr(location)}"/>'
            for (row, col), location in sorted(sheet.links.items())
        )
        yield f"<hyperlinks>{links}</hyperlinks>"
    page = sheet.page
    if page is not None:
        yield '<printOptions horizontalCentered="1"/>'
        left, right, top, bottom, header, footer = page.margins
        yield (
            f'<pageMargins left="{left:g}" right="{right:g}" top="{top:g}" bottom="{bottom:g}"'
            f' header="{header:g}" footer="{footer:g}"/>'
        )
        fit = (
            f'scale="{page.scale}"' if page.scale is not None else 'fitToWidth="1" fitToHeight="0"'
        )
        yield f'<pageSetup paperSize="{page.paper}" {fit} orientation="landscape"/>'
        if page.footer:
            yield f"<headerFooter><oddFooter>{text(page.footer)}</oddFooter></headerFooter>"
        if page.breaks:
            breaks = "".join(f'<brk id="{b}" max="{MAX_COL - 1}" man="1"/>' for b in page.breaks)
            count = len(page.breaks)
            yield f'<rowBreaks count="{count}" manualBreakCount="{count}">{breaks}</rowBreaks>'
    if sheet.chart is not None:
        yield '<drawing r:id="rId1"/>'
    yield "</worksheet>"
