"""The rule table of docs/rules.md, generated from the registry."""

from __future__ import annotations

from gkcat.diagnostics import RULES
from gkcat.report.rules_grammar import render_grammar_markdown

_FAMILIES = {
    "1": "读取 reading",
    "2": "结构 structure",
    "3": "目录 catalog rules",
    "4": "权责清单 power lists",
    "5": "任务分解 task plans",
    "6": "导入 import",
    "9": "配置 configuration",
}


def render_rules_markdown() -> str:
    """Markdown: one table of every rule code with its default severity and both messages."""
    lines = [
        "# Rule codes",
        "",
        "Generated from `gkcat.diagnostics.RULES`; a test fails when this file is out of date",
        "(`pytest --update-golden` rewrites it). Codes are stable and never reused. Override a",
        "severity in gkcat.yaml: `severity: {GK306: error}`.",
        "",
        "| code | name | severity | family | what it means | 中文消息 |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULES.values():
        family = _FAMILIES.get(rule.code[2], "")
        zh = rule.zh.replace("|", "\\|")
        lines.append(
            f"| {rule.code} | {rule.slug} | {rule.severity.label} | {family} | "
            f"{rule.summary} | {zh} |"
        )
    return "\n".join(lines) + "\n" + render_grammar_markdown()
