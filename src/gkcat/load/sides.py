"""The two sides of a diff: a project directory or a git revision, read with a shared cache.

A file with the same path and bytes on both sides is parsed and modelled once: a revision
usually touches a few files of many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gkcat.config import open_settings
from gkcat.diagnostics import Diagnostic, Severity
from gkcat.load.assemble import build_model
from gkcat.load.git import read_tree, resolve
from gkcat.load.project import Source, discover, read_source, read_source_bytes
from gkcat.load.root import project_names
from gkcat.model import Project
from gkcat.normalise.source import normalise_source
from gkcat.settings import Settings


@dataclass(frozen=True, slots=True)
class Side:
    """One version as compared: its model, its label in the report, and its sources."""

    project: Project
    label: str
    sources: tuple[Source, ...]

    @property
    def unreadable(self) -> list[Diagnostic]:
        """Reading errors of files that could not be modelled; a diff would be incomplete."""
        return [
            d
            for s in self.sources
            if s.kind is None
            for d in s.diagnostics
            if d.severity == Severity.ERROR
        ]


@dataclass(slots=True)
class SideReader:
    """Reads sides of a diff, parsing and modelling each (path, bytes) once."""

    root: Path
    settings: Settings
    parsed: dict[tuple[str, bytes], Source] = field(default_factory=dict)
    built: dict[int, Project] = field(default_factory=dict)
    """Keyed by id() of sources kept alive in ``parsed``."""

    def read(self, arg: str) -> Side:
        """An argument naming an existing directory is a directory; else a git revision."""
        path = Path(arg)
        if not arg.startswith("-") and path.is_dir():
            side, _ = open_settings(path.resolve())
            paths = discover(side.root)
            files = zip(paths, project_names(paths, side.root), strict=True)
            sources = [self._read_file(p, file, side) for p, file in files]
            return Side(self._model(sources, side), arg, tuple(sources))
        revision = resolve(self.root, arg, lang=self.settings.lang)
        sources = [
            self._cached(file, raw, self.settings) for file, raw in read_tree(self.root, revision)
        ]
        return Side(self._model(sources, self.settings), revision.label, tuple(sources))

    def _cached(self, file: str, raw: bytes, settings: Settings) -> Source:
        if (file, raw) not in self.parsed:
            self.parsed[file, raw] = read_source_bytes(file, raw, settings)
        return self.parsed[file, raw]

    def _read_file(self, path: Path, file: str, settings: Settings) -> Source:
        try:
            if path.stat().st_size > settings.max_file_size:
                return read_source(path, settings)
            raw = path.read_bytes()
        except OSError:
            return read_source(path, settings)  # it reports the problem (GK111)
        return self._cached(file, raw, settings)

    def _model(self, sources: Sequence[Source], settings: Settings) -> Project:
        """build_model(), reusing the model of a source already built for the other side."""
        for source in sources:
            if id(source) not in self.built:  # compared as validate judges them: normalised
                normal = normalise_source(source, settings)
                self.built[id(source)] = build_model([normal], settings)
        parts = [self.built[id(s)] for s in sources]
        return replace(
            build_model([], settings),
            catalogs=tuple(c for p in parts for c in p.catalogs),
            power_lists=tuple(pl for p in parts for pl in p.power_lists),
            task_plans=tuple(t for p in parts for t in p.task_plans),
        )
