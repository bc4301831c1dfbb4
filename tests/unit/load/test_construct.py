"""The fast constructor reads every document exactly as PyYAML's constructor (the reference)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gkcat.load.source import Parsed, parse, parse_reference

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 1000

SCALARS = [
    *("1", "-1", "+7", "0", "017", "0o17", "0x1F", "0b101", "0b_", "1_000", "1:30", "-1:30:15"),
    *("1.5", ".5", "1.", "1e3", "1.0e+3", "6.8523015e+5", "-.Inf", ".inf", ".NaN", "+.5", "1__0.0"),
    *("~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "FALSE"),
    *("yes", "No", "ON", "off", "y", "n", "2024-03-01", "2024-03-01 10:00:00", "2024-3-1"),
    *("<<", "=", "-", "+", ".", "..", "a b", "主动", "《办法》第五条", "tab", "nul", "f"),
    *("99999999999999999999999", "0x", "1e", "e3", "_1", "1_", "12:60", "190:20:30"),
]
KEYS = [*("a", "b", "id", "1", "true", "null", "~", "yes", "0x1F", "1.5", "公开主体") * 4]
KEYS += ["<<", "="]
ANCHORED = ["&x 1", "*x", "&y {a: 1, b: 2}", "*y", "&z [[a], b]", "*z"]
TAGS = ["", "! ", "!!str "] * 8 + ["!!int ", "!!float ", "!foo ", "!!bool ", "!!null "]


def typed(value: object) -> object:
    """A value with every type spelt out, so 1, 1.0 and True do not compare equal."""
    if isinstance(value, dict):
        return ("map", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [typed(v) for v in value])
    if isinstance(value, float) and value != value:
        return ("float", "nan")
    return (type(value).__name__, repr(value))


def same(text: str) -> Parsed:
    fast = parse(text, "x.yaml", max_alias_nodes=LIMIT)
    reference = parse_reference(text, "x.yaml", max_alias_nodes=LIMIT)
    assert typed(fast.data) == typed(reference.data), text
    assert fast.diagnostics == reference.diagnostics, text
    return fast


def scalar(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SCALARS))
    style = draw(st.sampled_from(["plain", "plain", "plain", "single", "double"]))
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text + '"'
    return draw(st.sampled_from(TAGS)) + text


@st.composite
def block(draw: st.DrawFn, depth: int = 0, indent: str = "") -> str:
    """A block mapping or list of scalars, flow collections, anchors, aliases and merges."""
    lines = []
    as_list = depth > 0 and draw(st.booleans())
    for _ in range(draw(st.integers(1, 4))):
        head = f"{indent}- " if as_list else f"{indent}{draw(st.sampled_from(KEYS))}: "
        choice = draw(st.integers(0, 9))
        if choice <= 4 or depth >= 3:
            lines.append(head + scalar(draw))
        elif choice == 5:
            inner = ", ".join(scalar(draw) for _ in range(draw(st.integers(0, 3))))
            opening, closing = draw(st.sampled_from([("[", "]"), ("!!set {", "}"), ("{", "}")]))
            lines.append(head + opening + inner + closing)
        elif choice == 6:
            lines.append(head + draw(st.sampled_from(ANCHORED)))
        elif choice == 7:
            lines.append(head + "|\n" + indent + "  多行\n" + indent + "  text")
        else:
            tag = draw(st.sampled_from(["", "!!map"] * 6 + ["!!omap", "!!seq", "!x"]))
            lines.append(head.rstrip() + (" " + tag if tag else ""))
            lines.append(draw(block(depth + 1, indent + "  ")))
    return "\n".join(lines)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block())
def test_generated_documents_read_as_the_reference_reads_them(text: str) -> None:
    same(text + "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1.:-[]{}&*!|>'\"#\t\n ,?<=~公")), max_size=60))
def test_arbitrary_text_reads_as_the_reference_reads_it(text: str) -> None:
    same(text)


def _project_yaml() -> list[Path]:
    skip = {".venv", "node_modules", ".git", ".gkcat-cache", "dist"}
    return sorted(
        p
        for pattern in ("*.yaml", "*.yml")
        for p in ROOT.rglob(pattern)
        if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)
    )


def test_every_yaml_file_of_the_repository_reads_as_the_reference_reads_it() -> None:
    paths = _project_yaml()
    assert len(paths) > 150  # the sample project, the cases and the fixtures
    for path in paths:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue  # GK103: never parsed
        same(text)


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("a: 0x1F\nb: 1_000\nc: 017\nd: 1:30\n", {"a": 31, "b": 1000, "c": 15, "d": 90}),
        ("a: .inf\nb: 1e3\nc: '1'\nd: ! 1\n", {"a": float("inf"), "b": "1e3", "c": "1", "d": 1}),
        ("~: a\n1.5: b\ntrue: c\n0x10: d\n", {"null": "a", "1.5": "b", "true": "c", "16": "d"}),
        ("a: yes\nb: TRUE\nc: null\nd:\ne: 2024-03-01\n", {"a": "yes", "b": True, "c": None}),
    ],
)
def test_plain_scalars_are_typed_as_before(text: str, data: dict[str, object]) -> None:
    parsed = same(text)
    assert isinstance(parsed.data, dict)
    assert {k: parsed.data[k] for k in data} == data


def test_tags_merges_and_refused_values_take_the_reference_path() -> None:
    assert same("a: !!set {x, y}\n").data == {"a": {"x", "y"}}
    assert same("b: &b {k: 1}\nc:\n  <<: *b\n  k: 2\n").data == {"b": {"k": 1}, "c": {"k": 2}}
    assert [d.code for d in same("a: =\n").diagnostics] == ["GK101"]
    assert [d.code for d in same("a: 0b_\n").diagnostics] == ["GK101"]
    assert [d.code for d in same("? [a]\n: 1\n").diagnostics] == ["GK101"]


def test_aliases_share_one_value_as_before() -> None:
    parsed = same("a: &a {k: [1]}\nb: *a\n")
    assert isinstance(parsed.data, dict)
    assert parsed.data["a"] is parsed.data["b"]


def test_ten_thousand_duplicates_are_reported_in_order_and_in_linear_time() -> None:
    text = "".join(f"k{i % 10}: {i}\n" for i in range(10_010))
    parsed = same(text)
    assert len(parsed.diagnostics) == 10_000
    assert [d.line for d in parsed.diagnostics[:2]] == [11, 12]


def test_deep_nesting_needs_no_recursion_in_the_constructor() -> None:
    text = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 300)) + "  " * 300 + "x\n"
    same(text)
