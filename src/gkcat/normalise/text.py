"""String functions: layout whitespace, 、-lists, traditional characters and pinyin glosses."""

from __future__ import annotations

import re

from gkcat.normalise.traditional import TRADITIONAL

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_WIDE = r"\u3000-\u303f\uff01-\uff60\u2014\u2026\u00b7"  # CJK and fullwidth punctuation
_WORD = rf"{_HAN}{_WIDE}0-9()\[\]"
# Whitespace between two word characters of which one is Chinese is layout (PDF and web tables
# break lines and justify with spaces); before 《 it separates two citations, so it stays.
_LAYOUT = re.compile(rf"(?<=[{_WORD}])\s+(?=[{_WORD}])")
_CHINESE = re.compile(rf"[{_HAN}{_WIDE}]")
_SPACE = re.compile(r"\s")

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[{_HAN}])(?:\s*[(（](?=[a-zü]*[{_TONES}])[a-z{_TONES}ü]+[)）])+")
_TRADITIONAL = re.compile("[" + "".join(TRADITIONAL) + "]")
_TABLE = str.maketrans(TRADITIONAL)

SEPARATORS = "、，,；;"

_MARKS = rf"[{''.join(TRADITIONAL)}]|[(（][a-zü{_TONES}]"


def suspect_pattern(*, layout: bool, lists: bool, marks: bool = True) -> re.Pattern[str]:
    """Matches every text that normalisation might change (and a few it will not)."""
    extra = ("\\s" if layout else "") + (SEPARATORS if lists else "")
    alternatives = [f"[{extra}]"] if extra else []
    return re.compile("|".join([*alternatives, *([_MARKS] if marks else [])]) or "(?!)")


_OPEN, _CLOSE = "(（[［〔【《", ")）]］〕】》"


# A jointly issued document names its issuers with a space between them (《民政部 财政部关于…》);
# that space belongs to the title. It follows an issuer's last character, before 关于.
_ISSUER_END = frozenset("部委办局署厅院会行室府司社团联")


def _between_issuers(text: str, at: int) -> bool:
    opened = text.rfind("《", 0, at)
    if opened < 0 or "关于" in text[opened:at] or text.rfind("》", 0, at) > opened:
        return False
    closed = text.find("》", at)
    return text[at - 1] in _ISSUER_END and "关于" in text[at : closed if closed >= 0 else None]


def strip_layout(text: str, *, titles: bool = False) -> str:
    """Remove whitespace inside words: 公安\\n分局 → 公安分局, 10 个 工作日 → 10个工作日.

    With ``titles``, the space between the issuers of a joint document stays (one space).
    """
    if not _SPACE.search(text):
        return text
    stripped = text.strip()

    def keep_or_drop(match: re.Match[str]) -> str:
        left, right = stripped[match.start() - 1], stripped[match.end()]
        if right == "《" or not (_CHINESE.match(left) or _CHINESE.match(right)):
            return match.group()
        if titles and _between_issuers(stripped, match.start()):
            return " "
        return ""

    return _LAYOUT.sub(keep_or_drop, stripped)


def split_list(text: str) -> list[str]:
    """政府网站、公开查阅点 → [政府网站, 公开查阅点]; separators inside brackets do not split."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in SEPARATORS and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def has_separator(text: str) -> bool:
    return any(s in text for s in SEPARATORS)


_GLOSS = re.compile(rf"[(（][a-zü]*[{_TONES}]")
"""A cheaper superset of _PINYIN (no look-behind), for the first test of a whole text."""


def mirror_marks(text: str) -> bool:
    """True when ``text`` has traditional characters or pinyin glosses (mirror-site copies)."""
    return bool(_TRADITIONAL.search(text) or (_GLOSS.search(text) and _PINYIN.search(text)))


def unmirror(text: str) -> str:
    """城鄉(xiāng)規劃法 → 城乡规划法: drop pinyin glosses, map known traditional characters."""
    return _PINYIN.sub("", text).translate(_TABLE)
