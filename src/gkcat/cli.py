"""typer app: flags → api call → rendered output and exit code; no logic of its own."""

from __future__ import annotations

import enum
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeAlias

import typer
from rich.console import Console

from gkcat import api, vocab
from gkcat.compile.plan_next import make_next_plan
from gkcat.compile.targets import TARGET_NAMES
from gkcat.diagnostics import GkcatError
from gkcat.diff.html import render_html
from gkcat.diff.json import to_json as diff_json
from gkcat.diff.markdown import to_markdown
from gkcat.diff.text import render_diff_text
from gkcat.diff.xlsx import render_xlsx
from gkcat.guard import GuardedGroup
from gkcat.i18n import Lang, say
from gkcat.importers.kinds import IMPORT_KINDS, ImportChoices, PlanMeta
from gkcat.report.console import emit, plain, terminal
from gkcat.report.coverage import coverage_json, render_coverage
from gkcat.report.fix_text import render_fix_lines
from gkcat.report.import_summary import import_summary
from gkcat.report.json import dumps
from gkcat.report.registry import REPORTERS
from gkcat.report.text import format_line, render_text
from gkcat.scaffold.project import DEFAULT_REGION
from gkcat.settings import Options
from gkcat.write import write_file

app = typer.Typer(
    name="gkcat",
    help="编制和校验政务公开标准目录 / compile and validate disclosure standard catalogs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=GuardedGroup,
)


def _choices(name: str, values: Sequence[str]) -> type[enum.StrEnum]:
    """A typer choice type whose values come from a registry."""
    return enum.StrEnum(name, {v.replace("-", "_"): v for v in values})  # type: ignore[return-value]


if TYPE_CHECKING:  # the members come from the registries at run time
    Format: TypeAlias = enum.StrEnum
    Only: TypeAlias = enum.StrEnum
    ImportKind: TypeAlias = enum.StrEnum
else:
    Format = _choices("Format", list(REPORTERS))
    Only = _choices("Only", TARGET_NAMES)
    ImportKind = _choices("ImportKind", list(IMPORT_KINDS))
TEXT_FORMAT = Format("text")
POWER_LIST = ImportKind("power-list")


class LangOption(enum.StrEnum):
    zh = "zh"
    en = "en"


class SplitBy(enum.StrEnum):
    department = "department"


NoCacheOpt = Annotated[
    bool,
    typer.Option("--no-cache", help="不使用 .gkcat-cache 读取缓存 / do not use the read cache"),
]
ProjectOpt = Annotated[
    Path, typer.Option("--project", "-C", help="项目目录 / project directory", file_okay=False)
]
LangOpt = Annotated[LangOption | None, typer.Option("--lang", help="消息语言 / message language")]


def _fail(exc: GkcatError) -> NoReturn:
    terminal().print(f"gkcat: {exc}", markup=False, soft_wrap=True)
    raise typer.Exit(2)


def _lang(value: LangOption | None) -> Lang | None:
    return None if value is None else value.value


def _say(text: str) -> None:
    terminal().print(text, markup=False)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="只报告这些文件或目录 / report on these only")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="输出格式 / report format")
    ] = TEXT_FORMAT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="写入文件 / write the report to FILE")
    ] = None,
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help="警告也算失败 / warnings fail too")
    ] = None,
    lang: LangOpt = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="并行进程数 / parallel processes")
    ] = None,
    no_cache: NoCacheOpt = False,
    base: Annotated[
        str | None,
        typer.Option(
            "--base", help="与此版本比较 version（目录、git 版本或 last-tag）/ compare versions"
        ),
    ] = None,
    project: ProjectOpt = Path("."),
) -> None:
    """校验目录、权责清单和任务分解 / check every source of the project.

    Example: gkcat validate --format github --strict
    """
    options = Options(lang=_lang(lang), strict=strict, jobs=jobs, cache=False if no_cache else None)
    try:
        result = api.validate(project, paths or [], options, base=base)
    except GkcatError as exc:
        _fail(exc)
    REPORTERS[format.value].report(result, result.settings.lang, output)
    raise typer.Exit(result.exit_code)


