"""The read cache never changes results: warm runs equal cold ones after every kind of edit."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gkcat import api, resources
from gkcat.load import cache as cache_module
from gkcat.load import project as project_module
from gkcat.load.cache import CACHE_DIR, ReadCache
from gkcat.load.packs import MAX_PACKS, Packs
from gkcat.load.root import project_names
from gkcat.settings import Options

Outcome = tuple[object, ...]


def outcome(root: Path, *, cache: bool) -> Outcome:
    """Everything a validate run reports, in a comparable form."""
    result = api.validate(root, options=Options(cache=cache))
    rows = tuple(
        (d.code, d.severity, d.file, d.line, d.column, d.pointer, d.item, d.message("zh"))
        for d in result.diagnostics
    )
    return rows, result.files, result.items, result.exit_code


@pytest.fixture(autouse=True)
def private_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own user cache key, as another user would."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def change_a_field(root: Path) -> None:
    _edit(
        root / "catalogs/social-assistance/county.yaml",
        "自信息形成或者变更之日起20个工作日内",
        "自信息形成之日起45个工作日内",
    )


def duplicate_id_in_another_file(root: Path) -> None:
    first = (root / "catalogs/social-assistance/county.yaml").read_text(encoding="utf-8")
    first_id = first.split("- id: ", 1)[1].split("\n", 1)[0]
    other = root / "catalogs/elderly-care/county.yaml"
    text = other.read_text(encoding="utf-8")
    own_id = text.split("- id: ", 1)[1].split("\n", 1)[0]
    other.write_text(text.replace(f"- id: {own_id}", f"- id: {first_id}", 1), encoding="utf-8")


def remove_a_power(root: Path) -> None:
    path = root / "powers/civil-affairs.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition('  - code: "4509xx-QR-0001"')
    _, _, tail = rest.partition("\n  - code:")
    path.write_text(f"{head}  - code:{tail}", encoding="utf-8")


def change_the_config(root: Path) -> None:
    """Drop a department from the registry: its items' 公开主体 are no longer known."""
    _edit(root / "gkcat.yaml", "  - name: 示例县民政局\n", "  - name: 示例县民政事务局\n")


