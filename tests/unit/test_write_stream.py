"""Targets yield their files and the writer stores each as it arrives (issue 16: memory)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gkcat.compile.targets import Compiled, Target
from gkcat.model import Project
from gkcat.progress import file_of
from gkcat.settings import Settings
from gkcat.write import write_outputs


def test_each_file_is_on_disk_before_the_next_is_made(tmp_path: Path) -> None:
    dest = tmp_path / "dist"
    seen: list[list[str]] = []

    def files() -> Iterator[tuple[str, bytes]]:
        for name in ("b.html", "a/c.html", "a.html"):
            staged = sorted(tmp_path.glob(".dist.new-*/site/**/*.html"))
            seen.append(sorted(p.name for p in staged))
            yield name, name.encode()

    written = write_outputs(dest, {"site": files()}, replace_all=True)
    assert seen == [[], ["b.html"], ["b.html", "c.html"]]
    assert written == [dest / "site" / n for n in ("a.html", "a/c.html", "b.html")]
    assert (dest / "site" / "a" / "c.html").read_bytes() == b"a/c.html"


def test_a_path_yielded_twice_is_an_error_and_the_old_tree_stays(tmp_path: Path) -> None:
    dest = tmp_path / "dist"
    write_outputs(dest, {"site": {"index.html": b"old"}}, replace_all=True)
    twice = iter([("index.html", b"1"), ("index.html", b"2")])
    with pytest.raises(ValueError, match=r"index\.html twice"):
        write_outputs(dest, {"site": twice}, replace_all=True)
    assert (dest / "site" / "index.html").read_bytes() == b"old"
    assert not list(tmp_path.glob(".dist.new-*"))


def test_compiled_targets_run_while_written_and_errors_name_the_target(tmp_path: Path) -> None:
    calls: list[str] = []

    def compiler(project: Project, settings: Settings) -> Iterator[tuple[str, bytes]]:
        calls.append("started")
        yield "index.html", b"x"
        raise RuntimeError("boom")

    outputs = Compiled([Target("html", "site", compiler)], Project(tmp_path), Settings())
    files = outputs["site"]
    assert calls == []  # nothing is compiled until the writer reads the target
    assert next(iter(files)) == ("index.html", b"x")
    with pytest.raises(RuntimeError) as raised:
        list(files)
    assert file_of(raised.value) == "site"
