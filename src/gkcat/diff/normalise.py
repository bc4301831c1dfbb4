"""Normal forms for comparing catalog text, so reformatting is not reported as a change."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# NFKC folds full-width letters, digits and most punctuation onto their half-width forms
# (（）→(), ，→, ２０→20). These pairs are variants NFKC leaves apart but offices use
# interchangeably; 〔〕 versus [] is the 文号 bracket that GK3xx asks to correct (#6).
_VARIANTS = str.maketrans(
    {
        "〔": "[",
        "〕": "]",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "—": "-",
        "–": "-",
        "‐": "-",
    }
)
_SPACE = re.compile(r"\s+")
# A space matters only between two ASCII word characters ("GB T" is not "GBT").
_INNER_SPACE = re.compile(r"(?<![0-9A-Za-z]) | (?![0-9A-Za-z])")


@lru_cache(maxsize=65536)
def normal_text(text: str) -> str:
    """Fold width, punctuation variants and whitespace; the result is only ever compared."""
    folded = unicodedata.normalize("NFKC", text).translate(_VARIANTS)
    collapsed = _SPACE.sub(" ", folded).strip()
    # Again, since dropping a space can bring a letter and a combining mark together.
    return unicodedata.normalize("NFKC", _INNER_SPACE.sub("", collapsed))


def normal_value(value: str | tuple[str, ...], *, unordered: bool) -> str | tuple[str, ...]:
    """Normal form of a field value; lists drop empty entries, sets ignore order."""
    if isinstance(value, str):
        return normal_text(value)
    texts = tuple(t for t in (normal_text(v) for v in value) if t)
    return tuple(sorted(set(texts))) if unordered else texts
