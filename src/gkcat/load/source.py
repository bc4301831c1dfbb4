"""Text → plain data with reading diagnostics (GK101–GK108); see :mod:`positions` for places."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.load.construct import (
    DuplicateKey,
    FastParser,
    Parser,
    Unsupported,
    construct,
    implicit_resolvers,
    key_text,
)
from gkcat.load.encoding import decode as decode
from gkcat.load.encoding import read_text as read_text
from gkcat.pointers import escape


class _Resolver(Resolver):
    """YAML 1.1 resolution without timestamps (``effective: 2024-03-01`` stays a string) and
    with YAML 1.2's booleans (``note: yes`` is the string 「yes」, as in the editor)."""

    yaml_implicit_resolvers = implicit_resolvers()  # the class attribute PyYAML reads


TYPE_NAMES = {
    "string": ("文本", "a string"),
    "array": ("列表", "a list"),
    "object": ("映射（键: 值）", "a mapping"),
    "integer": ("整数", "an integer"),
    "number": ("数字", "a number"),
    "boolean": ("布尔值", "a boolean"),
    "null": ("空值", "null"),
}


def type_name(value: object) -> tuple[str, str]:
    """The (zh, en) name of a plain-data value's type, for messages."""
    if value is None:
        key = "null"
    elif isinstance(value, bool):
        key = "boolean"
    elif isinstance(value, int):
        key = "integer"
    elif isinstance(value, float):
        key = "number"
    elif isinstance(value, str):
        key = "string"
    elif isinstance(value, list):
        key = "array"
    elif isinstance(value, dict):
        key = "object"
    else:
        return next(
            (names for kind, names in _TAGGED if isinstance(value, kind)),
            ("其他类型", "another type"),
        )
    return TYPE_NAMES[key]


_TAGGED: tuple[tuple[type, tuple[str, str]], ...] = (
    (set, ("集合（!!set）", "a set (!!set)")),
    (bytes, ("二进制数据（!!binary）", "binary data (!!binary)")),
    (datetime, ("日期时间（!!timestamp）", "a timestamp (!!timestamp)")),
    (date, ("日期（!!timestamp）", "a date (!!timestamp)")),
)
"""Types only an explicit YAML tag produces: named for people, never by Python's names."""


