"""The catalog fields and how each is normalised: one table, one walk, a list of edits.

Every change is an :class:`Edit` of one node of the source document and carries the notes
(rule code and message arguments) that ``validate`` reports; ``gkcat fix`` applies the edits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from gkcat import vocab
from gkcat.model import Registry
from gkcat.normalise.text import (
    has_separator,
    mirror_marks,
    split_list,
    strip_layout,
    suspect_pattern,
    unmirror,
)

Notes = list[tuple[str, str, dict[str, str]]]
"""(rule code, pointer, message arguments)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the value at ``pointer`` (a node of the original document) by ``new``."""

    pointer: str
    old: Any
    new: Any
    notes: tuple[tuple[str, str, dict[str, str]], ...] = ()


@dataclass(frozen=True, slots=True)
class Field:
    """How one field is normalised."""

    zh: str
    layout: bool = True
    """Whitespace inside words is layout (GK311)."""
    values: frozenset[str] = frozenset()
    """A vocabulary: a 、-list is split (GK312) and aliases are mapped (GK313)."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    expand: Callable[[str], tuple[str, ...] | None] | None = None
    lists: bool = False
    """A 、-list may name several departments (公开主体)."""
    marks: bool = True
    """Look for traditional characters and pinyin glosses (GK321)."""
    suspect: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pattern = suspect_pattern(layout=self.layout, lists=self.lists, marks=self.marks)
        object.__setattr__(self, "suspect", pattern)

    def clean(self, value: Any) -> bool:
        """True when normalisation leaves ``value`` as it is (the fast path for clean data).

        Values of another type are left alone by normalisation too (the schema reports them).
        """
        try:
            if self.values:
                if isinstance(value, str):
                    return value in self.values
                return self.values.issuperset(value)
            if isinstance(value, str):
                return self.suspect.search(value) is None
            return self.suspect.search("\0".join(value)) is None
        except TypeError:
            return True


_ARTICLES = re.compile(
    r"^(?:《?(?:中华人民共和国)?政府信息公开条例》?)?"
    r"((?:第?[二三十四五]+条?[、，和及与]?)+)(?:规定的?(?:渠道|途径|方式|场所)?)?$"
)
_ARTICLE_NUMBER = {"二十三": 23, "二十四": 24, "二十五": 25}


def article_channels(text: str) -> tuple[str, ...] | None:
    """第二十三、二十四条 → the channels those articles of the 条例 name; None otherwise."""
    match = _ARTICLES.match(text)
    if not match:
        return None
    numbers = re.findall(r"[二三十四五]+", match.group(1))
    if not numbers or any(n not in _ARTICLE_NUMBER for n in numbers):
        return None
    chosen = [c for n in numbers for c in vocab.ARTICLE_CHANNELS[_ARTICLE_NUMBER[n]]]
    return tuple(dict.fromkeys(chosen))


@lru_cache(maxsize=16)
def catalog_fields(
    channels: tuple[str, ...], marks: bool = True, vocabularies: bool = True
) -> dict[str, Field]:
    """The item fields of a catalog, keyed by their YAML name (built once per vocabulary).

    Without ``marks`` (the document's text has no traditional character or pinyin gloss), only
    the fields that lose layout or hold a vocabulary are looked at; without ``vocabularies``
    (the document passed its schema, so every vocabulary value is standard) not those either.
    """
    every = _item_fields(channels)
    chosen = {
        name: spec
        for name, spec in every.items()
        if (vocabularies or not spec.values) and (marks or spec.layout or spec.values)
    }
    return chosen if marks else {name: replace(s, marks=False) for name, s in chosen.items()}


def _item_fields(channels: tuple[str, ...]) -> dict[str, Field]:
    return {
        "category": Field("一级事项", layout=False),
        "name": Field("二级事项", layout=False),
        "subname": Field("三级事项", layout=False),
        "content": Field("公开内容（要素）", layout=False),
        "note": Field("备注", layout=False),
        "basis": Field("公开依据"),
        "time_limit": Field("公开时限"),
        "subject": Field("公开主体", lists=True),
        "channels": Field(
            "公开渠道和载体",
            values=frozenset(channels),
            aliases=vocab.CHANNEL_ALIASES,
            expand=article_channels,
        ),
        "audience": Field(
            "公开对象", values=frozenset(vocab.AUDIENCES), aliases=vocab.AUDIENCE_ALIASES
        ),
        "mode": Field("公开方式", values=frozenset(vocab.MODES), aliases=vocab.MODE_ALIASES),
        "levels": Field("公开层级", values=frozenset(vocab.LEVELS), aliases=vocab.LEVEL_ALIASES),
    }


