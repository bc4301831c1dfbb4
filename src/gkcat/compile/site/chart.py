"""The index page's chart: items per catalog (domain × level), 主动 and 依申请, as inline SVG.

Plain view data with the geometry worked out here, so the template only draws rectangles and
text (no script, nothing the page's Content-Security-Policy would block).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gkcat.model import Catalog

LABEL_WIDTH = 116
BAR_AREA = 240
VALUE_WIDTH = 34
BAR = 11
ROW = 2 * BAR + 12
TOP = 6


@dataclass(frozen=True, slots=True)
class ChartBar:
    label: str
    value: int
    y: float
    width: float


@dataclass(frozen=True, slots=True)
class ChartRow:
    label: str
    y: float
    """Baseline of the row's label."""
    active: ChartBar
    request: ChartBar


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    label_width: int
    rows: tuple[ChartRow, ...]
    description: str


def build_chart(catalogs: Sequence[Catalog]) -> Chart:
    """One row per catalog in published order, two bars each: 主动 and 依申请 items."""
    counts = [
        (
            f"{c.domain}（{c.level}）",
            sum("主动" in i.mode for i in c.items),
            sum("依申请" in i.mode for i in c.items),
        )
        for c in catalogs
    ]
    top = max((max(a, r) for _, a, r in counts), default=0) or 1
    rows = []
    for index, (label, active, request) in enumerate(counts):
        y = TOP + index * ROW
        rows.append(
            ChartRow(
                label=label,
                y=y + BAR + 4,
                active=ChartBar("主动", active, y, round(BAR_AREA * active / top, 1)),
                request=ChartBar(
                    "依申请", request, y + BAR + 1, round(BAR_AREA * request / top, 1)
                ),
            )
        )
    description = "；".join(f"{label}：主动{a}项，依申请{r}项" for label, a, r in counts)
    return Chart(
        width=LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
        height=TOP * 2 + ROW * len(rows),
        label_width=LABEL_WIDTH,
        rows=tuple(rows),
        description=description,
    )
