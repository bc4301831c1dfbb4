"""The diff's read cache never changes a diff: warm runs equal cold ones after every edit."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gkcat import api
from gkcat.diff.json import to_json
from gkcat.load.cache import CACHE_DIR
from gkcat.settings import Options

CATALOG = "catalogs/employment/county.yaml"


@pytest.fixture(autouse=True)
def private_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def _outcome(old: Path, new: Path, root: Path, *, cache: bool) -> object:
    result = api.diff(str(old), str(new), root, options=Options(cache=cache))
    unreadable = [(d.code, d.file, d.line) for d in result.unreadable]
    return to_json(result.diff), unreadable, result.exit_code


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rename_an_item(new: Path) -> None:
    _edit(new / CATALOG, "name: 就业政策法规", "name: 就业政策法规文件")


def use_an_alias_then_register_it_elsewhere(new: Path) -> None:
    _edit(new / CATALOG, "subject: 示例县人力资源和社会保障局", "subject: 县人社局")


def drop_an_alias_from_the_config(new: Path) -> None:
    _edit(new / CATALOG, "subject: 示例县人力资源和社会保障局", "subject: 县人社局")
    _edit(new / "gkcat.yaml", "[县人力资源社会保障局, 县人社局, 人社局]", "[人社局]")


def break_a_file(new: Path) -> None:
    (new / CATALOG).write_text("kind: catalog\nitems: [\n", encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {
    "rename": rename_an_item,
    "alias": use_an_alias_then_register_it_elsewhere,
    "config": drop_an_alias_from_the_config,
    "broken": break_a_file,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_warm_diffs_equal_cold_diffs(
    sample_project: Path, tmp_path: Path, edit: Callable[[Path], None]
) -> None:
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    edit(new)
    cold = _outcome(sample_project, new, sample_project, cache=False)
    assert not (sample_project / CACHE_DIR).exists()
    first = _outcome(sample_project, new, sample_project, cache=True)
    assert any((sample_project / CACHE_DIR / "diff").iterdir())
    second = _outcome(sample_project, new, sample_project, cache=True)
    reverse = _outcome(new, sample_project, sample_project, cache=True)
    assert cold == first == second
    assert reverse == _outcome(new, sample_project, sample_project, cache=False)


def test_a_changed_config_is_not_served_from_the_cache(
    sample_project: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    use_an_alias_then_register_it_elsewhere(new)
    _outcome(sample_project, new, sample_project, cache=True)  # entries under the first config
    _edit(new / "gkcat.yaml", "[县人力资源社会保障局, 县人社局, 人社局]", "[人社局]")
    warm = _outcome(sample_project, new, sample_project, cache=True)
    assert warm == _outcome(sample_project, new, sample_project, cache=False)


def test_damaged_diff_entries_are_ignored(sample_project: Path, tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    rename_an_item(new)
    cold = _outcome(sample_project, new, sample_project, cache=False)
    _outcome(sample_project, new, sample_project, cache=True)
    entries = sorted((sample_project / CACHE_DIR / "diff").iterdir())
    for number, entry in enumerate(entries):
        entry.write_bytes(entry.read_bytes()[: number % 40] if number % 2 else b"garbage")
    assert _outcome(sample_project, new, sample_project, cache=True) == cold
    assert _outcome(sample_project, new, sample_project, cache=True) == cold


def test_no_cache_writes_nothing(sample_project: Path, tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    _outcome(sample_project, new, sample_project, cache=False)
    assert not (sample_project / CACHE_DIR).exists()
    assert not (new / CACHE_DIR).exists()
