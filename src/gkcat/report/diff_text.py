"""The diff as text on a console: the summary line first, one block per change; colour on a TTY."""

from __future__ import annotations

from rich.console import Console

from gkcat.compile.diff import Diff
from gkcat.compile.diff_report import text_lines
from gkcat.diagnostics import Lang
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
