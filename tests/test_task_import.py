"""`gkcat import --kind task-plan` end to end: import, register the units, validate, build.

Bad input of every kind (no numbered tasks, an encrypted or corrupt .docx, a binary file, no
year) gives a diagnostic with file:line:column and a rule code, and exit 1, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from gkcat.cli import app

from .conftest import ProjectFactory

PLANS = Path(__file__).parent / "fixtures" / "task_plans"
CONFIG = "schema_version: 1\nregion: 广西\n"
REGISTRY = CONFIG + "departments:\n  - name: 广西壮族自治区人民政府办公厅\n"


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def registered(output: str) -> str:
    """The entries of the departments block the import printed, ready for gkcat.yaml."""
    lines = output.splitlines()
    start = lines.index("departments:")
    return "".join(line + "\n" for line in lines[start + 1 :] if line.startswith("  - name: "))


def test_imported_plan_validates_and_builds_into_the_task_table(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({"gkcat.yaml": REGISTRY})
    source = str(PLANS / "guangxi.txt")
    args = [
        "import",
        source,
        "--kind",
        "task-plan",
        "--year",
        "2024",
        "--out",
        str(root / "tasks" / "2024.yaml"),
    ]
    code, output = run(runner, *args, "-C", str(root))
    assert code == 0, output
    assert "导入 2 个部分、0 个方面、16 项任务" in output
    assert "[GK654] 单位「自治区大数据发展局」不在部门名录中" in output
    plan = yaml.safe_load((root / "tasks" / "2024.yaml").read_text(encoding="utf-8"))
    assert plan["sections"][0]["tasks"][0]["lead"] == ["自治区大数据发展局"]

    # before registering, validate names the same units (GK501), as warnings
    code, output = run(runner, "validate", "-C", str(root))
    assert code == 0, output
    assert "[GK501] 责任单位「自治区大数据发展局」不在部门名录中" in output

    config = root / "gkcat.yaml"
    config.write_text(REGISTRY + registered(output_of_import(runner, root, source)), "utf-8")
    code, output = run(runner, "validate", "-C", str(root))
    assert code == 0, output
    assert "0 个错误，0 个警告" in output

    code, output = run(runner, "build", "--only", "tasks", "-C", str(root))
    assert code == 0, output
    (built,) = (root / "dist").rglob("*.xlsx")
    ws = load_workbook(built).active
    assert ws is not None
    rows = [tuple(r) for r in ws.iter_rows(min_row=1, values_only=True)]
    assert rows[0][0] == "广西进一步推进政务服务便民热线归并工作方案"
    assert rows[1] == ("要点任务", "工作要求", "责任单位", "完成时限")
    assert rows[2][0] == "一、归并方式"
    assert str(rows[3][1]).startswith("1.整体并入。取消12300、12301")
    assert rows[3][2:] == (
        "自治区大数据发展局（牵头）\n各市人民政府\n自治区相关部门",
        "20xx年8月底前",
    )
    tasks = [r for r in rows if r[1] and str(r[1])[0].isdigit()]
    assert len(tasks) == 16
    assert str(tasks[-1][1]).startswith("16.落实热线财政预算经费。")


def output_of_import(runner: CliRunner, root: Path, source: str) -> str:
    args = ["import", source, "--kind", "task-plan", "--year", "2024", "-C", str(root)]
    return run(runner, *args)[1]


def test_imported_plan_appears_on_the_site(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({"gkcat.yaml": CONFIG})
    source = str(PLANS / "lingang-2024.txt")
    out = ["--out", str(root / "tasks" / "2024.yaml"), "-C", str(root)]
    assert run(runner, "import", source, "--kind", "task-plan", *out)[0] == 0
    code, output = run(runner, "build", "--only", "html", "-C", str(root))
    assert code == 0, output
    page = (root / "dist" / "site" / "tasks" / "2024.html").read_text(encoding="utf-8")
    assert "<h1>2024年临沂临港经济开发区政务公开工作要点</h1>" in page
    assert '<h2 id="s6">六、牢固夯实政务公开基础,确保工作提质增效</h2>' in page
    assert "以公开助推绿色低碳高质量发展。强化政策集成供给,做好“促进经济巩固向好" in page
    index = (root / "dist" / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="tasks/2024.html">2024年临沂临港经济开发区政务公开工作要点</a>' in index


def docx_bytes() -> bytes:
    from docx import Document

    buffer = io.BytesIO()
    doc = Document()
    doc.add_paragraph("2024年示例县政务公开工作要点")
    doc.save(buffer)
    return buffer.getvalue()


def corrupt_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document>")
    return buffer.getvalue()


BAD = {
    "no-tasks.txt": (
        "2024年示例县政务公开工作要点\n今年要做好政务公开工作。\n没有编号的任务。\n".encode(),
        "GK650",
        "没有找到编号的任务",
    ),
    "encrypted.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "GK651", "文件已加密"),
    "corrupt.docx": (corrupt_zip(), "GK651", "不是有效的 .docx 文件"),
    "truncated.docx": (docx_bytes()[:200], "GK651", "不是有效的 .docx 文件"),
    "binary.txt": (bytes(range(256)) * 4, "GK652", "内容是二进制数据"),
    "latin.txt": ("一、工作任务\n".encode() + b"\xff\xfe\xfd\x80" * 3, "GK652", "GB18030"),
    "no-year.txt": (
        "示例县政务公开工作要点\n一、重点任务\n1.公开预算。（责任单位：县财政局）\n".encode(),
        "GK653",
        "无法确定年度",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gives_a_diagnostic_and_exit_1(
    name: str, runner: CliRunner, make_project: ProjectFactory
) -> None:
    content, rule, words = BAD[name]
    root = make_project({"gkcat.yaml": CONFIG, name: content})
    code, output = run(runner, "import", str(root / name), "--kind", "task-plan", "-C", str(root))
    assert code == 1, output
    assert f"{name}:1:1: error[{rule}]" in output or f"{name}:2:1: error[{rule}]" in output
    assert words in output
    assert "Traceback" not in output
    assert not (root / "tasks").exists()


def test_bad_input_in_english(runner: CliRunner, make_project: ProjectFactory) -> None:
    root = make_project({"gkcat.yaml": CONFIG, "x.docx": corrupt_zip()})
    args = ["import", str(root / "x.docx"), "--kind", "task-plan", "--lang", "en", "-C", str(root)]
    code, output = run(runner, *args)
    assert code == 1
    assert "x.docx:1:1: error[GK651] cannot read the document: not a valid .docx" in output
