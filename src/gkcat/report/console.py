"""Where people read reports: the terminal, or a file or stdout written in one piece."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rich.console import Console

from gkcat.write import write_file


def plain(stream: object) -> bool:
    """No colour on CI or when ``stream`` is not a terminal."""
    isatty = getattr(stream, "isatty", None)
    on_ci = os.environ.get("CI", "").lower() in ("1", "true")
    return on_ci or not (callable(isatty) and isatty())


def terminal() -> Console:
    """The console for messages and the text report: stderr, coloured on a terminal."""
    return Console(stderr=True, no_color=plain(sys.stderr), highlight=False)


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` to ``output`` atomically, or to stdout."""
    if output:
        write_file(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
