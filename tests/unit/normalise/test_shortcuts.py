"""The shortcuts of normalisation (schema-valid documents, texts without mirror marks) change
nothing: they find exactly the edits of the full walk."""

from __future__ import annotations

from pathlib import Path

from gkcat.checks.schema import SchemaChecker
from gkcat.config import load_settings
from gkcat.load.project import discover, load_schemas, read_source
from gkcat.normalise.source import edits_for

TESTS = Path(__file__).resolve().parents[2]
PROJECTS = [
    *sorted(p for p in (TESTS / "cases").iterdir() if p.is_dir()),
    TESTS / "fixtures" / "published-rows",
]


def test_a_valid_document_needs_no_vocabulary_walk() -> None:
    compared = 0
    for root in PROJECTS:
        settings, problems = load_settings(root, load_schemas())
        if problems:
            continue
        checker = SchemaChecker(load_schemas(), channels=settings.channels)
        for path in discover(root):
            source = read_source(path, settings)
            if source.kind != "catalog" or not checker.passes("catalog", source.data):
                continue
            quick = edits_for(source, settings, vocabularies=False)
            assert quick == edits_for(source, settings), path
            compared += 1
    assert compared >= 20
