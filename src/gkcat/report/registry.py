"""The report formats of ``gkcat validate``: the one place a format is added.

Each entry is a :class:`Reporter`; ``--format`` offers exactly the names in ``REPORTERS``.
A format is usually one module with a ``render`` function and one :class:`TextReport` line
here; a format that needs more (the terminal, a side file) implements ``report`` itself.
The renderers of the CI formats are imported when their format is chosen, so a run that
prints text loads none of them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gkcat.i18n import Lang
from gkcat.report.console import emit, terminal
from gkcat.report.text import render_text
from gkcat.write import write_file

if TYPE_CHECKING:
    from rich.console import Console

    from gkcat.results import ValidateResult


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
        from rich.console import Console

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
        from gkcat.report.github import render_github, render_step_summary
        from gkcat.report.repo_paths import rebase, repository_prefix

        prefix = repository_prefix(result.settings.root)
        text = render_github(rebase(result.diagnostics, prefix), lang)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            files, items = len(result.files), result.items
            table = render_step_summary(result.diagnostics, files=files, items=items, lang=lang)
            path = Path(summary_file)
            before = path.read_bytes() if path.exists() else b""
            write_file(path, before + table.encode("utf-8"))
        emit(text, output)


def _json(result: ValidateResult, lang: Lang) -> str:
    from gkcat.report.json import render_json

    return render_json(result, lang)


def _sarif(result: ValidateResult, lang: Lang) -> str:
    from gkcat.report.json import dumps
    from gkcat.report.repo_paths import rebase, repository_prefix
    from gkcat.report.sarif import render_sarif

    prefix = repository_prefix(result.settings.root)
    diagnostics = rebase(result.diagnostics, prefix)
    return dumps(render_sarif(diagnostics, lang, config=prefix + "gkcat.yaml")) + "\n"


def _gitlab(result: ValidateResult, lang: Lang) -> str:
    from gkcat.report.gitlab import render_gitlab
    from gkcat.report.json import dumps
    from gkcat.report.repo_paths import rebase, repository_prefix

    diagnostics = rebase(result.diagnostics, repository_prefix(result.settings.root))
    return dumps(render_gitlab(diagnostics, lang)) + "\n"


def _junit(result: ValidateResult, lang: Lang) -> str:
    from gkcat.report.junit import render_junit

    return render_junit(result.diagnostics, result.files, lang, strict=result.settings.strict)


REPORTERS: dict[str, Reporter] = {
    r.name: r
    for r in (
        ConsoleReport(),
        TextReport("json", _json),
        TextReport("junit", _junit),
        TextReport("sarif", _sarif),
        GitHubReport(),
        TextReport("gitlab", _gitlab),
    )
}
