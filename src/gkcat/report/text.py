"""Human-readable report: grouped by file, sorted by line, a count per rule; colour on a TTY."""

from __future__ import annotations

from itertools import groupby

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gkcat.diagnostics import RULES, Diagnostic, Lang, Severity, summarise
from gkcat.i18n import say
from gkcat.textsafe import visible_controls

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def format_line(d: Diagnostic, lang: Lang) -> str:
    """``file:line:col: error[GK401] message (/items/3/powers/0, SHJZ-X-004)`` (plain text,
    one line: control characters from the sources are shown as escapes such as ``\\x1b``)."""
    where = f"{d.file or '-'}:{d.line or 1}:{d.column or 1}"
    context = ", ".join(p for p in (d.pointer, d.item or "") if p)
    tail = f" ({context})" if context else ""
    if d.fixable:
        tail += " " + say("report.fixable", lang)
    return visible_controls(
        f"{where}: {d.severity.label}[{d.code}] {d.message(lang)}{tail}", keep=""
    )


def render_text(
    console: Console, diagnostics: tuple[Diagnostic, ...], *, files: int, items: int, lang: Lang
) -> None:
    """Print the report to ``console`` (the CLI passes one bound to stderr)."""
    for _, group in groupby(diagnostics, key=lambda d: d.file or ""):
        for d in group:
            line = escape(format_line(d, lang))
            label = f"{d.severity.label}[{d.code}]"
            console.print(
                line.replace(label, f"[{_STYLE[d.severity]}]{label}[/]", 1),
                highlight=False,
                soft_wrap=True,
            )
        console.print()
    summary = summarise(diagnostics, files=files, items=items)
    if summary.by_code:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for key in ("report.rule", "report.count", "report.summary"):
            table.add_column(say(key, lang))
        for code, count in summary.by_code:
            table.add_row(code, str(count), RULES[code].slug)
        console.print(table)
    counts = {k: getattr(summary, k) for k in ("errors", "warnings", "files", "items")}
    text = say("report.totals", lang, **counts)
    style = "bold red" if summary.errors else ("yellow" if summary.warnings else "green")
    console.print(f"[{style}]{escape(text)}[/]", highlight=False)
