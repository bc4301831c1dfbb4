"""Rewrite the changed scalars of a YAML text in place, leaving every other character as it was.

The document is composed with PyYAML, whose nodes carry the exact start and end of each value,
and only the spans of changed values are replaced. Comments, key order, quoting, indentation
and blank lines elsewhere are kept byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

STR = "tag:yaml.org,2002:str"

Rewrite = Callable[[str, str, str], "str | list[str]"]
"""(field name, pointer, old text) → the new value of one string."""


@dataclass(frozen=True, slots=True)
class Change:
    """One value rewritten: where, what it was and what it became."""

    pointer: str
    line: int
    column: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class _Splice:
    start: int
    end: int
    text: str


def render(value: str) -> str:
    """A scalar as YAML text that reads back as ``value`` in block and flow context alike."""
    dumped = yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=1 << 30)
    return dumped.strip()[1:-1]


def render_list(values: list[str]) -> str:
    return "[" + ", ".join(render(v) for v in values) + "]"


def compose(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None


class Splicer:
    """Collects the splices for one text, then applies them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._splices: list[_Splice] = []
        self.changes: list[Change] = []

    def _note(self, pointer: str, node: Node, old: str, new: str) -> None:
        mark = node.start_mark
        self.changes.append(Change(pointer, mark.line + 1, mark.column + 1, old, new))

    def value(self, node: Node, name: str, pointer: str, rewrite: Rewrite, dedupe: bool) -> None:
        """Rewrite the value of field ``name`` (a string or a sequence of strings)."""
        if isinstance(node, ScalarNode) and node.tag == STR:
            new = rewrite(name, pointer, node.value)
            if new != node.value:
                shown = render_list(new) if isinstance(new, list) else render(new)
                self._scalar(node, shown)
                self._note(pointer, node, node.value, shown)
        elif isinstance(node, SequenceNode):
            self._sequence(node, name, pointer, rewrite, dedupe)

    def _scalar(self, node: Node, shown: str) -> None:
        block = isinstance(node, ScalarNode) and node.style in ("|", ">")
        self._splices.append(
            _Splice(node.start_mark.index, node.end_mark.index, shown + ("\n" if block else ""))
        )

    def _sequence(
        self, node: SequenceNode, name: str, pointer: str, rewrite: Rewrite, dedupe: bool
    ) -> None:
        seen: set[str] = set()
        finals: list[list[str]] = []
        elements = [e for e in node.value if isinstance(e, ScalarNode) and e.tag == STR]
        if len(elements) != len(node.value):
            return  # a list holding other things is the schema's business
        for index, element in enumerate(elements):
            new = rewrite(name, f"{pointer}/{index}", element.value)
            finals.append(new if isinstance(new, list) else [new])
        if all(v == [e.value] for v, e in zip(finals, elements, strict=True)):
            return
        if dedupe:  # as the normaliser does once a value of the list changed
            for values in finals:
                values[:] = [v for v in values if v not in seen]
                seen.update(values)
        if node.flow_style:
            flat = [v for values in finals for v in values]
            old = render_list([e.value for e in elements])
            self._scalar(node, render_list(flat))
            self._note(pointer, node, old, render_list(flat))
            return
        for index, (element, values) in enumerate(zip(elements, finals, strict=True)):
            if values != [element.value]:
                self._block_item(element, values)
                shown = render_list(values) if len(values) != 1 else render(values[0])
                self._note(f"{pointer}/{index}", element, element.value, shown)

    def _block_item(self, element: ScalarNode, values: list[str]) -> None:
        start, end = element.start_mark.index, element.end_mark.index
        line_start = self.text.rfind("\n", 0, start) + 1
        prefix = self.text[line_start:start]
        if not values:
            line_end = self.text.find("\n", end)
            line_end = len(self.text) if line_end < 0 else line_end + 1
            self._splices.append(_Splice(line_start, line_end, ""))
            return
        first, *rest = (render(v) for v in values)
        tail = "".join(f"\n{prefix}{v}" for v in rest)
        block = element.style in ("|", ">")
        self._splices.append(_Splice(start, end, first + tail + ("\n" if block else "")))

    def apply(self) -> str:
        out, at = [], 0
        for splice in sorted(self._splices, key=lambda s: s.start):
            out.append(self.text[at : splice.start])
            out.append(splice.text)
            at = splice.end
        out.append(self.text[at:])
        return "".join(out)


def mapping_items(node: Node) -> list[tuple[str, Node]]:
    """(key, value node) of a mapping node; the last occurrence of a key wins, as in loading."""
    if not isinstance(node, MappingNode):
        return []
    found: dict[str, Node] = {}
    for key, value in node.value:
        if isinstance(key, ScalarNode):
            found[str(key.value)] = value
    return list(found.items())
