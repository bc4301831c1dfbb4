"""Bytes → text: UTF-8 (a BOM accepted), with GK103 for other encodings and GK107/GK111 for
files too large or unreadable."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from gkcat.diagnostics import Diagnostic, diagnostic


def read_text(path: Path, file: str, *, max_size: int) -> tuple[str | None, list[Diagnostic]]:
    """Read a file as UTF-8 (a BOM is accepted); diagnose size, I/O errors and other encodings."""
    try:
        size = path.stat().st_size
        if size > max_size:
            return None, [
                diagnostic(
                    "GK107", file=file, line=1, column=1, size=_human(size), limit=_human(max_size)
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        problem = exc.strerror or str(exc)
        zh = _OS_ERRORS_ZH.get(exc.errno or 0, problem)
        return None, [
            diagnostic(
                "GK111", file=file, line=1, column=1, args={"problem@zh": zh, "problem@en": problem}
            )
        ]
    return decode(raw, file)


_OS_ERRORS_ZH = {
    errno.ENOENT: "文件不存在（可能是失效的链接）",
    errno.EACCES: "没有读取权限",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ELOOP: "链接形成了循环",
}


def decode(raw: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = ""
        try:
            if re.search(r"[\u4e00-\u9fff]", raw.decode("gb18030")):
                guess = "GB18030/GBK"
        except UnicodeDecodeError:
            pass
        return None, [
            diagnostic(
                "GK103",
                file=file,
                line=line,
                column=column,
                args={
                    "guess@zh": f"（看起来是 {guess} 编码）" if guess else "",
                    "guess@en": f" (it looks like {guess})" if guess else "",
                },
            )
        ]


def _human(size: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"
