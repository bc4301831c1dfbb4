"""RFC 6901 JSON pointers: escape, join and split."""

from __future__ import annotations

from collections.abc import Iterable


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(parts: Iterable[str | int]) -> str:
    """``["items", 3, "a/b"]`` → ``/items/3/a~1b``; no parts is the root, ``""``."""
    return "".join("/" + escape(p) for p in parts)


def split(pointer: str) -> list[str]:
    """The inverse of :func:`join` (tokens come back as strings)."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def item_index(pointer: str) -> int | None:
    """The catalog item index of a pointer under ``/items/N``, if any."""
    parts = pointer.split("/", 3)
    if len(parts) >= 3 and parts[1] == "items" and parts[2].isdigit():
        return int(parts[2])
    return None
