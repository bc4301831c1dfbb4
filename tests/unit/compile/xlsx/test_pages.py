"""Page planning: greedy pages, section rows kept with what follows, labels split at breaks."""

from __future__ import annotations

from gkcat.compile.xlsx.layout import BODY_CENTER, set_up_page
from gkcat.compile.xlsx.pages import (
    Layout,
    layout,
    merge_labels,
    paginate,
    print_scale,
    segments,
    set_breaks,
)
from gkcat.compile.xlsx.sheet import Sheet
from gkcat.settings import Settings


def test_paginate_fills_pages_greedily() -> None:
    assert paginate([40, 40, 40, 40, 40], Layout(100, 90, 120)) == [2]
    assert paginate([40] * 6, Layout(100, 90, 90)) == [2, 4]


def test_paginate_gives_an_oversized_row_its_own_page() -> None:
    assert paginate([10, 500, 10], Layout(100, 100, 100)) == [1, 2]


def test_paginate_never_ends_a_page_with_a_kept_row() -> None:
    # row 2 is a section heading: without the rule the first page would end with it
    assert paginate([40, 40, 10, 40, 40], Layout(100, 95, 95)) == [3]
    assert paginate([40, 40, 10, 40, 40], Layout(100, 95, 95), keep_with_next={2}) == [2]


def test_paginate_keeps_a_chain_of_headings_together() -> None:
    heights = [30, 30, 10, 10, 30]
    assert paginate(heights, Layout(100, 80, 80), keep_with_next={2, 3}) == [2]


def test_segments_cut_runs_at_page_starts_and_skip_empty_labels() -> None:
    values = ["甲", "甲", "甲", "", "乙", "乙"]
    assert segments(values, set()) == [(0, 2), (4, 5)]
    assert segments(values, {2, 5}) == [(0, 1), (2, 2), (4, 4), (5, 5)]


def test_merge_labels_repeats_a_carried_label_with_a_continuation_mark() -> None:
    ws = Sheet("s")
    merge_labels(ws, 1, 1, ["救助", "救助", "救助", "养老"], {2}, BODY_CENTER)
    assert [ws.value(r, 1) for r in range(1, 5)] == [
        "救助",
        None,
        "救助（续）",
        "养老",
    ]
    assert {str(r) for r in ws.merges} == {"A1:A2"}


def test_merge_labels_repeats_numbers_without_a_mark() -> None:
    ws = Sheet("s")
    merge_labels(ws, 1, 1, [1, 1, 1], {1}, BODY_CENTER, keys=["a", "a", "a"])
    assert [ws.value(r, 1) for r in range(1, 4)] == [1, 1, None]
    assert {str(r) for r in ws.merges} == {"A2:A3"}


def test_scale_fits_the_table_to_the_paper_width() -> None:
    a4, a3 = Settings(), Settings(paper_size="A3")
    assert print_scale([10] * 5, a4) == 100
    assert print_scale([20] * 11, a4) == 49  # 220 units × 7 pt against 769.9 pt of paper
    assert print_scale([20] * 11, a3) > print_scale([20] * 11, a4)
    room = layout([20] * 11, a4, above=50, repeated=30)
    assert room.rest - room.first == 50
    assert room.rest > 2 * 400  # half scale: twice the printed height in row points


def test_set_breaks_places_manual_breaks_and_an_explicit_scale() -> None:
    ws = Sheet("s")
    set_up_page(ws, Settings(), header_rows=(3, 4), freeze=(1, 5))
    assert ws.page is not None
    assert ws.page.scale is None  # fit to one page wide
    set_breaks(ws, 5, [3, 7], 62)
    assert ws.page.breaks == [7, 11]
    assert ws.page.scale == 62
