"""The pack files that hold a cache directory's entries; what they hold and how they are
signed is ``load/cache.py``'s business."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import struct
import time
from pathlib import Path

_MAGIC = b"gkcat-pack-1\0\0\0\0"
_FOOTER = struct.Struct(">QQ16s")
"""A pack ends with the offset of its index, the number of entries, and the magic again."""
_ROW = struct.Struct(">64sQQ")
"""One index row: the entry's name (64 hex digits), its offset and its length."""
_OLD_ENTRY = re.compile("[0-9a-f]{64}")
_TEMP = re.compile(r"\.[0-9]+-[0-9a-f]{8}\.tmp")
MAX_PACKS = 16
"""More packs than this are merged, so a run opens a handful of files, not one per edit."""


class Packs:
    """The entries of one cache directory, kept in immutable pack files.

    A pack (``<sha256>.pack``) is the magic, the signed entries one after the other, an index
    of (name, offset, length) rows and a footer. A run's new entries are appended to one
    temporary file as they are made and renamed into place by :meth:`save`; an existing pack is
    never changed, only deleted once its entries are merged into a newer one. A pack whose index
    does not check out is ignored and deleted; an entry's own signature is checked by the cache
    when it is read, so a damaged entry is one miss.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._index: dict[str, tuple[int, int, int]] | None = None
        self._files: list[tuple[Path, io.FileIO]] = []
        self._writing: io.FileIO | None = None
        self._temp: Path | None = None
        self._digest = hashlib.sha256(_MAGIC)
        self._rows: list[tuple[str, int, int]] = []
        self._mine: dict[str, tuple[int, int]] = {}
        self._offset = 0

    def get(self, name: str) -> bytes | None:
        """The signed entry ``name`` from any pack or this run's own, or None."""
        mine = self._mine.get(name)
        if mine is not None and self._writing is not None:
            return _read_at(self._writing, *mine, back=self._offset)
        found = self._load().get(name)
        if found is None:
            return None
        pack, offset, length = found
        return _read_at(self._files[pack][1], offset, length)

    def add(self, name: str, blob: bytes) -> None:
        """Append a signed entry to this run's pack (a temporary file until :meth:`save`)."""
        try:
            if self._writing is None:
                self.directory.mkdir(parents=True, exist_ok=True)
                ignore_file(self.directory.parent)
                self._temp = self.directory / f".{os.getpid()}-{secrets.token_hex(4)}.tmp"
                self._writing = io.FileIO(self._temp, "x+")
                self._write(_MAGIC)
            self._rows.append((name, self._offset, len(blob)))
            self._mine[name] = (self._offset, len(blob))
            self._write(blob)
        except OSError:
            self._abandon()  # a read-only checkout simply runs without a cache

    def _write(self, data: bytes) -> None:
        assert self._writing is not None
        view = memoryview(data)
        while view:
            view = view[self._writing.write(view) or 0 :]
        self._digest.update(data)
        self._offset += len(data)

    def _abandon(self) -> None:
        if self._writing is not None:
            self._writing.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                self._temp.unlink()
        self._writing, self._temp, self._rows, self._mine = None, None, [], {}
        self._digest, self._offset = hashlib.sha256(_MAGIC), 0

    def save(self, used: set[str]) -> None:
        """Finish this run's pack; when stale entries outnumber the live ones two to one, or
        there are :data:`MAX_PACKS` packs or more, merge the live entries of the packs that
        hold stale ones (or of every pack) into the new pack and delete the old packs."""
        index = self._load()
        live = sum(1 for name in index if name in used)
        merge: list[int] = []
        if self._files and (len(index) > 2 * live + 64 or len(self._files) >= MAX_PACKS):
            counts = [0] * len(self._files)
            for name, (pack, _, _) in index.items():
                counts[pack] += name not in used
            merge = [n for n, stale in enumerate(counts) if stale or len(self._files) >= MAX_PACKS]
            for name in sorted(used & index.keys()):
                pack = index[name][0]
                if pack in merge:
                    blob = self.get(name)
                    if blob is not None:
                        self.add(name, blob)
        self._finish()
        for pack in merge:
            path, handle = self._files[pack]
            handle.close()
            with contextlib.suppress(OSError):
                path.unlink()
        self._clear_leftovers()
        self._close()

    def _finish(self) -> None:
        """Write the index and footer of this run's pack and rename it into place."""
        if self._writing is None or self._temp is None:
            return
        try:
            start, count = self._offset, len(self._rows)
            self._write(b"".join(_ROW.pack(n.encode(), o, size) for n, o, size in self._rows))
            self._write(_FOOTER.pack(start, count, _MAGIC))
            self._writing.close()
            os.replace(self._temp, self.directory / f"{self._digest.hexdigest()}.pack")
            self._writing, self._temp, self._rows, self._mine = None, None, [], {}
            self._digest, self._offset = hashlib.sha256(_MAGIC), 0
        except OSError:
            self._abandon()

    def _load(self) -> dict[str, tuple[int, int, int]]:
        """name → (pack number, offset, length) over every readable pack."""
        if self._index is not None:
            return self._index
        self._index = {}
        try:
            paths = sorted(self.directory.glob("*.pack"))
        except OSError:
            paths = []
        for path in paths:
            rows = self._open(path)
            if rows is None:
                with contextlib.suppress(OSError):
                    path.unlink()  # not a pack gkcat finished writing
                continue
            number = len(self._files) - 1
            for name, offset, length in rows:
                self._index[name] = (number, offset, length)
        return self._index

    def _open(self, path: Path) -> list[tuple[str, int, int]] | None:
        try:
            handle = io.FileIO(path, "r")
        except OSError:
            return None
        try:
            size = os.fstat(handle.fileno()).st_size
            if size < len(_MAGIC) + _FOOTER.size:
                raise ValueError
            handle.seek(size - _FOOTER.size)
            start, count, magic = _FOOTER.unpack(handle.read(_FOOTER.size) or b"")
            if magic != _MAGIC or start + count * _ROW.size + _FOOTER.size != size:
                raise ValueError
            handle.seek(start)
            table = handle.read(count * _ROW.size) or b""
            rows = [
                (name.decode("ascii"), offset, length)
                for name, offset, length in _ROW.iter_unpack(table)
            ]
            if any(offset < len(_MAGIC) or offset + length > start for _, offset, length in rows):
                raise ValueError
        except (OSError, ValueError, struct.error, UnicodeDecodeError):
            handle.close()
            return None
        self._files.append((path, handle))
        return rows

    def _clear_leftovers(self) -> None:
        """Delete what gkcat left that is not a pack: entries of an older gkcat (64 hex digits)
        and temporary packs of runs that ended long ago (a day), never those of a run still
        writing, and nothing else."""
        try:
            entries = list(os.scandir(self.directory))
        except OSError:
            return
        for entry in entries:
            with contextlib.suppress(OSError):
                old_entry = _OLD_ENTRY.fullmatch(entry.name) is not None
                if old_entry or (
                    _TEMP.fullmatch(entry.name) and time.time() - entry.stat().st_mtime > 86400
                ):
                    os.unlink(entry.path)

    def _close(self) -> None:
        for _, handle in self._files:
            handle.close()
        self._files = []
        self._index = None

    def __del__(self) -> None:
        """Close the packs read (a cache that is only read is never saved)."""
        self._close()
        if self._writing is not None:
            self._abandon()  # a run that ended without saving leaves no temporary file

    def names(self) -> set[str]:
        """The names of every entry kept (for reports and tests)."""
        return set(self._load())


def _read_at(handle: io.FileIO, offset: int, length: int, back: int | None = None) -> bytes | None:
    """``length`` bytes at ``offset`` (then back to ``back``, where a pack being written goes
    on), or None when the file is shorter."""
    try:
        handle.seek(offset)
        blob = handle.read(length)
        if back is not None:
            handle.seek(back)
    except OSError:
        return None
    return blob if blob is not None and len(blob) == length else None


def ignore_file(directory: Path) -> None:
    """A .gitignore inside the cache, so it is never committed even without a project rule;
    created only where nothing is (a link already there is not followed)."""
    with contextlib.suppress(FileExistsError), open(directory / ".gitignore", "x") as handle:
        handle.write("*\n")
