"""The read cache: each source's reading result, keyed by its bytes, under ``.gkcat-cache/``.

An entry holds what reading one file produces (its kind, the diagnostics of reading and the
schema check, with positions, and the file's part of the model), so a warm run parses and
models only the files that changed. Every rule on the model (cross-file ones included) runs on
the whole model every time.

The key of an entry is a hash of everything the result depends on: the file's project path and
bytes, gkcat's own code and schemas, and gkcat.yaml (the limits and regional channels). A
changed input is a different key, so the cache never changes results.

The cache directory lives in the project, where anyone who can open a pull request can put
files. Entries are therefore authenticated with an HMAC under a key that never leaves the
user's own cache directory (``$XDG_CACHE_HOME/gkcat/key``): a forged, foreign, truncated or
garbage entry fails the check and is ignored (and rewritten), never trusted. Entries are
pickles of gkcat's own model classes, unpickled only after the check has passed: bytes that
gkcat did not write itself are never unpickled.
Entries are kept in pack files (:class:`Packs`): a run appends the entries it makes to one
temporary file, renamed into place when the run ends, so a cold run creates one file instead of
one per source, and concurrent runs never see half a pack.

The model's frozen dataclasses are pickled as their class and field values and rebuilt by
calling the class (:class:`_ModelPickler`): a frozen slotted dataclass's own unpickling sets
each field through ``dataclasses.fields()`` in Python, which made unpickling a warm run's model
parts a third slower.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import io
import os
import pickle
import secrets
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gkcat.diagnostics import Diagnostic
from gkcat.load.assemble import Read
from gkcat.load.packs import Packs, ignore_file
from gkcat.load.project import Source
from gkcat.resources import schemas_dir
from gkcat.rules import Severity

CACHE_DIR = ".gkcat-cache"
FORMAT = b"gkcat-read-cache-3"
_MAC = 32
_PACKAGE = Path(__file__).resolve().parent.parent


def user_key() -> bytes | None:
    """The user's secret cache key, created on first use; None when it cannot be kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "gkcat" / "key"
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = secrets.token_bytes(32)
        temp = path.with_name(f".key-{os.getpid()}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(fresh)
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)  # the first writer wins; everyone then reads the same key
        temp.unlink()
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


def code_digest() -> bytes:
    """A digest of gkcat's own code and schemas: a new gkcat never reads an old one's entries."""
    digest = hashlib.sha256(FORMAT)
    files = sorted(_PACKAGE.rglob("*.py")) + sorted(schemas_dir().glob("*.json"))
    for path in files:
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.digest()


