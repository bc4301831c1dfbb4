"""gkcat: compile and validate 政务公开标准目录 (disclosure standard catalogs)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:  # pyproject.toml is the one place the version is written; this reads the installed copy
    __version__ = version("gkcat")
except PackageNotFoundError:  # pragma: no cover - running from a tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
