"""The site's search files: the index (one part per domain) and the synonym table.

The index is ``static/search-index.js``, which assigns ``window.GKCAT_SEARCH`` (the synonym
table and the list of parts), and one ``static/search/<digest>.js`` per domain, which hands
its records to ``GKCAT_SEARCH.add``. Scripts, not JSON: ``fetch()`` of local files is blocked
under file://. search.js loads the parts in order and searches each as it arrives, so a phone
shows the first results before the whole index (11 MB at 20,000 items) has loaded.

Synonyms: the shipped table plus ``search.synonyms`` from gkcat.yaml.

Citizens search with the words they use (低保, 医保, 廉租房); catalogs use the official terms
(最低生活保障, 医疗保障, 保障性住房). The table ships as data (``templates/site/synonyms.yaml``),
is read through the site's template loader (so the compiler stays pure), and works both ways:
each term of an entry finds the others.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

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


def part_path(domain: str) -> str:
    """The index part of a domain: ASCII, and stable across builds (like department pages)."""
    return f"static/search/{hashlib.sha256(domain.encode('utf-8')).hexdigest()[:12]}.js"


def index_script(parts: Sequence[str], synonyms: Mapping[str, list[str]] | None = None) -> bytes:
    """``static/search-index.js``: the synonym table (word → the words it also finds) and the
    parts (root-relative paths, in the published domain order), one per line."""
    table = json.dumps(synonyms or {}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    files = ",\n".join(json.dumps(p, ensure_ascii=False) for p in parts)
    listed = f"[\n{files}\n]" if parts else "[]"
    data = f'{{"version":2,\n"synonyms":{table},\n"parts":{listed}}}'
    return f"window.GKCAT_SEARCH = {_inert(data)};\n".encode()


def part_script(domain: str, records: Sequence[Mapping[str, str]]) -> bytes:
    """One domain's part of the index: one record per line, so a golden diff shows which
    items changed."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = ",\n".join(map(encode, records))
    items = f"[\n{lines}\n]" if records else "[]"
    data = f"{encode(domain)},\n{items}"
    return f"window.GKCAT_SEARCH.add({_inert(data)});\n".encode()


def _inert(data: str) -> str:
    """Belt and braces: the index is never inlined, but keep markup characters out anyway."""
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        data = data.replace(char, escape)
    return data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
