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


def test_word_numbering_and_heading_styles_give_the_levels(tmp_path: Path) -> None:
    """Automatic numbering is no text: the level comes from the list level or the style."""
    doc = Document()
    doc.add_heading("2024年示例县政务公开工作要点", level=0)
    doc.add_paragraph("今年政务公开工作的总体要求是：坚持以人民为中心。")
    doc.add_heading("着力深化重点领域信息公开", level=1)
    doc.add_heading("以公开助推民生兜底保障", level=2)
    doc.add_paragraph(
        "及时公开低保标准调整情况。（责任单位：县民政局；完成时限：年底前）", "List Number"
    )
    doc.add_paragraph("二、已带编号的部分标题不再加编号", "Heading 1")
    doc.add_paragraph("公开救助资金使用情况。（责任单位：县财政局）", "List Number")
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    result = read_task_plan(path, file="numbered.docx", registry=Registry(), options=Options())
    assert result.data is not None, result.diagnostics
    assert result.data["title"] == "2024年示例县政务公开工作要点"
    assert result.data["description"] == "今年政务公开工作的总体要求是：坚持以人民为中心。"
    assert result.data["sections"] == [
        {
            "title": "着力深化重点领域信息公开",
            "groups": [
                {
                    "title": "以公开助推民生兜底保障",
                    "tasks": [
                        {
                            "id": "T2024-001",
                            "requirement": "及时公开低保标准调整情况。",
                            "units": ["县民政局"],
                            "deadline": "年底前",
                        }
                    ],
                }
            ],
        },
        {
            "title": "已带编号的部分标题不再加编号",
            "tasks": [
                {
                    "id": "T2024-002",
                    "requirement": "公开救助资金使用情况。",
                    "units": ["县财政局"],
                }
            ],
        },
    ]


def test_one_multi_level_list_gives_the_levels_by_list_level(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("2024年示例县政务公开工作要点")
    for level, text in [
        (0, "强化政策公开和解读"),
        (1, "提升政策集中发布质效"),
        (2, "深化政府文件库建设。（责任单位：县政府办；完成时限：全年）"),
        (2, "加大政策解读力度。（牵头单位：县政府办；配合单位：县直各部门）"),
    ]:
        paragraph = doc.add_paragraph(text, "List Number")
        numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = level
        numpr.get_or_add_numId().val = 1
    path = tmp_path / "list.docx"
    doc.save(str(path))
    result = read_task_plan(path, file="list.docx", registry=Registry(), options=Options())
    assert result.data is not None, result.diagnostics
    assert result.data["sections"] == [
        {
            "title": "强化政策公开和解读",
            "groups": [
                {
                    "title": "提升政策集中发布质效",
                    "tasks": [
                        {
                            "id": "T2024-001",
                            "requirement": "深化政府文件库建设。",
                            "units": ["县政府办"],
                            "deadline": "全年",
                        },
                        {
                            "id": "T2024-002",
                            "requirement": "加大政策解读力度。",
                            "lead": ["县政府办"],
                            "units": ["县直各部门"],
                        },
                    ],
                }
            ],
        }
    ]
