from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gkcat.pointers import item_index, join, split


@given(st.lists(st.text(), max_size=6))
def test_pointer_escape_round_trips(parts: list[str]) -> None:
    assert split(join(parts)) == parts


def test_pointer_escapes_tilde_and_slash_per_rfc6901() -> None:
    assert join(["a/b", "m~n", 3]) == "/a~1b/m~0n/3"


def test_item_index_reads_items_pointers_only() -> None:
    assert item_index("/items/12/basis/0") == 12
    assert item_index("/powers/3") is None
    assert item_index("") is None