def break_yaml(root: Path) -> None:
    path = root / "tasks" / next(p.name for p in (root / "tasks").glob("*.yaml"))
    path.write_text(path.read_text(encoding="utf-8") + "\n  bad: [unclosed\n", encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {
    "change a field": change_a_field,
    "add a duplicate id in another file": duplicate_id_in_another_file,
    "remove a power": remove_a_power,
    "change gkcat.yaml": change_the_config,
    "break a file": break_yaml,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_warm_runs_equal_cold_runs_after_an_edit(
    sample_project: Path, edit: Callable[[Path], None]
) -> None:
    before = outcome(sample_project, cache=True)
    assert (sample_project / CACHE_DIR).is_dir()
    assert outcome(sample_project, cache=True) == before  # fully warm
    edit(sample_project)
    warm = outcome(sample_project, cache=True)
    cold = outcome(sample_project, cache=False)
    assert warm == cold
    assert warm != before, "the edit should change what validate reports"
    assert outcome(sample_project, cache=True) == cold


def test_a_schema_change_is_a_new_cache(
    sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(resources.schemas_dir(), schemas)
    for module in (cache_module, project_module):
        monkeypatch.setattr(module, "schemas_dir", lambda: schemas)
    before = outcome(sample_project, cache=True)
    path = schemas / "catalog.schema.json"
    # Names of at most 4 characters: most items of the sample break the changed schema.
    text = path.read_text(encoding="utf-8")
    assert '"name": {' in text
    path.write_text(text.replace('"name": {', '"name": {"maxLength": 4, ', 1), encoding="utf-8")
    warm = outcome(sample_project, cache=True)
    assert warm == outcome(sample_project, cache=False)
    assert warm != before


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: b"garbage" * 10,
        lambda blob: b"",
        lambda blob: blob[:32] + bytes(b ^ 0xFF for b in blob[32:64]) + blob[64:],
    ],
    ids=["truncated", "garbage", "empty", "flipped"],
)
def test_damaged_entries_are_ignored_and_rewritten(
    sample_project: Path, damage: Callable[[bytes], bytes]
) -> None:
    cold = outcome(sample_project, cache=False)
    outcome(sample_project, cache=True)
    entries = sorted((sample_project / CACHE_DIR).rglob("*"))
    files = [p for p in entries if p.is_file() and p.name != ".gitignore"]
    assert files
    for path in files:
        path.write_bytes(damage(path.read_bytes()))
    assert outcome(sample_project, cache=True) == cold
    read = sample_project / CACHE_DIR / "read"
    assert Packs(read).names() >= set(entry_names(sample_project)), "damaged entries are rewritten"
    assert outcome(sample_project, cache=True) == cold


def test_entries_signed_by_another_user_are_not_trusted(
    sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache committed to the repository (or copied from elsewhere) is never believed."""
    honest = outcome(sample_project, cache=False)
    change_a_field(sample_project)
    broken = outcome(sample_project, cache=False)
    assert broken != honest
    # Someone else's clean run of the same bytes, with their key, signs "no findings" entries…
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    outcome(sample_project, cache=True)
    # …which this user must not trust: a different key, so the run is checked afresh.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "me"))
    assert outcome(sample_project, cache=True) == broken


def test_no_cache_writes_nothing(sample_project: Path) -> None:
    outcome(sample_project, cache=False)
    assert not (sample_project / CACHE_DIR).exists()


def test_the_cache_ignores_itself_in_git(sample_project: Path) -> None:
    outcome(sample_project, cache=True)
    assert (sample_project / CACHE_DIR / ".gitignore").read_text(encoding="utf-8") == "*\n"


def entry_names(root: Path) -> list[str]:
    """The entry name of every source of the project as it is now."""
    paths = project_module.discover(root)
    cache = ReadCache.open(root, (root / "gkcat.yaml").read_bytes())
    assert cache is not None
    names = project_names(paths, root)
    return [cache.name(file, path.read_bytes()) for file, path in zip(names, paths, strict=True)]


def test_a_cold_run_writes_one_pack_holding_every_file(sample_project: Path) -> None:
    outcome(sample_project, cache=True)
    read = sample_project / CACHE_DIR / "read"
    assert [p.suffix for p in read.iterdir()] == [".pack"]
    assert Packs(read).names() == set(entry_names(sample_project))


def test_stale_entries_are_pruned(sample_project: Path) -> None:
    outcome(sample_project, cache=True)
    read = sample_project / CACHE_DIR / "read"
    live = {p.name for p in read.iterdir()}
    for n in range(3 * len(live) + 100):
        (read / f"{n:064x}").write_bytes(b"an entry of an older gkcat")
    (read / ".4242-00000000.tmp").write_bytes(b"a run still writing its pack")
    change_a_field(sample_project)
    outcome(sample_project, cache=True)
    left = {p.name for p in read.iterdir()}
    new = left - live - {".4242-00000000.tmp"}
    assert live <= left, "the live pack is kept"
    assert ".4242-00000000.tmp" in left, "so is the pack of a run still writing"
    assert [p[-5:] for p in new] == [".pack"], "one new pack; the old entries are gone"


def test_packs_are_merged_and_stale_entries_dropped(sample_project: Path) -> None:
    """Each edit adds a pack of one entry; past MAX_PACKS they are merged into one."""
    read = sample_project / CACHE_DIR / "read"
    catalog = sample_project / "catalogs/social-assistance/county.yaml"
    for n in range(MAX_PACKS + 2):
        catalog.write_text(catalog.read_text(encoding="utf-8") + f"# 修订 {n}\n", encoding="utf-8")
        assert outcome(sample_project, cache=True) == outcome(sample_project, cache=False)
        assert 1 <= len(list(read.glob("*.pack"))) <= MAX_PACKS
    names = Packs(read).names()
    assert set(entry_names(sample_project)) <= names
    assert len(names) <= 2 * len(entry_names(sample_project)) + 64
    assert not list(read.glob(".*.tmp")), "no run leaves a temporary pack behind"


def test_a_cache_that_cannot_be_written_changes_nothing(sample_project: Path) -> None:
    """A read-only checkout: here ``.gkcat-cache`` is a file, so no directory can be made."""
    (sample_project / CACHE_DIR).write_text("not a directory", encoding="utf-8")
    cold = outcome(sample_project, cache=False)
    assert outcome(sample_project, cache=True) == cold
    change_a_field(sample_project)
    assert outcome(sample_project, cache=True) == outcome(sample_project, cache=False)
    assert (sample_project / CACHE_DIR).read_text(encoding="utf-8") == "not a directory"


@pytest.mark.parametrize("link", [CACHE_DIR, f"{CACHE_DIR}/read", f"{CACHE_DIR}/runs"])
def test_a_linked_cache_directory_is_never_followed(
    sample_project: Path, tmp_path: Path, link: str
) -> None:
    """A repository can commit a link in place of the cache; writing or pruning through it
    would touch files outside the project."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    precious = {"notes.txt": b"keep me", f"{7:064x}": b"looks like an old entry"}
    for name, data in precious.items():
        (elsewhere / name).write_bytes(data)
    (sample_project / link).parent.mkdir(parents=True, exist_ok=True)
    (sample_project / link).symlink_to(elsewhere, target_is_directory=True)
    cold = outcome(sample_project, cache=False)
    assert outcome(sample_project, cache=True) == cold
    change_a_field(sample_project)
    assert outcome(sample_project, cache=True) == outcome(sample_project, cache=False)
    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == precious


def test_a_link_planted_inside_the_cache_is_not_written_through(
    sample_project: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.txt"
    (sample_project / CACHE_DIR).mkdir()
    (sample_project / CACHE_DIR / ".gitignore").symlink_to(target)
    cold = outcome(sample_project, cache=False)
    assert outcome(sample_project, cache=True) == cold
    assert outcome(sample_project, cache=True) == cold
    assert not target.exists()
