"""No exception leaves a command as a traceback (docs/security.md, 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gkcat import api, pipeline
from gkcat.cli import app

from ..conftest import ProjectFactory
from ..test_cli import CAT, GOOD


def explode(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("boom\x1b[31m")


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch, make_project: ProjectFactory) -> Path:
    """A project whose source reading raises an exception gkcat does not expect."""
    monkeypatch.setattr(pipeline, "read_source", explode)
    return make_project({CAT: GOOD})


def test_an_unexpected_error_is_gk905_naming_the_file(runner: CliRunner, broken: Path) -> None:
    result = runner.invoke(app, ["validate", "-C", str(broken)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{CAT}:1:1: error[GK905] gkcat 内部错误（RuntimeError: boom\\x1b[31m）" in result.stderr
    assert "--debug" in result.stderr
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr


def test_debug_anywhere_on_the_line_adds_the_traceback(runner: CliRunner, broken: Path) -> None:
    for args in (
        ["--debug", "validate", "-C", str(broken)],
        ["validate", "-C", str(broken), "--debug"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "Traceback (most recent call last)" in result.stderr
        assert "error[GK905]" in result.stderr


def test_internal_error_in_english(runner: CliRunner, broken: Path) -> None:
    result = runner.invoke(app, ["build", "-C", str(broken), "--lang", "en"])
    assert result.exit_code == 2
    assert "error[GK905] internal error in gkcat (RuntimeError: boom" in result.stderr


def test_ctrl_c_exits_130(
    runner: CliRunner, make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "read_source", interrupt)
    result = runner.invoke(app, ["validate", "-C", str(make_project({CAT: GOOD}))])
    assert result.exit_code == 130
    assert "已中断" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_write_error_is_one_clear_line(
    runner: CliRunner, make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device", "/mnt/dist/xlsx/a.xlsx")

    monkeypatch.setattr(api, "write_outputs", full)
    root = make_project({CAT: GOOD})
    result = runner.invoke(app, ["build", "-C", str(root)])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("无法写入「/mnt/dist/xlsx/a.xlsx」：磁盘空间不足")
    english = runner.invoke(app, ["build", "-C", str(root), "--lang", "en"])
    assert "cannot write /mnt/dist/xlsx/a.xlsx: no space left on the device" in english.stderr
    assert "Traceback" not in english.stderr
