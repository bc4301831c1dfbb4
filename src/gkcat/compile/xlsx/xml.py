"""Escaping for the XML the workbook writer emits by hand.

Cell text reaching :func:`text` has been through :func:`gkcat.textsafe.xml_text` already
(the cell writer cleans every value once); :func:`attr` and :func:`clean_text`, for the few
other texts (names, titles, locations), clean as well. A carriage return is written as a
character reference: an XML parser turns a literal one into a line feed.
"""

from __future__ import annotations

from gkcat.textsafe import xml_text


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


def clean_text(value: str) -> str:
    """Element content from outside the cells (a title, a sheet name): cleaned, escaped."""
    return text(xml_text(value))


def attr(value: str) -> str:
    """A double-quoted attribute value (whitespace kept as character references)."""
    return clean_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def preserve(value: str) -> str:
    """The attribute that keeps leading or trailing whitespace of a <t> element."""
    if value and (value[0] in " \t\n\r" or value[-1] in " \t\n\r"):
        return ' xml:space="preserve"'
    return ""
