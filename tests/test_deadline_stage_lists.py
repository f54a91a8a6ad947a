"""A written year in a ；-list of stages (review 10, item 1): the year a stage list opens with dates
the stages after it (2025年3月底前…；6月底前…；10月底前…: every stage in 2025, as with ，); the notice's
own year dates a later part only where it is an enumerated item of its own ((1)…；(2)…, ①…；②…,
1.…；2.…, 一是…；二是…: ankang-2024-shengtai-ducha-zhenggai 3.10) or where the written year would put
it before the stage written first (2026年第三季度末前…；…上半年: hainan-2025-nongcun-jidi-wuliu 2.6)."""

from __future__ import annotations

import pytest
from test_deadlines import _describe, _run

CASES = [
    # a stage list in one paragraph, signed 2024-12-20 (review 10, item 1): the written year carries
    (
        "（一）开展农村厕所问题摸排。2025年3月底前完成摸底排查；6月底前完成问题整改；10月底前完成验收。（县农业农村局牵头）",
        2024,
        "by 2025-03-31; by 2025-06-30; by 2025-10-31",
    ),
    (
        "（二）推进污水治理。2025年上半年完成方案编制；第三季度完成招标；年底前建成投用。（县生态环境分局负责）",
        2024,
        "by 2025-06-30; by 2025-09-30; by 2025-12-31",
    ),
    # the same with a half-width ; and with ， (which always carried)
    ("2025年3月底前完成摸底排查;6月底前完成问题整改", 2024, "by 2025-03-31; by 2025-06-30"),
    ("2025年3月底前完成摸底排查，6月底前完成问题整改", 2024, "by 2025-03-31; by 2025-06-30"),
    # enumerated items of a ；-list: each is its own task, in the notice's year unless it writes one
    (
        "(1)2025年上半年新建乡镇空气自动监测站42个；(2)新建水质自动监测站8个，第三季度末前完成联网；"
        "(3)建设全市生态环境监测数据平台，年底前投入运行",
        2024,
        "by 2025-06-30; by 2024-09-30; by 2024-12-31",
    ),
    (
        "（1）2025年上半年完成方案编制；（2）第三季度完成招标；（3）年底前建成投用",
        2024,
        "by 2025-06-30; by 2024-09-30; by 2024-12-31",
    ),
    (
        "①2025年上半年完成方案编制；②第三季度完成招标；③年底前建成投用",
        2024,
        "by 2025-06-30; by 2024-09-30; by 2024-12-31",
    ),
    ("1.2025年上半年完成方案编制；2.第三季度完成招标", 2024, "by 2025-06-30; by 2024-09-30"),
    ("（1）2025年3月底前完成摸底排查；（2）6月底前完成问题整改", 2024, "by 2025-03-31; by 2024-06-30"),
    ("一是2025年3月底前完成摸底排查；二是6月底前完成问题整改", 2024, "by 2025-03-31; by 2024-06-30"),
    # a number after ； that is not an item's: the stage list goes on
    ("2025年3月底前完成摸底排查；2.5万户6月底前完成问题整改", 2024, "by 2025-03-31; by 2025-06-30"),
    # a later part that the written year would put before the first stage: the notice's year
    (
        "2026年第三季度末前试点航线不少于10条；建设全省农村寄递物流信息平台，实现快件全程可追溯，上半年完成平台功能设计。",
        2025,
        "by 2026-09-30; by 2025-06-30",
    ),
    ("2026年10月底前完成试点；5月底前完成方案设计", 2025, "by 2026-10-31; by 2025-05-31"),
    # a sentence end still stops the year
    ("2025年3月底前完成摸底排查。6月底前完成问题整改", 2024, "by 2025-03-31; by 2024-06-30"),
]


@pytest.mark.parametrize(("phrase", "year", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_stage_list(phrase, year, expected):
    _, found = _run(phrase, year)
    assert ("; ".join(_describe(d) for d in found) or "none") == expected
