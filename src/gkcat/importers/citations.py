"""Citation and list cells → their entries, telling real separators from the page's line breaks.

A 设定依据 cell copied from a web page or PDF keeps the page's line breaks, which fall anywhere,
even inside a title (《中华人民共和国\\n行政许可法》). Entries are split only where the text
itself separates them: list numbering (1. 2、 （3） ④), a semicolon, or a new 《…》 title after a
finished citation. A line break is a separator only when the next line starts an entry that way.
"""

from __future__ import annotations

import itertools
import re

_NUMBER = r"(?:\d{1,2}\s*[.、．](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳])"
_STARTS_NUMBERED = re.compile(rf"^\s*{_NUMBER}\s*")
_INLINE_NUMBER = re.compile(rf"(?<=[^\d\s（(]){_NUMBER}")
_SEMICOLON = re.compile(r"[;；]")
_NEW_TITLE = re.compile(r"(?<=[》条款项号）)])\s*[、，,]?\s*(?=《)")
_CJK_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef《》]")


def _balanced(text: str) -> bool:
    return text.count("《") <= text.count("》")


def _join_lines(text: str, *, titles: bool = True) -> list[str]:
    """Lines rejoined where the break is layout; a line starting a new entry stays apart."""
    entries: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        starts = bool(_STARTS_NUMBERED.match(line)) or (titles and line.startswith("《"))
        if entries and not (starts and _balanced(entries[-1])):
            previous = entries[-1]
            glue = "" if _CJK_EDGE.match(previous[-1]) or _CJK_EDGE.match(line[0]) else " "
            entries[-1] = previous + glue + line
        else:
            entries.append(line)
    return entries


def _strip_number(text: str) -> str:
    return _STARTS_NUMBERED.sub("", text, count=1).strip()


def split_citations(text: str) -> list[str]:
    """The citations of a 依据 cell, numbering removed, in order."""
    parts: list[str] = []
    for entry in _join_lines(text):
        for piece in _SEMICOLON.split(entry):
            for numbered in _split_numbered(piece):
                parts.extend(p for p in _NEW_TITLE.split(numbered) if p.strip())
    return [_strip_number(p).rstrip("。") for p in parts if _strip_number(p)]


def split_list(text: str) -> list[str]:
    """The entries of a numbered or line-separated list (公开内容 1.受理部门 2.办理条件).

    Every entry loses its number, never only the first; an unnumbered line break is a separator
    here, since 要素 lists are written one per line.
    """
    entries: list[str] = []
    for line in text.splitlines():
        entries.extend(_split_numbered(line))
    return [s for s in (_strip_number(e) for e in entries) if s]


def split_numbered(text: str) -> list[str]:
    """The entries of a numbered text (责任事项 1.受理责任：…), line breaks inside one joined.

    Text without numbering stays one entry (its layout breaks joined).
    """
    entries: list[str] = []
    for entry in _join_lines(text, titles=False):
        entries.extend(_split_numbered(entry))
    return [s for s in (_strip_number(e) for e in entries) if s]


def _split_numbered(text: str) -> list[str]:
    """1.甲2.乙 → [1.甲, 2.乙]: split before each inline number of a numbered sequence."""
    if not _STARTS_NUMBERED.match(text):
        return [text]
    cuts = [m.start() for m in _INLINE_NUMBER.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def one_or_many(entries: list[str]) -> str | list[str]:
    """A single entry stays a string, as people write it by hand."""
    return entries[0] if len(entries) == 1 else entries
