"""The rule registry: every stable rule code with its slug, severity and zh/en message.

Data only. A message is a ``str.format`` template; each placeholder is filled from the
diagnostic's arguments (see :func:`gkcat.diagnostics.diagnostic`). The placeholders in
:data:`gkcat.i18n.OPTIONAL` may be left out; any other missing one is an error.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """How serious a finding is; ordered, so ``max()`` works."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Rule:
    """One stable rule code with its messages; codes are never reused."""

    code: str
    slug: str
    severity: Severity
    zh: str
    en: str
    summary: str


def _r(code: str, slug: str, severity: Severity, zh: str, en: str, summary: str) -> Rule:
    return Rule(code, slug, severity, zh, en, summary)


E, W = Severity.ERROR, Severity.WARNING

# Messages are str.format templates; every placeholder is filled from Diagnostic.args.
# Values are quoted with 「」 in Chinese and "" in English.
RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        # GK1xx reading
        _r(
            "GK101",
            "yaml-syntax",
            E,
            "YAML 语法错误：{problem}",
            "YAML syntax error: {problem}",
            "The file is not valid YAML.",
        ),
        _r(
            "GK102",
            "duplicate-key",
            E,
            "重复的键「{key}」（第一次出现在第 {first_line} 行），后者会覆盖前者",
            'duplicate key "{key}" (first seen on line {first_line}); the later one would win',
            "A mapping repeats a key; PyYAML would silently keep the last value.",
        ),
        _r(
            "GK103",
            "encoding",
            E,
            "文件不是 UTF-8 编码{guess}；请另存为 UTF-8，例如 iconv -f GB18030 -t UTF-8",
            "file is not UTF-8{guess}; save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8",
            "The file is not UTF-8 (GB18030/GBK files are recognised).",
        ),
        _r(
            "GK104",
            "tab-indent",
            E,
            "YAML 不允许用制表符（Tab）缩进，请改用空格",
            "YAML does not allow tabs for indentation; use spaces",
            "A line is indented with a tab.",
        ),
        _r("GK105", "empty-file", E, "文件为空", "file is empty", "The file has no YAML document."),
        _r(
            "GK106",
            "alias-bomb",
            E,
            "别名展开过多（超过 {limit} 个节点），疑似“十亿笑声”攻击，已拒绝读取",
            "aliases expand to more than {limit} nodes (a billion-laughs pattern); refused",
            "YAML aliases expand to an unreasonable size.",
        ),
        _r(
            "GK107",
            "file-too-large",
            E,
            "文件大小 {size} 超过上限 {limit}（可在 gkcat.yaml 的 limits.max_file_size 调整）",
            "file size {size} exceeds the limit of {limit} (limits.max_file_size in gkcat.yaml)",
            "The file exceeds the configured size limit.",
        ),
        _r(
            "GK108",
            "not-a-mapping",
            E,
            "文档顶层应为映射（键: 值），实际为{actual}",
            "the top level of the document must be a mapping, not {actual}",
            "The document's top level is not a mapping.",
        ),
        _r(
            "GK109",
            "unknown-kind",
            E,
            "未知的 kind「{kind}」，应为 {expected}{hint}",
            'unknown kind "{kind}"; expected one of {expected}{hint}',
            "The document's kind is missing or unknown.",
        ),
        _r(
            "GK110",
            "schema-version",
            E,
            "不支持的 schema_version「{version}」，本版本 gkcat 支持 {supported}",
            'unsupported schema_version "{version}"; this gkcat supports {supported}',
            "The document's schema_version is not supported.",
        ),
        _r(
            "GK111",
            "unreadable",
            E,
            "无法读取文件：{problem}",
            "cannot read file: {problem}",
            "The file cannot be read (permissions, a directory, a broken link).",
        ),
        _r(
            "GK112",
            "kind-location",
            W,
            "kind「{kind}」的文件应放在 {expected}/ 目录下",
            'a file of kind "{kind}" belongs under {expected}/',
            "A source sits in the directory of another kind.",
        ),
        # GK2xx structure (JSON Schema)
        _r(
            "GK201",
            "missing-element",
            E,
            "缺少必备要素「{title}」（{key}）",
            'missing required element "{title}" ({key})',
            "A required element (名称、内容、依据、时限、主体、渠道、对象、方式 …) is missing.",
        ),
        _r(
            "GK202",
            "wrong-type",
            E,
            "「{title}」应为{expected}，实际为{actual}",
            '"{title}" must be {expected}, not {actual}',
            "A value has the wrong type.",
        ),
        _r(
            "GK203",
            "not-in-vocabulary",
            E,
            "「{title}」的值「{value}」不在规定范围内{suggestion}",
            '"{title}": "{value}" is not an allowed value{suggestion}',
            "A value is outside its controlled vocabulary.",
        ),
        _r(
            "GK204",
            "empty-value",
            E,
            "「{title}」不能为空",
            '"{title}" must not be empty',
            "A required text or list is empty.",
        ),
        _r(
            "GK205",
            "unknown-field",
            E,
            "未知字段「{key}」{suggestion}",
            'unknown field "{key}"{suggestion}',
            "A mapping has a field the schema does not define.",
        ),
        _r(
            "GK206",
            "schema-constraint",
            E,
            "「{title}」不符合格式要求：{detail}",
            '"{title}" does not match its format: {detail}',
            "A value breaks another schema constraint (pattern, format, length, uniqueness).",
        ),
        # GK3xx catalog semantics
        _r(
            "GK301",
            "duplicate-item-id",
            E,
            "事项编码「{id}」重复，已在 {other} 中使用",
            'item id "{id}" is already used in {other}',
            "An item id is used twice in the project; ids must be unique.",
        ),
        _r(
            "GK302",
            "duplicate-item-name",
            E,
            "公开事项「{name}」在本目录中重复（与 {other} 相同）",
            'disclosure item "{name}" appears twice in this catalog (same as {other})',
            "Two items of one catalog have the same 一级事项 and 二级事项.",
        ),
        _r(
            "GK303",
            "unknown-domain",
            E,
            "领域「{domain}」不是标准领域，也未在 gkcat.yaml 中登记{suggestion}",
            'domain "{domain}" is neither a standard domain nor declared in gkcat.yaml{suggestion}',
            "The catalog's domain is not one of the 26 standard domains or a declared one.",
        ),
        _r(
            "GK304",
            "level-mismatch",
            E,
            "层级「{level}」与文件路径「{path}」所示的「{expected}」不符",
            'level "{level}" does not match "{expected}" implied by the path "{path}"',
            "The catalog's level contradicts its file name.",
        ),
        _r(
            "GK305",
            "time-limit-unparsed",
            W,
            "无法识别公开时限「{value}」；请写明期限，如“信息形成或变更之日起20个工作日内”",
            'cannot read the time limit "{value}"; '
            "state a period such as 信息形成或变更之日起20个工作日内",
            "The 公开时限 is not a recognised period.",
        ),
        _r(
            "GK306",
            "time-limit-too-long",
            W,
            "主动公开事项的公开时限「{value}」超过法定的20个工作日（政府信息公开条例第二十六条）",
            'time limit "{value}" exceeds the statutory 20 working days for proactive disclosure '
            "(Regulations on Open Government Information, art. 26)",
            "A 主动 item allows more than 20 working days.",
        ),
        _r(
            "GK307",
            "superseded-regulation",
            W,
            "公开依据「{value}」引用了已废止的旧条例（国务院令第492号），应为国务院令第711号",
            'basis "{value}" cites the superseded regulation (State Council Order 492); '
            "cite Order 711",
            "A citation names the 2007 条例, replaced by 国务院令第711号 in 2019.",
        ),
        _r(
            "GK308",
            "citation-brackets",
            W,
            "公开依据「{value}」中书名号《》不配对",
            'basis "{value}" has unbalanced title marks 《》',
            "A citation has unbalanced 《》.",
        ),
        _r(
            "GK309",
            "document-number",
            W,
            "文号「{found}」应使用六角括号：「{expected}」",
            'document number "{found}" should use tortoise-shell brackets: "{expected}"',
            "A 文号 uses [] or () around the year instead of 〔〕.",
        ),
        _r(
            "GK310",
            "unknown-department",
            W,
            "公开主体「{name}」不在部门名录中{suggestion}",
            'subject "{name}" is not in the departments registry{suggestion}',
            "A 公开主体 is not an official name or alias in gkcat.yaml.",
        ),
        # GK4xx power lists (权责清单)
        _r(
            "GK401",
            "unknown-power-code",
            E,
            "权责事项编码「{power}」不存在{suggestion}",
            'power code "{power}" does not exist{suggestion}',
            "A catalog item cites a power code that no power list defines.",
        ),
        _r(
            "GK402",
            "duplicate-power-code",
            E,
            "权责事项编码「{power}」重复，已在 {other} 中使用",
            'power code "{power}" is already used in {other}',
            "A power code appears twice across the power lists; codes must be unique.",
        ),
        _r(
            "GK403",
            "power-subject-mismatch",
            W,
            "公开主体「{subject}」与权责事项「{power}」的实施主体「{department}」不一致",
            'subject "{subject}" differs from "{department}", the department of power "{power}"',
            "An item's 公开主体 is not the department of a power it cites (after aliases).",
        ),
        _r(
            "GK404",
            "power-level-mismatch",
            W,
            "目录层级「{level}」不在权责事项「{power}」的行使层级（{levels}）内",
            'catalog level "{level}" is not among the levels of power "{power}" ({levels})',
            "An item cites a power that is not exercised at its catalog's level.",
        ),
        _r(
            "GK405",
            "power-not-covered",
            W,
            "{type}事项「{power}」（{name}）未被任何公开事项引用",
            'power "{power}" ({name}, {type}) is not cited by any catalog item',
            "A power of a must-cover type (gkcat.yaml must_cover) is cited by no catalog item.",
        ),
        _r(
            "GK406",
            "unknown-parent-power",
            E,
            "主项编码「{parent}」{reason}{suggestion}",
            'parent power code "{parent}" {reason}{suggestion}',
            "A 子项 names a parent code that no power list defines, or its own code.",
        ),
        _r(
            "GK407",
            "unknown-power-department",
            W,
            "实施主体「{name}」不在部门名录中{suggestion}",
            'department "{name}" is not in the departments registry{suggestion}',
            "A power list's department is not an official name or alias in gkcat.yaml.",
        ),
        # GK5xx task plans
        _r(
            "GK501",
            "unknown-unit",
            W,
            "责任单位「{name}」不在部门名录中{suggestion}",
            'responsible unit "{name}" is not in the departments registry{suggestion}',
            "A 责任单位 or 牵头单位 of a task is not an official name or alias in gkcat.yaml.",
        ),
        _r(
            "GK502",
            "deadline-unparsed",
            W,
            "无法识别完成时限「{value}」；请写作“全年”“长期坚持”“每季度”“2024年6月底前”或“2024-06-30”",
            'cannot read the deadline "{value}"; write 全年, 长期坚持, 每季度, 2024年6月底前 '
            "or 2024-06-30",
            "A task's 完成时限 is not a recognised deadline.",
        ),
        _r(
            "GK503",
            "deadline-outside-year",
            W,
            "完成时限「{value}」不在任务分解的年度 {year} 年内",
            'deadline "{value}" falls outside the plan year {year}',
            "A task's 完成时限 names a date in another year than the plan's.",
        ),
        _r(
            "GK504",
            "unknown-catalog-ref",
            E,
            "关联目录事项「{id}」不存在{suggestion}",
            'catalog_ref "{id}" is not an item of any catalog{suggestion}',
            "A task links to a catalog item id that no catalog defines.",
        ),
        _r(
            "GK505",
            "duplicate-task-id",
            E,
            "任务编码「{id}」重复，已在 {other} 中使用",
            'task id "{id}" is already used in {other}',
            "A task id is used twice in the project's task plans.",
        ),
        # GK6xx workbook import (gkcat import)
        _r(
            "GK601",
            "workbook-unreadable",
            E,
            "无法读取工作簿：{problem}",
            "cannot read the workbook: {problem}",
            "The file given to gkcat import is not a readable .xlsx workbook.",
        ),
        _r(
            "GK602",
            "sheet-not-found",
            E,
            "工作表「{sheet}」不存在{suggestion}（现有工作表：{sheets}）",
            'sheet "{sheet}" does not exist{suggestion} (sheets: {sheets})',
            "The sheet named with --sheet is not in the workbook.",
        ),
        _r(
            "GK603",
            "header-not-found",
            E,
            "工作表「{sheet}」的前 {rows} 行中没有表头（应有{expected}等列名）",
            'no header row in the first {rows} rows of sheet "{sheet}" '
            "(expected column names such as {expected})",
            "No row near the top of the sheet names at least two known columns.",
        ),
        _r(
            "GK604",
            "missing-column",
            E,
            "表头中没有「{title}」列（可用的列名：{synonyms}）",
            'the header has no "{title}" column (accepted names: {synonyms})',
            "The header lacks a column the import needs "
            "(事项编码 and 事项名称, or 一级事项 and 二级事项).",
        ),
        _r(
            "GK605",
            "missing-cell",
            E,
            "「{title}」为空，该行未导入（{text}）",
            '"{title}" is empty; the row was not imported ({text})',
            "A data row lacks its code, name or type (power list) or its 二级事项 (catalog).",
        ),
        _r(
            "GK606",
            "unknown-power-type-cell",
            E,
            "事项类型「{value}」无法识别{suggestion}，该行未导入",
            'power type "{value}" is not recognised{suggestion}; the row was not imported',
            "A data row's 事项类型 is none of the power types.",
        ),
        _r(
            "GK607",
            "duplicate-code-in-workbook",
            E,
            "事项编码「{power}」与第 {first} 行重复，该行未导入",
            'code "{power}" repeats row {first}; the row was not imported',
            "Two data rows of the workbook have the same code.",
        ),
        _r(
            "GK608",
            "unknown-level-cell",
            W,
            "行使层级「{value}」无法识别，已留空",
            'levels "{value}" are not recognised; left empty',
            "A data row's 行使层级 names no level.",
        ),
        _r(
            "GK609",
            "not-a-power-row",
            W,
            "不是事项行，未导入（{text}）",
            "not a power row; skipped ({text})",
            "A row below the header holds a single text that is no type heading (a footnote).",
        ),
        _r(
            "GK610",
            "no-power-rows",
            E,
            "工作表「{sheet}」的表头下没有可导入的事项",
            'sheet "{sheet}" has no importable powers below its header',
            "No data row of the sheet could be imported.",
        ),
        _r(
            "GK611",
            "department-unknown",
            E,
            "无法确定实施主体：表中没有「实施主体」列，标题中也没有部门名称；"
            "请用 --department 指定",
            "cannot tell the department: no 实施主体 column and no department in the title; "
            "pass --department",
            "The import cannot tell which department the power list belongs to.",
        ),
        _r(
            "GK612",
            "catalog-domain-level-unknown",
            E,
            "无法确定工作表「{sheet}」的领域和层级：请在工作表名或标题中写明，"
            "如「社会救助领域基层政务公开标准目录（县级）」",
            'cannot tell the domain and level of sheet "{sheet}": name them in the sheet name '
            "or the title, e.g. 社会救助领域基层政务公开标准目录（县级）",
            "An imported catalog table names no standard domain or no level.",
        ),
        # GK620–GK626 bounds on imported workbooks and documents (limits: in gkcat.yaml)
        _r(
            "GK620",
            "workbook-too-large",
            E,
            "工作簿大小 {size} 超过上限 {limit}"
            "（可在 gkcat.yaml 的 limits.max_workbook_size 调整）",
            "the workbook is {size}, over the limit of {limit} "
            "(limits.max_workbook_size in gkcat.yaml)",
            "An imported workbook exceeds the size limit.",
        ),
        _r(
            "GK621",
            "workbook-unzips-too-large",
            E,
            "工作簿解压后共 {size}，超过上限 {limit}（limits.max_unzipped_size），"
            "疑似压缩炸弹，未读取",
            "the workbook unpacks to {size}, over the limit of {limit} "
            "(limits.max_unzipped_size); a zip bomb? not read",
            "The parts of a workbook (or .docx) would decompress to more than the limit.",
        ),
        _r(
            "GK622",
            "workbook-compression-ratio",
            E,
            "工作簿部件「{part}」的压缩比为 {ratio} 倍，超过上限 {limit} 倍"
            "（limits.max_compression_ratio），疑似压缩炸弹，未读取",
            'workbook part "{part}" is compressed {ratio} times, over the limit of {limit} '
            "(limits.max_compression_ratio); a zip bomb? not read",
            "A large part of a workbook is compressed far more than real spreadsheets are.",
        ),
        _r(
            "GK623",
            "sheet-too-large",
            E,
            "工作表「{sheet}」的已用区域至少有 {rows} 行、{columns} 列，超过上限 {max_rows} 行、"
            "{max_columns} 列（limits.max_rows、limits.max_columns）；"
            "若远处有误输入的单元格，请删除后另存",
            'sheet "{sheet}" uses at least {rows} rows and {columns} columns, over the limits '
            "of {max_rows} rows and {max_columns} columns (limits.max_rows, "
            "limits.max_columns); delete stray cells far away and save again",
            "A sheet's used range (its dimension, or the rows present) exceeds the limits.",
        ),
        _r(
            "GK624",
            "sheet-too-many-cells",
            E,
            "工作表「{sheet}」需读取 {cells} 个单元格，超过上限 {limit}（limits.max_cells）；"
            "若远处有误输入的单元格，请删除后另存",
            'sheet "{sheet}" needs {cells} cells read, over the limit of {limit} '
            "(limits.max_cells); delete stray cells far away and save again",
            "A sheet holds, or its used range spans, more cells than the limit.",
        ),
        _r(
            "GK625",
            "merged-range-too-large",
            E,
            "工作表「{sheet}」的合并单元格共覆盖 {cells} 个单元格（最大的是 {ref}），"
            "超过上限 {limit}（limits.max_merged_cells）",
            'the merged ranges of sheet "{sheet}" cover {cells} cells (the largest is {ref}), '
            "over the limit of {limit} (limits.max_merged_cells)",
            "A sheet's merged ranges cover more cells than the limit.",
        ),
        _r(
            "GK626",
            "document-too-large",
            E,
            "文档大小 {size} 超过上限 {limit}（可在 gkcat.yaml 的 limits.max_document_size 调整）",
            "the document is {size}, over the limit of {limit} "
            "(limits.max_document_size in gkcat.yaml)",
            "An imported task-plan document exceeds the size limit.",
        ),
        # GK9xx configuration
        # GK9xx configuration
        _r(
            "GK901",
            "config-invalid",
            E,
            "配置项「{title}」有误：{detail}",
            'configuration "{title}" is invalid: {detail}',
            "gkcat.yaml breaks its schema.",
        ),
        _r(
            "GK902",
            "config-unknown-rule",
            E,
            "severity 中的规则编码「{rule}」不存在{suggestion}",
            'rule code "{rule}" in severity does not exist{suggestion}',
            "A severity override names a rule code that does not exist.",
        ),
        _r(
            "GK903",
            "config-alias-conflict",
            E,
            "别名「{alias}」同时指向「{first}」和「{second}」",
            'alias "{alias}" refers to both "{first}" and "{second}"',
            "A department alias is claimed by two departments.",
        ),
        # GK904–GK919 safety and reliability
        _r(
            "GK904",
            "config-unsafe-output",
            E,
            "输出目录 output.dist「{dist}」不可用：{reason}",
            'output directory output.dist "{dist}" cannot be used: {reason}',
            "output.dist is the project, contains it, lies in a source directory or .git, "
            "or (through a symlink) outside the project; a build would replace it.",
        ),
        _r(
            "GK905",
            "internal-error",
            E,
            "gkcat 内部错误（{error}），处理到此文件时发生；这是 gkcat 的缺陷，请报告，"
            "加 --debug 可显示详细信息",
            "internal error in gkcat ({error}) while processing this file; this is a bug in "
            "gkcat, please report it (--debug shows the details)",
            "An unexpected error; the command stopped. The diagnostic names the file it was on.",
        ),
        _r(
            "GK906",
            "config-invalid-time",
            E,
            "「{title}」的值「{value}」不是有效的日期时间，应如 2024-03-01 或 2024-03-01T08:00:00",
            '"{title}": "{value}" is not a valid date and time; write e.g. '
            "2024-03-01 or 2024-03-01T08:00:00",
            "A date-time in gkcat.yaml (build_time) matches the pattern but is not a real time.",
        ),
        _r(
            "GK907",
            "date-out-of-range",
            W,
            "「{title}」{value} 不在 {low}–{high} 年之间，可能是笔误"
            "（工作簿只能记录这些年份的时间）",
            '"{title}" {value} is not between {low} and {high}; probably a typo (workbooks '
            "record times in those years only)",
            "A date lies outside the years a workbook or archive can record.",
        ),
        _r(
            "GK908",
            "file-name-not-utf8",
            W,
            "文件名不是 UTF-8 编码或含控制字符，显示为转义形式；请改用 UTF-8 文件名",
            "the file name is not UTF-8 or holds control characters (shown escaped); "
            "rename it in UTF-8",
            "A source's name is not valid UTF-8; reports show its bytes as \\xNN escapes.",
        ),
    )
}
