"""Bounds checked before openpyxl opens a workbook: a hostile file is refused in a bounded pass.

openpyxl trusts a workbook: a 5 KB file with one far-away cell makes the importer build a grid
of millions of cells, a merged range A1:XFD1048576 makes it create 17 billion cell objects, and a
1 MB zip part may unpack to 1 GB. :func:`inspect_workbook` reads only the zip directory and then
streams each worksheet part (never more bytes than the directory, already bounded, promises),
counting rows, cells and merged cells with byte patterns, and returns the first bound exceeded as
a diagnostic (GK620–GK625). :func:`inspect_document` does the same for task-plan documents
(.docx, .txt: GK626 and the zip checks); :func:`inspect_import` picks one by suffix, and
``api.import_`` calls it before any importer opens the file. Limits come from ``limits:``.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.limits import Limits
from gkcat.pointers import escape

EMITS = frozenset({"GK620", "GK621", "GK622", "GK623", "GK624", "GK625", "GK626"})
"""The rule codes this module emits (a test keeps the list exact)."""

READ_COLUMNS = 64
"""Columns the importer reads (``importers.workbook.MAX_COLUMNS``): its grid is rows × these."""
RATIO_FLOOR = 1024 * 1024
"""Parts smaller than this once decompressed are not held to the compression ratio."""
_CHUNK = 1024 * 1024

_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b[^>]*?\bref=\"([A-Za-z0-9:$]+)\"")
_ROW = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_ROW_NUMBER = re.compile(rb"<(?:[\w.-]+:)?row\b[^>]*?\br=\"(\d{1,9})\"")
_CELL = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_CELL_COLUMN = re.compile(rb"<(?:[\w.-]+:)?c\b[^>]*?\br=\"\$?([A-Za-z]{1,3})\$?\d")
_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z0-9:$]+)\"")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError)
"""What a damaged archive raises; the importer then reports it (GK601)."""
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(slots=True)
class SheetShape:
    """What one worksheet part holds, as far as the bounds care."""

    rows: int = 0
    """The highest row present (numbered or counted)."""
    cells: int = 0
    used_rows: int = 0
    used_columns: int = 0
    """From the part's ``<dimension>``, when it has one."""
    merged: int = 0
    """Cells covered by merged ranges."""
    merged_ref: str = ""
    """The largest merged range."""


def inspect_workbook(path: Path, file: str, limits: Limits) -> Diagnostic | None:
    """The first bound ``path`` exceeds, as a diagnostic; None when it may be opened.

    Files that are not zip archives pass: the importer reports them (GK601).
    """
    size = _size(path)
    if size > limits.max_workbook_size:
        return _at("GK620", file, size=_human(size), limit=_human(limits.max_workbook_size))
    try:
        with zipfile.ZipFile(path) as archive:
            found = _archive_problem(archive, file, limits)
            if found is not None:
                return found
            for sheet, part in _sheet_parts(archive):
                found = _sheet_problem(_shape(archive, part, limits), sheet, file, limits)
                if found is not None:
                    return found
    except _DAMAGED:
        return None  # damaged or not a zip: the importer's GK601 names the problem
    return None


DOCUMENT_SUFFIXES = (".docx", ".txt", ".md")
"""Task-plan documents; anything else is held to the workbook bounds."""


def inspect_import(path: Path, file: str, limits: Limits) -> Diagnostic | None:
    """The bounds of whatever ``gkcat import`` is about to open, as a diagnostic or None."""
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return inspect_document(path, file, limits)
    return inspect_workbook(path, file, limits)


def inspect_document(path: Path, file: str, limits: Limits) -> Diagnostic | None:
    """Bounds of a task-plan document: its size and, for .docx, the zip checks."""
    size = _size(path)
    if size > limits.max_document_size:
        return _at("GK626", file, size=_human(size), limit=_human(limits.max_document_size))
    if not zipfile.is_zipfile(path):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            return _archive_problem(archive, file, limits)
    except _DAMAGED:
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the importer reports the unreadable file


def _archive_problem(archive: zipfile.ZipFile, file: str, limits: Limits) -> Diagnostic | None:
    infos = archive.infolist()
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_size:
        return _at("GK621", file, size=_human(total), limit=_human(limits.max_unzipped_size))
    for info in infos:
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                return _at(
                    "GK622",
                    file,
                    part=info.filename,
                    ratio=f"{ratio:.0f}",
                    limit=limits.max_compression_ratio,
                )
    return None


