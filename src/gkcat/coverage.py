"""Power-list coverage: which powers the catalog items cite, per department (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gkcat.model import Catalog, Item, Power, Project
from gkcat.settings import Settings


@dataclass(frozen=True, slots=True)
class DepartmentCoverage:
    """One department's powers and how many of the must-cover ones an item cites."""

    department: str
    powers: tuple[Power, ...]
    must_cover: tuple[Power, ...]
    covered: tuple[Power, ...]

    @property
    def uncovered(self) -> tuple[Power, ...]:
        done = {p.code for p in self.covered}
        return tuple(p for p in self.must_cover if p.code not in done)

    @property
    def ratio(self) -> float:
        return len(self.covered) / len(self.must_cover) if self.must_cover else 1.0


@dataclass(frozen=True, slots=True)
class Coverage:
    departments: tuple[DepartmentCoverage, ...]
    citations: Mapping[str, tuple[tuple[Catalog, Item], ...]]
    """Power code → the (catalog, item) pairs that cite it, in project order."""

    @property
    def powers(self) -> int:
        return sum(len(d.powers) for d in self.departments)

    @property
    def must_cover(self) -> int:
        return sum(len(d.must_cover) for d in self.departments)

    @property
    def covered(self) -> int:
        return sum(len(d.covered) for d in self.departments)

    @property
    def ratio(self) -> float:
        return self.covered / self.must_cover if self.must_cover else 1.0


def compute_coverage(project: Project, settings: Settings) -> Coverage:
    """Count, per department (official name), the must-cover powers some item cites.

    A 子项 counts as covered when it or its main item is cited; a main item that has 子项 counts
    as covered when it is cited or every one of its 子项 is.
    """
    citations: dict[str, list[tuple[Catalog, Item]]] = {}
    for catalog, item in project.iter_items():
        for code in item.powers:
            citations.setdefault(code, []).append((catalog, item))
    children: dict[str, list[str]] = {}
    for _, power in project.iter_powers():
        if power.parent:
            children.setdefault(power.parent, []).append(power.code)
    by_department: dict[str, list[Power]] = {}
    for power_list, power in project.iter_powers():
        name = project.registry.normalise(power.department or power_list.department)
        by_department.setdefault(name, []).append(power)
    departments = []
    for name in sorted(by_department):
        powers = tuple(by_department[name])
        must = tuple(p for p in powers if p.type in settings.must_cover)
        covered = tuple(p for p in must if is_covered(p, citations, children))
        departments.append(DepartmentCoverage(name, powers, must, covered))
    return Coverage(tuple(departments), {k: tuple(v) for k, v in citations.items()})


def is_covered(
    power: Power, citations: Mapping[str, object], children: Mapping[str, list[str]]
) -> bool:
    """True when an item cites ``power``, its main item, or (for a main item) all its 子项."""
    if power.code in citations or (power.parent and power.parent in citations):
        return True
    subs = children.get(power.code, [])
    return bool(subs) and all(code in citations for code in subs)


def worst_first(coverage: Coverage) -> tuple[DepartmentCoverage, ...]:
    """Departments by ratio (lowest first), then most uncovered, then name: what to fix first."""
    return tuple(
        sorted(coverage.departments, key=lambda d: (d.ratio, -len(d.uncovered), d.department))
    )
