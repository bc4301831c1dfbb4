"""Composed YAML nodes → plain data in one pass, without PyYAML's per-scalar machinery.

libyaml's C composer asks the loader to ``resolve`` every node's tag. PyYAML's resolver and
``SafeConstructor`` then cost more than the C parser itself: a regex table walk per scalar,
path-resolver hooks per node, a generator and a memo entry per mapping. Here ``resolve`` only
records whether a scalar is plain and untagged, and :func:`construct` decides its type with one
dict lookup on the first character (the text of a plain scalar starting with anything else, such as
every Chinese value, is a string) and PyYAML's own regexes and conversions for the rest.

Only the documents the fast path is sure about are built here: an explicit tag, a merge key
(``<<``) or a value PyYAML would refuse raises :class:`Unsupported`, and :mod:`source` reads that
document with the reference constructor instead, so both ways give the same result by
construction. Mappings and lists are filled breadth-first, in the order ``SafeConstructor``
fills them, so duplicate keys are reported in the same order and deep nesting needs no recursion.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:  # libyaml's C parser when present (DESIGN: use the C loader); the pure one otherwise
    from yaml._yaml import CParser as Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class Parser(Reader, Scanner, _PyParser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _PyParser.__init__(self)
            Composer.__init__(self)


__all__ = [
    "DuplicateKey",
    "FastParser",
    "Parser",
    "Unsupported",
    "compose",
    "construct",
    "implicit_resolvers",
    "key_text",
]

STR = "tag:yaml.org,2002:str"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_YAML_1_2_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")

Resolvers = dict[Any, list[tuple[str, re.Pattern[str]]]]


def _resolution(tag: str, rx: re.Pattern[str], first: str | None) -> re.Pattern[str] | None:
    if tag == "tag:yaml.org,2002:timestamp":
        return None
    if tag == _BOOL:  # as YAML 1.2 and the editor: yes/no/on/off stay strings
        return _YAML_1_2_BOOL if first in tuple("tTfF") else None
    return rx


def implicit_resolvers() -> Resolvers:
    """PyYAML's YAML 1.1 implicit resolvers without timestamps and with YAML 1.2's booleans,
    by first character (``""`` for the empty scalar), as ``Resolver.yaml_implicit_resolvers``."""
    table: Resolvers = {}
    for first, resolvers in Resolver.yaml_implicit_resolvers.items():
        kept = [(tag, _resolution(tag, rx, first)) for tag, rx in resolvers]
        table[first] = [(tag, rx) for tag, rx in kept if rx is not None]
    return table


class Unsupported(Exception):
    """The document needs the reference constructor: a tag, a merge key or a refused value."""


class FastParser(Parser):
    """libyaml's parser and composer with resolution deferred to :func:`construct`: a plain
    untagged scalar gets the tag None, a quoted one ``!!str``; path resolvers are not used."""

    def resolve(self, kind: type[Node], value: str | None, implicit: Any) -> str | None:
        if kind is ScalarNode:
            return None if implicit[0] else STR
        return SEQ if kind is SequenceNode else MAP

    def descend_resolver(self, current_node: Node | None, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    key: str
    line: int
    column: int
    first_line: int
    mapping: MappingNode


def _by_first_character() -> Resolvers:
    table = implicit_resolvers()
    wildcard = table.pop(None, [])
    return {first: found + wildcard for first, found in table.items() if found or wildcard}


_TABLE = _by_first_character()
"""First characters that can start a number, null, boolean or merge key, and what to try."""


def _plain(
    node: ScalarNode, resolvers: list[tuple[str, re.Pattern[str]]], numbers: SafeConstructor
) -> object:
    text = node.value
    for tag, rx in resolvers:
        if rx.match(text):
            if tag == _NULL:
                return None
            if tag == _BOOL:
                return text[0] in "tT"
            if tag == _INT:
                return numbers.construct_yaml_int(node)
            if tag == _FLOAT:
                return numbers.construct_yaml_float(node)
            raise Unsupported(tag)  # `<<` merges and `=`: the reference constructor's
    return text


def construct(root: Node) -> tuple[object, list[DuplicateKey]]:
    """Plain data of a composed document and its duplicate keys (in ``SafeConstructor``'s order).

    Raises :class:`Unsupported` (or PyYAML's own error for a bad number) when the reference
    constructor must read the document.
    """
    table = _TABLE
    numbers = SafeConstructor()  # PyYAML's own int and float conversions
    duplicates: list[DuplicateKey] = []

    def scalar(node: ScalarNode) -> object:
        tag = node.tag
        if tag is None:
            resolvers = table.get(node.value[:1])
            return node.value if resolvers is None else _plain(node, resolvers, numbers)
        if tag == STR:
            return node.value
        raise Unsupported(tag)

    if root.__class__ is ScalarNode:
        return scalar(root), duplicates
    memo: dict[int, Any] = {}
    queue: deque[tuple[Any, Any]] = deque()

    def container(node: Node) -> Any:
        found = memo.get(id(node))
        if found is None:
            kind, tag = node.__class__, node.tag
            if kind is MappingNode and tag == MAP:
                found = {}
            elif kind is SequenceNode and tag == SEQ:
                found = []
            else:
                raise Unsupported(node.tag)
            memo[id(node)] = found
            queue.append((node, found))
        return found

    top = container(root)
    keys: dict[str, Any] = {}  # plain key text → key: the same few names in every item
    while queue:
        node, into = queue.popleft()
        if into.__class__ is list:
            for child in node.value:
                if child.tag is None:  # a plain scalar: most values, inlined
                    text = child.value
                    found = table.get(text[:1])
                    into.append(text if found is None else _plain(child, found, numbers))
                elif child.__class__ is ScalarNode:
                    into.append(scalar(child))
                else:
                    into.append(container(child))
            continue
        for key_node, value_node in node.value:
            if key_node.tag is None:
                key = keys.get(key_node.value)
                if key is None:
                    key = keys[key_node.value] = key_text(scalar(key_node))
            elif key_node.__class__ is ScalarNode:
                key = key_text(scalar(key_node))
            else:
                raise Unsupported("key")
            if value_node.tag is None:
                text = value_node.value
                found = table.get(text[:1])
                into[key] = text if found is None else _plain(value_node, found, numbers)
            elif value_node.__class__ is ScalarNode:
                into[key] = scalar(value_node)
            else:
                into[key] = container(value_node)
        if len(into) < len(node.value):
            duplicates.extend(_duplicates(node, scalar))
    return top, duplicates


def _duplicates(node: MappingNode, scalar: Any) -> list[DuplicateKey]:
    """The repeated keys of a mapping known to have some, each with its first key's line."""
    found = []
    first_seen: dict[str, int] = {}
    for key_node, _ in node.value:
        key = key_text(scalar(key_node))
        mark = key_node.start_mark
        if key in first_seen:
            found.append(DuplicateKey(key, mark.line + 1, mark.column + 1, first_seen[key], node))
        else:
            first_seen[key] = mark.line + 1
    return found


def key_text(key: object) -> str:
    """The text of a key that YAML reads as another type: ``1`` → "1", ``true`` → "true"."""
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


def compose(text: str) -> Node | None:
    """The node tree of a one-document text (for positions); raises PyYAML's errors."""
    parser = FastParser(text)
    try:
        node: Node | None = parser.get_single_node()
        return node
    finally:
        parser.dispose()
