"""The distribution: the wheel carries the licence and metadata PyPI shows, one version source."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("gkcat-*.whl")
    return zipfile.ZipFile(built)


def _metadata(wheel: zipfile.ZipFile) -> tuple[str, dict[str, list[str]]]:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    message = Parser().parsestr(wheel.read(name).decode("utf-8"))
    fields: dict[str, list[str]] = {}
    for key, value in message.items():
        fields.setdefault(key, []).append(value)
    return str(message.get_payload()), fields


def test_wheel_carries_the_mit_licence(wheel: zipfile.ZipFile) -> None:
    (licence,) = [n for n in wheel.namelist() if n.endswith("dist-info/licenses/LICENSE")]
    text = wheel.read(licence).decode("utf-8")
    assert text.startswith("MIT License")
    _, fields = _metadata(wheel)
    assert fields["License-Expression"] == ["MIT"]


def test_wheel_metadata_has_classifiers_urls_and_the_one_version(wheel: zipfile.ZipFile) -> None:
    _, fields = _metadata(wheel)
    assert fields["Version"] == [PYPROJECT["version"]]
    assert "Programming Language :: Python :: 3.11" in fields["Classifier"]
    assert "Natural Language :: Chinese (Simplified)" in fields["Classifier"]
    urls = dict(u.split(", ", 1) for u in fields["Project-URL"])
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    assert "__version__ = " + repr(PYPROJECT["version"]) not in (
        ROOT / "src/gkcat/__init__.py"
    ).read_text(encoding="utf-8")


def test_readme_shown_on_pypi_has_only_absolute_links(wheel: zipfile.ZipFile) -> None:
    readme, _ = _metadata(wheel)
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links, "the README links to the docs"
    assert [link for link in links if not link.startswith("https://")] == []


def test_readme_names_no_tag_but_the_release_tag() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "v2024" not in readme
    assert re.findall(r"rev: (\S+)", readme) == [f"v{PYPROJECT['version']}"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{PYPROJECT['version']}]" in changelog


def test_version_command_prints_the_package_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gkcat", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout == f"gkcat {PYPROJECT['version']}\n"
