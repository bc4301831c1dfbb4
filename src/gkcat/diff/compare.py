"""Compare two projects (pure): items matched by id across the project, plus metadata changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from gkcat.compile.official_names import official
from gkcat.diff.editions import Edition, editions
from gkcat.diff.normalise import normal_text, normal_value
from gkcat.diff.recode import pair_recodes
from gkcat.diff.records import (
    ENTITIES,
    FIELDS,
    NAME_FIELDS,
    UNORDERED,
    Entity,
    Record,
    Value,
    iter_records,
)
from gkcat.model import Project

Kind = Literal["added", "removed", "recoded", "moved", "renamed", "modified"]
KINDS: tuple[Kind, ...] = ("added", "removed", "recoded", "moved", "renamed", "modified")
REPORT_ORDER: tuple[Kind, ...] = ("added", "removed", "modified", "renamed", "moved", "recoded")
"""The order of the diff summary, used wherever kinds are listed to people."""
MIRROR: dict[Kind, Kind] = {"added": "removed", "removed": "added"}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's value before and after (None on the side where the record does not exist)."""

    name: str
    old: Value | None
    new: Value | None


@dataclass(frozen=True, slots=True)
class Change:
    """What happened to one record between the two versions."""

    entity: Entity
    kind: Kind
    """The main kind, by precedence added, removed, recoded, moved, renamed, modified."""
    kinds: tuple[Kind, ...]
    """Every kind that applies: an item can be moved, renamed and modified at once."""
    old: Record | None
    new: Record | None
    fields: tuple[FieldChange, ...]
    similarity: float | None = None
    """For recodes: how alike the removed and the added item are (0–1)."""

    @property
    def id(self) -> str:
        return self.new.id if self.new else self.old.id if self.old else ""

    @property
    def old_id(self) -> str | None:
        return self.old.id if self.old else None

    @property
    def where(self) -> str | None:
        return self.new.where if self.new else None

    @property
    def old_where(self) -> str | None:
        return self.old.where if self.old else None

    @property
    def record(self) -> Record:
        """The newest existing side, for titles."""
        record = self.new or self.old
        assert record is not None  # a change always has at least one side
        return record


