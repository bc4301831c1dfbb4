"""Diagnostic: one finding about one place in one source, and helpers to make and sort them.

The rule registry itself (codes, severities, messages) is :mod:`gkcat.rules`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from gkcat.i18n import Lang as Lang
from gkcat.i18n import fill
from gkcat.rules import RULES as RULES
from gkcat.rules import Rule as Rule
from gkcat.rules import Severity as Severity


class GkcatError(Exception):
    """The next stage cannot run at all (no project, unreadable configuration)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One finding about one place in one source."""

    code: str
    severity: Severity
    args: tuple[tuple[str, str], ...] = ()
    """Message parameters, as (name, value) pairs so the dataclass stays hashable."""
    file: str | None = None
    """POSIX path relative to the project root."""
    line: int | None = None
    """1-based."""
    column: int | None = None
    """1-based."""
    pointer: str = ""
    """RFC 6901 pointer into the source document; "" is the root."""
    item: str | None = None
    """The catalog item (or power, task) id when there is one."""
    fixable: bool = False
    """``gkcat fix`` can correct it without changing the meaning."""

    def message(self, lang: Lang = "zh") -> str:
        """Render the message in ``lang``."""
        rule = RULES[self.code]
        template = rule.zh if lang == "zh" else rule.en
        return fill(template, localised(self.args, lang))

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (
            self.file or "",
            self.line or 0,
            self.column or 0,
            self.code,
            self.pointer,
            "\0".join(v for _, v in self.args),
        )


def localised(args: Iterable[tuple[str, str]], lang: Lang) -> dict[str, str]:
    """Message values for ``lang``: ``name@lang`` wins over ``name``; other languages drop."""
    values: dict[str, str] = {}
    for key, value in args:
        name, _, only = key.partition("@")
        if not only:
            values.setdefault(name, value)
        elif only == lang:
            values[name] = value
    return values


def diagnostic(
    code: str,
    *,
    file: str | None = None,
    line: int | None = None,
    column: int | None = None,
    pointer: str = "",
    item: str | None = None,
    severity: Severity | None = None,
    args: Mapping[str, object] | None = None,
    fixable: bool = False,
    **named: object,
) -> Diagnostic:
    """Create a diagnostic for ``code``; ``args`` and the other keyword arguments fill its message.

    An argument that differs by language is given twice in ``args``, as ``title@zh`` and
    ``title@en``; the message picks the one for its language.
    """
    values = {**(args or {}), **named}
    return Diagnostic(
        code=code,
        severity=severity if severity is not None else RULES[code].severity,
        args=tuple(sorted((k, str(v)) for k, v in values.items())),
        file=file,
        line=line,
        column=column,
        pointer=pointer,
        item=item,
        fixable=fixable,
    )


def with_overrides(
    diagnostics: Iterable[Diagnostic], overrides: Mapping[str, Severity]
) -> list[Diagnostic]:
    """Apply per-code severity overrides from the settings."""
    return [
        replace(d, severity=overrides[d.code]) if d.code in overrides else d for d in diagnostics
    ]


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sort by (file, line, column, code); the order is total, so output is stable."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for the report footers."""

    files: int
    items: int
    errors: int
    warnings: int
    by_code: tuple[tuple[str, int], ...] = field(default=())


def summarise(diagnostics: Iterable[Diagnostic], *, files: int, items: int) -> Summary:
    counts: dict[str, int] = {}
    errors = warnings = 0
    for d in diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
        errors += d.severity == Severity.ERROR
        warnings += d.severity == Severity.WARNING
    return Summary(files, items, errors, warnings, tuple(sorted(counts.items())))


def suggestion(hint: str, choices: str = "", *, name: str = "suggestion") -> dict[str, str]:
    """Message arguments for an optional did-you-mean (``{suggestion}`` in a template).

    Without a ``hint``, ``choices`` (when given) lists what is allowed instead. ``name`` is the
    placeholder, for a template that calls it something else.
    """
    if hint:
        zh, en = f"，是否为「{hint}」？", f'; did you mean "{hint}"?'
    elif choices:
        zh, en = f"（可选：{choices}）", f" (allowed: {choices})"
    else:
        return {}
    return {f"{name}@zh": zh, f"{name}@en": en}
