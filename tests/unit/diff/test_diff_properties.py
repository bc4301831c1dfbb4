"""Property tests of the diff: empty on itself, mirror images both ways, changes apply."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gkcat.diff.compare import Diff, compare, mirror
from gkcat.diff.normalise import normal_text, normal_value
from gkcat.diff.records import FIELDS, UNORDERED, Record
from gkcat.model import Catalog, Item, Project

# Few letters, so unrelated items sometimes look alike (recodes) and edits sometimes collide;
# full-width and half-width forms and spaces, so normalisation is exercised.
TEXT = st.text(alphabet="低保特困，,（）() 　政务公开a1１", max_size=8)
CHANNELS = st.lists(
    st.sampled_from(["政府网站", "政务服务中心", "便民服务站"]), unique=True, max_size=3
)
TEXTS = st.lists(TEXT, max_size=3).map(tuple)
CATALOG_IDS = ["a/county", "a/township", "b/county"]


@st.composite
def items(draw: st.DrawFn, ident: str) -> Item:
    return Item(
        id=ident,
        category=draw(TEXT),
        name=draw(TEXT),
        subname="",
        content=draw(TEXTS),
        basis=draw(TEXTS),
        time_limit=draw(TEXT),
        subject=draw(TEXTS),
        channels=tuple(draw(CHANNELS)),
        audience=("全社会",),
        mode=draw(st.sampled_from([("主动",), ("依申请",), ("主动", "依申请")])),
        levels=("县级",),
        powers=(),
        note="",
        index=0,
    )


def _project(placed: list[tuple[str, Item]]) -> Project:
    catalogs = []
    for cid in CATALOG_IDS:
        mine = tuple(replace(i, index=n) for n, i in enumerate(i for c, i in placed if c == cid))
        level = "乡级" if cid.endswith("township") else "县级"
        catalogs.append(
            Catalog(cid, f"catalogs/{cid}.yaml", "社会救助", level, "", "", "", "", mine)
        )
    return Project(Path("."), tuple(catalogs))


@st.composite
def projects(draw: st.DrawFn) -> list[tuple[str, Item]]:
    count = draw(st.integers(0, 6))
    return [(draw(st.sampled_from(CATALOG_IDS)), draw(items(f"X-{n:03d}"))) for n in range(count)]


@st.composite
def edited(draw: st.DrawFn, placed: list[tuple[str, Item]]) -> list[tuple[str, Item]]:
    """A revision of ``placed``: items kept, edited, moved, recoded or dropped, plus new ones."""
    result = []
    for cid, item in placed:
        action = draw(st.sampled_from(["keep", "edit", "move", "recode", "drop", "reformat"]))
        if action == "edit":
            field = draw(st.sampled_from(["name", "category", "time_limit", "content", "channels"]))
            value = draw(TEXTS if field == "content" else TEXT)
            value = tuple(draw(CHANNELS)) if field == "channels" else value
            item = replace(item, **{field: value})
        elif action == "move":
            cid = draw(st.sampled_from(CATALOG_IDS))
        elif action == "recode":
            item = replace(item, id="R" + item.id)
        elif action == "reformat":
            item = replace(item, name=f" {item.name}　", channels=item.channels[::-1])
        if action != "drop":
            result.append((cid, item))
    extra = draw(st.integers(0, 3))
    result.extend(
        (draw(st.sampled_from(CATALOG_IDS)), draw(items(f"N-{n:03d}"))) for n in range(extra)
    )
    return result


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Project, Project]:
    a = draw(projects())
    b = draw(edited(a)) if draw(st.booleans()) else draw(projects())
    return _project(a), _project(b)


def _key(diff: Diff) -> set[object]:
    return set(diff.changes)


@settings(max_examples=120, deadline=None)
@given(projects())
def test_diff_of_a_project_with_itself_is_empty(placed: list[tuple[str, Item]]) -> None:
    project = _project(placed)
    result = compare(project, project)
    assert result.changes == ()
    assert result.unchanged == project.item_count


@settings(max_examples=120, deadline=None)
@given(pairs())
def test_diff_both_ways_are_mirror_images(pair: tuple[Project, Project]) -> None:
    a, b = pair
    forward, backward = compare(a, b), compare(b, a)
    assert {mirror(c) for c in forward.changes} == _key(backward)
    assert forward.summary["added"] == backward.summary["removed"]
    assert forward.summary["removed"] == backward.summary["added"]
    assert forward.unchanged == backward.unchanged


def _normal(record: Record, values: dict[str, object]) -> tuple[object, ...]:
    return tuple(
        normal_value(values[f], unordered=f in UNORDERED)  # type: ignore[arg-type]
        for f in FIELDS[record.entity]
    )


@settings(max_examples=120, deadline=None)
@given(pairs())
def test_applying_reported_field_changes_to_old_gives_new(pair: tuple[Project, Project]) -> None:
    a, b = pair
    for change in compare(a, b).changes:
        if change.old is None or change.new is None:
            continue
        values = change.old.fields
        for f in change.fields:
            assert values[f.name] == f.old
            values[f.name] = f.new
        assert _normal(change.old, values) == _normal(change.new, change.new.fields)
        if change.kind != "recoded":
            assert change.old.id == change.new.id


@settings(max_examples=120, deadline=None)
@given(pairs())
def test_unreported_items_are_equivalent(pair: tuple[Project, Project]) -> None:
    a, b = pair
    result = compare(a, b)
    changed = {c.id for c in result.changes} | {c.old_id for c in result.changes}
    old = {i.id: (c.id, i) for c, i in a.iter_items()}
    new = {i.id: (c.id, i) for c, i in b.iter_items()}
    same = [k for k in old.keys() & new.keys() if k not in changed]
    assert len(same) == result.unchanged
    for key in same:
        assert old[key][0] == new[key][0]


@given(st.text())
def test_normal_text_is_idempotent(text: str) -> None:
    assert normal_text(normal_text(text)) == normal_text(text)
