"""Codes for powers of a list that has none, and the department heading rows of a list.

Published 权责清单 rarely print the provincial system's codes. Generated codes read like the
hand-written ones: ``PREFIX-XK-0001`` — a prefix (--code-prefix, else the output file's name),
a letter pair for the type and a number counted per type in row order, so the same workbook
always gives the same codes; a 子项 is its main item's code plus ``-01``, ``-02`` ….
"""

from __future__ import annotations

import re
from collections import Counter

from gkcat.model import Registry

TYPE_LETTERS: dict[str, str] = {
    "行政许可": "XK",
    "行政处罚": "CF",
    "行政强制": "QZ",
    "行政征收": "ZS",
    "行政给付": "JF",
    "行政检查": "JC",
    "行政确认": "QR",
    "行政奖励": "JL",
    "行政裁决": "CJ",
    "其他行政权力": "QT",
    "公共服务": "GG",
}
DEFAULT_PREFIX = "GEN"
_ASCII = re.compile(r"[^A-Za-z0-9]+")


def code_prefix(given: str | None, stem: str | None) -> str:
    """--code-prefix, else the output file's stem in capitals (civil-affairs → CIVIL-AFFAIRS)."""
    if given:
        return given.strip()
    words = _ASCII.sub("-", stem or "").strip("-")
    return words.upper() or DEFAULT_PREFIX


class CodeMaker:
    """Hands out ``PREFIX-LETTERS-NNNN`` codes, numbered per type in the order asked."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._counts: Counter[str] = Counter()
        self.made = 0

    def next(self, kind: str) -> str:
        letters = TYPE_LETTERS.get(kind, "QT")
        self._counts[letters] += 1
        self.made += 1
        return f"{self.prefix}-{letters}-{self._counts[letters]:04d}"


_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[、.．])"
)
_COUNT = re.compile(r"[（(](?:共|计)?\s*\d+\s*(?:项|条)[)）]$")
_DEPARTMENT_ENDINGS = (
    "局", "委员会", "委", "办公室", "办", "中心", "人民政府", "政府", "街道办事处", "办事处",
    "院", "所", "站", "队", "厅", "部", "署", "会", "处",
)  # fmt: skip


def department_heading(text: str, registry: Registry) -> str | None:
    """一、区发展和改革委员会（共12项） → 区发展和改革委员会 (its official name when registered)."""
    compact = "".join(text.split())
    body = _COUNT.sub("", _ORDINAL.sub("", compact)).strip()
    body = body.removesuffix("权责清单").removesuffix("权力清单").strip("：:")
    if not body or len(body) > 30 or any(mark in body for mark in "：:，,。；;"):
        return None  # a sentence or a "label: value" line (制表单位：…), not a heading
    known = registry.canonical(body)
    if known:
        return known
    return body if body.endswith(_DEPARTMENT_ENDINGS) and len(body) >= 3 else None
