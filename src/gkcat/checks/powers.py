"""Power-list cross-references: codes, 子项 parents, subjects, levels and coverage (GK401–GK407)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence

from gkcat import vocab
from gkcat.coverage import compute_coverage
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.model import Catalog, Item, Power, PowerList, Project, Registry
from gkcat.settings import Settings

EMITS = frozenset({"GK401", "GK402", "GK403", "GK404", "GK405", "GK406", "GK407"})
"""The rule codes this module emits (a test keeps the list exact)."""


PowerIndex = Mapping[str, tuple[PowerList, Power]]


def check_powers(project: Project, settings: Settings) -> Iterator[Diagnostic]:
    """Run every GK4xx rule; the first list (in path order) that defines a code owns it."""
    index = index_powers(project)
    yield from check_power_codes(project)
    yield from check_parents(project, index)
    yield from check_departments(project, settings.registry)
    yield from check_power_refs(project, index)
    yield from check_coverage(project, settings)


def index_powers(project: Project) -> dict[str, tuple[PowerList, Power]]:
    """Power code → (list, power) for the first definition of each code."""
    index: dict[str, tuple[PowerList, Power]] = {}
    for power_list, power in project.iter_powers():
        if power.code:
            index.setdefault(power.code, (power_list, power))
    return index


def check_power_codes(project: Project) -> Iterator[Diagnostic]:
    """GK402: a power code is unique across all power lists."""
    first: dict[str, str] = {}
    for power_list, power in project.iter_powers():
        if not power.code:
            continue
        if power.code in first:
            yield diagnostic(
                "GK402",
                file=power_list.file,
                pointer=f"{power.pointer}/code",
                item=power.code,
                power=power.code,
                other=first[power.code],
            )
        else:
            first[power.code] = f"{power_list.file}（{power.name}）"


def check_parents(project: Project, index: PowerIndex) -> Iterator[Diagnostic]:
    """GK406: a 子项's parent is the code of another power (a main item) in some list."""
    mains = sorted(c for c, (_, p) in index.items() if not p.parent)
    for power_list, power in project.iter_powers():
        if not power.parent:
            continue
        if power.parent in index and power.parent != power.code:
            continue
        if power.parent == power.code:
            reason, hint = ("指向本事项自身", "is the power itself"), {}
        else:
            reason = ("不存在", "does not exist")
            hint = suggestion(_suggest_code(power.parent, mains))
        yield diagnostic(
            "GK406",
            file=power_list.file,
            pointer=f"{power.pointer}/parent",
            item=power.code or None,
            parent=power.parent,
            args={"reason@zh": reason[0], "reason@en": reason[1], **hint},
        )


def check_departments(project: Project, registry: Registry) -> Iterator[Diagnostic]:
    """GK407: a power list's department (and a power's own one) is in the registry."""
    if not registry:
        return
    for power_list in project.power_lists:
        if power_list.department and registry.canonical(power_list.department) is None:
            yield _unknown_department(
                power_list.file, "/department", power_list.department, registry
            )
        for power in power_list.powers:
            own = power.department
            if own != power_list.department and own and registry.canonical(own) is None:
                yield _unknown_department(
                    power_list.file, f"{power.pointer}/department", own, registry, power.code
                )


def _unknown_department(
    file: str, pointer: str, name: str, registry: Registry, code: str = ""
) -> Diagnostic:
    hint = vocab.suggest(name, registry.names)
    return diagnostic(
        "GK407", file=file, pointer=pointer, item=code or None, name=name, args=suggestion(hint)
    )


def check_power_refs(project: Project, index: PowerIndex) -> Iterator[Diagnostic]:
    """GK401 (the code exists), GK403 (subject is the power's department), GK404 (level)."""
    registry = project.registry
    codes = sorted(index)
    hints: dict[str, str] = {}
    for catalog, item in project.iter_items():
        for position, code in enumerate(item.powers):
            pointer = f"{item.pointer}/powers/{position}"
            found = index.get(code)
            if found is None:
                if code not in hints:  # past a few hundred, a list is missing, not mistyped
                    hints[code] = _suggest_code(code, codes) if len(hints) < _HINTS else ""
                yield _unknown_code(catalog, item, pointer, code, hints[code], bool(index))
                continue
            power_list, power = found
            department = power.department or power_list.department
            if not _subject_matches(item, department, registry):
                yield diagnostic(
                    "GK403",
                    file=catalog.file,
                    pointer=pointer,
                    item=item.id or None,
                    subject="、".join(item.subject),
                    power=code,
                    department=registry.normalise(department),
                )
            if catalog.level and power.levels and catalog.level not in power.levels:
                yield diagnostic(
                    "GK404",
                    file=catalog.file,
                    pointer=pointer,
                    item=item.id or None,
                    level=catalog.level,
                    power=code,
                    levels="、".join(power.levels),
                )


def _unknown_code(
    catalog: Catalog, item: Item, pointer: str, code: str, hint: str, have_lists: bool
) -> Diagnostic:
    args = suggestion(hint)
    if not have_lists:
        args = {
            "suggestion@zh": "（项目中没有权责清单，请在 powers/ 下添加）",
            "suggestion@en": " (the project has no power lists; add them under powers/)",
        }
    return diagnostic(
        "GK401", file=catalog.file, pointer=pointer, item=item.id or None, power=code, args=args
    )


def _subject_matches(item: Item, department: str, registry: Registry) -> bool:
    """True when the item has no subject, the power no department, or one subject is it."""
    if not item.subject or not department:
        return True
    wanted = _normal(department, registry)
    return any(_normal(subject, registry) == wanted for subject in item.subject)


def _normal(name: str, registry: Registry) -> str:
    return registry.normalise("".join(name.split()))


def check_coverage(project: Project, settings: Settings) -> Iterator[Diagnostic]:
    """GK405: every power of a must-cover type is cited by some item (the coverage report)."""
    coverage = compute_coverage(project, settings)
    uncovered = {id(p) for d in coverage.departments for p in d.uncovered}
    for power_list, power in project.iter_powers():
        if power.code and id(power) in uncovered:
            yield diagnostic(
                "GK405",
                file=power_list.file,
                pointer=power.pointer,
                item=power.code or None,
                power=power.code,
                name=power.name,
                type=power.type,
            )


def _suggest_code(code: str, codes: Sequence[str]) -> str:
    """Did-you-mean for an unknown code among its neighbours in sort order.

    Codes that sort next to each other share their prefix (4509xx-QR-00…), where typos in the
    number land; looking at a window keeps thousands of unknown codes fast (difflib is slow).
    """
    at = bisect.bisect_left(codes, code)
    return vocab.suggest(code, codes[max(0, at - _WINDOW) : at + _WINDOW])


_WINDOW = 5
_HINTS = 200
"""Unknown codes that get a did-you-mean; difflib costs milliseconds per code."""
