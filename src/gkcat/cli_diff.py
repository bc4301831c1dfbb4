"""``gkcat diff``: what changed between two versions of the catalogs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from gkcat.cli_options import (
    LangOpt,
    NoCacheOpt,
    ProjectOpt,
    fail,
    file_option,
    format_option,
    list_of,
    options_for,
    root_of,
    tell,
)
from gkcat.cli_usage import flatten
from gkcat.diagnostics import GkcatError
from gkcat.diff.compare import KINDS
from gkcat.i18n import say
from gkcat.report.console import terminal
from gkcat.report.diff import publish_diff
from gkcat.report.text import format_line

DIFF_FORMATS = ("text", "json", "md")


def diff(
    old: Annotated[
        str,
        typer.Argument(help="原版本：目录或 git 版本 / old: directory or revision", metavar="OLD"),
    ],
    new: Annotated[
        str,
        typer.Argument(help="新版本：目录或 git 版本 / new: directory or revision", metavar="NEW"),
    ],
    format: Annotated[str, format_option(DIFF_FORMATS)] = "text",
    html: Annotated[
        Path | None,
        file_option("--html", help="另存网页修订对照 / also write an HTML page"),
    ] = None,
    xlsx: Annotated[
        Path | None,
        file_option("--xlsx", help="另存修订对照表 / also write an Excel workbook"),
    ] = None,
    fail_on: Annotated[
        list[Any] | None,
        typer.Option(
            "--fail-on",
            help="有这些变化时退出码为 1 / exit 1 on changes of these kinds",
            **list_of(KINDS),
        ),
    ] = None,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    project: ProjectOpt = None,
) -> None:
    """比较两个版本，生成修订对照表 / show what changed between two catalog versions.

    \b
    Example: gkcat diff v2023 HEAD --xlsx 修订对照表.xlsx --fail-on removed,moved
    """
    from gkcat import api

    root = root_of(project)
    try:
        result = api.diff(
            old,
            new,
            root,
            fail_on=flatten(fail_on),
            options=options_for(lang, cache=False if no_cache else None),
        )
    except GkcatError as exc:
        fail(exc, lang)
    chosen = result.settings.lang
    if result.unreadable:
        console = terminal()
        for d in result.unreadable:
            console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
        where = say("cli.list-separator", chosen).join(result.unreadable_in)
        tell(say("cli.unreadable-side", chosen, where=where))
        raise typer.Exit(2)
    publish_diff(result, format, html, xlsx)
    raise typer.Exit(result.exit_code)
