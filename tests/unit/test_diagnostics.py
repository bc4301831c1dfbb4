from __future__ import annotations

import re
import string
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from gkcat.diagnostics import RULES, Diagnostic, Severity, diagnostic, sort_diagnostics
from gkcat.report.rules import render_rules_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_rule_has_zh_and_en_messages_with_the_same_fields() -> None:
    for code, rule in RULES.items():
        assert re.fullmatch(r"GK\d{3}", code), code
        assert rule.code == code
        assert rule.zh.strip(), code
        assert rule.en.strip(), code
        assert rule.summary.strip(), code
        assert re.search(r"[\u4e00-\u9fff]", rule.zh), f"{code}: zh message has no Chinese"
        assert _fields(rule.zh) == _fields(rule.en), code


def test_slugs_are_unique() -> None:
    slugs = [rule.slug for rule in RULES.values()]
    assert len(slugs) == len(set(slugs))


def test_message_uses_language_specific_arguments() -> None:
    d = diagnostic("GK201", key="basis", **{"title@zh": "公开依据", "title@en": "basis"})
    assert d.message("zh") == "缺少必备要素「公开依据」（basis）"
    assert d.message("en") == 'missing required element "basis" (basis)'


def test_rules_doc_is_up_to_date(update_golden: bool) -> None:
    expected = render_rules_markdown()
    if update_golden:
        DOCS.write_text(expected, encoding="utf-8")
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run pytest --update-golden"
    )


_diagnostics = st.builds(
    lambda code, file, line, col, ptr: diagnostic(
        code, file=file, line=line, column=col, pointer=ptr
    ),
    st.sampled_from(sorted(RULES)),
    st.one_of(st.none(), st.sampled_from(["a.yaml", "b/c.yaml", "gkcat.yaml"])),
    st.one_of(st.none(), st.integers(1, 50)),
    st.one_of(st.none(), st.integers(1, 50)),
    st.sampled_from(["", "/items/0", "/items/1/basis/0", "/domain"]),
)


@given(st.lists(_diagnostics, max_size=30))
def test_sorting_is_total_and_stable(items: list[Diagnostic]) -> None:
    once = sort_diagnostics(items)
    assert once == sort_diagnostics(list(reversed(items)))
    assert once == sort_diagnostics(once)
    keys = [d.sort_key() for d in once]
    assert keys == sorted(keys)


def test_severity_is_ordered() -> None:
    assert max(Severity.INFO, Severity.ERROR, Severity.WARNING) is Severity.ERROR
