"""公开渠道和载体 cells → channel names of the vocabulary (spellings, boxes, line breaks)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gkcat import vocab
from gkcat.importers.text_fold import boxes

# Spellings seen in published tables for the standard channels. Matching is on the key (see
# _key), so punctuation and spacing variants of these need no entry of their own.
VARIANTS: dict[str, str] = {
    "政府门户网站": "政府网站",
    "门户网站": "政府网站",
    "政府信息公开网站": "政府网站",
    "一微一端": "两微一端",
    "双微一端": "两微一端",
    "微博微信客户端": "两微一端",
    "政务新媒体": "两微一端",
    "发布会": "发布会/听证会",
    "新闻发布会": "发布会/听证会",
    "新闻发布会听证会": "发布会/听证会",
    "广播": "广播电视",
    "电视": "广播电视",
    "纸质载体": "纸质媒体",
    "报刊": "纸质媒体",
    "报纸": "纸质媒体",
    "查阅点": "公开查阅点",
    "政府信息公开查阅点": "公开查阅点",
    "政府服务中心": "政务服务中心",
    "政务服务大厅": "政务服务中心",
    "政务大厅": "政务服务中心",
    "政务中心": "政务服务中心",
    "便民服务中心": "便民服务站",
    "便民服务点": "便民服务站",
    "便民服务窗口": "便民服务站",
    "入户": "入户/现场",
    "现场": "入户/现场",
    "社区企事业单位村公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "公示栏电子屏": "社区/企事业单位/村公示栏(电子屏)",
    "公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "村务公开栏": "社区/企事业单位/村公示栏(电子屏)",
    "其它": "其他",
}
_PUNCTUATION = re.compile(r"[\s/／、·.．()（）\[\]【】]")
_BOX = re.compile(r"([■☑✓√✔□☐])\s*([^■☑✓√✔□☐]+)")
_UNTICKED = "□☐"
_MARKS = re.compile(r"[■☑✓√✔□☐口]")
_SEPARATORS = re.compile(r"[、,，;；\s]+")


def _key(name: str) -> str:
    return _PUNCTUATION.sub("", name)


class ChannelReader:
    """Reads channel cells against the vocabulary plus the region's registered channels."""

    def __init__(self, registered: Iterable[str] = ()) -> None:
        known = [*vocab.CHANNELS, *registered]
        self._lookup = {_key(v): c for v, c in VARIANTS.items()}
        self._lookup.update({_key(c): c for c in known})
        self._registered = frozenset(known)

    def name(self, text: str) -> str:
        """The vocabulary's name for one channel label, or the label (compacted) itself."""
        compact = "".join(text.split())
        return self._lookup.get(_key(compact), compact)

    def known(self, name: str) -> bool:
        return name in self._registered

    @property
    def known_names(self) -> frozenset[str]:
        return self._registered

    def conflicts(self, text: str) -> list[str]:
        """Channels a box cell both ticks and leaves unticked (■政府网站 … □政府网站)."""
        ticked: set[str] = set()
        unticked: set[str] = set()
        for mark, label in _BOX.findall(boxes(text, self._label_follows)):
            (unticked if mark in _UNTICKED else ticked).add(self.name(label))
        return sorted(ticked & unticked)

    def read(self, text: str) -> list[str]:
        """■政府网站 □政府公报 ■两微一端 → the ticked ones; a plain list → every one of them.

        A label broken across lines or spaces (社区/企事业单位/村公示栏\\n(电子屏)) is one channel.
        """
        marked = boxes(text, self._label_follows)
        found = _BOX.findall(marked)
        if found:
            labels = ["".join(name.split()) for mark, name in found if mark not in _UNTICKED]
        else:
            labels = self._join(t for t in _SEPARATORS.split(text) if t)
        names = (self.name(label) for label in labels if label.strip())
        return list(dict.fromkeys(names))

    def _join(self, tokens: Iterable[str]) -> list[str]:
        """Rejoin tokens while together they spell the start of a known channel."""
        labels: list[str] = []
        pending = ""
        for token in tokens:
            joined = pending + token
            if pending and (self._starts_known(joined) or token[0] in "(（/／"):
                pending = joined
                continue
            if pending:
                labels.append(pending)
            pending = token
        if pending:
            labels.append(pending)
        return labels

    def _starts_known(self, text: str) -> bool:
        """True when ``text`` is the start of a known channel."""
        key = _key(text)
        return any(k.startswith(key) for k in self._lookup)

    def _label_follows(self, text: str) -> bool:
        """True when ``text`` (the rest of a box cell) begins with a known channel."""
        key = _key(_MARKS.split(text, maxsplit=1)[0])
        return bool(key) and any(k.startswith(key) or key.startswith(k) for k in self._lookup)
