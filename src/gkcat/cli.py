"""The gkcat command group: a table of commands, each loaded from its module when it runs.

``gkcat --help`` lists the commands from the table (name and one-line summary) without importing
any of them; ``gkcat validate`` imports ``cli_check`` and what it needs, never the scaffold,
import, build or diff modules. A command's module is imported, and its typer command built, the
first time the group looks the command up. The summaries are the first lines of the commands'
docstrings (a test keeps them equal). No logic of its own: flags → api call → rendered output.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any, NamedTuple

import typer
from typer._click import Command, Context, HelpFormatter
from typer._click.utils import make_default_short_help

from gkcat.cli_options import top_level
from gkcat.cli_usage import GkcatCommand, GkcatGroup


class Entry(NamedTuple):
    """One command: its name, ``module:attribute`` (a function, or a typer app for a group),
    its one-line summary, and optionally the module attribute holding its help text."""

    name: str
    target: str
    summary: str
    help: str | None = None


COMMANDS: tuple[Entry, ...] = (
    Entry(
        "init",
        "gkcat.cli_scaffold:init",
        "新建项目：26个领域的起步目录 / start a new project from the starter catalogs.",
    ),
    Entry(
        "new",
        "gkcat.cli_scaffold:new",
        "添加一个领域的起步目录 / add one domain's starter catalog.",
        help="NEW_HELP",
    ),
    Entry(
        "import",
        "gkcat.cli_import:import_command",
        "导入权责清单、标准目录或工作要点 / import a 权责清单, a catalog table or a 工作要点.",
    ),
    Entry(
        "validate",
        "gkcat.cli_check:validate",
        "校验目录、权责清单和任务分解 / check every source of the project.",
    ),
    Entry(
        "build",
        "gkcat.cli_build:build",
        "校验后生成工作簿、任务分解表和网站 / validate, then build the outputs into dist/.",
    ),
    Entry(
        "diff",
        "gkcat.cli_diff:diff",
        "比较两个版本，生成修订对照表 / show what changed between two catalog versions.",
    ),
    Entry(
        "schema",
        "gkcat.cli_build:schema",
        "打印 JSON Schema，或重新生成项目的模式文件 / print a JSON Schema, or refresh schemas/.",
    ),
    Entry(
        "coverage",
        "gkcat.cli_check:coverage",
        "统计权责清单被公开事项覆盖的情况 / how many must-cover powers the catalog items cite.",
    ),
    Entry(
        "fix",
        "gkcat.cli_check:fix_command",
        "修正不改变含义的问题 / apply the fixes that cannot change meaning.",
    ),
    Entry("plan", "gkcat.cli_plan:plan_app", "任务分解 / task plans"),
)


def load_command(entry: Entry) -> Command:
    """The click command of ``entry``, built by typer from the function (or app) it names."""
    from typer.main import get_command_from_info, get_group_from_info
    from typer.models import CommandInfo, TyperInfo

    module_name, _, attribute = entry.target.partition(":")
    module = importlib.import_module(module_name)
    target = getattr(module, attribute)
    if isinstance(target, typer.Typer):
        group = get_group_from_info(
            TyperInfo(target, name=entry.name),
            pretty_exceptions_short=True,
            suggest_commands=True,
            rich_markup_mode=None,
        )
        return group
    help_text = getattr(module, entry.help) if entry.help else None
    info = CommandInfo(name=entry.name, cls=GkcatCommand, callback=target, help=help_text)
    return get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)


class LazyCommands(MutableMapping[str, Command]):
    """The group's commands by name: every name of the table, each built on first lookup."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = {e.name: e for e in entries}
        self.loaded: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self.loaded:
            self.loaded[name] = load_command(self.entries[name])
        return self.loaded[name]

    def __setitem__(self, name: str, command: Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self.entries.pop(name, None)
        self.loaded.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.entries or name in self.loaded

    def __iter__(self) -> Iterator[str]:
        yield from self.entries
        yield from (name for name in self.loaded if name not in self.entries)

    def __len__(self) -> int:
        return len(self.entries.keys() | self.loaded.keys())


class LazyGroup(GkcatGroup):
    """The top-level group: commands from :data:`COMMANDS`, listed without being loaded."""

    def __init__(self, *, commands: Any = None, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = lazy = LazyCommands(COMMANDS)
        lazy.loaded.update(commands or {})  # any registered on the app itself

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The command list of ``gkcat --help``, as typer words it: a command of the table by
        its summary (not loaded), any other by its own short help."""
        lazy = self.commands
        assert isinstance(lazy, LazyCommands)
        names = list(lazy)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            entry = lazy.entries.get(name)
            if entry is not None and name not in lazy.loaded:
                rows.append((name, make_default_short_help(entry.summary, limit)))
            elif not lazy[name].hidden:
                rows.append((name, lazy[name].get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="gkcat",
    help="编制和校验政务公开标准目录 / compile and validate disclosure standard catalogs.",
    cls=LazyGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.callback()(top_level)
