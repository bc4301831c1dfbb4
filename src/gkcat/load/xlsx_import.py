"""xlsx import: a 权责清单 workbook → power-list plain data + diagnostics (GK601–GK611).

Every non-empty row below the header becomes a power (two for a 子项 row whose main item has
no row of its own), a type heading (一、行政许可), or a diagnostic naming the sheet and row:
nothing is dropped silently. ``ImportStats`` accounts for each row.
"""

from __future__ import annotations

import copy
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.load.headers import HEADER_SCAN_ROWS, SYNONYMS, TITLES, Header, find_header
from gkcat.model import Registry
from gkcat.pointers import escape

MAX_COLUMNS = 64
"""Columns beyond this are ignored: exports often format whole rows out to column XFD."""

_TICKS = frozenset("√✓✔●■☑是YyＹ")
_SAME_AS_ABOVE = frozenset({"同上", "同上。", "同上述"})
_ENUMERATOR = re.compile(r"^\s*(?:\d+\s*[.、．]|[（(]\s*\d+\s*[)）]|[①-⑳])\s*")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_LEVEL_CHARS = (
    ("省", "省级"),
    ("市", "市级"),
    ("县", "县级"),
    ("乡", "乡级"),
    ("镇", "乡级"),
    ("街道", "乡级"),
    ("村", "村级"),
)
_OTHER_TYPES = frozenset({"其他", "其它", "其他权力", "其它权力", "其他职权", "其它行政权力"})
_NONE = frozenset({"无", "/", "／", "-", "—", "——", "－"})
_TITLE = re.compile(r"^(.+?)(?:权责清单|权力清单|权责事项清单)")


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What became of the rows below the header."""

    rows: int = 0
    """Non-empty data rows."""
    powers: int = 0
    subitems: int = 0
    headings: int = 0
    """Type headings such as 一、行政许可（12项）."""
    rejected: int = 0
    """Rows not imported; each has an error or warning diagnostic."""
    synthesised: int = 0
    """Main items made from the first of their 子项 rows (the sheet has no row of their own)."""


@dataclass(frozen=True, slots=True)
class WorkbookImport:
    """The result of reading one sheet: plain power-list data (None when nothing is usable)."""

    data: dict[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    sheet: str = ""
    stats: ImportStats = field(default_factory=ImportStats)


@dataclass
class _Where:
    file: str
    sheet: str

    def at(self, rule: str, line: int, col: int | None = None, /, **args: object) -> Diagnostic:
        return diagnostic(
            rule,
            file=self.file,
            line=line,
            column=col or 1,
            pointer=f"/{escape(self.sheet)}/{line}",
            **args,
        )


def read_power_workbook(
    path: Path,
    *,
    file: str,
    sheet: str | None = None,
    registry: Registry | None = None,
    department: str | None = None,
    region: str = "",
) -> WorkbookImport:
    """Read a 权责清单 export into power-list data; every problem is a diagnostic."""
    book, problem = _open(path, file)
    if problem is not None:
        return WorkbookImport(None, (problem,))
    names = list(book.sheetnames)
    if sheet is not None and sheet not in names:
        hint = vocab.suggest(sheet, names)
        return WorkbookImport(
            None,
            (
                diagnostic(
                    "GK602",
                    file=file,
                    line=1,
                    column=1,
                    sheet=sheet,
                    sheets="、".join(names),
                    **suggestion(hint),
                ),
            ),
        )
    candidates = [sheet] if sheet is not None else names
    for name in candidates:
        grid, merges = _grid(book[name])
        header = find_header(grid, merges)
        if header is not None:
            where = _Where(file, name)
            return _read_sheet(grid, header, where, registry or Registry(), department, region)
    pointer = f"/{escape(candidates[0])}" if len(candidates) == 1 else ""
    return WorkbookImport(
        None,
        (
            diagnostic(
                "GK603",
                file=file,
                line=1,
                column=1,
                pointer=pointer,
                sheet="、".join(candidates),
                rows=HEADER_SCAN_ROWS,
            ),
        ),
    )


def _open(path: Path, file: str) -> tuple[Any, Diagnostic | None]:
    # Deferred: only `gkcat import` needs it.
    import openpyxl

    def fail(zh: str, en: str) -> tuple[None, Diagnostic]:
        return None, diagnostic(
            "GK601", file=file, line=1, column=1, **{"problem@zh": zh, "problem@en": en}
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
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            return openpyxl.load_workbook(path, data_only=True), None
    except Exception as exc:  # openpyxl raises many types on a damaged file
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return fail(f"工作簿已损坏：{detail}", f"the workbook is damaged: {detail}")


def cell_text(value: object) -> str:
    """A cell's value as text: whole numbers without .0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


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


