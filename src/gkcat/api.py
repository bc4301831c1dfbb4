"""The library's entry points: one function per command, each returning a result value.

Every function takes its command's own arguments and an :class:`Options` (what the CLI's
flags override in gkcat.yaml). Results are plain values (:mod:`gkcat.results`); the
reporters and renderers turn them into text, JSON, HTML or workbooks.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gkcat.config import open_settings
from gkcat.diagnostics import GkcatError, Severity, sort_diagnostics, with_overrides
from gkcat.i18n import say
from gkcat.load.project import SCHEMA_NAMES, relative
from gkcat.load.root import is_project
from gkcat.pipeline import Loaded, load_project
from gkcat.resources import schemas_dir
from gkcat.results import BuildResult, CoverageResult, DiffResult, ImportResult, ValidateResult
from gkcat.settings import Options
from gkcat.write import write_outputs

if TYPE_CHECKING:
    from gkcat.fix.run import FixResult
    from gkcat.importing import run_import as import_
    from gkcat.scaffold import Added, init

_ELSEWHERE = {
    "FixResult": "gkcat.fix.run:FixResult",
    "import_": "gkcat.importing:run_import",
    "init": "gkcat.scaffold:init",
}
"""Entry points that are another module's own, imported when first used: a command imports
only what it runs (``validate`` never loads the importers, the scaffold or the compilers)."""


def __getattr__(name: str) -> Any:
    if name not in _ELSEWHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = _ELSEWHERE[name].partition(":")
    return getattr(importlib.import_module(module), attribute)


__all__ = [
    "BuildResult",
    "CoverageResult",
    "DiffResult",
    "FixResult",
    "ImportResult",
    "Loaded",
    "Options",
    "ValidateResult",
    "build",
    "coverage",
    "diff",
    "fix",
    "import_",
    "init",
    "load_project",
    "new",
    "schema_text",
    "validate",
    "write_schemas",
]

NO_OPTIONS = Options()


def validate(
    root: Path,
    paths: Sequence[Path] = (),
    options: Options = NO_OPTIONS,
    *,
    base: str | None = None,
) -> ValidateResult:
    """Check every source of the project; report on ``paths`` only when some are given.

    With ``base`` (a directory, a git revision or ``last-tag``), catalogs whose items changed
    since that version while their ``version`` did not are reported too (GK341).
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise GkcatError(key="error.no-path", path=missing[0])
    loaded = load_project(root, [p for p in paths if p.is_file()], options, model=base is not None)
    diagnostics, sources = loaded.diagnostics, loaded.sources
    if base and not loaded.config_failed:
        from gkcat.diff.versions import against_base

        found = against_base(loaded.project, loaded.settings, base)
        overridden = with_overrides(found, loaded.settings.severity)
        diagnostics = tuple(sort_diagnostics([*diagnostics, *overridden]))
    if paths and not loaded.config_failed:
        wanted = [relative(p, loaded.settings.root) for p in paths]
        sources = tuple(s for s in sources if _under(s.file, wanted))
        diagnostics = tuple(d for d in diagnostics if d.file is None or _under(d.file, wanted))
    files = {s.file for s in sources}
    items = sum(n for file, n in loaded.items.items() if file in files)
    return ValidateResult(
        loaded.settings, diagnostics, tuple(s.file for s in sources), items, loaded.config_failed
    )


def _under(file: str, wanted: Iterable[str]) -> bool:
    return any(w in (".", "") or file == w or file.startswith(w.rstrip("/") + "/") for w in wanted)


def build(
    root: Path,
    *,
    out: Path | None = None,
    only: Sequence[str] = (),
    force: bool = False,
    options: Options = NO_OPTIONS,
) -> BuildResult:
    """Validate, then compile the selected targets and write them atomically under dist/."""
    from gkcat.compile.targets import TARGETS, Compiled
    from gkcat.outdir import check_output

    loaded = load_project(root, (), options)
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
    targets = [t for t in TARGETS if not only or t.name in only]
    outputs = Compiled(targets, loaded.project, loaded.settings)
    written = write_outputs(dest, outputs, replace_all=not only, lang=loaded.settings.lang)
    return BuildResult(validation, tuple(written), out=dest, targets=tuple(t.name for t in targets))


