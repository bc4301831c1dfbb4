"""The only module that writes outputs: atomic (staging directory, then swap), deterministic."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from gkcat.diagnostics import Lang
from gkcat.outdir import MARKER, MARKER_TEXT
from gkcat.swap import checkpoint, clean_stale, exchange, output_lock, recover

Files = Iterable[tuple[str, bytes]] | Mapping[str, bytes]
"""One target's files: (relative path, bytes) pairs as they are made, or a mapping of them."""

Outputs = Mapping[str, Files]
"""Build target directory (``xlsx``, ``tasks``, ``site`` …) → its files."""


def write_outputs(
    dest: Path,
    outputs: Outputs,
    *,
    replace_all: bool,
    lang: Lang = "zh",
    lock_wait: float = 60.0,
) -> list[Path]:
    """Write each target's files under ``dest/<target>/`` atomically and return the paths.

    The new tree is assembled in a sibling staging directory and swapped in at once
    (gkcat.swap), so at every moment ``dest`` holds a complete tree, old or new. With
    ``replace_all`` false (``--only``), the targets not rebuilt are carried over unchanged.
    Each file goes to disk as it arrives, so a target compiled as a generator never has all
    its files in memory; the returned paths are sorted. Every tree carries
    :data:`~gkcat.outdir.MARKER`; a directory without it is never replaced
    (callers check :func:`gkcat.outdir.check_output` first, with a message for the user).
    One build at a time writes into a directory (a second waits up to ``lock_wait`` seconds);
    leftovers of killed builds are removed first.
    """
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    busy = (
        f"另一个 gkcat build 正在写入「{dest.parent}」，等待 {lock_wait:.0f} 秒后仍未结束；"
        "请等它结束后再试"
        if lang == "zh"
        else f"another gkcat build is writing into {dest.parent} and has not finished after "
        f"{lock_wait:.0f} s; try again when it has"
    )
    with output_lock(dest, busy, wait=lock_wait):
        clean_stale(dest)
        staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.new-", dir=dest.parent))
        try:
            _readable(staging, 0o777)
            written = _fill(staging, dest, outputs, replace_all=replace_all)
            checkpoint("staged")
            _swap(staging, dest)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            recover(dest)
            raise
    return written


def _fill(staging: Path, dest: Path, outputs: Outputs, *, replace_all: bool) -> list[Path]:
    if not replace_all and dest.is_dir():
        for entry in sorted(dest.iterdir()):
            if entry.name not in outputs and entry.name != MARKER:
                _copy(entry, staging / entry.name)
    (staging / MARKER).write_bytes(MARKER_TEXT)
    written: list[tuple[str, str]] = []
    made: set[Path] = set()
    for target in sorted(outputs):
        files = outputs[target]
        seen: set[str] = set()
        for rel, data in files.items() if isinstance(files, Mapping) else files:
            if rel in seen:
                raise ValueError(f"the {target} target produced {rel} twice")
            seen.add(rel)
            path = staging / target / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            path.write_bytes(data)
            written.append((target, rel))
            checkpoint("writing")
    return [dest / target / rel for target, rel in sorted(written)]


def write_file(path: Path, data: bytes) -> None:
    """Write one file atomically (temporary file in the same directory, then rename)."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        _readable(Path(tmp), 0o666)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _readable(path: Path, mode: int) -> None:
    """Give a temporary file or directory (created private) the usual permissions."""
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(mode & ~umask)


def _copy(src: Path, dst: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dst)
    else:
        shutil.copy2(src, dst)


def _swap(staging: Path, dest: Path) -> None:
    if not dest.exists():
        os.rename(staging, dest)
        checkpoint("renamed")
        return
    if not (dest / MARKER).is_file() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} is not empty and has no {MARKER}; not replaced")
    if exchange(staging, dest):
        checkpoint("exchanged")
        shutil.rmtree(staging, ignore_errors=True)  # it holds the old tree now
        return
    # Fallback without an atomic exchange: a crash between the renames leaves the old tree as
    # .NAME.old-*, which the next build's recover() puts back.
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
    old.rmdir()
    os.rename(dest, old)
    checkpoint("moved-old")
    os.rename(staging, dest)
    checkpoint("moved-new")
    shutil.rmtree(old, ignore_errors=True)
