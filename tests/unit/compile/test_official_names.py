"""Registered aliases print as official names: workbook, task table and site."""

from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import load_workbook

from gkcat.compile.official_names import names, official
from gkcat.compile.site.build import compile_site
from gkcat.compile.xlsx.tasks_table import compile_task_tables
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.pipeline import load_project

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "xlsx-project"
ALIASES = {"县民政局", "县人社局", "乡镇人民政府"}
"""Written in the fixture's 公开主体 and 责任单位 next to official names."""
OFFICIAL = {"样例县民政局", "样例县人力资源和社会保障局", "各乡镇人民政府"}


def _lines(values: object) -> set[str]:
    return {line for v in values if isinstance(v, str) for line in v.split("\n")}  # type: ignore[attr-defined]


def test_the_fixture_writes_aliases() -> None:
    loaded = load_project(FIXTURE)
    written = {s for _c, item in loaded.project.iter_items() for s in item.subject}
    units = {u for plan in loaded.project.task_plans for t in plan.iter_tasks() for u in t.units}
    assert {"县民政局", "乡镇人民政府", "县人社局"} <= written | units


def test_catalog_and_breakdown_sheets_print_official_names() -> None:
    loaded = load_project(FIXTURE)
    data = next(iter(compile_workbooks(loaded.project, loaded.settings).values()))
    wb = load_workbook(io.BytesIO(data))
    subjects = _lines(c.value for c in wb["社会救助（县级）"]["H"][4:])
    subjects |= _lines(c.value for c in wb["就业（乡级）"]["H"][4:])
    assert subjects == OFFICIAL
    departments = _lines(c.value for c in wb["责任分工"]["B"][3:])
    assert {d.removesuffix("（续）") for d in departments} == OFFICIAL


def test_task_table_prints_official_names() -> None:
    loaded = load_project(FIXTURE)
    data = next(iter(compile_task_tables(loaded.project, loaded.settings).values()))
    ws = load_workbook(io.BytesIO(data)).active
    units = {u.removesuffix("（牵头）") for u in _lines(c.value for c in ws["C"][2:])}
    assert not units & ALIASES
    assert {"样例县民政局", "各乡镇人民政府", "样例县人力资源和社会保障局"} <= units


def test_site_prints_official_names() -> None:
    loaded = load_project(FIXTURE)
    site = compile_site(loaded.project, loaded.settings)
    page = site["catalogs/employment/township.html"].decode()
    assert "样例县人力资源和社会保障局" in page
    assert "县人社局" not in page
    county = site["catalogs/social-assistance/county.html"].decode()
    assert not re.search(r"(?<!样例)县民政局", county)


def test_an_alias_next_to_its_official_name_prints_once() -> None:
    loaded = load_project(FIXTURE)
    registry = loaded.project.registry
    assert names(registry, ["县民政局", "样例县民政局", "未登记局"]) == ("样例县民政局", "未登记局")
    project = official(loaded.project)
    owners = {c.owner for c in project.catalogs}
    assert owners == {"样例县民政局", "各乡镇人民政府"}
