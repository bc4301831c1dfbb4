"""The case corpus: every directory under tests/cases/ is a small project and a test.

``valid-*`` cases must produce no diagnostics; a case holding ``base/`` is validated with
``--base`` pointing at it; the others must render exactly ``expected.txt``
(zh messages, one line per diagnostic, as `gkcat validate` prints them).
``pytest --update-golden`` rewrites expected.txt; review the diff like code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gkcat import api
from gkcat.report.text import format_line

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def render(root: Path) -> str:
    # A case with a base/ project is validated against it (validate --base), as for GK341.
    base = root / "base"
    result = api.validate(root, base=str(base) if base.is_dir() else None)
    return "".join(format_line(d, "zh") + "\n" for d in result.diagnostics)


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str, update_golden: bool) -> None:
    root = CASES / name
    actual = render(root)
    if name.startswith("valid-"):
        assert actual == "", actual
        return
    expected_file = root / "expected.txt"
    if update_golden:
        expected_file.write_text(actual, encoding="utf-8")
    assert expected_file.exists(), f"{name}: no expected.txt (run pytest --update-golden)"
    assert actual == expected_file.read_text(encoding="utf-8")


def test_every_rule_code_has_a_case() -> None:
    from gkcat.diagnostics import RULES

    seen: set[str] = set()
    for name in NAMES:
        expected = CASES / name / "expected.txt"
        if expected.exists():
            text = expected.read_text(encoding="utf-8")
            seen.update(code for code in RULES if f"[{code}]" in text)
    # GK6xx come from `gkcat import`, not from validate: tests/unit/importers/test_xlsx_import.py
    # checks that each of them is produced. GK905 (internal error) has no input that makes it,
    # and GK908 needs a file name git cannot carry portably: tests/safety/test_guard.py and
    # tests/safety/test_textsafe.py produce them.
    elsewhere = {"GK905", "GK908"}
    missing = sorted(c for c in set(RULES) - seen - elsewhere if not c.startswith("GK6"))
    assert not missing, f"rule codes without a case under tests/cases/: {missing}"
