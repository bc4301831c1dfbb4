"""The project is found from any directory inside it, as git finds a repository."""

from __future__ import annotations

from pathlib import Path

from gkcat.load.root import find_project


def test_found_from_deep_inside_catalogs(tmp_path: Path) -> None:
    deep = tmp_path / "county" / "catalogs" / "social-assistance"
    deep.mkdir(parents=True)
    assert find_project(deep) == (tmp_path / "county").resolve()
    assert find_project(tmp_path / "county") == (tmp_path / "county").resolve()


def test_nearest_gkcat_yaml_wins(tmp_path: Path) -> None:
    (tmp_path / "catalogs").mkdir()
    inner = tmp_path / "regions" / "江山市"
    (inner / "powers").mkdir(parents=True)
    (inner / "gkcat.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    assert find_project(inner / "powers") == inner.resolve()
    assert find_project(tmp_path / "regions") == tmp_path.resolve()


def test_none_outside_any_project(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = find_project(tmp_path / "empty")
    assert found is None or tmp_path.resolve() not in (found, *found.parents)
