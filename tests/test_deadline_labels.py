"""Deadline families of session 14: a full date after a due label, 日常 (no recurrence) against 每日/每天/日报,
and a bare 次年 beside a dated task. Phrases as real notices, ledgers and 督办单 write them."""

from __future__ import annotations

import pytest
from test_deadlines import _describe, _run


def _got(phrase: str, year: int | None) -> str:
    _, found = _run(phrase, year)
    return "; ".join(_describe(d) for d in found) or "none"


# a full date after a time label is due that day, however the date is written
DUE_LABELLED = [
    ("完成时限：2026年6月30日", "by 2026-06-30"),
    ("组织开展清理整治，完成时限：2026年6月30日。", "by 2026-06-30"),
    ("截止日期：2026-07-31", "by 2026-07-31"),
    ("截止日期：2026－07－31", "by 2026-07-31"),
    ("办结时限：2026年9月30日", "by 2026-09-30"),
    ("时间节点：2026年10月底", "by 2026-10-31"),
    ("完成时间：2026.6.30", "by 2026-06-30"),
    ("完成时间：2026/6/30", "by 2026-06-30"),
    ("全面完成整改销号（时限：2026年12月31日）。", "by 2026-12-31"),
    ("整改期限：2026年11月30日", "by 2026-11-30"),
    ("完成时限为2026年6月30日。", "by 2026-06-30"),
    ("截止时间:2026年7月15日", "by 2026-07-15"),
    ("2026-07-31前报送市督查室。", "by 2026-07-31"),
]


@pytest.mark.parametrize(("phrase", "expected"), DUE_LABELLED)
def test_a_full_date_after_a_due_label_is_due_that_day(phrase, expected):
    assert _got(phrase, 2026) == expected


# the same dates after a label of when something happens, or standing in running text, are no limit
NOT_DUE = [
    "会议时间：2026年6月30日",
    "发布时间：2026-07-31",
    "印发日期：2026.6.30",
    "2026年7月31日，市政府召开专题会议。",
    "2026-07-31，市政府召开专题会议。",
]


@pytest.mark.parametrize("phrase", NOT_DUE)
def test_a_date_after_a_label_of_an_event_is_no_limit(phrase):
    assert _got(phrase, 2026) == "none"


def test_a_range_with_hyphens_stays_a_range():
    assert _got("2017-2020年", 2017) == "during 2017-01-01..2020-12-31"


ROUTINE = [
    ("领导小组办公室负责日常协调。", "none"),
    ("满足群众日常需求。", "none"),
    ("加强日常监管。", "none"),
    ("负责日常调度和督办。", "none"),
    ("每日报送工作进展。", "recurring day"),
    ("网格员每天巡查一次。", "recurring day"),
    ("汛期实行日报制度。", "recurring day"),
    ("落实“日报告、零报告”制度。", "recurring day"),
    ("建立日调度机制。", "recurring day"),
    ("在天水日报、市政府门户网站向社会公开。", "none"),
    ("次日报告处置结果。", "none"),
    ("工作日报告。", "none"),
]


@pytest.mark.parametrize(("phrase", "expected"), ROUTINE)
def test_routine_work_is_no_recurrence_but_a_daily_report_is(phrase, expected):
    assert _got(phrase, 2026) == expected


NEXT_YEAR = [
    ("次年3月底前完成验收。", "by 2028-03-31"),
    (
        "2027年12月10日前报送年度工作总结；对年度目标完成率低于80%的地区予以通报，并在次年补助资金分配中相应扣减。",
        "by 2027-12-10; recurring year",
    ),
    ("2027年底前完成试点，次年全面推广。", "by 2027-12-31"),
    ("完成试点。次年全面推广。", "by 2028-12-31"),  # (no date beside it: a result due that year)
    ("次年起实施。", "from 2028-01-01"),
]


@pytest.mark.parametrize(("phrase", "expected"), NEXT_YEAR)
def test_next_year_in_a_plan_of_year_y(phrase, expected):
    assert _got(phrase, 2027) == expected
