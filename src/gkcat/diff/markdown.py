"""Diff → Markdown for a pull-request comment."""

from __future__ import annotations

import html

from gkcat.diagnostics import Lang
from gkcat.diff.compare import Diff
from gkcat.diff.inline import Part
from gkcat.diff.labels import other_lines, summary_line, word
from gkcat.diff.view import Cell, Section, sections
from gkcat.escape import md_text

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
