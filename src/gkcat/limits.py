"""Bounds on untrusted input (``limits:`` in gkcat.yaml), with safe defaults.

Every bound, when exceeded, is a diagnostic (GK620–GK626 for workbooks and documents); none is a
silent truncation. The defaults admit the largest real 权责清单 exports seen (a province's list,
tens of thousands of rows) with a wide margin and keep an import under a few hundred MB.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    max_workbook_size: int = 20 * MB
    """Bytes of an imported .xlsx file."""
    max_unzipped_size: int = 200 * MB
    """Bytes of all parts of a workbook (or .docx) once decompressed, from the zip directory."""
    max_compression_ratio: int = 100
    """Decompressed ÷ compressed size of one part larger than 1 MB (zip bombs reach 1000)."""
    max_rows: int = 100_000
    """Rows of one sheet (its used range and the rows actually present)."""
    max_columns: int = 1_000
    """Columns of one sheet's used range."""
    max_cells: int = 750_000
    """Cells present in one sheet, and rows × read columns of the grid the importer builds."""
    max_merged_cells: int = 1_000_000
    """Cells covered by the merged ranges of one sheet."""
    max_document_size: int = 20 * MB
    """Bytes of an imported task-plan document (.docx, .txt)."""


SIZE_KEYS = frozenset({"max_workbook_size", "max_unzipped_size", "max_document_size"})
COUNT_KEYS = frozenset(f.name for f in fields(Limits)) - SIZE_KEYS


def limits_from_config(
    limits: Mapping[str, Any], parse_size: Callable[[object], int | None]
) -> Limits:
    """The ``limits:`` mapping of a gkcat.yaml that passed its schema → Limits."""
    chosen: dict[str, int] = {}
    for key in SIZE_KEYS & limits.keys():
        size = parse_size(limits[key])
        if size is not None:
            chosen[key] = size
    for key in COUNT_KEYS & limits.keys():
        if isinstance(limits[key], int) and not isinstance(limits[key], bool):
            chosen[key] = int(limits[key])
    return replace(Limits(), **chosen)
