"""The site's task plan numbering is the workbook's."""

from __future__ import annotations

from gkcat.compile import numbering
from gkcat.compile.xlsx import tasks_table


def test_site_and_workbook_number_task_plans_alike() -> None:
    assert numbering.LEAD_MARK == tasks_table.LEAD_MARK
    for n in (1, 9, 10, 11, 19, 20, 21, 99, 100, 123):
        assert numbering.chinese_number(n) == tasks_table.chinese_number(n)
        assert numbering.section_label(n, "标题") == tasks_table.section_label(n, "标题")
        assert numbering.group_label(n, "标题") == tasks_table.group_label(n, "标题")


def test_numbering_reads_as_in_official_documents() -> None:
    assert [numbering.chinese_number(n) for n in (1, 10, 12, 20, 99)] == [
        "一",
        "十",
        "十二",
        "二十",
        "九十九",
    ]
    assert numbering.section_label(2, "主动公开") == "二、主动公开"
    assert numbering.group_label(3, "政策解读") == "（三）政策解读"
