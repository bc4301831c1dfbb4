"""The annual catalog workbook (and one per department with ``--split-by department``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from gkcat.compile.official_names import official
from gkcat.compile.xlsx.catalog_sheet import (
    catalog_columns,
    order_catalogs,
    write_catalogs,
    write_index,
)
from gkcat.compile.xlsx.department_sheet import departments, iter_assignments, write_departments
from gkcat.compile.xlsx.department_tasks import department_plans, task_sheets
from gkcat.compile.xlsx.layout import file_name, sheet_name
from gkcat.compile.xlsx.pack import document_stamp
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.summary_sheets import write_coverage, write_statistics
from gkcat.compile.xlsx.writer import WorkbookWriter
from gkcat.coverage import Coverage, compute_coverage
from gkcat.model import Catalog, Project
from gkcat.safe_names import unique_name
from gkcat.settings import Settings

INDEX = "目录"
DEPARTMENTS = "责任分工"
STATISTICS = "统计"
COVERAGE = "覆盖情况"
SPLIT_DIRECTORY = "分部门"
"""Where ``--split-by department`` puts the per-department workbooks, under dist/xlsx/."""


def region_of(project: Project, settings: Settings) -> str:
    return settings.region or next((c.region for c in project.catalogs if c.region), "")


def workbook_title(project: Project, settings: Settings) -> str:
    """``output.title`` from gkcat.yaml, else 〈region〉基层政务公开标准目录."""
    return settings.workbook_title or f"{region_of(project, settings)}基层政务公开标准目录"


def compile_workbooks(project: Project, settings: Settings) -> dict[str, bytes]:
    """Build target ``xlsx``: the catalog workbook, plus the per-department ones if asked."""
    project = official(project)
    stamp = document_stamp(project, settings)
    coverage = compute_coverage(project, settings) if project.power_lists else None
    title = workbook_title(project, settings)
    region = region_of(project, settings)
    main = WorkbookWriter(stamp, title=title)
    write_workbook(
        main, project, project.catalogs, settings, title=title, region=region, coverage=coverage
    )
    outputs = {f"{file_name(title, 'catalog')}.xlsx": main.finish()}
    if settings.split_by == "department":
        outputs.update(_split(project, settings, coverage, stamp=stamp))
    return outputs


def _split(
    project: Project, settings: Settings, coverage: Coverage | None, *, stamp: datetime
) -> Mapping[str, bytes]:
    """One workbook per 公开主体 with only that department's items, ready to send out."""
    outputs: dict[str, bytes] = {}
    taken: set[str] = set()
    normalise = project.registry.normalise
    for department in departments(iter_assignments(project, project.catalogs)):
        own = [
            replace(c, items=items)
            for c in project.catalogs
            if (items := tuple(i for i in c.items if department in map(normalise, i.subject)))
        ]
        mine = None
        if coverage is not None:
            kept = tuple(d for d in coverage.departments if d.department == department)
            mine = replace(coverage, departments=kept)
        title = f"{department}政务公开事项清单"
        writer = WorkbookWriter(stamp, title=title)
        taken_sheets = write_workbook(
            writer,
            project,
            own,
            settings,
            title=title,
            region=department,
            coverage=mine,
            stats=False,
        )
        for ws in task_sheets(department_plans(project, department), settings, taken_sheets):
            writer.add(ws)
        name = unique_name(file_name(department, "department"), taken, extension=".xlsx")
        outputs[f"{SPLIT_DIRECTORY}/{name}"] = writer.finish()
    return outputs


def write_workbook(
    writer: WorkbookWriter,
    project: Project,
    catalogs: Sequence[Catalog],
    settings: Settings,
    *,
    title: str,
    region: str,
    coverage: Coverage | None,
    stats: bool = True,
) -> set[str]:
    """目录, one sheet per catalog, 责任分工, 统计 and (with power lists) 覆盖情况, each
    written out as soon as it is laid out. Returns the sheet names used (lower-cased)."""
    taken = {name.lower() for name in (INDEX, DEPARTMENTS, STATISTICS, COVERAGE)}
    ordered = order_catalogs(catalogs, settings)
    named = [(c, sheet_name(f"{c.domain}（{c.level}）", taken)) for c in ordered]
    index = Sheet(INDEX)
    write_index(index, named, settings, title=title)
    writer.add(index)
    for ws in write_catalogs(named, catalog_columns(ordered, settings), settings):
        writer.add(ws)
    breakdown = Sheet(DEPARTMENTS)
    write_departments(
        breakdown,
        iter_assignments(project, ordered),
        settings,
        title=f"{region}政务公开标准目录责任分工表",
    )
    writer.add(breakdown)
    used = {INDEX.lower(), DEPARTMENTS.lower(), *(name.lower() for _, name in named)}
    if stats:
        sheet = Sheet(STATISTICS)
        write_statistics(sheet, ordered, settings, title=f"{region}政务公开标准目录事项统计表")
        writer.add(sheet)
        used.add(STATISTICS.lower())
    if coverage is not None and coverage.departments:
        sheet = Sheet(COVERAGE)
        write_coverage(sheet, coverage, settings, title=f"{region}权责事项覆盖情况表")
        writer.add(sheet)
        used.add(COVERAGE.lower())
    return used
