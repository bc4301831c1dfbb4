"""The 公开时限 grammar section of docs/rules.md: examples rendered by the grammar itself."""

from __future__ import annotations

from gkcat import vocab
from gkcat.checks import time_grammar
from gkcat.checks.time_grammar import parse_time_limit

EXAMPLES: tuple[str, ...] = (
    "自信息形成或者变更之日起20个工作日内",
    "自信息形成之日起二十个工作日内",
    "批准后20日内",
    "每季度结束后15日内",
    "1个月内",
    "自收到申请之日起20个工作日内；需要延长的，延长期限最长不得超过20个工作日",
    "自收到申请之日起60个工作日内",
    "每年1月31日前",
    "2024年6月30日前",
    "年底前",
    "每月10日前",
    "永久公开",
    "常年公开",
    "及时公开",
    "按进展情况及时公开",
    "重大决策作出后及时公开",
    "实时更新",
    "动态调整",
    "每季度",
    "半年至少更新1次",
    "项目完成后",
    "公示7个工作日",
    "征地补偿安置方案公告期不少于30日",
    "法律、法规另有规定的，从其规定",
    "视情况而定",
)

_KINDS = {
    "period": "period 期限",
    "standing": "standing 常设",
    "deadline": "fixed date 固定日期",
    "periodic": "frequency 频次",
    "event": "event 事件后",
    "deferred": "deferred 另有规定",
    "duration": "duration 公示期",
}


def _days(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def render_grammar_markdown() -> str:
    """The grammar's steps and a table of phrasings with how each is read."""
    steps = (time_grammar.__doc__ or "").split("\n\n")[2].strip()
    lines = [
        "",
        "## 公开时限 grammar (GK305, GK306, GK314)",
        "",
        "Before it is read, a time limit is normalised like every value (layout whitespace and",
        "traditional characters out, GK311/GK321). Then:",
        "",
        steps,
        "",
        "A *period* is judged: a 主动 item may allow at most 20 working days (条例 第二十六条,",
        "GK306); a 依申请 item at most 20, with one extension of at most 20 (第三十三条, GK314).",
        "Calendar days count 5/7, a month 21.75 working days. Nothing else is judged, and neither",
        "is an item whose basis cites a law that sets its own limit (预算法, 预算法实施条例,",
        "地方预决算公开操作规程). Only text matching no step is GK305.",
        "",
        "| 公开时限 | read as | working days | extension |",
        "|---|---|---|---|",
    ]
    for text in EXAMPLES:
        parsed = parse_time_limit(text)
        if parsed is None:
            lines.append(f"| {text} | unreadable (GK305) | | |")
            continue
        lines.append(
            f"| {text} | {_KINDS[parsed.kind]} | {_days(parsed.working_days)} "
            f"| {_days(parsed.extension)} |"
        )
    return "\n".join(lines) + "\n" + _normalisation()


def _normalisation() -> str:
    lines = [
        "",
        "## Normalisation and `gkcat fix`",
        "",
        "Every catalog value is normalised before its vocabulary, registry, time-limit and",
        "citation checks, and each change is reported once as a fixable diagnostic (marked",
        '`[可用 gkcat fix 修正]`, `"fixable": true` in JSON); the normalised value is what the',
        "other rules judge. `gkcat fix [PATH…] [--diff]` writes the same changes into the YAML,",
        "keeping comments, key order and layout: whitespace inside words (GK311), 、-lists in one",
        "string (GK312), other names of standard values (GK313), traditional characters and",
        "pinyin glosses (GK321), 文号 brackets and forms (GK309, GK320) and 国务院令第492号 →",
        "第711号 with the title kept (GK307). Nothing else is rewritten: a wrong number (GK316),",
        "a near-miss title (GK317) or a repealed law (GK318) needs a person to decide.",
        "",
        "Whitespace is layout when it stands between two word characters (Chinese characters,",
        "Chinese punctuation, digits, brackets) of which one is Chinese: `公安\\n分局`,",
        "`10 个 工作日`. It stays before 《 (two citations) and between Latin letters",
        "(`GB/T 3095`).",
        "A list field (channels, audience, mode, levels) is split on 、，,；; outside brackets,",
        "so `县（市、区）级` stays one value; a 公开主体 is split only when every part is a",
        "registered department.",
        "",
        "Channels: the 条例's own names for channels (第二十三条 to 第二十五条) are accepted and",
        "counted in the standard channel the published table prints them under (GK313, info);",
        "`gkcat fix` writes the standard name. A channel cell citing the articles stands for the",
        "channels they name. A local channel that is none of these is registered in gkcat.yaml",
        "(`channels: [村务公开栏]`); until then it is GK315.",
        "",
        "| written | counted as |",
        "|---|---|",
    ]
    lines += [f"| {alias} | {official} |" for alias, official in vocab.CHANNEL_ALIASES.items()]
    lines += [
        f"| 第{_CN[number]}条 | {'、'.join(channels)} |"
        for number, channels in vocab.ARTICLE_CHANNELS.items()
    ]
    return "\n".join(lines) + "\n"


_CN = {23: "二十三", 24: "二十四", 25: "二十五"}
