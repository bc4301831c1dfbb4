"""Command-line values converted without building pydantic validators for every parameter.

typer 0.29 converts each parameter through a pydantic ``TypeAdapter``, built (and pydantic
imported, about 0.1 s of every command's start-up) the first time the parameter is processed,
even when it was not given. The values gkcat's commands take are converted here as those
adapters convert them: an option not given stays ``None`` (or an empty tuple), a ``parser``
option is its parser's result, a ``str`` stays itself, a ``Path`` goes through typer's own path
checks (exists, file or directory) and becomes the path type. Anything else (numbers, booleans
given as text, a parser raising ``ValueError``, an empty or odd path) goes to typer's adapter,
built only then, so every such value and every error message is typer's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from typer._click import Context, Parameter
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_path, lenient_issubclass
from typer._typing import get_args, get_origin
from typer.core import _TyperParameter

Leaf = Callable[[Any, Any, Context], Any]
"""Converts one given value; raises :class:`NotPlain` to leave it to typer's adapter."""


class NotPlain(Exception):
    """A value this module does not convert itself."""


@dataclass(frozen=True)
class PlainParam(RuntimeParam):
    """A parameter converted by ``leaf`` (each element, for a list), else by typer's adapter."""

    descriptor: TypeDescriptor = field(compare=False, kw_only=True)
    leaf: Leaf = field(compare=False, kw_only=True)
    many: bool = field(default=False, kw_only=True)
    exact: list[RuntimeParam] = field(default_factory=list, compare=False, kw_only=True)

    def _coerce_value(self, value: Any, param: Any, ctx: Context) -> Any:
        try:
            if self.many:
                values = value if isinstance(value, (list, tuple)) else [value]
                return [self.leaf(v, param, ctx) for v in values]
            return self.leaf(value, param, ctx)
        except NotPlain:
            if not self.exact:
                self.exact.append(build_runtime_param(self.descriptor))
            return self.exact[0]._coerce_value(value, param=param, ctx=ctx)


def _parsed(parser: Callable[[Any], Any]) -> Leaf:
    def leaf(value: Any, param: Any, ctx: Context) -> Any:
        try:
            return parser(value)
        except ValueError:  # typer's adapter words it (a usage error, not a traceback)
            raise NotPlain from None

    return leaf


def _typers(value: Any, param: Any, ctx: Context) -> Any:
    raise NotPlain


def _flag(value: Any, param: Any, ctx: Context) -> Any:
    if not isinstance(value, bool):
        raise NotPlain
    return value


def _text(value: Any, param: Any, ctx: Context) -> Any:
    if not isinstance(value, str):
        raise NotPlain
    return value


def _path(path_type: type[Path], descriptor: TypeDescriptor) -> Leaf:
    info = descriptor.parameter_info

    def leaf(value: Any, param: Any, ctx: Context) -> Any:
        if not isinstance(value, str) or not value or "\x00" in value:
            raise NotPlain
        checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
        return path_type(cast(str, checked))  # a str in, a str out (path_type=None)

    return leaf


def _leaf(annotation: Any, descriptor: TypeDescriptor) -> Leaf:
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None:
        return _typers
    if info.parser is not None:
        return _parsed(info.parser)
    if annotation is bool:
        return _flag
    if annotation is str:
        return _text
    path_type = info.path_type or annotation
    if (
        lenient_issubclass(annotation, Path)
        and lenient_issubclass(path_type, Path)
        and not info.allow_dash
    ):
        return _path(cast(type[Path], path_type), descriptor)
    return _typers


def plain_param(descriptor: TypeDescriptor) -> PlainParam:
    """The conversion of a parameter: here where this module can, else by typer's adapter."""
    annotation, many = descriptor.annotation, False
    if lenient_issubclass(get_origin(annotation), list) and len(get_args(annotation)) == 1:
        annotation, many = get_args(annotation)[0], True
    leaf = _leaf(annotation, descriptor)
    return PlainParam(
        descriptor.parameter_info,
        descriptor.annotation,
        descriptor=descriptor,
        leaf=leaf,
        many=many,
    )


def convert_params(params: Sequence[Parameter]) -> None:
    """Set every typer parameter of ``params`` to a :class:`PlainParam` (once)."""
    for param in params:
        if isinstance(param, _TyperParameter) and param._runtime_param is None:
            param._runtime_param = plain_param(param.type_descriptor)
