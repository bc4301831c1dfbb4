"""Where the shipped schemas, templates and sample project live (wheel or source checkout)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent  # src/gkcat → repository root, for editable installs


def _find(installed: str, checkout: str) -> Path:
    candidate = _PACKAGE / "data" / installed
    return candidate if candidate.exists() else _CHECKOUT / checkout


def schemas_dir() -> Path:
    return _find("schemas", "schemas")


def templates_dir() -> Path:
    return _find("templates", "templates")


def sample_dir() -> Path:
    """The embedded sample project (gkcat.yaml, catalogs/, powers/, tasks/)."""
    return _find("sample", ".")
