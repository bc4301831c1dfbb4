"""Search synonyms for the site: the shipped table plus ``search.synonyms`` from gkcat.yaml.

Citizens search with the words they use (低保, 医保, 廉租房); catalogs use the official terms
(最低生活保障, 医疗保障, 保障性住房). The table ships as data (``templates/site/synonyms.yaml``),
is read through the site's template loader (so the compiler stays pure), and works both ways:
each term of an entry finds the others.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

import yaml
from jinja2 import Environment

SHIPPED = "site/synonyms.yaml"


def fold(text: str) -> str:
    """The search's folding (NFKC, lower case), as search.js does it."""
    return unicodedata.normalize("NFKC", text).lower()


def shipped_synonyms(env: Environment) -> dict[str, tuple[str, ...]]:
    """The table shipped with gkcat."""
    if env.loader is None:
        raise ValueError("the site environment needs a template loader")
    data = yaml.safe_load(env.loader.get_source(env, SHIPPED)[0]) or {}
    if not isinstance(data, Mapping):
        raise ValueError(f"{SHIPPED} must map a word to its synonyms")
    return {str(k): _words(v) for k, v in data.items()}


def synonym_table(
    *tables: Mapping[str, Iterable[str]],
) -> dict[str, list[str]]:
    """One folded, symmetric table: word → the words it also finds, sorted for determinism."""
    found: dict[str, set[str]] = {}
    for table in tables:
        for word, others in table.items():
            group = {fold(w) for w in (word, *others) if w.strip()}
            for member in group:
                found.setdefault(member, set()).update(group - {member})
    return {word: sorted(found[word]) for word in sorted(found) if found[word]}


def _words(value: object) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    return tuple(str(v) for v in values if v is not None and str(v).strip())
