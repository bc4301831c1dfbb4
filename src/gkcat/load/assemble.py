"""Readable sources → the frozen model (tolerant of schema errors)."""

from __future__ import annotations

from collections.abc import Iterable

from gkcat import vocab
from gkcat.load.project import Source
from gkcat.model import Catalog, PowerList, Project, TaskPlan
from gkcat.settings import Settings


def build_model(sources: Iterable[Source], settings: Settings) -> Project:
    """Turn the readable sources into the frozen model (tolerant of schema errors)."""
    catalogs, power_lists, task_plans = [], [], []
    for source in sources:
        if source.kind == "catalog":
            catalogs.append(
                Catalog.from_data(source.data, id=catalog_id(source.file), file=source.file)
            )
        elif source.kind == "power-list":
            power_lists.append(PowerList.from_data(source.data, file=source.file))
        elif source.kind == "task-plan":
            task_plans.append(TaskPlan.from_data(source.data, file=source.file))
    return Project(
        settings.root, tuple(catalogs), tuple(power_lists), tuple(task_plans), settings.registry
    )


def catalog_id(file: str) -> str:
    """``catalogs/social-assistance/county.yaml`` → ``social-assistance/county``."""
    stem = file.rsplit(".", 1)[0]
    prefix = vocab.KINDS["catalog"] + "/"
    return stem[len(prefix) :] if stem.startswith(prefix) else stem
