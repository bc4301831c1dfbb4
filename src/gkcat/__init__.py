"""gkcat: compile and validate 政务公开标准目录 (disclosure standard catalogs)."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``gkcat.__version__``, read on first use from the installed metadata: pyproject.toml is the
    one place the version is written, and importing importlib.metadata costs every start-up."""
    if name != "__version__":
        raise AttributeError(f"module 'gkcat' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gkcat")
    except PackageNotFoundError:  # pragma: no cover - a tree that was never installed
        return "0+unknown"
