"""文号 and order-number forms: one table of rewrites, used by validate and by ``gkcat fix``.

Each rewrite is (rule code, pattern, replacement); they run in order over a citation, each on
the text the previous ones produced, so every problem is reported once and the fix is the text
after the last rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_OPEN, _CLOSE = r"[\[［【(（﹝〔]", r"[\]］】)）﹞〕]"
_YEAR = r"((?:19|20)\d{2})"
_ISSUER = r"([\u4e00-\u9fff]{1,10})"


def _brackets(m: re.Match[str]) -> str:
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}"


def _always(text: str) -> bool:
    return True


def _cites_the_regulation(text: str) -> bool:
    """492 → 711 keeps the meaning only for the 条例 itself (or a bare order number)."""
    return "《" not in text or "政府信息公开条例" in text or "《条例》" in text


Rewrite = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str], Callable[[str], bool]]

REWRITES: tuple[Rewrite, ...] = (
    # The 2007 条例 (国务院令第492号, also abbreviated 国令) was replaced by 国务院令第711号;
    # under another title, 492 is that title's wrong number (GK316), not the old 条例.
    (
        "GK307",
        re.compile(r"(?:国务院令|国令)\s*第?\s*492\s*号"),
        lambda m: "国务院令第711号",
        _cites_the_regulation,
    ),
    # 国办发[2019]54号, 国办发﹝2016﹞80号, 【2015】 → 〔〕.
    (
        "GK309",
        re.compile(rf"{_ISSUER}\s*(?!〔{_YEAR}〕){_OPEN}\s*{_YEAR}\s*{_CLOSE}\s*(第?\d+\s*号)"),
        lambda m: f"{m.group(1)}〔{m.group(3)}〕{m.group(4).replace(' ', '')}",
        _always,
    ),
    # A lost closing bracket: 国办发〔201680号 → 国办发〔2016〕80号.
    ("GK320", re.compile(rf"{_ISSUER}{_OPEN}{_YEAR}(\d{{1,4}}号)"), _brackets, _always),
    # 第 inside a 文号: 国办发〔2019〕第54号 → 国办发〔2019〕54号.
    (
        "GK320",
        re.compile(rf"{_ISSUER}〔{_YEAR}〕第(\d+号)"),
        _brackets,
        _always,
    ),
    # A doubled 号: (国令第711号) 号 → (国令第711号); 711号号 → 711号.
    ("GK320", re.compile(r"(\d+号[)）]?)\s*号(?![\u4e00-\u9fff])"), lambda m: m.group(1), _always),
    # GB T 3095 → GB/T 3095.
    ("GK320", re.compile(r"\bGB\s*T(?=\s*\d)"), lambda m: "GB/T", _always),
)

EMITS = frozenset({"GK307", "GK309", "GK320"})
"""The rule codes this module's rewrites report (a test keeps the list exact)."""
FIXABLE = frozenset(code for code, *_ in REWRITES)
"""Every rewrite keeps the meaning, so ``gkcat fix`` applies them all."""

_MAYBE = re.compile(r"号|GB")
"""Every rewrite needs one of these; most citations are judged by this test alone."""


def number_problems(text: str) -> tuple[list[tuple[str, str, str]], str]:
    """([(rule code, found, expected)], fixed text) for one citation."""
    if not _MAYBE.search(text):
        return [], text
    found: list[tuple[str, str, str]] = []
    for code, pattern, replace, applies in REWRITES:
        if not applies(text):
            continue
        hits = [(m.group(), replace(m)) for m in pattern.finditer(text)]
        hits = [(f, e) for f, e in hits if f != e]
        if hits:
            found.extend((code, f, e) for f, e in hits)
            text = pattern.sub(replace, text)
    return found, text


def fix_document_numbers(text: str) -> list[tuple[str, str]]:
    """(found, expected) for each 文号 written with [] or () instead of 〔〕."""
    return [(f, e) for code, f, e in number_problems(text)[0] if code == "GK309"]
