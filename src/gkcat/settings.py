"""Defaults < gkcat.yaml < CLI flags → frozen Settings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from gkcat import vocab
from gkcat.diagnostics import Lang, Severity
from gkcat.limits import Limits, limits_from_config
from gkcat.model import Department, Registry

ChannelStyle = Literal["checkbox", "list"]
PaperSize = Literal["A4", "A3"]
SplitBy = Literal["department"]
NoteColumn = Literal["always", "never"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything the pure core needs to know; passed explicitly, never read from globals."""

    root: Path = Path(".")
    lang: Lang = "zh"
    strict: bool = False
    jobs: int = 1
    region: str = ""
    level: str = ""
    """The project's own level (县级 or 市级): the level `gkcat new` adds a starter at."""
    year: int | None = None
    registry: Registry = field(default_factory=Registry)
    extra_domains: tuple[str, ...] = ()
    extra_channels: tuple[str, ...] = ()
    must_cover: tuple[str, ...] = vocab.MUST_COVER_DEFAULT
    severity: Mapping[str, Severity] = field(default_factory=dict)
    max_file_size: int = 10 * MB
    max_alias_nodes: int = 100_000
    """Upper bound on the nodes a document may expand to through aliases (GK106)."""
    limits: Limits = field(default_factory=Limits)
    """Bounds on imported workbooks and documents (GK620–GK626)."""
    dist: str = "dist"
    workbook_title: str = ""
    paper_size: PaperSize = "A4"
    channel_style: ChannelStyle = "checkbox"
    note_column: NoteColumn = "always"
    """``output.note_column``: every catalog sheet prints 备注, or none does."""
    build_time: datetime | None = None
    """Stamp for workbook properties; None derives one from the sources (deterministic)."""
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """``search.synonyms``: site search words added to the shipped table."""
    split_by: SplitBy | None = None
    """``build --split-by department``: also one workbook per 公开主体."""
    cache: bool = True
    """Reuse the reading of unchanged files from ``.gkcat-cache/`` (``--no-cache``: off)."""

    @property
    def domains(self) -> tuple[str, ...]:
        return (*vocab.DOMAINS, *(d for d in self.extra_domains if d not in vocab.DOMAINS))

    @property
    def channels(self) -> tuple[str, ...]:
        return (*vocab.CHANNELS, *(c for c in self.extra_channels if c not in vocab.CHANNELS))

    @property
    def dist_dir(self) -> Path:
        return self.root / self.dist


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*$", re.IGNORECASE)


def parse_size(value: object) -> int | None:
    """Parse ``10MB``, ``512 KB`` or a plain byte count; None when unreadable."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value > 0 else None
    match = _SIZE.match(str(value))
    if not match:
        return None
    unit = {"": 1, "K": 1024, "M": MB, "G": 1024 * MB}[match.group(2).upper()]
    return int(float(match.group(1)) * unit)


def from_config(data: Mapping[str, Any], *, root: Path) -> Settings:
    """Build settings from a gkcat.yaml that has passed its schema (so its shape is known)."""
    output = _mapping(data.get("output"))
    limits = _mapping(data.get("limits"))
    year = data["year"] if isinstance(data.get("year"), int) else None
    departments = [
        Department(
            name=str(d["name"]),
            aliases=tuple(str(a) for a in d.get("aliases") or ()),
            level=str(d.get("level") or ""),
        )
        for d in _list(data.get("departments"))
    ]
    severity = {
        str(code): Severity[str(level).upper()]
        for code, level in _mapping(data.get("severity")).items()
    }
    settings = Settings(
        root=root,
        region=str(data.get("region") or ""),
        level=str(data.get("level") or ""),
        year=year,
        registry=Registry.of(departments),
        extra_domains=tuple(str(d) for d in _list(data.get("domains"))),
        extra_channels=tuple(str(c) for c in _list(data.get("channels"))),
        severity=severity,
        dist=str(output.get("dist") or "dist"),
        workbook_title=_title(output.get("title"), year),
        paper_size="A3" if output.get("paper_size") == "A3" else "A4",
        channel_style="list" if output.get("channel_style") == "list" else "checkbox",
        note_column="never" if output.get("note_column") == "never" else "always",
        synonyms={
            str(word): tuple(str(o) for o in _list(others))
            for word, others in _mapping(_mapping(data.get("search")).get("synonyms")).items()
        },
    )
    if "must_cover" in data:
        settings = replace(settings, must_cover=tuple(str(t) for t in _list(data["must_cover"])))
    if (size := parse_size(limits.get("max_file_size"))) is not None:
        settings = replace(settings, max_file_size=size)
    if isinstance(limits.get("max_alias_nodes"), int):
        settings = replace(settings, max_alias_nodes=int(limits["max_alias_nodes"]))
    settings = replace(settings, limits=limits_from_config(limits, parse_size))
    if isinstance(data.get("build_time"), str):
        with suppress(ValueError):  # an unreal time is GK906 (config check): keep the default
            settings = replace(settings, build_time=datetime.fromisoformat(data["build_time"]))
    return settings


def _title(value: object, year: int | None) -> str:
    """``output.title``; ``{year}`` in it stands for the configured year (the yearly edition)."""
    title = str(value or "")
    return title.replace("{year}", str(year)) if year is not None else title


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """What a caller (the CLI's flags) overrides in gkcat.yaml; None keeps the configured value."""

    lang: Lang | None = None
    strict: bool | None = None
    jobs: int | None = None
    split_by: SplitBy | None = None
    build_time: datetime | None = None
    cache: bool | None = None


def with_options(settings: Settings, options: Options) -> Settings:
    """Apply ``options`` over ``settings``; a field of None keeps the configured value."""
    given = {
        name: value
        for name in Options.__dataclass_fields__
        if (value := getattr(options, name)) is not None
    }
    return replace(settings, **given)


def _mapping(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []
