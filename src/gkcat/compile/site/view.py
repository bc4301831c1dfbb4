"""View data for the HTML directory: the model turned into plain values the templates loop over.

Every link here is relative to the site root (``catalogs/social-assistance/county.html#X-001``);
the ``url`` filter of :mod:`gkcat.compile.site.build` prefixes each page's way back to the root,
so the site works under any path and from file:// (issue #5).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from gkcat import vocab
from gkcat.compile.official_table import Channel, channel_marks, level_columns
from gkcat.coverage import Coverage
from gkcat.model import Catalog, Item, Project, Registry

_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    href: str
    """Relative to the site root."""


@dataclass(frozen=True, slots=True)
class Row:
    """One item as a row of the published table."""

    number: int
    anchor: str
    id: str
    name: str
    subname: str
    content: tuple[str, ...]
    basis: tuple[str, ...]
    time_limit: str
    subjects: tuple[Link, ...]
    channels: tuple[Channel, ...]
    audience: tuple[bool, ...]
    mode: tuple[bool, ...]
    levels: tuple[bool, ...]
    note: str
    facets: tuple[tuple[str, str], ...]
    """公开对象, 公开方式 and 公开层级 in words (全社会、特定群体), for the phone layout."""


@dataclass(frozen=True, slots=True)
class Group:
    """Consecutive rows of one 一级事项: one ``<tbody>``, the category cell spans them."""

    category: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class CatalogView:
    id: str
    path: str
    title: str
    domain: str
    level: str
    region: str
    owner: Link | None
    version: str
    effective: str
    has_subnames: bool
    has_notes: bool
    level_columns: tuple[str, ...]
    groups: tuple[Group, ...]
    item_count: int


def catalog_path(catalog: Catalog) -> str:
    """The page of a catalog: its id (ASCII by design) under catalogs/."""
    return f"catalogs/{catalog.id}.html"


def department_path(name: str) -> str:
    """Department pages get ASCII names derived from the official name (stable across builds)."""
    return f"departments/{hashlib.sha256(name.encode('utf-8')).hexdigest()[:12]}.html"


def power_list_path(file: str) -> str:
    """``powers/civil-affairs.yaml`` → ``powers/civil-affairs.html``."""
    return file.rsplit(".", 1)[0] + ".html"


def href(path: str, anchor: str = "") -> str:
    """A root-relative href with each path segment percent-encoded."""
    return quote(path, safe="/") + (f"#{anchor}" if anchor else "")


def relative(root: str, target: str) -> str:
    """A root-relative href as seen from a page ``root`` (``../../``) below the site root;
    http(s) links as they are. Anything else with a scheme, or an absolute path, is refused,
    so an unsafe link is a build error rather than output."""
    if target.startswith(("http://", "https://")):
        return target
    if _SCHEME.match(target) or target.startswith(("/", "\\")):
        raise ValueError(f"refusing to emit a non-relative link: {target!r}")
    return root + target


def anchors(items: Sequence[Item]) -> dict[int, str]:
    """A stable, unique HTML id per item: the item id itself when it is URL-safe."""
    seen: set[str] = set()
    found = {}
    for item in items:
        base = _ANCHOR_UNSAFE.sub("-", item.id) or f"item-{item.index + 1}"
        if not base[0].isalpha():
            base = f"i-{base}"
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        found[item.index] = anchor
    return found


def subject_links(names: Iterable[str], registry: Registry) -> tuple[Link, ...]:
    official = dict.fromkeys(registry.normalise(n) for n in names)
    return tuple(Link(n, href(department_path(n))) for n in official)


def facets(item: Item, levels: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The ticked columns as words: (公开对象, 全社会、特定群体), (公开方式, 主动), …"""
    groups = (
        ("公开对象", vocab.AUDIENCES, item.audience),
        ("公开方式", vocab.MODES, item.mode),
        ("公开层级", levels, item.levels),
    )
    return tuple(
        (label, "、".join(c for c in choices if c in chosen) or "—")
        for label, choices, chosen in groups
    )


