"""Property: the rows written to a catalog sheet read back as the model's rows."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from gkcat.compile.xlsx.layout import clean
from gkcat.compile.xlsx.workbook import compile_workbooks
from gkcat.model import Catalog, Item, Project
from gkcat.settings import Settings

# Map to the form gkcat writes (cleaned, stripped) instead of filtering: filtering discarded
# so many inputs that Hypothesis's health check failed now and then.
_text = (
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=40)
    .map(lambda t: clean(t).strip())
    .filter(lambda t: bool(t) and clean(t) == t)
)
_texts = st.lists(_text, min_size=1, max_size=3).map(tuple)


@st.composite
def items(draw: st.DrawFn) -> tuple[Item, ...]:
    count = draw(st.integers(1, 6))
    return tuple(
        Item(
            id=f"X-{i}",
            category=draw(_text),
            name=draw(_text),
            subname="",
            content=draw(_texts),
            basis=draw(_texts),
            time_limit=draw(_text),
            subject=draw(_texts),
            channels=("政府网站",),
            audience=("全社会",),
            mode=("主动",),
            levels=("县级",),
            powers=(),
            note="",
            index=i,
        )
        for i in range(count)
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items())
def test_catalog_rows_read_back_as_written(rows: tuple[Item, ...]) -> None:
    catalog = Catalog(
        "employment/county", "catalogs/employment/county.yaml", "就业", "县级", "", "", "", "", rows
    )
    data = compile_workbooks(Project(Path("."), (catalog,)), Settings())
    ws = load_workbook(io.BytesIO(next(iter(data.values()))))["就业（县级）"]
    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    for offset, item in enumerate(rows):
        row = 5 + offset
        values = [ws.cell(row=row, column=col).value for col in range(1, 9)]
        category = values[1]
        if category is None:  # inside a merged 一级事项 block: the block's first row holds it
            top = max(r for (r, c) in merged if c == 2 and r <= row)
            category = ws.cell(row=top, column=2).value
        assert values[0] == offset + 1
        assert category == item.category
        assert values[2:6] == [
            item.name,
            "\n".join(item.content),
            "\n".join(item.basis),
            item.time_limit,
        ]
        assert values[6] == "\n".join(item.subject)
