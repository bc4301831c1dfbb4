"""Diff → JSON (DESIGN.md §4), plain text lines and Markdown for a pull-request comment."""

from __future__ import annotations

import html
from typing import Any

from gkcat.compile.diff import Change, Diff
from gkcat.compile.diff_inline import Part
from gkcat.compile.diff_labels import (
    ENTITY_NAMES,
    field_name,
    kind_name,
    other_lines,
    pick,
    show,
    summary_line,
    word,
)
from gkcat.compile.diff_records import Entity, Value
from gkcat.compile.diff_view import Cell, Section, sections
from gkcat.diagnostics import Lang
from gkcat.escape import md_text

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


# ----------------------------------------------------------------------------------------- text

_SIGNS = {
    "added": "+",
    "removed": "-",
    "recoded": "≈",
    "moved": "→",
    "renamed": "~",
    "modified": "~",
}


def text_lines(diff: Diff, lang: Lang) -> list[tuple[str, str]]:
    """(style tag, line): the summary first, then one block per change; tags name the kind."""
    lines = [("summary", summary_line(diff, lang))]
    lines.extend(("summary", line) for line in other_lines(diff, lang))
    items_first = sorted(diff.changes, key=lambda c: c.entity != "item")  # stable: keeps order
    for change in items_first:
        lines.append((change.kind, _headline(diff, change, lang)))
        if change.old and change.new:
            for f in change.fields:
                label = field_name(change.entity, f.name, lang)
                colon = "：" if lang == "zh" else ": "
                lines.append(("field", f"    {label}{colon}{show(f.old)} → {show(f.new)}"))
    return lines


def _headline(diff: Diff, change: Change, lang: Lang) -> str:
    kinds = "、".join(kind_name(k, lang) for k in change.kinds)
    entity = "" if change.entity == "item" else pick(ENTITY_NAMES[change.entity], lang) + " "
    code = f"{change.old_id} → {change.id}" if change.kind == "recoded" else change.id
    line = f"{_SIGNS[change.kind]} [{kinds}] {entity}{code} {change.record.title}".rstrip()
    left, right, colon = ("（", "）", "：") if lang == "zh" else (" (", ")", ": ")
    if change.entity == "item" and "moved" in change.kinds:
        line += f"{colon}{diff.place(change.old_where)} → {diff.place(change.where)}"
    elif change.entity == "item":
        line += f"{left}{diff.place(change.where or change.old_where)}{right}"
    if change.similarity is not None:
        line += f"{left}{word('similarity', lang)} {change.similarity * 100:.0f}%{right}"
    return line


def to_text(diff: Diff, lang: Lang) -> str:
    return "".join(line + "\n" for _, line in text_lines(diff, lang))


# ------------------------------------------------------------------------------------- markdown

# Markdown keeps tables narrow: the full rows are in the HTML and Excel reports.
_MD_COLUMNS = {
    "added": ("id", "catalog", "category", "name", "content"),
    "removed": ("id", "catalog", "category", "name", "content"),
}


def _md_cell(cell: Cell) -> str:
    parts: tuple[Part, ...] = cell.parts or ((cell.text, ""),)
    out = []
    for text, mark in parts:
        out.append(f"<{mark}>{md_text(text)}</{mark}>" if mark else md_text(text))
    return "".join(out)


def _md_section(section: Section, lang: Lang) -> list[str]:
    unit = " 项" if lang == "zh" else ""
    keys = _MD_COLUMNS.get(section.key, tuple(k for k, _ in section.columns if k != "no"))
    index = [i for i, (k, _) in enumerate(section.columns) if k in keys]
    heads = [section.columns[i][1] for i in index]
    lines = [
        f"<details><summary>{html.escape(section.title)} {section.count}{unit}</summary>",
        "",
        "| " + " | ".join(heads) + " |",
        "|" + "---|" * len(heads),
    ]
    for row in section.rows:
        lines.append("| " + " | ".join(_md_cell(row[i]) for i in index) + " |")
    lines.extend(["", "</details>", ""])
    return lines


def to_markdown(diff: Diff, lang: Lang) -> str:
    """A pull-request comment: summary, then one collapsible section per kind that occurs."""
    title = word("title", lang)
    colon = "：" if lang == "zh" else ": "
    lines = [f"### {title}{colon}{md_text(diff.old_label)} → {md_text(diff.new_label)}", ""]
    lines.append(f"**{md_text(summary_line(diff, lang))}**")
    lines.append("")
    lines.extend(f"- {md_text(line)}" for line in other_lines(diff, lang))
    if other_lines(diff, lang):
        lines.append("")
    for section in sections(diff, lang):
        if section.count:
            lines.extend(_md_section(section, lang))
    return "\n".join(lines).rstrip("\n") + "\n"
