"""The report formats of ``gkcat validate``: the one place a format is added.

Each entry is a :class:`Reporter`; ``--format`` offers exactly the names in ``REPORTERS``.
A format is usually one module with a ``render`` function and one :class:`TextReport` line
here; a format that needs more (the terminal, a side file) implements ``report`` itself.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rich.console import Console

from gkcat.i18n import Lang
from gkcat.report.console import emit, terminal
from gkcat.report.github import render_github, render_step_summary
from gkcat.report.gitlab import render_gitlab
from gkcat.report.json import dumps, render_json
from gkcat.report.junit import render_junit
from gkcat.report.sarif import render_sarif
from gkcat.report.text import render_text
from gkcat.results import ValidateResult
from gkcat.write import write_file


class Reporter(Protocol):
    """Publishes a validate result: to ``output`` when given, else where people look."""

    @property
    def name(self) -> str: ...

    def report(self, result: ValidateResult, lang: Lang, output: Path | None) -> None: ...


@dataclass(frozen=True, slots=True)
class TextReport:
    """A format whose report is one text, written to ``output`` or stdout."""

    name: str
    render: Callable[[ValidateResult, Lang], str]

    def report(self, result: ValidateResult, lang: Lang, output: Path | None) -> None:
        emit(self.render(result, lang), output)


@dataclass(frozen=True, slots=True)
class ConsoleReport:
    """The text report: coloured on the terminal (stderr), plain in a file."""

    name: str = "text"

    def report(self, result: ValidateResult, lang: Lang, output: Path | None) -> None:
        if output is None:
            self._render(terminal(), result, lang)
            return
        buffer = io.StringIO()
        self._render(Console(file=buffer, no_color=True, width=200), result, lang)
        emit(buffer.getvalue(), output)

    @staticmethod
    def _render(console: Console, result: ValidateResult, lang: Lang) -> None:
        files, items = len(result.files), result.items
        render_text(console, result.diagnostics, files=files, items=items, lang=lang)


@dataclass(frozen=True, slots=True)
class GitHubReport:
    """Workflow commands on stdout, plus a Markdown table in $GITHUB_STEP_SUMMARY when set."""

    name: str = "github"

    def report(self, result: ValidateResult, lang: Lang, output: Path | None) -> None:
        text = render_github(result.diagnostics, lang)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            files, items = len(result.files), result.items
            table = render_step_summary(result.diagnostics, files=files, items=items, lang=lang)
            path = Path(summary_file)
            before = path.read_bytes() if path.exists() else b""
            write_file(path, before + table.encode("utf-8"))
        emit(text, output)


def _sarif(result: ValidateResult, lang: Lang) -> str:
    return dumps(render_sarif(result.diagnostics, lang)) + "\n"


def _gitlab(result: ValidateResult, lang: Lang) -> str:
    return dumps(render_gitlab(result.diagnostics, lang)) + "\n"


def _junit(result: ValidateResult, lang: Lang) -> str:
    return render_junit(result.diagnostics, result.files, lang)


REPORTERS: dict[str, Reporter] = {
    r.name: r
    for r in (
        ConsoleReport(),
        TextReport("json", render_json),
        TextReport("junit", _junit),
        TextReport("sarif", _sarif),
        GitHubReport(),
        TextReport("gitlab", _gitlab),
    )
}
