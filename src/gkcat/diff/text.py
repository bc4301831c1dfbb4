"""The diff as text: the summary line first, one block per change; colour on a console."""

from __future__ import annotations

from rich.console import Console

from gkcat.diagnostics import Lang
from gkcat.diff.compare import Change, Diff
from gkcat.diff.labels import (
    ENTITY_NAMES,
    field_name,
    kind_name,
    other_lines,
    pick,
    show,
    summary_line,
    word,
)
from gkcat.textsafe import visible_controls

_STYLES = {
    "summary": "bold",
    "added": "green",
    "removed": "red",
    "recoded": "magenta",
    "moved": "cyan",
    "renamed": "yellow",
    "modified": "yellow",
    "field": "",
}


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


def render_diff_text(console: Console, diff: Diff, lang: Lang) -> None:
    """Print ``diff`` to ``console`` (the CLI passes one bound to stdout: it is the output).
    Control characters in catalog text are shown as escapes, never sent to the terminal."""
    for tag, line in text_lines(diff, lang):
        console.print(
            visible_controls(line, keep=""),
            style=_STYLES.get(tag) or None,
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
