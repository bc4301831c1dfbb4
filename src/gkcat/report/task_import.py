"""The summary `gkcat import --kind task-plan` prints: counts, and the units to register."""

from __future__ import annotations

from collections.abc import Sequence

from gkcat.compile.plan_next import NextPlan
from gkcat.diagnostics import Lang
from gkcat.importers.task_plan import TaskStats


def task_plan_summary(stats: TaskStats | None, register: Sequence[str], lang: Lang) -> str:
    """导入 N 个部分、M 个方面、K 项任务 …, then the gkcat.yaml lines for unknown units."""
    s = stats or TaskStats()
    if lang == "zh":
        lines = [
            f"导入 {s.sections} 个部分、{s.groups} 个方面、{s.tasks} 项任务；"
            f"{s.kept} 段文字保留在说明中"
        ]
        if register:
            lines.append(f"{len(register)} 个单位不在部门名录中；在 gkcat.yaml 中登记：")
    else:
        lines = [
            f"imported {s.sections} sections, {s.groups} groups, {s.tasks} tasks; "
            f"{s.kept} blocks of text kept in the description"
        ]
        if register:
            lines.append(f"{len(register)} units are not in the registry; add to gkcat.yaml:")
    if register:
        lines += ["departments:", *register]
    return "\n".join(lines)


def next_plan_summary(result: NextPlan, lang: Lang) -> str:
    """已写入 tasks/2025.yaml：27 项任务重新编号为 T2025-001 起 …"""
    first = f"T{result.year}-001"
    out = result.out.as_posix() if result.out else ""
    if lang == "zh":
        return (
            f"已写入 {out}：{result.year} 年，{result.tasks} 项任务重新编号（从 {first} 起），"
            f"{result.deadlines} 个完成时限改为 {result.year} 年"
        )
    return (
        f"wrote {out}: year {result.year}, {result.tasks} tasks renumbered from {first}, "
        f"{result.deadlines} deadlines moved to {result.year}"
    )
