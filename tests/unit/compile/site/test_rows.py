"""The rows written directly escape exactly as the templates do (markupsafe + xml_text)."""

from __future__ import annotations

import itertools

from markupsafe import escape

from gkcat.compile.site.rows import esc, lines
from gkcat.textsafe import xml_text

CHARS = ["a", "中", "&", "<", ">", '"', "'", "\x00", "\x0b", "\x1b", "\t", "\n", "\r", "\ud800"]
CHARS += ["\ufffe", "\uffff", "\x7f", "\x85", "\U0001f600", "&amp;"]


def test_esc_is_autoescape_after_xml_text() -> None:
    for n in (1, 2, 3):
        for chars in itertools.product(CHARS, repeat=n):
            text = "".join(chars)
            assert esc(text) == str(escape(xml_text(text))), repr(text)


def test_lines_is_text_for_one_value_and_a_list_for_several() -> None:
    assert lines(()) == ""
    assert lines(("a<b",)) == "a&lt;b"
    assert lines(("a", "b&")) == '<ol class="lines"><li>a</li><li>b&amp;</li></ol>'
