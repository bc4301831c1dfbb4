"""The yearly edition in gkcat.yaml: the title's year agrees with ``year`` (GK340)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from gkcat.diagnostics import Diagnostic, diagnostic

EMITS = frozenset({"GK340"})
"""The rule codes this module emits (a test keeps the list exact)."""

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def check_title_year(config: Mapping[str, Any]) -> Iterator[Diagnostic]:
    """GK340: ``output.title`` names a year other than ``year`` (write ``{year}`` instead)."""
    year = config.get("year")
    output = config.get("output")
    title = output.get("title") if isinstance(output, Mapping) else None
    if not isinstance(year, int) or not isinstance(title, str):
        return
    stale = [m.group(1) for m in _YEAR.finditer(title) if int(m.group(1)) != year]
    if stale:
        yield diagnostic(
            "GK340",
            file="gkcat.yaml",
            pointer="/output/title",
            title=title,
            found=stale[0],
            year=str(year),
        )
