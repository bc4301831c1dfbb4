"""A 任务分解表 (.xlsx, or a table inside a .docx) → task-plan data.

The header is found as for catalogs (synonyms, two-row headers). Columns: 工作任务/要点任务
(the group, merged down its tasks), 工作要求/具体要求/具体内容 (the requirement), 牵头单位,
责任单位/责任科室/责任部门, 配合单位, 完成时限/时限要求 (optional). With only a 工作任务
column, its text is the requirement. A row holding one text only (merged across, or in the
first column) is a section (一、…) or group (（一）…) heading; any other row without a
requirement is reported (GK657).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gkcat.diagnostics import Diagnostic
from gkcat.importers.cells import column, fill_same_as_above
from gkcat.importers.headers import Header, HeaderSpec, find_header
from gkcat.importers.power_rows import SheetPlace, text_args
from gkcat.importers.task_lines import HEADINGS, Line
from gkcat.importers.task_meta import Meta, find_title, read_meta
from gkcat.importers.task_plan import (
    Options,
    TaskImport,
    UnitNames,
    finish,
    no_tasks,
)
from gkcat.importers.units import Attribution, roles, split_units
from gkcat.importers.workbook import WorkbookImport, read_workbook
from gkcat.model import Registry

EMITS = frozenset({"GK657", "GK658"})
"""The rule codes this module emits."""

TASK_HEADERS = HeaderSpec(
    {
        "seq": ("序号", "编号"),
        "task": (
            "工作任务", "要点任务", "重点任务", "主要任务", "任务名称", "任务事项", "工作事项",
        ),
        "requirement": (
            "工作要求", "具体要求", "具体内容", "工作内容", "任务内容", "主要内容",
            "工作措施", "具体措施", "任务要求", "目标要求",
        ),
        "lead": ("牵头单位", "牵头部门", "牵头科室", "牵头处室"),
        "units": (
            "责任单位", "责任科室", "责任部门", "责任处室", "责任股室", "实施单位", "责任主体",
        ),
        "partners": ("配合单位", "配合部门", "配合科室", "协同单位", "协同处室", "参与单位"),
        "deadline": ("完成时限", "时限要求", "完成时间", "时间节点", "完成期限", "时限"),
        "note": ("备注",),
    }
)  # fmt: skip
DEFAULT_SECTION = "工作任务"
"""The section of tasks a table lists before (or without) any section row."""


def read_task_workbook(
    path: Path, *, file: str, registry: Registry, options: Options
) -> TaskImport:
    found: dict[str, TaskImport] = {}

    def read(
        grid: list[list[str]], merges: set[tuple[int, int]], name: str
    ) -> WorkbookImport | None:
        result = read_task_grid(
            grid, merges, file=file, sheet=name, registry=registry, options=options
        )
        if result is None:
            return None
        found["result"] = result
        return WorkbookImport(result.data, result.diagnostics, name)

    outcome = read_workbook(
        path, file=file, sheet=options.sheet, read=read, expected="「工作要求」「责任单位」"
    )
    if "result" in found:
        return found["result"]
    return TaskImport(None, outcome.diagnostics)


def read_docx_tables(
    tables: Sequence[list[list[str]]], *, file: str, registry: Registry, options: Options
) -> TaskImport:
    """The first table of a .docx that has a 任务分解表 header."""
    for index, grid in enumerate(tables, 1):
        result = read_task_grid(
            grid, set(), file=file, sheet=f"表{index}", registry=registry, options=options
        )
        if result is not None:
            return result
    return TaskImport(None, (no_tasks(file, 1),))


def read_task_grid(
    grid: list[list[str]],
    merges: set[tuple[int, int]],
    *,
    file: str,
    sheet: str,
    registry: Registry,
    options: Options,
) -> TaskImport | None:
    """One sheet's tasks; None when it has no 任务分解表 header."""
    header = find_header(grid, merges, TASK_HEADERS)
    if header is None:
        return None
    where = SheetPlace(file, sheet)
    if "requirement" not in header.columns and "task" not in header.columns:
        synonyms = "、".join(TASK_HEADERS.synonyms["requirement"])
        return TaskImport(None, (where.at("GK658", header.first_row + 1, None, synonyms=synonyms),))
    reader = TaskRows(header, where, UnitNames(registry, file))
    for index in range(header.last_row + 1, len(grid)):
        reader.read(index + 1, grid[index])
    above = [Line(i + 1, c) for i, row in enumerate(grid[: header.first_row]) for c in row if c]
    title_line = find_title(above)
    meta = read_meta(title_line, []) if title_line else Meta()
    if not reader.count:
        problem = no_tasks(file, header.first_row + 1)
        return TaskImport(None, (problem, *reader.diagnostics), sheet=sheet)
    data, problems = finish(reader.sections, meta, options, file)
    stats = reader.names.stats(len(reader.sections), reader.groups, reader.count)
    diagnostics = (*problems, *reader.diagnostics, *reader.names.unknown.values())
    return TaskImport(data, diagnostics, stats, reader.names.register, sheet)


