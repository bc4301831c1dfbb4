from __future__ import annotations

import pytest

from gkcat.checks.time_limits import chinese_to_int, parse_time_limit


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("自信息形成或者变更之日起20个工作日内", "period", 20),
        ("自信息形成之日起二十个工作日内", "period", 20),
        ("收到申请之日起15个工作日内", "period", 15),
        ("批准后20日内", "period", 20 * 5 / 7),
        ("1个月内", "period", 21.75),
        ("实时", "standing", None),
        ("每季度", "periodic", None),
        ("每年3月底前", "deadline", None),
        ("动态更新", "standing", None),
    ],
)
def test_parse_time_limit_understands_office_phrasings(
    text: str, kind: str, days: float | None
) -> None:
    parsed = parse_time_limit(text)
    assert parsed is not None
    assert parsed.kind == kind
    assert (
        parsed.working_days == pytest.approx(days)
        if days is not None
        else parsed.working_days is None
    )


def test_parse_time_limit_rejects_vague_text() -> None:
    assert parse_time_limit("视情况而定") is None
    assert parse_time_limit("尽快") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("三十", 30), ("一百二十", 120), ("两", 2)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("每年1月31日前", "deadline"),
        ("2024年6月30日前", "deadline"),
        ("一月三十一日前", "deadline"),
        ("年底前", "deadline"),
        ("永久公开", "standing"),
        ("及时公开", "standing"),
        ("按进展情况及时公开", "standing"),
        ("重大决策作出后及时公开", "standing"),
        ("常年公开", "standing"),
        ("半年至少更新1次", "periodic"),
        ("半年至少更新一次", "periodic"),
        ("项目完成后", "event"),
        ("法律、法规另有规定的，从其规定", "deferred"),
        ("公示7个工作日", "duration"),
        ("征地补偿安置方案公告期不少于30日", "duration"),
    ],
)
def test_fixed_dates_and_standing_phrases_are_not_periods(text: str, kind: str) -> None:
    parsed = parse_time_limit(text)
    assert parsed is not None
    assert parsed.kind == kind
    assert parsed.working_days is None


def test_extension_is_read_apart_from_the_limit() -> None:
    parsed = parse_time_limit(
        "自收到申请之日起20个工作日内；需要延长的，延长期限最长不得超过二十个工作日"
    )
    assert parsed is not None
    assert (parsed.kind, parsed.working_days, parsed.extension) == ("period", 20, 20)
    deferred = parse_time_limit("20个工作日内，法律另有规定的从其规定")
    assert deferred is not None
    assert (deferred.kind, deferred.working_days) == ("deferred", 20)


def test_a_notice_duration_is_not_a_limit() -> None:
    parsed = parse_time_limit("审核确认之日起5个工作日内公示，公示期不少于7日")
    assert parsed is not None
    assert (parsed.kind, parsed.working_days) == ("period", 5)
    posted = parse_time_limit("在村（社区）公示栏公示30日")
    assert posted is not None
    assert posted.kind == "duration"
