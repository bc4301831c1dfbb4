"""Real-world layouts of catalog tables and power lists: every field of every item is checked,
and every imported sample validates once the gkcat.yaml lines the import reports are added."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from gkcat import api, vocab
from gkcat.diagnostics import Severity
from gkcat.importers.catalog_context import LEVEL_WORDS
from gkcat.importers.source_yaml import dump_source
from gkcat.load.project import load_schemas

from .import_samples import CATALOG_SAMPLES, POWER_SAMPLES, ROOT, Sample

SCHEMAS = load_schemas()
SAMPLES = (*CATALOG_SAMPLES, *POWER_SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_layout_imports_every_field(sample: Sample, tmp_path: Path) -> None:
    result = sample.read(tmp_path)
    assert result.data == sample.expected
    assert sorted(d.code for d in result.diagnostics) == sorted(sample.codes)
    assert all(d.severity != Severity.ERROR for d in result.diagnostics)
    assert result.stats.rejected == sum(d.code == "GK609" for d in result.diagnostics)
    if not sample.register:  # registered channels extend the schema's list: validated below
        jsonschema.validate(result.data, SCHEMAS[sample.expected["kind"]])


def test_layouts_cover_at_least_eight_catalog_and_five_power_list_layouts() -> None:
    assert len({s.name for s in CATALOG_SAMPLES}) >= 8
    assert len({s.name for s in POWER_SAMPLES}) >= 5


def _register(config: dict[str, object], rule: str, line: str) -> None:
    entry = yaml.safe_load(line)[0]
    key = "channels" if rule == "GK630" else "departments"
    listed = config.setdefault(key, [])
    assert isinstance(listed, list)
    listed.append(entry)


def _place(sample: Sample, root: Path) -> Path:
    data = sample.expected
    if data["kind"] == "catalog":
        slug = {v: k for k, v in vocab.LEVEL_SLUGS.items()}[data["level"]]
        return root / "catalogs" / vocab.DOMAINS[data["domain"]] / f"{slug}.yaml"
    return root / "powers" / f"{sample.name}.yaml"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_imported_sample_validates_once_the_reported_lines_are_registered(
    sample: Sample, tmp_path: Path
) -> None:
    root = tmp_path / "project"
    (root / "catalogs").mkdir(parents=True)
    result = sample.read(tmp_path)
    assert result.data is not None
    config = yaml.safe_load((ROOT / "gkcat.yaml").read_text(encoding="utf-8"))
    asked = [d for d in result.diagnostics if d.code in ("GK630", "GK631")]
    for d in asked:
        _register(config, d.code, str(dict(d.args)["entry"]))
    named = sorted((d.code, str(dict(d.args)["value"])) for d in asked)
    assert named == sorted(sample.register)
    (root / "gkcat.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    target = _place(sample, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(dump_source(result.data, schema_ref="x.json"))
    found = api.validate(root).diagnostics
    assert [d for d in found if d.severity == Severity.ERROR] == []
    assert [d.code for d in found if d.code in ("GK310", "GK407", "GK203")] == []


def test_level_words_map_to_standard_levels() -> None:
    assert set(LEVEL_WORDS.values()) <= set(vocab.LEVELS)
    assert (LEVEL_WORDS["州级"], LEVEL_WORDS["county"], LEVEL_WORDS["乡镇"]) == (
        "市级",
        "县级",
        "乡级",
    )
