"""A past time that qualifies a thing (改造2000年底前建成的城镇老旧小区, the standard scope of every 老旧小区改造 notice)
sets no time limit, and its year is no year for the sentence's later points; a past event's year still is."""

from __future__ import annotations

import pytest
from test_deadlines import _describe, _run


@pytest.mark.parametrize(
    ("phrase", "notice_year", "expected"),
    [
        # redteam17 hewan (工作计划, 2025): the 2000 of the scope is not the November's year
        ("全年计划改造2000年底前建成的老旧小区46个，11月底前全部完工。", 2025, "by 2025-11-30"),
        # the same scope written 以前 / 前, and a 年末 point after it
        ("对2005年以前建成的住宅小区开展摸底排查，6月底前完成。", 2025, "by 2025-06-30"),
        ("改造2000年前建成的城镇老旧小区30个，年底前全面完工。", 2026, "by 2026-12-31"),
        # a written year after the scope still counts
        ("改造2000年底前建成的老旧小区，2027年6月底前全部完工。", 2026, "by 2027-06-30"),
    ],
)
def test_a_past_scope_year_is_not_carried(phrase, notice_year, expected):
    _, found = _run(phrase, notice_year)
    assert "; ".join(_describe(d) for d in found) == expected


def test_a_past_event_year_still_carries():
    # hengshui-2025 (衡安办〔2025〕4号, issued 2025-01-24): the report came back in December of 2024
    phrase = "2024年11月，省安全生产巡查第三组对我市开展了安全生产巡查，并于12月18日反馈了巡查意见。"
    _, found = _run(phrase, 2025)
    assert [d.date for d in found if d.kind == "by"] == ["2024-12-18"]
