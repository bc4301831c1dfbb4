"""The citation table is data: its rows must be well-formed and consistent with each other."""

from __future__ import annotations

import re

import pytest

from gkcat.checks.citations import citation_problems, fix_citation
from gkcat.checks.law_refs import near_miss, sets_own_time_limit
from gkcat.laws import BY_TITLE, LAWS

_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff0-9]+令第\d+号|[\u4e00-\u9fff]+〔(?:19|20)\d{2}〕\d+号)$")
_DATE = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}$")


def test_titles_are_unique() -> None:
    titles = [law.title for law in LAWS]
    assert len(titles) == len(set(titles))
    assert len(LAWS) >= 100


@pytest.mark.parametrize("law", LAWS, ids=lambda law: law.title)
def test_each_row_is_well_formed(law: object) -> None:
    from gkcat.laws import Law

    assert isinstance(law, Law)
    assert law.issuer
    assert "《" not in law.title
    for number in (*law.numbers, *law.superseded):
        assert _NUMBER.match(number), number
    for date in (law.in_force, law.repealed):
        assert not date or _DATE.match(date), date
    if law.replaced_by:
        successor = BY_TITLE[law.replaced_by]
        assert not successor.repealed
        assert not successor.in_force or successor.in_force <= law.repealed


def test_no_number_belongs_to_two_texts() -> None:
    seen: dict[str, str] = {}
    for law in LAWS:
        for number in (*law.numbers, *law.superseded):
            assert seen.setdefault(number, law.title) == law.title, number


def test_near_misses_need_a_long_title() -> None:
    assert near_miss("中华人民共和国政府信息公开条件") == "中华人民共和国政府信息公开条例"
    assert near_miss("中华人民共和国会计法") == ""  # a real law one character from 统计法
    assert near_miss("政府信息公开条列") == "中华人民共和国政府信息公开条例"


def test_own_time_limits_are_recognised_by_short_title() -> None:
    assert sets_own_time_limit(("《中华人民共和国预算法》第十四条",))
    assert sets_own_time_limit(("《预算法》",))
    assert not sets_own_time_limit(("《中华人民共和国政府信息公开条例》",))


@pytest.mark.parametrize(
    ("citation", "fixed"),
    [
        ("《条例》（国令第492号）", "《条例》（国务院令第711号）"),
        ("国办发〔201680号", "国办发〔2016〕80号"),
        ("国办发﹝2016﹞80号", "国办发〔2016〕80号"),
        ("国办发【2015】12号", "国办发〔2015〕12号"),
        ("国办发〔2019〕第54号", "国办发〔2019〕54号"),
        ("《条例》(国令第711号)号", "《条例》(国令第711号)"),
        ("GB T 3095-2012", "GB/T 3095-2012"),
        ("《条例》（国务院令第711号）", "《条例》（国务院令第711号）"),
    ],
)
def test_number_fixes(citation: str, fixed: str) -> None:
    assert fix_citation(citation) == fixed
    assert fix_citation(fixed) == fixed


def test_a_known_title_with_another_number_is_flagged_once() -> None:
    problems = citation_problems("《社会救助暂行办法》（国务院令第711号）")
    assert [code for code, _ in problems] == ["GK316"]
    assert problems[0][1]["expected"] == "国务院令第649号"
    assert citation_problems("《社会救助暂行办法》（国务院令第649号）") == ()
    # the superseded 条例 is GK307, not also a wrong number
    codes = [c for c, _ in citation_problems("《中华人民共和国政府信息公开条例》（国令第492号）")]
    assert codes == ["GK307"]


def test_joint_documents_are_known_with_their_issuers_in_front() -> None:
    law = BY_TITLE["中共中央办公厅 国务院办公厅关于进一步推进预算公开工作的意见"]
    assert law.numbers == ("中办发〔2016〕13号",)
    assert (
        citation_problems(
            "《中共中央办公厅 国务院办公厅关于进一步推进预算公开工作的意见》（中办发〔2016〕12号）"
        )[0][0]
        == "GK316"
    )
