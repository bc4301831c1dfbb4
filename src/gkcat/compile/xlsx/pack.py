"""The document stamp: the one time written into a workbook (properties, zip entries)."""

from __future__ import annotations

from datetime import UTC, datetime

from gkcat.model import Project
from gkcat.settings import Settings

FALLBACK_STAMP = datetime(2000, 1, 1)


def document_stamp(project: Project, settings: Settings) -> datetime:
    """The time written into the workbooks: ``build_time``, else derived from the sources.

    The latest catalog ``effective`` date is what an office would date its publication by;
    a project of task plans alone falls back to 1 January of the latest plan year.
    """
    if settings.build_time is not None:
        return naive(settings.build_time)
    dates = [d for d in (_date(c.effective) for c in project.catalogs) if d is not None]
    if dates:
        return max(dates)
    years = [p.year for p in project.task_plans if p.year is not None]
    if years:
        return datetime(max(years), 1, 1)
    return FALLBACK_STAMP


def _date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text[:10])
    except ValueError:
        return None


def naive(stamp: datetime) -> datetime:
    """Core properties are UTC without an offset; drop tzinfo after converting."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp.replace(microsecond=0)
