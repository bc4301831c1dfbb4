"""The build targets: the one place a target is added (``gkcat build --only`` lists these)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from gkcat.compile.site.build import compile_site
from gkcat.compile.xlsx.power_sheet import compile_power_tables
from gkcat.compile.xlsx.tasks_table import compile_task_tables
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.model import Project
from gkcat.progress import working_on
from gkcat.settings import Settings

Compiler = Callable[[Project, Settings], Mapping[str, bytes]]


@dataclass(frozen=True, slots=True)
class Target:
    """A build target: its ``--only`` name, its directory under dist/, and its compiler."""

    name: str
    directory: str
    compile: Compiler


TARGETS: tuple[Target, ...] = (
    Target("xlsx", "xlsx", compile_workbooks),
    Target("tasks", "tasks", compile_task_tables),
    Target("powers", "powers", compile_power_tables),
    Target("html", "site", compile_site),
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
