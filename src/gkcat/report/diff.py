"""``gkcat diff``'s outputs: the report on stdout (text, JSON or Markdown) and the optional
HTML page and workbook, each renderer imported only when asked for (jinja2, openpyxl)."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from gkcat.report.console import emit, plain
from gkcat.results import DiffResult
from gkcat.write import write_file


def publish_diff(result: DiffResult, format: str, html: Path | None, xlsx: Path | None) -> None:
    """Print the diff in ``format`` and write the files asked for."""
    from gkcat.diff.json import to_json
    from gkcat.diff.markdown import to_markdown
    from gkcat.diff.text import render_diff_text
    from gkcat.report.json import dumps

    chosen = result.settings.lang
    if format == "text":
        console = Console(no_color=plain(sys.stdout), highlight=False, soft_wrap=True)
        render_diff_text(console, result.diff, chosen)
    elif format == "json":
        emit(dumps(to_json(result.diff)) + "\n", None)
    else:
        emit(to_markdown(result.diff, chosen), None)
    if html:
        from gkcat.diff.html import render_html

        write_file(html, render_html(result.diff, chosen))
    if xlsx:
        from gkcat.diff.xlsx import render_xlsx

        write_file(xlsx, render_xlsx(result.diff, result.settings))
