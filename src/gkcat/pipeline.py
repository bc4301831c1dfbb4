"""The validation pipeline: discover → read → schema → model → checks → locate → overrides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gkcat.checks import run_checks
from gkcat.checks.schema import SchemaChecker
from gkcat.config import open_settings
from gkcat.diagnostics import Diagnostic, Severity, sort_diagnostics, with_overrides
from gkcat.load.assemble import Read, assemble, model_part
from gkcat.load.cache import ReadCache
from gkcat.load.heap import collector_paused
from gkcat.load.positions import Locator
from gkcat.load.project import Source, discover, load_schemas, read_source
from gkcat.load.root import project_names, raw_project_names
from gkcat.model import Project
from gkcat.pointers import item_index
from gkcat.progress import working_on
from gkcat.settings import Options, Settings
from gkcat.textsafe import visible_controls


@dataclass(frozen=True, slots=True)
class Loaded:
    """A project read from disk: settings, sources, model and every diagnostic so far."""

    settings: Settings
    sources: tuple[Source, ...]
    """The sources read, in path order, without their parsed data and text."""
    project: Project
    """The model; empty when the caller asked for diagnostics only (``model=False``)."""
    diagnostics: tuple[Diagnostic, ...]
    config_failed: bool = False
    items: Mapping[str, int] = field(default_factory=dict)
    """The number of items of each catalog, by file."""


def load_project(
    root: Path,
    extra: Sequence[Path] = (),
    options: Options | None = None,
    *,
    model: bool = True,
) -> Loaded:
    """Read a whole project (plus ``extra`` files) into the model, collecting diagnostics.

    With ``model=False`` the caller needs the diagnostics only, so a run over exactly the same
    inputs as a cached earlier run returns that run's findings without reading the model.
    """
    root = root.resolve()
    settings, problems = open_settings(root, options)
    if any(d.severity == Severity.ERROR for d in problems):
        return Loaded(settings, (), Project(root), tuple(sort_diagnostics(problems)), True)
    paths = list(dict.fromkeys([*discover(root), *(p.resolve() for p in extra)]))
    cache = _open_cache(settings)
    known = _fingerprints(paths, settings, cache)
    run = (
        cache.run_key([known[p][1] for p in paths]) if cache and len(known) == len(paths) else None
    )
    if cache is not None and run is not None and not model:
        done = cache.get_run(run)
        if done is not None:
            files, kinds, diagnostics, items = done
            sources = tuple(Source(f, k, "", None, ()) for f, k in zip(files, kinds, strict=True))
            return Loaded(settings, sources, Project(root), diagnostics, items=items)
    with collector_paused():
        reads, parsed = _read_all(paths, settings, cache, known)
        project = assemble([r.part for r in reads], settings)
        checked = run_checks(project, settings)
    found = [
        *problems,
        *(d for r in reads for d in r.source.diagnostics),
        *checked,
    ]
    found = _locate(
        found, {r.source.file: path for r, path in zip(reads, paths, strict=True)}, settings
    )
    diagnostics = tuple(sort_diagnostics(with_overrides(found, settings.severity)))
    sources = tuple(r.source for r in reads)
    items = {c.file: len(c.items) for c in project.catalogs}
    if cache is not None:
        if not model:
            project = Project(root)  # the caller needs the findings only
        fresh = [(known[p][1], r) for p, r in zip(paths, reads, strict=True) if p in parsed]
        del reads
        _remember(fresh, cache)
        if run is not None:
            cache.put_run(run, sources, diagnostics, items)
        cache.save()
    return Loaded(settings, sources, project, diagnostics, items=items)


def _remember(fresh: list[tuple[str, Read]], cache: ReadCache) -> None:
    """Put the files parsed by this run into the cache, after the checks, dropping each part
    once it is put: pickling gives each text a UTF-8 copy (see ``ReadCache.put``), which then
    goes with the part unless the caller still holds the model."""
    fresh.reverse()
    while fresh:
        cache.put(*fresh.pop())


def _fingerprints(
    paths: Sequence[Path], settings: Settings, cache: ReadCache | None
) -> dict[Path, tuple[str, str]]:
    """(project path, cache entry name) of every file the cache can key; the bytes are not kept."""
    if cache is None:
        return {}
    known = {}
    for path, file in zip(paths, project_names(paths, settings.root), strict=True):
        raw = _raw(path, settings)
        if raw is not None:
            known[path] = (file, cache.name(file, raw))
    return known


def _read_all(
    paths: Sequence[Path],
    settings: Settings,
    cache: ReadCache | None,
    known: Mapping[Path, tuple[str, str]],
) -> tuple[list[Read], set[Path]]:
    """Read every path: from the read cache where its bytes are known, else parse them; also
    the paths parsed that the cache can keep."""
    found: dict[Path, Read] = {}
    if cache is not None:
        for path, (file, name) in known.items():
            hit = cache.get(file, name)
            if hit is not None:
                found[path] = hit
    missing = [p for p in paths if p not in found]
    for read, path in zip(_parse_all(missing, settings), missing, strict=True):
        found[path] = read
    return [found[p] for p in paths], {p for p in missing if p in known}


def _open_cache(settings: Settings) -> ReadCache | None:
    if not settings.cache:
        return None
    try:
        config = (settings.root / "gkcat.yaml").read_bytes()
    except OSError:
        config = b""
    return ReadCache.open(settings.root, config)


def _raw(path: Path, settings: Settings) -> bytes | None:
    """A file's bytes for the cache key; None leaves the file to the reader (and its errors)."""
    try:
        if path.stat().st_size > settings.max_file_size:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _parse_all(paths: Sequence[Path], settings: Settings) -> list[Read]:
    if settings.jobs <= 1 or len(paths) < 2 * settings.jobs:
        return _read_chunk(paths, settings)
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, len(paths) // (settings.jobs * 4))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        results = pool.map(_read_chunk, chunks, [settings] * len(chunks))
        return [read for chunk in results for read in chunk]


