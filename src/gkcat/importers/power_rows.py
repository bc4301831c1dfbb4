"""Data rows of a 权责清单 sheet → powers, one row at a time (子项, 同上, type headings)."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.importers.cells import (
    NO_SUBITEM,
    TICKS,
    column,
    fill_same_as_above,
    heading_type,
    to_basis,
    to_levels,
    to_power_type,
)
from gkcat.importers.headers import TITLES, Header
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
    """Turns data rows into powers, one row at a time, keeping the current main item."""

    def __init__(self, header: Header, where: SheetPlace, registry: Registry) -> None:
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
        return column(row, self.header.columns, name)

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(raw):
            return
        row = fill_same_as_above(raw, self._previous)
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
            self.diagnostics.append(self.where.at("GK609", number, None, args=text_args(row)))
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
        sub = "" if sub in NO_SUBITEM else sub
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
            own = "" if own in NO_SUBITEM else own
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
                args={"title@zh": zh, "title@en": en, **text_args(row)},
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
                    args={"title@zh": zh, "title@en": en, "text@zh": code, "text@en": code},
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