def _heading(text: str) -> tuple[int, str] | None:
    for level, pattern in HEADINGS[:2]:
        match = pattern.match(text)
        if match and match.group(2):
            return level, match.group(2).rstrip("。.；; ")
    return None


class TaskRows:
    """Turns the rows below the header into sections, groups and tasks."""

    def __init__(self, header: Header, where: SheetPlace, names: UnitNames) -> None:
        self.header = header
        self.where = where
        self.names = names
        self.sections: list[dict[str, Any]] = []
        self.diagnostics: list[Diagnostic] = []
        self.count = 0
        self.groups = 0
        self._previous: list[str] = []
        self._group_key = ""

    def cell(self, row: Sequence[str], name: str) -> str:
        return column(row, self.header.columns, name).strip()

    def read(self, number: int, raw: Sequence[str]) -> None:
        if not any(c.strip() for c in raw):
            return
        row = fill_same_as_above(raw, self._previous)
        self._previous = row
        values = list(dict.fromkeys(c.strip() for c in row if c.strip()))
        if len(values) == 1 and self._heading_row(values[0]):
            return  # one text, in one cell or merged across the row
        requirement = self.cell(row, "requirement")
        task = self.cell(row, "task")
        if "requirement" not in self.header.columns:
            requirement, task = task, ""
        if not requirement:
            self.diagnostics.append(self.where.at("GK657", number, None, args=text_args(row)))
            return
        self._add(number, row, task, requirement)

    def _heading_row(self, text: str) -> bool:
        heading = _heading(text)
        if heading is None:
            return False
        level, title = heading
        if level == 1:
            self.sections.append({"title": title})
            self._group_key = ""
        else:
            self._section().setdefault("groups", []).append({"title": title, "tasks": []})
            self._group_key = text
            self.groups += 1
        return True

    def _section(self) -> dict[str, Any]:
        if not self.sections:
            self.sections.append({"title": DEFAULT_SECTION})
        return self.sections[-1]

    def _add(self, number: int, row: Sequence[str], task: str, requirement: str) -> None:
        section = self._section()
        if task and task != self._group_key:
            heading = _heading(task)
            title = heading[1] if heading else task.rstrip("。")
            section.setdefault("groups", []).append({"title": title, "tasks": []})
            self._group_key = task
            self.groups += 1
        entry = {"requirement": requirement, **self._roles(number, row)}
        if self._group_key and section.get("groups"):
            section["groups"][-1]["tasks"].append(entry)
        else:
            section.setdefault("tasks", []).append(entry)
        self.count += 1

    def _roles(self, number: int, row: Sequence[str]) -> dict[str, Any]:
        found = Attribution(lead=split_units(self.cell(row, "lead")))
        found.merge(roles(self.cell(row, "units")))
        found.merge(Attribution(units=split_units(self.cell(row, "partners"))))
        found.deadline = self.cell(row, "deadline")
        col = self.header.columns.get("units", self.header.columns.get("lead", 0)) + 1
        return self.names.keys(found, number, col)
