"""公开时限 against the 条例: 第二十六条 (主动) and 第三十三条 (依申请): GK305, GK306, GK314.

Parsing is the grammar of :mod:`gkcat.checks.time_grammar`; a limit that defers to another law,
or an item whose basis cites a law with its own time limit (预算法), is not judged here.
"""

from __future__ import annotations

from collections.abc import Iterator

from gkcat.checks.law_refs import sets_own_time_limit
from gkcat.checks.time_grammar import TimeLimit, chinese_to_int, parse_time_limit
from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Item, Project

EMITS = frozenset({"GK305", "GK306", "GK314"})
__all__ = ["EMITS", "TimeLimit", "check_time_limits", "chinese_to_int", "parse_time_limit"]

EMITS = frozenset({"GK305", "GK306"})
"""The rule codes this module emits (a test keeps the list exact)."""


STATUTORY_WORKING_DAYS = 20
"""政府信息公开条例 第二十六条: proactive disclosure within 20 working days."""
ON_REQUEST_WORKING_DAYS = 20
ON_REQUEST_EXTENSION = 20
"""第三十三条: a reply within 20 working days, extendable once by at most 20."""
_SLACK = 1e-9


def judge(parsed: TimeLimit | None, item: Item) -> tuple[str, dict[str, str]] | None:
    """(rule code, extra message arguments) when the limit breaks the 条例; None when it is fine."""
    if parsed is None:
        return "GK305", {}
    verdict = _against_the_regulation(parsed, item.mode)
    if verdict is None or sets_own_time_limit(item.basis):
        return None
    return verdict


def _against_the_regulation(
    parsed: TimeLimit, mode: tuple[str, ...]
) -> tuple[str, dict[str, str]] | None:
    if parsed.kind != "period":
        return None
    days = parsed.working_days or 0.0
    if "主动" in mode and days > STATUTORY_WORKING_DAYS + _SLACK:
        return "GK306", {}
    if "依申请" not in mode:
        return None
    if days > ON_REQUEST_WORKING_DAYS + _SLACK:
        return "GK314", {"reason@zh": "超过20个工作日", "reason@en": "exceeds 20 working days"}
    if (parsed.extension or 0.0) > ON_REQUEST_EXTENSION + _SLACK:
        return "GK314", {
            "reason@zh": "的延长期限超过20个工作日",
            "reason@en": "allows an extension of more than 20 working days",
        }
    return None


def check_time_limits(project: Project) -> Iterator[Diagnostic]:
    parsed_once: dict[str, TimeLimit | None] = {}  # offices reuse a handful of phrasings
    for catalog, item in project.iter_items():
        text = item.time_limit
        if not text:
            continue  # a missing 公开时限 is GK201, from the schema
        if text not in parsed_once:
            parsed_once[text] = parse_time_limit(text)
        verdict = judge(parsed_once[text], item)
        if verdict is None:
            continue
        code, args = verdict
        yield diagnostic(
            code,
            file=catalog.file,
            pointer=f"{item.pointer}/time_limit",
            item=item.id,
            value=text,
            args=args,
        )
