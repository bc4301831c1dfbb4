"""Hostile workbooks, made small and fast: far-away cells, huge merges, a million rows, a zip bomb.

openpyxl itself would take gigabytes to write some of these (a merge of the whole sheet), so
the worksheet XML is written directly into a workbook that openpyxl made.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl

HEADER = ["事项编码", "事项名称", "事项类型", "实施主体"]
ROW = ["A-1", "最低生活保障认定", "行政确认", "县民政局"]
SHEET = "xl/worksheets/sheet1.xml"


def plain(path: Path, rows: list[list[object]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows or [HEADER, ROW]:
        sheet.append(row)
    book.save(path)
    return path


def far_cell(path: Path) -> Path:
    """A few KB: a header, one row, and one cell at XFD1048576."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(ROW)
    sheet.cell(1048576, 16384, "x")
    book.save(path)
    return path


def at_the_limit(path: Path) -> Path:
    """The worst workbook the default bounds accept: a cell at row 11,700, column 64, so the
    importer's grid is just under ``max_cells`` (750,000)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(ROW)
    sheet.cell(11700, 64, "x")
    book.save(path)
    return path


def _replace_sheet(path: Path, chunks: Iterator[bytes]) -> Path:
    """Rewrite ``path`` (made by :func:`plain`) with the worksheet part streamed from ``chunks``."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != SHEET:
                target.writestr(info, source.read(info.filename))
                continue
            entry = zipfile.ZipInfo(SHEET, date_time=(2024, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            with target.open(entry, "w", force_zip64=True) as stream:
                for chunk in chunks:
                    stream.write(chunk)
    return path


_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _rows(values: list[list[str]]) -> bytes:
    out = []
    for r, row in enumerate(values, 1):
        cells = "".join(
            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(row)
        )
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out).encode()


def merged_everything(path: Path) -> Path:
    """A few KB: a header, one row, and the merged range A1:XFD1048576."""
    plain(path)
    body = _HEAD + b"<sheetData>" + _rows([HEADER, ROW]) + b"</sheetData>"
    tail = b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'
    return _replace_sheet(path, iter([body + tail]))


def million_rows(path: Path, rows: int = 1_048_576) -> Path:
    """Every row of a sheet holds a number: legal, and a few MB compressed."""
    plain(path)

    def chunks() -> Iterator[bytes]:
        yield _HEAD + b"<sheetData>" + _rows([HEADER, ROW])
        step = 10_000
        for start in range(3, rows + 1, step):
            stop = min(start + step, rows + 1)
            yield "".join(
                f'<row r="{r}"><c r="A{r}"><v>{r * 7919 % 1000003}</v></c></row>'
                for r in range(start, stop)
            ).encode()
        yield b"</sheetData></worksheet>"

    return _replace_sheet(path, chunks())


def zip_bomb(path: Path, size: int = 1024**3) -> Path:
    """About 1 MB on disk; the worksheet part unpacks to ``size`` bytes of whitespace."""
    plain(path)

    def chunks() -> Iterator[bytes]:
        yield _HEAD + b"<sheetData>" + _rows([HEADER, ROW]) + b"</sheetData>"
        block = b" " * (4 * 1024 * 1024)
        for _ in range(size // len(block)):
            yield block
        yield b"</worksheet>"

    return _replace_sheet(path, chunks())
