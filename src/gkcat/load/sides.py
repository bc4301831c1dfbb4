"""The two sides of a diff: a project directory or a git revision, read with a shared cache.

A file with the same path and bytes on both sides is parsed and modelled once: a revision
usually touches a few files of many. Sources are kept without their parsed data and text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gkcat.checks.schema import SchemaChecker
from gkcat.config import open_settings
from gkcat.diagnostics import Diagnostic, Severity
from gkcat.load.assemble import Read, assemble, model_part
from gkcat.load.cache import ReadCache
from gkcat.load.git import read_tree, resolve
from gkcat.load.project import Source, discover, load_schemas, read_source, read_source_bytes
from gkcat.load.root import project_names
from gkcat.model import Project
from gkcat.normalise.source import normalise_judged
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

    Each source is normalised and modelled as validate reads it (``normalise_judged``), so its
    model part is the one validate's read cache holds for the same path, bytes, gkcat.yaml and
    gkcat. With the cache on, a file is taken from the diff's own entries
    (``.gkcat-cache/diff/`` of the project), else from validate's (``.gkcat-cache/read/``, only
    read), else parsed and kept in the diff's entries; all are keyed by gkcat's code, the
    gkcat.yaml whose settings read the version, the file's path and its bytes.
    """

    root: Path
    settings: Settings
    parsed: dict[tuple[str, bytes], Read] = field(default_factory=dict)
    checkers: dict[tuple[str, ...], SchemaChecker] = field(default_factory=dict)
    caches: dict[tuple[str, bytes], ReadCache | None] = field(default_factory=dict)

    def read(self, arg: str) -> Side:
        """An argument naming an existing directory is a directory; else a git revision."""
        path = Path(arg)
        if not arg.startswith("-") and path.is_dir():
            side, _ = open_settings(path.resolve())
            config = _config(side.root)
            paths = discover(side.root)
            files = zip(paths, project_names(paths, side.root), strict=True)
            reads = [self._read_file(p, file, side, config) for p, file in files]
            return self._side(reads, side, arg)
        revision = resolve(self.root, arg, lang=self.settings.lang)
        config = _config(self.settings.root)
        reads = [
            self._cached(file, raw, self.settings, config)
            for file, raw in read_tree(self.root, revision)
        ]
        return self._side(reads, self.settings, revision.label)

    def _side(self, reads: Sequence[Read], settings: Settings, label: str) -> Side:
        own = self.caches.get(("diff", b""))
        if own is not None:
            own.save()
        project = assemble([r.part for r in reads], settings)
        return Side(project, label, tuple(r.source for r in reads))

    def _cached(self, file: str, raw: bytes, settings: Settings, config: bytes) -> Read:
        known = self.parsed.get((file, raw))
        if known is not None:
            return known
        own, validated = self._cache("diff", b""), self._cache("read", config)
        name = own.name(file, raw, b"gkcat.yaml\0" + config) if own is not None else ""
        known = None
        if own is not None:
            own.used.add(name)  # wanted by this run, even when validate's entry serves it
            known = own.get(file, name)
        if known is None and validated is not None:
            # validate's source also carries its schema findings: the diff looks only at the
            # reading errors of unreadable files, which are the same
            known = validated.get(file, validated.name(file, raw))
        if known is None:
            known = self._reading(read_source_bytes(file, raw, settings), settings)
            if own is not None:
                own.put(name, known)
        self.parsed[file, raw] = known
        return known

    def _read_file(self, path: Path, file: str, settings: Settings, config: bytes) -> Read:
        try:
            if path.stat().st_size > settings.max_file_size:
                return self._reading(read_source(path, settings), settings)
            raw = path.read_bytes()
        except OSError:
            return self._reading(read_source(path, settings), settings)  # it reports it (GK111)
        return self._cached(file, raw, settings, config)

    def _reading(self, source: Source, settings: Settings) -> Read:
        """A source as compared (normalised and modelled as validate reads it), without the
        parsed data and text."""
        checker = self.checkers.get(settings.channels)
        if checker is None:
            checker = SchemaChecker(load_schemas(), channels=settings.channels)
            self.checkers[settings.channels] = checker
        normal, _ = normalise_judged(source, settings, checker)
        return Read(replace(source, text="", data=None), model_part(normal))

    def _cache(self, purpose: str, config: bytes) -> ReadCache | None:
        """The project's diff entries (one cache), or validate's entries under ``config``."""
        if (purpose, config) not in self.caches:
            opened = None
            if self.settings.cache:
                opened = ReadCache.open(self.settings.root, config, purpose=purpose)
            self.caches[purpose, config] = opened
        return self.caches[purpose, config]


def _config(root: Path) -> bytes:
    """The gkcat.yaml whose settings read the version at ``root`` (empty without one)."""
    try:
        return (root / "gkcat.yaml").read_bytes()
    except OSError:
        return b""
