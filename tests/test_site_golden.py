"""Golden HTML: each tests/fixtures/site-<name>/ project compiles to tests/golden/site-<name>/.

Compared as the sorted list of relative paths, then each file's text. ``pytest --update-golden``
rewrites the golden tree; review the diff like code.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gkcat.compile.site.build import compile_site
from gkcat.diagnostics import Severity
from gkcat.pipeline import load_project

TESTS = Path(__file__).parent
NAMES = sorted(p.name for p in (TESTS / "fixtures").glob("site-*") if p.is_dir())


def compile_fixture(name: str) -> dict[str, bytes]:
    loaded = load_project(TESTS / "fixtures" / name)
    errors = [d for d in loaded.diagnostics if d.severity == Severity.ERROR]
    assert not errors, errors
    return compile_site(loaded.project, loaded.settings)


@pytest.mark.parametrize("name", NAMES)
def test_site_matches_golden(name: str, update_golden: bool) -> None:
    files = compile_fixture(name)
    golden = TESTS / "golden" / name
    if update_golden:
        shutil.rmtree(golden, ignore_errors=True)
        for rel, data in files.items():
            (golden / rel).parent.mkdir(parents=True, exist_ok=True)
            (golden / rel).write_bytes(data)
    expected = sorted(p.relative_to(golden).as_posix() for p in golden.rglob("*") if p.is_file())
    assert sorted(files) == expected, "file list differs (run pytest --update-golden and review)"
    for rel in expected:
        text = (golden / rel).read_bytes().decode("utf-8")
        assert files[rel].decode("utf-8") == text, f"{rel} differs from tests/golden/{name}/{rel}"
