"""The import kinds: the one place a kind is added (``gkcat import --kind`` lists these)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from gkcat.settings import Settings

if TYPE_CHECKING:
    from gkcat.importers.workbook import WorkbookImport

# Each reader imports its importer when it runs: the registry is read by every command's
# start-up (the --kind choices), and a validate run should not load openpyxl or python-docx.


@dataclass(frozen=True, slots=True)
class ImportChoices:
    """The further options of one import; empty strings mean "not given"."""

    domain: str = ""
    level: str = ""
    region: str = ""
    version: str = ""
    effective: str = ""
    code_prefix: str = ""
    out: str = ""
    """The output path relative to the project (it may name the domain and level)."""


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What one import reads: the workbook, its name in messages, and the caller's choices."""

    path: Path
    file: str
    """The workbook as named in diagnostics (project-relative when inside the project)."""
    sheet: str | None
    settings: Settings
    department: str | None = None
    title: str | None = None
    """For task plans: the title, year and issuer, when the document does not say."""
    year: int | None = None
    issuer: str | None = None
    choices: ImportChoices = field(default_factory=ImportChoices)
    """For catalogs and power lists: --domain, --level, --version, --code-prefix …"""


class PlanMeta(NamedTuple):
    """``--title``, ``--year``, ``--issuer`` of a task-plan import."""

    title: str | None = None
    year: int | None = None
    issuer: str | None = None


NO_PLAN = PlanMeta()


@dataclass(frozen=True, slots=True)
class ImportKind:
    """One kind of source ``gkcat import`` produces."""

    name: str
    """The ``--kind`` value, also the source's ``kind`` and its schema's name."""
    read: Callable[[ImportRequest], WorkbookImport]
    usual_dir: tuple[str, ...]
    """Where such a source usually lives below its kind's directory (for the $schema path)."""
    summary: str
    """The i18n key of the summary line, filled from the import's ImportStats."""
    comment: str = "import.comment"
    """The i18n key of the comment the YAML starts with."""


def _catalog(request: ImportRequest) -> WorkbookImport:
    from gkcat.importers.catalog import read_catalog_workbook
    from gkcat.importers.catalog_context import CatalogOptions

    settings, choices = request.settings, request.choices
    options = CatalogOptions(
        domain=choices.domain,
        level=choices.level,
        region=choices.region or settings.region,
        version=choices.version,
        effective=choices.effective,
        path=choices.out,
    )
    return read_catalog_workbook(
        request.path,
        file=request.file,
        sheet=request.sheet,
        options=options,
        domains=settings.domains,
        registry=settings.registry,
        channels=settings.channels,
    )


def _power_list(request: ImportRequest) -> WorkbookImport:
    from gkcat.importers.power_codes import code_prefix
    from gkcat.importers.workbook import WorkbookImport, read_power_workbook

    settings, choices = request.settings, request.choices
    stem = Path(choices.out).stem if choices.out else None
    read = read_power_workbook(
        request.path,
        file=request.file,
        sheet=request.sheet,
        registry=settings.registry,
        department=request.department,
        region=choices.region or settings.region,
        code_prefix=code_prefix(choices.code_prefix, stem),
    )
    if read.data is None or not choices.version:
        return read
    data = {k: v for k, v in read.data.items() if k != "powers"}
    data["version"] = choices.version
    data["powers"] = read.data["powers"]
    return WorkbookImport(data, read.diagnostics, read.sheet, read.stats)


def _task_plan(request: ImportRequest) -> WorkbookImport:
    from gkcat.importers.task_plan import Options as TaskOptions
    from gkcat.importers.task_plan import read_task_plan
    from gkcat.importers.workbook import WorkbookImport

    options = TaskOptions(request.title, request.year, request.issuer, request.sheet)
    registry = request.settings.registry
    read = read_task_plan(request.path, file=request.file, registry=registry, options=options)
    return WorkbookImport(read.data, read.diagnostics, read.sheet, read.stats)


IMPORT_KINDS: dict[str, ImportKind] = {
    k.name: k
    for k in (
        ImportKind("catalog", _catalog, ("x",), "import.summary.catalog"),
        ImportKind("power-list", _power_list, (), "import.summary.power-list"),
        ImportKind(
            "task-plan", _task_plan, (), "import.summary.task-plan", "import.comment.document"
        ),
    )
}
