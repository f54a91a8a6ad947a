"""Notations of session 9 (times9): what an assessment's scoring rule, a previous-year baseline, a decimal
time, a rate and a few more units make of a number. Two kinds of rows: phrases of the red-team notices
(tests/redteam*/, each checked to be its notice's own text) and the variants a real notice writes of the same
notation (not in any notice here), each with the values the contract gives them."""

from __future__ import annotations

import re

import pytest
from conftest import folder_text
from test_deadlines import _describe, _run
from test_targets import targets_of

#: (folder or None for a variant, phrase, notice year, targets as (value, unit, comparator))
TARGETS = [
    # the step of a scoring rule (每 + a verb of falling short or going over) is no goal (zunyi-2025-yingshang-
    # huanjing-kaohe, whose gold excludes 每低1个百分点, 每超过5天 …); the goal beside it is read
    ("redteam3", "企业开办“一网通办”使用率年内达到95%以上，每低1个百分点扣0.2分", 2025, [(95, "%", ">=")]),
    ("redteam3", "全程网办率每低于目标1个百分点扣0.5分", 2025, []),
    ("redteam3", "平均审理周期每超过5天扣1分", 2025, []),
    ("redteam3", "投诉件每超期1件扣1分", 2025, []),
    ("redteam3", "一般登记平均办理时间每超过0.5个工作日扣1分", 2025, []),
    ("redteam3", "比例每低5个百分点扣1分", 2025, []),
    (None, "每提高1个百分点加0.5分", 2025, []),
    (None, "完成率每减少一个百分点扣1分", 2025, []),
    (None, "每延误1天扣2分", 2025, []),
    (None, "每少1家扣1分", 2025, []),
    (None, "低于全省平均水平的，每低于平均水平1个百分点扣0.5分", 2025, []),
    # … while a goal per year stays one
    (None, "全人群签约服务覆盖率每年提高1个百分点", 2025, [(1, "个百分点", "increase_by")]),
    # the previous year as a goal's baseline is no status word (jingmen, zunyi, yichang-2025-jiceng-yiliao-nengli)
    ("redteam4", "同一企业年度涉企现场检查次数较上年减少30%以上", 2025, [(30, "%", "decrease_by")]),
    ("redteam4", "破产案件平均审理时间较上年缩短20%", 2025, [(20, "%", "decrease_by")]),
    ("redteam3", "小微企业贷款平均利率较上年下降0.2个百分点", 2025, [(0.2, "个百分点", "decrease_by")]),
    ("redteam2", "县域内基层医疗卫生机构门急诊人次占比较上年提高2个百分点", 2025, [(2, "个百分点", "increase_by")]),
    (None, "城镇新增就业比上年增长6%", 2025, [(6, "%", "increase_by")]),
    (None, "全市火灾事故起数比去年同期下降10%", 2025, [(10, "%", "decrease_by")]),
    (None, "涉企检查次数与上年相比减少30%", 2025, [(30, "%", "decrease_by")]),
    (None, "研发投入强度较上年度提高0.3个百分点", 2025, [(0.3, "个百分点", "increase_by")]),
    # … but a sentence that states what is stays status
    (None, "目前全县有养老机构12家，床位2860张，比上年增长5.2%。", 2023, []),
    (None, "2023年，全市高新技术企业达到1560家，比上年增长12.3%。", 2024, []),
    (None, "上年全市新增城镇就业1.2万人。", 2025, []),
    # a population followed by 的 is a share's base, not a status (nanan-liucheng-2025-pingan-jianshe)
    ("redteam4", "国家反诈中心APP安装注册率达到辖区常住人口的85%以上", 2025, [(85, "%", ">=")]),
    (None, "参保人数占户籍人口的95%以上", 2025, [(95, "%", ">=")]),
    # a bound followed by 的 and a clause break or a sanction is when a rule applies, no goal (changde, zunyi)
    ("redteam3", "停水时间超过24小时的，区县（市）人民政府应当组织采取送水、临时取水点等应急供水", 2024, []),
    ("redteam3", "综合窗口占比未达到85%的扣3分", 2025, []),
    ("redteam3", "简易注销平均办理时间超过3个工作日的扣2分", 2025, []),
    (None, "逾期超过30天的，取消评优资格", 2025, []),
    (None, "群众满意率低于90%的，予以通报", 2025, []),
    (None, "考核得分低于60分的，视为不合格", 2025, []),
    # … while 的 before a noun of goals keeps it (对各县区提出人均GDP不低于8万元的目标)
    (None, "实现研发投入强度不低于2.5%的目标", 2025, [(2.5, "%", ">=")]),
    # units: vehicle checks, press reports, reports, sessions, ships, containers, cores, capacities
    ("redteam5", "每月抽检不少于500辆次", 2025, [(500, "辆次", ">=")]),
    ("redteam4", "全年在市级以上主流媒体宣传报道不少于30篇次", 2025, [(30, "篇次", ">=")]),
    ("redteam5", "土壤污染状况调查报告评审不少于150份", 2025, [(150, "份", ">=")]),
    ("redteam4", "举办数字政府专题培训班4期", 2025, [(4, "期", ">=")]),
    ("redteam4", "新增计算资源2000核", 2025, [(2000, "核", ">=")]),
    ("redteam4", "新增厨余垃圾处理能力150吨/日", 2025, [(150, "吨/日", ">=")]),
    ("redteam4", "焚烧处理能力达到2250吨/日以上", 2025, [(2250, "吨/日", ">=")]),
    ("redteam4", "全省危险废物集中利用处置能力新增30万吨/年以上", 2025, [(300000, "吨/年", ">=")]),
    (None, "新增污水处理能力2万立方米/日", 2025, [(20000, "立方米/日", ">=")]),
    (None, "远洋渔船数量稳定在600艘以内", 2024, [(600, "艘", "<=")]),
    (None, "集装箱吞吐量达到500万标箱", 2024, [(5000000, "标箱", ">=")]),
    (None, "航班起降不少于2万架次", 2024, [(20000, "架次", ">=")]),
    # cases (shicheng-2018-hezhang-kaohe-zerendanwei 2.2, a corpus notice; yichang) …
    ("redteam2", "年内远程会诊服务量不少于2万例", 2025, [(20000, "例", ">=")]),
    # … but a count in a clause that then scores points is what the score is for (shicheng's 评分标准: in
    # tests/cases/targets.txt)
    (None, "发现1起违规收费的扣1分", 2025, []),
    (None, "每发现一处问题扣0.5分", 2025, []),
    (None, "完成3个以上的加1分", 2025, []),
    # a time in 个小时 is a time, not a count of 个 (zhoushan-2024-haiyang-jingji 2.2.3: no gold target)
    (None, "国际航行船舶通关手续在2个小时以内办结", 2024, []),
    (None, "平均通关时间压缩至2个小时以内", 2024, [(2, "个小时", "<=")]),
    # … how a task is split is no count of it
    (None, "项目分3期实施", 2025, []),
    (None, "分2批推进", 2025, []),
    (None, "分为3批次组织验收", 2025, []),
    # a course of one per period is its recurrence (yichun-2025-shuzi-zhengfu-gongzuo-yaodian: 每季度1期)
    ("redteam4", "每季度1期", 2025, []),
    # a time bounded by 以内 ends the value list of the verb before it (nanping-2025-yingshang-huanjing)
    (
        "redteam5",
        "进口、出口整体通关时间分别压缩至35小时和1.2小时以内",
        2025,
        [(35, "小时", "<="), (1.2, "小时", "<=")],
    ),
    (None, "一般项目、重大项目审批时间分别压缩至20天、40天以内", 2025, [(20, "天", "<="), (40, "天", "<=")]),
]


