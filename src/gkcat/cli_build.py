"""``gkcat build`` and ``gkcat schema``: the commands that write outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from gkcat.cli_options import (
    LangOpt,
    NoCacheOpt,
    ProjectOpt,
    fail,
    lang_of,
    list_of,
    one_of,
    options_for,
    root_of,
    tell,
    written_summary,
)
from gkcat.cli_usage import choice, flatten
from gkcat.compile.targets import TARGET_NAMES
from gkcat.diagnostics import GkcatError
from gkcat.i18n import say
from gkcat.load.project import SCHEMA_NAMES
from gkcat.report.console import emit, terminal
from gkcat.report.text import render_text


def build(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="输出目录，默认 dist/ / output directory", metavar="DIR"),
    ] = None,
    only: Annotated[
        list[Any] | None,
        typer.Option("--only", help="只构建这些 / build only these", **list_of(TARGET_NAMES)),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="有错误也构建 / build despite errors")
    ] = False,
    split_by: Annotated[
        str | None,
        typer.Option(
            "--split-by",
            help="另按部门生成工作簿 / also one workbook per department",
            **one_of(["department"]),
        ),
    ] = None,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    project: ProjectOpt = None,
) -> None:
    """校验后生成工作簿、任务分解表和网站 / validate, then build the outputs into dist/.

    \b
    Example: gkcat build --only xlsx,html --out publish/
    """
    from gkcat import api

    split = "department" if split_by else None
    options = options_for(lang, split_by=split, cache=False if no_cache else None)
    targets = flatten(only)
    try:
        result = api.build(root_of(project), out=out, only=targets, force=force, options=options)
    except GkcatError as exc:
        fail(exc, lang)
    validation = result.validation
    chosen = validation.settings.lang
    if validation.diagnostics:
        files, items = len(validation.files), validation.items
        render_text(terminal(), validation.diagnostics, files=files, items=items, lang=chosen)
    if result.refused:
        tell(say("cli.not-built", chosen))
    else:
        for line in written_summary(result.written, validation.settings.root, chosen):
            tell(line)
    raise typer.Exit(result.exit_code)


def schema(
    name: Annotated[
        str,
        typer.Argument(
            help=f"模式名称 / schema name: {', '.join(SCHEMA_NAMES)}",
            parser=choice(SCHEMA_NAMES),
            metavar="NAME",
        ),
    ] = "catalog",
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="按 gkcat.yaml 重新生成项目的 schemas/ / regenerate the project's schemas/",
        ),
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = None,
) -> None:
    """打印 JSON Schema，或重新生成项目的模式文件 / print a JSON Schema, or refresh schemas/.

    \b
    Example: gkcat schema catalog > catalog.schema.json; gkcat schema --write
    """
    from gkcat import api

    if not write:
        emit(api.schema_text(name), None)
        return
    try:
        written = api.write_schemas(root_of(project))
    except GkcatError as exc:
        fail(exc, lang)
    for path in written:
        tell(say("cli.wrote", lang_of(lang), path=path))
