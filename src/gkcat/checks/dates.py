"""GK907: a date a workbook (a zip archive) cannot record is almost always a typo."""

from __future__ import annotations

from collections.abc import Iterator

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.model import Project

EMITS = frozenset({"GK907"})
"""The rule codes this module emits (a test keeps the list exact)."""

RECORDABLE_YEARS = (1980, 2107)
"""The years a zip entry can carry; workbook times outside them are clamped."""


def check_dates(project: Project) -> Iterator[Diagnostic]:
    """GK907 for a catalog's 施行日期 outside :data:`RECORDABLE_YEARS`."""
    low, high = RECORDABLE_YEARS
    for catalog in project.catalogs:
        year = catalog.effective[:4]
        if year.isdigit() and not low <= int(year) <= high:
            yield diagnostic(
                "GK907",
                file=catalog.file,
                pointer="/effective",
                value=catalog.effective,
                low=low,
                high=high,
                args={"title@zh": "施行日期", "title@en": "effective"},
            )
