"""The statistics sheet (items per domain × level × 方式/对象) and the power coverage sheet."""

from __future__ import annotations

from collections.abc import Sequence

from gkcat import vocab
from gkcat.compile.xlsx.catalog_sheet import (
    HEADER_ROW,
    Column,
    merge_runs,
    write_header,
    write_title,
)
from gkcat.compile.xlsx.layout import (
    BODY,
    BODY_CENTER,
    HEADER,
    PERCENT,
    Bounds,
    fit_columns,
    fit_rows,
    merge,
    put,
    set_up_page,
)
from gkcat.compile.xlsx.sheet import BarChart, Sheet
from gkcat.coverage import Coverage
from gkcat.model import Catalog
from gkcat.settings import Settings

STAT_COLUMNS = (
    Column("领域", "", Bounds(12, 18)),
    Column("层级", "", Bounds(10, 12)),
    Column("事项数", "", Bounds(8, 10)),
    *(Column(m, "公开方式", Bounds(8, 10)) for m in vocab.MODES),
    *(Column(a, "公开对象", Bounds(9, 10)) for a in vocab.AUDIENCES),
)


def _counts(catalogs: Sequence[Catalog]) -> list[int]:
    items = [item for catalog in catalogs for item in catalog.items]
    return [
        len(items),
        *(sum(m in item.mode for item in items) for m in vocab.MODES),
        *(sum(a in item.audience for item in items) for a in vocab.AUDIENCES),
    ]


def write_statistics(
    ws: Sheet, catalogs: Sequence[Catalog], settings: Settings, *, title: str
) -> None:
    """One row per catalog (领域 merged), then the total and a subtotal per level.

    An item that is both 主动 and 依申请 (or for both audiences) counts in both columns.
    """
    width = len(STAT_COLUMNS)
    write_title(ws, title, "单位：项", width)
    write_header(ws, STAT_COLUMNS, HEADER_ROW)
    row = HEADER_ROW + 2
    for catalog in catalogs:
        _stat_row(ws, row, [catalog.domain, catalog.level], _counts([catalog]))
        row += 1
    merge_runs(ws, 1, HEADER_ROW + 2, [c.domain for c in catalogs])
    totals: list[tuple[str, list[Catalog]]] = [("合计", list(catalogs))]
    for level in vocab.LEVELS:
        at_level = [c for c in catalogs if c.level == level]
        if at_level:
            totals.append((f"其中：{level}", at_level))
    for label, group in totals:
        _stat_row(ws, row, [label, ""], _counts(group), strong=True)
        merge(ws, row, 1, row, 2)
        row += 1
    widths = fit_columns(ws, [c.bounds for c in STAT_COLUMNS], first_row=HEADER_ROW)
    fit_rows(ws, widths, range(HEADER_ROW, row))
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW + 1), freeze=(1, HEADER_ROW + 2))
    if catalogs:
        add_mode_chart(
            ws, HEADER_ROW + 2, HEADER_ROW + 1 + len(catalogs), anchor=(width + 2, HEADER_ROW)
        )


CHART_TITLE = "各标准目录主动公开、依申请公开事项数"


def add_mode_chart(ws: Sheet, first: int, last: int, *, anchor: tuple[int, int]) -> None:
    """A clustered bar chart of the 主动 and 依申请 columns, one pair of bars per catalog
    (领域 × 层级 as a two-level axis), beside the table so both print on one page.

    ``anchor`` is the (column, row) of its top-left corner.
    """
    modes = tuple(i for i, c in enumerate(STAT_COLUMNS, start=1) if c.group == "公开方式")
    ws.chart = BarChart(
        title=CHART_TITLE,
        axis_title="事项数",
        series_cols=modes,
        category_cols=(1, 2),
        header_row=first - 1,
        first_row=first,
        last_row=last,
        anchor=anchor,
        width_cm=15,
        height_cm=min(13.0, max(7.0, 0.9 * (last - first + 1) + 4)),
    )


def _stat_row(
    ws: Sheet, row: int, labels: Sequence[str], counts: Sequence[int], *, strong: bool = False
) -> None:
    for col, label in enumerate(labels, start=1):
        put(ws, row, col, label, HEADER if strong else BODY_CENTER)
    for col, count in enumerate(counts, start=len(labels) + 1):
        put(ws, row, col, count, BODY_CENTER)


COVERAGE_COLUMNS = (
    Column("序号", "", Bounds(5, 6)),
    Column("部门", "", Bounds(14, 24)),
    Column("权责事项", "", Bounds(9, 10)),
    Column("须覆盖事项", "", Bounds(11, 12)),
    Column("已覆盖", "", Bounds(8, 10)),
    Column("覆盖率", "", Bounds(8, 10)),
    Column("未覆盖事项（编码 名称 类型）", "", Bounds(30, 60)),
)


def write_coverage(ws: Sheet, coverage: Coverage, settings: Settings, *, title: str) -> None:
    """Per department: powers, must-cover powers, how many a catalog item cites, the gaps."""
    types = "、".join(settings.must_cover)
    write_title(ws, title, f"须覆盖的权力类型：{types}", len(COVERAGE_COLUMNS))
    for col, column in enumerate(COVERAGE_COLUMNS, start=1):
        put(ws, HEADER_ROW, col, column.header, HEADER)
    row = HEADER_ROW
    for number, dept in enumerate(coverage.departments, start=1):
        row += 1
        gaps = "\n".join(f"{p.code} {p.name}（{p.type}）" for p in dept.uncovered)
        counts = [len(dept.powers), len(dept.must_cover), len(dept.covered)]
        _coverage_row(ws, row, [number, dept.department], counts, dept.ratio, gaps)
    row += 1
    totals = [coverage.powers, coverage.must_cover, coverage.covered]
    _coverage_row(ws, row, ["合计", ""], totals, coverage.ratio, "")
    merge(ws, row, 1, row, 2)
    widths = fit_columns(ws, [c.bounds for c in COVERAGE_COLUMNS], first_row=HEADER_ROW)
    fit_rows(ws, widths, range(HEADER_ROW, row + 1))
    set_up_page(ws, settings, header_rows=(HEADER_ROW, HEADER_ROW), freeze=(1, HEADER_ROW + 1))


def _coverage_row(
    ws: Sheet,
    row: int,
    labels: Sequence[str | int],
    counts: Sequence[int],
    ratio: float,
    gaps: str,
) -> None:
    for col, value in enumerate([*labels, *counts], start=1):
        put(ws, row, col, value, HEADER if value == "合计" else BODY_CENTER)
    put(ws, row, len(labels) + len(counts) + 1, round(ratio, 4), PERCENT)
    put(ws, row, len(COVERAGE_COLUMNS), gaps, BODY)
