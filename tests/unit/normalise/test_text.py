from __future__ import annotations

import pytest

from gkcat import vocab
from gkcat.model import Registry
from gkcat.normalise.document import catalog_edits
from gkcat.normalise.fields import article_channels
from gkcat.normalise.text import split_list, strip_layout, unmirror
from gkcat.normalise.traditional import TRADITIONAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公安\n分局", "公安分局"),
        ("社区/企事业单位/村公示栏 (电子屏)", "社区/企事业单位/村公示栏(电子屏)"),
        ("制 定 或 获 取 信 息之日起 10 个 工作日内", "制定或获取信息之日起10个工作日内"),
        ("《中华人民共和国人口与计划生育 法》", "《中华人民共和国人口与计划生育法》"),
        ("（国办发〔2017〕94 号）", "（国办发〔2017〕94号）"),
        ("示例县　民政局", "示例县民政局"),  # an ideographic space
        ("《条例》 第十九条", "《条例》第十九条"),
    ],
)
def test_layout_whitespace_inside_words_goes(text: str, expected: str) -> None:
    assert strip_layout(text) == expected


@pytest.mark.parametrize(
    "text", ["《甲》 《乙》", "GB/T 3095-2012", "GB 3095", "20 24", "Order No. 711", "政府网站"]
)
def test_meaningful_whitespace_stays(text: str) -> None:
    assert strip_layout(text) == text


def test_the_space_between_joint_issuers_stays_in_a_title() -> None:
    joint = "《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）"
    assert strip_layout(joint, titles=True) == joint
    assert (
        strip_layout("《民政部\n  财政部关于加强的意见》", titles=True)
        == "《民政部 财政部关于加强的意见》"
    )
    assert strip_layout("《人口与计划生育 法》", titles=True) == "《人口与计划生育法》"
    assert strip_layout("民政部 财政部") == "民政部财政部"  # outside a title: layout


def test_lists_split_outside_brackets_only() -> None:
    assert split_list("主动、依申请") == ["主动", "依申请"]
    assert split_list("政府网站；两微一端, 便民服务站") == ["政府网站", "两微一端", "便民服务站"]
    assert split_list("县（市、区）级、乡级") == ["县（市、区）级", "乡级"]
    assert split_list("政府网站、") == ["政府网站"]


def test_mirror_text_becomes_simplified() -> None:
    assert unmirror("城鄉(xiāng)規劃法") == "城乡规划法"
    assert unmirror("國發〔2016〕51號") == "国发〔2016〕51号"
    assert unmirror("附件(a)") == "附件(a)"  # no tone mark: not a gloss


def test_traditional_table_maps_only_to_other_characters() -> None:
    assert TRADITIONAL
    assert all(len(k) == len(v) == 1 and k != v for k, v in TRADITIONAL.items())
    assert not set(TRADITIONAL) & set(TRADITIONAL.values())
    assert not set(TRADITIONAL) & set("后干于余")


def test_article_channels_expand_only_articles_on_channels() -> None:
    assert article_channels("第二十三、二十四条") == vocab.ARTICLE_CHANNELS[23]
    assert article_channels("《政府信息公开条例》第二十五条规定的场所") == ("公开查阅点",)
    assert article_channels("第十九条") is None
    assert article_channels("政府网站") is None


def test_aliases_name_standard_values() -> None:
    for aliases, values in (
        (vocab.CHANNEL_ALIASES, vocab.CHANNELS),
        (vocab.MODE_ALIASES, vocab.MODES),
        (vocab.AUDIENCE_ALIASES, vocab.AUDIENCES),
        (vocab.LEVEL_ALIASES, vocab.LEVELS),
    ):
        assert set(aliases.values()) <= set(values)
        assert not set(aliases) & set(values)
    assert all(set(c) <= set(vocab.CHANNELS) for c in vocab.ARTICLE_CHANNELS.values())


def test_clean_document_is_returned_unchanged() -> None:
    data = {"domain": "社会救助", "items": [{"mode": ["主动"], "channels": "政府网站"}]}
    normal, edits = catalog_edits(data, channels=vocab.CHANNELS, registry=Registry())
    assert normal is data
    assert edits == []


def test_a_subject_list_splits_only_into_registered_departments() -> None:
    from gkcat.model import Department

    registry = Registry.of([Department("示例县民政局", ()), Department("示例县财政局", ())])
    data = {"items": [{"subject": "示例县民政局、示例县财政局"}, {"subject": "甲、乙"}]}
    normal, edits = catalog_edits(data, channels=vocab.CHANNELS, registry=registry)
    assert normal["items"][0]["subject"] == ["示例县民政局", "示例县财政局"]
    assert normal["items"][1]["subject"] == "甲、乙"
    assert [e.pointer for e in edits] == ["/items/0/subject"]


def test_safe_suggest_never_swaps_meaning() -> None:
    assert vocab.safe_suggest("政府网占", vocab.CHANNELS) == "政府网站"
    assert vocab.safe_suggest("主动依申请", vocab.MODES) == ""
    assert vocab.safe_suggest("被动", vocab.MODES) == ""
    assert vocab.contained_in("民政局", ["示例县民政局", "示例县财政局"]) == "示例县民政局"
    assert vocab.contained_in("示例县财政局", ["示例县民政局"]) == ""


def test_the_text_shortcut_finds_the_same_edits() -> None:
    from pathlib import Path

    import yaml

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "published-rows" / "catalogs"
    mirror = "items:\n  - name: 審核結果\n    basis: 《城鄉(xiāng)規劃法》\n"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixture.rglob("*.yaml"))]
    for text in [*texts, mirror]:
        data = yaml.safe_load(text)
        full = catalog_edits(data, channels=vocab.CHANNELS, registry=Registry())
        quick = catalog_edits(data, channels=vocab.CHANNELS, registry=Registry(), text=text)
        assert quick == full
    assert (
        len(
            catalog_edits(
                yaml.safe_load(mirror), channels=vocab.CHANNELS, registry=Registry(), text=mirror
            )[1]
        )
        == 2
    )
