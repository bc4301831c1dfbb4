"""The build targets: the one place a target is added (``gkcat build --only`` lists these)."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from gkcat.model import Project
from gkcat.progress import working_on
from gkcat.settings import Settings

Files = Iterable[tuple[str, bytes]]
"""A target's output: (path relative to its directory, bytes) pairs, each path once."""

Compiler = Callable[[Project, Settings], Files]


def _lazy(module: str, name: str) -> Compiler:
    """The compiler ``module.name``, imported when first called: listing the targets (for
    ``--only``) must not load openpyxl and jinja2. A compiler may return a mapping (path →
    bytes) or yield pairs; a generator lets the writer store each file as it is made."""

    def compile_(project: Project, settings: Settings) -> Files:
        found: Callable[[Project, Settings], Files | Mapping[str, bytes]]
        found = getattr(importlib.import_module(module), name)
        files = found(project, settings)
        if isinstance(files, Mapping):
            yield from files.items()
        else:
            yield from files

    return compile_


@dataclass(frozen=True, slots=True)
class Target:
    """A build target: its ``--only`` name, its directory under dist/, and its compiler."""

    name: str
    directory: str
    compile: Compiler


TARGETS: tuple[Target, ...] = (
    Target("xlsx", "xlsx", _lazy("gkcat.compile.xlsx.workbook", "compile_workbooks")),
    Target("tasks", "tasks", _lazy("gkcat.compile.xlsx.tasks_table", "compile_task_tables")),
    Target("powers", "powers", _lazy("gkcat.compile.xlsx.power_sheet", "compile_power_tables")),
    Target("html", "site", _lazy("gkcat.compile.site.build", "site_files")),
)
"""Every build target, in build order."""

TARGET_NAMES: tuple[str, ...] = tuple(t.name for t in TARGETS)


class Compiled(Mapping[str, Files]):
    """The outputs of ``targets`` by directory, each compiled while the writer reads it.

    The writer stores each file as it arrives, so the build holds one workbook or page at a
    time (plus whatever a compiler keeps for itself) instead of every file of the build.
    """

    def __init__(self, targets: Sequence[Target], project: Project, settings: Settings) -> None:
        self._targets = {t.directory: t for t in targets}
        self._project = project
        self._settings = settings

    def __getitem__(self, directory: str) -> Files:
        return _named(directory, self._targets[directory].compile(self._project, self._settings))

    def __contains__(self, directory: object) -> bool:
        return directory in self._targets  # without compiling it

    def __iter__(self) -> Iterator[str]:
        return iter(self._targets)

    def __len__(self) -> int:
        return len(self._targets)


def _named(directory: str, files: Files) -> Iterator[tuple[str, bytes]]:
    """``files``, compiled lazily, with an unexpected error naming the target (GK905).

    The loaded model stays alive through the build, and compiling makes garbage with
    reference cycles (template contexts), so each of the collector's full passes would rescan
    the whole model; frozen, it is left out of them (about 8% of the html build at 1×).
    """
    with working_on(directory):
        found = iter(files)
    gc.freeze()
    try:
        while True:
            with working_on(directory):
                pair = next(found, None)
            if pair is None:
                return
            yield pair
    finally:
        gc.unfreeze()
