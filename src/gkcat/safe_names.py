"""File names made from data (titles, department names) that are safe on every system.

Offices pass workbooks around on Windows, and a name from a catalog may carry anything:
:func:`safe_name` removes bidi and other invisible format characters (a right-to-left override
makes ``报表‮xslx.exe`` look like a workbook), replaces characters Windows forbids and control
characters with ``_``, avoids Windows' reserved device names (CON, NUL, COM1 …) and trailing dots
and spaces, and caps the UTF-8 length so a suffix and extension still fit in 255 bytes.
:func:`unique_name` resolves collisions deterministically (in the order names are asked for,
ignoring case as Windows and macOS do): ``名称.xlsx``, ``名称(2).xlsx`` …
"""

from __future__ import annotations

import re
import unicodedata

MAX_BYTES = 200
"""Bytes of a name before its ``(n)`` suffix and extension (file systems allow 255)."""

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


def safe_name(wanted: str, fallback: str, *, max_bytes: int = MAX_BYTES) -> str:
    """``wanted`` as a file name (without extension) safe on Windows and POSIX."""
    name = "".join(c for c in wanted if unicodedata.category(c) not in ("Cf", "Cs"))
    name = _FORBIDDEN.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    name = _cap(name, max_bytes).rstrip(" .")
    if not name:
        return fallback
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        name = f"_{name}"
    return name


def unique_name(name: str, taken: set[str], *, extension: str = "") -> str:
    """``name + extension``, or ``name(2) + extension`` … the first not in ``taken`` (compared
    case-folded); the chosen name is added to ``taken``."""
    candidate, counter = f"{name}{extension}", 1
    while candidate.casefold() in taken:
        counter += 1
        candidate = f"{name}({counter}){extension}"
    taken.add(candidate.casefold())
    return candidate


def _cap(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")
