"""Values converted without pydantic are the values (and errors) typer's adapters give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from gkcat.cli import COMMANDS, load_command
from gkcat.cli_params import PlainParam, plain_param


def _params() -> list[tuple[str, _TyperParameter]]:
    found = []
    for entry in COMMANDS:
        command = load_command(entry)
        for sub in getattr(command, "commands", {}).values() or [command]:
            found += [(f"{entry.name}:{p.name}", p) for p in sub.params]
    return [(name, p) for name, p in found if isinstance(p, _TyperParameter)]


def _outcome(runtime: Any, value: Any, param: _TyperParameter, ctx: Context) -> object:
    try:
        return ("value", runtime.coerce(value, param=param, ctx=ctx))
    except BadParameter as exc:
        return ("error", type(exc).__name__, exc.message)
    except Exception as exc:  # a value the command line never passes (a bool to a parser)
        return ("raised", type(exc).__name__, str(exc))


def test_every_parameter_converts_as_typer_converts_it(tmp_path: Path) -> None:
    (tmp_path / "file.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    values: list[Any] = [
        None,
        (),
        "",
        "text",
        "json",
        "xlsx,html",
        "bogus",
        str(tmp_path / "file.yaml"),
        str(tmp_path / "dir"),
        str(tmp_path / "dir") + "/",
        str(tmp_path / "missing"),
        "3",
        "-1",
        "x\x00y",
        True,
        False,
        (str(tmp_path / "file.yaml"), str(tmp_path / "dir")),
        ("text",),
        ("xlsx,html", "tasks"),
    ]
    checked = 0
    for name, param in _params():
        ctx = Context(load_command(COMMANDS[0]))
        plain = plain_param(param.type_descriptor)
        assert isinstance(plain, PlainParam)
        typers = build_runtime_param(param.type_descriptor)
        for value in values:
            if (param.multiple or param.nargs == -1) != isinstance(value, tuple) and value:
                continue
            expected = _outcome(typers, value, param, ctx)
            assert _outcome(plain, value, param, ctx) == expected, (name, value)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "-C", "{project}"],
        ["validate", "-C", "{project}", "--strict", "-f", "json", "-o", "{out}"],
        ["--version"],
        ["validate", "--help"],
    ],
)
def test_common_commands_never_import_pydantic(
    args: list[str], sample_project: Path, tmp_path: Path
) -> None:
    filled = [a.format(project=sample_project, out=tmp_path / "report.json") for a in args]
    probe = (
        "import sys\n"
        "from gkcat.cli import app\n"
        f"code = app({filled!r}, standalone_mode=False)\n"
        "print(code, [m for m in sys.modules if m.startswith('pydantic')])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1].endswith(" []"), done.stdout + done.stderr
