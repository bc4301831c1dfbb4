"""The diff's read cache never changes a diff: warm runs equal cold ones after every edit."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gkcat import api
from gkcat.diff.json import to_json
from gkcat.load.cache import CACHE_DIR
from gkcat.load.packs import Packs
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


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_diff_after_validate_reads_its_entries_and_equals_a_cold_diff(
    sample_project: Path, tmp_path: Path, edit: Callable[[Path], None]
) -> None:
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    edit(new)
    cold = _outcome(sample_project, new, sample_project, cache=False)
    api.validate(sample_project, options=Options(cache=True))
    assert not (sample_project / CACHE_DIR / "diff").exists()
    warm = _outcome(sample_project, new, sample_project, cache=True)
    assert warm == cold
    written = Packs(sample_project / CACHE_DIR / "diff").names()
    changed = sum(
        1
        for p in sorted((new).rglob("*.yaml"))
        if CACHE_DIR not in p.parts
        and (sample_project / p.relative_to(new)).exists()
        and (sample_project / p.relative_to(new)).read_bytes() != p.read_bytes()
        and p.name != "gkcat.yaml"
    )
    # files validate has read come from its entries; only the changed ones are the diff's own
    if (new / "gkcat.yaml").read_bytes() == (sample_project / "gkcat.yaml").read_bytes():
        assert len(written) == changed


def test_the_diff_models_each_file_as_validate_does(sample_project: Path) -> None:
    from gkcat.config import open_settings
    from gkcat.load.sides import SideReader
    from gkcat.pipeline import load_project

    loaded = load_project(sample_project, (), Options(cache=False))
    settings, _ = open_settings(sample_project.resolve(), Options(cache=False))
    side = SideReader(sample_project.resolve(), settings).read(str(sample_project))
    assert side.project.catalogs == loaded.project.catalogs
    assert side.project.power_lists == loaded.project.power_lists
    assert side.project.task_plans == loaded.project.task_plans


def test_the_collector_is_paused_while_a_diff_reads_and_enabled_after(
    sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from gkcat.load import sides

    seen: list[bool] = []
    read = sides.SideReader.read

    def spy(self: sides.SideReader, arg: str) -> sides.Side:
        seen.append(gc.isenabled())
        return read(self, arg)

    monkeypatch.setattr(sides.SideReader, "read", spy)
    new = tmp_path / "new"
    shutil.copytree(sample_project, new)
    assert gc.isenabled()
    _outcome(sample_project, new, sample_project, cache=False)
    assert seen == [False, False]
    assert gc.isenabled()
