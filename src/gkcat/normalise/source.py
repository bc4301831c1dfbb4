"""Normalise a read source before its schema check: notes become fixable diagnostics."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.load.project import Source
from gkcat.normalise.document import catalog_edits
from gkcat.normalise.fields import Edit
from gkcat.settings import Settings

if TYPE_CHECKING:
    from gkcat.checks.schema import SchemaChecker


def edits_for(
    source: Source, settings: Settings, *, vocabularies: bool = True
) -> tuple[object, list[Edit]]:
    """(normalised data, edits) for one source; only catalogs are normalised."""
    if source.kind != "catalog":
        return source.data, []
    return catalog_edits(
        source.data,
        channels=settings.channels,
        registry=settings.registry,
        text=source.text,
        vocabularies=vocabularies,
    )


def normalise_source(source: Source, settings: Settings, *, valid: bool = False) -> Source:
    """The source with normalised data and one diagnostic per normalisation made.

    ``valid``: the source passed its schema as read, so its vocabulary values are standard.
    """
    data, edits = edits_for(source, settings, vocabularies=not valid)
    if not edits:
        return source
    notes = [note_diagnostic(source.file, note) for e in edits for note in e.notes]
    return replace(source, data=data, diagnostics=(*source.diagnostics, *notes))


def normalise_judged(
    source: Source, settings: Settings, checker: SchemaChecker
) -> tuple[Source, bool]:
    """(the source normalised, whether it passed its schema as read), as validate reads every
    source: vocabulary values are normalised only in a document its schema rejects. The diff
    reads its versions through this too, so a model part is the same whichever command built it.
    """
    if source.kind is None:
        return source, False
    valid = checker.passes(source.kind, source.data)
    return normalise_source(source, settings, valid=valid), valid


def note_diagnostic(file: str, note: tuple[str, str, dict[str, str]]) -> Diagnostic:
    code, pointer, args = note
    shown = {k: v.replace("\n", "↵") for k, v in args.items()}
    return diagnostic(code, file=file, pointer=pointer, args=shown, fixable=True)
