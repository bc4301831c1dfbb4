"""The 任务分解表 workbook: golden, numbering, units, determinism."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gkcat.compile.numbering import chinese_number
from gkcat.compile.xlsx.tasks_table import compile_task_tables, units_text
from gkcat.model import Task
from gkcat.pipeline import load_project
from tests.xlsx_dump import dump_workbook

TESTS = Path(__file__).resolve().parents[3]
FIXTURE = TESTS / "fixtures" / "xlsx-project"
PLAN = "2024年样例县政务公开工作要点任务分解表.xlsx"


def compiled() -> dict[str, bytes]:
    loaded = load_project(FIXTURE)
    return compile_task_tables(loaded.project, loaded.settings)


def test_task_table_matches_golden(update_golden: bool) -> None:
    golden = TESTS / "golden" / "xlsx-tasks" / "workbook.yaml"
    actual = dump_workbook(compiled()[PLAN])
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_task_table_numbers_sections_groups_and_tasks() -> None:
    ws = load_workbook(io.BytesIO(compiled()[PLAN])).active
    column_a = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    column_b = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
    assert [v for v in column_a if v and v[0] in "一二"] == [
        "一、着力深化重点领域信息公开",
        "二、不断强化政策公开和解读",
    ]
    assert [v for v in column_a if v and v.startswith("（")] == [
        "（一）以公开助推民生兜底保障",
        "（二）以公开助推就业",
        "（一）加大政策解读力度",
    ]
    numbers = [v.split(".", 1)[0] for v in column_b if v and v[0].isdigit()]
    assert numbers == ["1", "2", "3", "4"]
    assert "A3:D3" in {str(r) for r in ws.merged_cells.ranges}  # the section row spans
    assert "A4:A5" in {str(r) for r in ws.merged_cells.ranges}  # the group spans its tasks


def test_task_cells_beginning_with_equals_are_not_formulas(make_project) -> None:
    root = make_project(
        {
            "tasks/2024.yaml": """
        kind: task-plan
        schema_version: 1
        title: =HYPERLINK("http://evil.invalid")
        year: 2024
        sections:
          - title: 部分
            groups:
              - title: 方面
                tasks:
                  - id: T-1
                    requirement: 要求
                    units: ["=1+1"]
                    deadline: "@全年"
        """
        }
    )
    loaded = load_project(root)
    data = next(iter(compile_task_tables(loaded.project, loaded.settings).values()))
    ws = load_workbook(io.BytesIO(data)).active
    cells = [c for row in ws.iter_rows() for c in row if str(c.value)[:1] in ("=", "@")]
    assert [c.value for c in cells] == ['=HYPERLINK("http://evil.invalid")', "=1+1", "@全年"]
    assert all(c.data_type == "s" for c in cells)


def test_task_table_is_deterministic() -> None:
    assert compiled() == compiled()


@pytest.mark.parametrize(
    ("n", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"), (120, "120")]
)
def test_chinese_number(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_units_text_puts_leads_first_and_marks_them() -> None:
    task = Task("T", "r", ("甲", "乙", "丙"), ("乙",), "全年", (), "")
    assert units_text(task) == "乙（牵头）\n甲\n丙"
    alone = Task("T", "r", ("甲",), ("甲",), "全年", (), "")
    assert units_text(alone) == "甲"
