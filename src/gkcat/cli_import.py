"""``gkcat import``: a workbook or a document → a source (power list, catalog, task plan)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gkcat.cli_options import (
    LangOpt,
    ProjectOpt,
    fail,
    file_option,
    one_of,
    options_for,
    root_of,
    tell,
    text_option,
)
from gkcat.diagnostics import GkcatError
from gkcat.importers.kinds import IMPORT_KINDS, ImportChoices, PlanMeta
from gkcat.report.console import emit, terminal
from gkcat.report.import_summary import import_summary
from gkcat.report.text import format_line


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
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有文件 / overwrite an existing --out file")
    ] = False,
    department: Annotated[
        str | None,
        text_option(
            "--department",
            help="实施主体 / the department, when the sheet lacks it",
            metavar="NAME",
        ),
    ] = None,
    domain: Annotated[
        str, text_option("--domain", help="领域 / the catalog's domain", metavar="DOMAIN")
    ] = "",
    level: Annotated[
        str, text_option("--level", help="层级 / the catalog's level (县级)", metavar="LEVEL")
    ] = "",
    region: Annotated[str, text_option("--region", help="地区 / the region", metavar="NAME")] = "",
    version: Annotated[
        str, text_option("--version", help="版本号 / the version", metavar="TEXT")
    ] = "",
    effective: Annotated[
        str,
        text_option("--effective", help="施行日期 / effective date", metavar="YYYY-MM-DD"),
    ] = "",
    code_prefix: Annotated[
        str,
        text_option(
            "--code-prefix", help="生成编码的前缀 / prefix of generated codes", metavar="TEXT"
        ),
    ] = "",
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
    Example: gkcat import 社会救助.xlsx --kind catalog --level 县级 -o catalogs/x/county.yaml

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
            force=force,
            choices=ImportChoices(domain, level, region, version, effective, code_prefix),
        )
    except GkcatError as exc:
        fail(exc, lang)
    chosen = result.settings.lang
    console = terminal()
    for d in result.diagnostics:
        console.print(format_line(d, chosen), markup=False, highlight=False, soft_wrap=True)
    if result.text is not None and out is None:
        emit(result.text.decode("utf-8"), None)
    for line in import_summary(result, IMPORT_KINDS[kind].summary):
        tell(line)
    raise typer.Exit(result.exit_code)
