"""按 before a scheduling noun (按月调度, 按季通报, 按年考核) is one recurring time phrase whose raw is the whole
phrase, as the golds write it (redteam6 hebi 5.2, redteam7 hengshui 2.2: 按月调度), not the bare 按月 (REVIEW13
item 6); 按月 alone (按月报送, 按月推进) stays monthly with its own raw."""

from __future__ import annotations

import pytest

import notice_parser


@pytest.mark.parametrize(
    ("sentence", "raw", "period"),
    [
        ("建立工作台账，按月调度工作进展。", "按月调度", "month"),
        ("各地要按季通报整治情况。", "按季通报", "quarter"),
        ("实行按周调度、按月通报。", "按周调度", "week"),
        ("对各乡镇按年考核。", "按年考核", "year"),
        ("各单位按月报送签约数据。", "按月", "month"),
    ],
)
def test_the_raw_of_a_scheduling_phrase(sentence, raw, period):
    doc = notice_parser.parse_text(f"一、工作要求\n{sentence}\n")
    got = [(d.raw, d.period) for d in doc.deadlines if d.kind == "recurring"]
    assert got[0] == (raw, period)
