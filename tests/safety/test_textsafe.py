"""Every XML part is well-formed, terminals see no raw controls, file names are safe
(docs/security.md, 8 and 9)."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from gkcat.cli import app
from gkcat.safe_names import safe_name, unique_name
from gkcat.textsafe import visible_controls, xml_text

from ..conftest import ProjectFactory
from ..test_cli import CAT, GOOD

ESC = "\\x1b"  # as written inside a double-quoted YAML string


def catalog(subject: str = "示例县民政局", name: str = "政策法规文件") -> str:
    return GOOD.replace("subject: 示例县民政局", f'subject: "{subject}"').replace(
        "name: 政策法规文件", f'name: "{name}"'
    )


def parts_parse(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(archive.read(name))  # raises on a malformed part


def test_a_department_name_with_esc_gives_well_formed_workbooks(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: catalog(subject=f"示例县{ESC}[31m民政局", name=f"文件{ESC}]8;;x")})
    result = runner.invoke(app, ["build", "-C", str(root), "--split-by", "department"])
    assert result.exit_code == 0, result.output
    books = sorted((root / "dist").rglob("*.xlsx"))
    assert len(books) == 2  # the catalog workbook and the department's own
    for book in books:
        parts_parse(book)
    for page in (root / "dist" / "site").rglob("*.html"):
        assert "\x1b" not in page.read_text(encoding="utf-8")


def test_terminal_output_shows_control_characters_escaped(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    root = make_project({CAT: catalog(name=f"文件{ESC}]8;;https://evil{ESC}\\\\")})
    bad = GOOD.replace("[政府网站]", f'["政府{ESC}[2J网站"]')
    (root / "catalogs" / "employment").mkdir()
    (root / "catalogs" / "employment" / "county.yaml").write_text(
        bad.replace("domain: 社会救助", "domain: 就业").replace("SHJZ", "JY"), encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "-C", str(root)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert "政府\\x1b[2J网站" in result.stderr
    old = make_project({CAT: GOOD})
    (tmp_path / "new").mkdir()
    new = tmp_path / "new" / "project"
    (new / "catalogs" / "social-assistance").mkdir(parents=True)
    (new / CAT).write_text(catalog(name=f"文件{ESC}[31m"), encoding="utf-8")
    diff = runner.invoke(app, ["diff", str(old), str(new)])
    assert diff.exit_code == 0, diff.output
    assert "\x1b" not in diff.stdout
    assert "文件\\x1b[31m" in diff.stdout


def test_a_file_name_that_is_not_utf8_is_gk908_and_reports_stay_valid(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    root = make_project({CAT: GOOD})
    odd = os.fsdecode(b"catalogs/social-assistance/\xff\xfe.yaml")
    (root / odd).write_text(GOOD.replace("SHJZ-X-001", "SHJZ-X-002"), encoding="utf-8")
    text = runner.invoke(app, ["validate", "-C", str(root)])
    assert "catalogs/social-assistance/\\xff\\xfe.yaml:1:1: warning[GK908]" in text.stderr
    for fmt in ("json", "sarif", "junit"):
        result = runner.invoke(app, ["validate", "-C", str(root), "--format", fmt])
        raw = result.stdout_bytes
        decoded = raw.decode("utf-8")  # strict: no stray bytes, no surrogates
        if fmt == "junit":
            ET.fromstring(raw)
        else:
            json.loads(decoded)
        assert "\\\\xff\\\\xfe" in decoded or "\\xff\\xfe" in decoded


def test_junit_is_well_formed_whatever_the_messages_hold(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    bad = GOOD.replace("[政府网站]", f'["网站{ESC}\\x00\\x0b\\uFFFE"]')
    result = runner.invoke(app, ["validate", "-C", str(make_project({CAT: bad})), "-f", "junit"])
    assert result.exit_code == 1
    ET.fromstring(result.stdout_bytes)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("\u202eCON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1 ", "_COM1"),
        ("目录. . ", "目录"),
        ("a\u202ebc\u2066d\u200b", "abcd"),
        ('a<b>c:"d"/e\\f|g?h*', "a_b_c__d__e_f_g_h_"),
        ("", "fallback"),
        ("...", "fallback"),
    ],
)
def test_safe_name(title: str, expected: str) -> None:
    assert safe_name(title, "fallback") == expected


def test_safe_name_caps_bytes_at_a_character_boundary() -> None:
    name = safe_name("长" * 100, "x")
    assert len(name.encode("utf-8")) <= 200
    assert name == "长" * 66


def test_unique_name_is_deterministic_and_ignores_case() -> None:
    taken: set[str] = set()
    names = [unique_name(n, taken, extension=".xlsx") for n in ("A_B", "a_b", "A_B", "C")]
    assert names == ["A_B.xlsx", "a_b(2).xlsx", "A_B(3).xlsx", "C.xlsx"]


def test_long_reserved_and_colliding_names_build(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    config = f'output:\n  title: "\\u202e{"长" * 100}"\n'
    first = catalog(subject="县/民政局")
    second = first.replace("SHJZ-X-001", "SHJZ-X-002").replace("县/民政局", "县_民政局")
    second = second.replace("政策法规文件", "另一文件")
    items = second.split("items:\n", 1)[1]
    root = make_project({CAT: first + items, "gkcat.yaml": config})
    result = runner.invoke(app, ["build", "-C", str(root), "--split-by", "department"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (root / "dist" / "xlsx").rglob("*.xlsx"))
    assert all(len(n.encode("utf-8")) <= 255 for n in names)
    assert not any("\u202e" in n for n in names)
    assert "县_民政局.xlsx" in names
    assert "县_民政局(2).xlsx" in names


def test_text_helpers() -> None:
    assert xml_text("a\x1bb\x00c\ufffe\ud800d\te\nf") == "abcd\te\nf"
    assert visible_controls("a\x1b[0m\u202eb\tc\n\udcff") == "a\\x1b[0m\\u202eb\tc\n\\xff"
    assert visible_controls("a\tb\nc", keep="") == "a\\x09b\\x0ac"


def test_diff_xlsx_with_control_characters_in_changed_values(
    runner: CliRunner, make_project: ProjectFactory, tmp_path: Path
) -> None:
    old = make_project({CAT: GOOD})
    new = tmp_path / "new"
    (new / CAT).parent.mkdir(parents=True)
    changed = catalog(name=f"文件{ESC}\\x00\\x0b").replace("低保政策", f"低保{ESC}[31m政策")
    (new / CAT).write_text(changed, encoding="utf-8")
    added = changed.split("items:\n", 1)[1].replace("SHJZ-X-001", "SHJZ-X-009")
    (new / CAT).write_text(changed + added, encoding="utf-8")
    out = tmp_path / "diff.xlsx"
    result = runner.invoke(app, ["diff", str(old), str(new), "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    parts_parse(out)


def test_coverage_output_shows_control_characters_escaped(
    runner: CliRunner, make_project: ProjectFactory
) -> None:
    powers = (
        "kind: power-list\nschema_version: 1\ndepartment: 示例县民政局\npowers:\n"
        f'  - code: "A-1"\n    name: "认定{ESC}[2J"\n    type: 行政许可\n'
    )
    root = make_project({CAT: GOOD, "powers/civil.yaml": powers})
    result = runner.invoke(app, ["coverage", "-C", str(root)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "认定\\x1b[2J" in result.stdout
