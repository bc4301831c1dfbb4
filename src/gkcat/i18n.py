"""Words for people, in Chinese and English: one table, one formatter that fails loudly.

A template's placeholders are ``str.format`` fields. Formatting raises :class:`KeyError` when a
placeholder has no value, unless the placeholder is declared optional (``OPTIONAL``); an
optional placeholder without a value renders as nothing.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

OPTIONAL = frozenset({"suggestion", "hint"})
"""Placeholders that may be left out: they add an optional clause (a did-you-mean)."""

WORDS: dict[str, tuple[str, str]] = {
    # CLI
    "cli.wrote": ("已写入 {path}", "wrote {path}"),
    "cli.wrote-many": ("已写入 {path}（共 {count} 个文件）", "wrote {path} ({count} files)"),
    "cli.not-built": (
        "存在错误，未构建；可用 --force 强制构建",
        "not built: fix the errors above, or pass --force",
    ),
    "cli.unreadable-side": (
        "「{where}」中有文件无法读取，比较结果会不完整，未比较",
        "files in {where} cannot be read, so the comparison would be incomplete",
    ),
    "cli.created": ("已创建项目 {dest}（{count} 个文件）", "created {dest} ({count} files)"),
    "cli.coverage-errors": (
        "注意：项目有 {errors} 个错误，统计可能不完整；请运行 gkcat validate",
        "note: the project has {errors} error(s); the numbers may be incomplete; "
        "run gkcat validate",
    ),
    "cli.list-separator": ("、", "、"),
    # diff
    "diff.unknown-fail-on": (
        "--fail-on：未知的变化类别「{kind}」，可选 {choices}",
        '--fail-on: unknown kind "{kind}"; choose from {choices}',
    ),
    # import summaries, one per import kind
    "import.summary.catalog": (
        "{rows} 行数据：导入 {powers} 个公开事项，{rejected} 行未导入",
        "{rows} data rows: {powers} items imported, {rejected} rows not imported",
    ),
    "import.summary.power-list": (
        "{rows} 行数据：导入 {powers} 个权责事项（含 {subitems} 个子项），"
        "{headings} 个分类行，{rejected} 行未导入",
        "{rows} data rows: {powers} powers imported ({subitems} sub-items), "
        "{headings} type headings, {rejected} rows not imported",
    ),
    "import.comment": ("导入自 {name}（工作表「{sheet}」）", "导入自 {name}（工作表「{sheet}」）"),
    # text report
    "report.rule": ("规则", "rule"),
    "report.count": ("数量", "count"),
    "report.summary": ("说明", "summary"),
    "report.totals": (
        "{errors} 个错误，{warnings} 个警告（{files} 个文件，{items} 个公开事项）",
        "{errors} error(s), {warnings} warning(s) ({files} files, {items} items)",
    ),
    # coverage report
    "coverage.title": ("权责清单覆盖情况", "Power-list coverage"),
    "coverage.department": ("部门", "department"),
    "coverage.powers": ("权责事项", "powers"),
    "coverage.must-cover": ("应覆盖", "must cover"),
    "coverage.covered": ("已覆盖", "covered"),
    "coverage.ratio": ("覆盖率", "ratio"),
    "coverage.total": ("合计", "total"),
    "coverage.all-cited": (
        "应覆盖的权责事项均已被公开事项引用。",
        "Every must-cover power is cited.",
    ),
    "coverage.uncited": ("未被引用的应覆盖事项：", "Must-cover powers no item cites:"),
    # diff workbook
    "diff.from": ("原版本", "from"),
    "diff.to": ("修订版本", "to"),
    "diff.count": ("（{count} 项）", " ({count})"),
    "diff.none": ("（无）", "(none)"),
    # git revisions
    "git.no-git": ("未安装 git，无法读取版本", "git is not installed; cannot read revisions"),
    "git.bad-name": (
        "「{name}」既不是目录，也不是 git 版本",
        '"{name}" is neither a directory nor a git revision',
    ),
    "git.unknown": (
        "「{name}」既不是目录，也不是当前 git 仓库中的版本（提交、分支或标签）",
        '"{name}" is neither a directory nor a revision (commit, branch, tag) of the repository',
    ),
    "git.no-repo": (
        "「{name}」不是目录，而 {root} 不在 git 仓库中",
        '"{name}" is not a directory, and {root} is not inside a git repository',
    ),
}


def placeholders(template: str) -> set[str]:
    """The named fields of a ``str.format`` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def fill(template: str, values: Mapping[str, object]) -> str:
    """Format ``template``; a missing placeholder raises unless it is declared optional."""
    missing = placeholders(template) - set(values) - OPTIONAL
    if missing:
        raise KeyError(f"no value for {', '.join(sorted(missing))} in {template!r}")
    return template.format_map({**dict.fromkeys(OPTIONAL, ""), **values})


def say(key: str, lang: Lang, **values: object) -> str:
    """The words ``key`` in ``lang``, filled with ``values``."""
    zh, en = WORDS[key]
    return fill(zh if lang == "zh" else en, values)
