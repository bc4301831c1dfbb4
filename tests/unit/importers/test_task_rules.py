"""Every GK650–GK659 rule of the task-plan import is produced by some input."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from gkcat.diagnostics import RULES
from gkcat.importers.task_plan import Options, read_task_plan
from gkcat.model import Registry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "task_plans"


def codes(path: Path, **options: object) -> set[str]:
    result = read_task_plan(
        path,
        file=path.name,
        registry=Registry(),
        options=Options(**options),  # type: ignore[arg-type]
    )
    return {d.code for d in result.diagnostics}


def sheet(path: Path, rows: list[list[str | None]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_each_import_rule_is_produced(tmp_path: Path) -> None:
    seen = codes(FIXTURES / "lingang-2024.txt")  # cover letter (GK656), kept text (GK655)
    seen |= codes(FIXTURES / "dongshan.txt")  # 20xx: no year (GK653)
    seen |= codes(FIXTURES / "dongshan.txt", year=2024)  # unknown units (GK654)
    (tmp_path / "none.txt").write_text("政务公开\n一段说明。\n", encoding="utf-8")
    seen |= codes(tmp_path / "none.txt")  # GK650
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not a zip")
    seen |= codes(tmp_path / "bad.docx")  # GK651
    (tmp_path / "bin.txt").write_bytes(bytes(512))
    seen |= codes(tmp_path / "bin.txt")  # GK652
    untitled = sheet(
        tmp_path / "t.xlsx", [["工作任务", "工作要求"], ["公开", "公开预算。"], ["公开"]]
    )
    seen |= codes(untitled, year=2024)  # no title (GK659), a row without requirement (GK657)
    no_requirement = sheet(
        tmp_path / "n.xlsx", [["序号", "责任单位", "完成时限"], ["1", "县财政局", "全年"]]
    )
    seen |= codes(no_requirement, year=2024)  # GK658
    wanted = {code for code in RULES if "GK650" <= code <= "GK659"}  # GK66x: test_plan_next
    assert wanted - seen == set()
