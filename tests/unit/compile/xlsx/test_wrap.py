"""Column widths that keep a closing bracket off a line of its own."""

from __future__ import annotations

from gkcat.compile.xlsx.wrap import avoid_stranded_brackets, stranded, wrapped_lines

CITATION = (
    "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）"
)


def test_wrapped_lines_break_by_width() -> None:
    assert wrapped_lines("一二三四五六", 4, 7.0, 0.66) == ["一二", "三四", "五六"]
    assert wrapped_lines("", 10, 7.0, 0.66) == [""]


def test_a_column_that_strands_the_closing_bracket_is_widened() -> None:
    assert stranded([CITATION], 34) == 1  # LibreOffice prints the final ） alone
    width = avoid_stranded_brackets(34, [CITATION])
    assert 34 < width <= 37
    assert stranded([CITATION], width) == 0


def test_a_column_without_stranded_brackets_keeps_its_width() -> None:
    assert avoid_stranded_brackets(34, ["社会救助相关法律、法规、规章\n本级制定的规范性文件"]) == 34
