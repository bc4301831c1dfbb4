"""The outline of a 工作要点: front matter, then a tree of numbered headings and paragraphs.

A paragraph (a line without a number) belongs to the heading above it when that heading is
only a title (（一）提升工作质量); after a heading that has text of its own (1.贯彻落实…。…)
it is a paragraph of the enclosing heading. An attribution line belongs to the node above it.
A long line that stops mid-sentence is joined with the next one (the text was wrapped).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from gkcat.importers.task_lines import Classified, Line, classify, title_of
from gkcat.importers.units import Attribution

PARAGRAPH = 99
"""The level of an unnumbered paragraph."""
BROKEN_LENGTH = 40
"""Lines longer than this that end without punctuation continue on the next line."""
_SENTENCE_END = tuple('。；;！!？?：:”"）)]】')


@dataclass(slots=True)
class Node:
    level: int
    line: Line
    text: str
    title: str
    title_only: bool
    attribution: Attribution | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def numbered(self) -> bool:
        return self.level != PARAGRAPH

    def attributed(self) -> bool:
        return self.attribution is not None or any(c.attributed() for c in self.children)

    def lines(self) -> Iterable[Line]:
        yield self.line
        for child in self.children:
            yield from child.lines()


@dataclass(slots=True)
class Outline:
    front: list[Line] = field(default_factory=list)
    """Text lines before the first numbered heading."""
    meta: list[Classified] = field(default_factory=list)
    """Dates, boilerplate (附件：…) and attribution lines that had no task above them."""
    sections: list[Node] = field(default_factory=list)


def outline(lines: Iterable[Line]) -> Outline:
    found = Outline()
    root = Node(0, Line(0, ""), "", "", True)
    stack = [root]
    last: Node | None = None
    for c in (classify(line) for line in lines):
        if c.kind in ("date", "boilerplate"):
            found.meta.append(c)
        elif c.kind == "attribution":
            if last is None or c.attribution is None:
                found.meta.append(c)
            else:
                last.attribution = _merged(last.attribution, c.attribution)
        elif c.kind == "heading":
            while stack[-1].level >= c.level:
                stack.pop()
            title, only = title_of(c.text)
            last = Node(c.level, c.line, c.text, title, only and c.attribution is None)
            last.attribution = c.attribution
            stack[-1].children.append(last)
            stack.append(last)
        elif len(stack) == 1:
            found.front.append(c.line)
        elif last is not None and _broken(last):
            last.text += c.text  # a paragraph broken in the middle of a sentence
            last.title, last.title_only = title_of(last.text)[0], False
            last.attribution = c.attribution
        else:
            while not stack[-1].title_only and len(stack) > 2:
                stack.pop()  # text after 1.…。… belongs to the heading above it
            last = Node(PARAGRAPH, c.line, c.text, c.text, False, c.attribution)
            stack[-1].children.append(last)
    found.sections = root.children
    return found


def _broken(node: Node) -> bool:
    """A long line that stops mid-sentence (…鼓励工业) continues on the next line."""
    return (
        node.attribution is None
        and len(node.text) > BROKEN_LENGTH
        and not node.text.endswith(_SENTENCE_END)
    )


def _merged(first: Attribution | None, second: Attribution) -> Attribution:
    if first is None:
        return second
    first.merge(second)
    return first
