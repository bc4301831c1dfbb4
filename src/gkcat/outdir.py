"""Which directory a build may replace: only one gkcat made (it holds the marker file).

A build swaps a whole directory into place, so the output path is judged before anything is
written: never the project or a directory holding it, never inside a source directory or
``.git``, never outside the project when the path comes from gkcat.yaml, and never a directory
that exists, is not empty and lacks :data:`MARKER`. A symlink is judged by its target.
"""

from __future__ import annotations

from pathlib import Path

from gkcat.diagnostics import GkcatError, Lang

MARKER = ".gkcat-dist"
MARKER_TEXT = b"This directory is written by `gkcat build` and replaced by every build.\n"
PROTECTED = ("catalogs", "powers", "tasks", "schemas", ".git")
"""Project directories an output may never be in (sources, schemas, the repository)."""
OLD_LAYOUT = frozenset({"xlsx", "tasks", "site"})
"""What an output made before the marker existed holds."""

_REASONS: dict[str, tuple[str, str]] = {
    "root": ("它就是项目目录", "it is the project directory"),
    "ancestor": ("它包含项目目录", "it contains the project directory"),
    "protected": ("它位于项目的「{part}」目录中", 'it lies inside the project directory "{part}"'),
    "outside": (
        "它在项目目录之外（gkcat.yaml 中的 output.dist 必须在项目内；命令行的 --out 可以在外）",
        "it is outside the project (output.dist in gkcat.yaml must be inside it; "
        "--out on the command line may be outside)",
    ),
    "file": ("它是一个文件，不是目录", "it is a file, not a directory"),
    "foreign": (
        "该目录不为空，且没有 gkcat 的标记文件 {marker}，不是 gkcat 生成的；"
        "请换一个输出目录，或先清空它",
        "it is not empty and has no {marker} marker, so gkcat did not make it; "
        "choose another output directory or empty it first",
    ),
    "older": (
        "它看起来是旧版 gkcat 生成的输出（没有标记文件 {marker}）；"
        "确认其中没有要保留的文件后删除它再构建，或在其中创建空文件 {marker}",
        "it looks like the output of an older gkcat (it has no {marker} marker); "
        "if nothing in it must be kept, delete it and build again, or create an empty "
        "{marker} file in it",
    ),
}


def problem(dest: Path, root: Path, *, from_config: bool) -> tuple[str, str] | None:
    """Why ``dest`` must not be replaced: (reason key, detail), or None when it may be."""
    return place_problem(dest, root, from_config=from_config) or content_problem(dest)


def place_problem(dest: Path, root: Path, *, from_config: bool) -> tuple[str, str] | None:
    """Why ``dest`` is no place for an output, whatever it holds (the config check's part)."""
    target = dest.resolve()
    project = root.resolve()
    if target == project:
        return ("root", "")
    if project.is_relative_to(target):
        return ("ancestor", "")
    if target.is_relative_to(project):
        part = target.relative_to(project).parts[0]
        if part in PROTECTED:
            return ("protected", part)
    elif from_config:
        return ("outside", "")
    return None


def content_problem(dest: Path) -> tuple[str, str] | None:
    """Why the directory at ``dest`` (its symlink target) is not gkcat's to replace."""
    target = dest.resolve()
    if target.exists() and not target.is_dir():
        return ("file", "")
    if target.is_dir() and not (target / MARKER).is_file():
        names = {p.name for p in target.iterdir()}
        if names and names <= OLD_LAYOUT:
            return ("older", "")
        if names:
            return ("foreign", "")
    return None


def reason_text(reason: tuple[str, str], lang: Lang) -> str:
    key, part = reason
    zh, en = _REASONS[key]
    return (zh if lang == "zh" else en).format(part=part, marker=MARKER)


def message(dest: Path, reason: tuple[str, str], lang: Lang) -> str:
    why = reason_text(reason, lang)
    if lang == "zh":
        return f"拒绝写入输出目录「{dest}」：{why}"
    return f'refusing to write the output directory "{dest}": {why}'


def check_output(dest: Path, root: Path, *, from_config: bool, lang: Lang) -> None:
    """Raise :class:`GkcatError` (exit 2) when a build must not replace ``dest``."""
    reason = problem(dest, root, from_config=from_config)
    if reason is not None:
        raise GkcatError(message(dest, reason, lang))
