"""gkcat: compile and validate 政务公开标准目录 (disclosure standard catalogs)."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
