"""Which file a command is working on, so an unexpected error can name it (GK905)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar

_ATTRIBUTE = "gkcat_file"
_CURRENT: ContextVar[str | None] = ContextVar("gkcat_current_file", default=None)


@contextmanager
def working_on(file: str) -> Iterator[None]:
    """Mark ``file`` (a source, a workbook, an output) as the one being processed."""
    token = _CURRENT.set(file)
    try:
        yield
    except BaseException as exc:
        if not hasattr(exc, _ATTRIBUTE):  # the innermost file wins
            with suppress(AttributeError, TypeError):
                setattr(exc, _ATTRIBUTE, file)
        raise
    finally:
        _CURRENT.reset(token)


def file_of(exc: BaseException) -> str | None:
    """The file being processed when ``exc`` was raised (or is now), if any."""
    found = getattr(exc, _ATTRIBUTE, None)
    return found if isinstance(found, str) else _CURRENT.get()
