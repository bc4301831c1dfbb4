"""One function per command (validate, build, schema, init …) → a result the CLI renders."""

from __future__ import annotations

import gc
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.checks import run_checks
from gkcat.checks.schema import SchemaChecker
from gkcat.compile.diff import KINDS, Diff, compare, fail_kinds
from gkcat.compile.site import compile_site
from gkcat.compile.source_yaml import dump_source
from gkcat.compile.starter import Starter, plan_starter
from gkcat.compile.tasks_table import compile_task_tables
from gkcat.compile.workbook import compile_workbooks
from gkcat.config import load_settings
from gkcat.coverage import Coverage, compute_coverage
from gkcat.coverage import to_json as coverage_to_json
from gkcat.diagnostics import (
    Diagnostic,
    GkcatError,
    Lang,
    Severity,
    sort_diagnostics,
    summarise,
    with_overrides,
)
from gkcat.load.catalog_import import read_catalog_workbook
from gkcat.load.git import read_tree, resolve
from gkcat.load.positions import Locator
from gkcat.load.project import (
    SCHEMA_NAMES,
    Source,
    discover,
    load_schemas,
    read_source,
    read_source_bytes,
    relative,
)
from gkcat.load.source import parse
from gkcat.load.xlsx_guard import inspect_workbook
from gkcat.load.xlsx_import import ImportStats, read_power_workbook
from gkcat.model import Catalog, PowerList, Project, TaskPlan
from gkcat.outdir import check_output
from gkcat.overwrite import refuse_overwrite
from gkcat.pointers import item_index
from gkcat.progress import working_on
from gkcat.resources import sample_dir, schemas_dir
from gkcat.settings import Settings, with_flags
from gkcat.write import write_file, write_outputs


@dataclass(frozen=True, slots=True)
class Loaded:
    """A project read from disk: settings, sources, model and every diagnostic so far."""

    settings: Settings
    sources: tuple[Source, ...]
    project: Project
    diagnostics: tuple[Diagnostic, ...]
    config_failed: bool = False


@dataclass(frozen=True, slots=True)
class ValidateResult:
    settings: Settings
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]
    """The sources checked (project-relative), for reporters that list clean files too."""
    items: int
    config_failed: bool = False

    @property
    def exit_code(self) -> int:
        if self.config_failed:
            return 2
        worst = max((d.severity for d in self.diagnostics), default=Severity.INFO)
        failing = Severity.WARNING if self.settings.strict else Severity.ERROR
        return 1 if worst >= failing else 0

    def to_json(self, lang: Lang | None = None) -> dict[str, Any]:
        """The report of DESIGN.md §4."""
        summary = summarise(self.diagnostics, files=len(self.files), items=self.items)
        return {
            "version": 1,
            "summary": {
                "files": summary.files,
                "items": summary.items,
                "errors": summary.errors,
                "warnings": summary.warnings,
            },
            "diagnostics": [
                {
                    "code": d.code,
                    "severity": d.severity.label,
                    "file": d.file,
                    "line": d.line,
                    "column": d.column,
                    "pointer": d.pointer,
                    "item": d.item,
                    "message": d.message(lang or self.settings.lang),
                }
                for d in self.diagnostics
            ],
        }


def open_settings(root: Path, **flags: object) -> tuple[Settings, list[Diagnostic]]:
    """Defaults < gkcat.yaml < flags; configuration problems come back as diagnostics."""
    settings, problems = load_settings(root, load_schemas())
    return with_flags(settings, **flags), problems


def load_project(root: Path, extra: Sequence[Path] = (), **flags: object) -> Loaded:
    """Read a whole project (plus ``extra`` files) into the model, collecting diagnostics."""
    root = root.resolve()
    settings, problems = open_settings(root, **flags)
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


