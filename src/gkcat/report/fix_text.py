"""What ``gkcat fix`` prints: one line per value changed, then a count."""

from __future__ import annotations

from gkcat.fix.run import FixResult
from gkcat.i18n import Lang, say


def render_fix_lines(result: FixResult, lang: Lang) -> list[str]:
    lines = []
    for fix in result.fixes:
        for c in fix.changes:
            where = f"{fix.file}:{c.line}:{c.column}"
            old = c.old.replace("\n", "↵")
            lines.append(
                say("fix.change", lang, where=where, old=old, new=c.new, pointer=c.pointer)
            )
        if not fix.verified:
            lines.append(say("fix.refused", lang, file=fix.file))
    files = sum(1 for f in result.fixes if f.verified)
    changes = sum(len(f.changes) for f in result.fixes if f.verified)
    if not changes:
        return [*lines, say("fix.nothing", lang)]
    key = "fix.done" if result.written else "fix.would"
    return [*lines, say(key, lang, changes=changes, files=files)]
