"""Readable sources → the frozen model (tolerant of schema errors)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gkcat import vocab
from gkcat.load.project import Source
from gkcat.model import Catalog, PowerList, Project, TaskPlan
from gkcat.settings import Settings

Part = Catalog | PowerList | TaskPlan


@dataclass(frozen=True, slots=True)
class Read:
    """One file as the pipeline keeps it: its reading result (without the parsed data and
    text, which are dropped once modelled) and its part of the model (None when unreadable)."""

    source: Source
    part: Part | None


def model_part(source: Source) -> Part | None:
    """The model of one readable source (tolerant of schema errors); None for unreadable ones."""
    if source.kind == "catalog":
        return Catalog.from_data(source.data, id=catalog_id(source.file), file=source.file)
    if source.kind == "power-list":
        return PowerList.from_data(source.data, file=source.file)
    if source.kind == "task-plan":
        return TaskPlan.from_data(source.data, file=source.file)
    return None


def assemble(parts: Sequence[Part | None], settings: Settings) -> Project:
    """The project model from the parts of its files, in path order."""
    return Project(
        settings.root,
        tuple(p for p in parts if isinstance(p, Catalog)),
        tuple(p for p in parts if isinstance(p, PowerList)),
        tuple(p for p in parts if isinstance(p, TaskPlan)),
        settings.registry,
    )


def build_model(sources: Iterable[Source], settings: Settings) -> Project:
    """Turn the readable sources into the frozen model (tolerant of schema errors)."""
    return assemble([model_part(s) for s in sources], settings)


def catalog_id(file: str) -> str:
    """``catalogs/social-assistance/county.yaml`` → ``social-assistance/county``."""
    stem = file.rsplit(".", 1)[0]
    prefix = vocab.KINDS["catalog"] + "/"
    return stem[len(prefix) :] if stem.startswith(prefix) else stem
