"""``gkcat init`` and ``gkcat new``: a new project, and one more domain's starter catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from gkcat import vocab
from gkcat.cli_options import (
    LangOpt,
    ProjectOpt,
    fail,
    lang_of,
    options_for,
    root_of,
    tell,
    text_option,
)
from gkcat.cli_usage import comma_list, flatten
from gkcat.diagnostics import GkcatError
from gkcat.i18n import say
from gkcat.scaffold.project import DEFAULT_REGION, PROJECT_LEVELS


def init(
    dest: Annotated[
        Path, typer.Argument(help="新项目目录 / directory of the new project", metavar="DIR")
    ],
    region: Annotated[
        str | None, text_option("--region", help="地区名称 / region name", metavar="NAME")
    ] = None,
    level: Annotated[
        str,
        text_option(
            "--level", help="本级层级 / the region's level", metavar="|".join(PROJECT_LEVELS)
        ),
    ] = "县级",
    domains: Annotated[
        list[Any] | None,
        typer.Option(
            "--domains",
            help="领域名称或目录名，可用逗号分隔 / domains (names, slugs)",
            parser=comma_list(),
            metavar="DOMAIN,…",
            autocompletion=lambda: list(vocab.DOMAINS),
        ),
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="复制虚构的示例区域 / copy the fictional sample")
    ] = False,
    year: Annotated[
        int | None, text_option("--year", help="目录年度 / edition year", metavar="YEAR")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有项目的文件 / overwrite an existing project")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """新建项目：26个领域的起步目录 / start a new project from the starter catalogs.

    \b
    Example: gkcat init jiangshan --region 江山市 --domains 社会救助,城乡规划
    """
    from gkcat import api

    chosen = lang_of(lang)
    try:
        written = api.init(
            dest,
            region=region,
            level=level,
            domains=flatten(domains),
            sample=sample,
            year=year,
            force=force,
            lang=chosen,
        )
    except GkcatError as exc:
        fail(exc, lang)
    catalogs = sum(1 for p in written if p.suffix == ".yaml" and "catalogs" in p.parts)
    if region is None and not sample:
        tell(say("cli.default-region", chosen, region=DEFAULT_REGION.get(level, "示例县")))
    tell(say("cli.created", chosen, dest=dest, count=len(written), catalogs=catalogs))


NEW_HELP = (
    "添加一个领域的起步目录 / add one domain's starter catalog.\n\n"
    "路径 / path: catalogs/<领域目录名>/<county|city|township>.yaml\n\n"
    "领域 / domains: "
    + "、".join(f"{name}（{slug}）" for name, slug in vocab.DOMAINS.items())
    + "\n\n\b\nExample: gkcat new 城乡规划 --level 乡级"
)


def new(
    domain: Annotated[
        str, typer.Argument(help="领域名称或目录名 / domain name or slug", metavar="DOMAIN")
    ],
    level: Annotated[
        str | None,
        text_option(
            "--level", help="县级、市级 或 乡级（默认本级）/ level (default: own)", metavar="LEVEL"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有目录 / overwrite an existing catalog")
    ] = False,
    lang: LangOpt = None,
    project: ProjectOpt = None,
) -> None:
    from gkcat import api

    chosen = lang_of(lang)
    root = root_of(project)
    try:
        added = api.new(root, domain, level=level, force=force, options=options_for(lang))
    except GkcatError as exc:
        fail(exc, lang)
    rel = added.path.relative_to(root.resolve()).as_posix()
    tell(say("cli.added", chosen, path=rel, count=added.items))
    for name in added.registered:
        tell(say("cli.registered", chosen, name=name))
    if added.schemas:
        tell(say("cli.schemas-refreshed", chosen, count=len(added.schemas)))
