"""The diff as text on a console: the summary line first, one block per change; colour on a TTY."""

from __future__ import annotations

from rich.console import Console

from gkcat.diagnostics import Lang
from gkcat.diff.compare import Diff
from gkcat.diff.report import text_lines

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
    """Print ``diff`` to ``console`` (the CLI passes one bound to stdout: it is the output)."""
    for tag, line in text_lines(diff, lang):
        console.print(
            line, style=_STYLES.get(tag) or None, markup=False, highlight=False, soft_wrap=True
        )
