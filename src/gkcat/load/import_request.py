"""What `gkcat import` was asked for, and reading the workbook accordingly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gkcat.load.catalog_context import CatalogOptions
from gkcat.load.catalog_import import read_catalog_workbook
from gkcat.load.power_codes import code_prefix
from gkcat.load.xlsx_import import WorkbookImport, read_power_workbook
from gkcat.settings import Settings


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """The options of one import; empty strings mean "not given"."""

    kind: str = "power-list"
    sheet: str | None = None
    department: str | None = None
    domain: str = ""
    level: str = ""
    region: str = ""
    version: str = ""
    effective: str = ""
    code_prefix: str = ""
    out: str = ""
    """The output path relative to the project (it may name the domain and level)."""


def read_import(
    path: Path, *, file: str, request: ImportRequest, settings: Settings
) -> WorkbookImport:
    """Read ``path`` as the requested kind, with the project's registry and vocabulary."""
    region = request.region or settings.region
    if request.kind == "catalog":
        options = CatalogOptions(
            domain=request.domain,
            level=request.level,
            region=region,
            version=request.version,
            effective=request.effective,
            path=request.out,
        )
        return read_catalog_workbook(
            path,
            file=file,
            sheet=request.sheet,
            options=options,
            domains=settings.domains,
            registry=settings.registry,
            channels=settings.channels,
        )
    stem = Path(request.out).stem if request.out else None
    read = read_power_workbook(
        path,
        file=file,
        sheet=request.sheet,
        registry=settings.registry,
        department=request.department,
        region=region,
        code_prefix=code_prefix(request.code_prefix, stem),
    )
    if read.data is None or not request.version:
        return read
    data = {k: v for k, v in read.data.items() if k != "powers"}
    data["version"] = request.version
    data["powers"] = read.data["powers"]
    return WorkbookImport(data, read.diagnostics, read.sheet, read.stats)
