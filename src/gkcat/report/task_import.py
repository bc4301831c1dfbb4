"""The summary `gkcat import --kind task-plan` prints: counts, and the units to register."""

from __future__ import annotations

from collections.abc import Sequence

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