def diff(
    old: str,
    new: str,
    root: Path = Path("."),
    *,
    fail_on: Sequence[str] = (),
    options: Options = NO_OPTIONS,
) -> DiffResult:
    """Compare two versions: project directories or git revisions of the repository at ``root``.

    An argument that names an existing directory is a directory; anything else must be a
    revision (commit, branch, tag) of the repository holding ``root``.
    """
    from gkcat.diff.compare import KINDS, compare, fail_kinds
    from gkcat.load.heap import collector_paused
    from gkcat.load.sides import SideReader

    root = root.resolve()
    settings, _ = open_settings(root, options)
    try:
        kinds = fail_kinds(fail_on)
    except ValueError as exc:
        message = say("diff.unknown-fail-on", settings.lang, kind=exc, choices=", ".join(KINDS))
        raise GkcatError(message) from exc
    reader = SideReader(root, settings)
    with collector_paused():
        before, after = reader.read(old), reader.read(new)
        problems = {arg: side.unreadable for arg, side in ((old, before), (new, after))}
        unreadable = tuple(sort_diagnostics(d for found in problems.values() for d in found))
        result = compare(
            before.project, after.project, old_label=before.label, new_label=after.label
        )
    where = tuple(arg for arg, found in problems.items() if found)
    return DiffResult(settings, result, unreadable, kinds, where)


def new(
    root: Path,
    domain: str,
    *,
    level: str | None = None,
    force: bool = False,
    options: Options = NO_OPTIONS,
) -> Added:
    """Add one domain's starter catalog to the project at ``root``; when that registers
    departments in gkcat.yaml, a schema set gkcat generated is regenerated, so the editor offers
    them too."""
    from gkcat.editor import has_generated_schemas
    from gkcat.scaffold import add_catalog

    settings, problems = open_settings(root.resolve(), options)
    errors = [d for d in problems if d.severity == Severity.ERROR]
    if errors:
        raise GkcatError(errors[0].message(settings.lang))
    added = add_catalog(settings, domain, level=level, force=force, lang=settings.lang)
    if added.registered and has_generated_schemas(settings.root):
        added = replace(added, schemas=tuple(write_schemas(settings.root)))
    return added


def schema_text(name: str) -> str:
    """The shipped JSON Schema ``name`` as text."""
    if name not in SCHEMA_NAMES:
        raise GkcatError(key="error.unknown-schema", name=name, choices=", ".join(SCHEMA_NAMES))
    return (schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8")


def write_schemas(root: Path) -> list[Path]:
    """``gkcat schema --write``: regenerate the project's schema set from its gkcat.yaml."""
    from gkcat.editor import write_project_schemas

    if not is_project(root):
        raise GkcatError(key="error.no-project", root=root)
    settings, problems = open_settings(root.resolve())
    if any(d.severity == Severity.ERROR for d in problems):
        raise GkcatError(key="error.config-errors", file=root / "gkcat.yaml")
    return write_project_schemas(root, settings)


def coverage(root: Path, options: Options = NO_OPTIONS) -> CoverageResult:
    """Count, per department, the must-cover powers that some catalog item cites."""
    from gkcat.coverage import compute_coverage

    loaded = load_project(root, (), options)
    result = compute_coverage(loaded.project, loaded.settings)
    return CoverageResult(loaded.settings, result, loaded.diagnostics, loaded.config_failed)


def fix(
    root: Path, paths: Sequence[Path] = (), options: Options = NO_OPTIONS, *, write: bool = True
) -> FixResult:
    """Apply the meaning-preserving fixes validate marks; ``write=False`` only plans them."""
    from gkcat.fix.run import fix_project

    return fix_project(root, paths, write=write, lang=options.lang)
