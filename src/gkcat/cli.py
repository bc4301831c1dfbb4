"""typer app: flags → api call → rendered output and exit code; no logic of its own.

Modules that load openpyxl or jinja2 (workbooks, the site, the diff page) are imported by the
commands that need them, so ``gkcat --help`` and ``gkcat validate`` start quickly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from gkcat.cli_import import import_command
from gkcat.cli_options import (
    LangOpt,
    NoCacheOpt,
    ProjectOpt,
    fail,
    file_option,
    format_option,
    lang_of,
    list_of,
    one_of,
    options_for,
    root_of,
    tell,
    text_option,
    top_level,
    written_summary,
)
from gkcat.cli_plan import plan_app
from gkcat.cli_scaffold import NEW_HELP, init, new
from gkcat.cli_usage import GkcatCommand, GkcatGroup, choice, flatten
from gkcat.compile.targets import TARGET_NAMES
from gkcat.diagnostics import GkcatError
from gkcat.diff.compare import KINDS
from gkcat.i18n import say
from gkcat.load.project import SCHEMA_NAMES
from gkcat.report.console import emit, plain, terminal
from gkcat.report.diff import publish_diff
from gkcat.report.registry import REPORTERS
from gkcat.report.text import format_line, render_text

app = typer.Typer(
    name="gkcat",
    help="编制和校验政务公开标准目录 / compile and validate disclosure standard catalogs.",
    cls=GkcatGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
command = app.command
app.add_typer(plan_app, name="plan")
command(cls=GkcatCommand)(init)
command(cls=GkcatCommand, help=NEW_HELP)(new)
command("import", cls=GkcatCommand)(import_command)


app.callback()(top_level)


@command(cls=GkcatCommand)
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


@command(cls=GkcatCommand)
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


DIFF_FORMATS = ("text", "json", "md")


@command(cls=GkcatCommand)
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
    project: ProjectOpt = None,
) -> None:
    """比较两个版本，生成修订对照表 / show what changed between two catalog versions.

    \b
    Example: gkcat diff v2023 HEAD --xlsx 修订对照表.xlsx --fail-on removed,moved
    """
    from gkcat import api

    root = root_of(project)
    try:
        result = api.diff(old, new, root, fail_on=flatten(fail_on), options=options_for(lang))
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


@command(cls=GkcatCommand)
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


COVERAGE_FORMATS = ("text", "json")


@command(cls=GkcatCommand)
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


@command("fix", cls=GkcatCommand)
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
