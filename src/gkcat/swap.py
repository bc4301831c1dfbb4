"""Putting a finished tree at the output path atomically, one build at a time.

- :func:`exchange` swaps two directories in one step with Linux's ``renameat2(RENAME_EXCHANGE)``
  (through ctypes). Where that is missing (another OS, an old kernel or libc, a file system
  that refuses it) it falls back to two renames, and a crash between them leaves the complete
  old tree as ``.NAME.old-*`` beside the output: :func:`recover` (run by the next build, under
  the lock) puts it back before anything else.
- :func:`output_lock` holds an exclusive ``flock`` on the output's parent directory, so two
  builds into one place never interleave; the second is refused with a clear message.
- :func:`clean_stale` removes the ``.NAME.new-*`` / ``.NAME.old-*`` folders a killed build left.
- :func:`checkpoint` is a test hook: ``GKCAT_TEST_HOOK=<step>[#n]:kill`` (or ``:sleep<seconds>``)
  stops the process at that step, for the crash-consistency tests (a sleeping step first creates
  the file ``GKCAT_TEST_HOOK_REACHED`` names, so a test signals it exactly there);
  ``GKCAT_NO_EXCHANGE=1`` forces the two-rename fallback so the tests cover it on Linux too.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gkcat.diagnostics import GkcatError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_FALLBACK_ERRNOS = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}


def _renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_RENAMEAT2 = _renameat2() if os.name == "posix" else None


def exchange(a: Path, b: Path) -> bool:
    """Swap the directories ``a`` and ``b`` atomically; False when the platform cannot."""
    if _RENAMEAT2 is None or os.environ.get("GKCAT_NO_EXCHANGE"):
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _FALLBACK_ERRNOS:
        return False
    raise OSError(code, os.strerror(code), str(b))


def stale(dest: Path) -> list[Path]:
    """Leftovers of earlier builds into ``dest``: staging and moved-away trees."""
    prefixes = (f".{dest.name}.new-", f".{dest.name}.old-")
    return sorted(
        p
        for p in dest.parent.iterdir()
        if p.name.startswith(prefixes) and p.is_dir() and not p.is_symlink()
    )


def recover(dest: Path) -> None:
    """After a crash between the two fallback renames, put the old tree back at ``dest``."""
    if dest.exists() or dest.is_symlink():
        return
    prefix = f".{dest.name}.old-"
    old = sorted(
        (p for p in stale(dest) if p.name.startswith(prefix)), key=lambda p: p.stat().st_mtime
    )
    if old:
        os.rename(old[-1], dest)


def clean_stale(dest: Path) -> None:
    """Remove every leftover of earlier builds (call under :func:`output_lock`)."""
    recover(dest)
    for path in stale(dest):
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def output_lock(dest: Path, message: str, *, wait: float = 60.0) -> Iterator[None]:
    """Hold the build lock of ``dest``'s directory, waiting up to ``wait`` seconds for another
    build to finish; then raise GkcatError(message)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: builds are not serialised (docs/design.md)
        yield
        return
    fd = os.open(dest.parent, os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise GkcatError(message) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing releases the lock


_PASSED: dict[str, int] = {}


def checkpoint(step: str) -> None:
    """Test hook (see the module doc); does nothing unless GKCAT_TEST_HOOK names ``step``.

    ``writing#3:kill`` stops at the third time the step is passed."""
    spec = os.environ.get("GKCAT_TEST_HOOK", "")
    if not spec:
        return
    wanted, _, action = spec.partition(":")
    name, _, nth = wanted.partition("#")
    if name != step:
        return
    _PASSED[step] = _PASSED.get(step, 0) + 1
    if _PASSED[step] != int(nth or 1):
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action.startswith("sleep"):
        reached = os.environ.get("GKCAT_TEST_HOOK_REACHED")
        if reached:
            Path(reached).touch()
        time.sleep(float(action[5:] or 30))
