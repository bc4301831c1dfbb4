"""Paths as CI dashboards want them: relative to the repository root, not to the project.

GitHub annotations and SARIF name files relative to the checkout. With ``-C sub`` (a project in
a subdirectory) gkcat's project-relative paths would point at files that do not exist, so these
reports prefix them with the project's place in the repository: ``$GITHUB_WORKSPACE`` when the
project lies inside it, else git's top level, else nothing (the project is the root).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePosixPath

from gkcat.diagnostics import Diagnostic


def repository_root(project: Path) -> Path | None:
    """The root CI paths are relative to, or None when the project is in no repository."""
    project = project.resolve()
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        root = Path(workspace).resolve()
        if root == project or root in project.parents:
            return root
    try:
        top = subprocess.run(
            ["git", "-C", str(project), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # git is not installed
        return None
    if top.returncode != 0 or not top.stdout.strip():
        return None
    return Path(top.stdout.strip()).resolve()


def repository_prefix(project: Path) -> str:
    """The project's directory relative to the repository root, as ``sub/`` ("" at the root)."""
    root = repository_root(project)
    if root is None:
        return ""
    rel = project.resolve().relative_to(root).as_posix()
    return "" if rel == "." else rel + "/"


def rebase(diagnostics: Iterable[Diagnostic], prefix: str) -> tuple[Diagnostic, ...]:
    """Diagnostics whose project-relative files are made repository-relative."""
    if not prefix:
        return tuple(diagnostics)
    return tuple(
        replace(d, file=prefix + d.file)
        if d.file and not PurePosixPath(d.file).is_absolute()
        else d
        for d in diagnostics
    )
