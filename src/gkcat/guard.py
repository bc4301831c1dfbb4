"""The one net under every command: no exception leaves gkcat as a traceback.

An unexpected exception becomes the internal-error diagnostic GK905 naming the file being
processed (exit 2); ``--debug``, accepted anywhere on the command line, adds the traceback.
Ctrl-C and SIGTERM unwind normally (``finally`` blocks remove staging directories and release
the build lock) and exit 130 and 143. Each known failure has its own diagnostic elsewhere:
this is a net, not a fix.
"""

from __future__ import annotations

import errno
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any

from typer.core import TyperGroup
from typer.exceptions import Abort, Exit, TyperException

from gkcat.diagnostics import Lang, diagnostic
from gkcat.progress import file_of
from gkcat.textsafe import visible_controls

EMITS = frozenset({"GK905"})
"""The rule codes this module emits (a test keeps the list exact)."""

INTERRUPTED = 130
TERMINATED = 143


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so cleanup runs as for Ctrl-C."""


class GuardedGroup(TyperGroup):
    """The typer group of the gkcat app, with the guard around every command."""

    debug = False
    lang: Lang = "zh"

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        given = list(sys.argv[1:] if args is None else args)
        GuardedGroup.debug = "--debug" in given
        GuardedGroup.lang = _lang(given)
        given = [a for a in given if a != "--debug"]
        return super().main(given, *rest, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _sigterm_raises():
            try:
                return super().invoke(ctx)
            except (Exit, Abort, TyperException):
                raise
            except KeyboardInterrupt:
                _say("已中断" if self.lang == "zh" else "interrupted")
                raise Exit(INTERRUPTED) from None
            except Terminated:
                _say("已终止" if self.lang == "zh" else "terminated")
                raise Exit(TERMINATED) from None
            except OSError as exc:
                _say(os_error_message(exc, self.lang))
                raise Exit(2) from None
            except Exception as exc:
                report_internal_error(exc, debug=self.debug, lang=self.lang)
                raise Exit(2) from None


def report_internal_error(exc: BaseException, *, debug: bool, lang: Lang) -> None:
    """Print GK905 for ``exc`` (and its traceback with ``debug``) to stderr."""
    from gkcat.report.text import format_line

    error = visible_controls(f"{type(exc).__name__}: {exc}".splitlines()[0])
    found = diagnostic("GK905", file=file_of(exc) or "gkcat", error=error)
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    _say(format_line(found, lang))


_ERRNO: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("磁盘空间不足", "no space left on the device"),
    errno.EDQUOT: ("超出磁盘配额", "disk quota exceeded"),
    errno.EACCES: ("没有写入权限", "permission denied"),
    errno.EPERM: ("没有写入权限", "permission denied"),
    errno.EROFS: ("文件系统是只读的", "the file system is read-only"),
    errno.ENAMETOOLONG: ("文件名过长", "the file name is too long"),
    errno.ENOTDIR: ("路径中有一段不是目录", "a part of the path is not a directory"),
    errno.EISDIR: ("这是一个目录", "it is a directory"),
    errno.EIO: ("输入输出错误", "input/output error"),
}


def os_error_message(exc: OSError, lang: Lang) -> str:
    """One line for a failed write or read outside the sources (disk full, read-only …)."""
    zh, en = _ERRNO.get(exc.errno or 0, (exc.strerror or str(exc), exc.strerror or str(exc)))
    where = visible_controls(str(exc.filename or file_of(exc) or ""))
    if lang == "zh":
        return f"gkcat: 无法写入「{where}」：{zh}" if where else f"gkcat: {zh}"
    return f"gkcat: cannot write {where}: {en}" if where else f"gkcat: {en}"


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _lang(args: Sequence[str]) -> Lang:
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] == "en":
            return "en"
        if arg == "--lang=en":
            return "en"
    return "zh"


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while a command runs (main thread only)."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
