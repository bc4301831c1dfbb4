"""``gkcat init``: a clean project for a real office, or the fictional sample region."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.compile.starter import Starter, plan_starter
from gkcat.config import open_settings
from gkcat.diagnostics import GkcatError
from gkcat.editor import write_project_schemas
from gkcat.i18n import Lang, say
from gkcat.load.source import parse
from gkcat.resources import sample_dir, schemas_dir
from gkcat.scaffold import domains as names
from gkcat.scaffold import starters, texts
from gkcat.scaffold.departments import entries
from gkcat.scaffold.starters import Wording
from gkcat.write import write_file

PROJECT_LEVELS = ("县级", "市级")
DEFAULT_REGION = {"县级": "示例县", "市级": "示例市"}


def init(
    dest: Path,
    *,
    region: str | None = None,
    level: str = "县级",
    domains: Sequence[str] = (),
    sample: bool = False,
    year: int | None = None,
    force: bool = False,
    lang: Lang = "zh",
) -> list[Path]:
    """A new project in ``dest``: starter catalogs for a real office, or the sample region."""
    if sample:
        return init_sample(dest, region=region, domains=domains, force=force, lang=lang)
    return init_project(
        dest, region=region, level=level, domains=domains, year=year, force=force, lang=lang
    )


def refuse_existing(dest: Path, *, force: bool, lang: Lang) -> None:
    """Never overwrite a project without --force."""
    if force or not ((dest / "catalogs").exists() or (dest / "gkcat.yaml").exists()):
        return
    raise GkcatError(say("scaffold.project-exists", lang, dest=dest))


def init_project(
    dest: Path,
    *,
    region: str | None = None,
    level: str = "县级",
    domains: Sequence[str] = (),
    year: int | None = None,
    force: bool = False,
    lang: Lang = "zh",
) -> list[Path]:
    """A clean project: the chosen starters (all 26 by default) filled in for the region."""
    if level not in PROJECT_LEVELS:
        raise GkcatError(say("scaffold.project-level", lang, level=level))
    chosen = names.resolve_all(domains, lang=lang) if domains else list(vocab.DOMAINS)
    refuse_existing(dest, force=force, lang=lang)
    wording = Wording.of(region or DEFAULT_REGION[level], level)
    year = year or datetime.date.today().year
    keys = ["政府办"]
    for domain in chosen:
        for lvl in starters.levels_of(domain, level):
            keys.extend(starters.placeholders(domain, lvl))
    registry = entries(keys, wording)
    official = {e.key: e.name for e in registry}
    files: dict[str, bytes] = {}
    listed: dict[str, list[str]] = {}
    for domain in chosen:
        for lvl in starters.levels_of(domain, level):
            path = starters.catalog_path(vocab.DOMAINS[domain], lvl)
            files[path] = starters.render(domain, lvl, wording, official.__getitem__, year)
            listed.setdefault(domain, []).append(path)
    issuer = official["政府办"]
    extra = {
        "gkcat.yaml": texts.config(wording, year, registry),
        "README.md": texts.readme(wording, year, listed),
        ".gitignore": texts.GITIGNORE,
        ".github/workflows/gkcat.yml": texts.CI_WORKFLOW,
        ".pre-commit-config.yaml": texts.PRE_COMMIT,
        "powers/example.yaml.example": texts.power_example(wording, issuer),
        "tasks/example.yaml.example": texts.task_example(wording, year, issuer),
    }
    files.update({path: text.encode("utf-8") for path, text in extra.items()})
    _refuse_files(dest, files, force=force, lang=lang)
    return [*_write(dest, files), *_copy_schemas(dest)]


def init_sample(
    dest: Path,
    *,
    region: str | None = None,
    domains: Sequence[str] = (),
    force: bool = False,
    lang: Lang = "zh",
) -> list[Path]:
    """The fictional sample region; with ``domains``, trimmed to those domains."""
    chosen = names.resolve_all(domains, lang=lang) if domains else []
    refuse_existing(dest, force=force, lang=lang)
    sample = sample_dir()
    paths = {p.relative_to(sample).as_posix(): p for p in _sample_files(sample)}
    present = {rel.split("/")[1] for rel in paths if rel.startswith("catalogs/")}
    missing = [d for d in chosen if vocab.DOMAINS.get(d) not in present]
    if missing:
        have = "、".join(d for d, slug in vocab.DOMAINS.items() if slug in present)
        raise GkcatError(say("scaffold.not-in-sample", lang, domain=missing[0], have=have))
    if chosen:
        sources = {rel: _read_sample(path) for rel, path in paths.items()}
        starter = plan_starter(sources, {vocab.DOMAINS[d] for d in chosen})
    else:
        starter = Starter(frozenset(paths), {})
    files = {rel: paths[rel].read_bytes() for rel in starter.keep}
    files.update(starter.rewrite)
    files[".gitignore"] = texts.GITIGNORE.encode("utf-8")
    if region:
        files = {
            rel: _rename(data, region) if rel.endswith(".yaml") else data
            for rel, data in files.items()
        }
    _refuse_files(dest, files, force=force, lang=lang)
    return [*_write(dest, files), *_copy_schemas(dest)]


def _refuse_files(dest: Path, files: dict[str, bytes], *, force: bool, lang: Lang) -> None:
    """Never overwrite any file without --force, not only a project's own."""
    schemas = [dest / "schemas" / s.name for s in schemas_dir().glob("*.schema.json")]
    existing = next((p for p in [*(dest / r for r in sorted(files)), *schemas] if p.exists()), None)
    if existing is not None and not force:
        raise GkcatError(say("scaffold.catalog-exists", lang, path=existing))


def _write(dest: Path, files: dict[str, bytes]) -> list[Path]:
    written = []
    for rel in sorted(files):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, files[rel])
        written.append(target)
    return written


def _copy_schemas(dest: Path) -> list[Path]:
    """The project's own schema set (and VS Code settings), generated from its gkcat.yaml."""
    settings, _ = open_settings(dest.resolve())
    return write_project_schemas(dest, settings)


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


def _rename(data: bytes, region: str) -> bytes:
    return data.decode("utf-8").replace("示例县", region).encode("utf-8")


def written_catalogs(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if p.suffix == ".yaml" and "catalogs" in p.parts]
