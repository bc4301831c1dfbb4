"""The compiled predicate must agree with jsonschema on every document, valid or not."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from gkcat.checks.fastschema import Compiler, Unsupported, compile_schema
from gkcat.load.project import load_schemas

ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = load_schemas()
SAMPLES = {
    "catalog": ROOT / "catalogs/social-assistance/county.yaml",
    "power-list": ROOT / "powers/civil-affairs.yaml",
    "task-plan": ROOT / "tasks/2024.yaml",
    "config": ROOT / "gkcat.yaml",
}
VALIDATORS = {name: Draft202012Validator(schema) for name, schema in SCHEMAS.items()}
PREDICATES = {name: compile_schema(schema) for name, schema in SCHEMAS.items()}
DOCS = {name: yaml.safe_load(path.read_text(encoding="utf-8")) for name, path in SAMPLES.items()}
ODD_VALUES = st.sampled_from(
    [
        None,
        True,
        1,
        1.0,
        2.5,
        "",
        " ",
        "政府网站",
        "主动",
        "县级",
        "x",
        [],
        ["主动", "主动"],
        ["政府网站"],
        {},
        {"a": 1},
        -1,
        2024,
    ]
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


def _mutate(doc: Any, path: tuple[Any, ...], action: str, new: Any) -> Any:
    doc = copy.deepcopy(doc)
    if not path:
        return new
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        parent[last]["extra_field"] = new
    else:
        parent[last] = new
    return doc


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_schema_compiles(name: str) -> None:
    assert compile_schema(SCHEMAS[name]) is not None


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_no_shipped_schema_falls_back_to_jsonschema(name: str) -> None:
    """Compiling directly raises :class:`Unsupported` naming the keyword, where
    :func:`compile_schema` would quietly return None and make every document slow."""
    Compiler(SCHEMAS[name]).compile(SCHEMAS[name])


def test_any_of_and_editor_annotations() -> None:
    schema = {
        "markdownDescription": "**公开方式**",
        "errorMessage": "应为 主动 或 依申请",
        "anyOf": [
            {"enum": ["主动", "依申请"]},
            {"type": "array", "minItems": 1, "items": {"enum": ["主动", "依申请"]}},
        ],
    }
    fast = Compiler(schema).compile(schema)
    for value in ["主动", ["主动", "依申请"], "x", [], ["x"], 1, None]:
        assert fast(value) == Draft202012Validator(schema).is_valid(value), value


def test_unknown_keyword_is_refused_by_name() -> None:
    with pytest.raises(Unsupported, match="oneOf"):
        Compiler({}).compile({"oneOf": [{"type": "string"}]})


@pytest.mark.parametrize("name", sorted(SAMPLES))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_predicate_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    fast = PREDICATES[name]
    assert fast is not None
    doc = _stringify_dates(DOCS[name])  # dates stay strings, as gkcat reads them
    for _ in range(data.draw(st.integers(0, 3))):
        path = data.draw(st.sampled_from(_paths(doc)))
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and not path:
            continue
        doc = _mutate(doc, path, action, data.draw(ODD_VALUES))
    assert fast(doc) == VALIDATORS[name].is_valid(doc)


def _stringify_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stringify_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_dates(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


def test_schema_values_are_constants_never_code() -> None:
    """Property names, vocabularies and patterns from a project's gkcat.yaml reach the compiler:
    they are bound as constants, so text that looks like Python stays text."""
    hostile = '"), __import__("os").system("exit 1"), ("'
    schema = {
        "type": "object",
        "required": [hostile],
        "properties": {hostile: {"enum": [hostile, "主动"]}, "n": {"minimum": 1, "maximum": 3}},
        "additionalProperties": False,
    }
    fast = Compiler(schema).compile(schema)
    validator = Draft202012Validator(schema)
    for value in [{hostile: hostile}, {hostile: "主动", "n": 2}, {hostile: "x"}, {"n": 5}, {}]:
        assert fast(value) == validator.is_valid(value), value