@pytest.mark.parametrize(("folder", "phrase", "year", "expected"), TARGETS, ids=[t[1][:12] for t in TARGETS])
def test_targets(folder, phrase, year, expected):
    if folder:
        assert re.sub(r"\s", "", phrase) in folder_text(folder)
    found = targets_of(phrase, year, "1")
    assert [(t.value, t.unit, t.comparator) for t in found] == expected


@pytest.mark.parametrize(
    ("phrase", "year", "baseline_year"),
    [
        ("同一企业年度涉企现场检查次数较上年减少30%以上", 2025, 2024),
        ("城镇新增就业比上年增长6%", 2025, 2025 - 1),
        ("全市火灾事故起数比去年同期下降10%", 2021, 2020),
        ("涉企检查次数与上年相比减少30%", 2025, 2024),
        ("城镇新增就业比上年增长6%", None, None),  # no notice year: no year to count back from
    ],
)
def test_previous_year_baseline_is_the_year_before_the_notice_and_leaves_the_indicator(phrase, year, baseline_year):
    (t,) = targets_of(phrase, year, "1")
    assert t.baseline_year == baseline_year
    assert t.indicator and "上年" not in t.indicator and "去年" not in t.indicator


#: (folder or None, phrase, notice year, deadlines in tests/cases/deadlines.txt's notation)
DEADLINES = [
    # a decimal count of a time is read whole: 0.5个工作日 was read as 5个工作日 (P5D)
    ("redteam4", "企业开办时间压缩至0.5个工作日以内", 2025, "none"),  # (a processing-time target)
    # (the list's last value is its target's, as its first is: no time limit; nanping's gold has it optional,
    # shaoguan's and round 12's lanjiang/qiaonan golds none)
    ("redteam5", "进口、出口整体通关时间分别压缩至35小时和1.2小时以内", 2025, "none"),
    (None, "一般事项在0.5个工作日内办结", 2025, "within P0.5D"),
    (None, "接到报警后1.5小时内到达现场", 2025, "within PT1.5H"),
    (None, "2.5天内完成核查", 2025, "within P2.5D"),
    (None, "在3个工作日内办结", 2025, "within P3D"),
    # 每 + a period in a rate (a capacity, a flow) is no recurrence (changde-2024-nongcun-gongshui-guanli, ankang)
    ("redteam3", "完成全市供水规模1000立方米每日以上水源保护区划定工作", 2024, "none"),
    ("redteam5", "医疗废物集中处置能力提升至每日15吨", 2024, "none"),
    (None, "新增污水处理能力5万吨每天", 2025, "none"),
    (None, "垃圾焚烧处理规模达到每年100万吨", 2025, "none"),
    # … but a count of times, or money per year, recurs (jiaxing-2023-yiwu-jiaoyu-youzhi-junheng: 每生每年)
    (None, "每周1次通报进展", 2025, "recurring week"),
    ("redteam2", "小学、初中生均公用经费基准定额分别提高到每生每年1200元、1500元", 2023, "recurring year"),
    ("redteam5", "每月抽检不少于500辆次", 2025, "recurring month"),
]


@pytest.mark.parametrize(("folder", "phrase", "year", "expected"), DEADLINES, ids=[d[1][:12] for d in DEADLINES])
def test_deadlines(folder, phrase, year, expected):
    if folder:
        assert re.sub(r"\s", "", phrase) in folder_text(folder)
    _, found = _run(phrase, year)
    assert ("; ".join(_describe(d) for d in found) or "none") == expected
