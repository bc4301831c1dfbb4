"""Catalog identity rules: ids, names, domain, level and 公开主体 (GK301–GK304, GK310)."""

from __future__ import annotations

from collections.abc import Iterator

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.model import Catalog, Project
from gkcat.settings import Settings

EMITS = frozenset({"GK301", "GK302", "GK303", "GK304", "GK310"})
"""The rule codes this module emits (a test keeps the list exact)."""


def check_item_ids(project: Project) -> Iterator[Diagnostic]:
    """GK301: an id is unique in the whole project (diff matches items on it)."""
    first: dict[str, str] = {}
    for catalog, item in project.iter_items():
        if not item.id:
            continue
        where = f"{catalog.file}（{item.title}）"
        if item.id in first:
            yield diagnostic(
                "GK301",
                file=catalog.file,
                pointer=f"{item.pointer}/id",
                item=item.id,
                id=item.id,
                other=first[item.id],
            )
        else:
            first[item.id] = where


def check_item_names(project: Project) -> Iterator[Diagnostic]:
    """GK302: one catalog does not list the same 公开事项 twice."""
    for catalog in project.catalogs:
        seen: dict[tuple[str, str, str], str] = {}
        for item in catalog.items:
            if not item.category or not item.name:
                continue
            key = (item.category, item.name, item.subname)
            if key in seen:
                yield diagnostic(
                    "GK302",
                    file=catalog.file,
                    pointer=f"{item.pointer}/name",
                    item=item.id,
                    name=item.title,
                    other=seen[key],
                )
            else:
                seen[key] = item.id or item.title


def check_catalog_headers(project: Project, settings: Settings) -> Iterator[Diagnostic]:
    """GK303 (domain registered) and GK304 (level agrees with the path)."""
    for catalog in project.catalogs:
        if catalog.domain and catalog.domain not in settings.domains:
            hint = vocab.suggest(catalog.domain, settings.domains, aliases=vocab.DOMAIN_ALIASES)
            yield diagnostic(
                "GK303",
                file=catalog.file,
                pointer="/domain",
                domain=catalog.domain,
                args=suggestion(hint),
            )
        expected = level_from_path(catalog)
        if catalog.level and expected and catalog.level != expected:
            yield diagnostic(
                "GK304",
                file=catalog.file,
                pointer="/level",
                level=catalog.level,
                expected=expected,
                path=catalog.file,
            )


def level_from_path(catalog: Catalog) -> str | None:
    """The level a catalog's path names (``…/county.yaml`` → 县级), if it names one."""
    for segment in reversed(catalog.id.split("/")):
        if segment in vocab.LEVEL_SLUGS:
            return vocab.LEVEL_SLUGS[segment]
        if segment in vocab.LEVELS:
            return segment
    return None


def check_subjects(project: Project, settings: Settings) -> Iterator[Diagnostic]:
    """GK310: a 公开主体 is a registered department (only when gkcat.yaml has a registry)."""
    registry = settings.registry
    if not registry:
        return
    for catalog, item in project.iter_items():
        for index, subject in enumerate(item.subject):
            if registry.canonical(subject) is None:
                hint = vocab.contained_in(subject, [d.name for d in registry.departments])
                yield diagnostic(
                    "GK310",
                    file=catalog.file,
                    pointer=f"{item.pointer}/subject/{index}",
                    item=item.id,
                    name=subject,
                    args=suggestion(hint),
                )
