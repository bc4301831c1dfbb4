"""The comparison on real sources: each kind of change, recodes, reformatting, other records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from diff_data import items_of

from gkcat import api
from gkcat.diff.compare import Change, Diff, fail_kinds
from gkcat.diff.html import render_html
from gkcat.diff.markdown import to_markdown
from gkcat.diff.normalise import normal_text

Versions = Callable[[Callable[[dict[str, Any]], None]], tuple[Path, Path]]


def _diff(versions: Versions, edit: Callable[[dict[str, Any]], None]) -> Diff:
    old, new = versions(edit)
    result = api.diff(str(old), str(new), old)
    assert result.unreadable == ()
    return result.diff


def _only(diff: Diff) -> Change:
    assert len(diff.changes) == 1, diff.changes
    return diff.changes[0]


def test_diff_unchanged_project_reports_nothing(versions: Versions) -> None:
    diff = _diff(versions, lambda data: None)
    assert diff.changes == ()
    assert diff.summary == {
        "added": 0,
        "removed": 0,
        "modified": 0,
        "renamed": 0,
        "moved": 0,
        "recoded": 0,
        "unchanged": 5,
    }


def test_diff_new_item_is_added_with_its_fields(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data).append(
            {**items_of(data)[0], "id": "SHJZ-X-009", "name": "资金使用", "content": "救助资金"}
        )

    change = _only(_diff(versions, edit))
    assert (change.kind, change.id, change.where, change.old_where) == (
        "added",
        "SHJZ-X-009",
        "social-assistance/county",
        None,
    )
    fields = {f.name: (f.old, f.new) for f in change.fields}
    assert fields["content"] == (None, ("救助资金",))


def test_diff_deleted_item_is_removed(versions: Versions) -> None:
    change = _only(_diff(versions, lambda data: items_of(data).pop(3)))
    assert (change.kind, change.id, change.where, change.old_where) == (
        "removed",
        "SHJZ-X-004",
        None,
        "social-assistance/county",
    )


def test_diff_changed_time_limit_is_modified_old_to_new(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[0]["time_limit"] = "自信息形成或者变更之日起10个工作日内"

    change = _only(_diff(versions, edit))
    assert change.kinds == ("modified",)
    assert [(f.name, f.old, f.new) for f in change.fields] == [
        (
            "time_limit",
            "自信息形成或者变更之日起20个工作日内",
            "自信息形成或者变更之日起10个工作日内",
        )
    ]


def test_diff_changed_name_is_renamed_not_modified(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[1]["name"] = "办事指南"

    change = _only(_diff(versions, edit))
    assert (change.kind, change.kinds) == ("renamed", ("renamed",))
    assert change.fields[0].name == "name"


def test_diff_item_moved_to_another_catalog_is_one_move(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data, "township").append(items_of(data).pop(2))

    diff = _diff(versions, edit)
    change = _only(diff)
    assert (change.kind, change.id) == ("moved", "SHJZ-X-003")
    assert (change.old_where, change.where) == (
        "social-assistance/county",
        "social-assistance/township",
    )
    assert change.fields == ()
    assert diff.summary["added"] == diff.summary["removed"] == 0


def test_diff_moved_renamed_and_modified_item_has_every_kind(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        item = items_of(data).pop(2)
        item["category"] = "特困人员供养"
        item["mode"] = ["主动", "依申请"]
        items_of(data, "township").append(item)

    change = _only(_diff(versions, edit))
    assert change.kind == "moved"
    assert change.kinds == ("moved", "renamed", "modified")
    assert [f.name for f in change.fields] == ["category", "mode"]


def test_diff_catalog_level_change_moves_its_items(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["catalogs/social-assistance/township.yaml"]["level"] = "村级"

    diff = _diff(versions, edit)
    assert [(c.entity, c.kind) for c in diff.changes] == [
        ("catalog", "modified"),
        ("item", "moved"),
    ]


def test_diff_new_code_for_the_same_item_is_a_likely_recode(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[3]["id"] = "SHJZ-X-104"

    diff = _diff(versions, edit)
    change = _only(diff)
    assert (change.kind, change.old_id, change.id) == ("recoded", "SHJZ-X-004", "SHJZ-X-104")
    assert change.similarity == 1.0
    assert change.fields == ()
    assert diff.summary["recoded"] == 1
    assert diff.summary["added"] == diff.summary["removed"] == 0


def test_diff_recode_with_edits_reports_similarity_and_fields(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[3].update(
            id="SHJZ-X-104", content="临时救助对象范围、救助标准、申请程序和审批结果"
        )

    change = _only(_diff(versions, edit))
    assert change.kind == "recoded"
    assert change.similarity is not None
    assert 0.75 <= change.similarity < 1
    assert [f.name for f in change.fields] == ["content"]


def test_diff_unrelated_new_item_is_not_a_recode(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[3].update(
            id="SHJZ-X-105",
            category="受灾人员救助",
            name="救灾款物发放",
            content="救灾款物的来源、数量、发放对象和使用情况",
        )

    diff = _diff(versions, edit)
    assert sorted(c.kind for c in diff.changes) == ["added", "removed"]


def test_diff_reformatting_only_reports_nothing(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        first, second, third = items_of(data)[:3]
        first["content"] = "  低保相关法律法规、规章、规范性文件及政策解读\n"
        first["basis"] = ["《社会救助暂行办法》(国务院令第６４９号)", first["basis"][1]]
        first["channels"] = ["政务服务中心", "政府网站"]  # order of ticks is not content
        first["mode"] = ["主动"]
        second["content"] = ["申请条件", "办理 流程", "办理时限"]
        third["channels"] = ["社区/企事业单位/村公示栏（电子屏）", "政府网站"]
        third["content"] = third["content"].replace("，", ",")

    diff = _diff(versions, edit)
    assert diff.changes == ()
    assert diff.unchanged == 5


def test_diff_reformatted_yaml_text_reports_nothing(versions: Versions) -> None:
    old, new = versions(lambda data: None)
    path = new / "catalogs/social-assistance/township.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "# 重新排版\n"
        + text.replace(
            "channels:\n  - 政府网站\n  - 政务服务中心", "channels: [政务服务中心, 政府网站]"
        ),
        encoding="utf-8",
    )
    assert api.diff(str(old), str(new), old).diff.changes == ()


def test_diff_catalog_metadata_changes_are_reported(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["catalogs/social-assistance/county.yaml"].update(
            version="2024.1", effective="2024-03-01"
        )

    change = _only(_diff(versions, edit))
    assert (change.entity, change.kind, change.id) == (
        "catalog",
        "modified",
        "social-assistance/county",
    )
    assert [(f.name, f.old, f.new) for f in change.fields] == [
        ("version", "2023.1", "2024.1"),
        ("effective", "2023-03-01", "2024-03-01"),
    ]


def test_diff_power_list_changes_are_reported(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        powers = data["powers/civil-affairs.yaml"]["powers"]
        powers[0]["levels"] = ["县级", "乡级"]
        powers.pop(1)
        powers.append(
            {"code": "4509xx-JC-0001", "name": "社会救助资金监督检查", "type": "行政检查"}
        )

    diff = _diff(versions, edit)
    found = sorted((c.kind, c.id, tuple(f.name for f in c.fields)) for c in diff.of("power"))
    assert found == [
        ("added", "4509xx-JC-0001", ("name", "type", "department")),
        ("modified", "4509xx-QR-0003", ("levels",)),
        ("removed", "4509xx-GF-0001", ("name", "type", "department")),
    ]
    assert diff.of("item") == ()


def test_diff_reports_imported_power_fields(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        power = data["powers/civil-affairs.yaml"]["powers"][0]
        power["subtype"] = "备案"
        power["duties"] = ["受理责任：依法受理申请。", "审查责任：审查申请材料。"]
        power["accountability"] = "不履行或不正确履行职责的"
        power["extra"] = {"办理时限": "20个工作日"}

    changed = _only(_diff(versions, edit))
    assert (changed.kind, changed.id) == ("modified", "4509xx-QR-0003")
    fields = {f.name: f.new for f in changed.fields}
    assert list(fields) == ["subtype", "duties", "accountability", "extra"]
    assert fields["extra"] == ("办理时限：20个工作日",)


def test_diff_task_plan_changes_are_reported(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        plan = data["tasks/2023.yaml"]
        plan["title"] = "2024年示例县政务公开工作要点任务分解表"
        task = plan["sections"][0]["groups"][0]["tasks"][0]
        task["deadline"] = "2024年6月底前"

    diff = _diff(versions, edit)
    assert [(c.entity, c.kind, [f.name for f in c.fields]) for c in diff.changes] == [
        ("task-plan", "modified", ["title"]),
        ("task", "modified", ["deadline"]),
    ]


def test_diff_has_matches_fail_on_kinds(versions: Versions) -> None:
    diff = _diff(versions, lambda data: items_of(data).pop(0))
    assert diff.has(fail_kinds(["removed"]))
    assert not diff.has(fail_kinds(["added,modified", "renamed"]))


def test_fail_kinds_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="deleted"):
        fail_kinds(["added,deleted"])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("国办发〔2019〕54号", "国办发[2019]54号"),
        ("（试行）", "(试行)"),
        ("第２０条", "第20条"),
        ("低保 政策", "低保政策"),
        ("“低保”", '"低保"'),
    ],
)
def test_normal_text_folds_formatting_variants(a: str, b: str) -> None:
    assert normal_text(a) == normal_text(b)


@pytest.mark.parametrize(("a", "b"), [("GB T", "GBT"), ("低保", "特困"), ("20个", "10个")])
def test_normal_text_keeps_real_differences(a: str, b: str) -> None:
    assert normal_text(a) != normal_text(b)


def test_diff_reports_escape_markup_in_values(versions: Versions) -> None:
    def edit(data: dict[str, Any]) -> None:
        items_of(data)[0]["note"] = '<script>alert("x")</script> | *粗体*'

    old, new = versions(edit)
    result = api.diff(str(old), str(new), old)
    page = render_html(result.diff, result.settings.lang).decode("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    markdown = to_markdown(result.diff, result.settings.lang)
    assert "<script>" not in markdown
    assert r"\| \*粗体\*" in markdown
