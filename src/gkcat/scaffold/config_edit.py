"""Register departments in an existing gkcat.yaml, keeping its comments and layout."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from gkcat.scaffold.departments import Entry
from gkcat.write import write_file

_KEY = re.compile(r"^departments:\s*(\[\s*\])?\s*(#.*)?$")
_ITEM = re.compile(r"^(\s*)- ")


def add_departments(path: Path, added: Sequence[Entry]) -> None:
    """Append ``added`` to the ``departments:`` list (creating the list when there is none)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if _KEY.match(line)), None)
    if start is None:
        lines += ["", "departments:"]
        start = len(lines) - 1
    lines[start] = "departments:"
    end = start
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.strip() and not (line[0] in " -\t" or line.startswith("#")):
            break
        if line.strip() and not line.startswith("#"):
            end = i
    indent = next(
        (m.group(1) for line in lines[start + 1 : end + 1] if (m := _ITEM.match(line))), "  "
    )
    block = [f"{indent}# 以下由 gkcat new 添加：请按本地机构设置核对名称和别名"]
    for dept in added:
        block.append(f"{indent}- name: {dept.name}")
        if dept.aliases:
            block.append(f"{indent}  aliases: [{', '.join(dept.aliases)}]")
        block.append(f"{indent}  level: {dept.level}")
    lines[end + 1 : end + 1] = block
    write_file(path, ("\n".join(lines) + "\n").encode("utf-8"))
