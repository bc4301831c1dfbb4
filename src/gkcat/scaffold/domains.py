"""Domain names as typed (名称, directory slug, old name, comma list) → canonical names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from gkcat import vocab
from gkcat.diagnostics import GkcatError
from gkcat.i18n import Lang, say

_SEPARATORS = re.compile(r"[,，、;；\s]+")
SLUG_DOMAINS: dict[str, str] = {slug: name for name, slug in vocab.DOMAINS.items()}


def split_names(values: Iterable[str]) -> list[str]:
    """``["社会救助,就业", "养老服务"]`` → three names (also 、 and Chinese commas)."""
    return [part for value in values for part in _SEPARATORS.split(value) if part]


def resolve(value: str, registered: Sequence[str] = ()) -> str | None:
    """The canonical domain a name, slug or old name stands for; None when unknown."""
    compact = "".join(value.split())
    if compact in vocab.DOMAINS or compact in registered:
        return compact
    if compact.lower() in SLUG_DOMAINS:
        return SLUG_DOMAINS[compact.lower()]
    return vocab.DOMAIN_ALIASES.get(compact)


def resolve_all(values: Iterable[str], registered: Sequence[str] = (), *, lang: Lang) -> list[str]:
    """Every named domain, in order and without repeats; an unknown one is an error."""
    found: list[str] = []
    for name in split_names(values):
        domain = resolve(name, registered)
        if domain is None:
            raise unknown_domain(name, registered, lang=lang)
        if domain not in found:
            found.append(domain)
    return found


def unknown_domain(name: str, registered: Sequence[str], *, lang: Lang) -> GkcatError:
    """「城乡规化」不是领域 — with the closest of the 26, the registered ones and the slugs."""
    pool = [*vocab.DOMAINS, *registered, *SLUG_DOMAINS]
    hint = vocab.suggest(name, pool, aliases=vocab.DOMAIN_ALIASES)
    hint = SLUG_DOMAINS.get(hint, hint)
    key = "scaffold.unknown-domain-hint" if hint else "scaffold.unknown-domain"
    return GkcatError(say(key, lang, name=name, hint=hint))
