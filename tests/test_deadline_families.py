"""Deadline notations of real notices that the corpus fixtures (tests/cases/deadlines.txt, corpus
phrases only) do not hold: phrases of the red-team notices (tests/redteam*/), each checked to be
the notice's own text, with the values the contract gives them."""

from __future__ import annotations

import pytest
from deadline_harness import described, red_team_phrase_test

CASES = [
    # a winter period crosses into the next year: 10月—次年3月 (luoyang-2024-lantian-baoweizhan)
    ("redteam", "秋冬季（10月—次年3月）", 2024, "during 2024-10-01..2025-03-31"),
    # 每年3月—5月: the 每年 item says it; no by 5月 (meitan-2024-cha-chanye-sannian)
    ("redteam", "每年3月—5月开展春茶质量安全专项检查", 2024, "recurring year"),
    # a task's months in brackets are its period, not a plan title's (renshou-2024-nongcun-gongshui)
    ("redteam", "组织实施（2024年5月—10月）", 2024, "during 2024-05-01..2024-10-31"),
    # 年考核, 月调度, 季通报: a cycle's report (meitan)
    ("redteam", "实行“月调度、季通报、年考核”", 2024, "recurring month; recurring quarter; recurring year"),
    # a testing schedule (changde-2024-nongcun-gongshui-guanli)
    ("redteam3", "日检9项指标，月检不少于20项指标", 2024, "recurring day; recurring month"),
    # a bound on a time limit, or a hedged bound on a time, is a time limit
    ("redteam", "整改时限一般不超过30天", 2024, "within P30D"),
    ("redteam3", "单个小区改造工期原则上不超过6个月", 2025, "within P6M"),
    ("redteam3", "审批时限压缩至15个工作日以内", 2025, "within P15D"),
    ("redteam3", "恢复供水时间一般不超过24小时", 2024, "within PT24H"),
    # … but a processing time is a target (jiangmen-2024-gaoxiao-banhao-yijianshi)
    ("redteam", "水电气网联合报装办理时间压缩至3个工作日以内", 2024, "none"),
    # what was built by a past year's end: history (qujing-2025-laojiu-xiaoqu-gaizao)
    ("redteam3", "改造2000年底前建成的城镇老旧小区", 2025, "none"),
    # 下一年度 qualifies a fund or an inspection, as 2018年度 does (qujing, changde)
    ("redteam3", "在下一年度中央和省级补助资金分配中", 2025, "none"),
    # a year written in one item of a ；-list does not date the next: the notice's year does
    # (ankang-2024-shengtai-ducha-zhenggai 3.10, hainan-2025-nongcun-jidi-wuliu 2.6)
    (
        "redteam5",
        "(1)2025年上半年新建乡镇空气自动监测站42个；(2)新建水质自动监测站8个，第三季度末前完成联网；"
        "(3)建设全市生态环境监测数据平台，年底前投入运行",
        2024,
        "by 2025-06-30; by 2024-09-30; by 2024-12-31",
    ),
    (
        "redteam5",
        "2026年第三季度末前试点航线不少于10条；建设全省农村寄递物流信息平台，实现快件全程可追溯，上半年完成平台功能设计。",
        2025,
        "by 2026-09-30; by 2025-06-30",
    ),
    # a time limit set by law holds 定期 but does not recur (chengyuan-2025-yingshang-huanjing-gongzuo-yaodian 4.2)
    ("redteam8", "执行案件法定期限内结案率达到95%", 2025, "none"),
    # 全年 after a time label, or before a task that goes on: the year through (huaichuan-2025-shuzi-jingji 1.1, 2.6)
    ("redteam10", "时间节点：全年", 2025, "during 2025-01-01..2025-12-31"),
    ("redteam10", "时间节点：上半年启动，全年推进", 2025, "by 2025-06-30; during 2025-01-01..2025-12-31"),
]


test_family = red_team_phrase_test(CASES, 10)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("全年检查不少于2次", "none"),  # 年检 inside 全年检查: the whole year, not an annual inspection
        ("当年报送", "none"),
        ("对采矿权不予通过年检。", "recurring year"),  # (guowuyuan-2005: an annual inspection)
        ("供暖期2024年11月15日至次年3月15日", "during 2024-11-15..2025-03-15"),
    ],
)
def test_period_words_inside_other_words(phrase, expected):
    assert described(phrase, 2024) == expected
