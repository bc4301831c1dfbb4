"""``gkcat import``: a workbook or document → a source, bounded, written only when asked."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from gkcat import vocab
from gkcat.config import open_settings
from gkcat.diagnostics import GkcatError, Severity, sort_diagnostics
from gkcat.i18n import say
from gkcat.importers.bounds import inspect_import
from gkcat.importers.kinds import IMPORT_KINDS, NO_PLAN, ImportChoices, ImportRequest, PlanMeta
from gkcat.importers.output import output_exists, output_unwritable
from gkcat.importers.power_rows import ImportStats
from gkcat.importers.source_yaml import dump_source
from gkcat.load.project import relative
from gkcat.progress import working_on
from gkcat.results import ImportResult
from gkcat.settings import Options
from gkcat.write import write_file

NO_OPTIONS = Options()


def run_import(
    file: Path,
    *,
    kind: str = "power-list",
    sheet: str | None = None,
    out: Path | None = None,
    root: Path = Path("."),
    department: str | None = None,
    plan: PlanMeta = NO_PLAN,
    options: Options = NO_OPTIONS,
    force: bool = False,
    choices: ImportChoices | None = None,
) -> ImportResult:
    """Read a workbook (a 权责清单 export, or a published catalog table) into a source.

    Rows that cannot be imported come back as diagnostics. ``choices`` carries the further
    options (--domain, --level, --region, --version, --effective, --code-prefix). With ``out``
    the YAML is written there atomically (even when some rows failed, so they can be fixed and
    the import run again), but never over an existing file unless ``force``; without it the
    caller prints ``text``. The file's bounds (``limits:``) are checked before it is
    opened.
    """
    if kind not in IMPORT_KINDS:
        raise GkcatError(key="error.unknown-kind", name=kind, choices=", ".join(IMPORT_KINDS))
    if not file.is_file():
        raise GkcatError(key="error.no-file", path=file)
    root = root.resolve()
    settings, problems = open_settings(root, options)
    if any(d.severity == Severity.ERROR for d in problems):
        return ImportResult(
            settings, tuple(problems), None, "", ImportStats(), config_failed=True, kind=kind
        )
    shown = relative(file, root) if file.resolve().is_relative_to(root) else file.as_posix()
    target = "" if out is None else _shown(out, root)
    if out is not None and out.exists() and not force:
        refused = (*problems, output_exists(target))
        return ImportResult(settings, refused, None, "", ImportStats(), kind=kind)
    importer = IMPORT_KINDS[kind]
    with working_on(shown):
        if (bound := inspect_import(file, shown, settings.limits)) is not None:
            return ImportResult(settings, (*problems, bound), None, "", ImportStats(), kind=kind)
        asked = replace(choices or ImportChoices(), out=target)
        request = ImportRequest(file, shown, sheet, settings, department, *plan, choices=asked)
        read = importer.read(request)
    text = None
    if read.data is not None:
        # Without --out, assume the usual place: powers/NAME.yaml, catalogs/DOMAIN/LEVEL.yaml.
        target_dir = (
            out.resolve().parent if out else root.joinpath(vocab.KINDS[kind], *importer.usual_dir)
        )
        schema = root / "schemas" / f"{kind}.schema.json"
        text = dump_source(
            read.data,
            schema_ref=Path(os.path.relpath(schema, target_dir)).as_posix(),
            comments=[say(importer.comment, settings.lang, name=file.name, sheet=read.sheet)],
        )
        if out is not None:
            try:
                write_file(out, text)
            except OSError as exc:
                failed = output_unwritable(target, str(exc.strerror or exc))
                found = (*problems, *read.diagnostics, failed)
                return ImportResult(settings, found, None, read.sheet, read.stats, kind=kind)
    diagnostics = tuple(sort_diagnostics([*problems, *read.diagnostics]))
    written = out if text else None
    return ImportResult(settings, diagnostics, text, read.sheet, read.stats, written, kind=kind)


def _shown(path: Path, root: Path) -> str:
    resolved = path.resolve()
    return relative(resolved, root) if resolved.is_relative_to(root) else path.as_posix()
