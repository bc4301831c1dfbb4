"""The two sides of a diff: a project directory or a git revision, read with a shared cache.

A file with the same path and bytes on both sides is parsed and modelled once: a revision
usually touches a few files of many. Sources are kept without their parsed data and text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gkcat.config import open_settings
from gkcat.diagnostics import Diagnostic, Severity
from gkcat.load.assemble import Read, assemble, model_part
from gkcat.load.cache import ReadCache
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
    """Reads sides of a diff, parsing and modelling each (path, bytes) once.

    With the read cache on, each file's reading and normalised model part is also kept under
    ``.gkcat-cache/diff/`` of the project, keyed by gkcat's code, the gkcat.yaml of the version
    read (its settings decide normalisation and limits), the file's path and its bytes: what an
    entry holds is exactly what reading those bytes with those settings gives, so a version
    already read (the previous release, usually) is not parsed again.
    """

    root: Path
    settings: Settings
    parsed: dict[tuple[str, bytes], Read] = field(default_factory=dict)
    cache: ReadCache | None = None
    opened: bool = False

    def read(self, arg: str) -> Side:
        """An argument naming an existing directory is a directory; else a git revision."""
        path = Path(arg)
        if not arg.startswith("-") and path.is_dir():
            side, _ = open_settings(path.resolve())
            scope = _scope(side.root)
            paths = discover(side.root)
            files = zip(paths, project_names(paths, side.root), strict=True)
            reads = [self._read_file(p, file, side, scope) for p, file in files]
            return self._side(reads, side, arg)
        revision = resolve(self.root, arg, lang=self.settings.lang)
        scope = _scope(self.settings.root)
        reads = [
            self._cached(file, raw, self.settings, scope)
            for file, raw in read_tree(self.root, revision)
        ]
        return self._side(reads, self.settings, revision.label)

    def _side(self, reads: Sequence[Read], settings: Settings, label: str) -> Side:
        if self.cache is not None:
            self.cache.save()
        project = assemble([r.part for r in reads], settings)
        return Side(project, label, tuple(r.source for r in reads))

    def _cached(self, file: str, raw: bytes, settings: Settings, scope: bytes) -> Read:
        known = self.parsed.get((file, raw))
        if known is not None:
            return known
        cache = self._open()
        name = cache.name(file, raw, scope) if cache is not None else ""
        known = cache.get(file, name) if cache is not None else None
        if known is None:
            known = _reading(read_source_bytes(file, raw, settings), settings)
            if cache is not None:
                cache.put(name, known)
        self.parsed[file, raw] = known
        return known

    def _read_file(self, path: Path, file: str, settings: Settings, scope: bytes) -> Read:
        try:
            if path.stat().st_size > settings.max_file_size:
                return _reading(read_source(path, settings), settings)
            raw = path.read_bytes()
        except OSError:
            return _reading(read_source(path, settings), settings)  # it reports it (GK111)
        return self._cached(file, raw, settings, scope)

    def _open(self) -> ReadCache | None:
        if not self.opened:
            self.opened = True
            if self.settings.cache:
                self.cache = ReadCache.open(self.settings.root, b"", purpose="diff")
        return self.cache


def _reading(source: Source, settings: Settings) -> Read:
    """A source as compared (normalised as validate judges it, then modelled), without the
    parsed data and text."""
    part = model_part(normalise_source(source, settings))
    return Read(replace(source, text="", data=None), part)


def _scope(root: Path) -> bytes:
    """What the settings of the version at ``root`` are made of: its gkcat.yaml."""
    try:
        return b"gkcat.yaml\0" + (root / "gkcat.yaml").read_bytes()
    except OSError:
        return b"gkcat.yaml\0"
