"""An indicator cell that closes with its unit in brackets and a footnote mark after it (公共充电桩（万个）\\*, its
note under the table: redteam14 yuechuan, an html2text Markdown export; ＊ and ※ as other editors write it) gives
the row its unit, 万 folded into the values, as the same cell without the mark does."""

from __future__ import annotations

import pytest

import notice_parser


@pytest.mark.parametrize("mark", ["\\*", "＊", "※", ""])
def test_a_footnote_mark_after_the_unit_aside(mark):
    page = (
        "一、主要目标\n\n"
        "| 指标 | 2026年 | 2027年 |\n|---|---|---|\n"
        f"| 公共充电桩（万个）{mark} | 7.5 | 9.8 |\n"
        "| 县城公共充电站（个） | 180 | 260 |\n\n"
        "注：\\*含专用充电桩。\n\n二、重点任务\n"
    )
    doc = notice_parser.parse(page.encode(), format="md")
    got = [(t.indicator, t.value, t.unit, t.year) for t in doc.targets if t.section_id == "1"]
    assert got == [
        ("公共充电桩", 75000, "个", 2026),
        ("公共充电桩", 98000, "个", 2027),
        ("县城公共充电站", 180, "个", 2026),
        ("县城公共充电站", 260, "个", 2027),
    ]
