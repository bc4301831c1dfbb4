"""The only module that writes outputs: atomic (staging directory, then rename), deterministic."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from gkcat.outdir import MARKER, MARKER_TEXT

Outputs = Mapping[str, Mapping[str, bytes]]
"""Build target directory (``xlsx``, ``tasks``, ``site`` …) → relative path → file bytes."""


def write_outputs(dest: Path, outputs: Outputs, *, replace_all: bool) -> list[Path]:
    """Write each target's files under ``dest/<target>/`` atomically and return the paths.

    The new tree is assembled in a sibling staging directory and swapped in with renames, so a
    build that fails or is killed midway leaves the previous ``dest`` as it was. With
    ``replace_all`` false (``--only``), the targets not rebuilt are carried over unchanged.
    Every tree carries :data:`~gkcat.outdir.MARKER`; a directory without it is never replaced
    (callers check :func:`gkcat.outdir.check_output` first, with a message for the user).
    """
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.new-", dir=dest.parent))
    try:
        if not replace_all and dest.is_dir():
            for entry in sorted(dest.iterdir()):
                if entry.name not in outputs and entry.name != MARKER:
                    _copy(entry, staging / entry.name)
        (staging / MARKER).write_bytes(MARKER_TEXT)
        written = []
        for target in sorted(outputs):
            for rel, data in sorted(outputs[target].items()):
                path = staging / target / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                written.append(dest / target / rel)
        _swap(staging, dest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return written


def write_file(path: Path, data: bytes) -> None:
    """Write one file atomically (temporary file in the same directory, then rename)."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _copy(src: Path, dst: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dst)
    else:
        shutil.copy2(src, dst)


def _swap(staging: Path, dest: Path) -> None:
    if not dest.exists():
        os.replace(staging, dest)
        return
    if not (dest / MARKER).is_file() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} is not empty and has no {MARKER}; not replaced")
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
    old.rmdir()
    os.replace(dest, old)
    os.replace(staging, dest)
    shutil.rmtree(old, ignore_errors=True)
