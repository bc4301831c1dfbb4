"""Every rule code has exactly one emitter, and every emitter fills its message.

An emitter is a module, or a package (its ``__init__``), that declares ``EMITS``: the codes it
produces. The scan reads the source (AST): the GK codes a unit's code mentions must be exactly
its ``EMITS``, each code of the registry belongs to one unit, and each call that creates a
diagnostic from a literal code passes every placeholder its messages use (optional ones
excepted, see ``gkcat.i18n.OPTIONAL``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from gkcat import api
from gkcat.i18n import OPTIONAL, placeholders
from gkcat.rules import RULES

SRC = Path(__file__).resolve().parents[3] / "src" / "gkcat"
CASES = Path(__file__).resolve().parents[2] / "cases"
CODE = re.compile(r"^GK\d{3}$")
NOT_MESSAGE = {"file", "line", "column", "pointer", "item", "severity", "args", "code"}
"""Keyword arguments of diagnostic() and its helpers that place a finding, not fill it."""


def _emits(tree: ast.Module) -> frozenset[str] | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EMITS" for t in node.targets
        ):
            return frozenset(_codes(node.value))
    return None


def _codes(node: ast.AST) -> Iterator[str]:
    for child in ast.walk(node):
        if (
            isinstance(child, ast.Constant)
            and isinstance(child.value, str)
            and CODE.match(child.value)
        ):
            yield child.value


def _code_outside_emits(tree: ast.Module) -> set[str]:
    body = [
        n
        for n in tree.body
        if not (
            isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "EMITS" for t in n.targets)
        )
    ]
    return {c for n in body for c in _codes(n)}


def emitters(src: Path) -> dict[str, tuple[frozenset[str], set[str]]]:
    """unit → (declared EMITS, codes its code mentions); units are modules or packages."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(src.rglob("*.py"))}
    declared = {p: e for p, tree in trees.items() if (e := _emits(tree)) is not None}
    units: dict[str, tuple[frozenset[str], set[str]]] = {}
    for path, tree in trees.items():
        if path == src / "rules.py":
            continue
        owner = path if path in declared else None
        for parent in path.parents:
            if owner is not None or parent == src.parent:
                break
            init = parent / "__init__.py"
            if init in declared:
                owner = init
        name = str((owner or path).relative_to(src))
        emits = declared.get(owner, frozenset()) if owner else frozenset()
        units.setdefault(name, (emits, set()))[1].update(_code_outside_emits(tree))
    return {k: v for k, v in units.items() if v[0] or v[1]}


def test_each_unit_emits_exactly_what_it_declares() -> None:
    wrong = {
        unit: (sorted(emits - found), sorted(found - emits))
        for unit, (emits, found) in emitters(SRC).items()
        if emits != found
    }
    assert wrong == {}, "unit: (declared but not emitted, emitted but not declared)"


def test_every_rule_has_exactly_one_emitter() -> None:
    owners: dict[str, list[str]] = {}
    for unit, (emits, _) in emitters(SRC).items():
        for code in emits:
            owners.setdefault(code, []).append(unit)
    assert {c: u for c, u in owners.items() if len(u) > 1} == {}
    assert sorted(set(RULES) - set(owners)) == [], "codes without an emitter"
    assert sorted(set(owners) - set(RULES)) == [], "emitted codes not in the registry"


def test_a_unit_that_mentions_an_undeclared_code_is_caught(tmp_path: Path) -> None:
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "good.py").write_text('EMITS = frozenset({"GK301"})\nx = "GK301"\n')
    (tmp_path / "checks" / "bad.py").write_text('EMITS = frozenset({"GK302"})\nx = "GK303"\n')
    (tmp_path / "loose.py").write_text('y = "GK304"\n')
    assert emitters(tmp_path) == {
        "checks/bad.py": (frozenset({"GK302"}), {"GK303"}),
        "checks/good.py": (frozenset({"GK301"}), {"GK301"}),
        "loose.py": (frozenset(), {"GK304"}),
    }


# --------------------------------------------------------------------------- placeholders


def _supplied(call: ast.Call) -> set[str] | None:
    """The message values a call passes; None when some come from an expression."""
    names: set[str] = set()
    for keyword in call.keywords:
        if keyword.arg is None or keyword.arg == "args":
            found = _dict_keys(keyword.value)
            if found is None:
                return None
            names |= found
        elif keyword.arg not in NOT_MESSAGE:
            names.add(keyword.arg)
    for arg in call.args[1:]:
        if isinstance(arg, ast.Dict | ast.Call):
            found = _dict_keys(arg)
            if found is None:
                return None
            names |= found
    return names


def _dict_keys(node: ast.expr) -> set[str] | None:
    if isinstance(node, ast.Constant) and node.value is None:
        return set()
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "suggestion":
        name = next((k.value for k in node.keywords if k.arg == "name"), None)
        return {name.value if isinstance(name, ast.Constant) else "suggestion"}
    if not isinstance(node, ast.Dict):
        return None
    keys: set[str] = set()
    for key, value in zip(node.keys, node.values, strict=True):
        if key is None:  # **spread
            inner = _dict_keys(value)
            if inner is None:
                return None
            keys |= inner
        elif isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys.add(key.value.split("@")[0])
        else:
            return None
    return keys


def missing_placeholders(source: str) -> tuple[list[str], int]:
    """(calls that leave out a required placeholder, how many calls could be checked)."""
    problems, checked = [], 0
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if not CODE.match(first.value) or first.value not in RULES:
            continue
        supplied = _supplied(node)
        if supplied is None:
            continue
        checked += 1
        rule = RULES[first.value]
        needed = placeholders(rule.zh) | placeholders(rule.en)
        if lost := needed - supplied - OPTIONAL:
            problems.append(f"line {node.lineno}: {first.value} lacks {sorted(lost)}")
    return problems, checked


def test_every_emitter_supplies_its_placeholders() -> None:
    problems, checked = [], 0
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "rules.py":
            continue
        found, count = missing_placeholders(path.read_text(encoding="utf-8"))
        problems.extend(f"{path.relative_to(SRC)} {p}" for p in found)
        checked += count
    assert problems == []
    assert checked >= 40, "the scan stopped finding diagnostic calls"


def test_a_missing_placeholder_is_caught() -> None:
    source = (
        'diagnostic("GK101", file=f, line=1)\n'
        'diagnostic("GK101", file=f, problem=p)\n'
        'where.at("GK608", 3, None, item=code)\n'
        'diagnostic("GK205", pointer=p, key=k, args=suggestion(h))\n'
    )
    problems, checked = missing_placeholders(source)
    assert checked == 4
    assert problems == ["line 1: GK101 lacks ['problem']", "line 3: GK608 lacks ['value']"]


def test_both_languages_use_the_same_placeholders() -> None:
    differ = {
        code: (sorted(placeholders(r.zh)), sorted(placeholders(r.en)))
        for code, r in RULES.items()
        if placeholders(r.zh) != placeholders(r.en)
    }
    assert differ == {}


def test_every_case_renders_its_messages_in_both_languages() -> None:
    rendered = 0
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for d in api.validate(case).diagnostics:
            assert d.message("zh"), (case.name, d.code)
            assert d.message("en"), (case.name, d.code)
            rendered += 1
    assert rendered > 40
