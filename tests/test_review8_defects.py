"""Defects of review 8 (session 8 commits), each with the reviewer's reproducer. Costs are never timed
against an absolute limit: a hostile input is compared with ordinary input of the same size."""

from __future__ import annotations

import time

import notice_parser


def _cpu(fn, *args) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - t)
    return best


def _kv_notice(gap: str) -> str:
    body = "".join(f"{i}. 各县区要于2024年6月底前完成第{i}批隐患排查整改。\n" for i in range(1, 201))
    return "标题：关于" + gap + "的通知\n发布日期：2024年3月1日\n各县区人民政府：\n一、总体要求\n" + body


def test_a_long_run_of_spaces_in_a_key_value_line_costs_what_ordinary_text_does():
    """layout._next_kv_cell gave two quantifiers the same spaces: 1,500 spaces in a title took seconds
    (3,000 over 100 s), the same title with 1,500 characters a few milliseconds."""
    hostile, ordinary = _kv_notice(" " * 1500), _kv_notice("做好安全生产工作" * 187 + "做好安全")
    assert len(hostile) == len(ordinary)
    assert _cpu(notice_parser.parse_text, hostile) <= 3 * _cpu(notice_parser.parse_text, ordinary)
    assert notice_parser.parse_text(hostile).notice.date == "2024-03-01"