def validate(root: Path, paths: Sequence[Path] = (), **flags: object) -> ValidateResult:
    """Check every source of the project; report on ``paths`` only when some are given."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise GkcatError(f"no such file or directory: {missing[0]}")
    loaded = load_project(root, [p for p in paths if p.is_file()], **flags)
    diagnostics = loaded.diagnostics
    sources = loaded.sources
    if paths and not loaded.config_failed:
        wanted = [relative(p, loaded.settings.root) for p in paths]
        sources = tuple(s for s in sources if _under(s.file, wanted))
        diagnostics = tuple(d for d in diagnostics if d.file is None or _under(d.file, wanted))
    items = sum(
        len(c.items) for c in loaded.project.catalogs if any(s.file == c.file for s in sources)
    )
    return ValidateResult(
        loaded.settings, diagnostics, tuple(s.file for s in sources), items, loaded.config_failed
    )


def _under(file: str, wanted: Iterable[str]) -> bool:
    return any(w in (".", "") or file == w or file.startswith(w.rstrip("/") + "/") for w in wanted)


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


def build_model(sources: Iterable[Source], settings: Settings) -> Project:
    """Turn the readable sources into the frozen model (tolerant of schema errors)."""
    catalogs, power_lists, task_plans = [], [], []
    for source in sources:
        if source.kind == "catalog":
            catalogs.append(
                Catalog.from_data(source.data, id=catalog_id(source.file), file=source.file)
            )
        elif source.kind == "power-list":
            power_lists.append(PowerList.from_data(source.data, file=source.file))
        elif source.kind == "task-plan":
            task_plans.append(TaskPlan.from_data(source.data, file=source.file))
    return Project(
        settings.root, tuple(catalogs), tuple(power_lists), tuple(task_plans), settings.registry
    )


def catalog_id(file: str) -> str:
    """``catalogs/social-assistance/county.yaml`` → ``social-assistance/county``."""
    stem = file.rsplit(".", 1)[0]
    prefix = vocab.KINDS["catalog"] + "/"
    return stem[len(prefix) :] if stem.startswith(prefix) else stem


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


# ---------------------------------------------------------------------------------------- build

Compiler = Callable[[Project, Settings], Mapping[str, bytes]]


@dataclass(frozen=True, slots=True)
class Target:
    """A build target: its ``--only`` name, its directory under dist/, and its compiler."""

    name: str
    directory: str
    compile: Compiler


def build_targets() -> tuple[Target, ...]:
    """Every build target, in build order."""
    return (
        Target("xlsx", "xlsx", compile_workbooks),
        Target("tasks", "tasks", compile_task_tables),
        Target("html", "site", compile_site),
    )


@dataclass(frozen=True, slots=True)
class BuildResult:
    validation: ValidateResult
    written: tuple[Path, ...] = ()
    refused: bool = False
    out: Path | None = None
    targets: tuple[str, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        if self.validation.config_failed:
            return 2
        return 1 if self.refused else 0


def build(
    root: Path,
    *,
    out: Path | None = None,
    only: Sequence[str] = (),
    force: bool = False,
    split_by: str | None = None,
    **flags: object,
) -> BuildResult:
    """Validate, then compile the selected targets and write them atomically under dist/."""
    loaded = load_project(root, (), split_by=split_by, **flags)
    validation = ValidateResult(
        loaded.settings,
        loaded.diagnostics,
        tuple(s.file for s in loaded.sources),
        loaded.project.item_count,
        loaded.config_failed,
    )
    has_errors = any(d.severity == Severity.ERROR for d in loaded.diagnostics)
    if loaded.config_failed or (has_errors and not force):
        return BuildResult(validation, refused=True)
    dest = out or loaded.settings.dist_dir
    check_output(dest, loaded.settings.root, from_config=out is None, lang=loaded.settings.lang)
    targets = [t for t in build_targets() if not only or t.name in only]
    outputs: dict[str, Mapping[str, bytes]] = {}
    for t in targets:
        with working_on(f"{dest}/{t.directory}"):
            outputs[t.directory] = t.compile(loaded.project, loaded.settings)
    written = write_outputs(dest, outputs, replace_all=not only, lang=loaded.settings.lang)
    return BuildResult(validation, tuple(written), out=dest, targets=tuple(t.name for t in targets))


# ----------------------------------------------------------------------------------------- diff


@dataclass(frozen=True, slots=True)
class DiffResult:
    settings: Settings
    diff: Diff
    unreadable: tuple[Diagnostic, ...] = ()
    """Reading errors of files that could not be compared; the diff would be incomplete."""
    fail_on: tuple[str, ...] = ()
    unreadable_in: tuple[str, ...] = ()
    """The versions (as labelled in the report) that hold those files."""

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return 2
        return 1 if self.diff.has(self.fail_on) else 0

    def to_json(self) -> dict[str, Any]:
        """The report of DESIGN.md §4."""
        from gkcat.compile.diff_report import to_json

        return to_json(self.diff)

    def to_markdown(self) -> str:
        from gkcat.compile.diff_report import to_markdown

        return to_markdown(self.diff, self.settings.lang)

    def to_html(self) -> bytes:
        from gkcat.compile.diff_html import render_html

        return render_html(self.diff, self.settings.lang)

    def to_xlsx(self) -> bytes:
        from gkcat.compile.diff_xlsx import render_xlsx

        return render_xlsx(self.diff, self.settings.lang, stamp=self.settings.build_time)


def diff(
    old: str, new: str, root: Path = Path("."), *, fail_on: Sequence[str] = (), **flags: object
) -> DiffResult:
    """Compare two versions: project directories or git revisions of the repository at ``root``.

    An argument that names an existing directory is a directory; anything else must be a
    revision (commit, branch, tag) of the repository holding ``root``.
    """
    root = root.resolve()
    settings, _ = open_settings(root, **flags)
    try:
        kinds = fail_kinds(fail_on)
    except ValueError as exc:
        choices = ", ".join(KINDS)
        raise GkcatError(
            f"--fail-on：未知的变化类别「{exc}」，可选 {choices}"
            if settings.lang == "zh"
            else f'--fail-on: unknown kind "{exc}"; choose from {choices}'
        ) from exc
    parsed: dict[tuple[str, bytes], Source] = {}
    built: dict[int, Project] = {}  # keyed by id() of sources kept alive in ``parsed``
    before, old_label, old_sources = _load_side(old, root, settings, parsed, built)
    after, new_label, new_sources = _load_side(new, root, settings, parsed, built)
    problems = {label: _unreadable(s) for label, s in ((old, old_sources), (new, new_sources))}
    unreadable = tuple(sort_diagnostics(d for found in problems.values() for d in found))
    result = compare(before, after, old_label=old_label, new_label=new_label)
    return DiffResult(
        settings, result, unreadable, kinds, tuple(k for k, found in problems.items() if found)
    )


def _unreadable(sources: Sequence[Source]) -> list[Diagnostic]:
    return [
        d for s in sources if s.kind is None for d in s.diagnostics if d.severity == Severity.ERROR
    ]


def _load_side(
    arg: str,
    root: Path,
    settings: Settings,
    parsed: dict[tuple[str, bytes], Source],
    built: dict[int, Project],
) -> tuple[Project, str, list[Source]]:
    """Read one side of a diff; a file with the same path and bytes as on the other side is
    parsed and modelled once (``parsed``, ``built``): a revision touches a few files of many."""
    path = Path(arg)
    if not arg.startswith("-") and path.is_dir():
        side, _ = open_settings(path.resolve())
        files = [(p, relative(p, side.root)) for p in discover(side.root)]
        sources = [_read_cached(p, file, side, parsed) for p, file in files]
        return _model(sources, side, built), arg, sources
    revision = resolve(root, arg, lang=settings.lang)
    sources = []
    for file, raw in read_tree(root, revision):
        if (file, raw) not in parsed:
            parsed[file, raw] = read_source_bytes(file, raw, settings)
        sources.append(parsed[file, raw])
    return _model(sources, settings, built), revision.label, sources


def _model(sources: Sequence[Source], settings: Settings, built: dict[int, Project]) -> Project:
    """build_model(), reusing the model of a source object already built for the other side."""
    for source in sources:
        if id(source) not in built:
            built[id(source)] = build_model([source], settings)
    parts = [built[id(s)] for s in sources]
    return replace(
        build_model([], settings),
        catalogs=tuple(c for p in parts for c in p.catalogs),
        power_lists=tuple(pl for p in parts for pl in p.power_lists),
        task_plans=tuple(t for p in parts for t in p.task_plans),
    )


def _read_cached(
    path: Path, file: str, settings: Settings, parsed: dict[tuple[str, bytes], Source]
) -> Source:
    try:
        if path.stat().st_size > settings.max_file_size:
            return read_source(path, settings)
        raw = path.read_bytes()
    except OSError:
        return read_source(path, settings)  # it reports the problem (GK111)
    if (file, raw) not in parsed:
        parsed[file, raw] = read_source_bytes(file, raw, settings)
    return parsed[file, raw]


# ------------------------------------------------------------------------------- schema, init


def schema_text(name: str) -> str:
    """The shipped JSON Schema ``name`` as text."""
    if name not in SCHEMA_NAMES:
        raise GkcatError(f"unknown schema {name!r}; choose one of {', '.join(SCHEMA_NAMES)}")
    return (schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8")


def init(
    dest: Path,
    *,
    region: str | None = None,
    domains: Sequence[str] = (),
    force: bool = False,
    lang: Lang = "zh",
) -> list[Path]:
    """Copy the embedded sample project into ``dest`` (which must not hold a project yet;
    with ``force``, existing files are overwritten).

    With ``domains``, only those domains' catalogs are copied, and the power lists and task plans
    are trimmed to what those catalogs refer to.
    """
    sample = sample_dir()
    if not force and ((dest / "catalogs").exists() or (dest / "gkcat.yaml").exists()):
        raise GkcatError(f"{dest} already holds a gkcat project")
    unknown = [d for d in domains if d not in vocab.DOMAINS]
    if unknown:
        raise GkcatError(f"unknown domain {unknown[0]!r}; use one of the 26 standard domains")
    files = {p.relative_to(sample).as_posix(): p for p in _sample_files(sample)}
    if domains:
        sources = {rel: _read_sample(path) for rel, path in files.items()}
        starter = plan_starter(sources, {vocab.DOMAINS[d] for d in domains})
    else:
        starter = Starter(frozenset(files), {})
    schemas = sorted(schemas_dir().glob("*.schema.json"))
    targets = [dest / rel for rel in starter.keep | set(starter.rewrite)]
    refuse_overwrite(
        [*targets, *(dest / "schemas" / s.name for s in schemas)], force=force, lang=lang
    )
    written = []
    for rel in sorted(starter.keep | set(starter.rewrite)):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel in starter.rewrite:
            write_file(target, starter.rewrite[rel])
        else:
            shutil.copyfile(files[rel], target)
        written.append(target)
    for schema in schemas:
        target = dest / "schemas" / schema.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(schema, target)
        written.append(target)
    if region:
        _rename_region(dest, region, written)
    return written


def _sample_files(sample: Path) -> list[Path]:
    found = [sample / "gkcat.yaml"]
    for directory in vocab.KINDS.values():
        found.extend(p for p in (sample / directory).rglob("*.yaml") if p.is_file())
    return sorted(p for p in found if p.is_file())


def _read_sample(path: Path) -> Any:
    parsed = parse(path.read_text(encoding="utf-8"), path.name, max_alias_nodes=100_000)
    if parsed.data is None:  # the shipped sample is tested to validate; this is gkcat's own bug
        raise GkcatError(f"the embedded sample {path} cannot be read")
    return parsed.data


def _rename_region(dest: Path, region: str, files: Iterable[Path]) -> None:
    for path in files:
        if path.suffix in (".yaml", ".yml"):
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("示例县", region), encoding="utf-8")


def dumps(data: object) -> str:
    """JSON as gkcat prints it: UTF-8 text, not \\u escapes, stable key order."""
    return json.dumps(data, ensure_ascii=False, indent=2)


# ------------------------------------------------------------------------------------ coverage


@dataclass(frozen=True, slots=True)
class CoverageResult:
    """``gkcat coverage``: the coverage of the project's powers, and how loading went."""

    settings: Settings
    coverage: Coverage
    diagnostics: tuple[Diagnostic, ...]
    config_failed: bool = False

    @property
    def errors(self) -> int:
        """Errors met while loading; the numbers may be incomplete when there are some."""
        return sum(d.severity == Severity.ERROR for d in self.diagnostics)

    @property
    def exit_code(self) -> int:
        return 2 if self.config_failed else 0

    def to_json(self) -> dict[str, Any]:
        return coverage_to_json(self.coverage)


