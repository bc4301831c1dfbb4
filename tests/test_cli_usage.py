"""The command line as people meet it: every command with a wrong option, without a project and
from a subdirectory, in the chosen language and with the documented exit code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat import __version__
from gkcat.cli import app

from .conftest import ProjectFactory
from .test_cli import CAT, GOOD

CJK = re.compile(r"[\u4e00-\u9fff]")
COMMANDS = ("validate", "build", "diff", "coverage", "import", "schema", "init", "fix", "plan next")


def _run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _english(text: str) -> bool:
    """English words around the values (which may be Chinese): no CJK outside quotes."""
    return not CJK.search(re.sub(r'"[^"]*"|「[^」]*」', "", text))


@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_option_is_a_usage_error_in_chinese(runner: CliRunner, command: str) -> None:
    code, out, err = _run(runner, *command.split(), "--bogus")
    assert code == 2
    assert out == ""
    assert f"gkcat {command}：没有选项「--bogus」" in err
    assert f"运行「gkcat {command} -h」查看帮助" in err
    assert "Traceback" not in err
    assert "Error" not in err


@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_option_in_english(runner: CliRunner, command: str) -> None:
    code, _, err = _run(runner, *command.split(), "--bogus", "--lang", "en")
    assert code == 2
    assert f'gkcat {command}: no such option "--bogus"' in err
    assert _english(err), err


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            ["validate", "-f", "xml"],
            "「--format / -f」的值「xml」无效，可选：text、json、junit、sarif、github",
            '"--format / -f": "xml" is not valid; choose from text, json, junit, sarif, github',
        ),
        (
            ["build", "--only", "xlsx,pdf"],
            "「--only」的值「pdf」无效，可选：xlsx、tasks、powers、html",
            '"--only": "pdf" is not valid; choose from xlsx, tasks, powers, html',
        ),
        (["validate", "--jobs", "0"], "「--jobs / -j」的值无效：应不小于 1", "must be at least 1"),
        (
            ["validate", "--jobs", "x"],
            "「--jobs / -j」的值无效：应为整数",
            "must be a whole number",
        ),
        (["validate", "--format"], "选项「--format」需要一个值", 'option "--format" needs a value'),
        (["init"], "缺少「DIR」", 'missing "DIR"'),
        (["bogus"], "没有命令「bogus」", 'no such command "bogus"'),
    ],
)
def test_option_errors_are_friendly_and_never_leak_the_parser(
    runner: CliRunner, args: list[str], zh: str, en: str
) -> None:
    code, _, err = _run(runner, *args)
    assert (code, zh in err) == (2, True), err
    assert "Value error" not in err
    assert "Input should" not in err
    code, _, err = _run(runner, args[0], "--lang", "en", *args[1:])
    assert (code, en in err) == (2, True), err


@pytest.mark.parametrize(
    ("args", "zh"),
    [
        (["validate"], "不是 gkcat 项目"),
        (["build"], "不是 gkcat 项目"),
        (["coverage"], "不是 gkcat 项目"),
        (["schema", "--write"], "不是 gkcat 项目"),
        (["diff", "old", "new"], "「old」不是目录"),
        (["import", "missing.xlsx"], "文件「missing.xlsx」不存在"),
        (["validate", "nothing.yaml"], "文件或目录「nothing.yaml」不存在"),
    ],
)
def test_missing_project_or_file_is_exit_2_in_the_chosen_language(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], zh: str
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    code, _, err = _run(runner, *args)
    assert (code, zh in err) == (2, True), err
    code, _, err = _run(runner, *args, "--lang", "en")
    assert code == 2
    assert _english(err), err
    assert list(empty.iterdir()) == []  # nothing written where there is no project


def test_init_into_an_existing_project_is_exit_2(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD})
    (root / "gkcat.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    code, _, err = _run(runner, "init", str(root))
    assert (code, "已经是 gkcat 项目" in err) == (2, True), err
    code, _, err = _run(runner, "init", str(root), "--lang", "en")
    assert (code, "already holds a gkcat project" in err) == (2, True), err


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "county.yaml"],
        ["coverage"],
        ["build", "--only", "tasks"],
        ["schema", "--write"],
        ["diff", "../..", "../.."],
        ["import", "../../权责清单.xlsx", "-o", "../../powers/civil-affairs.yaml"],
    ],
)
def test_every_command_finds_the_project_from_a_subdirectory(
    runner: CliRunner,
    make_project: ProjectFactory,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    import openpyxl

    root = make_project({CAT: GOOD})
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "行使层级"])
    sheet.append(["QR-1", "最低生活保障金给付", "", "行政给付", "示例县民政局", "县级"])
    book.save(root / "权责清单.xlsx")
    monkeypatch.chdir(root / "catalogs" / "social-assistance")
    code, _, err = _run(runner, *args)
    assert code == 0, err
    assert "不是 gkcat 项目" not in err


def test_version_and_short_help(runner: CliRunner) -> None:
    code, out, _ = _run(runner, "--version")
    assert (code, out) == (0, f"gkcat {__version__}\n")
    code, out, _ = _run(runner, "-h")
    assert code == 0
    assert "用法：gkcat" in out
    assert "validate" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_readable_metavars(runner: CliRunner, command: str) -> None:
    code, out, _ = _run(runner, *command.split(), "-h")
    assert code == 0
    assert "Example:" in out
    assert not re.search(r"<(bool|int|str|list|Path|int range)", out), out
    assert "选项：" in out


def test_help_imports_neither_openpyxl_nor_jinja2() -> None:
    probe = (
        "import sys\n"
        "from gkcat.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('openpyxl', 'jinja2') if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "用法：gkcat" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_validate_of_a_clean_project_loads_no_heavy_library(sample_project: Path) -> None:
    probe = (
        "import sys\n"
        "from gkcat.cli import app\n"
        f"code = app(['validate', '-C', {str(sample_project)!r}], standalone_mode=False)\n"
        "heavy = [m for m in ('openpyxl', 'jinja2', 'jsonschema') if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 []"
