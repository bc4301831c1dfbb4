"""A catalog whose items changed since the base version bumps its ``version`` (GK341)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.diff.compare import compare
from gkcat.load.git import last_tag
from gkcat.load.positions import Locator
from gkcat.load.sides import SideReader
from gkcat.load.source import read_text
from gkcat.model import Project
from gkcat.settings import Settings

EMITS = frozenset({"GK341"})
"""The rule codes this module emits (a test keeps the list exact)."""


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


def against_base(project: Project, settings: Settings, base: str) -> list[Diagnostic]:
    """GK341 for ``project`` against ``base`` (a directory, a revision or ``last-tag``)."""
    name = last_tag(settings.root, lang=settings.lang) if base == "last-tag" else base
    side = SideReader(settings.root, settings).read(name)
    label = side.label
    if Path(name).is_dir():  # name a directory as seen from the project
        label = os.path.relpath(Path(name).resolve(), settings.root)
    found = []
    for d in check_versions(side.project, project, label=label):
        # The pipeline keeps no source text: read the (few) files with a finding again.
        text, _ = read_text(
            settings.root / (d.file or ""), d.file or "", max_size=settings.max_file_size
        )
        line, column = Locator(text or "").locate(d.pointer)
        found.append(replace(d, line=line, column=column))
    return found
