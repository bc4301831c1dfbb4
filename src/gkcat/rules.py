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


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

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
        # GK311–GK339 fidelity: layout, lists, aliases, time limits, citations (gkcat fix)
        _r(
            "GK311",
            "layout-whitespace",
            W,
            "「{title}」的值「{value}」中有排版留下的空白，按「{expected}」校验",
            '"{title}": "{value}" has layout whitespace inside words; checked as "{expected}"',
            "Spaces or line breaks inside a word (pasted from a web page or PDF table).",
        ),
        _r(
            "GK312",
            "list-in-one-string",
            W,
            "「{title}」的值「{value}」把多个值写在一个字符串里，应写成列表 {expected}",
            '"{title}": "{value}" writes several values in one string; write the list {expected}',
            "A list field holds a 、-separated list in one string.",
        ),
        _r(
            "GK313",
            "vocabulary-alias",
            INFO,
            "「{title}」的值「{value}」按标准名称「{expected}」计",
            '"{title}": "{value}" counts as the standard value "{expected}"',
            "A value is another name of a standard value (the 条例's own channel names, "
            "主动公开 for 主动); it is accepted and `gkcat fix` writes the standard name.",
        ),
        _r(
            "GK314",
            "time-limit-on-request",
            W,
            "依申请公开事项的答复时限「{value}」{reason}（政府信息公开条例第三十三条："
            "20个工作日，可延长一次且不超过20个工作日）",
            'time limit "{value}" of an on-request item {reason} (Regulations on Open '
            "Government Information, art. 33: 20 working days, extendable once by at most 20)",
            "A 依申请 item allows more than 条例 第三十三条 does.",
        ),
        _r(
            "GK315",
            "unknown-channel",
            E,
            "公开渠道「{value}」不是标准渠道{suggestion}"
            "（本地渠道请在 gkcat.yaml 中登记：{entry}）",
            'channel "{value}" is not a standard channel{suggestion} (register a local channel '
            "in gkcat.yaml: {entry})",
            "A channel is neither standard, nor a name the 条例 uses, nor declared in gkcat.yaml.",
        ),
        _r(
            "GK316",
            "citation-wrong-number",
            W,
            "《{title}》的编号是「{expected}」，公开依据中写的是「{found}」",
            '《{title}》 is numbered "{expected}", but the basis says "{found}"',
            "A known law, regulation or document is cited with another one's order or 文号.",
        ),
        _r(
            "GK317",
            "citation-title-misspelt",
            W,
            "《{found}》不是已知的法规文件名称，是否为《{expected}》？",
            "《{found}》 is not a known title; did you mean 《{expected}》?",
            "A cited title differs from a known one by a character or two.",
        ),
        _r(
            "GK318",
            "citation-repealed",
            W,
            "《{title}》已于 {date} 废止{replacement}",
            "《{title}》 was repealed on {date}{replacement}",
            "A citation names a law that is no longer in force.",
        ),
        _r(
            "GK319",
            "not-a-citation",
            W,
            "公开依据「{value}」不是对法规文件的引用；请写明《名称》及文号或条款",
            'basis "{value}" cites no law or document; name it as 《title》 with its number '
            "or article",
            "A 公开依据 names no 《title》, 文号 or known law (同上, 信息公开规定).",
        ),
        _r(
            "GK320",
            "document-number-form",
            W,
            "文号「{found}」书写有误，应为「{expected}」",
            'document number "{found}" is malformed; write "{expected}"',
            "A 文号 or standard number is broken: a lost 〕, 第 or a doubled 号, GB T for GB/T.",
        ),
        _r(
            "GK321",
            "mirror-text",
            W,
            "「{title}」的值「{value}」含繁体字或拼音注音（转载网站的痕迹），按「{expected}」校验",
            '"{title}": "{value}" has traditional characters or pinyin glosses (copied from a '
            'mirror site); checked as "{expected}"',
            "Traditional characters or pinyin glosses in a simplified-Chinese catalog.",
        ),
        # GK340–GK349 the yearly edition
        _r(
            "GK340",
            "title-year-mismatch",
            W,
            "标题「{title}」中的年份「{found}」与 year（{year}）不一致；"
            "标题中写 {{year}} 可随年度更新",
            'title "{title}" names the year {found} but year is {year}; '
            "write {{year}} in the title",
            "output.title in gkcat.yaml names a year other than the configured year.",
        ),
        _r(
            "GK341",
            "version-not-bumped",
            W,
            "目录事项自「{base}」以来有变化，但版本号仍是「{version}」；请更新 version",
            'items changed since "{base}" but version is still "{version}"; update version',
            "A catalog's items differ from the base (validate --base) but its version does not.",
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
        _r(
            "GK506",
            "deadline-missing",
            W,
            "任务没有写完成时限",
            "the task states no deadline",
            "A task has no 完成时限 (real plans often leave it out; the 任务分解表 needs one).",
        ),
        _r(
            "GK507",
            "units-missing",
            W,
            "任务没有写责任单位或牵头单位",
            "the task names no responsible or lead unit",
            "A task has neither 责任单位 nor 牵头单位.",
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
            "无法确定工作表「{sheet}」的{missing}：请用 {options} 指定，"
            "或在工作表名、标题或输出路径中写明，如「社会救助领域基层政务公开标准目录（县级）」",
            'cannot tell the {missing} of sheet "{sheet}": pass {options}, or name it in the '
            "sheet name, the title or the output path, "
            "e.g. 社会救助领域基层政务公开标准目录（县级）",
            "An imported catalog table names no standard domain or no level, "
            "and no option gives it.",
        ),
        _r(
            "GK630",
            "unregistered-channel",
            W,
            "公开渠道「{value}」不是标准渠道，已原样保留；如为本地渠道，"
            "请在 gkcat.yaml 的 channels 中加入「{entry}」",
            'channel "{value}" is not a standard channel and was kept as written; if it is a '
            'local channel, add "{entry}" to channels in gkcat.yaml',
            "An imported channel is neither a standard channel (nor a known spelling of one) "
            "nor registered.",
        ),
        _r(
            "GK631",
            "unregistered-department",
            W,
            "「{value}」不在 gkcat.yaml 的部门名录中；请在 departments 中加入「{entry}」{alias}",
            '"{value}" is not in the departments registry of gkcat.yaml; add "{entry}" to '
            "departments{alias}",
            "An imported 公开主体 or 实施主体 is neither an official name nor an alias.",
        ),
        _r(
            "GK632",
            "catalog-metadata-missing",
            W,
            "表中没有{title}，导入的目录不含「{key}」；请用 {option} 指定",
            'the table gives no {title}; the imported catalog has no "{key}"; pass {option}',
            "An imported catalog has no version or effective date (from the table or an option).",
        ),
        _r(
            "GK633",
            "tick-cell-unreadable",
            E,
            "「{title}」列的「{value}」不是勾选标记（应为 √ 或留空），该行未导入",
            'the "{title}" column holds "{value}", which is not a tick (√ or empty); '
            "the row was not imported",
            "A tick column (公开对象, 公开方式, 公开层级) holds text that is neither a mark "
            "nor empty.",
        ),
        _r(
            "GK634",
            "conflicting-ticks",
            E,
            "「{value}」既被勾选又未被勾选（{title}），该行未导入",
            '"{value}" is both ticked and unticked ({title}); the row was not imported',
            "One cell or row ticks and unticks the same choice.",
        ),
        _r(
            "GK635",
            "codes-generated",
            Severity.INFO,
            "表中没有事项编码：已生成 {count} 个编码，如「{example}」；"
            "请与权责清单系统中的编码核对",
            'the table has no codes: {count} codes were generated, e.g. "{example}"; '
            "check them against the power-list system",
            "An imported power list has no codes, so the import made stable ones.",
        ),
        _r(
            "GK636",
            "power-type-renamed",
            Severity.INFO,
            "事项类型「{value}」按「{type}」导入",
            'power type "{value}" was imported as "{type}"',
            "An older or regional power type name (行政审批) was read as a standard type.",
        ),
        _r(
            "GK637",
            "output-exists",
            E,
            "输出文件「{path}」已存在，未覆盖；如需覆盖请加 --force",
            'the output file "{path}" exists and was not overwritten; pass --force to replace it',
            "gkcat import --out names an existing file and --force is not given.",
        ),
        _r(
            "GK638",
            "column-kept-as-extra",
            Severity.INFO,
            "列「{title}」不是标准字段，内容保存在各事项的 extra 中",
            'column "{title}" is no standard field; its cells are kept under extra',
            "A power-list column the import does not know is kept under each power's extra.",
        ),
        _r(
            "GK639",
            "column-not-imported",
            W,
            "列「{title}」无法对应目录要素，未导入",
            'column "{title}" matches no catalog element and was not imported',
            "A catalog table column names no catalog element.",
        ),
        _r(
            "GK640",
            "unregistered-domain",
            W,
            "领域「{value}」不是标准领域；如为本地领域，"
            "请在 gkcat.yaml 的 domains 中加入「{entry}」",
            'domain "{value}" is not a standard domain; if it is a local one, add "{entry}" to '
            "domains in gkcat.yaml",
            "The --domain of an imported catalog is neither a standard domain nor registered.",
        ),
        _r(
            "GK641",
            "import-option-unknown",
            E,
            "{option} 的值「{value}」无法识别{hint}",
            'the value "{value}" of {option} is not recognised{hint}',
            "An option of gkcat import names no level, or no date.",
        ),
        _r(
            "GK642",
            "output-unwritable",
            E,
            "无法写入输出文件「{path}」：{problem}",
            'cannot write the output file "{path}": {problem}',
            "gkcat import --out names a file that cannot be written (a directory, no permission).",
        ),
        _r(
            "GK643",
            "traditional-characters",
            Severity.INFO,
            "工作表中的繁体字已转换为简体（第一处在本单元格）",
            "traditional characters in the sheet were converted to simplified (the first here)",
            "An imported sheet is written in traditional characters; they become simplified.",
        ),
        # GK65x task-plan import (gkcat import --kind task-plan)
        _r(
            "GK650",
            "task-plan-no-tasks",
            E,
            "没有找到编号的任务：工作要点应有“一、”“（一）”“1.”等编号的段落，"
            "任务分解表应有「工作要求」等列",
            "no numbered tasks found: a 工作要点 numbers its paragraphs 一、 （一） 1., "
            "a 任务分解表 has a 工作要求 column",
            "The document holds no numbered task the import could read.",
        ),
        _r(
            "GK651",
            "document-unreadable",
            E,
            "无法读取文档：{problem}",
            "cannot read the document: {problem}",
            "The file is not a readable .docx (corrupt, encrypted, or an old .doc).",
        ),
        _r(
            "GK652",
            "text-unreadable",
            E,
            "无法作为文本读取：{problem}",
            "cannot read the file as text: {problem}",
            "A .txt/.md file is binary or in neither UTF-8 nor GB18030.",
        ),
        _r(
            "GK653",
            "plan-year-unknown",
            E,
            "无法确定年度：标题中没有「2024年」这样的年份；请用 --year 指定",
            "cannot tell the plan year: the title names no year such as 2024年; pass --year",
            "The imported plan's year is neither in its title nor given as an option.",
        ),
        _r(
            "GK654",
            "unit-unregistered",
            W,
            "单位「{name}」不在部门名录中（可在 gkcat.yaml 的 departments 下登记：{yaml}）"
            "{suggestion}",
            'unit "{name}" is not in the departments registry (register it under departments '
            "in gkcat.yaml: {yaml}){suggestion}",
            "An imported task names a unit that is neither an official name nor an alias.",
        ),
        _r(
            "GK655",
            "kept-as-description",
            Severity.INFO,
            "「{title}」（{lines}）不是任务，保留在说明（description）中",
            '"{title}" ({lines}) is no task; kept in the description',
            "Text that is no task (总体要求, 保障措施 …) goes to the plan's description.",
        ),
        _r(
            "GK656",
            "before-title-skipped",
            Severity.INFO,
            "标题之前的 {count} 行（印发通知等）未导入",
            "{count} line(s) before the title (the cover letter) not imported",
            "Lines above the plan's title (the cover letter, document number) are skipped.",
        ),
        _r(
            "GK657",
            "not-a-task-row",
            W,
            "不是任务行，未导入（{text}）",
            "not a task row; skipped ({text})",
            "A row of a 任务分解表 has no 工作要求 and is no section or group heading.",
        ),
        _r(
            "GK658",
            "task-table-column-missing",
            E,
            "任务分解表缺少「工作要求」列（可写作 {synonyms}）",
            "the 任务分解表 has no 工作要求 column (any of {synonyms})",
            "A 任务分解表 has neither a 工作要求 nor a 工作任务 column.",
        ),
        _r(
            "GK659",
            "plan-title-unknown",
            W,
            "没有找到工作要点的标题，使用「{title}」；可用 --title 指定",
            'no plan title found; using "{title}"; pass --title',
            "The document has no line naming the plan (…工作要点, …工作方案).",
        ),
        # GK66x gkcat plan next
        _r(
            "GK660",
            "not-a-task-plan",
            E,
            "「{file_name}」不是任务分解源文件（应有 kind: task-plan、year 和 sections），"
            "无法生成下一年度的任务分解",
            '"{file_name}" is not a task plan (kind: task-plan with year and sections); '
            "cannot make next year's plan",
            "gkcat plan next was given a file that is not a well-formed task plan.",
        ),
        _r(
            "GK661",
            "next-plan-exists",
            E,
            "「{path}」已存在，不会覆盖；请用 --out 指定另一个文件",
            '"{path}" exists and is not overwritten; pass --out with another file',
            "gkcat plan next would overwrite an existing file.",
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
