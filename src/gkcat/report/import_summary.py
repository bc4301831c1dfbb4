"""The closing lines of `gkcat import`: what was written, counted from what was written."""

from __future__ import annotations

from dataclasses import asdict

from gkcat.i18n import say
from gkcat.results import ImportResult


def import_summary(result: ImportResult, summary_key: str) -> list[str]:
    """The counts, generated codes and where the YAML went; nothing is claimed when nothing was
    produced (the summary of an import kind is the i18n key ``summary_key``)."""
    lang, stats = result.settings.lang, result.stats
    if result.text is None:
        return [
            say("import.not-produced", lang, rows=stats.rows)
            if stats.rows
            else say("import.nothing", lang)
        ]
    lines = [say(summary_key, lang, **asdict(stats))]
    if stats.generated:
        lines.append(say("import.generated", lang, generated=stats.generated))
    if result.out is not None:
        lines.append(say("cli.wrote", lang, path=result.out))
    return lines
