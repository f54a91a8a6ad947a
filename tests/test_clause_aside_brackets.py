"""Inside a bracketed clause an aside of a unit takes the other bracket (（市市场监管局〔知识产权局〕、市公安局）,
Guangdong and Markdown exports of them; ［］ in some portals): the list still reads as units."""

from __future__ import annotations

import pytest

import notice_parser


@pytest.mark.parametrize("aside", ["〔知识产权局〕", "［知识产权局］", "（知识产权局）"])
def test_a_unit_with_an_aside_in_the_other_bracket_keeps_its_clause(aside):
    text = (
        "关于印发2025年工作要点的通知\n各项任务中列在首位的为牵头单位，其余为配合单位。\n一、加强法治保障\n"
        f"（一）加强知识产权保护。年内新增知识产权质押融资登记金额10亿元以上。（市市场监管局{aside}、市公安局、市中级法院）\n"
    )
    doc = notice_parser.parse(text.encode(), format="txt")
    assert [([u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures] == [
        ([f"市市场监管局{aside}"], ["市公安局", "市中级法院"])
    ]
