"""公文 numbering of task plans (一、 （一） 1.), shared by the workbook and the site.

Kept apart from the workbook writer so the site's task plan pages do not load openpyxl.
"""

from __future__ import annotations

LEAD_MARK = "（牵头）"
"""Appended to the lead unit of a task."""

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (section and group numbers)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    if n < 100:
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    return str(n)


def section_label(index: int, title: str) -> str:
    """一、title — the first level of 公文 numbering."""
    return f"{chinese_number(index)}、{title}"


def group_label(index: int, title: str) -> str:
    """（一）title — the second level."""
    return f"（{chinese_number(index)}）{title}"
