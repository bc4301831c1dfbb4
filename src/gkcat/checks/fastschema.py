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


_MISSING = object()
_LEAF = frozenset(
    {"type", "enum", "const", "minLength", "pattern", "minimum", "maximum", "minItems"}
    | {"uniqueItems", "required"}
)
"""Keywords that test the value itself: a subschema of only these is inlined into its parent."""

_TYPES = {
    "string": "isinstance({v}, str)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "null": "{v} is None",
    "boolean": "isinstance({v}, bool)",
    "integer": "not isinstance({v}, bool) and (isinstance({v}, int) or "
    "(isinstance({v}, float) and {v}.is_integer()))",
    "number": "not isinstance({v}, bool) and isinstance({v}, (int, float))",
}


class Compiler:
    """Compile one root schema into Python functions, one per subschema that has children
    (properties, items, a ``$ref`` target) with the keywords on the value itself inlined.

    The generated text names only the compiler's own functions and constants: every value
    from a schema (property names, vocabularies, patterns, limits) is bound as a constant
    (``_k3``), never written into the code. ``$ref`` to ``#/$defs/…`` calls the target's function
    by name, so recursive references work.
    """

    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root
        self._names: dict[str, Any] = {"_equal": _equal, "_unique": _unique, "_MISSING": _MISSING}
        self._lines: list[str] = []
        self._functions: dict[int, str] = {}
        self._count = 0

    def compile(self, schema: Any) -> Predicate:
        name = self._function(schema)
        namespace = dict(self._names)
        exec(compile("\n".join(self._lines), "<gkcat schema>", "exec"), namespace)
        found: Predicate = namespace[name]
        return found

    def _name(self, prefix: str) -> str:
        self._count += 1
        return f"_{prefix}{self._count}"

    def _const(self, value: object) -> str:
        name = self._name("k")
        self._names[name] = value
        return name

    def _function(self, schema: Any) -> str:
        """The name of the function testing ``schema`` (defined once per subschema)."""
        if id(schema) not in self._functions:
            name = self._functions[id(schema)] = self._name("f")
            body = self._expr(schema, "v")
            self._lines += [f"def {name}(v):", f"    return {body}"]
        return self._functions[id(schema)]

    def _loop(self, over: str, test: str, prefix: str) -> str:
        """A function returning whether ``test`` holds for every ``x`` of ``over``."""
        name = self._name(prefix)
        self._lines += [
            f"def {name}(v):",
            f"    for {over}:",
            f"        if not ({test}):",
            "            return False",
            "    return True",
        ]
        return name

    def _target(self, ref: str) -> Any:
        if not ref.startswith("#/$defs/"):
            raise Unsupported(f"$ref {ref!r}")
        return self._root["$defs"][ref.removeprefix("#/$defs/")]

    def _inline(self, schema: Any, *, follow: bool = True) -> bool:
        if isinstance(schema, bool):
            return True
        if not isinstance(schema, Mapping):
            return False
        keys = {k for k in schema if k not in _ANNOTATIONS}
        if "$ref" in keys and follow:
            keys.discard("$ref")
            if not self._inline(self._target(schema["$ref"]), follow=False):
                return False
        return keys <= _LEAF

    def _child(self, schema: Any, var: str) -> str:
        """An expression testing ``var`` against ``schema``: inline, or a call of its function."""
        if self._inline(schema):
            return self._expr(schema, var)
        return f"{self._function(schema)}({var})"

    def _expr(self, schema: Any, var: str) -> str:
        if schema is True:
            return "True"
        if schema is False:
            return "False"
        if not isinstance(schema, Mapping):
            raise Unsupported(f"schema {schema!r}")
        found = (
            self._keyword(k, a, schema, var) for k, a in schema.items() if k not in _ANNOTATIONS
        )
        return " and ".join(f"({part})" for part in found if part is not None) or "True"

    def _keyword(self, key: str, arg: Any, schema: Mapping[str, Any], v: str) -> str | None:
        if key == "$ref":
            return self._child(self._target(arg), v)
        if key == "type":
            names = arg if isinstance(arg, list) else [arg]
            for name in names:
                _is_type(name, None)  # reject unknown type names now
            return " or ".join(f"({_TYPES[name].format(v=v)})" for name in names) or "False"
        if key == "enum":
            if all(isinstance(option, str) for option in arg):
                return f"isinstance({v}, str) and {v} in {self._const(frozenset(arg))}"
            return f"any(_equal({v}, o) for o in {self._const(list(arg))})"
        if key == "const":
            if isinstance(arg, str):  # no other JSON value equals a string
                return f"{v} == {self._const(arg)}"
            return f"_equal({v}, {self._const(arg)})"
        if key in ("then", "else"):
            return None  # handled with "if"
        return self._structural(key, arg, schema, v)

    def _structural(self, key: str, arg: Any, schema: Mapping[str, Any], v: str) -> str | None:
        if key == "if":
            then = self._child(schema.get("then", True), v)
            other = self._child(schema.get("else", True), v)
            return f"({then}) if ({self._child(arg, v)}) else ({other})"
        if key == "anyOf":
            return " or ".join(f"({self._child(sub, v)})" for sub in arg) or "False"
        if key == "required":
            return f"not isinstance({v}, dict) or {self._const(frozenset(arg))} <= {v}.keys()"
        if key == "properties":
            tests = []
            for name, sub in arg.items():
                x = self._name("x")
                tests.append(
                    f"(({x} := {v}.get({self._const(name)}, _MISSING)) is _MISSING"
                    f" or ({self._child(sub, x)}))"
                )
            return f"not isinstance({v}, dict) or ({' and '.join(tests) or 'True'})"
        if key == "additionalProperties":
            if schema.get("patternProperties"):
                raise Unsupported("additionalProperties with patternProperties")
            known = self._const(frozenset(schema.get("properties", ())))
            if arg is False:
                return f"not isinstance({v}, dict) or {known}.issuperset({v})"
            test = f"k in {known} or ({self._child(arg, 'x')})"
            return f"not isinstance({v}, dict) or {self._loop('k, x in v.items()', test, 'a')}({v})"
        if key == "propertyNames":
            loop = self._loop("x in v", self._child(arg, "x"), "n")
            return f"not isinstance({v}, dict) or {loop}({v})"
        if key == "items":
            loop = self._loop("x in v", self._child(arg, "x"), "i")
            return f"not isinstance({v}, list) or {loop}({v})"
        return self._scalar(key, arg, v)

    def _scalar(self, key: str, arg: Any, v: str) -> str | None:
        if key == "minItems":
            return f"not isinstance({v}, list) or len({v}) >= {self._const(arg)}"
        if key == "uniqueItems":
            return f"not isinstance({v}, list) or _unique({v})" if arg else None
        if key == "minLength":
            return f"not isinstance({v}, str) or len({v}) >= {self._const(arg)}"
        if key == "pattern":
            search = self._const(re.compile(arg).search)
            return f"not isinstance({v}, str) or {search}({v}) is not None"
        if key in ("minimum", "maximum"):
            compare = ">=" if key == "minimum" else "<="
            return (
                f"not isinstance({v}, (int, float)) or isinstance({v}, bool)"
                f" or {v} {compare} {self._const(arg)}"
            )
        raise Unsupported(f"keyword {key!r}")


def compile_schema(schema: Mapping[str, Any]) -> Predicate | None:
    """A predicate equal to jsonschema's ``is_valid`` for ``schema``; None if unsupported."""
    try:
        return Compiler(schema).compile(schema)
    except Unsupported:
        return None
