"""The annual catalog workbook (and one per department with ``--split-by department``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from openpyxl import Workbook

from gkcat.compile.official_names import official
from gkcat.compile.xlsx.catalog_sheet import (
    catalog_columns,
    order_catalogs,
    write_catalogs,
    write_index,
)
from gkcat.compile.xlsx.department_sheet import departments, iter_assignments, write_departments
from gkcat.compile.xlsx.department_tasks import add_task_sheets, department_plans
from gkcat.compile.xlsx.layout import file_name, new_workbook, sheet_name
from gkcat.compile.xlsx.pack import document_stamp, to_bytes
from gkcat.compile.xlsx.summary_sheets import write_coverage, write_statistics
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
    main = build_workbook(
        project, project.catalogs, settings, title=title, region=region, coverage=coverage
    )
    outputs = {f"{file_name(title, 'catalog')}.xlsx": to_bytes(main, stamp, title=title)}
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
        wb = build_workbook(
            project, own, settings, title=title, region=department, coverage=mine, stats=False
        )
        taken_sheets = {ws.title.lower() for ws in wb.worksheets}
        add_task_sheets(wb, department_plans(project, department), settings, taken_sheets)
        name = unique_name(file_name(department, "department"), taken, extension=".xlsx")
        path = f"{SPLIT_DIRECTORY}/{name}"
        outputs[path] = to_bytes(wb, stamp, title=title)
    return outputs


def build_workbook(
    project: Project,
    catalogs: Sequence[Catalog],
    settings: Settings,
    *,
    title: str,
    region: str,
    coverage: Coverage | None,
    stats: bool = True,
) -> Workbook:
    """目录, one sheet per catalog, 责任分工, 统计 and (with power lists) 覆盖情况."""
    wb = new_workbook()
    index = wb.active
    assert index is not None  # a new Workbook always has its first sheet
    index.title = INDEX
    taken = {name.lower() for name in (INDEX, DEPARTMENTS, STATISTICS, COVERAGE)}
    ordered = order_catalogs(catalogs, settings)
    named = [(c, sheet_name(f"{c.domain}（{c.level}）", taken)) for c in ordered]
    write_index(index, named, settings, title=title)
    sheets = [(wb.create_sheet(name), catalog) for catalog, name in named]
    write_catalogs(sheets, catalog_columns(ordered, settings), settings)
    write_departments(
        wb.create_sheet(DEPARTMENTS),
        iter_assignments(project, ordered),
        settings,
        title=f"{region}政务公开标准目录责任分工表",
    )
    if stats:
        write_statistics(
            wb.create_sheet(STATISTICS),
            ordered,
            settings,
            title=f"{region}政务公开标准目录事项统计表",
        )
    if coverage is not None and coverage.departments:
        write_coverage(
            wb.create_sheet(COVERAGE), coverage, settings, title=f"{region}权责事项覆盖情况表"
        )
    return wb
