"""typer app: flags → api call → rendered output and exit code; no logic of its own."""

from __future__ import annotations

import enum
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from gkcat import api
from gkcat.api import dumps
from gkcat.diagnostics import GkcatError, Lang
from gkcat.guard import GuardedGroup
from gkcat.report.coverage import render_coverage
from gkcat.report.diff_text import render_diff_text
from gkcat.report.github import render_github, render_step_summary
from gkcat.report.junit import render_junit
from gkcat.report.sarif import render_sarif
from gkcat.report.text import format_line, render_text
from gkcat.write import write_file

app = typer.Typer(
    name="gkcat",
    help="编制和校验政务公开标准目录 / compile and validate disclosure standard catalogs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=GuardedGroup,
)


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    junit = "junit"
    sarif = "sarif"
    github = "github"


class LangOption(enum.StrEnum):
    zh = "zh"
    en = "en"


class Only(enum.StrEnum):
    xlsx = "xlsx"
    html = "html"
    tasks = "tasks"


class SplitBy(enum.StrEnum):
    department = "department"


ProjectOpt = Annotated[
    Path, typer.Option("--project", "-C", help="项目目录 / project directory", file_okay=False)
]
LangOpt = Annotated[LangOption | None, typer.Option("--lang", help="消息语言 / message language")]


def _console() -> Console:
    plain = os.environ.get("CI", "").lower() in ("1", "true") or not sys.stderr.isatty()
    return Console(stderr=True, no_color=plain, highlight=False)


def _fail(exc: GkcatError) -> NoReturn:
    _console().print(f"gkcat: {exc}", markup=False, soft_wrap=True)
    raise typer.Exit(2)


def _lang(value: LangOption | None) -> Lang | None:
    return None if value is None else value.value


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="只报告这些文件或目录 / report on these only")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="输出格式 / report format")
    ] = Format.text,
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
    project: ProjectOpt = Path("."),
) -> None:
    """校验目录、权责清单和任务分解 / check every source of the project.

    Example: gkcat validate --format github --strict
    """
    try:
        result = api.validate(project, paths or [], lang=_lang(lang), strict=strict, jobs=jobs)
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    if format is Format.text:
        if output:
            buffer = Console(file=io.StringIO(), no_color=True, width=200)
            render_text(
                buffer, result.diagnostics, files=len(result.files), items=result.items, lang=chosen
            )
            _emit(buffer.file.getvalue(), output)  # type: ignore[attr-defined]
        else:
            render_text(
                _console(),
                result.diagnostics,
                files=len(result.files),
                items=result.items,
                lang=chosen,
            )
        raise typer.Exit(result.exit_code)
    if format is Format.json:
        text = dumps(result.to_json()) + "\n"
    elif format is Format.sarif:
        text = dumps(render_sarif(result.diagnostics, chosen)) + "\n"
    elif format is Format.junit:
        text = render_junit(result.diagnostics, result.files, chosen)
    else:
        text = render_github(result.diagnostics, chosen)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(
                    render_step_summary(
                        result.diagnostics, files=len(result.files), items=result.items, lang=chosen
                    )
                )
    _emit(text, output)
    raise typer.Exit(result.exit_code)


