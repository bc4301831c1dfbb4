"""``gkcat plan``: the task-plan commands, a command group of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gkcat.cli_options import LangOpt, file_option, lang_of, text_option
from gkcat.cli_usage import GkcatCommand, GkcatGroup
from gkcat.i18n import say
from gkcat.report.console import terminal
from gkcat.report.text import format_line

plan_app = typer.Typer(
    help="任务分解 / task plans",
    cls=GkcatGroup,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@plan_app.command("next", cls=GkcatCommand)
def plan_next_command(
    file: Annotated[
        Path,
        typer.Argument(help="今年的任务分解 / this year's plan, tasks/2024.yaml", metavar="FILE"),
    ],
    year: Annotated[
        int | None,
        text_option("--year", help="新的年度（默认下一年）/ the new year", metavar="YEAR"),
    ] = None,
    out: Annotated[
        Path | None, file_option("--out", "-o", help="写入文件 / where to write (tasks/2025.yaml)")
    ] = None,
    lang: LangOpt = None,
) -> None:
    """由今年的任务分解生成下一年度的，任务重新编号 / next year's plan, ids renumbered.

    \b
    Example: gkcat plan next tasks/2024.yaml --out tasks/2025.yaml
    """
    from gkcat.compile.plan_next import make_next_plan

    chosen = lang_of(lang)
    result = make_next_plan(file, file=file.as_posix(), year=year, out=out, max_size=10 << 20)
    console = terminal()
    for d in result.diagnostics:
        console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
    if result.out is not None:
        first = f"T{result.year}-001"
        words = say(
            "plan.next",
            chosen,
            path=result.out.as_posix(),
            year=result.year,
            tasks=result.tasks,
            first=first,
            deadlines=result.deadlines,
        )
        console.print(words, markup=False, soft_wrap=True)
    raise typer.Exit(0 if result.out is not None else 1)
