"""Words for people: both languages, the same placeholders, and loud failure on a missing one."""

from __future__ import annotations

import pytest

from gkcat.diagnostics import diagnostic
from gkcat.i18n import WORDS, fill, placeholders, say


def test_every_word_has_both_languages_with_the_same_placeholders() -> None:
    for key, (zh, en) in WORDS.items():
        assert zh, key
        assert en, key
        assert placeholders(zh) == placeholders(en), key


def test_say_fills_the_chosen_language() -> None:
    assert say("cli.wrote", "zh", path="dist/a.xlsx") == "已写入 dist/a.xlsx"
    assert say("cli.wrote", "en", path="dist/a.xlsx") == "wrote dist/a.xlsx"


def test_a_missing_placeholder_fails_loudly() -> None:
    with pytest.raises(KeyError, match="path"):
        say("cli.wrote", "zh")
    with pytest.raises(KeyError, match="problem"):
        diagnostic("GK101", file="a.yaml").message("en")


def test_an_optional_placeholder_may_be_left_out() -> None:
    assert fill("unknown {value}{suggestion}", {"value": "x"}) == "unknown x"
    message = diagnostic("GK205", key="colour").message("en")
    assert "colour" in message
    assert "did you mean" not in message
