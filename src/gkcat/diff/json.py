"""Diff → the JSON report of ``gkcat diff --format json``."""

from __future__ import annotations

from typing import Any

from gkcat.diff.compare import Change, Diff
from gkcat.diff.records import Entity, Value

_JSON_GROUPS: dict[Entity, str] = {
    "catalog": "catalogs",
    "power-list": "power_lists",
    "power": "powers",
    "task-plan": "task_plans",
    "task": "tasks",
}


def _value(value: Value | None) -> str | list[str] | None:
    return list(value) if isinstance(value, tuple) else value


def _change_json(change: Change) -> dict[str, Any]:
    where = "catalog" if change.entity == "item" else "file"
    data: dict[str, Any] = {"kind": change.kind, "kinds": list(change.kinds), "id": change.id}
    if change.entity != "catalog":
        data[where] = change.where
        data[f"old_{where}"] = change.old_where
    data["old_id"] = change.old_id
    data["title"] = change.record.title
    if change.similarity is not None:
        data["similarity"] = change.similarity
    data["fields"] = {f.name: {"old": _value(f.old), "new": _value(f.new)} for f in change.fields}
    return data


def to_json(diff: Diff) -> dict[str, Any]:
    """``{"version": 1, "summary": {...}, "changes": [...]}`` plus the other records' changes."""
    data: dict[str, Any] = {
        "version": 1,
        "old": diff.old_label,
        "new": diff.new_label,
        "summary": diff.summary,
        "changes": [_change_json(c) for c in diff.of("item")],
    }
    for entity, key in _JSON_GROUPS.items():
        data[key] = [_change_json(c) for c in diff.of(entity)]
    return data