def coverage(root: Path, **flags: object) -> CoverageResult:
    """Count, per department, the must-cover powers that some catalog item cites."""
    loaded = load_project(root, extra=(), **flags)
    result = compute_coverage(loaded.project, loaded.settings)
    return CoverageResult(loaded.settings, result, loaded.diagnostics, loaded.config_failed)


# -------------------------------------------------------------------------------------- import

IMPORT_KINDS = ("catalog", "power-list")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """``gkcat import``: the YAML produced (None when nothing was usable) and the diagnostics."""

    settings: Settings
    diagnostics: tuple[Diagnostic, ...]
    text: bytes | None
    sheet: str
    stats: ImportStats
    out: Path | None = None
    config_failed: bool = False

    @property
    def exit_code(self) -> int:
        if self.config_failed:
            return 2
        return 1 if any(d.severity == Severity.ERROR for d in self.diagnostics) else 0


def import_(
    file: Path,
    *,
    kind: str = "power-list",
    sheet: str | None = None,
    out: Path | None = None,
    root: Path = Path("."),
    department: str | None = None,
    force: bool = False,
    **flags: object,
) -> ImportResult:
    """Read a workbook (a 权责清单 export, or a published catalog table) into a source.

    Rows that cannot be imported come back as diagnostics.

    With ``out`` the YAML is written there atomically (even when some rows failed, so they can
    be fixed and the import run again); without it the caller prints ``text``. An existing
    ``out`` is overwritten only with ``force``.
    """
    if kind not in IMPORT_KINDS:
        raise GkcatError(f"unknown kind {kind!r}; choose one of {', '.join(IMPORT_KINDS)}")
    if not file.is_file():
        raise GkcatError(f"no such file: {file}")
    root = root.resolve()
    settings, problems = open_settings(root, **flags)
    if any(d.severity == Severity.ERROR for d in problems):
        return ImportResult(settings, tuple(problems), None, "", ImportStats(), config_failed=True)
    if out is not None:
        refuse_overwrite([out], force=force, lang=settings.lang)
    shown = relative(file, root) if file.resolve().is_relative_to(root) else file.as_posix()
    with working_on(shown):
        if (bound := inspect_workbook(file, shown, settings.limits)) is not None:
            return ImportResult(settings, (*problems, bound), None, "", ImportStats())
        if kind == "catalog":
            read = read_catalog_workbook(
                file, file=shown, sheet=sheet, region=settings.region, domains=settings.domains
            )
        else:
            read = read_power_workbook(
                file,
                file=shown,
                sheet=sheet,
                registry=settings.registry,
                department=department,
                region=settings.region,
            )
    text = None
    if read.data is not None:
        # Without --out, assume the usual place: powers/NAME.yaml, catalogs/DOMAIN/LEVEL.yaml.
        usual = root / vocab.KINDS[kind] / ("x" if kind == "catalog" else "")
        target_dir = out.resolve().parent if out else usual
        schema = root / "schemas" / f"{kind}.schema.json"
        text = dump_source(
            read.data,
            schema_ref=Path(os.path.relpath(schema, target_dir)).as_posix(),
            comments=[f"导入自 {file.name}（工作表「{read.sheet}」）"],
        )
        if out is not None:
            write_file(out, text)
    diagnostics = tuple(sort_diagnostics([*problems, *read.diagnostics]))
    return ImportResult(settings, diagnostics, text, read.sheet, read.stats, out if text else None)
