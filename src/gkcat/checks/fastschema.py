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
        "$defs",
        "definitions",
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
        checks = [c for c in found if c is not None]
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    def _ref(self, ref: str) -> Predicate:
        if not ref.startswith("#/$defs/"):
            raise Unsupported(f"$ref {ref!r}")
        if ref not in self._refs:
            self._refs[ref] = lambda value: compiled(value)  # placeholder while compiling
            compiled = self.compile(self._root["$defs"][ref.removeprefix("#/$defs/")])
            self._refs[ref] = compiled
        return lambda value: self._refs[ref](value)

    def _keyword(self, key: str, arg: Any, schema: Mapping[str, Any]) -> Predicate | None:
        if key == "$ref":
            return self._ref(arg)
        if key == "type":
            names = arg if isinstance(arg, list) else [arg]
            for name in names:
                _is_type(name, None)  # reject unknown type names now
            return lambda value: any(_is_type(n, value) for n in names)
        if key == "enum":
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
        if key == "required":
            return lambda v: not isinstance(v, dict) or all(name in v for name in arg)
        if key == "properties":
            props = {name: self.compile(sub) for name, sub in arg.items()}
            return lambda v: (
                not isinstance(v, dict) or all(props[k](x) for k, x in v.items() if k in props)
            )
        if key == "additionalProperties":
            if schema.get("patternProperties"):
                raise Unsupported("additionalProperties with patternProperties")
            known = frozenset(schema.get("properties", ()))
            extra = self.compile(arg)
            return lambda v: (
                not isinstance(v, dict) or all(extra(x) for k, x in v.items() if k not in known)
            )
        if key == "propertyNames":
            names = self.compile(arg)
            return lambda v: not isinstance(v, dict) or all(names(k) for k in v)
        if key == "items":
            each = self.compile(arg)
            return lambda v: not isinstance(v, list) or all(each(x) for x in v)
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


def compile_schema(schema: Mapping[str, Any]) -> Predicate | None:
    """A predicate equal to jsonschema's ``is_valid`` for ``schema``; None if unsupported."""
    try:
        return Compiler(schema).compile(schema)
    except Unsupported:
        return None
