"""The 公开时限 grammar: periods, fixed dates, event-relative limits, standing phrases, frequencies.

A time limit is read in five steps (docs/rules.md shows examples):

1. Chinese numerals before a unit become digits (二十个工作日 → 20个工作日).
2. A limit that defers to another law (另有规定, 从其规定) is *deferred*: it is not judged.
3. Fixed dates are masked first (每年1月31日前, 2024年6月30日前, 年底前), so their day numbers
   are never read as periods.
4. Periods (N个工作日, N日, N周, N个月, N个季度, N年) are read clause by clause; a period in a
   clause that says 延长 is the extension, one after 公示, 不少于 or 至少 is how long a notice
   stays up (a duration, 公示7个工作日), and the first other one is the limit.
5. Without a limit: a standing phrase (长期, 常年, 永久, 及时, 实时, 动态 …), then a fixed date,
   then a frequency (每年, 每季度, 半年至少更新1次 …), then an event (项目完成后), then a
   duration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["period", "standing", "deadline", "periodic", "event", "deferred", "duration"]

_NUMERALS = dict(zip("零一二两三四五六七八九", (0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_NUMBER = re.compile(r"[零一二两三四五六七八九十百]+(?=个|工作日|日|天|月|周|星期|年|季|次)")
_DEFERRED = re.compile(r"另有规定|从其规定|另行规定")
_DATE = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}[日号]|底|末|初|上旬|中旬|下旬)?|年底|年末|年初|季度?末|月底|月末)"
    r"(?:前|以前|之前)?"
    r"|(?<=每月)\d{1,2}[日号](?:前|以前|之前)?"
)
_CLAUSE = re.compile(r"[，,；;。]")
# Each unit converts to working days: a calendar week has 5 of 7, a month about 21.75.
_UNITS: tuple[tuple[str, float], ...] = (
    (r"个?工作日", 1.0),
    (r"个?(?:自然|日历)?[日天]", 5 / 7),
    (r"个?(?:星期|周)", 5.0),
    (r"个月", 21.75),
    (r"个?季度", 65.25),
    (r"年(?=内|以内|之内)", 261.0),
)
_PERIOD = re.compile(r"(\d+(?:\.\d+)?|半)(?:" + "|".join(f"({unit})" for unit, _ in _UNITS) + ")")
_DURATION = re.compile(r"(?:不少于|不得少于|至少|公示|公告|张贴|为期)[期时间]*[为]?$")
_STANDING = re.compile(
    r"长期|常年|永久|及时|实时|即时|即办|立即|随时|当场|当日|当天|动态|常态化|持续"
)
_FREQUENCY = re.compile(
    r"每(?:年|季度?|月|半年|周|旬|日|学期)|按(?:年|季|月)|年度|季度|月度|定期|半年|至少更新"
)
_EVENT = re.compile(r"[\u4e00-\u9fff]{1,12}后")


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """A parsed 公开时限."""

    kind: Kind
    working_days: float | None = None
    """For ``period`` (and a deferred period): the limit in working days."""
    extension: float | None = None
    """Working days an extension may add (依申请, 条例 第三十三条)."""


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


def _periods(text: str) -> tuple[float | None, float | None, bool]:
    """(limit, extension) in working days from the clauses of ``text``, and whether it
    states a duration."""
    limit = extension = None
    duration = False
    for clause in _CLAUSE.split(text):
        for match in _PERIOD.finditer(clause):
            amount = 0.5 if match.group(1) == "半" else float(match.group(1))
            unit = next(i for i in range(len(_UNITS)) if match.group(i + 2) is not None)
            days = amount * _UNITS[unit][1]
            before = clause[: match.start()]
            if "延长" in before:
                extension = days if extension is None else max(extension, days)
            elif _DURATION.search(before):
                duration = True
            elif limit is None:
                limit = days
    return limit, extension, duration


def parse_time_limit(text: str) -> TimeLimit | None:
    """Parse a 公开时限 such as 自信息形成或者变更之日起20个工作日内; None when unrecognised."""
    normal = "".join(text.split())
    normal = _CN_NUMBER.sub(lambda m: str(chinese_to_int(m.group())), normal)
    masked, dates = _DATE.subn("‹日期›", normal)
    limit, extension, duration = _periods(masked)
    if _DEFERRED.search(normal):
        return TimeLimit("deferred", limit, extension)
    if limit is not None:
        return TimeLimit("period", limit, extension)
    if _STANDING.search(masked):
        return TimeLimit("standing")
    if dates:
        return TimeLimit("deadline")
    if _FREQUENCY.search(masked):
        return TimeLimit("periodic")
    if _EVENT.search(masked):
        return TimeLimit("event")
    if duration:
        return TimeLimit("duration")
    return None
