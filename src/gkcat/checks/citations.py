"""公开依据 citations: the superseded 条例, balanced 《》, 文号 brackets (GK307–GK309)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

EMITS = frozenset({"GK307", "GK308", "GK309"})
"""The rule codes this module emits (a test keeps the list exact)."""


_SUPERSEDED = re.compile(r"国务院令\s*第?\s*492\s*号")
# 文号: issuer abbreviation, year in brackets, number — 国办发[2019]54号 → 国办发〔2019〕54号.
# A cheap test that a text can hold a 文号 at all, before the full pattern runs.
_BRACKETED_YEAR = re.compile(r"[\[［【(（]\s*(?:19|20)\d{2}\s*[\]］】)）]")
_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,10})\s*[\[［【(（]\s*((?:19|20)\d{2})\s*[\]］】)）]\s*(第?\d+\s*号)"
)


def is_balanced(text: str) -> bool:
    """True when every 《 is closed by a 》 and none closes before it opens."""
    depth = 0
    for char in text:
        if char == "《":
            depth += 1
        elif char == "》":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def fix_document_numbers(text: str) -> list[tuple[str, str]]:
    """(found, expected) for each 文号 written with [] or () instead of 〔〕."""
    return [
        (m.group(0), f"{m.group(1)}〔{m.group(2)}〕{m.group(3).replace(' ', '')}")
        for m in _DOC_NUMBER.finditer(text)
    ]


def citation_problems(citation: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """(rule code, message arguments) for everything wrong with one citation."""
    found: list[tuple[str, dict[str, str]]] = []
    if _SUPERSEDED.search(citation):
        found.append(("GK307", {"value": citation}))
    if ("《" in citation or "》" in citation) and not is_balanced(citation):
        found.append(("GK308", {"value": citation}))
    if _BRACKETED_YEAR.search(citation):
        found.extend(
            ("GK309", {"found": f, "expected": e}) for f, e in fix_document_numbers(citation)
        )
    return tuple(found)


def check_citations(project: Project) -> Iterator[Diagnostic]:
    # Catalogs cite the same few laws in almost every item: judge each distinct text once.
    seen: dict[str, tuple[tuple[str, dict[str, str]], ...]] = {}
    for catalog, item in project.iter_items():
        for index, citation in enumerate(item.basis):
            problems = seen.get(citation)
            if problems is None:
                problems = seen[citation] = citation_problems(citation)
            for code, args in problems:
                yield diagnostic(
                    code,
                    file=catalog.file,
                    pointer=f"{item.pointer}/basis/{index}",
                    item=item.id,
                    args=args,
                )
