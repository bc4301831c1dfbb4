"""import --out and init never overwrite a file without --force (docs/security.md, 4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from gkcat.cli import app


def power_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["事项编码", "事项名称", "事项类型", "实施主体"])
    sheet.append(["A-1", "最低生活保障认定", "行政确认", "县民政局"])
    book.save(path)
    return path


def test_import_out_refuses_an_existing_file_without_force(
    runner: CliRunner, tmp_path: Path
) -> None:
    book = power_workbook(tmp_path / "powers.xlsx")
    (tmp_path / "gkcat.yaml").write_text("departments:\n  - name: 县民政局\n", encoding="utf-8")
    for name in ("gkcat.yaml", "powers/civil-affairs.yaml"):
        target = tmp_path / name
        target.parent.mkdir(exist_ok=True)
        if not target.exists():
            target.write_text("curated: true\n", encoding="utf-8")
        before = target.read_bytes()
        args = ["import", str(book), "-C", str(tmp_path), "--out", str(target)]
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.output
        assert "error[GK637]" in result.stderr
        assert "已存在，未覆盖" in result.stderr
        assert "--force" in result.stderr
        assert target.read_bytes() == before
        english = runner.invoke(app, [*args, "--lang", "en"])
        assert english.exit_code == 1
        assert "--force" in english.stderr
        assert "已存在" not in english.stderr
    target = tmp_path / "powers" / "civil-affairs.yaml"
    result = runner.invoke(
        app, ["import", str(book), "-C", str(tmp_path), "-o", str(target), "--force"]
    )
    assert result.exit_code == 0, result.output
    assert "A-1" in target.read_text(encoding="utf-8")


def test_import_out_to_a_new_file_needs_no_force(runner: CliRunner, tmp_path: Path) -> None:
    book = power_workbook(tmp_path / "powers.xlsx")
    target = tmp_path / "new.yaml"
    result = runner.invoke(app, ["import", str(book), "-C", str(tmp_path), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file()


def test_init_refuses_to_overwrite_any_file_without_force(
    runner: CliRunner, tmp_path: Path
) -> None:
    dest = tmp_path / "new"
    stray = dest / "schemas" / "catalog.schema.json"
    stray.parent.mkdir(parents=True)
    stray.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["init", str(dest)])
    assert result.exit_code == 2
    assert "已存在，不覆盖" in result.stderr
    assert stray.read_text(encoding="utf-8") == "mine"
    assert not (dest / "gkcat.yaml").exists()
    result = runner.invoke(app, ["init", str(dest), "--force"])
    assert result.exit_code == 0, result.output
    assert stray.read_text(encoding="utf-8") != "mine"
    assert runner.invoke(app, ["init", str(dest)]).exit_code == 2
