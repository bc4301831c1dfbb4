"""公文 numbering of task plans, shared by the workbook and the site."""

from __future__ import annotations

from gkcat.compile import numbering


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