@app.command()
def build(
    out: Annotated[
        Path | None, typer.Option("--out", help="输出目录，默认 dist/ / output directory")
    ] = None,
    only: Annotated[
        list[Only] | None,
        typer.Option("--only", help="只构建 / build only this target"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="有错误也构建 / build despite errors")
    ] = False,
    split_by: Annotated[
        SplitBy | None,
        typer.Option("--split-by", help="另按部门生成工作簿 / also one workbook per department"),
    ] = None,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    project: ProjectOpt = Path("."),
) -> None:
    """校验后生成工作簿、任务分解表和网站 / validate, then build the outputs into dist/.

    Example: gkcat build --only xlsx --out publish/
    """
    options = Options(
        lang=_lang(lang),
        split_by="department" if split_by else None,
        cache=False if no_cache else None,
    )
    targets = [o.value for o in only or []]
    try:
        result = api.build(project, out=out, only=targets, force=force, options=options)
    except GkcatError as exc:
        _fail(exc)
    validation = result.validation
    chosen = validation.settings.lang
    if validation.diagnostics:
        files, items = len(validation.files), validation.items
        render_text(terminal(), validation.diagnostics, files=files, items=items, lang=chosen)
    if result.refused:
        _say(say("cli.not-built", chosen))
    else:
        for line in _written_summary(result.written, validation.settings.root, chosen):
            _say(line)
    raise typer.Exit(result.exit_code)


def _written_summary(written: Sequence[Path], root: Path, lang: Lang) -> list[str]:
    """A site is one line (its index page and a count); other files are listed, or counted
    per directory when there are more than three."""
    shown = []
    for path in written:
        try:
            shown.append(path.relative_to(root))
        except ValueError:
            shown.append(path)
    sites = {p.parent for p in shown if p.name == "index.html" and len(p.parts) >= 2}
    groups: dict[Path, list[Path]] = {}
    for path in shown:
        site = next((s for s in sites if s in path.parents or s == path.parent), None)
        groups.setdefault(site or path.parent, []).append(path)
    lines: list[str] = []
    for directory, paths in groups.items():
        if directory not in sites and len(paths) <= 3:
            lines.extend(say("cli.wrote", lang, path=p) for p in paths)
        else:
            entry = directory / "index.html" if directory in sites else directory
            lines.append(say("cli.wrote-many", lang, path=entry, count=len(paths)))
    return lines


class DiffFormat(enum.StrEnum):
    text = "text"
    json = "json"
    md = "md"


@app.command()
def diff(
    old: Annotated[
        str, typer.Argument(help="原版本：目录或 git 版本 / old: directory or revision")
    ],
    new: Annotated[
        str, typer.Argument(help="新版本：目录或 git 版本 / new: directory or revision")
    ],
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="输出格式 / report format")
    ] = DiffFormat.text,
    html: Annotated[
        Path | None, typer.Option("--html", help="另存网页修订对照 / also write an HTML page")
    ] = None,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="另存修订对照表 / also write an Excel workbook")
    ] = None,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="有这些变化时退出码为 1 / exit 1 on changes of these kinds: "
            "added,removed,modified,renamed,moved,recoded",
        ),
    ] = None,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """比较两个版本，生成修订对照表 / show what changed between two catalog versions.

    Example: gkcat diff v2023 HEAD --xlsx 修订对照表.xlsx --fail-on removed
    """
    options = Options(lang=_lang(lang))
    try:
        result = api.diff(old, new, project, fail_on=fail_on or [], options=options)
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    if result.unreadable:
        console = terminal()
        for d in result.unreadable:
            console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
        where = say("cli.list-separator", chosen).join(result.unreadable_in)
        _say(say("cli.unreadable-side", chosen, where=where))
        raise typer.Exit(2)
    if format is DiffFormat.text:
        render_diff_text(Console(no_color=plain(sys.stdout), highlight=False), result.diff, chosen)
    elif format is DiffFormat.json:
        emit(dumps(diff_json(result.diff)) + "\n", None)
    else:
        emit(to_markdown(result.diff, chosen), None)
    if html:
        write_file(html, render_html(result.diff, chosen))
    if xlsx:
        write_file(xlsx, render_xlsx(result.diff, result.settings))
    raise typer.Exit(result.exit_code)


