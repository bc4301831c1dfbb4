"""Command-line usage errors in the chosen language, and the option parsers that raise them.

typer (with the click it carries) words its usage errors in English and lets pydantic's
"Value error, …" through. gkcat's command group catches them and renders them here from their
structure (the option, the bad value, the choices), in Chinese unless ``--lang en`` is on the
command line. Messages typer builds without structure are matched against a small table of its
English wordings.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer._click import exceptions as click_errors
from typer.core import TyperCommand

from gkcat.cli_params import convert_params
from gkcat.guard import GuardedGroup
from gkcat.i18n import Lang, say

SEPARATORS = re.compile(r"[,，、]")


class ChoiceError(typer.BadParameter):
    """A value outside a fixed set of choices (the option is filled in by typer)."""

    def __init__(self, value: str, choices: Sequence[str]) -> None:
        super().__init__(f"{value!r} is not one of {', '.join(choices)}")
        self.value = value
        self.choices = tuple(choices)


def choice(choices: Sequence[str]) -> Callable[[str], str]:
    """A typer ``parser`` accepting one of ``choices``."""

    def parse(value: str) -> str:
        if value not in choices:
            raise ChoiceError(value, choices)
        return value

    return parse


def comma_list(choices: Sequence[str] | None = None) -> Callable[[str], list[str]]:
    """A typer ``parser`` for ``a,b`` (also ``a，b`` and ``a、b``); with ``choices``, each part
    must be one of them. Repeating the option adds to the list."""

    def parse(value: str) -> list[str]:
        parts = [p.strip() for p in SEPARATORS.split(value) if p.strip()]
        for part in parts:
            if choices is not None and part not in choices:
                raise ChoiceError(part, choices)
        return parts

    return parse


def flatten(values: Sequence[Sequence[str]] | None) -> list[str]:
    """The values of a repeatable comma-list option, in order, without repeats."""
    return list(dict.fromkeys(v for group in values or () for v in group))


def lang_from_args(args: Sequence[str]) -> Lang:
    """``--lang en`` / ``--lang=en`` anywhere on the command line; Chinese otherwise."""
    for i, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        if value == "en":
            return "en"
    return "zh"


# typer's own English wordings, for errors that carry no structure: pattern → words key
_WORDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"No such command '(?P<name>.*)'\."), "usage.no-such-command"),
    (re.compile(r"Option '(?P<name>[^']*)' requires an argument\."), "usage.needs-value"),
    (re.compile(r"Option '(?P<name>[^']*)' does not take a value\."), "usage.takes-no-value"),
    (re.compile(r"Got unexpected extra arguments? \((?P<name>.*)\)"), "usage.extra-arguments"),
    (re.compile(r"Input should be greater than or equal to (?P<name>\S+)"), "usage.at-least"),
    (re.compile(r"Input should be a valid integer"), "usage.integer"),
    (
        re.compile(r"(?i)(?:path|file|dir|directory) '(?P<name>.*)' does not exist\."),
        "usage.no-path",
    ),
    (re.compile(r"(?i)(?:path|file) '(?P<name>.*)' is a directory\."), "usage.is-directory"),
    (re.compile(r"(?i)(?:dir|directory) '(?P<name>.*)' is a file\."), "usage.is-file"),
)


def _hint(exc: Any) -> str:
    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if hint is None and param is not None:
        if getattr(param, "param_type_name", "") == "argument":
            return str(getattr(param, "display_name_raw", param.name))
        hint = [*getattr(param, "opts", ())] or [param.name or ""]
    if isinstance(hint, str):
        return hint
    return " / ".join(str(h) for h in hint or ())


def _wording(text: str, lang: Lang) -> str:
    text = text.removeprefix("Value error, ")
    for pattern, key in _WORDINGS:
        match = pattern.search(text)
        if match:
            return say(key, lang, name=match.groupdict().get("name", ""))
    return text


def usage_message(exc: click_errors.UsageError, lang: Lang) -> str:
    """The one-line message for a usage error, in ``lang``."""
    sep = say("usage.or", lang)
    if isinstance(exc, click_errors.NoSuchOption):
        options = sorted(exc.possibilities or ())
        suggestion = say("usage.did-you-mean", lang, options=sep.join(options)) if options else ""
        return say("usage.no-such-option", lang, name=exc.option_name, suggestion=suggestion)
    if isinstance(exc, click_errors.MissingParameter):
        return say("usage.missing", lang, name=_hint(exc))
    if isinstance(exc, ChoiceError):
        choices = sep.join(exc.choices)
        return say("usage.not-a-choice", lang, name=_hint(exc), value=exc.value, choices=choices)
    if isinstance(exc, click_errors.BadParameter):
        return say("usage.bad-value", lang, name=_hint(exc), problem=_wording(exc.message, lang))
    return _wording(exc.format_message(), lang)


def usage_text(exc: click_errors.UsageError, lang: Lang) -> str:
    """The whole report: message, the command's usage line, where to find help."""
    ctx = exc.ctx
    command = ctx.command_path if ctx is not None else "gkcat"
    lines = [say("usage.error", lang, command=command, message=usage_message(exc, lang))]
    if ctx is not None:
        usage = _TYPE_TAG.sub("", ctx.get_usage()).removeprefix("Usage: ")
        lines.append(say("usage.usage", lang, usage=usage))
        lines.append(say("usage.help", lang, command=command))
    return "\n".join(lines) + "\n"


