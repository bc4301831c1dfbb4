"""GK4xx on the model directly: messages in both languages, registry and level edge cases."""

from __future__ import annotations

from pathlib import Path

from gkcat.checks.powers import check_powers
from gkcat.diagnostics import Diagnostic, Severity
from gkcat.model import Catalog, Department, PowerList, Project, Registry
from gkcat.settings import Settings

REGISTRY = Registry.of([Department("示例县民政局", ("县民政局",)), Department("示例县财政局")])


def item(id: str, *, subject: object = "示例县民政局", powers: list[str]) -> dict[str, object]:
    return {"id": id, "category": "低保", "name": id, "subject": subject, "powers": powers}


def project(
    items: list[dict[str, object]],
    powers: list[dict[str, object]],
    *,
    level: str = "县级",
    department: str = "示例县民政局",
) -> Project:
    catalog = Catalog.from_data(
        {"level": level, "items": items}, id="a/county", file="catalogs/a/county.yaml"
    )
    plist = PowerList.from_data(
        {"department": department, "powers": powers}, file="powers/civil-affairs.yaml"
    )
    return Project(Path("."), (catalog,), (plist,), (), REGISTRY)


def run(p: Project, **settings: object) -> list[Diagnostic]:
    return list(check_powers(p, Settings(registry=p.registry, **settings)))  # type: ignore[arg-type]


def test_powers_unknown_code_reports_gk401_in_both_languages() -> None:
    p = project([item("A", powers=["QR-2"])], [{"code": "QR-1", "type": "行政确认"}])
    [d] = run(p, must_cover=())
    assert (d.code, d.severity, d.pointer, d.item) == (
        "GK401",
        Severity.ERROR,
        "/items/0/powers/0",
        "A",
    )
    assert d.message("zh") == "权责事项编码「QR-2」不存在，是否为「QR-1」？"
    assert d.message("en") == 'power code "QR-2" does not exist; did you mean "QR-1"?'


def test_powers_subject_alias_or_one_of_several_subjects_matches() -> None:
    powers = [{"code": "QR-1", "type": "行政确认"}]
    items = [
        item("A", subject="县民政局", powers=["QR-1"]),
        item("B", subject=["示例县财政局", " 县民政局 "], powers=["QR-1"]),
        item("C", subject=None, powers=["QR-1"]),
        item("D", subject="示例县财政局", powers=["QR-1"]),
    ]
    [d] = run(project(items, powers))
    assert (d.code, d.severity, d.item) == ("GK403", Severity.WARNING, "D")
    assert d.message("en") == (
        'subject "示例县财政局" differs from "示例县民政局", the department of power "QR-1"'
    )


def test_powers_level_is_checked_only_when_the_power_has_levels() -> None:
    powers = [
        {"code": "QR-1", "type": "行政确认", "levels": ["县级"]},
        {"code": "QR-2", "type": "行政确认"},
    ]
    [d] = run(project([item("A", powers=["QR-1", "QR-2"])], powers, level="乡级"))
    assert (d.code, d.pointer) == ("GK404", "/items/0/powers/0")
    assert d.message("en") == 'catalog level "乡级" is not among the levels of power "QR-1" (县级)'


def test_powers_not_covered_follows_must_cover_setting() -> None:
    powers = [{"code": "JC-1", "name": "检查", "type": "行政检查"}]
    p = project([item("A", powers=[])], powers)
    assert run(p) == []
    [d] = run(p, must_cover=("行政检查",))
    assert (d.code, d.file, d.pointer, d.item) == (
        "GK405",
        "powers/civil-affairs.yaml",
        "/powers/0",
        "JC-1",
    )
    assert d.message("en") == 'power "JC-1" (检查, 行政检查) is not cited by any catalog item'


def test_powers_duplicate_and_parent_rules() -> None:
    powers = [
        {"code": "XK-1", "type": "行政许可"},
        {"code": "XK-1", "type": "行政许可"},
        {"code": "XK-1-01", "type": "行政许可", "parent": "XK-9"},
    ]
    found = run(project([item("A", powers=["XK-1", "XK-1-01"])], powers))
    assert [(d.code, d.pointer) for d in found] == [
        ("GK402", "/powers/1/code"),
        ("GK406", "/powers/2/parent"),
    ]
    assert found[1].message("en") == 'parent power code "XK-9" does not exist; did you mean "XK-1"?'


def test_powers_department_outside_registry_is_gk407_only_with_a_registry() -> None:
    p = project(
        [item("A", powers=["QR-1"])],
        [{"code": "QR-1", "type": "行政确认"}],
        department="示例县民政",
    )
    codes = [d.code for d in run(p)]
    assert codes == ["GK407", "GK403"]
    bare = Project(p.root, p.catalogs, p.power_lists, (), Registry())
    assert [d.code for d in check_powers(bare, Settings())] == ["GK403"]
