"""Data rows of a catalog table → items (同上, merged 一级事项, ticks, channels, subjects)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from gkcat.diagnostics import Diagnostic
from gkcat.importers.catalog_ticks import Unreadable, read_ticks
from gkcat.importers.cells import column, fill_same_as_above
from gkcat.importers.channels import ChannelReader
from gkcat.importers.citations import one_or_many, split_citations, split_list
from gkcat.importers.headers import Header, HeaderSpec, option_words
from gkcat.importers.power_rows import ImportStats, SheetPlace, text_args
from gkcat.model import Registry

ITEM_KEYS = (
    "category", "name", "subname", "content", "basis", "time_limit", "subject", "channels",
    "audience", "mode", "levels", "note",
)  # fmt: skip
"""The catalog schema's key order, which the YAML keeps."""
CHOICE_TITLES = {
    "audience": ("公开对象", "audience"),
    "mode": ("公开方式", "mode"),
    "levels": ("公开层级", "levels"),
}


class CatalogRowReader:
    """Turns the data rows of a catalog table into items, one row at a time."""

    def __init__(
        self,
        header: Header,
        where: SheetPlace,
        spec: HeaderSpec,
        channels: ChannelReader,
        registry: Registry,
    ) -> None:
        self.header = header
        self.where = where
        self.spec = spec
        self.channels = channels
        self.registry = registry
        self.items: list[dict[str, Any]] = []
        self.diagnostics: list[Diagnostic] = []
        self.subjects: Counter[str] = Counter()
        self.subject_rows: dict[str, int] = {}
        self.channel_rows: dict[str, int] = {}
        self._counts = Counter[str]()
        self._previous: list[str] = []
        self._category = ""

    def stats(self) -> ImportStats:
        c = self._counts
        return ImportStats(rows=c["rows"], powers=len(self.items), rejected=c["rejected"])

    def col(self, name: str) -> int | None:
        """The 1-based sheet column of a field, for diagnostics."""
        index = self.header.columns.get(name)
        return index + 1 if index is not None else None

    def cell(self, row: Sequence[str], name: str) -> str:
        return column(row, self.header.columns, name)

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(raw):
            return
        row = fill_same_as_above(raw, self._previous)
        self._previous = row
        self._counts["rows"] += 1
        values = [c for c in row if c]
        spread = len(set(values)) == 1 and len(values) > 1  # a footnote merged across the row
        if spread or not (self.cell(row, "name") or self.cell(row, "category")):
            self._reject(self.where.at("GK609", number, None, args=text_args(row)))
            return
        category = _continued(self.cell(row, "category")) or self._category
        self._category = category
        name = self.cell(row, "name")
        if not name:
            args = {"title@zh": "二级事项", "title@en": "name", **text_args(row)}
            self._reject(self.where.at("GK605", number, self.col("name"), args=args))
            return
        item = self._item(number, row, category, name)
        if item is not None:
            self.items.append(item)

    def _reject(self, found: Diagnostic) -> None:
        self._counts["rejected"] += 1
        self.diagnostics.append(found)

    def _item(self, number: int, row: list[str], category: str, name: str) -> dict[str, Any] | None:
        found: dict[str, Any] = {"category": category, "name": name}
        for key in ("subname", "time_limit", "note"):
            found[key] = self.cell(row, key)
        content = split_list(self.cell(row, "content"))
        found["content"] = one_or_many(content) if content else ""
        basis = split_citations(self.cell(row, "basis"))
        found["basis"] = one_or_many(basis) if basis else ""
        found["subject"] = self._subject(number, self.cell(row, "subject"))
        channel_text = self.cell(row, "channels")
        conflicts = self.channels.conflicts(channel_text)
        if conflicts:
            col = self.col("channels")
            self._reject(
                self.where.at(
                    "GK634", number, col, value="、".join(conflicts), title="公开渠道和载体"
                )
            )
            return None
        found["channels"] = self.channels.read(channel_text)
        for channel in found["channels"]:
            self.channel_rows.setdefault(channel, number)
        for key in CHOICE_TITLES:
            chosen = self._choices(number, row, key)
            if chosen is None:
                return None
            found[key] = chosen[0] if len(chosen) == 1 and key != "levels" else chosen
        return {key: found[key] for key in ITEM_KEYS if found.get(key)}

    def _subject(self, number: int, text: str) -> str | list[str]:
        """The official name (aliases resolved); 、-separated registered names become a list."""
        compact = "".join(text.split())
        parts = [p for p in compact.replace("，", "、").split("、") if p]
        names = (
            [self.registry.normalise(p) for p in parts]
            if len(parts) > 1 and all(self.registry.canonical(p) for p in parts)
            else [self.registry.normalise(compact)]
            if compact
            else []
        )
        for name in names:
            self.subjects[name] += 1
            self.subject_rows.setdefault(name, number)
        return one_or_many(names) if names else ""

    def _choices(self, number: int, row: list[str], key: str) -> list[str] | None:
        """The values of a tick group or a text column; None when a tick cell is unreadable."""
        words = self.spec.options[key]
        ticks = self.header.tick_columns(key)
        if ticks:
            chosen, unreadable = read_ticks(row, ticks, words)
            if unreadable:
                self._unreadable(number, key, unreadable[0])
                return None
            return chosen
        text = "".join(self.cell(row, key).split())
        if not text:
            return []
        values = option_words(text.replace("公开", ""), words) or option_words(text, words)
        if not values:
            self._unreadable(number, key, Unreadable(self.header.columns[key], text))
            return None
        return list(dict.fromkeys(values))

    def _unreadable(self, number: int, key: str, cell: Unreadable) -> None:
        zh, en = CHOICE_TITLES[key]
        args = {"title@zh": zh, "title@en": en}
        self._reject(self.where.at("GK633", number, cell.col + 1, value=cell.text, args=args))


_CONTINUED = ("（续）", "(续)", "（续表）", "(续表)")


def _continued(label: str) -> str:
    """A label a printed table repeats on a later page, 〈一级事项〉（续）, is that label."""
    for mark in _CONTINUED:
        if label.endswith(mark):
            return label[: -len(mark)].rstrip()
    return label
