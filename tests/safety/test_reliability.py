"""Each input that used to crash gets its own diagnostic (docs/security.md, 6)."""

from __future__ import annotations

import gc
import io
import resource
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.load.source import parse

from ..conftest import ProjectFactory
from ..test_cli import CAT, GOOD
from . import hostile


def test_ten_thousand_duplicate_keys_are_found_in_linear_time(tmp_path: Path) -> None:
    """Before, each duplicate walked the whole document: 10,000 took minutes. The child has
    20 CPU seconds; the linear walk needs well under one."""
    script = textwrap.dedent(
        """
        from gkcat.load.source import parse
        items = "".join(f"  - id: X-{i}\\n    name: a\\n    name: b\\n" for i in range(10000))
        parsed = parse("kind: catalog\\nitems:\\n" + items, "a.yaml", max_alias_nodes=100000)
        print(len(parsed.diagnostics), parsed.diagnostics[-1].pointer)
        """
    )

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (20, 20))

    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        preexec_fn=bounded,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["10000", "/items/9999/name"]


def test_duplicate_key_pointers_are_still_exact() -> None:
    parsed = parse("a:\n  b: 1\n  b: 2\nc: [{d: 1, d: 2}]\nc: 3\n", "x.yaml", max_alias_nodes=100)
    assert sorted(d.pointer for d in parsed.diagnostics) == ["/a/b", "/c", "/c/0/d"]


def test_kind_that_is_a_list_is_gk109(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({CAT: GOOD.replace("kind: catalog", "kind: [catalog]")})
    result = runner.invoke(app, ["validate", "-C", str(root)])
    assert result.exit_code == 1
    assert f'{CAT}:1:7: error[GK109] 未知的 kind「["catalog"]」' in result.stderr


def test_invalid_build_time_is_gk906_in_validate_and_build(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD, "gkcat.yaml": 'build_time: "2024-13-45"\n'})
    for command in ("validate", "build"):
        result = runner.invoke(app, [command, "-C", str(root)])
        assert result.exit_code == 2, result.output
        assert "gkcat.yaml:1:13: error[GK906]" in result.stderr
        assert "Traceback" not in result.stderr


def test_effective_2200_warns_and_builds(runner: CliRunner, make_project: ProjectFactory) -> None:
    text = GOOD.replace("level: 县级\n", "level: 县级\neffective: 2200-01-01\n")
    root = make_project({CAT: text})
    result = runner.invoke(app, ["build", "-C", str(root)])
    assert result.exit_code == 0, result.output
    assert "warning[GK907]" in result.stderr
    assert list((root / "dist" / "xlsx").glob("*.xlsx"))


def test_chinese_messages_never_name_python_types(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    text = GOOD.replace("name: 政策法规文件", "name: !!set {a: null}").replace(
        "content: 低保政策", "content: !!binary aGVsbG8="
    )
    result = runner.invoke(app, ["validate", "-C", str(make_project({CAT: text}))])
    assert result.exit_code == 1
    assert "实际为集合（!!set）" in result.stderr
    assert "二进制数据（!!binary）" in result.stderr
    for python in ("set", "bytes", "datetime"):
        assert f"实际为{python}" not in result.stderr


@pytest.mark.parametrize("damage", ["drop-workbook", "break-sheet"])
def test_a_damaged_workbook_is_gk601_and_leaves_no_file_open(
    runner: CliRunner, tmp_path: Path, damage: str
) -> None:
    """The long fuzz run saw openpyxl leave a damaged workbook's file open when it raised; the
    importer now opens the file itself, so it is closed however openpyxl fails."""
    book = hostile.plain(tmp_path / "seed.xlsx")
    source = zipfile.ZipFile(io.BytesIO(book.read_bytes()))
    broken = tmp_path / "in.xlsx"
    with zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if (damage, name) in (("drop-workbook", "xl/workbook.xml"),):
                continue
            if damage == "break-sheet" and name == hostile.SHEET:
                content = content[:200] + b"<x>&bad;" + content[200:]
            target.writestr(name, content)
    result = runner.invoke(app, ["import", str(broken), "-C", str(tmp_path)])
    gc.collect()  # an unclosed file would be reported here, in this test
    assert result.exit_code == 1, result.output
    assert "error[GK601]" in result.stderr
