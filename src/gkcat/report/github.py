"""GitHub Actions workflow commands, within GitHub's cap of 10 annotations per severity a step."""

from __future__ import annotations

from gkcat.diagnostics import Diagnostic, Lang, Severity, summarise
from gkcat.escape import log_line, md_text, workflow_data, workflow_property
from gkcat.report.text import format_line

ANNOTATION_CAP = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(diagnostics: tuple[Diagnostic, ...], lang: Lang) -> str:
    """Annotations for the first 10 errors and 10 warnings; the rest as plain log lines.

    Every line is escaped (gkcat.escape), so no value can start a workflow command."""
    lines: list[str] = []
    shown = {severity: 0 for severity in Severity}
    skipped = 0
    for d in diagnostics:
        if shown[d.severity] < ANNOTATION_CAP:
            shown[d.severity] += 1
            props = ",".join(
                f"{k}={workflow_property(str(v))}"
                for k, v in (
                    ("file", d.file),
                    ("line", d.line),
                    ("col", d.column),
                    ("title", d.code),
                )
                if v is not None
            )
            lines.append(f"::{_COMMAND[d.severity]} {props}::{workflow_data(d.message(lang))}")
        else:
            skipped += 1
            lines.append(log_line(format_line(d, lang)))
    if skipped:
        note = (
            f"另有 {skipped} 条诊断未作为注释显示"
            "（GitHub 每个步骤最多显示 10 个错误和 10 个警告），见上方日志"
            if lang == "zh"
            else f"{skipped} more diagnostics were not annotated (GitHub shows at most 10 errors "
            "and 10 warnings per step); see the log above"
        )
        lines.append(f"::notice title=gkcat::{workflow_data(note)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_step_summary(
    diagnostics: tuple[Diagnostic, ...], *, files: int, items: int, lang: Lang
) -> str:
    """A Markdown table for $GITHUB_STEP_SUMMARY."""
    summary = summarise(diagnostics, files=files, items=items)
    zh = lang == "zh"
    head = "## gkcat validate\n\n"
    head += (
        f"{summary.files} 个文件，{summary.items} 个公开事项：{summary.errors} 个错误，"
        f"{summary.warnings} 个警告\n\n"
        if zh
        else f"{summary.files} files, {summary.items} items: {summary.errors} errors, "
        f"{summary.warnings} warnings\n\n"
    )
    if not diagnostics:
        return head
    rows = [
        "| 文件 | 行 | 规则 | 说明 |" if zh else "| file | line | rule | message |",
        "|---|---|---|---|",
    ]
    for d in diagnostics:
        cells = (d.file or "", str(d.line or ""), d.code, d.message(lang))
        rows.append("| " + " | ".join(md_text(c) for c in cells) + " |")
    return head + "\n".join(rows) + "\n"
