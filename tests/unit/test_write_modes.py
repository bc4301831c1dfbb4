"""Outputs get the mode plain mkdir/open would give them: the umask decides, not tempfile."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from gkcat.write import write_file, write_outputs


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_dist_and_its_files_follow_the_umask(tmp_path: Path, umask: int) -> None:
    dest = tmp_path / "dist"
    written = write_outputs(
        dest, {"site": {"index.html": b"x", "static/a.css": b"y"}}, replace_all=True
    )
    assert _mode(dest) == 0o777 & ~umask
    assert _mode(dest / "site" / "static") == 0o777 & ~umask
    assert {_mode(p) for p in written} == {0o666 & ~umask}


def test_rebuilt_dist_keeps_normal_modes(tmp_path: Path, umask: int) -> None:
    dest = tmp_path / "dist"
    write_outputs(dest, {"xlsx": {"a.xlsx": b"1"}}, replace_all=True)
    write_outputs(dest, {"site": {"index.html": b"2"}}, replace_all=False)
    assert _mode(dest) == 0o777 & ~umask
    assert _mode(dest / "xlsx" / "a.xlsx") == 0o666 & ~umask


def test_single_report_file_follows_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "reports" / "修订对照表.xlsx"
    write_file(target, b"data")
    assert target.read_bytes() == b"data"
    assert _mode(target) == 0o666 & ~umask
    assert _mode(target.parent) == 0o777 & ~umask


def test_build_and_report_files_are_readable_by_others(
    sample_project: Path, umask: int, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from gkcat.cli import app

    runner = CliRunner()
    report = tmp_path / "reports" / "gkcat.sarif"
    args = ["validate", "-C", str(sample_project), "-f", "sarif", "-o", str(report)]
    assert runner.invoke(app, args).exit_code == 0
    assert _mode(report) == 0o666 & ~umask
    args = ["build", "-C", str(sample_project), "--only", "tasks"]
    assert runner.invoke(app, args).exit_code == 0
    dist = sample_project / "dist"
    assert _mode(dist) == 0o777 & ~umask
    files = [p for p in dist.rglob("*") if p.is_file()]
    assert files
    assert {_mode(p) for p in files} == {0o666 & ~umask}
