"""Build target ``powers``: the 权责清单 table of each power list, as `gkcat import` reads it.

One workbook per power list under dist/powers/: title 〈department〉权责清单, a note row
with the version, then 序号 and the columns of ``compile/power_table.py`` (事项编码 | 事项名称 |
子项名称 | 事项类型 | 设定依据 | 行使层级, and 实施主体, 责任事项, 追责情形, 备注 and the list's own
columns only when some power has them). A 子项 repeats its main item's name in 事项名称 and has
its own name under 子项名称.
"""

from __future__ import annotations

from datetime import datetime

from gkcat.compile.power_table import columns_of, mains_of
from gkcat.compile.xlsx.catalog_sheet import TITLE_HEIGHT
from gkcat.compile.xlsx.layout import (
    BODY,
    BODY_CENTER,
    HEADER,
    NOTE,
    TITLE,
    Bounds,
    file_name,
    fit_columns,
    fit_rows,
    merge,
    put,
    put_row,
    set_height,
    set_up_page,
    sheet_name,
)
from gkcat.compile.xlsx.pack import document_stamp
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.compile.xlsx.writer import WorkbookWriter
from gkcat.model import PowerList, Project
from gkcat.settings import Settings

HEADER_ROW = 3


def write_power_list(ws: Sheet, power_list: PowerList, settings: Settings) -> None:
    """Fill ``ws`` with the table of ``power_list``."""
    columns = columns_of(power_list)
    width = len(columns) + 1
    put(ws, 1, 1, f"{power_list.department}权责清单", TITLE)
    merge(ws, 1, 1, 1, width)
    set_height(ws, 1, TITLE_HEIGHT)
    note = f"版本：{power_list.version}" if power_list.version else ""
    put(ws, 2, 1, note, NOTE)
    merge(ws, 2, 1, 2, width)
    put(ws, HEADER_ROW, 1, "序号", HEADER)
    for col, column in enumerate(columns, start=2):
        put(ws, HEADER_ROW, col, column.header, HEADER)
    mains = mains_of(power_list)
    styles = [BODY_CENTER, *(BODY_CENTER if c.centered else BODY for c in columns)]
    for n, power in enumerate(power_list.powers, start=1):
        row = HEADER_ROW + n
        values: list[str | int] = [n]
        values += (column.value(power, power_list, mains) for column in columns)
        put_row(ws, row, values, styles)
    bounds = [Bounds(5, 6), *(Bounds(*c.width) for c in columns)]
    widths = fit_columns(ws, bounds, first_row=HEADER_ROW)
    last = HEADER_ROW + len(power_list.powers)
    fit_rows(ws, widths, range(HEADER_ROW, last + 1))
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW), freeze=(1, HEADER_ROW + 1))


def power_list_workbook(power_list: PowerList, settings: Settings, stamp: datetime) -> bytes:
    ws = Sheet(sheet_name(power_list.department, set()))
    write_power_list(ws, power_list, settings)
    writer = WorkbookWriter(stamp, title=f"{power_list.department}权责清单")
    writer.add(ws)
    return writer.finish()


def compile_power_tables(project: Project, settings: Settings) -> dict[str, bytes]:
    """One 权责清单 workbook per power list, named by its department."""
    stamp = document_stamp(project, settings)
    outputs: dict[str, bytes] = {}
    for power_list in sorted(project.power_lists, key=lambda pl: pl.file):
        stem = power_list.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        name = file_name(f"{power_list.department}权责清单", stem)
        path, counter = f"{name}.xlsx", 1
        while path in outputs:
            counter += 1
            path = f"{name}({counter}).xlsx"
        outputs[path] = power_list_workbook(power_list, settings, stamp)
    return outputs