def _read_chunk(paths: Sequence[Path], settings: Settings) -> list[Read]:
    """Read, schema-check and model files; one compiled validator serves the whole chunk.

    The parsed data and text are dropped once the file's model is built, so a large project
    holds its model, not every parsed document; positions of later findings re-read the file.
    """
    from gkcat.normalise.source import normalise_judged  # only files that are read again

    checker = SchemaChecker(load_schemas(), channels=settings.channels)
    reads = []
    for path, raw in zip(paths, raw_project_names(paths, settings.root), strict=True):
        with working_on(visible_controls(raw, keep="")):
            source = read_source(path, settings, raw)
            kind = source.kind
            if kind is not None:
                read = source.data
                source, valid = normalise_judged(source, settings, checker)
                unchanged = valid and source.data is read  # nothing to check again
                issues = [] if unchanged else checker.check(kind, source.data)
                if issues:
                    locator = Locator(source.text)
                    located = [
                        _place(replace(i.diagnostic, file=source.file), source, locator, key=i.key)
                        for i in issues
                    ]
                    source = replace(source, diagnostics=(*source.diagnostics, *located))
            reads.append(Read(replace(source, text="", data=None), model_part(source)))
    return reads


def _locate(
    diagnostics: Iterable[Diagnostic], paths: Mapping[str, Path], settings: Settings
) -> list[Diagnostic]:
    """Give diagnostics their line:column and item id; read again only files that need it."""
    sources: dict[str, Source] = {}
    locators: dict[str, Locator] = {}
    located = []
    for d in diagnostics:
        path = paths.get(d.file or "")
        if path is None or (
            d.line is not None and (d.item is not None or item_index(d.pointer) is None)
        ):
            located.append(d)
            continue
        if d.file not in sources:
            sources[d.file or ""] = read_source(path, settings)
        source = sources[d.file or ""]
        if d.line is None:
            locator = locators.setdefault(source.file, Locator(source.text))
            located.append(_place(d, source, locator))
        elif (item := _item_id(source, d.pointer)) is not None:
            located.append(replace(d, item=item))
        else:
            located.append(d)
    return located


def _place(d: Diagnostic, source: Source, locator: Locator, *, key: bool = False) -> Diagnostic:
    """Fill in line:column from the pointer, and the item id when the pointer is inside an item."""
    line, column = locator.locate(d.pointer, key=key)
    end = locator.end(d.pointer, key=key) or (None, None)
    item = d.item or _item_id(source, d.pointer)
    return replace(d, line=line, column=column, end_line=end[0], end_column=end[1], item=item)


def _item_id(source: Source, pointer: str) -> str | None:
    index = item_index(pointer)
    items = source.data.get("items") if isinstance(source.data, Mapping) else None
    if index is None or not isinstance(items, list) or index >= len(items):
        return None
    item = items[index]
    return str(item["id"]) if isinstance(item, Mapping) and "id" in item else None
