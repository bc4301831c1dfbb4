"""Citations judged against the citation table (gkcat.laws): numbers, near misses, repeals."""

from __future__ import annotations

import re
from functools import lru_cache

from gkcat.laws import BY_TITLE, LAWS, Law

_TITLE = re.compile(r"《([^《》]+)》")
_AFTER = re.compile(r"\s*[（(]([^（()）]*)[）)]")
_NUMBER = re.compile(
    r"(?:国令|[\u4e00-\u9fff]{0,20}?令)第?\d+号|[\u4e00-\u9fff]{1,10}〔(?:19|20)\d{2}〕\d+号"
)
_GB = re.compile(r"\bGB(?:/T|/Z)?\s*\d")
_OWN_LIMITS = tuple(law for law in LAWS if law.own_time_limit)
_SHORT_MIN = 6
"""Near misses are looked for only in titles this long (without 中华人民共和国)."""

EMITS = frozenset({"GK316", "GK317", "GK318"})
"""The rule codes this module reports (a test keeps the list exact)."""

Problem = tuple[str, dict[str, str]]


def _normal_number(number: str) -> str:
    return "国务院令" + number[2:] if number.startswith("国令") else number


def law_for(title: str) -> Law | None:
    return BY_TITLE.get(title) or BY_TITLE.get(title.replace("〈", "《").replace("〉", "》"))


def _one_off(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substituted, inserted or deleted character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=4096)
def near_miss(title: str) -> str:
    """The known title ``title`` is a typo of ("" when none)."""
    core = title.removeprefix("中华人民共和国")
    if len(core) < _SHORT_MIN:
        return ""
    for law in LAWS:
        if _one_off(core, law.short):
            return law.title
    return ""


def title_problems(citation: str) -> list[Problem]:
    """GK316 (wrong number), GK317 (near-miss title) and GK318 (repealed) for one citation."""
    found: list[Problem] = []
    for match in _TITLE.finditer(citation):
        title = match.group(1)
        law = law_for(title)
        if law is None:
            guess = near_miss(title)
            if guess:
                found.append(("GK317", {"found": title, "expected": guess}))
            continue
        if law.repealed:
            after = f"，已由《{law.replaced_by}》取代" if law.replaced_by else ""
            after_en = f"; replaced by 《{law.replaced_by}》" if law.replaced_by else ""
            args = {"title": title, "date": law.repealed}
            found.append(("GK318", {**args, "replacement@zh": after, "replacement@en": after_en}))
        found.extend(_number_problem(law, title, citation[match.end() :]))
    return found


def _number_problem(law: Law, title: str, rest: str) -> list[Problem]:
    bracket = _AFTER.match(rest)
    if not law.numbers or bracket is None:
        return []
    numbers = [_normal_number(n) for n in _NUMBER.findall(bracket.group(1))]
    wrong = [n for n in numbers if n not in law.numbers and n not in law.superseded]
    return [("GK316", {"title": title, "found": n, "expected": law.numbers[0]}) for n in wrong]


def is_citation(citation: str) -> bool:
    """A 《title》, an order or 文号, a GB standard, or a known title written without 《》."""
    if "《" in citation or _NUMBER.search(citation) or _GB.search(citation):
        return True
    return any(title in citation for title in BY_TITLE)


def sets_own_time_limit(basis: tuple[str, ...]) -> bool:
    """True when a cited law sets its own disclosure time limit (预算法 第十四条)."""
    return any(law.own_time_limit and law.short in citation for citation in basis for law in LAWS)
