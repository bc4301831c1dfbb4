"""The validation pipeline: discover → read → schema → model → checks → locate → overrides."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from gkcat.checks import run_checks
from gkcat.checks.schema import SchemaChecker
from gkcat.config import open_settings
from gkcat.diagnostics import Diagnostic, Severity, sort_diagnostics, with_overrides
from gkcat.load.assemble import build_model
from gkcat.load.positions import Locator
from gkcat.load.project import Source, discover, load_schemas, read_source, relative
from gkcat.model import Project
from gkcat.pointers import item_index
from gkcat.progress import working_on
from gkcat.settings import Options, Settings


@dataclass(frozen=True, slots=True)
class Loaded:
    """A project read from disk: settings, sources, model and every diagnostic so far."""

    settings: Settings
    sources: tuple[Source, ...]
    project: Project
    diagnostics: tuple[Diagnostic, ...]
    config_failed: bool = False


def load_project(root: Path, extra: Sequence[Path] = (), options: Options | None = None) -> Loaded:
    """Read a whole project (plus ``extra`` files) into the model, collecting diagnostics."""
    root = root.resolve()
    settings, problems = open_settings(root, options)
    if any(d.severity == Severity.ERROR for d in problems):
        return Loaded(settings, (), Project(root), tuple(sort_diagnostics(problems)), True)
    paths = list(dict.fromkeys([*discover(root), *(p.resolve() for p in extra)]))
    with _collector_paused():
        sources = _read_all(paths, settings)
        project = build_model(sources, settings)
        checked = run_checks(project, settings)
    found = [
        *problems,
        *(d for s in sources for d in s.diagnostics),
        *checked,
    ]
    found = _locate(found, sources)
    diagnostics = with_overrides(found, settings.severity)
    return Loaded(settings, tuple(sources), project, tuple(sort_diagnostics(diagnostics)))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a project is read.

    Loading creates hundreds of thousands of small dicts and lists that all stay alive, so each
    automatic collection rescans a growing heap. The loaded data holds no reference cycles
    (recursive aliases are refused as GK106 before construction), so nothing is lost by waiting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_all(paths: Sequence[Path], settings: Settings) -> list[Source]:
    if settings.jobs <= 1 or len(paths) < 2 * settings.jobs:
        return _read_chunk(paths, settings)
    size = max(1, len(paths) // (settings.jobs * 4))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        results = pool.map(_read_chunk, chunks, [settings] * len(chunks))
        return [source for chunk in results for source in chunk]


def _read_chunk(paths: Sequence[Path], settings: Settings) -> list[Source]:
    """Read and schema-check files; one compiled validator serves the whole chunk."""
    checker = SchemaChecker(load_schemas(), channels=settings.channels)
    sources = []
    for path in paths:
        with working_on(relative(path, settings.root)):
            source = read_source(path, settings)
            if source.kind is not None:
                issues = checker.check(source.kind, source.data)
                if issues:
                    locator = Locator(source.text)
                    located = [
                        _place(replace(i.diagnostic, file=source.file), source, locator, key=i.key)
                        for i in issues
                    ]
                    source = replace(source, diagnostics=(*source.diagnostics, *located))
        sources.append(source)
    return sources


def _locate(diagnostics: Iterable[Diagnostic], sources: Sequence[Source]) -> list[Diagnostic]:
    """Give diagnostics their line:column and item id; compose only files that need it."""
    by_file = {s.file: s for s in sources}
    locators: dict[str, Locator] = {}
    located = []
    for d in diagnostics:
        source = by_file.get(d.file or "")
        if source is None:
            located.append(d)
        elif d.line is None:
            locator = locators.setdefault(source.file, Locator(source.text))
            located.append(_place(d, source, locator))
        elif d.item is None and (item := _item_id(source, d.pointer)) is not None:
            located.append(replace(d, item=item))
        else:
            located.append(d)
    return located


def _place(d: Diagnostic, source: Source, locator: Locator, *, key: bool = False) -> Diagnostic:
    """Fill in line:column from the pointer, and the item id when the pointer is inside an item."""
    line, column = locator.locate(d.pointer, key=key)
    return replace(d, line=line, column=column, item=d.item or _item_id(source, d.pointer))


def _item_id(source: Source, pointer: str) -> str | None:
    index = item_index(pointer)
    items = source.data.get("items") if isinstance(source.data, Mapping) else None
    if index is None or not isinstance(items, list) or index >= len(items):
        return None
    item = items[index]
    return str(item["id"]) if isinstance(item, Mapping) and "id" in item else None
