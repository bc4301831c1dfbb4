"""What ``gkcat fix`` prints: one line per value changed, then a count."""

from __future__ import annotations

from gkcat.diagnostics import Lang
from gkcat.fix.run import FixResult


def render_fix_lines(result: FixResult, lang: Lang) -> list[str]:
    lines = []
    for fix in result.fixes:
        for c in fix.changes:
            old = c.old.replace("\n", "↵")
            if lang == "zh":
                lines.append(f"{fix.file}:{c.line}:{c.column}: 「{old}」→「{c.new}」 ({c.pointer})")
            else:
                lines.append(f'{fix.file}:{c.line}:{c.column}: "{old}" → "{c.new}" ({c.pointer})')
        if not fix.verified:
            lines.append(
                f"{fix.file}: 修正后的内容与预期不符，未写入；请手工修改"
                if lang == "zh"
                else f"{fix.file}: the fixed text does not read back as planned; not written"
            )
    files = sum(1 for f in result.fixes if f.verified)
    changes = sum(len(f.changes) for f in result.fixes if f.verified)
    if lang == "zh":
        verb = "已修正" if result.written else "可修正"
        lines.append(f"{verb} {changes} 处（{files} 个文件）" if changes else "无需修正")
    else:
        verb = "fixed" if result.written else "would fix"
        lines.append(
            f"{verb} {changes} value(s) in {files} file(s)" if changes else "nothing to fix"
        )
    return lines
