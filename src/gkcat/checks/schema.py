"""JSON Schema validation → GK2xx diagnostics (missing elements, types, vocabularies, empties)."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gkcat import vocab
from gkcat.checks.fastschema import Predicate, compile_schema
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.load.source import TYPE_NAMES, type_name
from gkcat.pointers import join

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

EMITS = frozenset({"GK201", "GK202", "GK203", "GK204", "GK205", "GK206", "GK315"})
"""The rule codes this module emits (a test keeps the list exact)."""


@dataclass(frozen=True, slots=True)
class Issue:
    """A schema finding before it is tied to a file: the pointer says where, ``key`` if at a key."""

    diagnostic: Diagnostic
    key: bool = False


class SchemaChecker:
    """Compiled validators, one per schema, reused for every document of a run.

    jsonschema is imported, and its validator built, only when a document fails the compiled
    predicate: a clean project never loads it, which keeps ``gkcat validate`` quick to start.
    """

    def __init__(self, schemas: Mapping[str, dict[str, Any]], *, channels: Sequence[str]) -> None:
        self._schemas: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._titles: dict[str, dict[str, str]] = {}
        self._fast: dict[str, Predicate | None] = {}
        for name, schema in schemas.items():
            effective = copy.deepcopy(schema)
            channel = effective.get("$defs", {}).get("channel")
            if channel is not None:  # regions extend the channel vocabulary in gkcat.yaml
                channel["enum"] = list(channels)
            self._schemas[name] = effective
            self._fast[name] = compile_schema(effective)
            self._titles[name] = dict(_iter_titles(effective))

    def passes(self, name: str, data: object) -> bool:
        """True when ``data`` is valid (the compiled predicate alone; None when unsupported)."""
        fast = self._fast[name]
        return fast is not None and fast(data)

    def check(self, name: str, data: object) -> list[Issue]:
        fast = self._fast[name]
        if fast is not None and fast(data):
            return []  # the common case: a valid document never reaches jsonschema
        validator = self._validators.get(name)
        if validator is None:
            from jsonschema import Draft202012Validator

            validator = self._validators[name] = Draft202012Validator(self._schemas[name])
        issues: list[Issue] = []
        titles = self._titles[name]
        for error in validator.iter_errors(data):
            issues.extend(_issues(error, titles))
        return issues


def _iter_titles(schema: object) -> Iterator[tuple[str, str]]:
    """(property name, Chinese title) for every property the schema defines, depth first."""
    if isinstance(schema, Mapping):
        for name, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, Mapping) and "title" in sub:
                yield name, str(sub["title"])
        for value in schema.values():
            yield from _iter_titles(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _iter_titles(value)


def _issues(error: ValidationError, titles: Mapping[str, str]) -> Iterator[Issue]:
    if error.validator == "anyOf":
        for sub in _branch_errors(error):
            yield from _issues(sub, titles)
        return
    required: Any = error.validator_value
    path = list(error.absolute_path)
    pointer = join(path)
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    validator = error.validator
    if validator == "required":
        properties = schema.get("properties", {})
        for name in required:
            if isinstance(error.instance, Mapping) and name not in error.instance:
                title = properties.get(name, {}).get("title", name)
                yield Issue(
                    diagnostic(
                        "GK201",
                        pointer=pointer,
                        key=name,
                        args={"title@zh": title, "title@en": name},
                    )
                )
    elif validator == "additionalProperties":
        known = list(schema.get("properties", {}))
        for name in _extras(error.instance, known):
            hint = vocab.suggest(name, known)
            yield Issue(
                diagnostic("GK205", pointer=join([*path, name]), key=name, args=suggestion(hint)),
                key=True,
            )
    else:
        key = _english(path)
        title = {"title@zh": titles.get(key) or str(schema.get("title", key)), "title@en": key}
        yield Issue(_value_diagnostic(error, pointer, title))


def _branch_errors(error: ValidationError) -> list[ValidationError]:
    """The errors of the ``anyOf`` branch meant for the value's form (one value, or a list).

    A value of neither form yields nothing: the ``type`` beside the ``anyOf`` reports it.
    """
    from jsonschema import Draft202012Validator

    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if "type" in schema and not Draft202012Validator({"type": schema["type"]}).is_valid(
        error.instance
    ):
        return []
    by_branch: dict[int, list[ValidationError]] = {}
    for sub in error.context or ():
        by_branch.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    is_list = isinstance(error.instance, list)
    branches: Any = error.validator_value
    for index, branch in enumerate(branches):
        declared = branch.get("type") if isinstance(branch, Mapping) else None
        if (declared == "array") == is_list:
            return by_branch.get(index, [])
    return []


def _value_diagnostic(error: ValidationError, pointer: str, title: dict[str, str]) -> Diagnostic:
    value = error.instance
    validator = error.validator
    expected: Any = error.validator_value
    if validator == "type":
        names = [
            TYPE_NAMES.get(t, (t, t))
            for t in (expected if isinstance(expected, list) else [expected])
        ]
        actual = type_name(value)
        return diagnostic(
            "GK202",
            pointer=pointer,
            args={
                **title,
                "expected@zh": "或".join(n[0] for n in names),
                "expected@en": " or ".join(n[1] for n in names),
                "actual@zh": actual[0],
                "actual@en": actual[1],
            },
        )
    if validator in ("enum", "const"):
        allowed = expected if validator == "enum" else [expected]
        hint = (
            vocab.safe_suggest(str(value), [str(a) for a in allowed])
            if isinstance(value, str)
            else ""
        )
        if title.get("title@en") == "channels" and isinstance(value, str):
            entry = f"channels: [{value}]"
            return diagnostic(
                "GK315", pointer=pointer, value=value, entry=entry, args=suggestion(hint)
            )
        choices = "、".join(str(a) for a in allowed)
        return diagnostic(
            "GK203",
            pointer=pointer,
            value=_short(value),
            args={**title, **suggestion(hint, choices)},
        )
    if validator in ("minLength", "minItems") or (validator == "pattern" and expected == "\\S"):
        return diagnostic("GK204", pointer=pointer, args=title)
    detail = _detail(error)
    return diagnostic(
        "GK206", pointer=pointer, args={**title, "detail@zh": detail[0], "detail@en": detail[1]}
    )


def _detail(error: ValidationError) -> tuple[str, str]:
    v, expected = error.validator, error.validator_value
    if v == "pattern":
        hint = error.schema.get("x-pattern-hint") if isinstance(error.schema, dict) else None
        if isinstance(hint, dict):  # a readable wording for a pattern nobody should have to read
            return (str(hint["zh"]), str(hint["en"]))
        return (f"应匹配 {expected}", f"must match {expected}")
    if v == "uniqueItems":
        return ("列表中有重复的值", "the list repeats a value")
    if v in ("minimum", "maximum"):
        word = ("不小于", "at least") if v == "minimum" else ("不大于", "at most")
        return (f"应{word[0]} {expected}", f"must be {word[1]} {expected}")
    return (error.message, error.message)


def _extras(instance: object, known: list[str]) -> list[str]:
    if not isinstance(instance, Mapping):
        return []
    return [k for k in instance if k not in known]


def _english(path: list[str | int]) -> str:
    for token in reversed(path):
        if isinstance(token, str):
            return token
    return "document"


def _short(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
