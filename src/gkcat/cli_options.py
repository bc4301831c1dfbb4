"""The CLI's shared pieces: option definitions, the project and language a command runs with,
and how it reports a failure or a line to the terminal.

Imported by the command group for ``gkcat --help`` too, so what only a running command needs
(the settings, the console, finding the project) is imported where it is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from gkcat.cli_usage import choice, comma_list
from gkcat.i18n import LANGS, Lang, say

if TYPE_CHECKING:
    from gkcat.diagnostics import GkcatError
    from gkcat.settings import Options


def one_of(names: Sequence[str]) -> dict[str, Any]:
    """Option settings for one value of ``names``: parsed, completed and shown as a|b|c."""
    return {"parser": choice(names), "metavar": "|".join(names), "autocompletion": lambda: names}


def list_of(names: Sequence[str]) -> dict[str, Any]:
    """Option settings for a comma-separated list of ``names`` (the option may repeat)."""
    return {
        "parser": comma_list(names),
        "metavar": "|".join(names) + "[,…]",
        "autocompletion": lambda: names,
    }


ProjectOpt = Annotated[
    Path | None,
    typer.Option(
        "--project",
        "-C",
        help="项目目录，默认从当前目录向上查找 / project directory (default: found from here up)",
        file_okay=False,
        metavar="DIR",
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option("--no-cache", help="不使用 .gkcat-cache 读取缓存 / do not use the read cache"),
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="消息语言 / message language", **one_of(LANGS))
]


def lang_of(lang: str | None) -> Lang:
    return "en" if lang == "en" else "zh"


def fail(exc: GkcatError, lang: str | None) -> NoReturn:
    from gkcat.report.console import terminal

    terminal().print(f"gkcat: {exc.text(lang_of(lang))}", markup=False, soft_wrap=True)
    raise typer.Exit(2)


def tell(text: str) -> None:
    from gkcat.report.console import terminal

    terminal().print(text, markup=False, soft_wrap=True)


def root_of(project: Path | None) -> Path:
    """``-C DIR`` as given; else the project holding the current directory (as git finds a
    repository); else the current directory, whose missing catalogs/ is then reported."""
    from gkcat.load.root import find_project

    if project is not None:
        return project
    return find_project(Path.cwd()) or Path.cwd()


def options_for(lang: str | None, **more: Any) -> Options:
    from gkcat.settings import Options

    return Options(lang=lang_of(lang) if lang else None, **more)


def written_summary(written: Sequence[Path], root: Path, lang: Lang) -> list[str]:
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


def format_option(names: Sequence[str]) -> Any:
    """``--format`` / ``-f`` with one of ``names``."""
    return typer.Option("--format", "-f", help="输出格式 / report format", **one_of(names))


def file_option(*names: str, help: str) -> Any:
    """An option naming a file to write."""
    return typer.Option(*names, help=help, metavar="FILE")


def text_option(*names: str, help: str, metavar: str) -> Any:
    """An option with a free value, shown as ``metavar`` (NAME, TEXT, YEAR …)."""
    return typer.Option(*names, help=help, metavar=metavar)


def _version(value: bool) -> None:
    if value:
        from gkcat import __version__

        typer.echo(say("cli.version", "zh", version=__version__))
        raise typer.Exit(0)


def top_level(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", is_eager=True, callback=_version, help="显示版本 / show the version"
        ),
    ] = False,
) -> None:
    """编制和校验政务公开标准目录 / compile and validate disclosure standard catalogs."""
