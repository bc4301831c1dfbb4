"""Codes GK311–GK339: each has one emitting module, and every emitted message is complete."""

from __future__ import annotations

import string
from pathlib import Path

from gkcat import api
from gkcat.checks import citations, items, schema, time_limits
from gkcat.diagnostics import RULES
from gkcat.normalise import source

CASES = Path(__file__).resolve().parents[1] / "cases"
EMITTERS = (citations, items, schema, time_limits, source)
OPTIONAL = {"suggestion"}
"""A did-you-mean is offered only when one keeps the meaning."""


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_each_fidelity_code_has_exactly_one_emitter() -> None:
    ours = {code for code in RULES if "GK311" <= code <= "GK339"}
    for code in ours:
        owners = [m.__name__ for m in EMITTERS if code in m.EMITS]
        assert len(owners) == 1, (code, owners)
    assert set().union(*(m.EMITS for m in EMITTERS)) <= set(RULES)


def test_emitted_diagnostics_supply_every_placeholder() -> None:
    seen = set()
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for d in api.validate(case).diagnostics:
            if not "GK311" <= d.code <= "GK339":
                continue
            names = {k.split("@")[0] for k, _ in d.args}
            missing = _fields(RULES[d.code].zh) - names - OPTIONAL
            assert not missing, (case.name, d.code, missing)
            seen.add(d.code)
    assert {code for code in RULES if "GK311" <= code <= "GK339"} <= seen
