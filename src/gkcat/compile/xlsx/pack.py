"""Deterministic .xlsx bytes: fixed document properties and zip entry times."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from gkcat.model import Project
from gkcat.settings import Settings
from gkcat.textsafe import xml_text

FALLBACK_STAMP = datetime(2000, 1, 1)
ZIP_EPOCH = datetime(1980, 1, 1)
"""The earliest time a zip entry can carry."""
ZIP_END = datetime(2107, 12, 31, 23, 59, 58)
"""The latest (a 2200-01-01 施行日期 is clamped here; validate warns of it, GK907)."""


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


def to_bytes(wb: Workbook, stamp: datetime, *, title: str = "") -> bytes:
    """Serialise ``wb``; the same workbook and stamp always give the same bytes."""
    props = wb.properties
    props.created = props.modified = stamp
    props.creator = props.lastModifiedBy = "gkcat"
    props.title = xml_text(title) or None
    raw = io.BytesIO()
    # ExcelWriter directly, not save_workbook(): that one stamps ``modified`` with the clock.
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return repack(raw.getvalue(), stamp)


def repack(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a zip with every entry dated ``stamp`` (zip times have no zone and 2 s steps)."""
    when = min(max(stamp, ZIP_EPOCH), ZIP_END)
    date_time = (when.year, when.month, when.day, when.hour, when.minute, when.second // 2 * 2)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, on every platform: ZipInfo picks 0 on Windows
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
