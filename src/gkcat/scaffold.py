"""``gkcat init``: a new project copied from the embedded sample region."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.compile.starter import Starter, plan_starter
from gkcat.diagnostics import GkcatError
from gkcat.i18n import Lang
from gkcat.load.source import parse
from gkcat.overwrite import refuse_overwrite
from gkcat.resources import sample_dir, schemas_dir
from gkcat.write import write_file


def init(
    dest: Path,
    *,
    region: str | None = None,
    domains: Sequence[str] = (),
    force: bool = False,
    lang: Lang = "zh",
) -> list[Path]:
    """Copy the embedded sample project into ``dest`` (which must not hold a project yet;
    with ``force``, existing files are overwritten).

    With ``domains``, only those domains' catalogs are copied, and the power lists and task plans
    are trimmed to what those catalogs refer to.
    """
    sample = sample_dir()
    if not force and ((dest / "catalogs").exists() or (dest / "gkcat.yaml").exists()):
        raise GkcatError(f"{dest} already holds a gkcat project")
    unknown = [d for d in domains if d not in vocab.DOMAINS]
    if unknown:
        raise GkcatError(f"unknown domain {unknown[0]!r}; use one of the 26 standard domains")
    files = {p.relative_to(sample).as_posix(): p for p in _sample_files(sample)}
    if domains:
        sources = {rel: _read_sample(path) for rel, path in files.items()}
        starter = plan_starter(sources, {vocab.DOMAINS[d] for d in domains})
    else:
        starter = Starter(frozenset(files), {})
    schemas = sorted(schemas_dir().glob("*.schema.json"))
    targets = [dest / rel for rel in starter.keep | set(starter.rewrite)]
    refuse_overwrite(
        [*targets, *(dest / "schemas" / s.name for s in schemas)], force=force, lang=lang
    )
    written = []
    for rel in sorted(starter.keep | set(starter.rewrite)):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel in starter.rewrite:
            write_file(target, starter.rewrite[rel])
        else:
            shutil.copyfile(files[rel], target)
        written.append(target)
    for schema in schemas:
        target = dest / "schemas" / schema.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(schema, target)
        written.append(target)
    if region:
        _rename_region(dest, region, written)
    return written


def _sample_files(sample: Path) -> list[Path]:
    found = [sample / "gkcat.yaml"]
    for directory in vocab.KINDS.values():
        found.extend(p for p in (sample / directory).rglob("*.yaml") if p.is_file())
    return sorted(p for p in found if p.is_file())


def _read_sample(path: Path) -> Any:
    parsed = parse(path.read_text(encoding="utf-8"), path.name, max_alias_nodes=100_000)
    if parsed.data is None:  # the shipped sample is tested to validate; this is gkcat's own bug
        raise GkcatError(f"the embedded sample {path} cannot be read")
    return parsed.data


def _rename_region(dest: Path, region: str, files: Iterable[Path]) -> None:
    for path in files:
        if path.suffix in (".yaml", ".yml"):
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("示例县", region), encoding="utf-8")
