"""Diagnostics of writing an imported source: --out exists (without --force), or is unwritable."""

from __future__ import annotations

from gkcat.diagnostics import Diagnostic, diagnostic


def output_exists(path: str) -> Diagnostic:
    """GK637: ``--out`` names an existing file and ``--force`` is not given."""
    return diagnostic("GK637", file=path, line=1, column=1, path=path)


def output_unwritable(path: str, problem: str) -> Diagnostic:
    """GK642: the source could not be written to ``--out``."""
    return diagnostic("GK642", file=path, line=1, column=1, path=path, problem=problem)
