"""Imports are bounded: hostile workbooks are refused fast, in little memory (security.md, 5)."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.importers.bounds import READ_COLUMNS, inspect_document, inspect_workbook
from gkcat.importers.workbook import MAX_COLUMNS
from gkcat.limits import Limits

from . import hostile

MEMORY = 300 * 1024 * 1024
CPU_SECONDS = 10

# The child reports its own peak resident size; the kernel enforces the bounds (address space
# and CPU time), so a run past them dies instead of passing.
CHILD = textwrap.dedent(
    """
    import resource, sys
    from gkcat.__main__ import main
    sys.argv = ["gkcat", *sys.argv[1:]]
    try:
        main()
    finally:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sys.stderr.write(f"\\npeak-rss-kb={peak}\\n")
    """
)


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (hostile.far_cell, "GK623"),
        (hostile.merged_everything, "GK625"),
        (hostile.million_rows, "GK623"),
        (hostile.zip_bomb, "GK621"),
    ],
    ids=["far-away-cell", "merged-A1:XFD1048576", "1048576-rows", "1MB-to-1GB"],
)
def test_hostile_workbook_is_refused_under_300mb_and_10s(
    tmp_path: Path, make: Callable[[Path], Path], code: str
) -> None:
    book = make(tmp_path / "hostile.xlsx")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "import", str(book), "-C", str(tmp_path)],
        capture_output=True,
        text=True,
        preexec_fn=_bounded,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert f"error[{code}]" in done.stderr
    assert "Traceback" not in done.stderr
    peak = int(done.stderr.rsplit("peak-rss-kb=", 1)[1]) * 1024
    assert peak < MEMORY


def test_the_largest_accepted_workbook_imports_under_300mb_and_10s(tmp_path: Path) -> None:
    book = hostile.at_the_limit(tmp_path / "big.xlsx")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "import", str(book), "-C", str(tmp_path)],
        capture_output=True,
        text=True,
        preexec_fn=_bounded,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]  # the stray cell is a warning (GK609)
    assert "Traceback" not in done.stderr
    assert "1 个权责事项" in done.stderr
    assert int(done.stderr.rsplit("peak-rss-kb=", 1)[1]) * 1024 < MEMORY


def test_the_guard_reads_the_grid_width_the_importer_reads() -> None:
    assert READ_COLUMNS == MAX_COLUMNS


def test_an_ordinary_workbook_passes_and_imports(runner: CliRunner, tmp_path: Path) -> None:
    book = hostile.plain(tmp_path / "ok.xlsx")
    assert inspect_workbook(book, "ok.xlsx", Limits()) is None
    result = runner.invoke(app, ["import", str(book), "-C", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "A-1" in result.stdout


@pytest.mark.parametrize(
    ("limits", "code", "words"),
    [
        ("max_workbook_size: 1KB", "GK620", "limits.max_workbook_size"),
        ("max_unzipped_size: 2KB", "GK621", "疑似压缩炸弹"),
        ("max_rows: 1", "GK623", "已用区域至少有 2 行"),
        ("max_columns: 3", "GK623", "4 列"),
        ("max_cells: 5", "GK624", "需读取 8 个单元格"),
        ("max_merged_cells: 3", "GK625", "A1:D1"),
    ],
)
def test_each_bound_is_configurable_under_limits(
    runner: CliRunner, tmp_path: Path, limits: str, code: str, words: str
) -> None:
    book = hostile.plain(tmp_path / "book.xlsx")
    if code == "GK625":
        import openpyxl

        loaded = openpyxl.load_workbook(book)
        assert loaded.active is not None
        loaded.active.merge_cells("A1:D1")
        loaded.save(book)
    (tmp_path / "gkcat.yaml").write_text(f"limits:\n  {limits}\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(book), "-C", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert f"book.xlsx:1:1: error[{code}]" in result.stderr
    assert words in result.stderr
    english = runner.invoke(app, ["import", str(book), "-C", str(tmp_path), "--lang", "en"])
    assert f"error[{code}]" in english.stderr
    assert "limits." in english.stderr


def test_a_highly_compressed_part_is_refused_by_ratio(tmp_path: Path) -> None:
    book = hostile.zip_bomb(tmp_path / "ratio.xlsx", size=32 * 1024 * 1024)
    found = inspect_workbook(book, "ratio.xlsx", Limits())
    assert found is not None
    assert found.code == "GK622"
    assert "xl/worksheets/sheet1.xml" in found.message("zh")


def test_a_merge_without_a_dimension_and_unnumbered_rows_are_still_counted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "odd.xlsx"
    hostile.plain(path)
    rows = b"<row><c><v>1</v></c></row>" * 20
    body = hostile._HEAD + b"<sheetData>" + rows + b"</sheetData></worksheet>"
    hostile._replace_sheet(path, iter([body]))
    found = inspect_workbook(path, "odd.xlsx", Limits(max_rows=10))
    assert found is not None
    assert found.code == "GK623"


def test_not_a_zip_is_left_to_the_importer(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_text("事项编码,事项名称\n", encoding="utf-8")
    assert inspect_workbook(path, "a.xlsx", Limits()) is None
    truncated = tmp_path / "b.xlsx"
    truncated.write_bytes(hostile.plain(tmp_path / "c.xlsx").read_bytes()[:300])
    assert inspect_workbook(truncated, "b.xlsx", Limits()) is None


def test_document_bounds_for_task_plan_imports(tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text("一、任务\n" * 1000, encoding="utf-8")
    assert inspect_document(text, "plan.txt", Limits()) is None
    found = inspect_document(text, "plan.txt", Limits(max_document_size=1000))
    assert found is not None
    assert found.code == "GK626"
    docx = tmp_path / "plan.docx"
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (4 * 1024 * 1024))
    found = inspect_document(docx, "plan.docx", Limits(max_unzipped_size=1024 * 1024))
    assert found is not None
    assert found.code == "GK621"
    found = inspect_document(docx, "plan.docx", Limits())
    assert found is not None
    assert found.code == "GK622"


def test_task_plan_documents_are_bounded_through_import(runner: CliRunner, tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、推进政务公开\n" * 200, encoding="utf-8")
    (tmp_path / "gkcat.yaml").write_text("limits:\n  max_document_size: 1KB\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(plan), "-C", str(tmp_path), "--kind", "task-plan"])
    assert result.exit_code == 1, result.output
    assert "plan.txt:1:1: error[GK626]" in result.stderr
