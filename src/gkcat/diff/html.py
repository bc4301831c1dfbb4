"""Diff → a self-contained HTML page with character-level highlights inside changed fields."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from gkcat.diagnostics import Lang
from gkcat.diff.compare import Diff
from gkcat.diff.labels import edition_line, note_lines, other_lines, summary_line, word
from gkcat.diff.view import Section, sections
from gkcat.resources import templates_dir
from gkcat.textsafe import xml_text

_TEXT: dict[str, tuple[str, str]] = {
    "old_heading": ("原版本", "from"),
    "new_heading": ("修订版本", "to"),
    "nav_label": ("变化类别", "kinds of change"),
    "legend": ("标注：", "Marks:"),
    "legend_del": ("删去的文字", "deleted text"),
    "legend_ins": ("新增的文字", "inserted text"),
    "signature_label": ("审核", "review"),
}


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(templates_dir() / "diff"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(),
        keep_trailing_newline=True,
    )


def _section(section: Section, lang: Lang) -> dict[str, Any]:
    keys = [key for key, _ in section.columns]
    return {
        "key": section.key,
        "title": section.title,
        "count": section.count,
        "count_text": f"{section.count} 项" if lang == "zh" else str(section.count),
        "columns": section.columns,
        "rows": [
            [
                {"key": key, "span": cell.span, "mark": cell.mark, "parts": cell.parts}
                for key, cell in zip(keys, row, strict=True)
            ]
            for row in section.rows
        ],
    }


def render_html(diff: Diff, lang: Lang) -> bytes:
    """The page as UTF-8 bytes; it has no timestamp, so the same diff gives the same bytes."""
    title = word("title", lang)
    found = sections(diff, lang)
    empty = [s.title for s in found if not s.count]
    colon = "：" if lang == "zh" else ": "
    joined = ("、" if lang == "zh" else ", ").join(empty)
    page = {
        "lang": "zh-CN" if lang == "zh" else "en",
        "title": title,
        "old": edition_line(diff, "old", lang),
        "new": edition_line(diff, "new", lang),
        "summary": summary_line(diff, lang),
        "others": other_lines(diff, lang),
        "notes": note_lines(diff, lang),
        "notes_heading": word("notes", lang),
        "empty": f"{word('empty', lang)}{colon}{joined}" if empty and diff.changes else "",
        "sections": [_section(s, lang) for s in found if s.count],
        "no_changes": word("no-changes", lang),
        "reviewer": f"{word('reviewer', lang)}{colon}",
        "date": f"{word('date', lang)}{colon}",
        "blank_date": word("blank-date", lang),
        **{key: pair[0] if lang == "zh" else pair[1] for key, pair in _TEXT.items()},
    }
    return xml_text(_environment().get_template("report.html").render(page=page)).encode("utf-8")
