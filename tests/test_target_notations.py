"""Target notations of session 10 read in whole red-team documents (a .doc, a .docx), where the phrase alone is
not the document's plain text: the section each target falls in and its values."""

from __future__ import annotations

from pathlib import Path

import notice_parser

HERE = Path(__file__).parent


def _targets(rel: str, section_id: str) -> list[tuple]:
    doc = notice_parser.parse(HERE / rel)
    return [(t.indicator, t.comparator, t.value, t.unit, t.flag) for t in doc.targets if t.section_id == section_id]


def test_a_past_period_that_dates_the_set_treated_leaves_the_goal_after_it():
    # 对2023年以来督察交办的126件信访件开展“回头看”，重复信访率下降50%以上: 以来 dates the 126 cases treated (a
    # reference), not the sentence; the 50% decrease is a goal (minchuan-2025-ducha-zhenggai-qingdan row 2)
    got = _targets("redteam8/minchuan-2025-ducha-zhenggai-qingdan.doc", "2.1")
    assert ("重复信访率", "decrease_by", 50.0, "%", None) in got
