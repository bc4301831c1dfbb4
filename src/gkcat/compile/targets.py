"""The build targets: the one place a target is added (``gkcat build --only`` lists these)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from gkcat.compile.site.build import compile_site
from gkcat.compile.xlsx.power_sheet import compile_power_tables
from gkcat.compile.xlsx.tasks_table import compile_task_tables
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.model import Project
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
