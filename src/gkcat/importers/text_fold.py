"""Cell text as printed tables lay it out → the words it holds.

Tables converted from web pages or PDFs carry the page's layout in their cells: a narrow column
prints 临时救助 one character a line (``临\\n时\\n救\\n助``), a heading is letter-spaced
(``综 合 业 务``), and the empty check box is often typed as the CJK character 口. These
functions undo that layout without touching text whose lines or spaces mean something.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BOX_MARKS = "■☑✓√✔□☐"
_WORDS_WITH_KOU = frozenset("窗人出入路港接端门户借缺开关胸闸道")
"""Characters that make 口 part of a word (窗口, 人口, 出入口 …) rather than a box."""


def _single_cjk(token: str) -> bool:
    return len(token) == 1 and bool(_CJK.match(token))


def fold(text: str) -> str:
    """Vertical text (one character a line) and letter-spaced text become the word.

    ``临\\n时\\n救\\n助`` → 临时救助, ``综 合 业 务`` → 综合业务; text with any longer
    line or word is returned unchanged, so lists and sentences keep their breaks.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) >= 2 and all(_single_cjk(line) for line in lines):
        return "".join(lines)
    if len(lines) == 1:
        tokens = lines[0].split()
        if len(tokens) >= 2 and all(_single_cjk(t) for t in tokens):
            return "".join(tokens)
    return text


def fold_grid(grid: list[list[str]]) -> list[list[str]]:
    """:func:`fold` applied to every cell."""
    return [[fold(cell) if cell else cell for cell in row] for row in grid]


def boxes(text: str, starts_label: Callable[[str], bool] = lambda rest: False) -> str:
    """口 used as an empty check box (■政府网站口政府公报) → □, leaving 窗口, 人口 … alone.

    Only a cell that already holds check marks, or starts with 口, is read as a list of boxes.
    A 口 after a character that forms a word with it (端口, 窗口) is still a box when the text
    after it starts a label (``starts_label``): ■两微一端口发布会/听证会.
    """
    if "口" not in text:
        return text
    if not (any(mark in text for mark in _BOX_MARKS) or text.lstrip().startswith("口")):
        return text
    chars = list(text)
    for index, char in enumerate(chars):
        before = chars[index - 1] if index else ""
        if char == "口" and (before not in _WORDS_WITH_KOU or starts_label(text[index + 1 :])):
            chars[index] = "□"
    return "".join(chars)
