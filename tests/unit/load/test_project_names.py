"""``project_names`` names every file as ``relative`` does, resolving each directory once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gkcat.load.project import relative
from gkcat.load.root import project_names


def test_names_equal_relative_for_links_outside_paths_and_odd_names(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "catalogs" / "a" / "b").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "catalogs" / "linked").symlink_to(elsewhere, target_is_directory=True)
    names = ["county.yaml", "x\x1by.yaml", "城乡规划.yaml"]
    paths = [root / "catalogs" / "a" / "b" / n for n in names]
    paths += [root / "catalogs" / "linked" / "city.yaml", root / "top.yaml"]
    paths += [elsewhere / "outside.yaml", root / "catalogs" / ".." / "catalogs" / "a" / "c.yaml"]
    if os.name == "posix":
        paths.append(root / "catalogs" / os.fsdecode(b"\xff.yaml"))
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("kind: catalog\n", encoding="utf-8")
    assert project_names(paths, root) == [relative(p, root) for p in paths]


@pytest.mark.parametrize("root_form", ["plain", "linked"])
def test_a_root_given_through_a_link_names_files_inside(tmp_path: Path, root_form: str) -> None:
    real = tmp_path / "real"
    (real / "catalogs").mkdir(parents=True)
    file = real / "catalogs" / "county.yaml"
    file.write_text("kind: catalog\n", encoding="utf-8")
    root = real
    if root_form == "linked":
        root = tmp_path / "link"
        root.symlink_to(real, target_is_directory=True)
    paths = [root / "catalogs" / "county.yaml"]
    assert project_names(paths, root) == [relative(p, root) for p in paths]
    assert project_names(paths, root) == ["catalogs/county.yaml"]