@dataclass
class ReadCache:
    """Entries for one project and one configuration; ``save`` writes the new ones."""

    directory: Path
    key: bytes
    salt: bytes
    fresh_runs: dict[str, bytes] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    keeps_runs: bool = True
    """Whether this cache also keeps whole runs (validate's); the diff's keeps files only."""
    _packs: Packs | None = None

    @property
    def runs(self) -> Path:
        return self.directory.parent / "runs"

    @property
    def packs(self) -> Packs:
        if self._packs is None:
            self._packs = Packs(self.directory)
        return self._packs

    @classmethod
    def open(cls, root: Path, config: bytes, *, purpose: str = "read") -> ReadCache | None:
        """The project's cache, or None when the user has no place for a key, or when the cache
        directories are not plain directories of the project (see :func:`own_directories`).

        ``purpose`` names what the entries hold (``read``: validate's reading results; ``diff``:
        the diff's normalised model parts); each has its own directory and key salt."""
        key = user_key()
        if key is None or not own_directories(root, purpose):
            return None
        salt = hashlib.sha256(code_digest() + hashlib.sha256(config).digest())
        if purpose != "read":
            salt.update(purpose.encode())
        return cls(root / CACHE_DIR / purpose, key, salt.digest(), keeps_runs=purpose == "read")

    def name(self, file: str, raw: bytes, scope: bytes = b"") -> str:
        """The entry name of ``file`` with these bytes (``scope``: more that the entry depends
        on, such as the gkcat.yaml of the version a diff reads)."""
        digest = hashlib.sha256(self.salt)
        if scope:
            digest.update(hashlib.sha256(scope).digest())
        digest.update(file.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def get(self, file: str, name: str) -> Read | None:
        """The cached reading of ``file`` (entry ``name``), if a trusted entry exists."""
        body = self._trusted(name, self.packs.get(name))
        if body is None:
            return None
        try:
            kind, found, part = pickle.loads(body)
            source = Source(file, kind, "", None, tuple(_diagnostic(d) for d in found))
        except Exception:  # an entry of ours that no longer fits is simply a miss
            return None
        self.used.add(name)
        return Read(source, part)

    def put(self, name: str, read: Read) -> None:
        """Add ``read`` as entry ``name`` to this run's pack at once, so a large cold run holds
        no entries.

        Pickling a text stores a UTF-8 copy inside the string object for as long as it lives
        (CPython's ``PyUnicode_AsUTF8AndSize``): a quarter more memory for a model of Chinese
        text. A caller that can should put a part once it no longer needs it, and drop it."""
        found = tuple(_row(d) for d in read.source.diagnostics)
        buffer = io.BytesIO()
        _ModelPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(
            (read.source.kind, found, read.part)
        )
        self.used.add(name)
        self.packs.add(name, self._sign(name, buffer.getvalue()))

    def run_key(self, names: Sequence[str]) -> str:
        """The key of a whole run: every file's entry name, in path order."""
        return hashlib.sha256(self.salt + "\n".join(names).encode()).hexdigest()

    def get_run(self, key: str) -> Run | None:
        """The findings of an earlier run over exactly the same inputs, if trusted."""
        try:
            blob: bytes | None = (self.runs / key).read_bytes()
        except OSError:
            blob = None
        body = self._trusted(key, blob)
        if body is None:
            return None
        try:
            files, kinds, rows, items = pickle.loads(body)
            found = tuple(_diagnostic(d) for d in rows)
        except Exception:
            return None
        self.used.add(key)
        return tuple(files), tuple(kinds), found, dict(items)

    def put_run(
        self,
        key: str,
        sources: Sequence[Source],
        diagnostics: Sequence[Diagnostic],
        items: Mapping[str, int],
    ) -> None:
        """Remember the findings of this run (written by :meth:`save`)."""
        body = pickle.dumps(
            (
                [s.file for s in sources],
                [s.kind for s in sources],
                [_row(d) for d in diagnostics],
                dict(items),
            ),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        self.used.add(key)
        self.fresh_runs[key] = self._sign(key, body)

    def _sign(self, name: str, body: bytes) -> bytes:
        return hmac.digest(self.key, name.encode() + body, "sha256") + body

    def _trusted(self, name: str, blob: bytes | None) -> bytes | None:
        """An entry's body when its signature is ours, else None (foreign, forged, truncated)."""
        if blob is None:
            return None
        mac, body = blob[:_MAC], blob[_MAC:]
        expected = hmac.digest(self.key, name.encode() + body, "sha256")
        return body if hmac.compare_digest(mac, expected) else None

    def save(self) -> None:
        """Write what is left to write; drop old entries once they outnumber the live ones."""
        self.packs.save(self.used)
        if self.fresh_runs:
            try:
                self.runs.mkdir(parents=True, exist_ok=True)
                ignore_file(self.runs.parent)
                for name, blob in self.fresh_runs.items():
                    _write_atomic(self.runs / name, blob)
            except OSError:
                pass  # a read-only checkout simply runs without a cache
            self.fresh_runs.clear()
        if self.keeps_runs:
            _prune_runs(self.runs, self.used)


def own_directories(root: Path, purpose: str) -> bool:
    """Whether ``.gkcat-cache`` and its ``purpose`` and ``runs`` directories are each a real
    directory or not there yet. A repository can hold a symbolic link in their place (committed
    with ``git add -f``); following it would write, and prune, files outside the project, so
    such a cache is not used at all."""
    base = root / CACHE_DIR
    for path in (base, base / purpose, base / "runs"):
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            continue
        except OSError:
            return False
        if not stat.S_ISDIR(mode):
            return False
    return True


def _write_atomic(path: Path, blob: bytes) -> None:
    """Write ``blob`` to a new temporary file (never through a file or link already there),
    then rename it to ``path``."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    with open(temp, "xb") as handle:
        handle.write(blob)
    os.replace(temp, path)


def _prune_runs(directory: Path, used: set[str]) -> None:
    """Drop runs this run did not use, once there are many more of them than used ones."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    if len(entries) <= 2 * len(used) + 64:
        return
    for entry in entries:
        if entry.name not in used:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


class _ModelPickler(pickle.Pickler):
    """Pickles a model dataclass as ``(class, field values)``, unpickled by calling the class.

    Only for dataclasses of :mod:`gkcat.model` whose every field is an ``__init__`` argument
    and that have no ``__post_init__``, so calling the class rebuilds an equal object; any other
    object is pickled as usual.
    """

    def reducer_override(self, obj: Any) -> Any:
        names = _init_fields(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple([getattr(obj, name) for name in names])


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _init_fields(cls: type) -> tuple[str, ...] | None:
    """The field names of a model dataclass rebuilt by calling it, else None."""
    if cls not in _FIELDS:
        fields = dataclasses.fields(cls) if dataclasses.is_dataclass(cls) else ()
        rebuilt = (
            cls.__module__ == "gkcat.model"
            and bool(fields)
            and all(f.init for f in fields)
            and not hasattr(cls, "__post_init__")
        )
        _FIELDS[cls] = tuple(f.name for f in fields) if rebuilt else None
    return _FIELDS[cls]


Run = tuple[tuple[str, ...], tuple[str | None, ...], tuple[Diagnostic, ...], dict[str, int]]
"""What a whole run left: its files, their kinds, its findings and each catalog's item count."""

_Row = tuple[
    str, int, tuple[tuple[str, str], ...], str | None, int | None, int | None, str, str | None, bool
]


def _row(d: Diagnostic) -> _Row:
    return (d.code, int(d.severity), d.args, d.file, d.line, d.column, d.pointer, d.item, d.fixable)


def _diagnostic(row: _Row) -> Diagnostic:
    code, severity, args, file, line, column, pointer, item, fixable = row
    return Diagnostic(
        code=code,
        severity=Severity(severity),
        args=tuple((str(k), str(v)) for k, v in args),
        file=file,
        line=line,
        column=column,
        pointer=pointer,
        item=item,
        fixable=bool(fixable),
    )
