"""Reading a 工作要点 document into lines: .docx (python-docx), .txt/.md (UTF-8 or GB18030).

Every problem is a diagnostic: an encrypted or old-format Word file (an OLE container), a
corrupt .docx, a binary file posing as text, a text in neither UTF-8 nor GB18030 (GK651,
GK652). Lines of a .docx are its paragraphs, numbered 1, 2, … in document order (empty ones
count); their numbers are what diagnostics show as the line. Word's automatic numbering and
Heading 1–4 styles are no text, so such a paragraph gets the mark of its level (一、 （一） 1.
（1）). Tables are read as grids, for a 任务分解表 attached to the document.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gkcat.diagnostics import Diagnostic, diagnostic
from gkcat.importers.task_lines import Line, classify, clean

EMITS = frozenset({"GK651", "GK652"})
"""The rule codes this module emits."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Encrypted .docx files and old .doc files are OLE compound documents."""
_ZIP = b"PK\x03\x04"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
DOCX_SUFFIXES = (".docx", ".docm")


@dataclass(frozen=True, slots=True)
class Document:
    """The non-empty lines of a document, or the diagnostic saying why it cannot be read."""

    lines: tuple[Line, ...]
    tables: tuple[list[list[str]], ...] = ()
    problem: Diagnostic | None = None
    encoding: str = ""


def read_document(path: Path, file: str) -> Document:
    """Read ``path`` as .docx or text by its content (and suffix); never raises."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return _failed(file, "GK651", exc.strerror or type(exc).__name__)
    suffix = path.suffix.lower()
    if raw.startswith(_OLE):
        return _failed(file, "GK651", _ENCRYPTED)
    if raw.startswith(_ZIP) or suffix in DOCX_SUFFIXES:
        return read_docx(path, file)
    return read_text_lines(raw, file)


_ENCRYPTED = {
    "zh": "文件已加密或是旧版 .doc 格式；请在 Word 中取消密码并另存为 .docx",
    "en": "the file is encrypted or an old .doc; remove the password and save it as .docx",
}


def read_text_lines(raw: bytes, file: str) -> Document:
    """Decode UTF-8 (with or without BOM) or else GB18030; refuse binary data."""
    if b"\x00" in raw[:4096] or _control_share(raw[:4096]) > 0.05:
        return _failed(file, "GK652", {"zh": "内容是二进制数据", "en": "it holds binary data"})
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = (Line(n, clean(t)) for n, t in enumerate(text.splitlines(), 1))
        return Document(tuple(line for line in lines if line.text), encoding=encoding)
    problem = {"zh": "既不是 UTF-8 也不是 GB18030 编码", "en": "it is neither UTF-8 nor GB18030"}
    return _failed(file, "GK652", problem)


def _control_share(raw: bytes) -> float:
    controls = sum(1 for b in raw if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(raw) if raw else 0.0


def read_docx(path: Path, file: str) -> Document:
    """Paragraphs and table rows of a .docx; a corrupt package is a diagnostic."""
    from docx import Document as open_docx  # imported here: only this import kind needs it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        book = open_docx(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        problem = {
            "zh": f"不是有效的 .docx 文件（{detail}）",
            "en": f"not a valid .docx ({detail})",
        }
        return _failed(file, "GK651", problem)
    except Exception as exc:  # lxml raises its own errors for broken XML parts
        problem = {"zh": f"无法解析 .docx（{type(exc).__name__}）", "en": f"cannot parse ({exc})"}
        return _failed(file, "GK651", problem)
    paragraphs = numbered_texts(book.paragraphs)
    lines = [Line(n, clean(t)) for n, t in enumerate(paragraphs, 1)]
    tables = tuple(
        [[clean(cell.text) for cell in row.cells] for row in table.rows] for table in book.tables
    )
    return Document(tuple(line for line in lines if line.text), tables)


_MARKS = ("一、", "（一）", "1.", "（1）")
"""What a heading of each level starts with (the numbers themselves are generated on output)."""
_HEADING_STYLE = re.compile(r"^(?:Heading|标题)\s*([1-4])$")


def numbered_texts(paragraphs: Sequence[Any]) -> list[str]:
    """Each paragraph's text, with the mark of its level when Word numbers it (or styles it as
    a heading) and the text carries no number of its own: automatic numbering is not text.

    Heading N is level N; a numbered list paragraph sits below the deepest heading level the
    document uses, its own list level added (a 公文 template's one multi-level list, used
    without heading styles, gives 一、 （一） 1. （1） by list level alone)."""
    levels = [_level(p) for p in paragraphs]
    depth = max((n for kind, n in levels if kind == "heading"), default=-1) + 1
    texts = []
    for paragraph, (kind, n) in zip(paragraphs, levels, strict=True):
        text = str(paragraph.text)
        level = n if kind == "heading" else min(depth + n, len(_MARKS) - 1)
        plain = kind == "text" or not text.strip()
        texts.append(text if plain or _has_number(text) else _MARKS[level] + text)
    return texts


def _has_number(text: str) -> bool:
    return classify(Line(0, clean(text))).kind == "heading"


def _level(paragraph: Any) -> tuple[str, int]:
    """("heading", 0–3) for Heading 1–4, ("list", list level) when numbered, else ("text", 0)."""
    style = paragraph.style
    match = _HEADING_STYLE.match(style.name or "") if style is not None else None
    if match:
        return "heading", int(match.group(1)) - 1
    for element in (paragraph._p, style.element if style is not None else None):
        numpr = getattr(getattr(element, "pPr", None), "numPr", None)
        if numpr is not None:
            return "list", int(numpr.ilvl.val) if numpr.ilvl is not None else 0
    return "text", 0


def _failed(file: str, code: str, problem: str | dict[str, str]) -> Document:
    texts = problem if isinstance(problem, dict) else {"zh": problem, "en": problem}
    found = diagnostic(
        code, file=file, line=1, column=1, args={f"problem@{k}": v for k, v in texts.items()}
    )
    return Document((), problem=found)
