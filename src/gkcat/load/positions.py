"""JSON pointer → (line, column) in a YAML text, composed again only for files with diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from gkcat.load.construct import compose
from gkcat.pointers import split


@dataclass
class Locator:
    """Finds where a pointer lands in one file's text; falls back to the nearest ancestor."""

    text: str
    _root: Node | None = field(default=None, init=False)
    _composed: bool = field(default=False, init=False)

    def _node(self) -> Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = compose(self.text)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def locate(self, pointer: str, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``pointer``, or of its key with ``key=True``."""
        node = self._target(pointer, key=key)
        if node is None:
            return (1, 1)
        mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def end(self, pointer: str, *, key: bool = False) -> tuple[int, int] | None:
        """1-based (line, column) just past the scalar at ``pointer`` (exclusive, as SARIF's
        ``endColumn``), or None when the place is a mapping or list, or is not found exactly."""
        node = self._target(pointer, key=key, exact=True)
        if not isinstance(node, ScalarNode):
            return None
        mark = node.end_mark
        return (mark.line + 1, mark.column + 1)

    def _target(self, pointer: str, *, key: bool, exact: bool = False) -> Node | None:
        node = self._node()
        if node is None:
            return None
        target = node
        try:
            tokens = split(pointer)
        except ValueError:
            tokens = []
        for i, token in enumerate(tokens):
            last = i == len(tokens) - 1
            child = _child(target, token, want_key=key and last)
            if child is None:
                return None if exact else target
            target = child
        return target


def _child(node: Node, token: str, *, want_key: bool) -> Node | None:
    if isinstance(node, MappingNode):
        # The last occurrence wins, as it does when the mapping is constructed.
        for key_node, value_node in reversed(node.value):
            if str(key_node.value) == token:
                found: Node = key_node if want_key else value_node
                return found
    elif isinstance(node, SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            child: Node = node.value[index]
            return child
    return None
