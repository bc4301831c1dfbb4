"""Department placeholders of the starters (民政, 乡镇 …) → the region's departments registry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gkcat.model import Registry
from gkcat.scaffold.starters import Wording, department_table


@dataclass(frozen=True, slots=True)
class Entry:
    """One department as `init` registers it in gkcat.yaml."""

    key: str
    name: str
    aliases: tuple[str, ...]
    level: str


def entry(key: str, wording: Wording) -> Entry:
    """The department a placeholder stands for in this region (市级 names where they differ)."""
    raw = department_table()[key]
    city = wording.level == "市级"
    name = raw.get("city", raw["name"]) if city else raw["name"]
    aliases = raw.get("city_aliases", raw["aliases"]) if city else raw["aliases"]
    level = raw.get("level", wording.level)
    filled = tuple(dict.fromkeys(a for a in map(wording.fill, aliases) if a != wording.fill(name)))
    return Entry(key, wording.fill(name), filled, str(level))


def entries(keys: Iterable[str], wording: Wording) -> list[Entry]:
    """The departments behind ``keys``, in the order of the table (政府办 first, 乡镇 last)."""
    order = list(department_table())
    return [entry(key, wording) for key in sorted(set(keys), key=order.index)]


def match(found: Entry, registry: Registry) -> str | None:
    """The registered name of a department, found by its official name or an alias."""
    for candidate in (found.name, *found.aliases):
        canonical = registry.canonical(candidate)
        if canonical is not None:
            return canonical
    return None
