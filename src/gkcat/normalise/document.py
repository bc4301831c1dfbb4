"""Normalise one source document: the edits it needs and the data as it will be judged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from gkcat.model import Registry
from gkcat.normalise.fields import (
    HEADER_FIELDS,
    Edit,
    Field,
    Notes,
    catalog_fields,
    normalise_value,
)
from gkcat.normalise.text import mirror_marks


def catalog_edits(
    data: Any,
    *,
    channels: Sequence[str],
    registry: Registry,
    text: str | None = None,
    vocabularies: bool = True,
) -> tuple[Any, list[Edit]]:
    """(normalised data, edits) for a catalog document; data is returned as is when clean.

    ``text``, the document's source, lets clean documents skip the mirror-site checks;
    ``vocabularies=False`` (the document passed its schema) skips the vocabulary fields.
    """
    if not isinstance(data, dict):
        return data, []
    edits: list[Edit] = []
    header = _mapping_edits(data, "", HEADER_FIELDS, registry, edits)
    items = data.get("items")
    fields = catalog_fields(tuple(channels), text is None or mirror_marks(text), vocabularies)
    new_items: list[Any] | None = None
    if isinstance(items, list):
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            new_item = _mapping_edits(item, f"/items/{index}", fields, registry, edits)
            if new_item is not item:
                new_items = new_items if new_items is not None else list(items)
                new_items[index] = new_item
    if header is data and new_items is None:
        return data, edits
    result = dict(header)
    if new_items is not None:
        result["items"] = new_items
    return result, edits


def _mapping_edits(
    data: Mapping[str, Any],
    prefix: str,
    fields: Mapping[str, Field],
    registry: Registry,
    edits: list[Edit],
) -> Any:
    changed: dict[str, Any] | None = None
    for name, value in data.items():
        spec = fields.get(name)
        if spec is None:
            continue
        # Field.clean inlined for the common cases: this loop sees every value of a project.
        if value.__class__ is str:
            if (value in spec.values) if spec.values else not spec.suspect.search(value):
                continue
        elif spec.clean(value):
            continue
        notes: Notes = []
        pointer = f"{prefix}/{name}"
        new = normalise_value(value, name, spec, pointer, registry, notes)
        if notes:
            edits.append(Edit(pointer, value, new, tuple(notes)))
            changed = changed if changed is not None else dict(data)
            changed[name] = new
    return data if changed is None else changed
