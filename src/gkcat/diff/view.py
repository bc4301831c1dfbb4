"""Diff → report sections (tables of cells with highlights) for the md, HTML and xlsx reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gkcat.diagnostics import Lang
from gkcat.diff.compare import Change, Diff, Kind
from gkcat.diff.inline import Part, inline
from gkcat.diff.labels import (
    ENTITY_NAMES,
    OTHER_ENTITIES,
    field_name,
    kind_name,
    pick,
    show,
    word,
)
from gkcat.diff.records import FIELDS, NAME_FIELDS, Entity, Value

ITEM_COLUMNS = (
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "mode",
    "levels",
)


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its plain text, its runs (with del/ins marks), and layout hints."""

    text: str
    parts: tuple[Part, ...] = ()
    mark: str = ""
    """"old" or "new" when the whole cell shows a changed value (filled in the workbook)."""
    span: int = 1
    """Rows this cell covers; 0 marks a cell covered by a merged cell above it."""


@dataclass(frozen=True, slots=True)
class Section:
    """One table of the report: 新增, 删除, 修改, 更名, 移动, 重新编码 or 其他变化."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]
    """(key, heading) per column; reports may show a subset of the keys."""
    rows: tuple[tuple[Cell, ...], ...]
    count: int
    """How many changes the section lists (rows may be more: one per changed field)."""


def _listed(diff: Diff, entity: Entity, kind: Kind | None = None) -> tuple[Change, ...]:
    """A section's changes in reading order: by catalog (or file), then by code."""
    return tuple(sorted(diff.of(entity, kind), key=lambda c: (c.where or c.old_where or "", c.id)))


def _heading(kind: Kind, lang: Lang) -> str:
    """A section title: 新增, or Added (the summary line keeps the lower-case "1 added")."""
    return kind_name(kind, lang).capitalize()


def _plain(text: str) -> Cell:
    return Cell(text, ((text, ""),) if text else ())


def _pair(old: Value | None, new: Value | None) -> tuple[Cell, Cell]:
    a, b = show(old, sep="\n"), show(new, sep="\n")
    before, after = inline(a, b)
    return Cell(a, before, "old"), Cell(b, after, "new")


def sections(diff: Diff, lang: Lang) -> tuple[Section, ...]:
    """Every section, in the order of the 修订对照表: 新增 删除 修改 更名 移动 重新编码 其他变化."""
    return (
        _whole(diff, "added", lang),
        _whole(diff, "removed", lang),
        _fields(diff, "modified", lambda n: n not in NAME_FIELDS, lang),
        _fields(diff, "renamed", lambda n: n in NAME_FIELDS, lang),
        _moved(diff, lang),
        _recoded(diff, lang),
        _others(diff, lang),
    )


def _heads(lang: Lang, *keys: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (k, field_name("item", k, lang) if k in FIELDS["item"] else word(k, lang)) for k in keys
    )


def _whole(diff: Diff, kind: Kind, lang: Lang) -> Section:
    changes = _listed(diff, "item", kind)
    columns = _heads(lang, "no", "id", "catalog", "category", "name", *ITEM_COLUMNS, "changes")
    rows = []
    for n, change in enumerate(changes, 1):
        record = change.record
        catalog = diff.place(record.where)
        cells = [
            str(n),
            record.id,
            catalog,
            *(show(record.get(k), sep="\n") for k, _ in columns[3:-1]),
            diff.note(change),
        ]
        rows.append(tuple(_plain(c) for c in cells))
    return Section(kind, _heading(kind, lang), columns, tuple(rows), len(changes))


def _rows(
    lead: Sequence[str],
    change: Change,
    wanted: Callable[[str], bool],
    lang: Lang,
    *,
    empty: str = "—",
    tail: Sequence[str] = (),
) -> list[tuple[Cell, ...]]:
    """Rows (lead cells…, 修订要素, 原内容, 修订后, tail cells…), one per changed field; the
    lead and tail cells (序号, 名称 …; 修订说明) are merged over the change's rows. A change
    without such fields gets one row with 修订要素 —."""
    fields = [f for f in change.fields if wanted(f.name)]
    span = max(1, len(fields))
    heads = tuple(Cell(t, ((t, ""),) if t else (), span=span) for t in lead)
    tails = tuple(Cell(t, ((t, ""),) if t else (), span=span) for t in tail)
    covered = tuple(Cell("", span=0) for _ in lead)
    uncovered = tuple(Cell("", span=0) for _ in tail)
    if not fields:
        return [(*heads, _plain(empty), _plain(""), _plain(""), *tails)]
    rows = []
    for i, f in enumerate(fields):
        old, new = _pair(f.old, f.new)
        label = _plain(field_name(change.entity, f.name, lang))
        rows.append((*(covered if i else heads), label, old, new, *(uncovered if i else tails)))
    return rows


def _fields(diff: Diff, kind: Kind, wanted: Callable[[str], bool], lang: Lang) -> Section:
    changes = _listed(diff, "item", kind)
    columns = _heads(lang, "no", "id", "catalog", "item", "field", "old", "new", "changes")
    rows = [
        row
        for n, c in enumerate(changes, 1)
        for row in _rows(
            (str(n), c.id, diff.place(c.where), c.record.title),
            c,
            wanted,
            lang,
            tail=(diff.note(c),),
        )
    ]
    return Section(kind, _heading(kind, lang), columns, tuple(rows), len(changes))


def _moved(diff: Diff, lang: Lang) -> Section:
    changes = _listed(diff, "item", "moved")
    columns = _heads(lang, "no", "id", "item", "old-catalog", "new-catalog", "changes")
    rows = []
    for n, c in enumerate(changes, 1):
        old, new = _pair(diff.place(c.old_where), diff.place(c.where))
        lead = (_plain(str(n)), _plain(c.id), _plain(c.record.title))
        rows.append((*lead, old, new, _plain(diff.note(c))))
    return Section("moved", _heading("moved", lang), columns, tuple(rows), len(changes))


def _recoded(diff: Diff, lang: Lang) -> Section:
    changes = _listed(diff, "item", "recoded")
    columns = _heads(
        lang, "no", "old-id", "new-id", "item", "similarity", "field", "old", "new", "changes"
    )
    rows = []
    for n, c in enumerate(changes, 1):
        similarity = f"{(c.similarity or 0) * 100:.0f}%"
        lead = (str(n), c.old_id or "", c.id, c.record.title, similarity)
        note = (diff.note(c),)
        rows.extend(_rows(lead, c, _always, lang, empty=word("code-only", lang), tail=note))
    return Section("recoded", _heading("recoded", lang), columns, tuple(rows), len(changes))


def _always(_: str) -> bool:
    return True


def _others(diff: Diff, lang: Lang) -> Section:
    columns = (
        ("no", word("no", lang)),
        ("entity", word("entity", lang)),
        ("code", word("code", lang)),
        ("item", word("name", lang)),
        ("kind", word("change", lang)),
        ("field", word("field", lang)),
        ("old", word("old", lang)),
        ("new", word("new", lang)),
    )
    changes = [c for entity in OTHER_ENTITIES for c in _listed(diff, entity)]
    rows = []
    for n, c in enumerate(changes, 1):
        lead = (str(n), pick(ENTITY_NAMES[c.entity], lang), c.id, c.record.title)
        if c.old and c.new:
            rows.extend(_rows((*lead, kind_name(c.kind, lang)), c, _always, lang))
        else:
            texts = (*lead, kind_name(c.kind, lang), "", "", "")
            rows.append(tuple(_plain(t) for t in texts))
    return Section("other", word("other", lang), columns, tuple(rows), len(changes))
