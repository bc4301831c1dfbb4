"""``gkcat validate``, ``gkcat coverage`` and ``gkcat fix``: the commands that check sources."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from gkcat.cli_options import (
    LangOpt,
    NoCacheOpt,
    ProjectOpt,
    fail,
    file_option,
    format_option,
    options_for,
    root_of,
    tell,
    text_option,
)
from gkcat.diagnostics import GkcatError
from gkcat.i18n import say
from gkcat.report.console import emit, plain, terminal
from gkcat.report.registry import REPORTERS
from gkcat.report.text import render_text


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="只报告这些文件或目录 / report on these only", metavar="PATH"),
    ] = None,
    format: Annotated[str, format_option(REPORTERS)] = "text",
    output: Annotated[
        Path | None,
        file_option("--output", "-o", help="写入文件 / write the report to FILE"),
    ] = None,
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help="警告也算失败 / warnings fail too")
    ] = None,
    lang: LangOpt = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="并行进程数 / parallel processes", metavar="N"),
    ] = None,
    no_cache: NoCacheOpt = False,
    base: Annotated[
        str | None,
        text_option(
            "--base",
            help="与此版本比较 version（目录、git 版本或 last-tag）/ compare versions",
            metavar="REV",
        ),
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """校验目录、权责清单和任务分解 / check every source of the project.

    \b
    Example: gkcat validate --format github --strict
    """
    from gkcat import api

    cache = False if no_cache else None
    options = options_for(lang, strict=strict, jobs=jobs, cache=cache)
    try:
        result = api.validate(root_of(project), paths or [], options, base=base)
    except GkcatError as exc:
        fail(exc, lang)
    REPORTERS[format].report(result, result.settings.lang, output)
    raise typer.Exit(result.exit_code)


COVERAGE_FORMATS = ("text", "json")


def coverage(
    format: Annotated[str, format_option(COVERAGE_FORMATS)] = "text",
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    project: ProjectOpt = None,
) -> None:
    """统计权责清单被公开事项覆盖的情况 / how many must-cover powers the catalog items cite.

    \b
    Example: gkcat coverage --format json > coverage.json
    """
    from gkcat import api
    from gkcat.report.coverage import coverage_json, render_coverage
    from gkcat.report.json import dumps

    try:
        options = options_for(lang, cache=False if no_cache else None)
        result = api.coverage(root_of(project), options)
    except GkcatError as exc:
        fail(exc, lang)
    chosen = result.settings.lang
    if result.config_failed:
        render_text(terminal(), result.diagnostics, files=0, items=0, lang=chosen)
        raise typer.Exit(result.exit_code)
    if format == "json":
        emit(dumps(coverage_json(result.coverage)) + "\n", None)
    else:
        no_color = plain(sys.stdout)
        out = Console(no_color=no_color, highlight=False, width=100 if no_color else None)
        render_coverage(out, result.coverage, lang=chosen)
    if result.errors:
        tell(say("cli.coverage-errors", chosen, errors=result.errors))
    raise typer.Exit(result.exit_code)


def fix_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="只修正这些文件或目录 / fix these only", metavar="PATH"),
    ] = None,
    diff: Annotated[
        bool, typer.Option("--diff", help="只显示差异，不写入 / show the changes, write nothing")
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = None,
) -> None:
    """修正不改变含义的问题 / apply the fixes that cannot change meaning.

    \b
    Example: gkcat fix catalogs/social-assistance --diff
    """
    from gkcat import api
    from gkcat.report.fix_text import render_fix_lines

    try:
        result = api.fix(root_of(project), paths or [], options_for(lang), write=not diff)
    except GkcatError as exc:
        fail(exc, lang)
    if diff:
        emit(result.diff(), None)
    for line in render_fix_lines(result, result.lang):
        tell(line)
    raise typer.Exit(result.exit_code)
