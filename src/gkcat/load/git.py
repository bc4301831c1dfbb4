"""Read a project's sources from a git revision with plumbing, never touching work tree or index."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gkcat import vocab
from gkcat.diagnostics import GkcatError
from gkcat.i18n import Lang, say


def _error(key: str, lang: Lang, **values: object) -> GkcatError:
    return GkcatError(say(f"git.{key}", lang, **values))


@dataclass(frozen=True, slots=True)
class Revision:
    """A resolved revision: what the user typed and the commit it names."""

    name: str
    commit: str
    date: str = ""
    """The commit date (YYYY-MM-DD), shown with the revision in diff reports."""

    @property
    def label(self) -> str:
        short = self.commit[:10]
        parts = [p for p in (short if self.name != short else "", self.date) if p]
        return f"{self.name} ({', '.join(parts)})" if parts else self.name


def _env() -> dict[str, str]:
    # No optional locks: reading must not even refresh the index (git-status would).
    return {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}


def _git(
    root: Path, args: Sequence[str], *, stdin: bytes | None = None, lang: Lang = "zh"
) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=root,
            input=stdin,
            capture_output=True,
            env=_env(),
            check=False,
        )
    except FileNotFoundError as exc:
        raise _error("no-git", lang) from exc
    if done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, args, done.stdout, done.stderr)
    return done.stdout


def resolve(root: Path, name: str, *, lang: Lang = "zh") -> Revision:
    """The commit ``name`` denotes in the repository holding ``root``; GkcatError otherwise.

    A name that starts with ``-`` is refused before git sees it, and ``--end-of-options`` keeps
    git itself from reading the name as an option (``--output=…``).
    """
    if not name or name.startswith("-") or "\0" in name:
        raise _error("bad-name", lang, name=name)
    try:
        out = _git(
            root,
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}"],
            lang=lang,
        )
    except subprocess.CalledProcessError as exc:
        if _is_repository(root):
            raise _error("unknown", lang, name=name) from exc
        raise _error("no-repo", lang, name=name, root=root) from exc
    commit = out.decode("ascii").strip()
    date = _git(root, ["show", "-s", "--format=%cs", commit], lang=lang).decode("ascii").strip()
    return Revision(name, commit, date)


def last_tag(root: Path, *, lang: Lang = "zh") -> str:
    """The most recent tag reachable from HEAD (``validate --base last-tag``)."""
    try:
        out = _git(root, ["describe", "--tags", "--abbrev=0"], lang=lang)
    except subprocess.CalledProcessError as exc:
        raise _error("no-tag", lang, root=root) from exc
    return out.decode("utf-8").strip()


def _is_repository(root: Path) -> bool:
    try:
        _git(root, ["rev-parse", "--git-dir"])
    except subprocess.CalledProcessError:
        return False
    return True


def read_tree(root: Path, revision: Revision) -> list[tuple[str, bytes]]:
    """Every source file of the project at ``revision``: (path relative to ``root``, content).

    Paths are relative to ``root`` even when the project is a subdirectory of the repository
    (git ls-tree resolves pathspecs and prints paths against the working directory).
    """
    paths = list(vocab.KINDS.values())
    listing = _git(root, ["ls-tree", "-r", "-z", revision.commit, "--", *paths])
    blobs: list[tuple[str, str]] = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, sha = meta.split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if kind == b"blob" and mode != b"120000" and _wanted(path):
            blobs.append((path, sha.decode("ascii")))  # symlinks and submodules are not sources
    contents = _cat_blobs(root, [sha for _, sha in blobs])
    return sorted((path, contents[sha]) for path, sha in blobs)


def _wanted(path: str) -> bool:
    return path.endswith((".yaml", ".yml")) and path.split("/", 1)[0] in vocab.KINDS.values()


def _cat_blobs(root: Path, shas: Sequence[str]) -> dict[str, bytes]:
    """Blob contents by object id, in one ``git cat-file --batch`` process."""
    if not shas:
        return {}
    unique = list(dict.fromkeys(shas))
    out = _git(root, ["cat-file", "--batch"], stdin="".join(s + "\n" for s in unique).encode())
    contents: dict[str, bytes] = {}
    position = 0
    for sha in unique:
        end = out.index(b"\n", position)
        header = out[position:end].split()
        if len(header) != 3 or header[1] != b"blob":
            raise GkcatError(f"git cat-file: unexpected answer for {sha}")
        size = int(header[2])
        contents[sha] = out[end + 1 : end + 1 + size]
        position = end + 1 + size + 1  # the content is followed by a newline
    return contents
