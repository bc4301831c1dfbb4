"""A yes/no validator compiled from the JSON Schema subset gkcat's schemas use.

jsonschema walks the schema for every value it checks, which makes it several times slower than
parsing the YAML. Nearly every document in a real project is valid, so validation first asks this
compiled predicate and runs jsonschema (for its detailed errors) only on documents it rejects.
The compiler refuses keywords it does not implement (:class:`Unsupported`), so a schema outside
the subset simply falls back to jsonschema for every document; a property test keeps the two in
agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Predicate = Callable[[Any], bool]

_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "title",
        "description",
        "examples",
        "default",
        "$comment",
        "x-pattern-hint",
        "$defs",
        "definitions",
        "deprecated",
        "readOnly",
        "writeOnly",
        # editor annotations (VS Code / yaml-language-server); validators ignore them
        "errorMessage",
        "patternErrorMessage",
        "markdownDescription",
        "markdownEnumDescriptions",
        "enumDescriptions",
        "defaultSnippets",
    }
)


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not implement."""


def _is_type(name: str, value: Any) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    raise Unsupported(f"type {name!r}")


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: true and 1 differ, as they do for jsonschema."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    return bool(a == b)


def _unique(items: list[Any]) -> bool:
    if all(isinstance(i, str) for i in items):
        return len(set(items)) == len(items)
    return all(not _equal(a, b) for i, a in enumerate(items) for b in items[i + 1 :])


class Compiler:
    """Compile one root schema; ``$ref`` to ``#/$defs/…`` is bound lazily (recursion-safe)."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root
        self._refs: dict[str, Predicate] = {}

    def compile(self, schema: Any) -> Predicate:
        if schema is True:
            return lambda _: True
        if schema is False:
            return lambda _: False
        if not isinstance(schema, Mapping):
            raise Unsupported(f"schema {schema!r}")
        found = (self._keyword(k, v, schema) for k, v in schema.items() if k not in _ANNOTATIONS)
        return _all_of([c for c in found if c is not None])

    def _ref(self, ref: str) -> Predicate:
        if not ref.startswith("#/$defs/"):
            raise Unsupported(f"$ref {ref!r}")
        if ref not in self._refs:
            cell: list[Predicate] = []  # filled after compiling, so recursive refs work
            self._refs[ref] = lambda value: cell[0](value)
            cell.append(self.compile(self._root["$defs"][ref.removeprefix("#/$defs/")]))
            self._refs[ref] = cell[0]
        return self._refs[ref]

    def _keyword(self, key: str, arg: Any, schema: Mapping[str, Any]) -> Predicate | None:
        if key == "$ref":
            return self._ref(arg)
        if key == "type":
            names = arg if isinstance(arg, list) else [arg]
            for name in names:
                _is_type(name, None)  # reject unknown type names now
            if names == ["string"]:
                return lambda value: isinstance(value, str)
            return lambda value: any(_is_type(n, value) for n in names)
        if key == "enum":
            if all(isinstance(option, str) for option in arg):
                options = frozenset(arg)  # the common case: a vocabulary of strings
                return lambda value: isinstance(value, str) and value in options
            return lambda value: any(_equal(value, option) for option in arg)
        if key == "const":
            return lambda value: _equal(value, arg)
        if key in ("then", "else"):
            return None  # handled with "if"
        return self._structural(key, arg, schema)

    def _structural(self, key: str, arg: Any, schema: Mapping[str, Any]) -> Predicate | None:
        if key == "if":
            test = self.compile(arg)
            then = self.compile(schema.get("then", True))
            other = self.compile(schema.get("else", True))
            return lambda value: then(value) if test(value) else other(value)
        if key == "anyOf":
            branches = [self.compile(sub) for sub in arg]
            return lambda value: any(branch(value) for branch in branches)
        if key == "required":
            return lambda v: not isinstance(v, dict) or all(name in v for name in arg)
        if key == "properties":
            return _properties({name: self.compile(sub) for name, sub in arg.items()})
        if key == "additionalProperties":
            if schema.get("patternProperties"):
                raise Unsupported("additionalProperties with patternProperties")
            known = frozenset(schema.get("properties", ()))
            if arg is False:
                return lambda v: not isinstance(v, dict) or known.issuperset(v)
            extra = self.compile(arg)
            return lambda v: (
                not isinstance(v, dict) or all(extra(x) for k, x in v.items() if k not in known)
            )
        if key == "propertyNames":
            names = self.compile(arg)
            return lambda v: not isinstance(v, dict) or all(names(k) for k in v)
        if key == "items":
            return _items(self.compile(arg))
        return self._scalar(key, arg)

    @staticmethod
    def _scalar(key: str, arg: Any) -> Predicate:
        if key == "minItems":
            return lambda v: not isinstance(v, list) or len(v) >= arg
        if key == "uniqueItems":
            return (lambda v: not isinstance(v, list) or _unique(v)) if arg else (lambda v: True)
        if key == "minLength":
            return lambda v: not isinstance(v, str) or len(v) >= arg
        if key == "pattern":
            search = re.compile(arg).search
            return lambda v: not isinstance(v, str) or search(v) is not None
        if key in ("minimum", "maximum"):
            numeric = (int, float)
            if key == "minimum":
                return lambda v: not isinstance(v, numeric) or isinstance(v, bool) or v >= arg
            return lambda v: not isinstance(v, numeric) or isinstance(v, bool) or v <= arg
        raise Unsupported(f"keyword {key!r}")


def _all_of(checks: list[Predicate]) -> Predicate:
    if len(checks) == 1:
        return checks[0]

    def every(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 - a plain loop is faster on this hot path
            if not check(value):
                return False
        return True

    return every


def _properties(props: dict[str, Predicate]) -> Predicate:
    def properties(value: Any) -> bool:
        if isinstance(value, dict):
            for key, child in value.items():
                check = props.get(key)
                if check is not None and not check(child):
                    return False
        return True

    return properties


def _items(each: Predicate) -> Predicate:
    def items(value: Any) -> bool:
        if isinstance(value, list):
            for child in value:
                if not each(child):
                    return False
        return True

    return items


def compile_schema(schema: Mapping[str, Any]) -> Predicate | None:
    """A predicate equal to jsonschema's ``is_valid`` for ``schema``; None if unsupported."""
    try:
        return Compiler(schema).compile(schema)
    except Unsupported:
        return None
