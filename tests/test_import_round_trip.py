"""The whole sample project round trip: build the workbooks, import every table, get the sources.

What a published table cannot carry is left out of the comparison, and only that: a catalog
item's links to powers (`powers:`, not printed) and the order of its channels (the table prints
them in the vocabulary's order, as boxes).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from gkcat import api, vocab
from gkcat.diagnostics import Severity
from gkcat.model import Catalog, Item, PowerList


def _load(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _printable(item: Item) -> Item:
    channels = tuple(sorted(item.channels, key=vocab.CHANNELS.index))
    return replace(item, powers=(), channels=channels)


def _import(root: Path, book: Path, out: Path, kind: str, sheet: str | None = None) -> object:
    result = api.import_(book, kind=kind, sheet=sheet, out=out, root=root)
    assert [d for d in result.diagnostics if d.severity == Severity.ERROR] == []
    assert [d.code for d in result.diagnostics if d.severity == Severity.WARNING] == []
    assert result.out == out
    return _load(out)


def test_build_then_import_gives_back_every_catalog_and_power_list(
    sample_project: Path, tmp_path: Path
) -> None:
    root = sample_project
    assert api.build(root, only=("xlsx", "powers")).exit_code == 0
    xlsx = root / "dist" / "xlsx"
    [workbook] = xlsx.glob("*.xlsx")
    sources = sorted((root / "catalogs").glob("*/*.yaml"))
    assert len(sources) == 8
    for source in sources:
        original = Catalog.from_data(_load(source), id="c", file="f")
        sheet = f"{original.domain}（{original.level}）"
        out = tmp_path / "catalogs" / source.parent.name / source.name
        out.parent.mkdir(parents=True, exist_ok=True)
        imported = Catalog.from_data(
            _import(root, workbook, out, "catalog", sheet), id="c", file="f"
        )
        assert replace(imported, items=()) == replace(original, items=())
        assert [_printable(i) for i in imported.items] == [_printable(i) for i in original.items]
    lists = sorted((root / "powers").glob("*.yaml"))
    tables = {p.stem.removesuffix("权责清单"): p for p in (root / "dist" / "powers").glob("*.xlsx")}
    assert len(lists) == len(tables) == 5
    for source in lists:
        original = PowerList.from_data(_load(source), file="f")
        out = tmp_path / "powers" / source.name
        out.parent.mkdir(parents=True, exist_ok=True)
        imported = PowerList.from_data(
            _import(root, tables[original.department], out, "power-list"), file="f"
        )
        assert imported == original
