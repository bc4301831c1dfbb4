"""Fuzzing: whatever the input, a diagnostic or success, never a traceback, never a hang.

Bounded in CI (a few dozen examples per target); ``GKCAT_FUZZ=long`` multiplies every count
by 20 for a local run (docs/security.md says how many examples the last long run made).
Each example runs under an alarm (a hang guard, not a speed target: 60 s). The guard's
internal-error diagnostic GK905 counts as a failure: the net must never be needed.
"""

from __future__ import annotations

import io
import os
import random
import signal
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from xml.etree import ElementTree as ET

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from gkcat import api
from gkcat.cli import app
from gkcat.load.source import parse
from gkcat.textsafe import xml_text

from ..test_cli import CAT, GOOD
from . import hostile

LONG = os.environ.get("GKCAT_FUZZ") == "long"
HANG_SECONDS = 60
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "xlsx-project"
SOURCE = (FIXTURE / "catalogs" / "social-assistance" / "county.yaml").read_text(encoding="utf-8")


def examples(n: int) -> Callable[..., object]:
    return settings(
        max_examples=n * 20 if LONG else n,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


class Hang(Exception):
    pass


@contextmanager
def hang_guard() -> Iterator[None]:
    def ring(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"an example ran over {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def invoke(*args: str) -> Result:
    with hang_guard():
        result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    assert "GK905" not in result.output, result.output
    return result


# Hostile characters: controls, bidi overrides, formula and Markdown starters, line breaks.
_PIECES = [
    *"低保政务公开aZ09 =+-@|#*_`<>&\"'%:,\\/\t\r\n\x00\x1b\x7f\x85\u202e\u2028\ufeff\ud7ff",
    *("\U0001f600", "::add-mask::", "${{x}}", "../", "CON", "https://x.example", "@org/team"),
]
HOSTILE = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
YAMLISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | HOSTILE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE, inner, max_size=4),
    max_leaves=20,
)


@examples(200)
@given(st.text(max_size=400))
def test_the_loader_takes_any_text(text: str) -> None:
    with hang_guard():
        parsed = parse(text, "x.yaml", max_alias_nodes=10_000)
    assert parsed.data is not None or parsed.diagnostics


@examples(60)
@given(YAMLISH, st.sampled_from(["catalog", "power-list", "task-plan", None]))
def test_validate_takes_any_yaml_shaped_data(data: object, kind: str | None) -> None:
    if isinstance(data, dict) and kind is not None:
        data = {"kind": kind, "schema_version": 1, **data}
    text = yaml.safe_dump(data, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        where = {"catalog": CAT, "power-list": "powers/x.yaml", "task-plan": "tasks/x.yaml"}
        path = root / where.get(kind or "catalog", CAT)
        path.parent.mkdir(parents=True, exist_ok=True)
        (root / "catalogs").mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        with hang_guard():
            result = api.validate(root)
    assert result.exit_code in (0, 1, 2)


def mutate(text: str, seed: int, edits: int) -> str:
    rng = random.Random(seed)
    chars = list(text)
    pool = [*":-[]{}&*!|>'\"%@`#\n\t ", "\x1b", "\u202e", "~", "null", "<<: *a", "&a "]
    for _ in range(edits):
        op = rng.randrange(4)
        at = rng.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[at : at + rng.randrange(1, 20)]
        elif op == 1:
            chars[at:at] = list(rng.choice(pool))
        elif op == 2 and chars:
            start = rng.randrange(len(chars))
            chars[at:at] = chars[start : start + rng.randrange(1, 80)]
        else:
            lines = "".join(chars).split("\n")
            rng.shuffle(lines[: rng.randrange(1, max(2, len(lines)))])
            chars = list("\n".join(lines))
    return "".join(chars)


@examples(40)
@given(st.integers(0, 2**32), st.integers(1, 12))
def test_mutated_real_sources_through_the_cli(seed: int, edits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / CAT).parent.mkdir(parents=True)
        (root / CAT).write_text(mutate(SOURCE, seed, edits), encoding="utf-8", errors="replace")
        for fmt in ("text", "json", "github", "junit"):
            invoke("validate", "-C", str(root), "--format", fmt)


def mutate_workbook(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    op = rng.randrange(4)
    if op == 0:  # flip bytes
        raw = bytearray(data)
        for _ in range(rng.randrange(1, 30)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    if op == 1:  # truncate
        return data[: rng.randrange(len(data))]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    names = source.namelist()
    dropped = rng.choice(names) if op == 2 else None
    edited = rng.choice([n for n in names if n.endswith(".xml")]) if op == 3 else None
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            if name == dropped:
                continue
            content = source.read(name)
            if name == edited:
                cut = rng.randrange(len(content) + 1)
                content = (
                    content[:cut] + rng.choice([b"<", b"&bad;", b"\x00", b"<x>"]) + content[cut:]
                )
            target.writestr(name, content)
    return out.getvalue()


@examples(40)
@given(
    st.integers(0, 2**32), st.sampled_from(["power-list", "catalog"]), st.lists(HOSTILE, max_size=6)
)
def test_mutated_workbooks_through_import(seed: int, kind: str, cells: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cells = [xml_text(c) for c in cells]  # openpyxl refuses the rest when writing the seed
        rows: list[list[object]] = [hostile.HEADER, [*hostile.ROW[:1], *cells[:3]]]
        rows.extend([c] for c in cells)
        book = hostile.plain(root / "seed.xlsx", rows)
        (root / "in.xlsx").write_bytes(mutate_workbook(book.read_bytes(), seed))
        invoke("import", str(root / "in.xlsx"), "-C", str(root), "--kind", kind)


@examples(25)
@given(HOSTILE, HOSTILE, HOSTILE)
def test_build_and_diff_over_hostile_strings(name: str, content: str, subject: str) -> None:
    def quoted(text: str) -> str:
        return yaml.safe_dump(text, allow_unicode=True, width=10**6).removesuffix("\n...\n").strip()

    hostile_catalog = (
        GOOD.replace("name: 政策法规文件", f"name: {quoted('政策' + name)}")
        .replace("content: 低保政策", f"content: {quoted('低保' + content)}")
        .replace("subject: 示例县民政局", f"subject: {quoted('县' + subject)}")
    )
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old", Path(tmp) / "new"
        for root, text in ((old, GOOD), (new, hostile_catalog)):
            (root / CAT).parent.mkdir(parents=True)
            (root / CAT).write_text(text, encoding="utf-8", errors="surrogatepass")
        built = invoke("build", "-C", str(new), "--force", "--split-by", "department")
        if built.exit_code == 0:
            for book in (new / "dist").rglob("*.xlsx"):
                with zipfile.ZipFile(book) as archive:
                    for part in archive.namelist():
                        if part.endswith(".xml"):
                            ET.fromstring(archive.read(part))
        report = [str(Path(tmp) / "diff.xlsx"), "--html", str(Path(tmp) / "diff.html")]
        invoke("diff", str(old), str(new), "--format", "md", "--xlsx", *report)
        invoke("diff", str(old), str(new))
