"""`gkcat build` end to end: the sample project, --split-by, determinism, atomic writes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.pipeline import load_project
from gkcat.settings import Options

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "xlsx-project"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(FIXTURE, dest)
    return dest


def test_build_sample_project_writes_the_workbook_and_task_table(
    runner: CliRunner, sample_project: Path
) -> None:
    result = runner.invoke(app, ["build", "-C", str(sample_project)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    built = files(sample_project / "dist")
    workbooks = [p for p in built if p.startswith("xlsx/") and p.endswith(".xlsx")]
    tasks = [p for p in built if p.startswith("tasks/") and p.endswith(".xlsx")]
    assert len(workbooks) == 1
    assert len(tasks) == len(list((sample_project / "tasks").glob("*.yaml")))
    wb = load_workbook(io.BytesIO(built[workbooks[0]]))
    loaded = load_project(sample_project)
    assert len(wb.sheetnames) == len(loaded.project.catalogs) + 3 + bool(loaded.project.power_lists)
    assert wb.sheetnames[0] == "目录"
    assert {"责任分工", "统计"} <= set(wb.sheetnames)


def test_build_split_by_department_adds_department_workbooks(
    runner: CliRunner, project: Path
) -> None:
    args = ["build", "--only", "xlsx", "--split-by", "department", "-C", str(project)]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "dist" / "xlsx" / "分部门").iterdir()) == [
        "各乡镇人民政府.xlsx",
        "样例县人力资源和社会保障局.xlsx",
        "样例县民政局.xlsx",
    ]
    assert not (project / "dist" / "tasks").exists()


def test_build_twice_gives_byte_identical_files(project: Path, tmp_path: Path) -> None:
    api.build(project, out=tmp_path / "one", options=Options(split_by="department"))
    api.build(project, out=tmp_path / "two", options=Options(split_by="department"))
    one, two = files(tmp_path / "one"), files(tmp_path / "two")
    assert one
    assert one == two


def test_build_killed_midway_leaves_previous_dist_intact(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.build(project)
    before = files(project / "dist")
    calls = []
    original = Path.write_bytes

    def dying(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) > 1:
            raise KeyboardInterrupt  # what a Ctrl-C during the write looks like
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", dying)
    with pytest.raises(KeyboardInterrupt):
        api.build(project, options=Options(split_by="department"))
    monkeypatch.undo()
    assert files(project / "dist") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".dist")] == []


def test_build_refuses_on_task_plan_errors_unless_forced(runner: CliRunner, project: Path) -> None:
    plan = project / "tasks" / "2024.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("[SA-X-001]", "[SA-X-999]"), encoding="utf-8"
    )
    refused = runner.invoke(app, ["build", "-C", str(project)], catch_exceptions=False)
    assert refused.exit_code == 1
    assert "GK504" in refused.output
    assert not (project / "dist").exists()
    forced = runner.invoke(app, ["build", "--force", "-C", str(project)], catch_exceptions=False)
    assert forced.exit_code == 0, forced.output
    assert (project / "dist" / "tasks").is_dir()


def test_build_help_mentions_split_by(runner: CliRunner) -> None:
    result = runner.invoke(app, ["build", "--help"])
    assert "--split-by" in result.output


def test_builds_in_separate_processes_are_byte_identical(project: Path, tmp_path: Path) -> None:
    """Hash randomisation must not leak into the output (set order, dict order …)."""
    import os
    import subprocess
    import sys

    src = Path(__file__).resolve().parent.parent / "src"
    for seed, out in (("1", "one"), ("2", "two")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(src)}
        command = [sys.executable, "-m", "gkcat", "build", "--split-by", "department"]
        command += ["--out", str(tmp_path / out), "-C", str(project)]
        subprocess.run(command, env=env, check=True, capture_output=True)
    one, two = files(tmp_path / "one"), files(tmp_path / "two")
    assert sum(path.endswith(".xlsx") for path in one) == 5 + 2  # + the two 权责清单 tables
    assert one == two