class SchemaName(enum.StrEnum):
    catalog = "catalog"
    power_list = "power-list"
    task_plan = "task-plan"
    config = "config"


@app.command()
def schema(
    name: Annotated[
        SchemaName, typer.Argument(help="catalog | power-list | task-plan | config")
    ] = SchemaName.catalog,
) -> None:
    """打印 JSON Schema / print one of the shipped JSON Schemas.

    Example: gkcat schema catalog > catalog.schema.json
    """
    emit(api.schema_text(name.value), None)


@app.command()
def init(
    dest: Annotated[Path, typer.Argument(help="新项目目录 / directory of the new project")],
    region: Annotated[str | None, typer.Option("--region", help="地区名称 / region name")] = None,
    level: Annotated[
        str, typer.Option("--level", help="本级层级：县级 或 市级 / the region's level")
    ] = "县级",
    domains: Annotated[
        list[str] | None,
        typer.Option("--domains", help="领域名称或目录名，可用逗号分隔 / domains (names, slugs)"),
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="复制虚构的示例区域 / copy the fictional sample")
    ] = False,
    year: Annotated[int | None, typer.Option("--year", help="目录年度 / edition year")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有项目的文件 / overwrite an existing project")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """新建项目：26个领域的起步目录 / start a new project from the starter catalogs.

    Example: gkcat init jiangshan --region 江山市 --domains 社会救助,城乡规划
    """
    chosen = _lang(lang) or "zh"
    try:
        written = api.init(
            dest,
            region=region,
            level=level,
            domains=domains or [],
            sample=sample,
            year=year,
            force=force,
            lang=chosen,
        )
    except GkcatError as exc:
        _fail(exc)
    catalogs = sum(1 for p in written if p.suffix == ".yaml" and "catalogs" in p.parts)
    if region is None and not sample:
        _say(say("cli.default-region", chosen, region=DEFAULT_REGION.get(level, "示例县")))
    _say(say("cli.created", chosen, dest=dest, count=len(written), catalogs=catalogs))


@app.command(
    help="添加一个领域的起步目录 / add one domain's starter catalog.\n\n"
    "路径 / path: catalogs/<领域目录名>/<county|city|township>.yaml\n\n"
    "领域 / domains: "
    + "、".join(f"{name}（{slug}）" for name, slug in vocab.DOMAINS.items())
    + "\n\nExample: gkcat new 城乡规划 --level 乡级"
)
def new(
    domain: Annotated[str, typer.Argument(help="领域名称或目录名 / domain name or slug")],
    level: Annotated[
        str | None,
        typer.Option("--level", help="县级、市级 或 乡级（默认本级）/ level (default: own)"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有目录 / overwrite an existing catalog")
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    chosen = _lang(lang) or "zh"
    try:
        options = Options(lang=_lang(lang))
        added = api.new(project, domain, level=level, force=force, options=options)
    except GkcatError as exc:
        _fail(exc)
    rel = added.path.relative_to(project.resolve()).as_posix()
    _say(say("cli.added", chosen, path=rel, count=added.items))
    for name in added.registered:
        _say(say("cli.registered", chosen, name=name))


class CoverageFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
def coverage(
    format: Annotated[
        CoverageFormat, typer.Option("--format", "-f", help="输出格式 / report format")
    ] = CoverageFormat.text,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
    project: ProjectOpt = Path("."),
) -> None:
    """统计权责清单被公开事项覆盖的情况 / how many must-cover powers the catalog items cite.

    Example: gkcat coverage --format json > coverage.json
    """
    try:
        result = api.coverage(project, Options(lang=_lang(lang), cache=False if no_cache else None))
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    if result.config_failed:
        render_text(terminal(), result.diagnostics, files=0, items=0, lang=chosen)
        raise typer.Exit(result.exit_code)
    if format is CoverageFormat.json:
        emit(dumps(coverage_json(result.coverage)) + "\n", None)
    else:
        no_color = plain(sys.stdout)
        out = Console(no_color=no_color, highlight=False, width=100 if no_color else None)
        render_coverage(out, result.coverage, lang=chosen)
    if result.errors:
        _say(say("cli.coverage-errors", chosen, errors=result.errors))
    raise typer.Exit(result.exit_code)


@app.command("fix")
def fix_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="只修正这些文件或目录 / fix these only")
    ] = None,
    diff: Annotated[
        bool, typer.Option("--diff", help="只显示差异，不写入 / show the changes, write nothing")
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """修正不改变含义的问题 / apply the fixes that cannot change meaning.

    Example: gkcat fix catalogs/social-assistance --diff
    """
    try:
        result = api.fix(project, paths or [], Options(lang=_lang(lang)), write=not diff)
    except GkcatError as exc:
        _fail(exc)
    if diff:
        emit(result.diff(), None)
    for line in render_fix_lines(result, result.lang):
        _say(line)
    raise typer.Exit(result.exit_code)


plan_app = typer.Typer(help="任务分解 / task plans", no_args_is_help=True)
app.add_typer(plan_app, name="plan")


@plan_app.command("next")
def plan_next_command(
    file: Annotated[
        Path, typer.Argument(help="今年的任务分解 / this year's plan, tasks/2024.yaml")
    ],
    year: Annotated[
        int | None, typer.Option("--year", help="新的年度（默认下一年）/ the new year")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="写入文件 / where to write (tasks/2025.yaml)")
    ] = None,
    lang: LangOpt = None,
) -> None:
    """由今年的任务分解生成下一年度的，任务重新编号 / next year's plan, ids renumbered.

    Example: gkcat plan next tasks/2024.yaml --out tasks/2025.yaml
    """
    chosen = _lang(lang) or "zh"
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


@app.command("import")
def import_command(
    file: Annotated[
        Path,
        typer.Argument(help="Excel 工作簿，或工作要点 .docx/.txt/.md / the workbook or document"),
    ],
    kind: Annotated[
        ImportKind,
        typer.Option("--kind", help="导入为 / the kind of source to produce"),
    ] = POWER_LIST,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help="工作表名称 / sheet to read (default: first)")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="写入文件 / write the YAML to FILE")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有文件 / overwrite an existing --out file")
    ] = False,
    department: Annotated[
        str | None,
        typer.Option("--department", help="实施主体 / the department, when the sheet lacks it"),
    ] = None,
    domain: Annotated[str, typer.Option("--domain", help="领域 / the catalog's domain")] = "",
    level: Annotated[str, typer.Option("--level", help="层级 / the catalog's level (县级)")] = "",
    region: Annotated[str, typer.Option("--region", help="地区 / the region")] = "",
    version: Annotated[str, typer.Option("--version", help="版本号 / the version")] = "",
    effective: Annotated[
        str, typer.Option("--effective", help="施行日期 / effective date (YYYY-MM-DD)")
    ] = "",
    code_prefix: Annotated[
        str, typer.Option("--code-prefix", help="生成编码的前缀 / prefix of generated codes")
    ] = "",
    title: Annotated[
        str | None, typer.Option("--title", help="任务分解标题 / the task plan's title")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="任务分解年度 / the task plan's year")
    ] = None,
    issuer: Annotated[
        str | None, typer.Option("--issuer", help="印发单位 / the task plan's issuer")
    ] = None,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """导入权责清单、标准目录或工作要点 / import a 权责清单, a catalog table or a 工作要点.

    Example: gkcat import 民政局权责清单.xlsx --kind power-list --out powers/civil-affairs.yaml

    Example: gkcat import 社会救助.xlsx --kind catalog --level 县级 -o catalogs/x/county.yaml

    Example: gkcat import 2024年政务公开工作要点.docx --kind task-plan --out tasks/2024.yaml
    """
    options = Options(lang=_lang(lang))
    choices = ImportChoices(domain, level, region, version, effective, code_prefix)
    try:
        result = api.import_(
            file,
            kind=kind.value,
            sheet=sheet,
            out=out,
            root=project,
            department=department,
            plan=PlanMeta(title, year, issuer),
            options=options,
            force=force,
            choices=choices,
        )
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    console = terminal()
    for d in result.diagnostics:
        console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
    if result.text is not None and out is None:
        emit(result.text.decode("utf-8"), None)
    for line in import_summary(result, IMPORT_KINDS[kind.value].summary):
        _say(line)
    raise typer.Exit(result.exit_code)
