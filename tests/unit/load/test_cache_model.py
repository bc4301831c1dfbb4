"""The read cache rebuilds every model part equal to the one it stored."""

from __future__ import annotations

import dataclasses
import io
import pickle
from pathlib import Path

import pytest

from gkcat.load import cache as cache_module
from gkcat.load.assemble import Read
from gkcat.load.cache import ReadCache, _init_fields
from gkcat.model import Catalog, Item, Registry
from gkcat.pipeline import load_project
from gkcat.settings import Options


@pytest.fixture(autouse=True)
def private_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def test_every_part_of_the_sample_comes_back_equal(sample_project: Path, tmp_path: Path) -> None:
    loaded = load_project(sample_project, (), Options(cache=False))
    cache = ReadCache.open(tmp_path, b"")
    assert cache is not None
    parts = [*loaded.project.catalogs, *loaded.project.power_lists, *loaded.project.task_plans]
    assert parts
    for number, (source, part) in enumerate(
        zip(
            [s for s in loaded.sources if s.kind is not None],
            parts,
            strict=False,
        )
    ):
        name = f"{number:064x}"
        cache.put(name, Read(source, part))
        back = cache.get(source.file, name)
        assert back is not None
        assert back.part == part
        assert type(back.part) is type(part)


def test_model_classes_are_rebuilt_by_calling_them() -> None:
    assert _init_fields(Item) == tuple(f.name for f in dataclasses.fields(Item))
    assert _init_fields(Catalog) is not None
    assert _init_fields(Registry) is not None
    assert _init_fields(str) is None


def test_a_class_with_post_init_or_from_elsewhere_is_pickled_as_usual() -> None:
    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            pass

    Checked.__module__ = "gkcat.model"
    assert _init_fields(Checked) is None

    @dataclasses.dataclass(frozen=True)
    class Elsewhere:
        value: int

    assert _init_fields(Elsewhere) is None


def test_the_pickle_of_an_item_names_its_class_and_values(sample_project: Path) -> None:
    loaded = load_project(sample_project, (), Options(cache=False))
    item = loaded.project.catalogs[0].items[0]
    buffer = io.BytesIO()
    cache_module._ModelPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(item)
    assert pickle.loads(buffer.getvalue()) == item
    assert b"_dataclass_setstate" not in buffer.getvalue()
