"""Canonical YAML dump of a workbook, for golden tests (never compare bytes).

Per sheet: cell values and types, the formatting gkcat promises (fonts, fills, borders,
alignment, number formats), widths, heights, merges, freeze panes, print titles, page setup,
footers and hyperlinks. Distinct cell styles are listed once and referred to by number.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import yaml
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet.worksheet import Worksheet


def _side(side: Any) -> str:
    return side.style or "-" if side is not None else "-"


def _style(cell: Cell | MergedCell) -> dict[str, Any]:
    font, align, border, fill = cell.font, cell.alignment, cell.border, cell.fill
    style: dict[str, Any] = {
        "font": f"{font.name} {font.sz:g}"
        + (" bold" if font.b else "")
        + (f" underline={font.u}" if font.u else "")
        + (
            f" color={font.color.rgb}"
            if font.color is not None and font.color.type == "rgb"
            else ""
        ),
        "align": f"{align.horizontal or '-'}/{align.vertical or '-'}"
        + (" wrap" if align.wrap_text else ""),
        "border": " ".join(
            _side(s) for s in (border.left, border.right, border.top, border.bottom)
        ),
    }
    if fill is not None and fill.fill_type:
        style["fill"] = f"{fill.fill_type} {fill.fgColor.rgb}"
    if cell.number_format != "General":
        style["format"] = cell.number_format
    if cell.quotePrefix:
        style["quote_prefix"] = True
    return style


def _sheet(ws: Worksheet, styles: list[dict[str, Any]]) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    for row in ws.iter_rows():
        for cell in row:
            style = _style(cell)
            if cell.value is None and style["border"] == "- - - -":
                continue
            if style not in styles:
                styles.append(style)
            entry: list[Any] = [cell.value, styles.index(style)]
            if cell.data_type not in ("s", "n"):
                entry.append(cell.data_type)  # "f" would be a formula: catalog text must not be
            cells[cell.coordinate] = entry
    setup = ws.page_setup
    return {
        "name": ws.title,
        "dimensions": ws.dimensions,
        "freeze": ws.freeze_panes,
        "print_titles": ws.print_title_rows,
        "page_setup": {
            "orientation": setup.orientation,
            "paper_size": setup.paperSize,
            "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage,
            "fit_to_width": setup.fitToWidth,
            "fit_to_height": setup.fitToHeight,
            "scale": setup.scale,
            "row_breaks": [b.id for b in ws.row_breaks.brk],
            "centered": ws.print_options.horizontalCentered,
            "margins": [
                ws.page_margins.left,
                ws.page_margins.right,
                ws.page_margins.top,
                ws.page_margins.bottom,
            ],
        },
        "footer": ws.oddFooter.center.text,
        "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.width},
        "heights": {k: d.height for k, d in sorted(ws.row_dimensions.items()) if d.height},
        "merges": sorted(str(r) for r in ws.merged_cells.ranges),
        "hyperlinks": {
            c.coordinate: c.hyperlink.location or c.hyperlink.target
            for row in ws.iter_rows()
            for c in row
            if c.hyperlink
        },
        "cells": cells,
    }


class _Dumper(yaml.SafeDumper):
    """Multi-line cell text as one double-quoted line with \\n escapes, for readable diffs."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _charts(data: bytes) -> dict[str, dict[str, Any]]:
    """Each chart part: its kind, title and the cell ranges it plots (openpyxl cannot read
    charts back, so they are read from the XML)."""
    charts: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart")):
            xml = archive.read(name).decode("utf-8")
            kinds = re.findall(r"<(?:c:)?(\w+Chart)>", xml)
            charts[name] = {
                "kinds": kinds,
                "direction": re.findall(r'<(?:c:)?barDir val="(\w+)"', xml),
                "text": re.findall(r"<a:t>([^<]*)</a:t>", xml),
                "ranges": re.findall(r"<(?:c:)?f>([^<]*)</(?:c:)?f>", xml),
            }
    return charts


def dump_workbook(data: bytes) -> str:
    """The canonical YAML text of the .xlsx ``data``."""
    wb = load_workbook(io.BytesIO(data))
    styles: list[dict[str, Any]] = []
    sheets = [_sheet(ws, styles) for ws in wb.worksheets]
    props = wb.properties
    doc = {
        "properties": {
            "title": props.title,
            "creator": props.creator,
            "created": props.created.isoformat() if props.created else None,
            "modified": props.modified.isoformat() if props.modified else None,
        },
        "sheets": sheets,
        "charts": _charts(data),
        "styles": dict(enumerate(styles)),
    }
    return yaml.dump(
        doc,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=None,
    )
