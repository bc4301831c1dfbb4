"""The official 任务分解表 of each task plan: 要点任务 | 工作要求 | 责任单位 | 完成时限."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gkcat.compile.numbering import LEAD_MARK, group_label, section_label
from gkcat.compile.official_names import official
from gkcat.compile.xlsx.catalog_sheet import TITLE_HEIGHT, Column
from gkcat.compile.xlsx.layout import (
    BODY,
    BODY_CENTER,
    HEADER,
    STRONG,
    TITLE,
    Bounds,
    file_name,
    fit_columns,
    fit_rows,
    merge,
    put,
    set_height,
    set_up_page,
    sheet_name,
)
from gkcat.compile.xlsx.pack import document_stamp
from gkcat.compile.xlsx.pages import Labels, continued, lay_out_pages, layout, set_breaks
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.writer import WorkbookWriter
from gkcat.model import Project, Task, TaskPlan
from gkcat.safe_names import unique_name
from gkcat.settings import Settings

TASK_COLUMNS = (
    Column("要点任务", "", Bounds(16, 24)),
    Column("工作要求", "", Bounds(40, 64)),
    Column("责任单位", "", Bounds(16, 26)),
    Column("完成时限", "", Bounds(10, 16)),
)
HEADER_ROW = 2


def task_label(number: int, requirement: str) -> str:
    """1.requirement — the third level; numbers run through the whole plan."""
    return f"{number}.{requirement}"


def units_text(task: Task) -> str:
    """责任单位 one per line; leads first and marked （牵头） when there are others."""
    units = list(dict.fromkeys([*task.lead, *task.units]))
    if task.lead and len(units) > 1:
        units = [u + LEAD_MARK if u in task.lead else u for u in units]
    return "\n".join(units)


def write_plan(
    ws: Sheet, plan: TaskPlan, settings: Settings, numbers: Mapping[str, int] | None = None
) -> None:
    """Fill ``ws`` with ``plan``: section rows span the table, group titles span their tasks.

    ``numbers`` (task id → number) keeps the numbers of a whole plan in an excerpt of it.
    The table is cut into pages; a section row always starts a page's block (never ends a
    page), and a group carried over to the next page repeats its title, marked （续）.
    """
    width = len(TASK_COLUMNS)
    put(ws, 1, 1, plan.title, TITLE)
    merge(ws, 1, 1, 1, width)
    set_height(ws, 1, TITLE_HEIGHT)
    for col, column in enumerate(TASK_COLUMNS, start=1):
        put(ws, HEADER_ROW, col, column.header, HEADER)
    first = HEADER_ROW + 1
    sections: set[int] = set()
    labels: list[str] = []
    keys: list[str] = []
    row, number = first, 0
    for s, section in enumerate(plan.sections, start=1):
        put(ws, row, 1, section_label(s, section.title), STRONG)
        for col in range(2, width + 1):
            put(ws, row, col, "", STRONG)
        merge(ws, row, 1, row, width)
        sections.add(row - first)
        labels.append("")
        keys.append("")
        row += 1
        blocks = [("", section.tasks)] if section.tasks else []
        blocks += [(group_label(g, gr.title), gr.tasks) for g, gr in enumerate(section.groups, 1)]
        for b, (label, tasks) in enumerate(blocks):
            for task in tasks or (None,):
                number += task is not None
                shown = numbers.get(task.id, number) if numbers and task else number
                put(ws, row, 1, continued(label) if label else "", BODY)
                put(ws, row, 2, task_label(shown, task.requirement) if task else "", BODY)
                put(ws, row, 3, units_text(task) if task else "", BODY_CENTER)
                put(ws, row, 4, task.deadline if task else "", BODY_CENTER)
                labels.append(label)
                keys.append(f"{s}.{b}")
                row += 1
    widths = fit_columns(ws, [c.bounds for c in TASK_COLUMNS], first_row=HEADER_ROW)
    fit_rows(ws, widths, range(HEADER_ROW, first))
    room = layout(
        widths,
        settings,
        above=TITLE_HEIGHT,
        repeated=ws.heights.get(HEADER_ROW, 0.0),
    )
    columns = [Labels(1, labels, keys, BODY)]
    starts = lay_out_pages(ws, widths, first, room, columns, keep_with_next=sections)
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW), freeze=(1, first))
    set_breaks(ws, first, starts, room.scale)


def plan_sheet(plan: TaskPlan, settings: Settings, taken: set[str]) -> Sheet:
    ws = Sheet(sheet_name(f"{plan.year}年任务分解" if plan.year else "任务分解", taken))
    write_plan(ws, plan, settings)
    return ws


def compile_task_tables(project: Project, settings: Settings) -> dict[str, bytes]:
    """Build target ``tasks``: one 任务分解表 workbook per task plan."""
    project = official(project)
    stamp = document_stamp(project, settings)
    outputs: dict[str, bytes] = {}
    taken: set[str] = set()
    for plan in _ordered(project.task_plans):
        name = file_name(plan.title, plan.file.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        path = unique_name(name, taken, extension=".xlsx")
        writer = WorkbookWriter(stamp, title=plan.title)
        writer.add(plan_sheet(plan, settings, set()))
        outputs[path] = writer.finish()
    return outputs


def _ordered(plans: Sequence[TaskPlan]) -> list[TaskPlan]:
    return sorted(plans, key=lambda p: (p.year or 0, p.file))


def task_numbers(plan: TaskPlan) -> dict[str, int]:
    """Task id → its number in the plan's 任务分解表 (1, 2, … through the whole plan)."""
    return {task.id: n for n, task in enumerate(plan.iter_tasks(), 1) if task.id}
