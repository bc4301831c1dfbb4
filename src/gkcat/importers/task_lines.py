"""The lines of a 工作要点 and what each is: a numbered heading, an attribution, a date, text.

Numbering levels: 1 一、  2 （一）  3 1.  4 （1）. A line that is only an attribution
(``责任单位：办公室`` or ``（牵头单位：…）``) belongs to the task above it. A task's trailing
parenthesis is an attribution when it holds a label (责任单位：, 完成时限： …); any other
parenthesis stays part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gkcat.importers.units import LABEL, Attribution, parse_attribution

_CN = "一二三四五六七八九十百零〇"
HEADINGS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^([{_CN}]+)\s*[、.．]\s*(.*)$")),
    (2, re.compile(rf"^[（(]\s*([{_CN}]+)\s*[）)]\s*[、.．]?\s*(.*)$")),
    (3, re.compile(r"^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$")),
    (4, re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]\s*(.*)$")),
)
_DATE = re.compile(r"^(?:\d{4}|\d{2}xx|20XX)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_BOILERPLATE = re.compile(r"^(?:[（(]此件公开发布[）)]|附件[:：]?.*|扫一扫.*|[-—]\s*\d+\s*[-—])$")
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+(?=\S))")

_OPENING, _CLOSING = "（([【", "）)]】"

Kind = Literal["heading", "attribution", "date", "boilerplate", "text"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line (a .txt line, or a .docx paragraph) and its 1-based number."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Classified:
    line: Line
    kind: Kind
    level: int = 0
    text: str = ""
    """The text without its number (headings) or the line itself."""
    attribution: Attribution | None = None


def clean(text: str) -> str:
    """Trim a line: whitespace, Markdown heading marks and bullets, ** emphasis."""
    stripped = _MARKDOWN.sub("", text.strip().replace("\u3000", " ")).replace("**", "")
    return stripped.strip()


def classify(line: Line) -> Classified:
    text = line.text
    if _DATE.match(text):
        return Classified(line, "date", text=text)
    if _BOILERPLATE.match(text):
        return Classified(line, "boilerplate", text=text)
    bare = re.sub(r"\s+", "", text.strip("（）()[]【】 。"))
    if LABEL.match(bare) and (text[0] in _OPENING or LABEL.match(text)):
        return Classified(line, "attribution", text=text, attribution=parse_attribution(bare))
    for level, pattern in HEADINGS:
        match = pattern.match(text)
        if match and match.group(2):
            body, attribution = split_trailing(match.group(2))
            return Classified(line, "heading", level, body, attribution)
    body, attribution = split_trailing(text)
    return Classified(line, "text", text=body, attribution=attribution)


def split_trailing(text: str) -> tuple[str, Attribution | None]:
    """Split off a trailing labelled parenthesis: "…。（责任单位：县民政局）" → text, roles."""
    stripped = text.rstrip(" 。.;；")
    if not stripped or stripped[-1] not in _CLOSING:
        return text, None
    depth = 0
    for index in range(len(stripped) - 1, -1, -1):
        char = stripped[index]
        if char in _CLOSING:
            depth += 1
        elif char in _OPENING:
            depth -= 1
            if depth == 0:
                found = parse_attribution(re.sub(r"\s+", "", stripped[index + 1 : -1]))
                if found is None:
                    return text, None
                return stripped[:index].rstrip(), found
    return text, None


def title_of(text: str) -> tuple[str, bool]:
    """A heading's title and whether the line is nothing but that title.

    "加强组织领导。为加强…" → ("加强组织领导", False); "提升工作质量" → (…, True).
    """
    bare = text.rstrip("。.；;：:")
    for mark in ("。", "：", ":"):
        head, sep, rest = bare.partition(mark)
        if sep and rest.strip():
            return head.strip(), False
    return bare.strip(), True
