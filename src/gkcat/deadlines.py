"""完成时限 phrasings of real task plans: 全年, 年底前, 持续推进, 每季度, 2024年6月底前 ….

A deadline is one of three kinds: a date (2024年6月底前, 2024-06-30, 年底前, 6月底前), an
ongoing duty (全年, 长期坚持, 持续推进, 常态化) or a periodic one (每季度, 每月, 定期). Dates
that name no year (年底前, 6月底前, 上半年) belong to the plan year; those that name one
(2025年3月底前) are checked against it by GK503. A template's 20xx年 names no year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

# 2024-06-30, 2024/6/30, 2024.6.30
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# 2024年6月底前, 2024年6月30日前, 6月底, 20xx年7月底前
_CN_DATE = re.compile(
    r"(?:(\d{4}|\d{2}xx|20XX)年)?(\d{1,2})月(?:(\d{1,2})日|底|末|中旬|上旬|下旬)?"
)
# 2024年底前, 2024年上半年, 2024年内, 2024年第三季度
_CN_YEAR = re.compile(r"(\d{4})年(?:底|末|内|年底|上半年|下半年|全年|第[一二三四]季度|前)")
# 年底前, 上半年 — a date of the plan year
_RELATIVE = re.compile(r"年底|年末|年内|上半年|下半年|年中")
_ONGOING = re.compile(r"全年|长期|持续|常态化|动态|及时|随时|经常性|日常")
_PERIODIC = re.compile(r"每(?:年|半年|季度?|月|周|旬|日)|按(?:年|季|月)|定期|第[一二三四]季度")

Kind = Literal["date", "ongoing", "periodic"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A parsed 完成时限: its kind, and the calendar years it names (for GK503)."""

    kind: Kind
    years: tuple[int, ...] = ()
    relative: bool = False
    """A date of the plan year that names no year itself (年底前, 6月底前)."""


def parse_deadline(text: str) -> Deadline | None:
    """Read 全年, 年底前, 长期坚持, 每季度, 2024年6月底前, 2024-06-30 …; None when unrecognised."""
    compact = "".join(text.split())
    dates = [m for m in _ISO.finditer(compact) if _valid(m)]
    if dates:
        return Deadline("date", tuple(sorted({int(m.group(1)) for m in dates})))
    month_dates = [m for m in _CN_DATE.finditer(compact) if 1 <= int(m.group(2)) <= 12]
    years = {int(m.group(1)) for m in month_dates if m.group(1) and m.group(1).isdigit()}
    years |= {int(m.group(1)) for m in _CN_YEAR.finditer(compact)}
    if years:
        return Deadline("date", tuple(sorted(years)))
    if month_dates:
        return Deadline("date", relative=not any(m.group(1) for m in month_dates))
    if _PERIODIC.search(compact):
        return Deadline("periodic")
    if _RELATIVE.search(compact):
        return Deadline("date", relative=True)
    if _ONGOING.search(compact):
        return Deadline("ongoing")
    return None


def is_deadline(text: str) -> bool:
    """Whether ``text`` reads as a deadline on its own (for unlabelled parts of a parenthesis)."""
    compact = "".join(text.split())
    return 0 < len(compact) <= 24 and parse_deadline(compact) is not None


def outside_year(deadline: Deadline, year: int) -> tuple[int, ...]:
    """The years ``deadline`` names other than the plan ``year`` (GK503)."""
    return tuple(y for y in deadline.years if y != year)


def _valid(match: re.Match[str]) -> bool:
    try:
        date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return True
