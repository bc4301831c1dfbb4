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
