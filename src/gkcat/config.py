"""gkcat.yaml → Settings, with its problems as GK1xx/GK9xx diagnostics."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.checks.edition import check_title_year
from gkcat.checks.schema import SchemaChecker
from gkcat.diagnostics import RULES, Diagnostic, diagnostic, suggestion
from gkcat.load.positions import Locator
from gkcat.load.project import load_schemas, not_mapping
from gkcat.load.source import parse, read_text
from gkcat.outdir import place_problem, reason_text
from gkcat.settings import Options, Settings, from_config, with_options

EMITS = frozenset({"GK901", "GK902", "GK903", "GK904", "GK906"})
"""The rule codes this module emits (a test keeps the list exact)."""


CONFIG_FILE = "gkcat.yaml"


def load_settings(
    root: Path, schemas: Mapping[str, dict[str, Any]]
) -> tuple[Settings, list[Diagnostic]]:
    """Read gkcat.yaml (optional) into Settings; its problems are GK1xx/GK9xx diagnostics."""
    path = root / CONFIG_FILE
    defaults = Settings(root=root)
    if not path.exists():
        return defaults, []
    text, problems = read_text(path, CONFIG_FILE, max_size=defaults.max_file_size)
    if text is None:
        return defaults, problems
    parsed = parse(text, CONFIG_FILE, max_alias_nodes=defaults.max_alias_nodes)
    problems = list(parsed.diagnostics)
    if parsed.data is None:
        return defaults, problems
    if not isinstance(parsed.data, dict):
        return defaults, [*problems, not_mapping(parsed.data, CONFIG_FILE)]
    checker = SchemaChecker({"config": schemas["config"]}, channels=vocab.CHANNELS)
    locator = Locator(text)
    for issue in checker.check("config", parsed.data):
        original = issue.diagnostic
        line, column = locator.locate(original.pointer, key=issue.key)
        problems.append(
            diagnostic(
                "GK901",
                file=CONFIG_FILE,
                line=line,
                column=column,
                pointer=original.pointer,
                title=_config_key(original.pointer),
                args={"detail@zh": original.message("zh"), "detail@en": original.message("en")},
            )
        )
    if problems:
        return defaults, problems
    problems.extend(_config_semantics(parsed.data, locator))
    problems.extend(_output_place(parsed.data, locator, root))
    problems.extend(_build_time(parsed.data, locator))
    return from_config(parsed.data, root=root), problems


def _config_key(pointer: str) -> str:
    return pointer.lstrip("/").replace("/", ".") or CONFIG_FILE


def _config_semantics(data: Mapping[str, Any], locator: Locator) -> Iterable[Diagnostic]:
    for found in check_title_year(data):
        line, column = locator.locate(found.pointer)
        yield replace(found, line=line, column=column)
    for code in data.get("severity") or {}:
        if code not in RULES:
            pointer = f"/severity/{code}"
            line, column = locator.locate(pointer, key=True)
            hint = vocab.suggest(code, RULES)
            yield diagnostic(
                "GK902",
                file=CONFIG_FILE,
                line=line,
                column=column,
                pointer=pointer,
                rule=code,
                args=suggestion(hint),
            )
    owners: dict[str, str] = {}
    for i, dept in enumerate(data.get("departments") or []):
        for j, alias in enumerate([dept["name"], *(dept.get("aliases") or [])]):
            first = owners.setdefault(alias, dept["name"])
            if first != dept["name"]:
                pointer = (
                    f"/departments/{i}/name" if j == 0 else f"/departments/{i}/aliases/{j - 1}"
                )
                line, column = locator.locate(pointer)
                yield diagnostic(
                    "GK903",
                    file=CONFIG_FILE,
                    line=line,
                    column=column,
                    pointer=pointer,
                    alias=alias,
                    first=first,
                    second=dept["name"],
                )


def _build_time(data: Mapping[str, Any], locator: Locator) -> Iterable[Diagnostic]:
    """GK906: build_time matches the schema's pattern but must also be a real time."""
    value = data.get("build_time")
    if not isinstance(value, str):
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        line, column = locator.locate("/build_time")
        yield diagnostic(
            "GK906",
            file=CONFIG_FILE,
            line=line,
            column=column,
            pointer="/build_time",
            title="build_time",
            value=value,
        )


def _output_place(data: Mapping[str, Any], locator: Locator, root: Path) -> Iterable[Diagnostic]:
    """GK904: output.dist must be a place a build may replace (symlinks judged by target)."""
    dist = (data.get("output") or {}).get("dist")
    if not isinstance(dist, str):
        return
    reason = place_problem(root / dist, root, from_config=True)
    if reason is not None:
        line, column = locator.locate("/output/dist")
        yield diagnostic(
            "GK904",
            file=CONFIG_FILE,
            line=line,
            column=column,
            pointer="/output/dist",
            dist=dist,
            args={"reason@zh": reason_text(reason, "zh"), "reason@en": reason_text(reason, "en")},
        )


def open_settings(root: Path, options: Options | None = None) -> tuple[Settings, list[Diagnostic]]:
    """Defaults < gkcat.yaml < ``options``; configuration problems come back as diagnostics."""
    settings, problems = load_settings(root, load_schemas())
    return with_options(settings, options or Options()), problems
