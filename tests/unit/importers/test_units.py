"""Attributions as real plans write them: labels, role words, compound and collective units."""

from __future__ import annotations

import pytest

from gkcat.importers.units import Attribution, parse_attribution, split_units

CASES = [
    (
        "责任单位：县民政局、县财政局；完成时限：2024年6月底前",
        Attribution([], ["县民政局", "县财政局"], "2024年6月底前"),
    ),
    ("责任单位：办公室牵头，各科室配合", Attribution(["办公室"], ["各科室"], "")),
    (
        "责任单位：财政所、便民综合服务中心、土管所等",
        Attribution([], ["财政所", "便民综合服务中心", "土管所"], ""),
    ),
    (
        "责任单位：各乡镇人民政府（街道办事处）、县直各部门；完成时限：持续推进",
        Attribution([], ["各乡镇人民政府（街道办事处）", "县直各部门"], "持续推进"),
    ),
    (
        "牵头单位:省政务办;责任单位:省有关单位,各市、州、县人民政府;完成时间:20xx年12月底前",
        Attribution(["省政务办"], ["省有关单位", "各市、州、县人民政府"], "20xx年12月底前"),
    ),
    (
        "牵头处室:局数字化改革专班,协同处室:测绘处、各相关处室",
        Attribution(["局数字化改革专班"], ["测绘处", "各相关处室"], ""),
    ),
    (
        "责任单位:市民政局、各县区党委、政府牵头",
        Attribution(["市民政局", "各县区党委、政府"], [], ""),
    ),
    (
        "责任单位:市司法局牵头,市直有关单位参加",
        Attribution(["市司法局"], ["市直有关单位"], ""),
    ),
    ("责任单位：县政府办；时间节点：年底前", Attribution([], ["县政府办"], "年底前")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_attribution_roles(text: str, expected: Attribution) -> None:
    assert parse_attribution(text) == expected


@pytest.mark.parametrize("text", ["此件公开发布", "试行", "含12345热线", "2024年"])
def test_parenthesis_without_a_label_is_no_attribution(text: str) -> None:
    assert parse_attribution(text) is None


def test_unit_lists_split_outside_brackets_and_on_spaces() -> None:
    assert split_units("区直各部门 各派驻单位 各专业运营公司") == [
        "区直各部门",
        "各派驻单位",
        "各专业运营公司",
    ]
    assert split_units("市城管执法局,各镇 (办、区)") == ["市城管执法局", "各镇(办、区)"]