def to_power_type(text: str) -> str | None:
    """行政许可 for 行政许可, 许可, 行政许可类 …; None when the text names no power type."""
    compact = "".join(text.split())
    for candidate in (compact, compact.removesuffix("类"), compact.removesuffix("事项")):
        if candidate in vocab.POWER_TYPES:
            return candidate
        if f"行政{candidate}" in vocab.POWER_TYPES:
            return f"行政{candidate}"
        if candidate in _OTHER_TYPES:
            return "其他行政权力"
    return None


def heading_type(text: str) -> str | None:
    """The power type a heading row names (一、行政许可（共12项）), if any."""
    found = [t for t in vocab.POWER_TYPES if t in text]
    return max(found, key=len) if found else None


def to_levels(text: str) -> tuple[str, ...]:
    """行使层级 text → levels in the standard order (省、市、县 → 省级 市级 县级)."""
    plain = _BRACKETED.sub("", "".join(text.split()))
    found = {level for word, level in _LEVEL_CHARS if word in plain}
    return tuple(level for level in vocab.LEVELS if level in found)


def to_basis(text: str) -> str | list[str]:
    """One citation per line, list numbering removed; a single citation stays a string."""
    lines = [_ENUMERATOR.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    return lines[0] if len(lines) == 1 else lines


def _read_sheet(
    grid: list[list[str]],
    header: Header,
    where: _Where,
    registry: Registry,
    department: str | None,
    region: str,
) -> WorkbookImport:
    header_row = header.first_row + 1
    missing = [f for f in ("code", "name") if f not in header.columns]
    if missing:
        diagnostics = tuple(
            where.at(
                "GK604",
                header_row,
                None,
                synonyms="、".join(SYNONYMS[f]),
                **{"title@zh": TITLES[f][0], "title@en": TITLES[f][1]},
            )
            for f in missing
        )
        return WorkbookImport(None, diagnostics, where.sheet)
    reader = _RowReader(header, where, registry)
    for index in range(header.last_row + 1, len(grid)):
        reader.read(index + 1, grid[index])
    owner = _department(department, reader, grid[: header.first_row], registry)
    if owner is None:
        reader.diagnostics.append(where.at("GK611", header_row))
        return WorkbookImport(None, tuple(reader.diagnostics), where.sheet, reader.stats())
    powers = [_finish(p, owner) for p in reader.powers]
    data: dict[str, Any] = {"kind": "power-list", "schema_version": 1, "department": owner}
    if region:
        data["region"] = region
    data["powers"] = powers
    if not powers:
        reader.diagnostics.append(where.at("GK610", header_row, None, sheet=where.sheet))
        return WorkbookImport(None, tuple(reader.diagnostics), where.sheet, reader.stats())
    return WorkbookImport(data, tuple(reader.diagnostics), where.sheet, reader.stats())


def _department(
    given: str | None, reader: _RowReader, above: Sequence[Sequence[str]], registry: Registry
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


class _RowReader:
    """Turns data rows into powers, one row at a time, keeping the current main item."""

    def __init__(self, header: Header, where: _Where, registry: Registry) -> None:
        self.header = header
        self.where = where
        self.registry = registry
        self.powers: list[dict[str, Any]] = []
        self.diagnostics: list[Diagnostic] = []
        self.departments: Counter[str] = Counter()
        self._seen: dict[str, int] = {}
        self._main: dict[str, Any] | None = None
        self._subs = 0
        self._heading_type = ""
        self._counts = Counter[str]()
        self._previous: list[str] = []

    def stats(self) -> ImportStats:
        c = self._counts
        return ImportStats(
            c["rows"], c["powers"], c["subitems"], c["headings"], c["rejected"], c["synthesised"]
        )

    def cell(self, row: Sequence[str], name: str) -> str:
        col = self.header.columns.get(name)
        return row[col] if col is not None and col < len(row) else ""

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(raw):
            return
        row = [
            (self._previous[i] if i < len(self._previous) else "")
            if cell in _SAME_AS_ABOVE
            else cell
            for i, cell in enumerate(raw)
        ]
        self._previous = row
        self._counts["rows"] += 1
        values = [c for c in row if c]
        if len(set(values)) == 1 and not self._lone_key_cell(row, len(values)):
            kind = heading_type(values[0])
            if kind is not None:  # 一、行政许可（12项）: the type of the rows below it
                self._heading_type = kind
                self._counts["headings"] += 1
                return
            self._counts["rejected"] += 1
            self.diagnostics.append(self.where.at("GK609", number, None, **_text_args(row)))
            return
        if not self._read_power_row(number, row):
            self._counts["rejected"] += 1

    def _lone_key_cell(self, row: Sequence[str], filled: int) -> bool:
        """True when the row's only value sits in the code, name or 子项 column alone."""
        key_cols = [self.header.columns.get(f) for f in ("code", "name", "subitem")]
        return filled == 1 and any(c is not None and c < len(row) and row[c] for c in key_cols)

    def _read_power_row(self, number: int, row: Sequence[str]) -> bool:
        code = "".join(self.cell(row, "code").split())
        name = self.cell(row, "name")
        sub = self.cell(row, "subitem")
        sub = "" if sub in _NONE else sub
        main = self._main
        if sub and sub != name:
            belongs = main is not None and (
                not code or code == main["code"] or not name or name == main["name"]
            )
            if not belongs:
                if not (code and name):
                    return self._reject_missing(number, row, "name" if code else "code")
                main = self._add(number, row, code, name, parent=None)
                if main is None:
                    return False
                self._counts["synthesised"] += 1
            assert main is not None
            own = "".join(self.cell(row, "subcode").split())
            own = "" if own in _NONE else own
            if not own and code and code != main["code"]:
                own = code
            self._subs += 1
            sub_code = own or f"{main['code']}-{self._subs:02d}"
            return self._add(number, row, sub_code, sub, parent=main) is not None
        if not code or not name:
            return self._reject_missing(number, row, "name" if code else "code")
        return self._add(number, row, code, name, parent=None) is not None

    def _reject_missing(self, number: int, row: Sequence[str], field: str) -> bool:
        col = self.header.columns[field] + 1
        zh, en = TITLES[field]
        self.diagnostics.append(
            self.where.at(
                "GK605",
                number,
                col,
                **{"title@zh": zh, "title@en": en},
                **_text_args(row),
            )
        )
        return False

    def _add(
        self, number: int, row: Sequence[str], code: str, name: str, parent: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        if code in self._seen:
            col = self.header.columns["code"] + 1
            self.diagnostics.append(
                self.where.at(
                    "GK607",
                    number,
                    col,
                    item=code,
                    power=code,
                    first=self._seen[code],
                )
            )
            return None
        power = self._power(number, row, code, name, parent)
        if power is None:
            return None
        self._seen[code] = number
        self.powers.append(power)
        self._counts["powers"] += 1
        if parent is None:
            self._main, self._subs = power, 0
        else:
            self._counts["subitems"] += 1
        return power

    def _power(
        self, number: int, row: Sequence[str], code: str, name: str, parent: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        raw_type = self.cell(row, "type")
        kind = to_power_type(raw_type) if raw_type else None
        if kind is None and not raw_type:
            kind = (parent or {}).get("type") or self._heading_type or None
        if kind is None:
            self._bad_type(number, raw_type, code)
            return None
        inherited = parent or {}
        power: dict[str, Any] = {"code": code, "name": name, "type": kind}
        levels = list(self._levels(number, row, code)) or list(inherited.get("levels", []))
        if levels:
            power["levels"] = levels
        basis = self.cell(row, "basis")
        if basis or inherited.get("basis"):
            power["basis"] = to_basis(basis) if basis else copy.copy(inherited["basis"])
        if parent is not None:
            power["parent"] = parent["code"]
        dept = "".join(self.cell(row, "department").split())
        if dept:
            power["department"] = self.registry.normalise(dept)
            self.departments[power["department"]] += 1
        elif inherited.get("department"):
            power["department"] = inherited["department"]
        return power

    def _bad_type(self, number: int, raw: str, code: str) -> None:
        col = self.header.columns.get("type")
        if not raw:
            zh, en = TITLES["type"]
            self.diagnostics.append(
                self.where.at(
                    "GK605",
                    number,
                    col + 1 if col is not None else None,
                    item=code,
                    **{"title@zh": zh, "title@en": en, "text@zh": code, "text@en": code},
                )
            )
            return None
        hint = vocab.suggest(raw, vocab.POWER_TYPES)
        self.diagnostics.append(
            self.where.at(
                "GK606",
                number,
                (col or 0) + 1,
                item=code,
                value=raw,
                **suggestion(hint),
            )
        )
        return None

    def _levels(self, number: int, row: Sequence[str], code: str) -> tuple[str, ...]:
        if self.header.level_ticks:
            ticked = {
                level
                for col, level in self.header.level_ticks.items()
                if col < len(row) and row[col] and row[col][0] in _TICKS
            }
            return tuple(level for level in vocab.LEVELS if level in ticked)
        text = self.cell(row, "levels")
        if not text:
            return ()
        levels = to_levels(text)
        if not levels:
            col = self.header.columns["levels"] + 1
            self.diagnostics.append(self.where.at("GK608", number, col, item=code, value=text))
        return levels


def _text_args(row: Sequence[str]) -> dict[str, str]:
    text = "｜".join(dict.fromkeys(c for c in row if c))
    short = text if len(text) <= 30 else text[:29] + "…"
    return {"text@zh": short, "text@en": short}