class _Constructor(SafeConstructor):
    """SafeConstructor that records duplicate keys instead of silently keeping the last one."""

    def __init__(self) -> None:
        super().__init__()
        self.duplicates: list[DuplicateKey] = []

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        explicit = sum(1 for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge")
        self.flatten_mapping(node)
        merged = len(node.value) - explicit  # keys from `<<: *base` may be overridden
        mapping: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for position, (key_node, value_node) in enumerate(node.value):
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(
                    None, None, "found a mapping key that is not text", key_node.start_mark
                )
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                key = key_text(key)
            if position >= merged:
                if key in first_seen:
                    mark = key_node.start_mark
                    self.duplicates.append(
                        DuplicateKey(key, mark.line + 1, mark.column + 1, first_seen[key], node)
                    )
                else:
                    first_seen[key] = key_node.start_mark.line + 1
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _paths_to(root: Node, targets: Iterable[Node]) -> dict[int, str]:
    """The JSON pointers of ``targets`` under ``root`` (by node id), in one walk of the tree:
    only walked when a duplicate key is found, and linear however many there are."""
    wanted = {id(t) for t in targets}
    found: dict[int, str] = {}
    stack: list[tuple[Node, str]] = [(root, "")]
    seen: set[int] = set()
    while stack and len(found) < len(wanted):
        node, pointer = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if id(node) in wanted:
            found[id(node)] = pointer
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                stack.append((value_node, f"{pointer}/{escape(key_node.value)}"))
        elif isinstance(node, SequenceNode):
            stack.extend((child, f"{pointer}/{i}") for i, child in enumerate(node.value))
    return found


class _Loader(Parser, _Constructor, _Resolver):
    """The reference loader: PyYAML's resolver and constructor, for documents the fast path
    leaves to it (explicit tags, merge keys, values PyYAML refuses)."""

    def __init__(self, stream: str) -> None:
        Parser.__init__(self, stream)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


@dataclass(frozen=True, slots=True)
class Parsed:
    """The result of reading one file: plain data (None on failure) and reading diagnostics."""

    file: str
    text: str
    data: object
    diagnostics: tuple[Diagnostic, ...]

    @property
    def ok(self) -> bool:
        return self.data is not None


def parse(text: str, file: str, *, max_alias_nodes: int) -> Parsed:
    """Parse YAML text into plain data; every problem is a diagnostic, never an exception.

    The fast constructor (:mod:`construct`) reads the document; one it leaves to PyYAML's
    constructor (a tag, a merge key, a value PyYAML refuses) is read again by the reference loader.
    """
    return _parse(text, file, max_alias_nodes, fast=True) or parse_reference(
        text, file, max_alias_nodes=max_alias_nodes
    )


def parse_reference(text: str, file: str, *, max_alias_nodes: int) -> Parsed:
    """:func:`parse` with PyYAML's resolver and ``SafeConstructor`` for every document."""
    parsed = _parse(text, file, max_alias_nodes, fast=False)
    assert parsed is not None  # only the fast constructor hands a document on
    return parsed


def _parse(text: str, file: str, max_alias_nodes: int, *, fast: bool) -> Parsed | None:
    loader = FastParser(text) if fast else _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Parsed(file, text, None, (diagnostic("GK105", file=file, line=1, column=1),))
        if "*" in text and _expanded_size(node, max_alias_nodes) > max_alias_nodes:
            mark = node.start_mark
            return Parsed(
                file,
                text,
                None,
                (
                    diagnostic(
                        "GK106",
                        file=file,
                        line=mark.line + 1,
                        column=mark.column + 1,
                        limit=max_alias_nodes,
                    ),
                ),
            )
        if isinstance(loader, _Loader):
            data, found = loader.construct_document(node), loader.duplicates
        else:
            try:
                data, found = construct(node)
            except (Unsupported, yaml.YAMLError, RecursionError, TypeError, ValueError):
                return None  # the reference loader reads it, and says what is wrong
        if data is None:  # `~`, `null` or a bare tag: a document with nothing in it
            mark = node.start_mark
            return Parsed(
                file,
                text,
                None,
                (diagnostic("GK105", file=file, line=mark.line + 1, column=mark.column + 1),),
            )
    except yaml.MarkedYAMLError as exc:
        return Parsed(file, text, None, (_syntax_diagnostic(exc, text, file),))
    except (
        yaml.YAMLError,
        RecursionError,
        TypeError,
        ValueError,
        LookupError,
        AttributeError,
    ) as exc:
        # TypeError: an unhashable key such as `? [a, b]`; RecursionError: absurd nesting;
        # LookupError and AttributeError: SafeConstructor on a mistagged value (`!!bool 1`).
        return Parsed(
            file,
            text,
            None,
            (diagnostic("GK101", file=file, line=1, column=1, problem=_first_line(exc)),),
        )
    finally:
        loader.dispose()
    return Parsed(file, text, data, _duplicate_diagnostics(node, found, file))


def _duplicate_diagnostics(
    root: Node, found: Sequence[DuplicateKey], file: str
) -> tuple[Diagnostic, ...]:
    paths = _paths_to(root, (d.mapping for d in found)) if found else {}
    return tuple(
        diagnostic(
            "GK102",
            file=file,
            line=d.line,
            column=d.column,
            pointer=f"{paths.get(id(d.mapping), '')}/{escape(d.key)}",
            key=d.key,
            first_line=d.first_line,
        )
        for d in found
    )


def _syntax_diagnostic(exc: yaml.MarkedYAMLError, text: str, file: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    tab_line = _first_tab_indent(text, line)
    if tab_line:
        return diagnostic("GK104", file=file, line=tab_line, column=1)
    problem = " ".join(p for p in (exc.context, exc.problem) if p) or _first_line(exc)
    return diagnostic(
        "GK101",
        file=file,
        line=line,
        column=column,
        args={"problem@zh": _problem_zh(problem), "problem@en": problem},
    )


# PyYAML's most frequent complaints, said the way a disclosure office reads them.
_PROBLEMS_ZH: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed here",
        "此处不能出现“键: 值”（冒号后是否缺少空格，或缩进有误？）",
    ),
    ("could not find expected ':'", "找不到应有的冒号「:」"),
    ("while parsing a flow sequence", "方括号列表 [...] 缺少「,」或「]」"),
    ("while parsing a flow mapping", "花括号映射 {...} 缺少「,」或「}」"),
    ("while scanning a quoted scalar", "引号没有闭合"),
    ("while parsing a block mapping", "缩进不一致：映射中出现了对不齐的内容"),
    ("while parsing a block collection", "缩进不一致：列表中出现了对不齐的内容"),
    ("found undefined alias", "使用了未定义的别名（*名称）"),
    ("expected a single document", "一个文件只能有一个 YAML 文档（请删除多余的 ---）"),
    ("found unknown escape character", "双引号字符串中有无法识别的转义字符（\\）"),
    (
        "found character that cannot start any token",
        "出现了不能作为开头的字符（如 @ 或 `，请加引号）",
    ),
    ("while scanning an alias", "别名（*名称）写法有误"),
    ("while scanning an anchor", "锚点（&名称）写法有误"),
    ("while scanning a simple key", "找不到应有的冒号「:」"),
    ("mapping key that is not text", "映射的键必须是文本，不能是列表或映射"),
)


def _problem_zh(problem: str) -> str:
    for english, chinese in _PROBLEMS_ZH:
        if english in problem:
            return f"{chinese}（{problem}）"
    return problem


def _first_tab_indent(text: str, near: int) -> int | None:
    """A tab in the indentation on or just before the failing line explains most scanner errors."""
    lines = text.splitlines()
    for number in range(min(near, len(lines)), max(0, near - 3), -1):
        indent = lines[number - 1][: len(lines[number - 1]) - len(lines[number - 1].lstrip())]
        if "\t" in indent:
            return number
    return None


def _expanded_size(root: Node, limit: int) -> int:
    """Count nodes as if every alias were expanded; stops counting past ``limit``.

    Shared nodes are memoised, so this is linear in the distinct nodes even for a billion-laughs
    document; a node that contains itself counts as over the limit.
    """
    memo: dict[int, int] = {}

    def size(node: Node) -> int:
        key = id(node)
        if key in memo:
            return memo[key]
        memo[key] = limit + 1  # in progress: a cycle is "too large"
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += size(child)
                if total > limit:
                    break
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                total += size(key_node) + size(value_node)
                if total > limit:
                    break
        elif not isinstance(node, ScalarNode):  # pragma: no cover - PyYAML has no other node
            total = limit + 1
        memo[key] = min(total, limit + 1)
        return memo[key]

    return size(root)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
