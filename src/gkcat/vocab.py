"""The controlled vocabularies: domains, levels, channels, audiences, modes, power types."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# The 26 standard pilot domains (国办发〔2017〕42号, as listed in seeds/004), with ASCII slugs used
# for catalog paths (catalogs/<slug>/<level>.yaml), so ids are safe in URLs.
DOMAINS: dict[str, str] = {
    "重大建设项目": "major-construction",
    "公共资源交易": "public-resource-trading",
    "义务教育": "compulsory-education",
    "户籍管理": "household-registration",
    "社会救助": "social-assistance",
    "养老服务": "elderly-care",
    "公共法律服务": "public-legal-services",
    "财政预决算": "budget-and-accounts",
    "就业": "employment",
    "社会保险": "social-insurance",
    "城乡规划": "urban-rural-planning",
    "农村集体土地征收": "rural-land-expropriation",
    "生态环境": "ecology-environment",
    "保障性住房": "affordable-housing",
    "国有土地上房屋征收": "housing-expropriation",
    "农村危房改造": "rural-housing-renovation",
    "市政服务": "municipal-services",
    "城市综合执法": "urban-law-enforcement",
    "涉农补贴": "agricultural-subsidies",
    "公共文化服务": "public-cultural-services",
    "卫生健康": "health",
    "安全生产": "work-safety",
    "救灾": "disaster-relief",
    "食品药品监管": "food-drug-regulation",
    "税收管理": "tax-administration",
    "扶贫": "poverty-alleviation",
}

# Older or regional names of the same domains: did-you-mean suggestions in catalogs, and accepted
# by `gkcat init --domains` and `gkcat new`. 卫生计生 is the 2017 guidelines' name of 卫生健康;
# 扶贫 keeps the guidelines' name (and 一级事项), with today's 乡村振兴 wording as an alias.
DOMAIN_ALIASES: dict[str, str] = {
    "征地补偿": "农村集体土地征收",
    "环境保护": "生态环境",
    "医疗卫生": "卫生健康",
    "卫生计生": "卫生健康",
    "救灾生产": "救灾",
    "乡村振兴": "扶贫",
    "巩固拓展脱贫攻坚成果": "扶贫",
}

LEVELS: tuple[str, ...] = ("省级", "市级", "县级", "乡级", "村级")

# Path segments that name a level, so `catalogs/social-assistance/county.yaml` must say 县级.
LEVEL_SLUGS: dict[str, str] = {
    "province": "省级",
    "city": "市级",
    "county": "县级",
    "township": "乡级",
    "village": "村级",
}

# 公开渠道和载体, in the order the published table prints them.
CHANNELS: tuple[str, ...] = (
    "政府网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
    "其他",
)

AUDIENCES: tuple[str, ...] = ("全社会", "特定群体")
MODES: tuple[str, ...] = ("主动", "依申请")

POWER_TYPES: tuple[str, ...] = (
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政征收",
    "行政给付",
    "行政检查",
    "行政确认",
    "行政奖励",
    "行政裁决",
    "其他行政权力",
    "公共服务",
)

MUST_COVER_DEFAULT: tuple[str, ...] = (
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政征收",
    "行政给付",
    "行政确认",
    "公共服务",
)

KINDS: dict[str, str] = {"catalog": "catalogs", "power-list": "powers", "task-plan": "tasks"}
"""Source kinds and the project directory each lives in."""


def suggest(value: str, choices: Iterable[str], *, aliases: dict[str, str] | None = None) -> str:
    """Return the closest choice to ``value`` ("" when none is close).

    Chinese has no word boundaries, so character-level similarity is what works:
    政府网占 → 政府网站, 县民政 局 → 县民政局.
    """
    if aliases and value in aliases:
        return aliases[value]
    pool = list(dict.fromkeys(choices))
    compact = "".join(value.split())
    if compact != value and compact in pool:
        return compact
    matches = difflib.get_close_matches(compact, pool, n=1, cutoff=0.6)
    if matches:
        return matches[0]
    # A short name that is contained in exactly one choice (民政局 → 示例县民政局).
    contained = [c for c in pool if compact and compact in c]
    return contained[0] if len(contained) == 1 else ""


# Other names of the standard values (条例 wording, common variants), mapped to the official one.
# They are accepted; validate notes them (GK313) and `gkcat fix` writes the official name.
# 政府信息公开条例 第二十三条 names 政府公报、政府网站、政务新媒体、新闻发布会、报刊、广播、电视;
# the standard table prints them in its own channel columns.
CHANNEL_ALIASES: dict[str, str] = {
    "政府门户网站": "政府网站",
    "门户网站": "政府网站",
    "政府信息公开平台": "政府网站",
    "政务新媒体": "两微一端",
    "政务微博": "两微一端",
    "政务微信": "两微一端",
    "政务客户端": "两微一端",
    "新闻发布会": "发布会/听证会",
    "政策吹风会": "发布会/听证会",
    "发布会": "发布会/听证会",
    "听证会": "发布会/听证会",
    "报刊": "纸质媒体",
    "报纸": "纸质媒体",
    "广播": "广播电视",
    "电视": "广播电视",
    "政府信息查阅场所": "公开查阅点",
    "查阅场所": "公开查阅点",
    "政务服务场所": "政务服务中心",
    "政务服务大厅": "政务服务中心",
    "便民服务中心": "便民服务站",
    "入户现场": "入户/现场",
    "公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "公告栏": "社区/企事业单位/村公示栏(电子屏)",
    "电子屏": "社区/企事业单位/村公示栏(电子屏)",
    "社区/企事业单位/村公示栏（电子屏）": "社区/企事业单位/村公示栏(电子屏)",
}

# A channel cell that cites the 条例's articles on channels stands for the channels they name:
# 第二十三条 (above), 第二十四条 (政府门户网站), 第二十五条 (政府信息查阅场所).
ARTICLE_CHANNELS: dict[int, tuple[str, ...]] = {
    23: ("政府公报", "政府网站", "两微一端", "发布会/听证会", "纸质媒体", "广播电视"),
    24: ("政府网站",),
    25: ("公开查阅点",),
}

MODE_ALIASES: dict[str, str] = {"主动公开": "主动", "依申请公开": "依申请"}
AUDIENCE_ALIASES: dict[str, str] = {
    "社会公众": "全社会",
    "公众": "全社会",
    "特定对象": "特定群体",
    "特定人群": "特定群体",
}
LEVEL_ALIASES: dict[str, str] = {
    "省": "省级",
    "市": "市级",
    "县": "县级",
    "乡": "乡级",
    "村": "村级",
    "乡镇级": "乡级",
    "乡（镇）级": "乡级",
    "乡镇（街道）级": "乡级",
    "村（社区）级": "村级",
    "村（居）级": "村级",
}


def safe_suggest(value: str, choices: Iterable[str]) -> str:
    """A did-you-mean that keeps the meaning: a typo of one character in a longer value.

    A value that contains a whole choice (主动依申请) or is short (主持) gets none, since any
    guess there may swap one meaning for another.
    """
    pool = list(dict.fromkeys(choices))
    compact = "".join(value.split())
    if compact in pool:
        return compact
    if len(compact) < 3 or any(c in compact for c in pool):
        return ""
    for choice in pool:
        if (
            len(choice) == len(compact)
            and sum(a != b for a, b in zip(choice, compact, strict=True)) == 1
        ):
            return choice
    return ""


def contained_in(value: str, choices: Iterable[str]) -> str:
    """The one choice that contains ``value`` (民政局 → 示例县民政局), else "".

    Department names that differ by a character are different departments (财政局, 民政局), so
    only a shortened name is suggested, never a near spelling.
    """
    compact = "".join(value.split())
    found = {c for c in choices if compact and compact in c}
    return found.pop() if len(found) == 1 else ""
