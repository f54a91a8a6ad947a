"""Target notations of session 11 (tables11): minutes under a goal verb, and a section whose first sentence dates
a past state (督察整改: 问题7：…2023年PM10平均浓度同比上升6.2%) — that year is no due year of the goals after it, so
they are not read as the past's status. Phrases of the red-team notices, each checked to be the notice's own text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import folder_text
from test_targets import targets_of

import notice_parser

ANKANG = (
    "问题7：中心城区扬尘污染管控不力，2023年PM10平均浓度同比上升6.2%。\n"
    "整改目标：2024年中心城区PM10平均浓度较2023年下降5%，优良天数比率达到90%以上。\n"
    "整改措施：(1)严格落实施工工地扬尘治理“六个百分百”，对在建工地每月全覆盖检查1次；(2)城区主次干道机扫率达到95%以上；"
    "(3)对渣土运输车辆实行全过程监管，违规行为在5个工作日内查处到位。\n"
)

#: (folder, phrase, notice year, the targets as (value, unit, comparator))
CASES = [
    # minutes under a goal verb (guizhou-2025-cizhongxin-xingdong 3.1.3)
    ("redteam6", "急危重症患者平均转运时间控制在60分钟以内", 2025, [(60, "分钟", "<=")]),
    # ankang-2024-shengtai-ducha-zhenggai 2.7: the 2023 of the problem's line dates none of the goals
    (
        "redteam5",
        ANKANG,
        2024,
        [(5, "%", "decrease_by"), (90, "%", ">="), (95, "%", ">=")],
    ),
]


@pytest.mark.parametrize(("folder", "phrase", "year", "expected"), CASES, ids=[c[1][:12] for c in CASES])
def test_family(folder, phrase, year, expected):
    page = folder_text(folder)
    assert all(re.sub(r"\s", "", line) in page for line in phrase.split("\n"))
    found = targets_of(phrase, year, "1")
    assert [(t.value, t.unit, t.comparator) for t in found] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("院前急救平均反应时间缩短至12分钟。", [(12, "分钟")]),
        ("打造15分钟便民生活圈。", []),  # a name: no verb states the minutes
        ("2023年，全市建成污水处理厂12座。\n新增管网30公里。", []),  # a past lead with nothing of the notice's year
    ],
)
def test_variants(phrase, expected):
    assert [(t.value, t.unit) for t in targets_of(phrase, 2024, "1")] == expected


LINFENG = Path(__file__).parent / "redteam12" / "linfeng-2025-shirong-huanwei-kaohe-xize.doc"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # linfeng-2025-shirong-huanwei-kaohe-xize 3 (a .doc): the level that earns the points is the goal
        ("居民小区分类设施覆盖率达到100%得5分", [(100, "%", ">=")]),
        ("回收利用率不低于38%得10分", [(38, "%", ">=")]),
        ("抽查小区分类投放准确率≥80%得5分", [(80, "%", ">=")]),
    ],
)
def test_a_level_that_earns_points(phrase, expected):
    assert phrase in re.sub(r"\s", "", notice_parser.parse(LINFENG).text)
    assert [(t.value, t.unit, t.comparator) for t in targets_of(phrase, 2025, "1")] == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "行政村快递服务通达率≥95%的得5分",  # 的: when the points are given (gansu-2025-xianyu-shangye-kaohe-xize's table)
        "出现1例未处理扣2分",  # what the points are taken for
        "每发现1处扣1分",
    ],
)
def test_a_condition_of_points_is_no_goal(phrase):
    assert targets_of(phrase, 2025, "1") == []
