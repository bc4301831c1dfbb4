"""Property tests: normalisation and fixes never fail and are idempotent; fixes read back."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from gkcat import vocab
from gkcat.checks.citations import fix_citation
from gkcat.fix.plan import fix_catalog
from gkcat.model import Registry
from gkcat.normalise.text import split_list, strip_layout, unmirror

_PIECES = [
    *"社会救助政府网站公开查阅点主动依申请县级乡级國發號鄉規劃",
    *" \n\u3000、，,；;()（）《》〔〕[]【】号第令0123456789",
    *vocab.CHANNELS,
    *vocab.CHANNEL_ALIASES,
    "国令第492号",
    "国办发[2019]54号",
    "GB T 3095",
    "(xiāng)",
    "第二十三、二十四条",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@given(texts)
def test_text_functions_are_idempotent(text: str) -> None:
    for fn in (strip_layout, unmirror, fix_citation):
        once = fn(text)
        assert fn(once) == once
    assert all(p == p.strip() and p for p in split_list(text))


values = st.one_of(texts, st.lists(texts, min_size=1, max_size=4))
items = st.fixed_dictionaries(
    {
        "id": st.just("A-1"),
        "basis": values,
        "time_limit": texts,
        "subject": values,
        "channels": values,
        "audience": values,
        "mode": values,
    }
)


@settings(max_examples=60)
@given(st.lists(items, min_size=1, max_size=3), st.booleans())
def test_fix_reads_back_as_planned_and_twice_changes_nothing(
    rows: list[dict[str, object]], flow: bool
) -> None:
    data = {"kind": "catalog", "domain": "社会 救助", "items": rows}
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow, sort_keys=False)
    channels = tuple(vocab.CHANNELS)
    first = fix_catalog("c.yaml", text, data, channels=channels, registry=Registry())
    assert first.verified, (text, first.new)
    again_data = yaml.safe_load(first.new)
    second = fix_catalog("c.yaml", first.new, again_data, channels=channels, registry=Registry())
    assert second.changes == ()
    assert second.new == first.new
