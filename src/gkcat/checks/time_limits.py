"""公开时限: parse the period and check the statutory 20 working days (GK305, GK306)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

EMITS = frozenset({"GK305", "GK306"})
"""The rule codes this module emits (a test keeps the list exact)."""


STATUTORY_WORKING_DAYS = 20
"""政府信息公开条例 第二十六条: proactive disclosure within 20 working days."""

_NUMERALS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUMBER = re.compile(r"[零一二两三四五六七八九十百]+(?=个|工作日|日|天|月|周|星期|年|季)")

# Each unit converts to working days: a calendar week has 5 of 7, a month about 21.75.
_PERIODS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"(\d+(?:\.\d+)?)个?工作日"), 1.0),
    (re.compile(r"(\d+(?:\.\d+)?)个?(?:自然|日历)?[日天]"), 5 / 7),
    (re.compile(r"(\d+(?:\.\d+)?)个?(?:星期|周)"), 5.0),
    (re.compile(r"(\d+(?:\.\d+)?)个月"), 21.75),
    (re.compile(r"(\d+(?:\.\d+)?)个?季度内"), 65.25),
    (re.compile(r"(\d+(?:\.\d+)?)年内"), 261.0),
)
_IMMEDIATE = re.compile(r"实时|即时|即办|立即|随时|当场|当日|当天")
_PERIODIC = re.compile(r"每(?:年|季度?|月|半年|周|旬|日)|按(?:年|季|月)|年度|季度|月度|定期")
_DEADLINE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?(?:前|以前|之前)")
_ONGOING = re.compile(r"长期|常态化|动态(?:更新|调整)|持续|及时更新")


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """A parsed 公开时限."""

    kind: Literal["period", "immediate", "periodic", "deadline", "ongoing"]
    working_days: float | None = None
    """For ``period``: the allowed time in working days."""


def chinese_to_int(text: str) -> int:
    """二十 → 20, 十五 → 15, 三 → 3, 一百二十 → 120."""
    total, current = 0, 0
    for char in text:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _NUMERALS[char]
    return total + current


def parse_time_limit(text: str) -> TimeLimit | None:
    """Parse a 公开时限 such as 自信息形成或者变更之日起20个工作日内; None when unrecognised."""
    normal = _CN_NUMBER.sub(lambda m: str(chinese_to_int(m.group())), "".join(text.split()))
    found = [
        (m.start(), float(m.group(1)) * factor)
        for pattern, factor in _PERIODS
        for m in pattern.finditer(normal)
    ]
    if found:
        return TimeLimit("period", min(found)[1])  # the first stated period is the main one
    if _IMMEDIATE.search(normal):
        return TimeLimit("immediate", 0.0)
    if _DEADLINE.search(normal):
        return TimeLimit("deadline")
    if _PERIODIC.search(normal):
        return TimeLimit("periodic")
    if _ONGOING.search(normal):
        return TimeLimit("ongoing")
    return None


def check_time_limits(project: Project) -> Iterator[Diagnostic]:
    parsed_once: dict[str, TimeLimit | None] = {}  # offices reuse a handful of phrasings
    for catalog, item in project.iter_items():
        text = item.time_limit
        if not text:
            continue  # a missing 公开时限 is GK201, from the schema
        if text not in parsed_once:
            parsed_once[text] = parse_time_limit(text)
        parsed = parsed_once[text]
        if parsed is None:
            code = "GK305"
        elif "主动" in item.mode and (parsed.working_days or 0) > STATUTORY_WORKING_DAYS + 1e-9:
            code = "GK306"
        else:
            continue
        yield diagnostic(
            code, file=catalog.file, pointer=f"{item.pointer}/time_limit", item=item.id, value=text
        )
