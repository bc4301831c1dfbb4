"""The import kinds: the one place a kind is added (``gkcat import --kind`` lists these)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gkcat.importers.catalog import read_catalog_workbook
from gkcat.importers.workbook import WorkbookImport, read_power_workbook
from gkcat.settings import Settings


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What one import reads: the workbook, its name in messages, and the caller's choices."""

    path: Path
    file: str
    """The workbook as named in diagnostics (project-relative when inside the project)."""
    sheet: str | None
    settings: Settings
    department: str | None = None


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


def _catalog(request: ImportRequest) -> WorkbookImport:
    settings = request.settings
    return read_catalog_workbook(
        request.path,
        file=request.file,
        sheet=request.sheet,
        region=settings.region,
        domains=settings.domains,
    )


def _power_list(request: ImportRequest) -> WorkbookImport:
    settings = request.settings
    return read_power_workbook(
        request.path,
        file=request.file,
        sheet=request.sheet,
        registry=settings.registry,
        department=request.department,
        region=settings.region,
    )


IMPORT_KINDS: dict[str, ImportKind] = {
    k.name: k
    for k in (
        ImportKind("catalog", _catalog, ("x",), "import.summary.catalog"),
        ImportKind("power-list", _power_list, (), "import.summary.power-list"),
    )
}
