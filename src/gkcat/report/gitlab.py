"""GitLab Code Quality: the JSON array a merge request shows as code-quality findings.

Each diagnostic becomes ``{description, check_name, fingerprint, severity, location}``. The
fingerprint leaves out line and column, so a finding keeps its identity when lines above it
move and GitLab can tell new findings from old ones.
"""

from __future__ import annotations

import hashlib
from typing import Any

from gkcat.diagnostics import Diagnostic, Lang, Severity

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def fingerprint(d: Diagnostic) -> str:
    """A stable id: rule, file, item, pointer and message arguments; not the position."""
    parts = [d.code, d.file or "", d.item or "", d.pointer, *(f"{k}={v}" for k, v in d.args)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def render_gitlab(diagnostics: tuple[Diagnostic, ...], lang: Lang) -> list[dict[str, Any]]:
    return [
        {
            "description": d.message(lang),
            "check_name": d.code,
            "fingerprint": fingerprint(d),
            "severity": _SEVERITY[d.severity],
            "location": {"path": d.file or "gkcat.yaml", "lines": {"begin": d.line or 1}},
        }
        for d in diagnostics
    ]
