"""Imports point one way: a module may import its own layer and the layers below, never above.

The layers, lowest first, as docs/design.md describes them. A module's layer is that of the
first name after ``gkcat.`` (``gkcat.compile.xlsx.layout`` → ``compile``); ``gkcat`` itself
(the version) is the foundation.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"

LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "foundation",
        frozenset(
            {"", "vocab", "pointers", "resources", "i18n", "rules", "diagnostics", "model"}
            | {"deadlines", "unit_names"}
            | {"settings", "write", "elements", "laws"}
            | {"limits", "textsafe", "escape", "safe_names", "outdir", "swap"}
            | {"progress"}
        ),
    ),
    ("input", frozenset({"load", "config", "checks", "coverage", "importers", "normalise"})),
    ("output", frozenset({"compile", "diff"})),
    ("orchestration", frozenset({"pipeline", "results", "scaffold", "editor", "fix", "importing"})),
    ("report", frozenset({"report"})),
    ("api", frozenset({"api"})),
    (
        "cli",
        frozenset(
            {
                "cli",
                "cli_build",
                "cli_check",
                "cli_diff",
                "cli_import",
                "cli_options",
                "cli_params",
                "cli_plan",
                "cli_scaffold",
                "cli_usage",
                "__main__",
                "guard",
            }
        ),
    ),
)
RANK = {name: rank for rank, (_, names) in enumerate(LAYERS) for name in names}


def _part(module: str) -> str | None:
    """``gkcat.compile.site`` → ``compile``; ``gkcat`` → ``""``; other packages → None."""
    parts = module.split(".")
    if parts[0] != "gkcat":
        return None
    return parts[1] if len(parts) > 1 else ""


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            base = node.module
            found.append((node.lineno, base))
            # ``from gkcat import api`` imports the module gkcat.api
            if base == "gkcat":
                found.extend((node.lineno, f"gkcat.{alias.name}") for alias in node.names)
    return found


def violations(src: Path) -> list[str]:
    """Every import in ``src/gkcat`` that points to a higher layer (or an unknown one)."""
    problems = []
    for path in sorted((src / "gkcat").rglob("*.py")):
        relative = path.relative_to(src).with_suffix("")
        own = _part(".".join(relative.parts).removesuffix(".__init__"))
        if own is None or own not in RANK:
            problems.append(f"{relative}: not in any layer")
            continue
        for line, module in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            target = _part(module)
            if target is None:
                continue
            if target not in RANK:
                if (src / "gkcat" / target).exists() or (src / "gkcat" / f"{target}.py").exists():
                    problems.append(f"{relative}:{line}: {module} is not in any layer")
                continue  # a name imported from gkcat (``from gkcat import __version__``)
            if RANK[target] > RANK[own]:
                problems.append(f"{relative}:{line}: {own} must not import {module}")
    return problems


def test_no_module_imports_a_higher_layer() -> None:
    assert violations(SRC) == []


def test_every_package_has_a_layer() -> None:
    root = SRC / "gkcat"
    modules = {p.stem for p in root.glob("*.py")} | {
        p.parent.name for p in root.glob("*/__init__.py")
    }
    assert modules - {"__init__"} <= set(RANK), sorted(modules - set(RANK))


def test_a_lower_layer_importing_a_higher_one_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "gkcat"
    (package / "compile").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "cli.py").write_text("")
    (package / "compile" / "fine.py").write_text("from gkcat.model import Project\n")
    (package / "compile" / "bad.py").write_text(
        "from gkcat.model import Project\n\n\ndef f():\n    from gkcat import api\n"
    )
    (package / "model.py").write_text("import gkcat.cli\n")
    assert violations(tmp_path) == [
        "gkcat/compile/bad:5: compile must not import gkcat.api",
        "gkcat/model:1: model must not import gkcat.cli",
    ]
