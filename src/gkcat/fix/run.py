"""Run ``gkcat fix`` over a project: plan each catalog's fixes, write them atomically."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gkcat.config import load_settings
from gkcat.diagnostics import GkcatError, Lang, Severity
from gkcat.fix.plan import FileFix, fix_catalog
from gkcat.load.project import discover, load_schemas, read_source, relative
from gkcat.write import write_file


@dataclass(frozen=True, slots=True)
class FixResult:
    fixes: tuple[FileFix, ...]
    """Files that change (or would change with ``--diff``)."""
    written: bool
    lang: Lang = "zh"

    @property
    def exit_code(self) -> int:
        return 1 if self.refused else 0

    @property
    def refused(self) -> tuple[FileFix, ...]:
        return tuple(f for f in self.fixes if not f.verified)

    def diff(self) -> str:
        out: list[str] = []
        for fix in self.fixes:
            out.extend(
                difflib.unified_diff(
                    fix.old.splitlines(keepends=True),
                    fix.new.splitlines(keepends=True),
                    fromfile=f"a/{fix.file}",
                    tofile=f"b/{fix.file}",
                )
            )
        return "".join(out)


def fix_project(
    root: Path, paths: Sequence[Path] = (), *, write: bool = True, lang: Lang | None = None
) -> FixResult:
    """Fix the catalogs under ``paths`` (the whole project when none are given)."""
    root = root.resolve()
    settings, problems = load_settings(root, load_schemas())
    chosen = lang or settings.lang
    if any(d.severity == Severity.ERROR for d in problems):
        raise GkcatError("gkcat.yaml has errors; run gkcat validate")
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise GkcatError(f"no such file or directory: {missing[0]}")
    wanted = [relative(p.resolve(), root) for p in paths]
    fixes = []
    for path in discover(root):
        source = read_source(path, settings)
        if source.kind != "catalog" or not _under(source.file, wanted):
            continue
        fix = fix_catalog(
            source.file,
            source.text,
            source.data,
            channels=settings.channels,
            registry=settings.registry,
        )
        if fix.changes:
            fixes.append(fix)
    if write:
        for fix in fixes:
            if fix.verified:
                write_file(root / fix.file, fix.new.encode("utf-8"))
    return FixResult(tuple(fixes), write, chosen)


def _under(file: str, wanted: Sequence[str]) -> bool:
    if not wanted:
        return True
    return any(w in (".", "") or file == w or file.startswith(w.rstrip("/") + "/") for w in wanted)
