"""Project discovery and reading each source with its kind checks (GK108–GK112)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, GkcatError, diagnostic, suggestion
from gkcat.load.positions import Locator
from gkcat.load.source import decode, parse, read_text, type_name
from gkcat.resources import schemas_dir
from gkcat.settings import Settings
from gkcat.textsafe import visible_controls

SCHEMA_VERSIONS = (1,)
SCHEMA_NAMES = ("catalog", "power-list", "task-plan", "config")


@dataclass(frozen=True, slots=True)
class Source:
    """One source file after reading, parsing, kind and schema checks."""

    file: str
    """POSIX path relative to the project root."""
    kind: str | None
    """The document's kind when it is known and its schema_version supported."""
    text: str
    data: Any
    diagnostics: tuple[Diagnostic, ...]


def load_schemas() -> dict[str, dict[str, Any]]:
    """The shipped JSON Schemas by name; a broken schema is gkcat's own error."""
    schemas = {}
    for name in SCHEMA_NAMES:
        path = schemas_dir() / f"{name}.schema.json"
        try:
            schemas[name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GkcatError(f"cannot read schema {path}: {exc}") from exc
    return schemas


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` in POSIX form; absolute when outside the project.

    Bytes of a name that is not UTF-8, and control characters, are shown as escapes
    (``\\xff``), so every report stays valid UTF-8 text (GK908 warns of such names)."""
    return visible_controls(_raw_relative(path, root), keep="")


def _raw_relative(path: Path, root: Path) -> str:
    try:
        # Resolve the directory only: a link is named by its own path, not its target.
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return (path.parent.resolve() / path.name).as_posix()


def discover(root: Path) -> list[Path]:
    """Every source under catalogs/, powers/ and tasks/, sorted, so runs are deterministic."""
    if not (root / "catalogs").is_dir():
        raise GkcatError(key="error.no-project", root=root)
    files: list[Path] = []
    for directory in vocab.KINDS.values():
        base = root / directory
        if base.is_dir():
            files.extend(
                p for p in base.rglob("*") if p.suffix in (".yaml", ".yml") and _is_source(p)
            )
    return sorted(files, key=lambda p: p.as_posix())


def _is_source(path: Path) -> bool:
    """A regular file, or a dangling link (reported as unreadable rather than skipped)."""
    return path.is_file() or (path.is_symlink() and not path.exists())


def not_mapping(data: object, file: str) -> Diagnostic:
    actual = type_name(data)
    return diagnostic(
        "GK108", file=file, line=1, column=1, args={"actual@zh": actual[0], "actual@en": actual[1]}
    )


def read_source(path: Path, settings: Settings, raw_name: str | None = None) -> Source:
    """Read, parse and identify one source; never raises on bad input.

    ``raw_name``: the file's project path before escaping, when the caller has named many files
    at once (``load.root.raw_project_names``); else it is worked out here."""
    raw = _raw_relative(path, settings.root) if raw_name is None else raw_name
    file = visible_controls(raw, keep="")
    text, problems = read_text(path, file, max_size=settings.max_file_size)
    source = _source(file, text, problems, settings)
    if file == raw:
        return source
    warning = diagnostic("GK908", file=file, line=1, column=1)
    return replace(source, diagnostics=(*source.diagnostics, warning))


def read_source_bytes(file: str, raw: bytes, settings: Settings) -> Source:
    """Like :func:`read_source` for content that is not a file (a blob of a git revision)."""
    if len(raw) > settings.max_file_size:
        mb = settings.max_file_size / (1 << 20)
        size = f"{len(raw) / (1 << 20):.1f} MB"
        problem = diagnostic("GK107", file=file, line=1, column=1, size=size, limit=f"{mb:.1f} MB")
        return Source(file, None, "", None, (problem,))
    text, problems = decode(raw, file)
    return _source(file, text, problems, settings)


def _source(file: str, text: str | None, problems: list[Diagnostic], settings: Settings) -> Source:
    """Parse decoded text (None when it could not be read) and identify its kind."""
    if text is None:
        return Source(file, None, "", None, tuple(problems))
    parsed = parse(text, file, max_alias_nodes=settings.max_alias_nodes)
    data = parsed.data
    if data is None:
        return Source(file, None, text, None, parsed.diagnostics)
    if not isinstance(data, dict):
        return Source(file, None, text, None, (*parsed.diagnostics, not_mapping(data, file)))
    found = list(parsed.diagnostics)
    kind = _identify(data, file, Locator(text), found)
    return Source(file, kind, text, data, tuple(found))


def _identify(
    data: Mapping[str, Any], file: str, locator: Locator, problems: list[Diagnostic]
) -> str | None:
    """The document's kind (GK109), its schema_version (GK110) and its directory (GK112)."""
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in vocab.KINDS:
        pointer = "/kind" if "kind" in data else ""
        line, column = locator.locate(pointer)
        expected = next((k for k, d in vocab.KINDS.items() if file.startswith(d + "/")), "")
        shown = kind if isinstance(kind, str) else json.dumps(kind, ensure_ascii=False, default=str)
        hint = vocab.suggest(shown, vocab.KINDS) if kind is not None else ""
        problems.append(
            diagnostic(
                "GK109",
                file=file,
                line=line,
                column=column,
                pointer=pointer,
                kind="" if kind is None else shown,
                expected="、".join(vocab.KINDS),
                args=suggestion(hint or expected, name="hint"),
            )
        )
        return None
    version = data.get("schema_version")
    if "schema_version" in data and version not in SCHEMA_VERSIONS:
        line, column = locator.locate("/schema_version")
        problems.append(
            diagnostic(
                "GK110",
                file=file,
                line=line,
                column=column,
                pointer="/schema_version",
                version=version,
                supported="、".join(str(v) for v in SCHEMA_VERSIONS),
            )
        )
        return None
    directory = vocab.KINDS[kind]
    top = file.split("/", 1)[0]
    if top in vocab.KINDS.values() and top != directory:
        line, column = locator.locate("/kind")
        problems.append(
            diagnostic(
                "GK112",
                file=file,
                line=line,
                column=column,
                pointer="/kind",
                kind=kind,
                expected=directory,
            )
        )
    return str(kind)
