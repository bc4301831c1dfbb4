"""Shared fixtures: make_project (dict → tmp tree), the sample project, the CLI runner, goldens."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

# Test machines are shared and noisy: property tests check behaviour, never speed.
settings.register_profile("gkcat", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("gkcat")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PARTS = ("gkcat.yaml", "catalogs", "powers", "tasks")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite golden files from the current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


ProjectFactory = Callable[[Mapping[str, str | bytes]], Path]


@pytest.fixture
def make_project(tmp_path: Path) -> ProjectFactory:
    """Write {relative path: text or bytes} under a fresh directory; text is dedented."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        root = tmp_path / "project"
        (root / "catalogs").mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return root

    return make


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """A copy of the shipped sample region, safe to build into."""
    dest = tmp_path / "sample"
    dest.mkdir()
    for part in SAMPLE_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest
