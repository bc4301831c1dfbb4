"""事项类型 cells → the eleven power types, with the subtype and any renaming kept.

Published lists use the 9+X categories: the nine named types (许可 … 裁决), 其他行政权力 with a
subtype after a dash (其他行政权力-备案), and the X categories of each province (行政备案,
审核转报, 行政征用 …), plus older names (行政审批). Each becomes one of the schema's types; the
subtype keeps what the list said, and a renaming is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gkcat import vocab


@dataclass(frozen=True, slots=True)
class PowerType:
    """A recognised 事项类型 cell."""

    type: str
    subtype: str = ""
    """What the list called it within 其他行政权力 (备案, 审核转报 …); "" for the named types."""
    renamed_from: str = ""
    """An older name read as ``type`` (行政审批 → 行政许可); "" when the cell used the type."""


OTHER = "其他行政权力"

# Older or provincial names → (type, subtype). Names not here that end in a known type are read
# by the suffix rules of to_power_type.
CATEGORIES: dict[str, tuple[str, str]] = {
    "行政审批": ("行政许可", ""),
    "审批": ("行政许可", ""),
    "非行政许可审批": (OTHER, "非行政许可审批"),
    "行政备案": (OTHER, "备案"),
    "备案": (OTHER, "备案"),
    "审核转报": (OTHER, "审核转报"),
    "审核": (OTHER, "审核"),
    "行政征用": (OTHER, "行政征用"),
    "行政监督": ("行政检查", ""),
    "行政监督检查": ("行政检查", ""),
    "监督检查": ("行政检查", ""),
    "行政确认登记": ("行政确认", ""),
    "行政决定": (OTHER, "行政决定"),
    "行政规划": (OTHER, "行政规划"),
    "内部审批": (OTHER, "内部审批"),
    "行政复议": (OTHER, "行政复议"),
    "行政调解": (OTHER, "行政调解"),
    "行政指导": (OTHER, "行政指导"),
    "行政收费": ("行政征收", ""),
    "其他": (OTHER, ""),
    "其它": (OTHER, ""),
    "其他权力": (OTHER, ""),
    "其它权力": (OTHER, ""),
    "其他职权": (OTHER, ""),
    "其它行政权力": (OTHER, ""),
    "公共服务事项": ("公共服务", ""),
}
_DASH = re.compile(r"\s*[-－—–_:：(（]+\s*")
_CLOSE = re.compile(r"[)）]\s*$")


def to_power_type(text: str) -> PowerType | None:
    """行政许可, 许可, 行政许可类, 其他行政权力-备案, 行政审批 …; None when nothing fits."""
    compact = _CLOSE.sub("", "".join(text.split()))
    head, _, tail = _DASH.sub("-", compact).partition("-")
    found = _named(head) if head else None
    if found is None:
        return None
    if tail:
        if found.type != OTHER:
            return None
        return PowerType(OTHER, tail, found.renamed_from)
    return found


def _named(text: str) -> PowerType | None:
    for candidate in (text, text.removesuffix("类"), text.removesuffix("事项")):
        if candidate in vocab.POWER_TYPES:
            return PowerType(candidate)
        if f"行政{candidate}" in vocab.POWER_TYPES:
            return PowerType(f"行政{candidate}")
        if candidate in CATEGORIES:
            kind, subtype = CATEGORIES[candidate]
            renamed = candidate if not subtype and kind != OTHER else ""
            return PowerType(kind, subtype, renamed)
    return None


def heading_type(text: str) -> PowerType | None:
    """The power type a heading row names (一、行政许可（共12项）, 二、其他行政权力-备案)."""
    compact = "".join(text.split())
    body = re.sub(
        r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]", "", compact
    )
    body = re.sub(r"[（(](?:共)?\d+项[)）]$|\d+项$", "", body)
    found = to_power_type(body)
    if found is not None:
        return found
    names = [t for t in (*vocab.POWER_TYPES, *CATEGORIES) if len(t) >= 4 and t in compact]
    return to_power_type(max(names, key=len)) if names else None
