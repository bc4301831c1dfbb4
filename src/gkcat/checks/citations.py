"""公开依据 citations: the superseded 条例, balanced 《》, 文号 brackets (GK307–GK309)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

_SUPERSEDED = re.compile(r"国务院令\s*第?\s*492\s*号")
# 文号: issuer abbreviation, year in brackets, number — 国办发[2019]54号 → 国办发〔2019〕54号.
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


def check_citations(project: Project) -> Iterator[Diagnostic]:
    for catalog, item in project.iter_items():
        for index, citation in enumerate(item.basis):
            at = partial(
                diagnostic, file=catalog.file, pointer=f"{item.pointer}/basis/{index}", item=item.id
            )
            if _SUPERSEDED.search(citation):
                yield at("GK307", value=citation)
            if not is_balanced(citation):
                yield at("GK308", value=citation)
            for found, expected in fix_document_numbers(citation):
                yield at("GK309", found=found, expected=expected)