def _sheet_problem(shape: SheetShape, sheet: str, file: str, limits: Limits) -> Diagnostic | None:
    rows = max(shape.rows, shape.used_rows)
    columns = shape.used_columns
    if rows > limits.max_rows or columns > limits.max_columns:
        return _at(
            "GK623",
            file,
            pointer=sheet,
            sheet=sheet,
            rows=rows,
            columns=columns,
            max_rows=limits.max_rows,
            max_columns=limits.max_columns,
        )
    grid = rows * min(max(columns, 1), READ_COLUMNS)
    if max(shape.cells, grid) > limits.max_cells:
        return _at(
            "GK624",
            file,
            pointer=sheet,
            sheet=sheet,
            cells=max(shape.cells, grid),
            limit=limits.max_cells,
        )
    if shape.merged > limits.max_merged_cells:
        return _at(
            "GK625",
            file,
            pointer=sheet,
            sheet=sheet,
            ref=shape.merged_ref,
            cells=shape.merged,
            limit=limits.max_merged_cells,
        )
    return None


def _sheet_parts(archive: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """(sheet name, part name) for every worksheet; part names when the workbook part is odd."""
    names = set(archive.namelist())
    parts = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    titles = _titles(archive) if "xl/workbook.xml" in names else {}
    for part in parts:
        yield titles.get(part, PurePosixPath(part).stem), part


def _titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → sheet name, from xl/workbook.xml and its relationships (small parts)."""
    try:
        rels_part = "xl/_rels/workbook.xml.rels"
        if archive.getinfo("xl/workbook.xml").file_size > _CHUNK * 8:
            return {}
        if archive.getinfo(rels_part).file_size > _CHUNK * 8:
            return {}
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read(rels_part))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id", "")] = str(PurePosixPath(part))
    return {
        targets[sheet.get(_NS_REL, "")]: sheet.get("name", "")
        for sheet in book.iter()
        if sheet.tag.endswith("}sheet") and sheet.get(_NS_REL, "") in targets
    }


def _shape(archive: zipfile.ZipFile, part: str, limits: Limits) -> SheetShape:
    """Stream one worksheet part, counting what the bounds need; tags never straddle chunks.
    Reading stops as soon as the rows or cells present exceed their bounds."""
    shape = SheetShape()
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<")
            data, carry = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            _count(data, shape)
            if shape.rows > limits.max_rows or shape.cells > limits.max_cells:
                return shape
    _count(carry, shape)
    return shape


def _count(data: bytes, shape: SheetShape) -> None:
    shape.cells += len(_CELL.findall(data))
    counted = len(_ROW.findall(data))
    numbered = [int(n) for n in _ROW_NUMBER.findall(data)]
    shape.rows = max(shape.rows + counted, max(numbered, default=0))
    if not shape.used_rows and (match := _DIMENSION.search(data)):
        first, last = _range(match.group(1).decode())
        shape.used_rows = last[0]
        shape.used_columns = max(shape.used_columns, last[1])
    for letters in set(_CELL_COLUMN.findall(data)):
        shape.used_columns = max(shape.used_columns, _cell(letters.decode() + "1")[1])
    for ref in _MERGE.findall(data):
        first, last = _range(ref.decode())
        area = (last[0] - first[0] + 1) * (last[1] - first[1] + 1)
        if area > 0:
            shape.merged += area
            if not shape.merged_ref or area > _area(shape.merged_ref):
                shape.merged_ref = ref.decode()


def _area(ref: str) -> int:
    first, last = _range(ref)
    return (last[0] - first[0] + 1) * (last[1] - first[1] + 1)


def _range(ref: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """``A1:C9`` → ((row, col), (row, col)); a single cell is a one-cell range."""
    ends = [_cell(p) for p in ref.split(":", 1)]
    first, last = ends[0], ends[-1]
    return (min(first[0], last[0]), min(first[1], last[1])), (
        max(first[0], last[0]),
        max(first[1], last[1]),
    )


def _cell(ref: str) -> tuple[int, int]:
    match = _REF.match(ref)
    if match is None:
        return (0, 0)
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def _at(code: str, file: str, *, pointer: str = "", **args: object) -> Diagnostic:
    return diagnostic(
        code,
        file=file,
        line=1,
        column=1,
        pointer=f"/{escape(pointer)}" if pointer else "",
        args=args,
    )


def _human(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"