@dataclass(frozen=True, slots=True)
class Diff:
    """Every change between two projects, in a stable order, and the count of unchanged items."""

    changes: tuple[Change, ...]
    unchanged: int
    old_label: str = ""
    new_label: str = ""
    places: tuple[tuple[str, str], ...] = ()
    """Catalog id → its title (domain and level), from both versions, newest winning."""
    old_editions: tuple[Edition, ...] = ()
    new_editions: tuple[Edition, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    """Catalog id → the new version's catalog-level ``changes:`` note (修订说明)."""

    def of(self, entity: Entity, kind: Kind | None = None) -> tuple[Change, ...]:
        """Changes of one entity, optionally only those that include ``kind``."""
        return tuple(
            c for c in self.changes if c.entity == entity and (kind is None or kind in c.kinds)
        )

    def count(self, kind: Kind, entity: Entity = "item") -> int:
        return sum(1 for c in self.changes if c.entity == entity and kind in c.kinds)

    @property
    def summary(self) -> dict[str, int]:
        """Items per kind (an item counts once in each kind it has) and unchanged items."""
        return {**{k: self.count(k) for k in REPORT_ORDER}, "unchanged": self.unchanged}

    def has(self, kinds: Iterable[str]) -> bool:
        """Whether some change (of any entity) is of one of ``kinds``."""
        wanted = set(kinds)
        return any(wanted.intersection(c.kinds) for c in self.changes)

    def place(self, catalog: str | None) -> str:
        return dict(self.places).get(catalog or "", catalog or "")

    def note(self, change: Change) -> str:
        """The 修订说明 of a change: the new item's ``changes:``, or for a removed item the
        note of the catalog it was removed from."""
        if change.new is not None:
            return change.new.changes
        return dict(self.notes).get(change.old_where or "", "")


def compare(old: Project, new: Project, *, old_label: str = "", new_label: str = "") -> Diff:
    """Diff two projects: ``old`` → ``new``, both with official department names (an alias
    replaced by its official name is no change, and reports print official names)."""
    old, new = official(old), official(new)
    before = _index(iter_records(old))
    after = _index(iter_records(new))
    changes: list[Change] = []
    unchanged = 0
    for entity in ENTITIES:
        a, b = before[entity], after[entity]
        for key in a.keys() & b.keys():
            change = compare_records(a[key], b[key])
            if change is not None:
                changes.append(change)
            elif entity == "item":
                unchanged += 1
        removed = [a[k] for k in sorted(a.keys() - b.keys())]
        added = [b[k] for k in sorted(b.keys() - a.keys())]
        if entity == "item":
            pairs = pair_recodes(removed, added)
            for r, n, similarity in pairs:
                fields = tuple(f for f in _field_changes(r, n) if not _implied_levels(f, r, n))
                changes.append(Change(entity, "recoded", ("recoded",), r, n, fields, similarity))
            paired = {id(r) for r, _, _ in pairs} | {id(n) for _, n, _ in pairs}
            removed = [r for r in removed if id(r) not in paired]
            added = [n for n in added if id(n) not in paired]
        changes.extend(_whole(r, "removed") for r in removed)
        changes.extend(_whole(n, "added") for n in added)
    places = {r.id: r.place for side in (before, after) for r in side["catalog"].values()}
    notes = tuple(sorted((c.id, c.changes) for c in new.catalogs if c.changes))
    return Diff(
        tuple(sorted(changes, key=_order)),
        unchanged,
        old_label,
        new_label,
        tuple(sorted(places.items())),
        editions(old),
        editions(new),
        notes,
    )


def compare_records(old: Record, new: Record) -> Change | None:
    """The change between two versions of one record, or None when they are equivalent."""
    fields = _field_changes(old, new)
    kinds: list[Kind] = []
    if old.entity == "item" and (
        old.where != new.where or normal_text(old.place) != normal_text(new.place)
    ):
        kinds.append("moved")
        fields = tuple(f for f in fields if not _implied_levels(f, old, new))
    if old.entity == "item" and any(f.name in NAME_FIELDS for f in fields):
        kinds.append("renamed")
    if any(old.entity != "item" or f.name not in NAME_FIELDS for f in fields):
        kinds.append("modified")
    if not kinds:
        return None
    return Change(old.entity, kinds[0], tuple(kinds), old, new, fields)


def _implied_levels(f: FieldChange, old: Record, new: Record) -> bool:
    """公开层级 that just follow the catalog's level change with the move: not an edit."""
    return f.name == "levels" and f.old == (old.level,) and f.new == (new.level,)


def _field_changes(old: Record, new: Record) -> tuple[FieldChange, ...]:
    changed = []
    for name, a, b in zip(FIELDS[old.entity], old.values, new.values, strict=True):
        if a == b:
            continue  # the fast path: most records are untouched
        unordered = name in UNORDERED
        if normal_value(a, unordered=unordered) != normal_value(b, unordered=unordered):
            changed.append(FieldChange(name, a, b))
    return tuple(changed)


def _whole(record: Record, kind: Kind) -> Change:
    """An added or removed record, with every non-empty field on its side."""
    present = [(n, v) for n, v in zip(FIELDS[record.entity], record.values, strict=True) if v]
    if kind == "added":
        fields = tuple(FieldChange(n, None, v) for n, v in present)
        return Change(record.entity, kind, (kind,), None, record, fields)
    fields = tuple(FieldChange(n, v, None) for n, v in present)
    return Change(record.entity, kind, (kind,), record, None, fields)


def _index(records: Iterable[Record]) -> dict[Entity, dict[str, Record]]:
    """Records by entity and id; a repeated id (already a GK3xx error) gets ``id#2``, ``id#3``."""
    index: dict[Entity, dict[str, Record]] = {e: {} for e in ENTITIES}
    seen: Counter[tuple[Entity, str]] = Counter()
    for record in records:
        seen[record.entity, record.id] += 1
        n = seen[record.entity, record.id]
        index[record.entity][record.id if n == 1 else f"{record.id}#{n}"] = record
    return index


def _order(change: Change) -> tuple[int, int, str, str, str]:
    return (
        ENTITIES.index(change.entity),
        KINDS.index(change.kind),
        change.where or change.old_where or "",
        change.id,
        change.old_id or "",
    )


def mirror(change: Change) -> Change:
    """The same change seen from the other side (what ``compare(new, old)`` reports)."""
    kind = MIRROR.get(change.kind, change.kind)
    kinds = tuple(MIRROR.get(k, k) for k in change.kinds)
    fields = tuple(FieldChange(f.name, f.new, f.old) for f in change.fields)
    return Change(change.entity, kind, kinds, change.new, change.old, fields, change.similarity)


def fail_kinds(names: Sequence[str]) -> tuple[Kind, ...]:
    """Parse ``--fail-on`` values (comma-separated, repeatable); ValueError names a bad one."""
    wanted = [n.strip() for name in names for n in name.split(",") if n.strip()]
    bad = [n for n in wanted if n not in KINDS]
    if bad:
        raise ValueError(bad[0])
    return tuple(k for k in REPORT_ORDER if k in wanted)
