"""Commands that write files the user names (``import --out``, ``init``) never overwrite one
without ``--force``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gkcat.diagnostics import GkcatError, Lang


def refuse_overwrite(paths: Iterable[Path], *, force: bool, lang: Lang) -> None:
    """Raise :class:`GkcatError` (exit 2) naming the first of ``paths`` that exists."""
    if force:
        return
    existing = next((p for p in paths if p.exists() or p.is_symlink()), None)
    if existing is None:
        return
    raise GkcatError(
        f"「{existing}」已存在，未覆盖；确需覆盖请加 --force"
        if lang == "zh"
        else f"{existing} already exists and was not overwritten; pass --force to overwrite it"
    )
