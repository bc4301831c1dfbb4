"""The official table's shape, shared by the workbook and the HTML directory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gkcat import vocab
from gkcat.model import Catalog, Item

BASIC_LEVELS = ("县级", "乡级")
"""The 公开层级 columns every 基层 catalog prints; 市级 or 村级 are added when used."""


@dataclass(frozen=True, slots=True)
class Channel:
    """One entry of the 公开渠道和载体 cell: ■ when chosen, □ when not."""

    name: str
    chosen: bool


def level_columns(catalog: Catalog) -> tuple[str, ...]:
    """The 公开层级 tick columns: 县级 and 乡级, plus any other level the catalog uses."""
    used = {catalog.level, *(lv for item in catalog.items for lv in item.levels)}
    wanted = set(BASIC_LEVELS) | used
    known = tuple(lv for lv in vocab.LEVELS if lv in wanted)
    return known + tuple(sorted(wanted - set(known) - {""}))


def channel_marks(item: Item, channels: Sequence[str], *, style: str) -> tuple[Channel, ...]:
    """The full vocabulary with the chosen ones marked (``list`` style: only the chosen ones).

    Channels outside the vocabulary (possible in a ``--force`` build) come last, chosen.
    """
    chosen = set(item.channels)
    marks = [Channel(c, c in chosen) for c in channels if style != "list" or c in chosen]
    extra = [Channel(c, True) for c in item.channels if c not in channels]
    return (*marks, *extra)
