"""Reading never raises: every kind of bad input becomes a located diagnostic."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gkcat.load.positions import Locator
from gkcat.load.source import decode, parse

FILE = "catalogs/x.yaml"


def codes(text: str) -> list[str]:
    return [d.code for d in parse(text, FILE, max_alias_nodes=1000).diagnostics]


def test_parse_keeps_dates_as_strings_and_accepts_merge_keys() -> None:
    parsed = parse(
        "base: &b {a: 1}\nitem:\n  <<: *b\n  a: 2\neffective: 2024-03-01\n",
        FILE,
        max_alias_nodes=1000,
    )
    assert parsed.diagnostics == ()
    assert parsed.data == {"base": {"a": 1}, "item": {"a": 2}, "effective": "2024-03-01"}


def test_duplicate_key_is_reported_at_the_second_key_with_its_pointer() -> None:
    parsed = parse(
        "items:\n  - id: A\n    mode: 主动\n    mode: 依申请\n", FILE, max_alias_nodes=1000
    )
    (d,) = parsed.diagnostics
    assert (d.code, d.line, d.column, d.pointer) == ("GK102", 4, 5, "/items/0/mode")
    assert dict(d.args)["first_line"] == "3"


def test_bom_is_accepted_and_gb18030_is_recognised() -> None:
    text, problems = decode("\ufeffkind: catalog\n".encode(), FILE)
    assert text == "kind: catalog\n"
    assert problems == []
    text, problems = decode("kind: catalog\ndomain: 社会救助\n".encode("gb18030"), FILE)
    assert text is None
    (d,) = problems
    assert (d.code, d.line, d.column) == ("GK103", 2, 9)
    assert "GB18030" in d.message("zh")


def test_recursive_alias_counts_as_a_bomb() -> None:
    assert codes("a: &a [*a]\n") == ["GK106"]


def test_alias_limit_is_configurable() -> None:
    text = "a: &a [1, 2, 3]\nb: [*a, *a, *a, *a]\n"
    assert parse(text, FILE, max_alias_nodes=10).diagnostics[0].code == "GK106"
    assert parse(text, FILE, max_alias_nodes=100).diagnostics == ()


def test_multiple_documents_are_a_syntax_error_and_null_documents_are_empty() -> None:
    assert codes("a: 1\n---\nb: 2\n") == ["GK101"]
    assert codes("~\n") == ["GK105"]
    assert codes("# 只有注释\n") == ["GK105"]


def test_scalar_keys_become_text_and_complex_keys_are_errors() -> None:
    assert parse("1: d\ntrue: e\n", FILE, max_alias_nodes=1000).data == {"1": "d", "true": "e"}
    (d,) = parse("a: 1\n? [a, b]\n: c\n", FILE, max_alias_nodes=1000).diagnostics
    assert (d.code, d.line, d.column) == ("GK101", 2, 3)
    assert "映射的键必须是文本" in d.message("zh")


def test_locator_points_at_values_keys_and_falls_back_to_ancestors() -> None:
    locator = Locator("items:\n  - id: A\n    basis: 《办法》\n")
    assert locator.locate("/items/0/basis") == (3, 12)
    assert locator.locate("/items/0/basis", key=True) == (3, 5)
    assert locator.locate("/items/0/basis/7") == (3, 12)  # a scalar has no children
    assert locator.locate("/items/9") == (2, 3)  # nearest existing ancestor: the list


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#\t\n ,?%@`公开\\")), max_size=60))
def test_parse_never_raises_on_arbitrary_text(text: str) -> None:
    parsed = parse(text, FILE, max_alias_nodes=1000)
    assert parsed.data is not None or parsed.diagnostics
    for d in parsed.diagnostics:
        assert d.line is not None
        assert d.line >= 1
        assert d.column is not None
        assert d.column >= 1


@pytest.mark.parametrize("word", ["yes", "No", "ON", "off", "y", "N"])
def test_yaml_1_1_boolean_words_stay_strings_as_in_the_editor(word: str) -> None:
    parsed = parse(f"note: {word}\n{word}: 1\n", "a.yaml", max_alias_nodes=100)
    assert parsed.data == {"note": word, word: 1}


@pytest.mark.parametrize(("text", "value"), [("true", True), ("False", False), ("TRUE", True)])
def test_yaml_1_2_booleans_are_booleans(text: str, value: bool) -> None:
    assert parse(f"a: {text}\n", "a.yaml", max_alias_nodes=100).data == {"a": value}
