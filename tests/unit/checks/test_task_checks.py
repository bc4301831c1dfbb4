"""Task-plan rules GK501–GK505 and the 完成时限 parser."""

from __future__ import annotations

import pytest

from gkcat.checks.tasks import parse_deadline
from gkcat.pipeline import load_project
from gkcat.results import ValidateResult

PLAN = """
    kind: task-plan
    schema_version: 1
    title: 2024年任务分解表
    year: 2024
    sections:
      - title: 部分
        groups:
          - title: 方面
            tasks:
              - id: T-1
                requirement: 要求
                units: [某某单位]
                deadline: {deadline}
"""


@pytest.mark.parametrize(
    ("text", "kind", "years"),
    [
        ("全年", "ongoing", ()),
        ("长期坚持", "ongoing", ()),
        ("每季度", "periodic", ()),
        ("第三季度", "periodic", ()),
        ("2024年6月底前", "date", (2024,)),
        ("6月底前", "date", ()),
        ("2024年底前", "date", (2024,)),
        ("2024-06-30", "date", (2024,)),
        ("2024/6/30", "date", (2024,)),
        ("2025年3月31日前", "date", (2025,)),
        ("持续推进", "ongoing", ()),
        ("年底前", "date", ()),
        ("上半年", "date", ()),
        ("20xx年12月底前", "date", ()),
        ("2022年3月至2025年12月底前", "date", (2022, 2025)),
    ],
)
def test_parse_deadline_reads_the_usual_forms(text: str, kind: str, years: tuple[int, ...]) -> None:
    parsed = parse_deadline(text)
    assert parsed is not None
    assert (parsed.kind, parsed.years) == (kind, years)


@pytest.mark.parametrize("text", ["尽快", "2024-02-30", "下周", "ASAP"])
def test_parse_deadline_rejects_what_it_cannot_read(text: str) -> None:
    assert parse_deadline(text) is None


def codes(root) -> list[str]:
    return [d.code for d in load_project(root).diagnostics]


def test_units_are_not_checked_without_a_registry(make_project) -> None:
    root = make_project({"tasks/2024.yaml": PLAN.format(deadline="全年")})
    assert codes(root) == []


def test_unknown_unit_reports_gk501_with_a_registry(make_project) -> None:
    root = make_project(
        {
            "tasks/2024.yaml": PLAN.format(deadline="全年"),
            "gkcat.yaml": "departments:\n  - name: 某单位\n",
        }
    )
    assert codes(root) == ["GK501"]


def test_deadline_in_another_year_reports_gk503(make_project) -> None:
    root = make_project({"tasks/2024.yaml": PLAN.format(deadline="2025年1月底前")})
    assert codes(root) == ["GK503"]


def test_severity_override_applies_to_task_rules(make_project) -> None:
    root = make_project(
        {
            "tasks/2024.yaml": PLAN.format(deadline="尽快"),
            "gkcat.yaml": "severity:\n  GK502: error\n",
        }
    )
    loaded = load_project(root)
    assert [(d.code, d.severity.label) for d in loaded.diagnostics] == [("GK502", "error")]
    assert ValidateResult(loaded.settings, loaded.diagnostics, (), 0).exit_code == 1


def test_task_rules_have_english_messages(make_project) -> None:
    root = make_project({"tasks/2024.yaml": PLAN.format(deadline="尽快")})
    (diagnostic,) = load_project(root).diagnostics
    assert diagnostic.message("en").startswith('cannot read the deadline "尽快"')


@pytest.mark.parametrize(
    ("text", "relative"),
    [("年底前", True), ("6月底前", True), ("上半年", True), ("2024年底前", False), ("全年", False)],
)
def test_dates_without_a_year_belong_to_the_plan_year(text: str, relative: bool) -> None:
    parsed = parse_deadline(text)
    assert parsed is not None
    assert parsed.relative is relative


@pytest.mark.parametrize(
    "deadline", ["年底前", "持续推进", "长期坚持", "全年", "每季度", "2024年6月底前"]
)
def test_real_plan_phrasings_need_no_change(make_project, deadline: str) -> None:
    root = make_project({"tasks/2024.yaml": PLAN.format(deadline=deadline)})
    assert codes(root) == []


def test_deadline_may_be_left_out_with_a_warning(make_project) -> None:
    plan = PLAN.replace("                deadline: {deadline}\n", "")
    root = make_project({"tasks/2024.yaml": plan})
    assert codes(root) == ["GK506"]
