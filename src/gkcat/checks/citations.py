"""公开依据 citations: numbers and 文号 (GK307, GK309, GK320), 《》 (GK308), the citation table
(GK316–GK318) and texts that cite nothing (GK319)."""

from __future__ import annotations

from collections.abc import Iterator

from gkcat.checks.docnumbers import FIXABLE, fix_document_numbers, number_problems
from gkcat.checks.law_refs import is_citation, title_problems
from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

EMITS = frozenset({"GK308", "GK319"})
"""The rule codes this module emits (a test keeps the list exact); the 文号 forms come from
:mod:`gkcat.checks.docnumbers` and the citation-table rules from :mod:`gkcat.checks.law_refs`."""

__all__ = ["EMITS", "check_citations", "citation_problems", "fix_citation", "is_balanced"]
_ = fix_document_numbers  # re-exported for callers of the older name


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


def fix_citation(citation: str) -> str:
    """The citation with every meaning-preserving number fix applied (what ``gkcat fix`` writes)."""
    return number_problems(citation)[1]


def citation_problems(citation: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """(rule code, message arguments) for everything wrong with one citation."""
    found: list[tuple[str, dict[str, str]]] = []
    numbers, fixed = number_problems(citation)
    for code, was, expected in numbers:
        found.append((code, {"value": citation, "found": was, "expected": expected}))
    if ("《" in fixed or "》" in fixed) and not is_balanced(fixed):
        found.append(("GK308", {"value": citation}))
    if not is_citation(fixed):
        found.append(("GK319", {"value": citation}))
    found.extend(title_problems(fixed))
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
                    fixable=code in FIXABLE,
                )
