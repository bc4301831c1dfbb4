"""What an imported table names that gkcat.yaml does not know, and the line that registers it.

An imported source should validate once the office adds the reported lines to gkcat.yaml:
departments (公开主体, 实施主体) not in the registry, and local channels outside the vocabulary.
Each is reported once, at the first row that names it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from gkcat import vocab
from gkcat.diagnostics import Diagnostic
from gkcat.importers.power_rows import SheetPlace
from gkcat.model import Registry


def _alias_hint(name: str, registry: Registry) -> dict[str, str]:
    hint = vocab.suggest(name, [d.name for d in registry.departments])
    if not hint:
        return {"alias@zh": "", "alias@en": ""}
    return {
        "alias@zh": f"；若它就是「{hint}」，请把它加入该部门的 aliases",
        "alias@en": f'; if it is "{hint}", add it to that department\'s aliases',
    }


def department_line(name: str) -> str:
    """The gkcat.yaml entry that registers a department."""
    return f"- name: {name}"


def unregistered_departments(
    rows: Mapping[str, int], registry: Registry, where: SheetPlace, col: int | None = None
) -> list[Diagnostic]:
    """GK631 for each department (→ first sheet row naming it) the registry does not know."""
    return [
        where.at(
            "GK631",
            row,
            col,
            args=_alias_hint(name, registry),
            value=name,
            entry=department_line(name),
        )
        for name, row in rows.items()
        if registry.canonical(name) is None
    ]


def unregistered_channels(
    rows: Mapping[str, int], known: Iterable[str], where: SheetPlace, col: int | None = None
) -> list[Diagnostic]:
    """GK630 for each channel (→ first sheet row naming it) outside the vocabulary."""
    registered = frozenset(known)
    return [
        where.at("GK630", row, col, value=name, entry=f"- {name}")
        for name, row in rows.items()
        if name not in registered
    ]