HEADER_FIELDS: dict[str, Field] = {
    "domain": Field("领域"),
    "level": Field("目录层级", values=frozenset(vocab.LEVELS), aliases=vocab.LEVEL_ALIASES),
}


def _title(name: str, spec: Field) -> dict[str, str]:
    return {"title@zh": spec.zh, "title@en": name}


def clean_text(text: str, spec: Field, name: str, pointer: str, notes: Notes) -> str:
    """Mirror-site marks (GK321) and layout whitespace (GK311) out of one string."""
    if spec.marks and mirror_marks(text):
        fixed = unmirror(text)
        notes.append(("GK321", pointer, {**_title(name, spec), "value": text, "expected": fixed}))
        text = fixed
    if spec.layout:
        fixed = strip_layout(text, titles=name == "basis")
        if fixed != text:
            args = {**_title(name, spec), "value": text, "expected": fixed}
            notes.append(("GK311", pointer, args))
            text = fixed
    return text


def _values(text: str, spec: Field, name: str, pointer: str, notes: Notes) -> list[str]:
    """One string of a vocabulary field → its values (split, expanded, aliases mapped)."""
    if text in spec.values:
        return [text]
    title = _title(name, spec)
    parts = [text]
    whole = text in spec.aliases or (spec.expand is not None and spec.expand(text) is not None)
    if not whole and has_separator(text):
        split = split_list(text)
        if len(split) > 1:
            parts = split
            shown = "[" + ", ".join(parts) + "]"
            notes.append(("GK312", pointer, {**title, "value": text, "expected": shown}))
    result: list[str] = []
    for part in parts:
        standard = _standard(part, spec)
        if standard != [part]:
            args = {**title, "value": part, "expected": "、".join(standard)}
            notes.append(("GK313", pointer, args))
        result.extend(standard)
    return result


def _standard(value: str, spec: Field) -> list[str]:
    """The standard values another name stands for (itself when it is none)."""
    if value in spec.values:
        return [value]
    if value in spec.aliases:
        return [spec.aliases[value]]
    expanded = spec.expand(value) if spec.expand else None
    return list(expanded) if expanded is not None else [value]


def _subjects(text: str, registry: Registry, pointer: str, notes: Notes) -> list[str]:
    """A 、-list of registered departments in one string → the departments."""
    if not registry or registry.canonical(text) is not None or not has_separator(text):
        return [text]
    parts = split_list(text)
    if len(parts) < 2 or any(registry.canonical(p) is None for p in parts):
        return [text]
    args = {"title@zh": "公开主体", "title@en": "subject", "value": text}
    notes.append(("GK312", pointer, {**args, "expected": "[" + ", ".join(parts) + "]"}))
    return parts


def normalise_value(
    value: Any, name: str, spec: Field, pointer: str, registry: Registry, notes: Notes
) -> Any:
    """The normalised form of one field's value (a string or a list); other types unchanged."""
    listed = isinstance(value, list)
    raw = value if listed else [value]
    if not all(isinstance(v, str) for v in raw):
        return value
    out: list[str] = []
    noted = len(notes)
    for index, text in enumerate(raw):
        where = f"{pointer}/{index}" if listed else pointer
        text = clean_text(text, spec, name, where, notes)
        if spec.values:
            out.extend(_values(text, spec, name, where, notes))
        elif name == "subject":
            out.extend(_subjects(text, registry, where, notes))
        else:
            out.append(text)
    if spec.values and len(notes) > noted:
        out = list(dict.fromkeys(out))  # 发布会、听证会 both become 发布会/听证会
    if not listed and len(out) == 1:
        return out[0]
    return out
