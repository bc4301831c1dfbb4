"""Project-wide checks: each family yields diagnostics; none raises on bad data.

The families are imported by :func:`run_checks`, so importing one module of the package (the
schema check, for gkcat.yaml) does not load them all: a warm run that reuses an earlier run's
findings never needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gkcat.diagnostics import Diagnostic
    from gkcat.model import Project
    from gkcat.settings import Settings


def run_checks(project: Project, settings: Settings) -> list[Diagnostic]:
    """Run every semantic and cross-reference check over the loaded project."""
    from gkcat.checks.citations import check_citations
    from gkcat.checks.dates import check_dates
    from gkcat.checks.items import (
        check_catalog_headers,
        check_item_ids,
        check_item_names,
        check_subjects,
    )
    from gkcat.checks.powers import check_powers
    from gkcat.checks.tasks import check_tasks
    from gkcat.checks.time_limits import check_time_limits

    return [
        *check_item_ids(project),
        *check_item_names(project),
        *check_catalog_headers(project, settings),
        *check_subjects(project, settings),
        *check_time_limits(project),
        *check_citations(project),
        *check_powers(project, settings),
        *check_tasks(project, settings),
        *check_dates(project),
    ]