_TYPE_TAG = re.compile(r" <[^<>]+>")
"""typer's programmer types in help (``<list[Path]>``, ``<int range>``): the metavars say it."""
_HELP_ZH = (
    ("Usage: ", "用法："),
    ("Arguments:", "参数："),
    ("Options:", "选项："),
    ("Commands:", "命令："),
    ("Show this message and exit.", "显示本帮助并退出"),
    ("Install completion for the current shell.", "为当前 shell 安装命令补全"),
    (
        "Show completion for the current shell, to copy it or\n                        "
        "customize the installation.",
        "显示当前 shell 的补全脚本，以便复制或自行安装",
    ),
    ("[default: ", "[默认："),
    ("; required]", "；必填]"),
    ("[required]", "[必填]"),
)


def localise_help(text: str, lang: Lang) -> str:
    """typer's help page without type tags, its headings in ``lang``."""
    text = _TYPE_TAG.sub("", text)
    if lang == "zh":
        for english, chinese in _HELP_ZH:
            text = text.replace(english, chinese)
    return text


class GkcatCommand(TyperCommand):
    """A command whose help page reads as :func:`localise_help` makes it, its values converted
    by :mod:`gkcat.cli_params` (without pydantic where typer's result is the same)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        convert_params(params)
        return params

    def get_help(self, ctx: Any) -> str:
        return localise_help(super().get_help(ctx), lang_from_args(sys.argv[1:]))


class GkcatGroup(GuardedGroup):
    """gkcat's command group: the guard (no traceback, ever), help as :func:`localise_help`
    makes it, usage errors reported by :func:`usage_text` in the language of the command line,
    values converted as :class:`GkcatCommand` converts them."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        convert_params(params)
        return params

    def get_help(self, ctx: Any) -> str:
        return localise_help(super().get_help(ctx), lang_from_args(sys.argv[1:]))

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = lang_from_args(argv)
        try:
            code = super().main(
                argv, prog_name or "gkcat", complete_var, standalone_mode=False, **extra
            )
        except click_errors.NoArgsIsHelpError as exc:
            sys.stdout.write(exc.ctx.get_help() + "\n" if exc.ctx else "")
            code = 2
        except click_errors.UsageError as exc:
            sys.stderr.write(usage_text(exc, lang))
            code = exc.exit_code
        except typer.Abort:
            sys.stderr.write(say("usage.aborted", lang) + "\n")
            code = 1
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
