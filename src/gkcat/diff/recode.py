"""Likely recodes: a removed item and an added item that describe the same disclosure."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from gkcat.diff.normalise import normal_value
from gkcat.diff.records import FIELDS, NAME_FIELDS, UNORDERED, Record

THRESHOLD = 0.75
"""Pairs at least this similar are reported as one recode instead of a removal and an addition."""
ALL_PAIRS_LIMIT = 20_000
"""Up to this many (removed × added) pairs every pair is scored; beyond it only pairs that share
a name or a content text are, so a wholesale renumbering stays linear."""
_WEIGHTS = (0.4, 0.4, 0.2)
"""名称, 公开内容 and the remaining elements: what is disclosed weighs most."""


def _parts(record: Record) -> tuple[str, str, str]:
    names, content, rest = [], [], []
    for name, value in zip(FIELDS["item"], record.values, strict=True):
        normal = normal_value(value, unordered=name in UNORDERED)
        text = normal if isinstance(normal, str) else "\n".join(normal)
        if name in NAME_FIELDS:
            names.append(text)
        elif name == "content":
            content.append(text)
        else:
            rest.append(text)
    return "/".join(names), "\n".join(content), "\x1f".join(rest)


def _ratio(a: str, b: str, *, quick: bool = False) -> float:
    if a == b:
        return 1.0
    if a > b:  # SequenceMatcher is not symmetric; a fixed order keeps diff(a, b) ≅ diff(b, a)
        a, b = b, a
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() if quick else matcher.ratio()


def _quick_bound(a: tuple[str, str, str], b: tuple[str, str, str], counts: _Counts) -> float:
    """``similarity(a, b, quick=True)`` without building matchers: difflib's ``quick_ratio`` is
    twice the size of the two texts' character multiset intersection over their total length,
    here from character counts computed once per text."""
    total = 0.0
    for w, x, y in zip(_WEIGHTS, a, b, strict=True):
        if x == y:
            total += w * 1.0
            continue
        cx, cy = counts.of(x), counts.of(y)
        if len(cx) > len(cy):
            cx, cy = cy, cx
        matches = sum(min(n, cy[c]) for c, n in cx.items() if c in cy)
        length = len(x) + len(y)
        total += w * (2.0 * matches / length if length else 1.0)
    return total


class _Counts:
    """Character counts of each text, computed once per run of :func:`pair_recodes`."""

    def __init__(self) -> None:
        self.known: dict[str, Counter[str]] = {}

    def of(self, text: str) -> Counter[str]:
        found = self.known.get(text)
        if found is None:
            found = self.known[text] = Counter(text)
        return found


def similarity(a: tuple[str, str, str], b: tuple[str, str, str], *, quick: bool = False) -> float:
    """Weighted similarity of two items' parts; ``quick`` gives a cheap upper bound."""
    return sum(w * _ratio(x, y, quick=quick) for w, x, y in zip(_WEIGHTS, a, b, strict=True))


def _candidates(
    removed: Sequence[tuple[str, str, str]], added: Sequence[tuple[str, str, str]]
) -> set[tuple[int, int]]:
    if len(removed) * len(added) <= ALL_PAIRS_LIMIT:
        return {(i, j) for i in range(len(removed)) for j in range(len(added))}
    blocks: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
    for j, parts in enumerate(added):
        blocks[0, parts[0]].append(j)
        blocks[1, parts[1]].append(j)
    return {
        (i, j)
        for i, parts in enumerate(removed)
        for j in (*blocks.get((0, parts[0]), ()), *blocks.get((1, parts[1]), ()))
    }


def pair_recodes(
    removed: Sequence[Record], added: Sequence[Record]
) -> list[tuple[Record, Record, float]]:
    """Pair removed with added items, most similar first; each item joins at most one pair."""
    if not removed or not added:
        return []
    old_parts = [_parts(r) for r in removed]
    new_parts = [_parts(a) for a in added]
    scored = []
    counts = _Counts()
    for i, j in _candidates(old_parts, new_parts):
        a, b = old_parts[i], new_parts[j]
        if _quick_bound(a, b, counts) < THRESHOLD:
            continue
        score = round(similarity(a, b), 3)
        if score >= THRESHOLD:
            r, n = removed[i], added[j]
            # The tie-break is symmetric in (r, n), so the reverse diff pairs the same items.
            scored.append((-score, r.where != n.where, min(r.id, n.id), max(r.id, n.id), i, j))
    pairs = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for negative, _, _, _, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((removed[i], added[j], -negative))
    return pairs
