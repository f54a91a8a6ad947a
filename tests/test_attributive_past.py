"""已 with a participle before a noun is the noun's attribute (已建治理设施 = the facilities built, 已办结工单 = the
orders closed), not a status or a reference to what was done, when a verb states the number after the noun: the
quantity is a goal. An achievement (已建成老年助餐服务点131个: no verb), 已 right before the verb (已达到) and a
status word of its own before the attribute (目前，…) stay status. Phrases of the red-team notices, each checked to
be the notice's own text."""

from __future__ import annotations

import re

import pytest
from conftest import folder_text
from test_targets import targets_of

#: (folder, phrase, notice year, the targets as (value, unit, comparator))
CASES = [
    # yunxi-2026-nongcun-wushui-zhili-tisheng 1, yibin-2025-nongcun-wushui
    ("redteam9", "已建治理设施正常运行率稳定在90%以上", 2026, [(90, "%", ">=")]),
    ("redteam7", "已建治理设施正常运行率稳定在90%以上", 2025, [(90, "%", ">=")]),
    # linjiang-2025-yingshang-huanjing-gongzuo-yaodian 1.2
    ("redteam9", "建立热线工单“回头看”机制，每月随机回访已办结工单不少于10%", 2025, [(10, "%", ">=")]),
    # achievements: 已建成 and a count, no verb (wucheng-2024-laonian-zhucan, wuhou-2024-shequ-qianrushi-fuwu)
    ("redteam", "已建成老年助餐服务点131个", 2024, []),
    ("redteam", "已建成社区综合体6个、党群服务中心73个", 2024, []),
]


@pytest.mark.parametrize(("folder", "phrase", "year", "expected"), CASES, ids=[c[1][:12] for c in CASES])
def test_family(folder, phrase, year, expected):
    assert re.sub(r"\s", "", phrase) in folder_text(folder)
    found = targets_of(phrase, year, "1")
    assert [(t.value, t.unit, t.comparator) for t in found] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("已建成的污水处理设施正常运行率达到85%以上", [(85, "%", ">=")]),
        ("已改造小区物业服务覆盖率达到60%", [(60, "%", ">=")]),
        ("目前已达到90%", []),  # 已 before the verb: what is
        ("目前，全县已建设施正常运行率达到80%", []),  # a status word opens the sentence
        ("现有已建设施运行率达到70%", []),  # … or stands before the attribute
    ],
)
def test_what_makes_it_an_attribute(phrase, expected):
    assert [(t.value, t.unit, t.comparator) for t in targets_of(phrase, 2025, "1")] == expected
