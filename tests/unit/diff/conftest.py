"""Fixtures for the diff tests: the base project and an edited copy of it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from diff_data import base_data, write_project

Edit = Callable[[dict[str, dict[str, Any]]], None]


@pytest.fixture
def versions(tmp_path: Path) -> Callable[[Edit], tuple[Path, Path]]:
    """versions(edit) → (old, new): the base project and a copy changed by ``edit``."""

    def make(edit: Edit) -> tuple[Path, Path]:
        old = base_data()
        new = copy.deepcopy(old)
        edit(new)
        return write_project(tmp_path / "old", old), write_project(tmp_path / "new", new)

    return make
