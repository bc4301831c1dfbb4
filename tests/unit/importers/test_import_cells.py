"""Cell-level readers of the import: folded text, 口 boxes, channels, citations, types, headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from gkcat.importers.channels import ChannelReader
from gkcat.importers.citations import split_citations, split_list, split_numbered
from gkcat.importers.power_codes import CodeMaker, code_prefix, department_heading
from gkcat.importers.power_types import PowerType, heading_type, to_power_type
from gkcat.importers.text_fold import boxes, fold

from .import_samples import SAMPLE, TRADITIONAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("临\n时\n救\n助", "临时救助"),
        ("综 合 业 务", "综合业务"),
        ("综　合　业　务", "综合业务"),  # ideographic spaces
        ("低保\n特困", "低保\n特困"),  # two words, one a line: a list, not vertical text
        ("政府网站 两微一端", "政府网站 两微一端"),
        ("1\n2", "1\n2"),  # digits are not vertical CJK text
        ("县", "县"),
    ],
)
def test_fold_joins_vertical_and_spaced_text_only(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_boxes_read_kou_as_an_empty_box_but_keep_words() -> None:
    assert boxes("■政府网站口政府公报") == "■政府网站□政府公报"
    assert boxes("口政府网站■两微一端") == "□政府网站■两微一端"
    assert boxes("■便民服务窗口") == "■便民服务窗口"  # 窗口 is a word
    assert boxes("人口信息") == "人口信息"  # no marks: not a box cell


CHANNELS = ChannelReader(SAMPLE.channels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("■政府网站口政府公报■两微一端口发布会/听证会", ["政府网站", "两微一端"]),
        ("□政府网站■社区/企事业单位/村公示栏\n(电子屏)", ["社区/企事业单位/村公示栏(电子屏)"]),
        ("社区/企事业单位/村公示栏\n（电子屏）", ["社区/企事业单位/村公示栏(电子屏)"]),
        ("发布会听证会、政府服务中心、一微一端、纸质载体",
         ["发布会/听证会", "政务服务中心", "两微一端", "纸质媒体"]),
        ("社区/企事业单位、村公示栏(电子屏)", ["社区/企事业单位/村公示栏(电子屏)"]),
        ("入户/\n现场 精准推送", ["入户/现场", "精准推送"]),
        ("政府网站，12345热线", ["政府网站", "12345热线"]),
        ("√政府网站 √两微一端", ["政府网站", "两微一端"]),
        ("", []),
    ],
)  # fmt: skip
def test_channels_map_spellings_boxes_and_broken_labels(text: str, expected: list[str]) -> None:
    assert CHANNELS.read(text) == expected


def test_channel_conflicts_are_found() -> None:
    assert CHANNELS.conflicts("■政府网站□两微一端□政府网站") == ["政府网站"]
    assert CHANNELS.conflicts("■政府网站□两微一端") == []


def test_citations_split_on_real_separators_only() -> None:
    broken = "《中华人民共和国\n行政许可法》第十二条\n《社会救助暂行办法》（国务院令\n第649号）"
    assert split_citations(broken) == [
        "《中华人民共和国行政许可法》第十二条",
        "《社会救助暂行办法》（国务院令第649号）",
    ]
    assert split_citations("1.《甲》第一条2.《乙》第二条") == ["《甲》第一条", "《乙》第二条"]
    assert split_citations("《甲》第一条；《乙》") == ["《甲》第一条", "《乙》"]
    assert split_citations("《甲》第三条、《乙》第四条") == ["《甲》第三条", "《乙》第四条"]
    assert split_citations("《甲》和《乙》") == ["《甲》和《乙》"]  # one citation naming two
    assert split_citations("《甲》\n第十一条") == ["《甲》第十一条"]
    assert split_citations("Regulation of\nthe State") == ["Regulation of the State"]


def test_lists_strip_every_number_never_only_the_first() -> None:
    assert split_list("1.受理部门\n2.办理条件") == ["受理部门", "办理条件"]
    assert split_list("1.受理部门2.办理条件3.办理时限") == ["受理部门", "办理条件", "办理时限"]
    assert split_list("（1）录取名单（2）报到时间") == ["录取名单", "报到时间"]
    assert split_list("①名单\n②金额") == ["名单", "金额"]
    assert split_list("2024年度预算") == ["2024年度预算"]
    assert split_numbered("1.受理责任：受理\n申请。\n2.审查责任") == [
        "受理责任：受理申请。",
        "审查责任",
    ]
    assert split_numbered("检查责任：\n按规定检查") == ["检查责任：按规定检查"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("行政许可", PowerType("行政许可")),
        ("许可", PowerType("行政许可")),
        ("行政处罚类", PowerType("行政处罚")),
        ("其他行政权力-备案", PowerType("其他行政权力", "备案")),
        ("其他行政权力－审核转报", PowerType("其他行政权力", "审核转报")),
        ("其他行政权力（其他）", PowerType("其他行政权力", "其他")),
        ("其他", PowerType("其他行政权力")),
        ("行政审批", PowerType("行政许可", "", "行政审批")),
        ("行政备案", PowerType("其他行政权力", "备案")),
        ("行政征用", PowerType("其他行政权力", "行政征用")),
        ("行政监督检查", PowerType("行政检查", "", "行政监督检查")),
        ("公共服务事项", PowerType("公共服务", "", "公共服务事项")),
        ("行政收费", PowerType("行政征收", "", "行政收费")),
        ("行政复议", PowerType("其他行政权力", "行政复议")),
        ("其他权力事项", PowerType("其他行政权力")),
        ("行政许可-备案", None),  # only 其他行政权力 has subtypes
        ("许可证", None),
    ],
)
def test_power_types_cover_9_plus_x_categories(text: str, expected: PowerType | None) -> None:
    assert to_power_type(text) == expected


def test_headings_name_types_and_departments() -> None:
    assert heading_type("一、行政许可（共12项）") == PowerType("行政许可")
    assert heading_type("（三）其他行政权力-备案（2项）") == PowerType("其他行政权力", "备案")
    assert heading_type("一、示例县民政局（共3项）") is None
    registry = SAMPLE.registry
    assert department_heading("一、县民政局（共3项）", registry) == "示例县民政局"
    assert department_heading("二、区发展和改革委员会", registry) == "区发展和改革委员会"
    assert department_heading("注：本清单动态调整", registry) is None
    assert department_heading("制表单位：示例县民政局", registry) is None


def test_generated_codes_are_numbered_per_type_with_a_readable_prefix() -> None:
    assert code_prefix("", "civil-affairs") == "CIVIL-AFFAIRS"
    assert code_prefix("4509xx", "civil-affairs") == "4509xx"
    assert code_prefix("", "民政") == "GEN"
    maker = CodeMaker("MZ")
    codes = [maker.next(t) for t in ("行政许可", "行政许可", "行政处罚", "公共服务")]
    assert codes == ["MZ-XK-0001", "MZ-XK-0002", "MZ-CF-0001", "MZ-GG-0001"]
    assert maker.made == 4


def test_level_texts_name_one_or_several_levels() -> None:
    from gkcat.importers.catalog_context import LEVEL_WORDS
    from gkcat.importers.headers import option_words

    assert option_words("县级和乡级", LEVEL_WORDS) == ["县级", "乡级"]
    assert option_words("州级县级", LEVEL_WORDS) == ["市级", "县级"]
    assert option_words("县、乡", LEVEL_WORDS) == ["县级", "乡级"]
    assert option_words("各级", LEVEL_WORDS) == []


def test_traditional_characters_become_simplified_and_are_reported_once(tmp_path: Path) -> None:
    from gkcat.importers.traditional import simplified

    assert simplified("公開內容 縣級 政府網站 行政許可") == "公开内容 县级 政府网站 行政许可"
    assert simplified("社会救助 县级") == "社会救助 县级"  # simplified text is left alone
    [d] = TRADITIONAL.read(tmp_path).diagnostics
    assert (d.code, d.line, d.column) == ("GK643", 1, 1)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("最低生活保障（续）", "最低生活保障"),
        ("临时救助 (续)", "临时救助"),
        ("特困人员救助供养（续表）", "特困人员救助供养"),
        ("继续教育", "继续教育"),
    ],
)
def test_a_label_repeated_on_a_later_page_is_the_label(label: str, expected: str) -> None:
    from gkcat.importers.catalog_rows import _continued

    assert _continued(label) == expected
