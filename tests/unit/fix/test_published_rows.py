"""Rows keyed in as published tables print them: only form findings, and `gkcat fix` clears them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gkcat import api
from gkcat.fix.run import fix_project

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "published-rows"
GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "fix-published-rows"
FORM_CODES = {"GK311", "GK312", "GK313"}
"""Layout whitespace, 、-lists, the 条例's channel names: how the rows are written, not wrong."""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dest = tmp_path / "published-rows"
    shutil.copytree(FIXTURE, dest)
    return dest


def _catalogs(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted((root / "catalogs").rglob("*.yaml"))
    }


def test_published_rows_raise_no_false_alarm() -> None:
    result = api.validate(FIXTURE)
    assert result.items >= 40
    assert result.diagnostics, "the rows carry layout and 、-lists that must be reported"
    judged = [d for d in result.diagnostics if d.code not in FORM_CODES]
    assert judged == [], [f"{d.code} {d.pointer} {d.message()}" for d in judged]
    assert all(d.fixable for d in result.diagnostics)
    assert {d.code for d in result.diagnostics} == FORM_CODES


def test_fix_rewrites_to_the_golden_text_keeping_comments(
    project: Path, update_golden: bool
) -> None:
    before = _catalogs(project)
    result = fix_project(project)
    assert result.fixes
    assert not result.refused
    after = _catalogs(project)
    for file, text in after.items():
        golden = GOLDEN / file
        if update_golden:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), file
        comments = [line for line in before[file].splitlines() if line.lstrip().startswith("#")]
        assert comments == [line for line in text.splitlines() if line.lstrip().startswith("#")]
        assert len(text.splitlines()) <= len(before[file].splitlines())


def test_fix_twice_changes_nothing_the_second_time(project: Path) -> None:
    fix_project(project)
    once = _catalogs(project)
    second = fix_project(project)
    assert second.fixes == ()
    assert _catalogs(project) == once


def test_fixed_project_validates_clean_with_the_same_data(project: Path) -> None:
    before = api.load_project(project)
    fix_project(project)
    after = api.load_project(project)
    assert before.diagnostics
    assert after.diagnostics == ()
    # validate judged the normalised rows; the fixed files now hold exactly those rows
    assert after.project.catalogs == before.project.catalogs


def test_diff_shows_the_changes_and_writes_nothing(project: Path) -> None:
    before = _catalogs(project)
    result = fix_project(project, write=False)
    assert _catalogs(project) == before
    diff = result.diff()
    assert "-    mode: 主动、依申请\n" in diff
    assert "+    mode: [主动, 依申请]\n" in diff


def test_diff_sees_no_change_in_what_fix_rewrote(project: Path) -> None:
    fix_project(project)
    result = api.diff(str(FIXTURE), str(project), project)
    assert result.diff.changes == ()
    assert result.diff.unchanged == 44
