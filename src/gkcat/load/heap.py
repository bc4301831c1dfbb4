"""The cyclic garbage collector, paused while a project's model is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a project is read (validate) or two versions are
    read and compared (diff).

    Loading creates hundreds of thousands of small dicts and lists that all stay alive, so each
    automatic collection rescans a growing heap. The loaded data holds no reference cycles
    (recursive aliases are refused as GK106 before construction), so nothing is lost by waiting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
