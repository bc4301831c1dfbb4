"""Text that is safe where it lands: well-formed XML for any input, and visible controls.

- :func:`xml_text` is the one place XML-illegal characters are replaced; every XML part gkcat
  writes (sheets, docProps, SARIF, JUnit, HTML) passes its text through it.
- :func:`visible_controls` shows control characters (and bidi overrides, which reorder what
  a reader sees) as escapes such as ``\\x1b``, so catalog text cannot drive a terminal.
"""

from __future__ import annotations

import re

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (C0 controls but tab and line breaks,
    lone surrogates, U+FFFE/U+FFFF), so every part stays well-formed. They are removed, not
    replaced: they arrive from pasted Word text (a vertical tab for a line break) and a
    replacement mark would show in the official table; validate's text output shows them."""
    return _XML_ILLEGAL.sub("", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible_controls(text: str, *, keep: str = "\t\n") -> str:
    """Control characters, bidi controls and lone surrogates as visible escapes; the
    characters in ``keep`` stay as they are."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
