"""Plan and apply ``gkcat fix`` for one catalog text: the normaliser's edits and citation fixes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gkcat.checks.citations import fix_citation
from gkcat.fix.splice import Change, Splicer, compose, mapping_items
from gkcat.load.source import parse
from gkcat.model import Registry
from gkcat.normalise.document import catalog_edits
from gkcat.normalise.fields import HEADER_FIELDS, Field, Notes, catalog_fields, normalise_value

_NO_ALIAS_LIMIT = 1 << 30
"""The text was read once already under the configured limit; the fix adds no aliases."""


@dataclass(frozen=True, slots=True)
class FileFix:
    """The fixed text of one file and what changed; ``verified`` when it reads back as planned."""

    file: str
    old: str
    new: str
    changes: tuple[Change, ...]
    verified: bool


def _rewriter(fields: dict[str, Field], registry: Registry) -> Any:
    def rewrite(name: str, pointer: str, text: str) -> str | list[str]:
        notes: Notes = []
        new = normalise_value(text, name, fields[name], pointer, registry, notes)
        if name == "basis":
            return [fix_citation(v) for v in new] if isinstance(new, list) else fix_citation(new)
        return new  # type: ignore[no-any-return]

    return rewrite


def expected_data(data: Any, channels: tuple[str, ...], registry: Registry) -> Any:
    """The document as ``gkcat fix`` should leave it: normalised, citations fixed."""
    normal, _ = catalog_edits(data, channels=channels, registry=registry)
    items = normal.get("items") if isinstance(normal, dict) else None
    if not isinstance(items, list):
        return normal
    fixed = []
    for item in items:
        basis = item.get("basis") if isinstance(item, dict) else None
        if isinstance(basis, str):
            item = {**item, "basis": fix_citation(basis)}
        elif isinstance(basis, list) and all(isinstance(b, str) for b in basis):
            item = {**item, "basis": [fix_citation(b) for b in basis]}
        fixed.append(item)
    return {**normal, "items": fixed}


def fix_catalog(
    file: str, text: str, data: Any, *, channels: tuple[str, ...], registry: Registry
) -> FileFix:
    """Plan every fix of one catalog text and apply it to the text."""
    root = compose(text)
    if root is None:
        return FileFix(file, text, text, (), True)
    splicer = Splicer(text)
    header_rewrite = _rewriter(HEADER_FIELDS, registry)
    for name, node in mapping_items(root):
        if name in HEADER_FIELDS:
            splicer.value(node, name, f"/{name}", header_rewrite, bool(HEADER_FIELDS[name].values))
    fields = catalog_fields(tuple(channels))
    item_rewrite = _rewriter(fields, registry)
    items = dict(mapping_items(root)).get("items")
    for index, item in enumerate(getattr(items, "value", None) or []):
        for name, node in mapping_items(item):
            if name in fields:
                pointer = f"/items/{index}/{name}"
                splicer.value(node, name, pointer, item_rewrite, bool(fields[name].values))
    new = splicer.apply()
    if new == text:
        return FileFix(file, text, text, (), True)
    reread = parse(new, file, max_alias_nodes=_NO_ALIAS_LIMIT)
    verified = not reread.diagnostics and reread.data == expected_data(data, channels, registry)
    return FileFix(file, text, new, tuple(splicer.changes), verified)
