"""Which project a command works on when no ``--project`` is given: found as git finds a
repository, by walking up from the current directory."""

from __future__ import annotations

from pathlib import Path

from gkcat import vocab

CONFIG_FILE_NAME = "gkcat.yaml"
SOURCE_ROOT = vocab.KINDS["catalog"]


def is_project(directory: Path) -> bool:
    """A directory with a gkcat.yaml or a catalogs/ directory is a project root."""
    return (directory / CONFIG_FILE_NAME).is_file() or (directory / SOURCE_ROOT).is_dir()


def find_project(start: Path) -> Path | None:
    """The nearest of ``start`` and its parents that is a project, or None.

    From ``catalogs/social-assistance/`` that is the directory holding ``catalogs/``; a
    ``catalogs/`` directory never counts as a project of its own.
    """
    here = start.resolve()
    for directory in (here, *here.parents):
        if directory.name != SOURCE_ROOT and is_project(directory):
            return directory
    return None
