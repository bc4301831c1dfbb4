"""The command group lists commands from its table and loads each one only when it is used."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer._click.utils import make_default_short_help
from typer.main import get_command
from typer.testing import CliRunner

from gkcat.cli import COMMANDS, Entry, LazyCommands, app, load_command


@pytest.mark.parametrize("entry", COMMANDS, ids=[e.name for e in COMMANDS])
def test_the_table_summary_is_the_first_line_of_the_command_help(entry: Entry) -> None:
    command = load_command(entry)
    assert command.help is not None
    assert make_default_short_help(command.help, 1000) == make_default_short_help(
        entry.summary, 1000
    )
    assert command.name == entry.name


def test_help_lists_every_command_of_the_table_and_loads_none() -> None:
    probe = (
        "import sys\n"
        "from gkcat.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('gkcat.cli_') or\n"
        "    m in ('gkcat.api', 'gkcat.settings', 'rich', 'pydantic'))\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    for entry in COMMANDS:
        assert f"  {entry.name} " in done.stdout
    assert (
        done.stderr.strip().splitlines()[-1]
        == "['gkcat.cli_options', 'gkcat.cli_params', 'gkcat.cli_usage']"
    )


def test_running_a_command_loads_only_its_module() -> None:
    probe = (
        "import sys\n"
        "from gkcat.cli import app\n"
        "try:\n"
        "    app(['schema', 'catalog'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('gkcat.cli_'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert '"$schema"' in done.stdout
    loaded = done.stderr.strip().splitlines()[-1]
    assert (
        loaded == "['gkcat.cli_build', 'gkcat.cli_options', 'gkcat.cli_params', 'gkcat.cli_usage']"
    )


def test_the_mapping_holds_every_name_and_builds_on_lookup() -> None:
    commands = LazyCommands(COMMANDS)
    assert list(commands) == [e.name for e in COMMANDS]
    assert len(commands) == len(COMMANDS)
    assert not commands.loaded
    assert commands["validate"].name == "validate"
    assert list(commands.loaded) == ["validate"]
    assert commands.get("bogus") is None


def test_a_misspelt_command_is_refused_in_chinese() -> None:
    result = CliRunner().invoke(app, ["valdate"])
    assert result.exit_code == 2
    assert "没有命令「valdate」" in result.stderr


def test_the_group_is_the_lazy_one() -> None:
    group = get_command(app)
    assert isinstance(group.commands, LazyCommands)  # type: ignore[attr-defined]


def test_commands_added_to_the_group_are_listed_with_their_own_help() -> None:
    from typer._click import Context
    from typer._click.formatting import HelpFormatter

    from gkcat.cli import LazyGroup
    from gkcat.cli_usage import GkcatCommand

    extra = GkcatCommand(name="extra", help="另一个命令 / one more command.")
    group = LazyGroup(name="gkcat", commands={"extra": extra})
    assert list(group.commands)[-1] == "extra"
    formatter = HelpFormatter()
    group.format_commands(Context(group), formatter)
    text = formatter.getvalue()
    assert "extra     另一个命令 / one more command." in text
    assert "validate  校验目录" in text
    assert not group.commands.loaded.keys() - {"extra"}  # type: ignore[attr-defined]


def test_removing_a_command_forgets_it() -> None:
    commands = LazyCommands(COMMANDS)
    del commands["fix"]
    assert "fix" not in commands
    assert len(commands) == len(COMMANDS) - 1
    with pytest.raises(KeyError):
        del commands["fix"]
