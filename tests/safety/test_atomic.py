"""The output path always holds a complete tree, old or new (docs/security.md, 7).

A build is killed (SIGKILL, through the GKCAT_TEST_HOOK checkpoints in gkcat.write and
gkcat.swap) at every step of writing and swapping, with the atomic exchange and with the
two-rename fallback; interrupted by SIGINT and SIGTERM; and run twice at once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.write import write_outputs

from ..test_cli import CAT, GOOD
from .test_outdir import snapshot

CONFIG = "departments:\n  - name: 示例县民政局\n"


def gkcat(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "gkcat", "build", "-C", str(root), *args],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def trees(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A project built once (tree ``old``) and then edited; ``new`` is what the edit builds."""
    root = tmp_path_factory.mktemp("atomic") / "project"
    (root / CAT).parent.mkdir(parents=True)
    (root / "gkcat.yaml").write_text(CONFIG, encoding="utf-8")
    (root / CAT).write_text(GOOD, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", "-C", str(root)]).exit_code == 0
    old = snapshot(root / "dist")
    (root / CAT).write_text(GOOD.replace("低保政策", "低保政策（修订）"), encoding="utf-8")
    reference = root.parent / "reference"
    assert runner.invoke(app, ["build", "-C", str(root), "--out", str(reference)]).exit_code == 0
    new = snapshot(reference)
    assert old != new
    (root / CAT).write_text(GOOD, encoding="utf-8")
    return root, old, new


def strays(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".dist."))


def edit(root: Path) -> None:
    (root / CAT).write_text(GOOD.replace("低保政策", "低保政策（修订）"), encoding="utf-8")


def restore(root: Path, old: dict[str, bytes]) -> None:
    """Back to the state after the first build (the old sources and the old tree)."""
    (root / CAT).write_text(GOOD, encoding="utf-8")
    assert CliRunner().invoke(app, ["build", "-C", str(root)]).exit_code == 0
    assert snapshot(root / "dist") == old


EXCHANGE_STEPS = ["writing#1", "writing#3", "staged", "exchanged"]
FALLBACK_STEPS = ["writing#1", "staged", "moved-old", "moved-new"]


@pytest.mark.parametrize(
    ("mode", "step"),
    [("exchange", s) for s in EXCHANGE_STEPS] + [("fallback", s) for s in FALLBACK_STEPS],
)
def test_sigkill_at_any_step_leaves_a_complete_tree(
    trees: tuple[Path, dict[str, bytes], dict[str, bytes]], mode: str, step: str
) -> None:
    root, old, new = trees
    restore(root, old)
    edit(root)
    env = {"GKCAT_TEST_HOOK": f"{step}:kill"}
    if mode == "fallback":
        env["GKCAT_NO_EXCHANGE"] = "1"
    process = gkcat(root, env=env)
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    dist = root / "dist"
    if dist.exists():
        assert snapshot(dist) in (old, new)
    else:  # only between the fallback's two renames: the old tree waits beside it
        assert (mode, step) == ("fallback", "moved-old")
        [moved] = [p for p in root.iterdir() if p.name.startswith(".dist.old-")]
        assert snapshot(moved) == old
    result = CliRunner().invoke(app, ["build", "-C", str(root)])
    assert result.exit_code == 0, result.output
    assert snapshot(dist) == new
    assert strays(root) == []


@pytest.mark.parametrize(
    ("sig", "code", "mode"),
    [
        (signal.SIGINT, 130, "exchange"),
        (signal.SIGTERM, 143, "exchange"),
        (signal.SIGTERM, 143, "fallback"),
    ],
)
def test_ctrl_c_and_sigterm_clean_up_and_keep_the_old_tree(
    trees: tuple[Path, dict[str, bytes], dict[str, bytes]], sig: int, code: int, mode: str
) -> None:
    root, old, _ = trees
    restore(root, old)
    edit(root)
    step = "staged" if mode == "exchange" else "moved-old"
    reached = root.parent / f"reached-{sig}-{mode}"
    reached.unlink(missing_ok=True)
    env = {"GKCAT_TEST_HOOK": f"{step}:sleep30", "GKCAT_TEST_HOOK_REACHED": str(reached)}
    if mode == "fallback":
        env["GKCAT_NO_EXCHANGE"] = "1"
    process = gkcat(root, env=env)
    deadline = time.monotonic() + 60
    while not reached.exists():  # the build sleeps at the checkpoint from now on
        assert time.monotonic() < deadline
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert "Traceback" not in err
    assert snapshot(root / "dist") == old
    assert strays(root) == []


def test_two_builds_at_once_do_not_interleave(
    trees: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    root, old, new = trees
    restore(root, old)
    edit(root)
    first = gkcat(root, env={"GKCAT_TEST_HOOK": "staged:sleep2"})
    deadline = time.monotonic() + 60
    while not strays(root):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    second = gkcat(root)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert snapshot(root / "dist") == new
    assert strays(root) == []


def test_a_held_lock_gives_a_clear_message(tmp_path: Path) -> None:
    import fcntl

    from gkcat.diagnostics import GkcatError

    fd = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(GkcatError, match="另一个 gkcat build 正在写入"):
            write_outputs(tmp_path / "dist", {"xlsx": {"a": b"1"}}, replace_all=True, lock_wait=0.3)
    finally:
        os.close(fd)
    assert not (tmp_path / "dist").exists()
    assert write_outputs(tmp_path / "dist", {"xlsx": {"a": b"1"}}, replace_all=True)


def test_stale_folders_of_killed_builds_are_removed(tmp_path: Path) -> None:
    write_outputs(tmp_path / "dist", {"xlsx": {"a": b"old"}}, replace_all=True)
    (tmp_path / "dist").rename(tmp_path / ".dist.old-def")  # killed between the two renames
    (tmp_path / ".dist.new-abc" / "xlsx").mkdir(parents=True)  # killed while staging
    (tmp_path / ".distant.new-x").mkdir()
    write_outputs(tmp_path / "dist", {"site": {"b": b"new"}}, replace_all=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".distant.new-x", "dist"]
    assert (tmp_path / "dist" / "xlsx" / "a").read_bytes() == b"old"  # recovered, carried over


def test_outputs_get_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_outputs(tmp_path / "dist", {"xlsx": {"a": b"1"}}, replace_all=True)
    finally:
        os.umask(old)
    assert (tmp_path / "dist").stat().st_mode & 0o777 == 0o755
