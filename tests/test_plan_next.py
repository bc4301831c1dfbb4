"""`gkcat plan next`: next year's task plan from this year's, ids renumbered, no duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner

from gkcat import api
from gkcat.cli import app
from gkcat.compile.plan_next import next_plan

ROOT = Path(__file__).resolve().parents[1]


def test_next_plan_renumbers_ids_and_moves_the_year() -> None:
    data = {
        "kind": "task-plan",
        "schema_version": 1,
        "title": "2024年示例县政务公开工作要点任务分解表",
        "year": 2024,
        "sections": [
            {"title": "部分", "tasks": [
                {"id": "T-7", "requirement": "公开2024年预算。", "deadline": "2024年6月底前"},
            ]},
            {"title": "另一部分", "groups": [{"title": "方面", "tasks": [
                {"id": "X", "requirement": "要求", "deadline": "2024-06-30"},
                {"id": "Y", "requirement": "要求", "deadline": "全年", "units": ["县民政局"]},
            ]}]},
        ],
    }  # fmt: skip
    before = yaml.safe_dump(data, allow_unicode=True)
    plan, tasks, moved = next_plan(data, 2025)
    assert (tasks, moved) == (3, 2)
    assert plan["title"] == "2025年示例县政务公开工作要点任务分解表"
    assert plan["year"] == 2025
    first = plan["sections"][0]["tasks"][0]
    assert first == {
        "id": "T2025-001",
        "requirement": "公开2024年预算。",
        "deadline": "2025年6月底前",
    }
    group = plan["sections"][1]["groups"][0]["tasks"]
    assert group == [
        {"id": "T2025-002", "requirement": "要求", "deadline": "2025-06-30"},
        {"id": "T2025-003", "requirement": "要求", "deadline": "全年", "units": ["县民政局"]},
    ]
    assert yaml.safe_dump(data, allow_unicode=True) == before  # the old plan is untouched


def test_plan_next_leaves_no_duplicate_ids(tmp_path: Path) -> None:
    root = tmp_path / "sample"
    root.mkdir()
    for part in ("gkcat.yaml", "catalogs", "powers", "tasks", "schemas"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, root / part)
    runner = CliRunner()
    old = root / "tasks" / "2024.yaml"
    result = runner.invoke(app, ["plan", "next", str(old)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    new = root / "tasks" / "2025.yaml"
    assert f"已写入 {new.as_posix()}：2025 年" in result.stderr
    plan = yaml.safe_load(new.read_text(encoding="utf-8"))
    old_plan = yaml.safe_load(old.read_text(encoding="utf-8"))
    ids = [t["id"] for s in plan["sections"] for g in s["groups"] for t in g["tasks"]]
    count = sum(len(g["tasks"]) for s in old_plan["sections"] for g in s["groups"])
    assert ids == [f"T2025-{n:03d}" for n in range(1, count + 1)]
    assert plan["title"] == old_plan["title"].replace("2024年", "2025年")
    codes = [d.code for d in api.validate(root).diagnostics]
    assert "GK505" not in codes
    assert "GK503" not in codes  # deadlines moved with the year

    again = runner.invoke(app, ["plan", "next", str(old)], catch_exceptions=False)
    assert again.exit_code == 1
    assert "error[GK661]" in again.stderr


def test_plan_next_refuses_what_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "catalog.yaml"
    path.write_text("kind: catalog\nschema_version: 1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["plan", "next", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "error[GK660]" in result.stderr
    assert "is not a task plan" in result.stderr
    assert "Traceback" not in result.output