@dataclass(frozen=True, slots=True)
class Shared:
    """The view values of one build that many items share, each made once: a province repeats
    a few hundred channel, subject and tick combinations across its items (the model shares
    those tuples, so the keys hash and compare cheaply)."""

    channels: dict[tuple[str, ...], tuple[Channel, ...]] = field(default_factory=dict)
    subjects: dict[tuple[str, ...], tuple[Link, ...]] = field(default_factory=dict)
    ticks: dict[tuple[tuple[str, ...], ...], tuple[tuple[bool, ...], ...]] = field(
        default_factory=dict
    )
    facets: dict[tuple[tuple[str, ...], ...], tuple[tuple[str, str], ...]] = field(
        default_factory=dict
    )


def build_catalog(
    catalog: Catalog,
    registry: Registry,
    *,
    channels: Sequence[str],
    channel_style: str,
    shared: Shared | None = None,
) -> CatalogView:
    memo = shared or Shared()
    columns = level_columns(catalog)
    ids = anchors(catalog.items)
    groups: list[Group] = []
    for number, item in enumerate(catalog.items, start=1):
        marks = memo.channels.get(item.channels)
        if marks is None:
            marks = memo.channels[item.channels] = channel_marks(
                item, channels, style=channel_style
            )
        subjects = memo.subjects.get(item.subject)
        if subjects is None:
            subjects = memo.subjects[item.subject] = subject_links(item.subject, registry)
        key = (item.audience, item.mode, item.levels, columns)
        ticks = memo.ticks.get(key)
        if ticks is None:
            ticks = memo.ticks[key] = (
                tuple(a in item.audience for a in vocab.AUDIENCES),
                tuple(m in item.mode for m in vocab.MODES),
                tuple(lv in item.levels for lv in columns),
            )
        words = memo.facets.get(key)
        if words is None:
            words = memo.facets[key] = facets(item, columns)
        row = Row(
            number=number,
            anchor=ids[item.index],
            id=item.id,
            name=item.name,
            subname=item.subname,
            content=item.content,
            basis=item.basis,
            time_limit=item.time_limit,
            subjects=subjects,
            channels=marks,
            audience=ticks[0],
            mode=ticks[1],
            levels=ticks[2],
            note=item.note,
            facets=words,
        )
        if groups and groups[-1].category == item.category:
            groups[-1] = Group(item.category, (*groups[-1].rows, row))
        else:
            groups.append(Group(item.category, (row,)))
    return CatalogView(
        id=catalog.id,
        path=catalog_path(catalog),
        title=catalog.title,
        domain=catalog.domain,
        level=catalog.level,
        region=catalog.region,
        owner=owner_link(catalog, registry),
        version=catalog.version,
        effective=catalog.effective,
        has_subnames=catalog.has_subnames,
        has_notes=any(item.note for item in catalog.items),
        level_columns=columns,
        groups=tuple(groups),
        item_count=len(catalog.items),
    )


def owner_link(catalog: Catalog, registry: Registry) -> Link | None:
    """The 牵头单位 of ``catalog``, linking to its department page."""
    owner = registry.normalise(catalog.owner) if catalog.owner else ""
    return Link(owner, href(department_path(owner))) if owner else None


def sorted_catalogs(project: Project, domains: Sequence[str]) -> tuple[Catalog, ...]:
    """Catalogs in the published order: standard domain order, then level, then id."""
    domain_rank = {d: i for i, d in enumerate(domains)}
    level_rank = {lv: i for i, lv in enumerate(vocab.LEVELS)}
    return tuple(
        sorted(
            project.catalogs,
            key=lambda c: (
                domain_rank.get(c.domain, len(domain_rank)),
                c.domain,
                level_rank.get(c.level, len(level_rank)),
                c.id,
            ),
        )
    )


def item_links(catalogs: Iterable[Catalog]) -> dict[str, dict[int, str]]:
    """The root-relative href of each item's row (``catalogs/x.html#ID``), by catalog id and
    item index; each catalog's path is quoted once."""
    links = {}
    for catalog in catalogs:
        page = href(catalog_path(catalog))
        links[catalog.id] = {i: f"{page}#{a}" for i, a in anchors(catalog.items).items()}
    return links


def citing_links(
    coverage: Coverage, code: str, items: Mapping[str, Mapping[int, str]]
) -> tuple[Link, ...]:
    """Links to the items that cite power ``code``, labelled with catalog and item names."""
    return tuple(
        Link(f"{catalog.domain}（{catalog.level}）{item.title}", items[catalog.id][item.index])
        for catalog, item in coverage.citations.get(code, ())
        if catalog.id in items
    )
