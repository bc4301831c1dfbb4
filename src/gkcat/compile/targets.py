"""The build targets: the one place a target is added (``gkcat build --only`` lists these)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from gkcat.model import Project
from gkcat.progress import working_on
from gkcat.settings import Settings

Compiler = Callable[[Project, Settings], Mapping[str, bytes]]


def _lazy(module: str, name: str) -> Compiler:
    """The compiler ``module.name``, imported when first called: listing the targets (for
    ``--only``) must not load openpyxl and jinja2."""

    def compile_(project: Project, settings: Settings) -> Mapping[str, bytes]:
        found: Compiler = getattr(importlib.import_module(module), name)
        return found(project, settings)

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
    Target("html", "site", _lazy("gkcat.compile.site.build", "compile_site")),
)
"""Every build target, in build order."""

TARGET_NAMES: tuple[str, ...] = tuple(t.name for t in TARGETS)


class Compiled(Mapping[str, Mapping[str, bytes]]):
    """The outputs of ``targets`` by directory, each compiled when it is read.

    The writer reads each target once, so only one target's files are in memory at a time
    instead of every workbook and page of the build.
    """

    def __init__(self, targets: Sequence[Target], project: Project, settings: Settings) -> None:
        self._targets = {t.directory: t for t in targets}
        self._project = project
        self._settings = settings

    def __getitem__(self, directory: str) -> Mapping[str, bytes]:
        with working_on(directory):  # an unexpected error names the target (GK905)
            return self._targets[directory].compile(self._project, self._settings)

    def __contains__(self, directory: object) -> bool:
        return directory in self._targets  # without compiling it

    def __iter__(self) -> Iterator[str]:
        return iter(self._targets)

    def __len__(self) -> int:
        return len(self._targets)
