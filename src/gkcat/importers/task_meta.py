"""Title, year and issuer of a 工作要点, read from its own lines (options win over them).

* title: the first line before the first section that names a plan (…工作要点, …工作方案,
  …实施方案, …任务分解表) and is not the cover letter (关于印发…的通知);
* year: the 2024年 of the title;
* issuer: the signature — a short line right above a date line (临沂临港经济开发区党政办公室 /
  2024年6月26日) — or else the title's own prefix (平原县财政局20xx年政务公开工作方案).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gkcat.importers.task_lines import Line, classify

_PLAN = re.compile(r"(工作要点|工作方案|实施方案|工作计划|任务分解表?|任务清单|重点任务|工作任务)")
_LETTER = re.compile(r"^关于|印发|的通知$")
_YEAR = re.compile(r"(\d{4})\s*年")
_PREFIX = re.compile(r"^(.+?)(?:\d{4}|\d{2}xx|20XX)\s*年")
_ISSUER_END = re.compile(r"(局|办公室|政府|办事处|委员会|中心|管委会|党政办|厅|委)$")
_SIGNATURE_PUNCT = re.compile(r"[。，,;；:：、（）()]")


@dataclass(frozen=True, slots=True)
class Meta:
    title: str = ""
    year: int | None = None
    issuer: str = ""
    title_line: int = 0
    """The line of the title (0 when none was found)."""


def split_signatures(lines: Sequence[Line]) -> tuple[list[Line], list[Line]]:
    """Lines without signatures, and the signatures (a short line right above a date line)."""
    kinds = [classify(line).kind for line in lines]
    signatures = {
        i - 1
        for i, kind in enumerate(kinds)
        if kind == "date"
        and i > 0
        and kinds[i - 1] == "text"
        and len(lines[i - 1].text) <= 30
        and not _SIGNATURE_PUNCT.search(lines[i - 1].text)
        and not _PLAN.search(lines[i - 1].text)
    }
    kept = [line for i, line in enumerate(lines) if i not in signatures]
    return kept, [lines[i] for i in sorted(signatures)]


def find_title(front: Sequence[Line]) -> Line | None:
    for line in front:
        text = line.text
        if len(text) <= 80 and "。" not in text and _PLAN.search(text) and not _LETTER.search(text):
            return line
    return None


def read_meta(title_line: Line | None, signatures: Sequence[Line]) -> Meta:
    if title_line is None:
        return Meta(issuer=signatures[0].text if signatures else "")
    title = title_line.text.strip("《》 ")
    year = _YEAR.search(title)
    prefix = _PREFIX.match(title)
    issuer = signatures[0].text if signatures else ""
    if not issuer and prefix and _ISSUER_END.search(prefix.group(1)):
        issuer = prefix.group(1)
    return Meta(title, int(year.group(1)) if year else None, issuer, title_line.number)