def _emit(text: str, output: Path | None) -> None:
    if output:
        write_file(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


@app.command()
def build(
    out: Annotated[
        Path | None, typer.Option("--out", help="输出目录，默认 dist/ / output directory")
    ] = None,
    only: Annotated[
        list[Only] | None, typer.Option("--only", help="只构建 / build only this target")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="有错误也构建 / build despite errors")
    ] = False,
    split_by: Annotated[
        SplitBy | None,
        typer.Option("--split-by", help="另按部门生成工作簿 / also one workbook per department"),
    ] = None,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """校验后生成工作簿、任务分解表和网站 / validate, then build the outputs into dist/.

    Example: gkcat build --only xlsx --out publish/
    """
    try:
        result = api.build(
            project,
            out=out,
            only=[o.value for o in only or []],
            force=force,
            split_by=split_by.value if split_by else None,
            lang=_lang(lang),
        )
    except GkcatError as exc:
        _fail(exc)
    validation = result.validation
    chosen = validation.settings.lang
    console = _console()
    if validation.diagnostics:
        render_text(
            console,
            validation.diagnostics,
            files=len(validation.files),
            items=validation.items,
            lang=chosen,
        )
    if result.refused:
        console.print(
            "存在错误，未构建；可用 --force 强制构建"
            if chosen == "zh"
            else "not built: fix the errors above, or pass --force",
            markup=False,
        )
    else:
        for line in _written_summary(result.written, validation.settings.root, chosen):
            console.print(line, markup=False)
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
    verb = "已写入" if lang == "zh" else "wrote"
    lines: list[str] = []
    for directory, paths in groups.items():
        if directory not in sites and len(paths) <= 3:
            lines.extend(f"{verb} {p}" for p in paths)
        else:
            entry = directory / "index.html" if directory in sites else directory
            count = f"（共 {len(paths)} 个文件）" if lang == "zh" else f" ({len(paths)} files)"
            lines.append(f"{verb} {entry}{count}")
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
    try:
        result = api.diff(old, new, project, fail_on=fail_on or [], lang=_lang(lang))
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    if result.unreadable:
        console = _console()
        for d in result.unreadable:
            console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
        where = "、".join(result.unreadable_in)
        console.print(
            f"「{where}」中有文件无法读取，比较结果会不完整，未比较"
            if chosen == "zh"
            else f"files in {where} cannot be read, so the comparison would be incomplete",
            markup=False,
        )
        raise typer.Exit(2)
    if format is DiffFormat.text:
        plain = os.environ.get("CI", "").lower() in ("1", "true") or not sys.stdout.isatty()
        render_diff_text(Console(no_color=plain, highlight=False), result.diff, chosen)
    elif format is DiffFormat.json:
        _emit(dumps(result.to_json()) + "\n", None)
    else:
        _emit(result.to_markdown(), None)
    if html:
        write_file(html, result.to_html())
    if xlsx:
        write_file(xlsx, result.to_xlsx())
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
    _emit(api.schema_text(name.value), None)


@app.command()
def init(
    dest: Annotated[Path, typer.Argument(help="新项目目录 / directory of the new project")],
    region: Annotated[str | None, typer.Option("--region", help="地区名称 / region name")] = None,
    domains: Annotated[
        list[str] | None, typer.Option("--domains", help="只复制这些领域 / domains to copy")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有文件 / overwrite existing files")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """用示例区域新建项目 / start a new project from the embedded sample region.

    Example: gkcat init my-county --region 江山市
    """
    try:
        written = api.init(
            dest, region=region, domains=domains or [], force=force, lang=_lang(lang) or "zh"
        )
    except GkcatError as exc:
        _fail(exc)
    if _lang(lang) == "en":
        _console().print(f"created {dest} ({len(written)} files)", markup=False)
    else:
        _console().print(f"已创建项目 {dest}（{len(written)} 个文件）", markup=False)


class CoverageFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
def coverage(
    format: Annotated[
        CoverageFormat, typer.Option("--format", "-f", help="输出格式 / report format")
    ] = CoverageFormat.text,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """统计权责清单被公开事项覆盖的情况 / how many must-cover powers the catalog items cite.

    Example: gkcat coverage --format json > coverage.json
    """
    try:
        result = api.coverage(project, lang=_lang(lang))
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    if result.config_failed:
        render_text(_console(), result.diagnostics, files=0, items=0, lang=chosen)
        raise typer.Exit(result.exit_code)
    if format is CoverageFormat.json:
        _emit(dumps(result.to_json()) + "\n", None)
    else:
        plain = os.environ.get("CI", "").lower() in ("1", "true") or not sys.stdout.isatty()
        out = Console(no_color=plain, highlight=False, width=100 if plain else None)
        render_coverage(out, result.coverage, lang=chosen)
    if result.errors:
        _console().print(
            f"注意：项目有 {result.errors} 个错误，统计可能不完整；请运行 gkcat validate"
            if chosen == "zh"
            else f"note: the project has {result.errors} error(s); the numbers may be "
            "incomplete; run gkcat validate",
            markup=False,
        )
    raise typer.Exit(result.exit_code)


class ImportKind(enum.StrEnum):
    catalog = "catalog"
    power_list = "power-list"


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="Excel 工作簿 (.xlsx) / the workbook to read")],
    kind: Annotated[
        ImportKind, typer.Option("--kind", help="导入为 / the kind of source to produce")
    ] = ImportKind.power_list,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help="工作表名称 / sheet to read (default: first)")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="写入文件 / write the YAML to FILE")
    ] = None,
    department: Annotated[
        str | None,
        typer.Option("--department", help="实施主体 / the department, when the sheet lacks it"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有的 --out 文件 / overwrite an existing --out")
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = Path("."),
) -> None:
    """从 Excel 导入权责清单或标准目录 / import a 权责清单 export or a catalog table.

    Example: gkcat import 民政局权责清单.xlsx --kind power-list --out powers/civil-affairs.yaml
    """
    try:
        result = api.import_(
            file,
            kind=kind.value,
            sheet=sheet,
            out=out,
            root=project,
            department=department,
            force=force,
            lang=_lang(lang),
        )
    except GkcatError as exc:
        _fail(exc)
    chosen = result.settings.lang
    console = _console()
    for d in result.diagnostics:
        console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
    if result.text is not None and out is None:
        _emit(result.text.decode("utf-8"), None)
    s = result.stats
    if kind is ImportKind.catalog:
        summary = (
            f"{s.rows} 行数据：导入 {s.powers} 个公开事项，{s.rejected} 行未导入"
            if chosen == "zh"
            else f"{s.rows} data rows: {s.powers} items imported, {s.rejected} rows not imported"
        )
    else:
        summary = (
            f"{s.rows} 行数据：导入 {s.powers} 个权责事项（含 {s.subitems} 个子项），"
            f"{s.headings} 个分类行，{s.rejected} 行未导入"
            if chosen == "zh"
            else f"{s.rows} data rows: {s.powers} powers imported ({s.subitems} sub-items), "
            f"{s.headings} type headings, {s.rejected} rows not imported"
        )
    console.print(summary, markup=False)
    if result.out is not None:
        console.print(f"{'已写入' if chosen == 'zh' else 'wrote'} {result.out}", markup=False)
    raise typer.Exit(result.exit_code)
