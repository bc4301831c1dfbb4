"""Which edition each side of a diff is: its catalogs' versions and 施行日期.

Reports name the two sides by what an office calls them (2024.1版，2024-03-01施行), not by the
directory or revision they were read from; that source follows in brackets.
"""

from __future__ import annotations

from dataclasses import dataclass

from gkcat.diagnostics import Lang
from gkcat.diff.records import catalog_place
from gkcat.model import Project


@dataclass(frozen=True, slots=True)
class Edition:
    """Catalogs sharing one version and 施行日期."""

    version: str
    effective: str
    catalogs: tuple[str, ...]
    """Their titles (领域（层级）), in source order."""


def editions(project: Project) -> tuple[Edition, ...]:
    """The editions of ``project``'s catalogs, in order of their first catalog."""
    groups: dict[tuple[str, str], list[str]] = {}
    for catalog in project.catalogs:
        key = (catalog.version, catalog.effective)
        groups.setdefault(key, []).append(catalog_place(catalog) or catalog.id)
    return tuple(Edition(v, e, tuple(names)) for (v, e), names in groups.items())


def edition_text(found: tuple[Edition, ...], source: str, lang: Lang) -> str:
    """``2024.1版，2024-03-01施行（v2024 (1a2b3c4d5e)）``; catalogs are named when editions
    differ; the source alone when no catalog carries a version or date."""
    named = [e for e in found if e.version or e.effective]
    if not named:
        return source
    colon, sep = ("：", "；") if lang == "zh" else (": ", "; ")
    if len(found) == 1:
        text = _one(found[0], lang)
    else:
        text = sep.join(f"{'、'.join(e.catalogs)}{colon}{_one(e, lang)}" for e in found)
    if not source:
        return text
    return f"{text}（{source}）" if lang == "zh" else f"{text} ({source})"


def _one(edition: Edition, lang: Lang) -> str:
    if lang == "zh":
        version = f"{edition.version}版" if edition.version else "未标版本"
        return version + (f"，{edition.effective}施行" if edition.effective else "")
    version = f"version {edition.version}" if edition.version else "no version"
    return version + (f", effective {edition.effective}" if edition.effective else "")
