"""xlsx import: a 权责清单 workbook → power-list plain data + diagnostics (GK601–GK611).

Every non-empty row below the header becomes a power (two for a 子项 row whose main item has
no row of its own), a type heading (一、行政许可), or a diagnostic naming the sheet and row:
nothing is dropped silently. ``ImportStats`` accounts for each row.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.importers.catalog_context import title_version
from gkcat.importers.cells import cell_text
from gkcat.importers.headers import HEADER_SCAN_ROWS, SYNONYMS, TITLES, Header, find_header
from gkcat.importers.power_codes import DEFAULT_PREFIX, CodeMaker
from gkcat.importers.power_rows import ImportStats, PowerRowReader, SheetPlace
from gkcat.importers.registration import unregistered_departments
from gkcat.importers.text_fold import fold_grid
from gkcat.importers.traditional import simplify_grid
from gkcat.model import Registry
from gkcat.pointers import escape

__all__ = ["ImportStats", "WorkbookImport", "read_grid", "read_power_workbook", "read_workbook"]

MAX_COLUMNS = 64
"""Columns beyond this are ignored: exports often format whole rows out to column XFD."""

_TITLE = re.compile(r"^(.+?)(?:权责清单|权力清单|权责事项清单)")


@dataclass(frozen=True, slots=True)
class WorkbookImport:
    """The result of reading one sheet: plain power-list data (None when nothing is usable)."""

    data: dict[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    sheet: str = ""
    stats: ImportStats = field(default_factory=ImportStats)


SheetReader = Callable[[list[list[str]], set[tuple[int, int]], str], "WorkbookImport | None"]
"""Reads one sheet (cell texts, vertical merge pairs, sheet name); None when it has no header."""


def read_workbook(
    path: Path, *, file: str, sheet: str | None, read: SheetReader, expected: str
) -> WorkbookImport:
    """Open ``path`` and read the named sheet, or the first sheet that has a header row.

    ``expected`` names typical columns for the message when no sheet has a header.
    """
    book, problem = _open(path, file)
    if problem is not None:
        return WorkbookImport(None, (problem,))
    sheets = {ws.title: ws for ws in book.worksheets}  # chart sheets have no cells
    names = list(sheets)
    if sheet is not None and sheet not in names:
        hint = vocab.suggest(sheet, names)
        found = diagnostic(
            "GK602",
            file=file,
            line=1,
            column=1,
            sheet=sheet,
            sheets="、".join(names),
            args=suggestion(hint),
        )
        return WorkbookImport(None, (found,))
    candidates = [sheet] if sheet is not None else names
    for name in candidates:
        grid, merges = _grid(sheets[name])
        result = read(grid, merges, name)
        if result is not None:
            return result
    missing = diagnostic(
        "GK603",
        file=file,
        line=1,
        column=1,
        pointer=f"/{escape(candidates[0])}" if len(candidates) == 1 else "",
        sheet="、".join(candidates),
        rows=HEADER_SCAN_ROWS,
        expected=expected,
    )
    return WorkbookImport(None, (missing,))


def read_power_workbook(
    path: Path,
    *,
    file: str,
    sheet: str | None = None,
    registry: Registry | None = None,
    department: str | None = None,
    region: str = "",
    code_prefix: str = DEFAULT_PREFIX,
) -> WorkbookImport:
    """Read a 权责清单 export into power-list data; every problem is a diagnostic."""

    def read(
        grid: list[list[str]], merges: set[tuple[int, int]], name: str
    ) -> WorkbookImport | None:
        return read_grid(
            grid,
            merges,
            file=file,
            sheet=name,
            registry=registry,
            department=department,
            region=region,
            code_prefix=code_prefix,
        )

    return read_workbook(
        path, file=file, sheet=sheet, read=read, expected="「事项名称」「事项类型」"
    )


def read_grid(
    grid: list[list[str]],
    merges: set[tuple[int, int]],
    *,
    file: str,
    sheet: str,
    registry: Registry | None = None,
    department: str | None = None,
    region: str = "",
    code_prefix: str = DEFAULT_PREFIX,
) -> WorkbookImport | None:
    """Read one sheet's cell texts (merged ranges filled); None when it has no header row."""
    grid, changed = simplify_grid(grid)
    grid = fold_grid(grid)
    header = find_header(grid, merges)
    if header is None:
        return None
    where = SheetPlace(file, sheet)
    codes = None if _has_codes(grid, header) else CodeMaker(code_prefix)
    reader = PowerRowReader(header, where, registry or Registry(), codes)
    if changed is not None:
        reader.diagnostics.append(where.at("GK643", changed[0] + 1, changed[1] + 1))
    return _read_sheet(grid, reader, department, region)


def _has_codes(grid: list[list[str]], header: Header) -> bool:
    """True when the sheet has a code column with at least one code in it."""
    col = header.columns.get("code")
    return col is not None and any(
        col < len(row) and row[col].strip() for row in grid[header.last_row + 1 :]
    )


