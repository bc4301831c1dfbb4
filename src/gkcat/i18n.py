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
    "cli.created": (
        "已创建项目 {dest}（{count} 个文件，{catalogs} 个目录）；下一步见 {dest}/README.md",
        "created {dest} ({count} files, {catalogs} catalogs); next: read {dest}/README.md",
    ),
    "cli.default-region": (
        "未指定 --region：地区名称暂写作「{region}」；"
        "要用本地名称，请加 --region 地区名称 --force 重新运行",
        "no --region given: the region is called {region}; "
        "for your own, run gkcat init again with --region NAME --force",
    ),
    "cli.added": (
        "已添加 {path}（{count} 项）；请逐项核对后运行 gkcat validate",
        "added {path} ({count} items); check each item, then run gkcat validate",
    ),
    "cli.registered": (
        "已在 gkcat.yaml 登记部门「{name}」，请核对名称",
        'registered department "{name}" in gkcat.yaml; check the name',
    ),
    "cli.schemas-refreshed": (
        "已按 gkcat.yaml 重新生成 schemas/ 等 {count} 个文件，编辑器会提示新登记的部门",
        "regenerated schemas/ and the editor settings from gkcat.yaml ({count} files), "
        "so the editor offers the new departments",
    ),
    "cli.coverage-errors": (
        "注意：项目有 {errors} 个错误，统计可能不完整；请运行 gkcat validate",
        "note: the project has {errors} error(s); the numbers may be incomplete; "
        "run gkcat validate",
    ),
    "cli.list-separator": ("、", "、"),
    # gkcat fix
    "fix.change": (
        "{where}: 「{old}」→「{new}」 ({pointer})",
        '{where}: "{old}" → "{new}" ({pointer})',
    ),
    "fix.refused": (
        "{file}: 修正后的内容与预期不符，未写入；请手工修改",
        "{file}: the fixed text does not read back as planned; not written",
    ),
    "fix.done": (
        "已修正 {changes} 处（{files} 个文件）",
        "fixed {changes} value(s) in {files} file(s)",
    ),
    "fix.would": (
        "可修正 {changes} 处（{files} 个文件）",
        "would fix {changes} value(s) in {files} file(s)",
    ),
    "fix.nothing": ("无需修正", "nothing to fix"),
    "report.fixable": ("[可用 gkcat fix 修正]", "[fixable: gkcat fix]"),
    # init and new (gkcat.scaffold)
    "scaffold.project-exists": (
        "{dest} 已经是 gkcat 项目（already holds a project），不覆盖；确需覆盖请加 --force",
        "{dest} already holds a gkcat project; use --force to overwrite its files",
    ),
    "scaffold.project-level": (
        "--level 只能是 县级 或 市级，不能是「{level}」",
        '--level must be 县级 or 市级, not "{level}"',
    ),
    "scaffold.catalog-level": (
        "--level 只能是 县级、市级 或 乡级，不能是「{level}」",
        '--level must be 县级, 市级 or 乡级, not "{level}"',
    ),
    "scaffold.not-in-sample": (
        "示例区域没有「{domain}」目录（只有 {have}）；不加 --sample 可得到全部领域的起步目录",
        'the sample region has no "{domain}" catalogs (it has {have}); '
        "leave out --sample for a starter of every domain",
    ),
    "scaffold.unknown-domain": (
        "未知的领域「{name}」（可用26个标准领域和 gkcat.yaml 中 domains 登记的领域；"
        "gkcat new --help 列出全部领域）",
        'unknown domain "{name}" (the 26 standard domains and those registered under domains: '
        "in gkcat.yaml; `gkcat new --help` lists them)",
    ),
    "scaffold.unknown-domain-hint": (
        "未知的领域「{name}」，是否要写「{hint}」？（可用26个标准领域和 gkcat.yaml 中 domains "
        "登记的领域；gkcat new --help 列出全部领域）",
        'unknown domain "{name}"; did you mean "{hint}"? (the 26 standard domains and those '
        "registered under domains: in gkcat.yaml; `gkcat new --help` lists them)",
    ),
    "scaffold.no-config": (
        "{root} 下没有 gkcat.yaml：请先运行 gkcat init，或用 --project 指定项目目录",
        "{root} has no gkcat.yaml; run `gkcat init` first or pass --project DIR",
    ),
    "scaffold.one-domain": ("gkcat new 一次添加一个领域", "gkcat new adds one domain at a time"),
    "scaffold.catalog-exists": (
        "{path} 已存在，不覆盖；确需覆盖请加 --force",
        "{path} already exists; use --force to overwrite it",
    ),
    "scaffold.no-township": (
        "「{domain}」没有{level}起步目录（该领域不在乡镇公开）",
        'no {level} starter for "{domain}": townships do not disclose in it',
    ),
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
        "{headings} heading rows, {rejected} rows not imported",
    ),
    "import.not-produced": (
        "{rows} 行数据：因上述错误没有生成源文件，未写入任何内容",
        "{rows} data rows: no source was produced because of the errors above; nothing was written",
    ),
    "import.nothing": ("未写入任何内容", "nothing was written"),
    "import.generated": (
        "{generated} 个事项编码由导入生成（表中没有编码），请与权责清单系统核对",
        "{generated} codes were generated by the import (the table has none); "
        "check them against the power-list system",
    ),
    "import.summary.task-plan": (
        "导入 {sections} 个部分、{groups} 个方面、{tasks} 项任务；{kept} 段文字保留在说明中；"
        "{unknown} 个单位不在部门名录中{register}",
        "imported {sections} sections, {groups} groups, {tasks} tasks; {kept} blocks of text "
        "kept in the description; {unknown} units not in the registry{register}",
    ),
    "import.comment.document": ("导入自 {name}", "导入自 {name}"),
    "plan.next": (
        "已写入 {path}：{year} 年，{tasks} 项任务重新编号（从 {first} 起），"
        "{deadlines} 个完成时限改为 {year} 年",
        "wrote {path}: year {year}, {tasks} tasks renumbered from {first}, "
        "{deadlines} deadlines moved to {year}",
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
    # command-line usage errors (gkcat.cli_usage)
    "usage.error": ("{command}：{message}", "{command}: {message}"),
    "usage.usage": ("用法：{usage}", "usage: {usage}"),
    "usage.help": ("运行「{command} -h」查看帮助", "run '{command} -h' for help"),
    "usage.no-such-option": (
        "没有选项「{name}」{suggestion}",
        'no such option "{name}"{suggestion}',
    ),
    "usage.or": ("、", ", "),
    "usage.did-you-mean": ("，是否为 {options}？", "; did you mean {options}?"),
    "usage.missing": ("缺少「{name}」", 'missing "{name}"'),
    "usage.not-a-choice": (
        "「{name}」的值「{value}」无效，可选：{choices}",
        '"{name}": "{value}" is not valid; choose from {choices}',
    ),
    "usage.bad-value": ("「{name}」的值无效：{problem}", '"{name}": invalid value: {problem}'),
    "usage.no-such-command": ("没有命令「{name}」", 'no such command "{name}"'),
    "usage.needs-value": ("选项「{name}」需要一个值", 'option "{name}" needs a value'),
    "usage.takes-no-value": ("选项「{name}」不接受值", 'option "{name}" takes no value'),
    "usage.extra-arguments": ("多余的参数：{name}", "unexpected extra arguments: {name}"),
    "usage.at-least": ("应不小于 {name}", "must be at least {name}"),
    "usage.integer": ("应为整数", "must be a whole number"),
    "usage.no-path": ("「{name}」不存在", '"{name}" does not exist'),
    "usage.is-directory": ("「{name}」是目录，应为文件", '"{name}" is a directory, not a file'),
    "usage.is-file": ("「{name}」是文件，应为目录", '"{name}" is a file, not a directory'),
    "usage.aborted": ("已中止", "aborted"),
    # errors that stop a command before it runs (exit 2)
    "error.no-project": (
        "{root} 不是 gkcat 项目（没有 catalogs/ 目录）；请在项目中运行（gkcat 会向上查找），"
        "或用 -C 目录 指定项目，或用 gkcat init 新建",
        "{root} is not a gkcat project (no catalogs/ directory); run gkcat inside a project (it "
        "looks upwards), pass -C DIR, or start one with gkcat init",
    ),
    "error.no-path": ("文件或目录「{path}」不存在", 'no such file or directory: "{path}"'),
    "error.no-file": ("文件「{path}」不存在", 'no such file: "{path}"'),
    "error.unknown-schema": (
        "没有名为「{name}」的模式，可选：{choices}",
        'unknown schema "{name}"; choose one of {choices}',
    ),
    "error.unknown-kind": (
        "未知的导入类型「{name}」，可选：{choices}",
        'unknown kind "{name}"; choose one of {choices}',
    ),
    "error.project-exists": (
        "「{dest}」中已有 gkcat 项目",
        '"{dest}" already holds a gkcat project',
    ),
    "error.unknown-domain": (
        "「{name}」不是26个标准领域之一（如 社会救助、义务教育；gkcat schema catalog 列出全部）",
        '"{name}" is not one of the 26 standard domains (such as 社会救助, 义务教育; '
        "gkcat schema catalog lists them all)",
    ),
    "error.config-errors": (
        "{file} 有错误，请先运行 gkcat validate",
        "{file} has errors; run gkcat validate",
    ),
    "error.shipped-schemas": (
        "「{path}」是 gkcat 自带的模式文件，不重新生成",
        '"{path}" holds gkcat\'s shipped schemas; they are not regenerated',
    ),
    "cli.version": ("gkcat {version}", "gkcat {version}"),
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
    "git.no-tag": (
        "{root} 所在的 git 仓库还没有标签；请先为上一版打标签（如 git tag 2024），"
        "或用 --base 指定版本",
        "the repository of {root} has no tag yet; tag the last edition (git tag 2024) "
        "or give --base a revision",
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
