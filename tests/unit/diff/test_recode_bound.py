"""The recode pre-filter gives exactly difflib's quick_ratio bound, so pairing is unchanged."""

from __future__ import annotations

import random

from gkcat.diff.recode import _Counts, _quick_bound, similarity

WORDS = [
    "社会救助",
    "低保",
    "特困",
    "公开",
    "政策文件",
    "办事指南",
    "a",
    "b",
    " ",
    "",
    "（第1部分）",
]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 6)))


def test_the_bound_equals_the_quick_similarity_on_many_pairs() -> None:
    rng = random.Random(16)
    counts = _Counts()
    for _ in range(2000):
        a = (_text(rng), _text(rng), _text(rng))
        b = (_text(rng), a[1] if rng.random() < 0.3 else _text(rng), _text(rng))
        assert _quick_bound(a, b, counts) == similarity(a, b, quick=True)
        assert _quick_bound(b, a, counts) == similarity(b, a, quick=True)
        assert similarity(a, b) <= _quick_bound(a, b, counts) + 1e-12
