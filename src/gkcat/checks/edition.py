"""The yearly edition: the title's year agrees with ``year`` (GK340); a catalog whose items
changed since the base version bumps its ``version`` (GK341)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from gkcat.compile.diff import compare
from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

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


def check_versions(base: Project, project: Project, *, label: str) -> Iterator[Diagnostic]:
    """GK341: items of a catalog changed since ``base`` and its ``version`` is the same."""
    old = {c.id: c for c in base.catalogs}
    changed: set[str] = set()
    for change in compare(base, project).of("item"):
        changed.update(r.where for r in (change.old, change.new) if r is not None)
    for catalog in project.catalogs:
        before = old.get(catalog.id)
        if before is None or catalog.id not in changed or before.version != catalog.version:
            continue
        yield diagnostic(
            "GK341",
            file=catalog.file,
            pointer="/version" if catalog.version else "",
            version=catalog.version or "—",
            base=label,
        )
