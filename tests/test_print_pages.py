"""The built workbooks as an office prints them: LibreOffice → PDF, read page by page.

Every page of a catalog sheet that shows an item shows the item's 一级事项; every page of
责任分工 shows the department of its rows; no page of the 任务分解表 ends with a section row.
One conversion per workbook (scripts/test installs libreoffice-calc and poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from gkcat.compile.xlsx.catalog_sheet import order_catalogs
from gkcat.compile.xlsx.department_sheet import iter_assignments
from gkcat.compile.xlsx.tasks_table import compile_task_tables, section_label
from gkcat.compile.xlsx.workbook import compile_workbooks, workbook_title
from gkcat.model import Project
from gkcat.pipeline import load_project
from gkcat.settings import Settings

SECTION = re.compile(r"^\s*[一二三四五六七八九十]+、")


@dataclass(frozen=True)
class Printed:
    project: Project
    settings: Settings
    catalog_pages: list[str]
    """pdftotext -raw of each page of the catalog workbook, whitespace removed."""
    task_pages: list[list[str]]
    """pdftotext -layout lines of each page of the task table."""


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run scripts/test, which installs it"
    return path


def _pdf_pages(pdf: Path, mode: str) -> list[str]:
    text = subprocess.run(
        [_tool("pdftotext"), mode, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def _convert(workbooks: Sequence[Path], out: Path, profile: Path) -> None:
    subprocess.run(
        [
            _tool("soffice"),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, workbooks),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    root = Path(__file__).resolve().parent.parent
    loaded = load_project(root)
    tmp = tmp_path_factory.mktemp("print")
    main = compile_workbooks(loaded.project, loaded.settings)
    tasks = compile_task_tables(loaded.project, loaded.settings)
    assert len(main) == 1
    assert len(tasks) == 1
    paths = []
    for name, data in (*main.items(), *tasks.items()):
        path = tmp / ("catalog.xlsx" if name in main else "tasks.xlsx")
        path.write_bytes(data)
        paths.append(path)
    _convert(paths, tmp / "pdf", tmp / "profile")
    catalog = _pdf_pages(tmp / "pdf" / "catalog.pdf", "-raw")
    task = _pdf_pages(tmp / "pdf" / "tasks.pdf", "-layout")
    return Printed(
        loaded.project,
        loaded.settings,
        [re.sub(r"\s+", "", page) for page in catalog],
        [[line for line in page.splitlines() if line.strip()] for page in task],
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _sheet_pages(printed: Printed) -> dict[str, list[str]]:
    """Pages per sheet title: a sheet's first page carries its title (printed once)."""
    ordered = order_catalogs(printed.project.catalogs, printed.settings)
    region = printed.settings.region
    titles = [
        _squash(workbook_title(printed.project, printed.settings)),
        *(_squash(c.title) for c in ordered),
        f"{region}政务公开标准目录责任分工表",
        f"{region}政务公开标准目录事项统计表",
    ]
    sheets: dict[str, list[str]] = {t: [] for t in titles}
    current = -1
    for page in printed.catalog_pages:
        if current + 1 < len(titles) and titles[current + 1] in page:
            current += 1
        assert current >= 0, "the first page is not the 目录 sheet"
        sheets[titles[current]].append(page)
    assert all(sheets.values()), [t for t, pages in sheets.items() if not pages]
    return sheets


def test_every_catalog_page_with_an_item_shows_its_category(printed: Printed) -> None:
    sheets = _sheet_pages(printed)
    for catalog in printed.project.catalogs:
        pages = sheets[_squash(catalog.title)]
        assert len(pages) >= 2 or len(catalog.items) < 8, catalog.title  # pagination at work
        for item in catalog.items:
            content = _squash("".join(item.content))
            longer = [
                _squash("".join(o.content))
                for o in catalog.items
                if content in _squash("".join(o.content)) and o is not item
            ]
            shown = [
                page for page in pages if page.count(content) > sum(page.count(o) for o in longer)
            ]
            assert len(shown) == 1, (catalog.title, item.name, len(shown))
            assert _squash(item.category) in shown[0], (catalog.title, item.name)


def test_every_breakdown_page_shows_the_department(printed: Printed) -> None:
    pages = _sheet_pages(printed)[f"{printed.settings.region}政务公开标准目录责任分工表"]
    assert len(pages) > 2
    assignments = iter_assignments(printed.project, printed.project.catalogs)
    for index, page in enumerate(pages):
        found = {_squash("".join(a[2].content)) for a in assignments}
        found = {c for c in found if c in page}
        # an item's content inside a longer one printed there is not a row of its own
        found = {c for c in found if not any(c != o and c in o for o in found)}
        rows = [a for a in assignments if _squash("".join(a[2].content)) in found]
        assert rows, f"page {index + 1} of 责任分工 shows no item"
        for department, _catalog, item in rows:
            owners = {d for d, _c, i in assignments if i.content == item.content}
            assert any(_squash(d) in page for d in owners), (index + 1, department, item.name)


def test_no_task_table_page_ends_with_a_section_row(printed: Printed) -> None:
    plan = printed.project.task_plans[0]
    labels = [section_label(i, s.title) for i, s in enumerate(plan.sections, start=1)]
    seen = [line.strip() for page in printed.task_pages for line in page if SECTION.match(line)]
    assert seen == labels  # every section row is found, each once
    assert len(printed.task_pages) > 1
    for number, page in enumerate(printed.task_pages, start=1):
        body = page[:-1]  # the last line is the footer, 第 N 页 共 M 页
        assert "页" in page[-1]
        assert not SECTION.match(body[-1]), f"page {number} ends with 「{body[-1].strip()}」"
