"""Which project a command works on when no ``--project`` is given (found as git finds a
repository, by walking up from the current directory), and how its files are named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gkcat import vocab
from gkcat.textsafe import visible_controls

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


def project_names(paths: Sequence[Path], root: Path) -> list[str]:
    """The project path of each of ``paths``, as ``load.project.relative`` names it: bytes that
    are not UTF-8 and control characters are shown as escapes (see :func:`raw_project_names`)."""
    return [visible_controls(name, keep="") for name in raw_project_names(paths, root)]


def raw_project_names(paths: Sequence[Path], root: Path) -> list[str]:
    """The project path of each of ``paths`` before escaping, resolving each directory once
    rather than once per file (a project has dozens of files per directory, and resolving walks
    every component of the path with a system call).

    A link is named by its own path, not its target; a path outside the project is absolute.
    """
    base = root.resolve()
    prefixes: dict[Path, str] = {}
    names = []
    for path in paths:
        prefix = prefixes.get(path.parent)
        if prefix is None:
            directory = path.parent.resolve()
            try:
                inside = directory.relative_to(base).as_posix()
                prefix = "" if inside == "." else inside + "/"
            except ValueError:
                prefix = directory.as_posix().rstrip("/") + "/"
            prefixes[path.parent] = prefix
        names.append(prefix + path.name)
    return names
