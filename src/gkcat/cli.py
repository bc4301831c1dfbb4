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

from gkcat.cli_options import (
    LangOpt,
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
from gkcat.cli_usage import GkcatCommand, GkcatGroup, choice, comma_list, flatten
from gkcat.compile.targets import TARGET_NAMES
from gkcat.diagnostics import GkcatError
from gkcat.diff.compare import KINDS
from gkcat.i18n import say
from gkcat.importers.kinds import IMPORT_KINDS, PlanMeta
from gkcat.load.project import SCHEMA_NAMES
from gkcat.report.console import emit, plain, terminal
from gkcat.report.diff import publish_diff
from gkcat.report.registry import REPORTERS
from gkcat.report.text import format_line, render_text
from gkcat.vocab import DOMAINS

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
    project: ProjectOpt = None,
) -> None:
    """校验目录、权责清单和任务分解 / check every source of the project.

    \b
    Example: gkcat validate --format github --strict
    """
    from gkcat import api

    options = options_for(lang, strict=strict, jobs=jobs)
    try:
        result = api.validate(root_of(project), paths or [], options)
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
    project: ProjectOpt = None,
) -> None:
    """校验后生成工作簿、任务分解表和网站 / validate, then build the outputs into dist/.

    \b
    Example: gkcat build --only xlsx,html --out publish/
    """
    from gkcat import api

    options = options_for(lang, split_by="department" if split_by else None)
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


@command(cls=GkcatCommand)
def init(
    dest: Annotated[
        Path, typer.Argument(help="新项目目录 / directory of the new project", metavar="DIR")
    ],
    region: Annotated[
        str | None, text_option("--region", help="地区名称 / region name", metavar="NAME")
    ] = None,
    domains: Annotated[
        list[Any] | None,
        typer.Option(
            "--domains",
            help="只复制这些领域 / domains to copy",
            parser=comma_list(),
            metavar="DOMAIN,…",
            autocompletion=lambda: list(DOMAINS),
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """用示例区域新建项目 / start a new project from the embedded sample region.

    \b
    Example: gkcat init my-county --region 江山市 --domains 社会救助,义务教育
    """
    from gkcat import api

    try:
        written = api.init(dest, region=region, domains=flatten(domains))
    except GkcatError as exc:
        fail(exc, lang)
    tell(say("cli.created", lang_of(lang), dest=dest, count=len(written)))


COVERAGE_FORMATS = ("text", "json")


@command(cls=GkcatCommand)
def coverage(
    format: Annotated[str, format_option(COVERAGE_FORMATS)] = "text",
    lang: LangOpt = None,
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
        result = api.coverage(root_of(project), options_for(lang))
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


@command("import", cls=GkcatCommand)
def import_command(
    file: Annotated[
        Path,
        typer.Argument(
            help="Excel 工作簿，或工作要点 .docx/.txt/.md / the workbook or document",
            metavar="FILE",
        ),
    ],
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="导入为 / the kind of source to produce",
            **one_of(list(IMPORT_KINDS)),
        ),
    ] = "power-list",
    sheet: Annotated[
        str | None,
        text_option("--sheet", help="工作表名称 / sheet to read (default: first)", metavar="NAME"),
    ] = None,
    out: Annotated[
        Path | None,
        file_option("--out", "-o", help="写入文件 / write the YAML to FILE"),
    ] = None,
    department: Annotated[
        str | None,
        text_option(
            "--department",
            help="实施主体 / the department, when the sheet lacks it",
            metavar="NAME",
        ),
    ] = None,
    title: Annotated[
        str | None,
        text_option("--title", help="任务分解标题 / the task plan's title", metavar="TEXT"),
    ] = None,
    year: Annotated[
        int | None,
        text_option("--year", help="任务分解年度 / the task plan's year", metavar="YEAR"),
    ] = None,
    issuer: Annotated[
        str | None,
        text_option("--issuer", help="印发单位 / the task plan's issuer", metavar="NAME"),
    ] = None,
    lang: LangOpt = None,
    project: ProjectOpt = None,
) -> None:
    """导入权责清单、标准目录或工作要点 / import a 权责清单, a catalog table or a 工作要点.

    \b
    Example: gkcat import 民政局权责清单.xlsx --kind power-list --out powers/civil-affairs.yaml

    \b
    Example: gkcat import 2024年政务公开工作要点.docx --kind task-plan --out tasks/2024.yaml
    """
    from gkcat import api

    try:
        result = api.import_(
            file,
            kind=kind,
            sheet=sheet,
            out=out,
            root=root_of(project),
            department=department,
            plan=PlanMeta(title, year, issuer),
            options=options_for(lang),
        )
    except GkcatError as exc:
        fail(exc, lang)
    chosen = result.settings.lang
    console = terminal()
    for d in result.diagnostics:
        console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
    if result.text is not None and out is None:
        emit(result.text.decode("utf-8"), None)
    s = result.stats
    summary = IMPORT_KINDS[kind].summary
    tell(say(summary, chosen, **{f: getattr(s, f) for f in s.__dataclass_fields__}))
    if result.out is not None:
        tell(say("cli.wrote", chosen, path=result.out))
    raise typer.Exit(result.exit_code)
