"""Escaping for the XML the workbook writer emits by hand.

Text reaching here has been through :func:`gkcat.textsafe.xml_text` (no characters XML 1.0
forbids); these only escape markup. A carriage return is written as a character reference:
an XML parser turns a literal one into a line feed.
"""

from __future__ import annotations


def text(value: str) -> str:
    """Element content."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def attr(value: str) -> str:
    """A double-quoted attribute value (whitespace kept as character references)."""
    return (
        text(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


def preserve(value: str) -> str:
    """The attribute that keeps leading or trailing whitespace of a <t> element."""
    if value and (value[0] in " \t\n\r" or value[-1] in " \t\n\r"):
        return ' xml:space="preserve"'
    return ""
