"""The closing lines of `gkcat import`: what was written, counted from what was written."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from gkcat.i18n import say
from gkcat.results import ImportResult


def import_summary(result: ImportResult, summary_key: str) -> list[str]:
    """The counts (the kind's i18n ``summary_key``), generated codes and where the YAML went.

    Nothing is claimed when nothing was produced.
    """
    lang = result.settings.lang
    counts: dict[str, Any] = asdict(result.stats) if is_dataclass(result.stats) else {}
    if result.text is None:
        rows = counts.get("rows", 0)
        return [
            say("import.not-produced", lang, rows=rows) if rows else say("import.nothing", lang)
        ]
    lines = [say(summary_key, lang, **counts)]
    if counts.get("generated"):
        lines.append(say("import.generated", lang, generated=counts["generated"]))
    if result.out is not None:
        lines.append(say("cli.wrote", lang, path=result.out))
    return lines
