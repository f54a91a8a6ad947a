"""A part of a year with no year (三季度, 第四季度) written as the value of a time label
(时间节点：) is a time limit: by the part's last day in the notice's year, as in a
完成时限 cell, and so is each part the label lists (二季度、四季度各开展一次). Without a label a lone
part needs a task after it (第三季度完成) — a noun use (每年第四季度开展一次专项核查 is yearly) stays
none. Phrases of the red-team notices, each checked to be the notice's own text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from deadline_harness import described, red_team_phrase_test

import notice_parser

CASES = [
    # linjiang-2025-yingshang-huanjing-gongzuo-yaodian 1.1, huaichuan-2025-shuzi-jingji-gongzuo-yaodian 2.7
    ("redteam9", "时间节点：三季度", 2025, "by 2025-09-30"),
    ("redteam10", "时间节点：三季度", 2025, "by 2025-09-30"),
    # the parts a label lists, each by its last day (linjiang 2.2)
    (
        "redteam9",
        "时间节点：二季度、四季度各开展一次；7月1日起实行公示",
        2025,
        "by 2025-06-30; by 2025-12-31; from 2025-07-01",
    ),
    # a label of a phase's time is no such label: the part alone stays a noun (nanan-liucheng-2025-pingan-jianshe
    # 2.5.2, where the gold's during Q4 is optional)
    ("redteam4", "完成时间：第四季度评选，12月底前完成表彰", 2025, "by 2025-12-31"),
    # an end word or a task after the part needs no label (huaichuan 3.10, qinzhou-2025-laji-fenlei-pdf 2.2.3)
    ("redteam10", "时间节点：三季度末", 2025, "by 2025-09-30"),
    ("redteam4", "第三季度完成车辆采购。", 2025, "by 2025-09-30"),
    # a part of every year: the 每年 item says it (jiaxing-2023-yiwu-jiaoyu-youzhi-junheng)
    ("redteam2", "每年第四季度开展一次专项核查。", 2023, "recurring year"),
]


test_part_of_a_year_after_a_time_label = red_team_phrase_test(CASES, 12)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("考核：三季度考核结果", "none"),  # a label of no time: 三季度 is a noun
        (
            "时间节点：全年、四季度",
            "during 2025-01-01..2025-12-31",
        ),  # (全年 is no part: 四季度 has no label of its own)
        ("时间节点:第一季度、第二季度", "by 2025-03-31; by 2025-06-30"),
        ("完成节点：2季度", "by 2025-06-30"),
        ("时间节点：一季度和三季度", "by 2025-03-31; by 2025-09-30"),
    ],
)
def test_what_a_label_makes_a_time_limit(phrase, expected):
    assert described(phrase, 2025) == expected


# 一 + a period + 一 + a task: once a period (zhoushan-2024-haiyang-jingji 3.3, a .docx), not a date nor a count
ZHOUSHAN = Path(__file__).parent / "redteam5" / "zhoushan-2024-haiyang-jingji.docx"


def test_once_a_period():
    phrase = "实行重大项目“一月一调度、一季一通报”"
    assert phrase in re.sub(r"\s", "", notice_parser.parse(ZHOUSHAN).text)
    assert described(phrase, 2024) == "recurring month; recurring quarter"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("建立一周一报告制度", "recurring week"),
        ("一年一度的评估", "recurring year"),
        ("自2025年一月一日起施行", "from 2025-01-01"),  # a date
        ("确保一年一个台阶", "none"),  # a count
        ("第一年一次性补助", "none"),
    ],
)
def test_once_a_period_variants(phrase, expected):
    assert described(phrase, 2025) == expected
