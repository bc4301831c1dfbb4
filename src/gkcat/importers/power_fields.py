"""The cells of one power row that need no context: 依据, 责任事项, 追责情形, 备注 and the rest.

Columns the import does not know are kept under ``extra`` with their header text, so a
list's own columns (办理时限, 收费依据 …) survive the import rather than disappearing.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from gkcat.importers.cells import column
from gkcat.importers.citations import one_or_many, split_citations, split_numbered
from gkcat.importers.headers import Header

LIST_FIELDS = ("duties", "accountability")
"""Numbered texts (1.受理责任：… 2.审查责任：…): a list of entries when numbered."""


def plain_fields(
    header: Header, row: Sequence[str], inherited: Mapping[str, Any]
) -> dict[str, Any]:
    """basis, duties, accountability, note and extra of one row; a 子项 inherits what it lacks."""
    found: dict[str, Any] = {}
    basis = column(row, header.columns, "basis")
    if basis:
        citations = split_citations(basis)
        if citations:
            found["basis"] = one_or_many(citations)
    elif inherited.get("basis"):
        found["basis"] = copy.copy(inherited["basis"])
    for key in LIST_FIELDS:
        text = column(row, header.columns, key)
        if text:
            found[key] = one_or_many(split_numbered(text))
        elif inherited.get(key):
            found[key] = copy.copy(inherited[key])
    note = column(row, header.columns, "note")
    if note:
        found["note"] = note
    extra = {
        label: row[col]
        for col, label in sorted(header.others.items())
        if col < len(row) and row[col]
    }
    if extra:
        found["extra"] = extra
    return found
