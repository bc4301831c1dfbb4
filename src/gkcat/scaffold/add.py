"""``gkcat new DOMAIN``: add one starter catalog to an existing project."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from gkcat import vocab
from gkcat.diagnostics import GkcatError
from gkcat.i18n import Lang, say
from gkcat.scaffold import domains as names
from gkcat.scaffold import starters
from gkcat.scaffold.config_edit import add_departments
from gkcat.scaffold.departments import Entry, entry, match
from gkcat.scaffold.starters import Wording
from gkcat.settings import Settings
from gkcat.write import write_file

LEVEL_WORDS = {**{level: level for level in vocab.LEVELS}, **vocab.LEVEL_SLUGS}


@dataclass(frozen=True, slots=True)
class Added:
    """What `gkcat new` wrote: the catalog, its item count, departments it registered."""

    path: Path
    items: int
    registered: tuple[str, ...]
    schemas: tuple[Path, ...] = ()
    """The project's schema files regenerated for the departments registered (see api.new)."""


def add_catalog(
    settings: Settings,
    domain_name: str,
    *,
    level: str | None = None,
    force: bool = False,
    lang: Lang = "zh",
) -> Added:
    root = settings.root
    if not (root / "gkcat.yaml").is_file():
        raise GkcatError(say("scaffold.no-config", lang, root=root))
    registered = [d for d in settings.extra_domains if d not in vocab.DOMAINS]
    found = names.resolve_all([domain_name], registered, lang=lang)
    if len(found) != 1:
        raise GkcatError(say("scaffold.one-domain", lang))
    domain = found[0]
    chosen = _level(level or settings.level or "县级", lang)
    project_level = settings.level or ("市级" if chosen == "市级" else "县级")
    wording = Wording.of(settings.region or "本地", project_level)
    year = settings.year or datetime.date.today().year
    slug = vocab.DOMAINS.get(domain, domain)
    path = root / starters.catalog_path(slug, chosen)
    if path.exists() and not force:
        raise GkcatError(say("scaffold.catalog-exists", lang, path=path.relative_to(root)))
    if starters.has_starter(domain) and not starters.available(domain, chosen):
        raise GkcatError(say("scaffold.no-township", lang, domain=domain, level=chosen))
    if starters.has_starter(domain):
        keys = starters.placeholders(domain, chosen)
    else:
        keys = ["乡镇" if chosen == "乡级" else "政府办"]
    official, missing = _map_departments(keys, wording, settings)
    if starters.has_starter(domain):
        data = starters.render(domain, chosen, wording, official.__getitem__, year)
    else:
        data = starters.skeleton(domain, chosen, wording, official[keys[0]], year)
    if missing:
        add_departments(root / "gkcat.yaml", missing)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, data)
    return Added(path, data.count(b"\n  - id: "), tuple(e.name for e in missing))


def _level(value: str, lang: Lang) -> str:
    level = LEVEL_WORDS.get(value.strip())
    if level not in starters.ID_LETTERS:
        raise GkcatError(say("scaffold.catalog-level", lang, level=value))
    return level


def _map_departments(
    keys: list[str], wording: Wording, settings: Settings
) -> tuple[dict[str, str], list[Entry]]:
    """Each placeholder → its registered name; departments not yet registered are added."""
    official: dict[str, str] = {}
    missing: list[Entry] = []
    for key in keys:
        wanted = entry(key, wording)
        known = match(wanted, settings.registry) if settings.registry else None
        official[key] = known or wanted.name
        if known is None and settings.registry:
            missing.append(wanted)
    return official, missing
