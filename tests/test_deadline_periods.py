"""Deadline notations of session 10 read in whole red-team documents (a .docx, an HTML page, a Markdown table),
where a phrase alone would leave out what the document gives it: the section, the cell it stands in."""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def docs():
    cache: dict[str, object] = {}

    def get(rel: str):
        if rel not in cache:
            cache[rel] = notice_parser.parse(HERE / rel)
        return cache[rel]

    return get


def _items(doc, section_id: str) -> list[tuple]:
    return [(d.kind, getattr(d, "start", None), getattr(d, "date", None), getattr(d, "period", None), d.raw)
            for d in doc.deadlines if d.section_id == section_id]  # fmt: skip


def test_a_period_between_ten_day_parts_of_months(docs):
    # 于2025年12月中旬至2026年1月上旬开展实地考核: one period from 12-11 to 01-10, not two by's
    doc = docs("redteam4/zhangye-2025-anquan-shengchan-kaohe.docx")
    got = _items(doc, "3.7")
    assert ("during", "2025-12-11", "2026-01-10", None, "于2025年12月中旬至2026年1月上旬") in got
    assert not [g for g in got if g[0] == "by" and g[2] in ("2025-12-20", "2026-01-10")]


def test_quarterly_written_with_an(docs):
    # 按月调度、按季分析: monthly and quarterly
    doc = docs("redteam6/hebi-2025-jiankang-kaohe.html")
    got = {(g[0], g[3]) for g in _items(doc, "5.2")}
    assert {("recurring", "month"), ("recurring", "quarter")} <= got


def test_a_count_of_quarters_is_no_recurrence(docs):
    # 连续2个季度水质监测达标方可销号: two quarters in a row, a condition, not a quarterly task
    doc = docs("redteam7/yibin-2025-nongcun-wushui.html")
    assert [g for g in _items(doc, "2.3") if g[0] == "recurring"] == []


def test_the_whole_year_alone_in_a_time_limit_cell(docs):
    # | 5 | 12345热线企业诉求“直通车”，按时办结率≥98% |  | 各县（市、区）人民政府 | 全年 |: the task runs all year
    doc = docs("redteam6/shaoguan-2025-yingshang-huanjing-yaodian.md")
    got = _items(doc, "3")
    assert ("during", "2025-01-01", "2025-12-31", None, "全年") in got


def test_the_time_after_a_phase_and_a_comma_is_the_phase(docs):
    # （三）评定阶段，12月上旬，局办公室牵头组织…: the phase's ten days, as 评定阶段（12月上旬） would be
    doc = docs("redteam10/chongzhou-2025-jianguansuo-kaohe-xize.doc")
    assert ("during", "2025-12-01", "2025-12-10", None, "12月上旬") in _items(doc, "5")