def _open(path: Path, file: str) -> tuple[Any, Diagnostic | None]:
    # Deferred: only `gkcat import` needs it.
    import openpyxl

    def fail(zh: str, en: str) -> tuple[None, Diagnostic]:
        return None, diagnostic(
            "GK601", file=file, line=1, column=1, args={"problem@zh": zh, "problem@en": en}
        )

    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        return fail(str(exc.strerror or exc), str(exc.strerror or exc))
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        return fail(
            "这是旧版 .xls 文件或加密（设有打开密码）的工作簿；请在 Excel 中去掉密码并另存为 .xlsx",
            "this is a legacy .xls file or a password-protected workbook; "
            "remove the password and save it as .xlsx",
        )
    if not magic.startswith(b"PK"):
        return fail("不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)")
    try:
        # Our own handle: openpyxl leaves the file open when a damaged workbook makes it raise.
        with warnings.catch_warnings(), path.open("rb") as handle:
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            return openpyxl.load_workbook(handle, data_only=True), None
    except Exception as exc:  # openpyxl raises many types on a damaged file
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return fail(f"工作簿已损坏：{detail}", f"the workbook is damaged: {detail}")


def _grid(sheet: Any) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Cell texts with merged ranges filled from their top-left cell, and vertical merge pairs."""
    width = min(sheet.max_column or 1, MAX_COLUMNS)
    grid = [
        [cell_text(v) for v in row]
        for row in sheet.iter_rows(min_row=1, max_col=width, values_only=True)
    ]
    merges: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        top = merged.min_row - 1
        if top >= len(grid) or merged.min_col > width:
            continue
        value = grid[top][merged.min_col - 1]
        for r in range(top, min(merged.max_row, len(grid))):
            for c in range(merged.min_col - 1, min(merged.max_col, width)):
                grid[r][c] = value
            if r + 1 < merged.max_row:
                merges.add((r, r + 1))
    return grid, merges


def _read_sheet(
    grid: list[list[str]], reader: PowerRowReader, department: str | None, region: str
) -> WorkbookImport:
    header, where = reader.header, reader.where
    header_row = header.first_row + 1
    if "name" not in header.columns:
        found = where.at(
            "GK604",
            header_row,
            None,
            synonyms="、".join(SYNONYMS["name"]),
            args={"title@zh": TITLES["name"][0], "title@en": TITLES["name"][1]},
        )
        return WorkbookImport(None, (found,), where.sheet)
    for index in range(header.last_row + 1, len(grid)):
        reader.read(index + 1, grid[index])
    owner = _department(department, reader, grid[: header.first_row], reader.registry)
    if owner is None:
        reader.diagnostics.append(where.at("GK611", header_row))
        return WorkbookImport(None, tuple(reader.diagnostics), where.sheet, reader.stats())
    powers = [_finish(p, owner) for p in reader.powers]
    data: dict[str, Any] = {"kind": "power-list", "schema_version": 1, "department": owner}
    if region:
        data["region"] = region
    version = title_version([c for row in grid[: header.first_row] for c in row if c])
    if version:
        data["version"] = version
    data["powers"] = powers
    if not powers:
        reader.diagnostics.append(where.at("GK610", header_row, None, sheet=where.sheet))
        return WorkbookImport(None, tuple(reader.diagnostics), where.sheet, reader.stats())
    rows = {owner: reader.first_rows.get(owner, header_row), **reader.first_rows}
    reader.diagnostics.extend(unregistered_departments(rows, reader.registry, where))
    reader.diagnostics.extend(_notes(reader, header_row, powers[0]["code"]))
    return WorkbookImport(data, tuple(reader.diagnostics), where.sheet, reader.stats())


def _notes(reader: PowerRowReader, header_row: int, example: str) -> list[Diagnostic]:
    """Generated codes (GK635) and the columns kept under extra (GK638)."""
    where, notes = reader.where, []
    if reader.codes is not None and reader.codes.made:
        notes.append(where.at("GK635", header_row, None, count=reader.codes.made, example=example))
    for col, label in sorted(reader.header.others.items()):
        notes.append(where.at("GK638", header_row, col + 1, title=label))
    return notes


def _department(
    given: str | None, reader: PowerRowReader, above: Sequence[Sequence[str]], registry: Registry
) -> str | None:
    """--department, else the commonest 实施主体, else the title above the header."""
    if given:
        return registry.normalise(given)
    if reader.departments:
        return reader.departments.most_common(1)[0][0]
    for row in above:
        for cell in row:
            match = _TITLE.match("".join(cell.split()))
            if match:
                return registry.normalise(match.group(1))
    return None


def _finish(power: dict[str, Any], owner: str) -> dict[str, Any]:
    if power.get("department") == owner:
        del power["department"]
    return power
