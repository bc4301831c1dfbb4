"""工作要点 as .docx (generated here with python-docx) and as GB18030 text read like the .txt."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from gkcat.importers.task_plan import Options, read_task_plan
from gkcat.model import Registry

from .test_task_prose import FIXTURES, PLANS, Plan, check_plan, imported

AS_DOCX = ("dongshan.txt", "guangxi.txt", "zaoyang.txt", "lingang-2024.txt")


def write_docx(source: Path, target: Path) -> Path:
    """The plan as Word writes it: one paragraph per line, the title centred, blank lines."""
    doc = Document()
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines()):
        paragraph = doc.add_paragraph(line)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph("")
    doc.save(str(target))
    return target


@pytest.mark.parametrize("plan", [p for p in PLANS if p.file in AS_DOCX], ids=lambda p: p.file)
def test_docx_plan_imports_like_its_text(plan: Plan, tmp_path: Path) -> None:
    path = write_docx(FIXTURES / plan.file, tmp_path / "plan.docx")
    data = imported(plan, path)
    check_plan(plan, data)
    assert data == imported(plan)  # the same plan as the .txt, description included


def test_docx_lines_are_paragraph_numbers(tmp_path: Path) -> None:
    plan = next(p for p in PLANS if p.file == "dongshan.txt")
    path = write_docx(FIXTURES / plan.file, tmp_path / "plan.docx")
    result = read_task_plan(path, file="plan.docx", registry=Registry(), options=Options(year=2024))
    kept = [d for d in result.diagnostics if d.code == "GK655"]
    # 一、总体要求 is the 5th paragraph: title, the blank one, the date, the intro
    assert [(d.file, d.line) for d in kept] == [("plan.docx", 5)]


def test_gb18030_text_is_detected(tmp_path: Path) -> None:
    plan = next(p for p in PLANS if p.file == "pingyuan-sifa.txt")
    path = tmp_path / "plan.txt"
    path.write_bytes((FIXTURES / plan.file).read_text(encoding="utf-8").encode("gb18030"))
    check_plan(plan, imported(plan, path))


def test_markdown_heading_marks_are_dropped(tmp_path: Path) -> None:
    plan = next(p for p in PLANS if p.file == "gongxin.txt")
    lines = (FIXTURES / plan.file).read_text(encoding="utf-8").splitlines()
    marked = [
        ("# " if n == 0 else "## " if line[:2] in ("一、", "二、", "三、") else "") + line
        for n, line in enumerate(lines)
    ]
    path = tmp_path / "plan.md"
    path.write_text("\n\n".join(marked), encoding="utf-8")
    check_plan(plan, imported(plan, path))


def test_docx_with_only_a_task_table_reads_the_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("2024年临沂临港经济开发区政务公开工作要点任务分解表")
    rows = [
        ("要点任务", "工作要求", "责任单位", "完成时限"),
        ("一、着力深化重点领域信息公开,提高政务公开水平", "", "", ""),
        ("(三)以公开助推社会精细治理", "强化生活垃圾分类宣传,持续开展生活垃圾分类进机关、进企业、进市场等宣传活动。",  # noqa: E501
         "区综合行政执法局", "全年"),
    ]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(1, 3))
    path = tmp_path / "table.docx"
    doc.save(str(path))
    registry = Registry()
    result = read_task_plan(path, file="table.docx", registry=registry, options=Options())
    assert result.data is not None, result.diagnostics
    assert result.data["title"] == "2024年临沂临港经济开发区政务公开工作要点任务分解表"
    assert result.data["sections"] == [
        {
            "title": "着力深化重点领域信息公开,提高政务公开水平",
            "groups": [
                {
                    "title": "以公开助推社会精细治理",
                    "tasks": [
                        {
                            "id": "T2024-001",
                            "requirement": rows[2][1],
                            "units": ["区综合行政执法局"],
                            "deadline": "全年",
                        }
                    ],
                }
            ],
        }
    ]
