"""Character-level differences inside one field (Chinese has no spaces to split words at)."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Literal, TypeAlias

Mark = Literal["", "del", "ins"]
Part: TypeAlias = "tuple[str, Mark]"


def inline(old: str, new: str) -> tuple[tuple[Part, ...], tuple[Part, ...]]:
    """Split ``old`` and ``new`` into runs, marking what was deleted from one and inserted in the
    other; a lone unchanged character between two edits joins the edit, so the highlight reads as
    whole words (改「低保」为「特困」 rather than four single-character flips)."""
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    runs: list[tuple[bool, int, int, int, int]] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(ops):
        lone = tag == "equal" and i2 - i1 == 1 and 0 < index < len(ops) - 1
        changed = tag != "equal" or lone
        if changed and runs and runs[-1][0]:
            runs[-1] = (True, runs[-1][1], i2, runs[-1][3], j2)
        else:
            runs.append((changed, i1, i2, j1, j2))
    before: list[Part] = []
    after: list[Part] = []
    for changed, i1, i2, j1, j2 in runs:
        _add(before, old[i1:i2], "del" if changed else "")
        _add(after, new[j1:j2], "ins" if changed else "")
    return tuple(before), tuple(after)


def _add(parts: list[Part], text: str, mark: Mark) -> None:
    if text:
        parts.append((text, mark))
