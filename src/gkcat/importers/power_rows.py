"""Data rows of a 权责清单 sheet → powers, one row at a time (子项, 同上, type headings)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.importers.cells import NO_SUBITEM, TICKS, column, fill_same_as_above, to_levels
from gkcat.importers.headers import TITLES, Header
from gkcat.importers.power_codes import CodeMaker, department_heading
from gkcat.importers.power_fields import plain_fields
from gkcat.importers.power_types import OTHER, PowerType, heading_type, to_power_type
from gkcat.model import Registry
from gkcat.pointers import escape


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
    generated: int = 0
    """Codes made by the import because the sheet has no codes (see power_codes)."""


@dataclass
class SheetPlace:
    """A sheet of an imported workbook, to place diagnostics at its rows."""

    file: str
    sheet: str

    def at(
        self,
        rule: str,
        line: int,
        col: int | None = None,
        /,
        args: Mapping[str, object] | None = None,
        *,
        item: str | None = None,
        **named: object,
    ) -> Diagnostic:
        """A diagnostic at sheet row ``line`` (column ``col``), pointer ``/SHEET/ROW``."""
        return diagnostic(
            rule,
            file=self.file,
            line=line,
            column=col or 1,
            pointer=f"/{escape(self.sheet)}/{line}",
            item=item,
            args={**(args or {}), **named},
        )


class PowerRowReader:
    """Turns data rows into powers, one row at a time, keeping the current main item.

    With ``codes`` (the sheet has no codes) every power gets a generated code.
    """

    def __init__(
        self,
        header: Header,
        where: SheetPlace,
        registry: Registry,
        codes: CodeMaker | None = None,
    ) -> None:
        self.header = header
        self.where = where
        self.registry = registry
        self.codes = codes
        self.first_rows: dict[str, int] = {}
        """Department → the sheet row where it is first named."""
        self._renamed: set[str] = set()
        self._heading_department = ""
        self.powers: list[dict[str, Any]] = []
        self.diagnostics: list[Diagnostic] = []
        self.departments: Counter[str] = Counter()
        self._seen: dict[str, int] = {}
        self._main: dict[str, Any] | None = None
        self._subs = 0
        self._heading_type: PowerType | None = None
        self._counts = Counter[str]()
        self._previous: list[str] = []

    def stats(self) -> ImportStats:
        c = self._counts
        made = self.codes.made if self.codes else 0
        return ImportStats(
            c["rows"],
            c["powers"],
            c["subitems"],
            c["headings"],
            c["rejected"],
            c["synthesised"],
            made,
        )

    def cell(self, row: Sequence[str], name: str) -> str:
        return column(row, self.header.columns, name)

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(raw):
            return
        row = fill_same_as_above(raw, self._previous)
        self._previous = row
        self._counts["rows"] += 1
        values = [c for c in row if c]
        if len(set(values)) == 1 and not self._lone_key_cell(row, len(values)):
            if self._heading(number, values[0]):
                self._counts["headings"] += 1
                return
            self._counts["rejected"] += 1
            self.diagnostics.append(self.where.at("GK609", number, None, args=text_args(row)))
            return
        if not self._read_power_row(number, row):
            self._counts["rejected"] += 1

    def _heading(self, number: int, text: str) -> bool:
        """A type heading (一、行政许可) or a department heading (一、区发展和改革委员会)."""
        kind = heading_type(text)
        if kind is not None:
            self._heading_type = kind
            return True
        department = department_heading(text, self.registry)
        if department is None:
            return False
        self._heading_department, self._heading_type = department, None
        self.first_rows.setdefault(department, number)
        return True

    def _lone_key_cell(self, row: Sequence[str], filled: int) -> bool:
        """True when the row's only value sits in the code, name or 子项 column alone."""
        key_cols = [self.header.columns.get(f) for f in ("code", "name", "subitem")]
        return filled == 1 and any(c is not None and c < len(row) and row[c] for c in key_cols)

    def _read_power_row(self, number: int, row: Sequence[str]) -> bool:
        code = "".join(self.cell(row, "code").split())
        name = self.cell(row, "name")
        sub = self.cell(row, "subitem")
        sub = "" if sub in NO_SUBITEM else sub
        main = self._main
        if sub and sub != name:
            belongs = main is not None and (
                (not code and not self.codes)
                or code == main["code"]
                or not name
                or name == main["name"]
            )
            if not belongs:
                if not ((code or self.codes) and name):
                    return self._reject_missing(number, row, "name" if code else "code")
                main = self._add(number, row, code, name, parent=None)
                if main is None:
                    return False
                self._counts["synthesised"] += 1
            assert main is not None
            own = "".join(self.cell(row, "subcode").split())
            own = "" if own in NO_SUBITEM else own
            if not own and code and code != main["code"]:
                own = code
            self._subs += 1
            sub_code = own or f"{main['code']}-{self._subs:02d}"
            if self.codes is not None and not own:
                self.codes.made += 1
            return self._add(number, row, sub_code, sub, parent=main) is not None
        if not (code or self.codes) or not name:
            return self._reject_missing(number, row, "name" if code or self.codes else "code")
        return self._add(number, row, code, name, parent=None) is not None

    def _reject_missing(self, number: int, row: Sequence[str], field: str) -> bool:
        col = self.header.columns.get(field, 0) + 1
        zh, en = TITLES[field]
        self.diagnostics.append(
            self.where.at(
                "GK605",
                number,
                col,
                args={"title@zh": zh, "title@en": en, **text_args(row)},
            )
        )
        return False

    def _add(
        self, number: int, row: Sequence[str], code: str, name: str, parent: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        if code and code in self._seen:
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
        self._seen[power["code"]] = number
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
        inherited = parent or {}
        kind = self._type(number, row, inherited)
        if kind is None:
            self._bad_type(number, self.cell(row, "type"), code)
            return None
        if not code:
            assert self.codes is not None  # callers pass "" only when codes are generated
            code = self.codes.next(kind.type)
        power: dict[str, Any] = {"code": code, "name": name, "type": kind.type}
        if kind.subtype:
            power["subtype"] = kind.subtype
        levels = list(self._levels(number, row, code)) or list(inherited.get("levels", []))
        if levels:
            power["levels"] = levels
        fields = plain_fields(self.header, row, inherited)
        if "basis" in fields:
            power["basis"] = fields.pop("basis")
        if parent is not None:
            power["parent"] = parent["code"]
        dept = "".join(self.cell(row, "department").split()) or self._heading_department
        if dept:
            power["department"] = self.registry.normalise(dept)
            self.departments[power["department"]] += 1
            self.first_rows.setdefault(power["department"], number)
        elif inherited.get("department"):
            power["department"] = inherited["department"]
        power.update(fields)
        return power

    def _type(
        self, number: int, row: Sequence[str], inherited: Mapping[str, Any]
    ) -> PowerType | None:
        raw = self.cell(row, "type")
        if raw:
            kind = to_power_type(raw)
            if kind is not None and kind.renamed_from and raw not in self._renamed:
                self._renamed.add(raw)
                col = self.header.columns["type"] + 1
                self.diagnostics.append(
                    self.where.at("GK636", number, col, value=raw, type=kind.type)
                )
            return kind
        if inherited.get("type"):
            return PowerType(inherited["type"], inherited.get("subtype", ""))
        return self._heading_type

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
                    args={"title@zh": zh, "title@en": en, "text@zh": code, "text@en": code},
                )
            )
            return None
        hint = vocab.suggest(raw, (*vocab.POWER_TYPES, f"{OTHER}-备案"))
        self.diagnostics.append(
            self.where.at(
                "GK606",
                number,
                (col or 0) + 1,
                item=code,
                value=raw,
                args=suggestion(hint),
            )
        )
        return None

    def _levels(self, number: int, row: Sequence[str], code: str) -> tuple[str, ...]:
        level_ticks = self.header.tick_columns("levels")
        if level_ticks:
            ticked = {
                level
                for col, level in level_ticks.items()
                if col < len(row) and row[col] and row[col][0] in TICKS
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


def text_args(row: Sequence[str]) -> dict[str, str]:
    text = "｜".join(dict.fromkeys(c for c in row if c))
    short = text if len(text) <= 30 else text[:29] + "…"
    return {"text@zh": short, "text@en": short}
