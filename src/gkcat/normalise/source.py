"""Normalise a read source before its schema check: notes become fixable diagnostics."""

from __future__ import annotations

from dataclasses import replace

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.load.project import Source
from gkcat.normalise.document import catalog_edits
from gkcat.normalise.fields import Edit
from gkcat.settings import Settings


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


def note_diagnostic(file: str, note: tuple[str, str, dict[str, str]]) -> Diagnostic:
    code, pointer, args = note
    shown = {k: v.replace("\n", "↵") for k, v in args.items()}
    return diagnostic(code, file=file, pointer=pointer, args=shown, fixable=True)
