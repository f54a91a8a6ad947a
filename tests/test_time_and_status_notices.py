"""Small notices written for this project in the notations of other
authorities (tests/fixtures/notices/): deadlines written as ranges, phases,
bare months and durations, and numbers that describe the present or the past
(基本情况, 截至…, 目前…, 比上年增长) next to the goals that are targets."""

from __future__ import annotations

from pathlib import Path

import notice_parser

NOTICES = Path(__file__).parent / "fixtures" / "notices"


def _deadlines(doc):
    out = []
    for d in doc.deadlines:
        value = {"during": f"{d.kind} {getattr(d, 'start', '')}..{getattr(d, 'date', '')}"}.get(d.kind)
        if value is None:
            value = f"{d.kind} {getattr(d, 'date', None) or getattr(d, 'duration', None) or d.period}"
        out.append((d.section_id, d.raw, value))
    return out


def test_county_plan_deadlines_are_ranges_phases_months_and_durations():
    doc = notice_parser.parse(NOTICES / "county-2023-yanglao-fuwu.txt")
    assert doc.notice.date == "2023-03-06"
    assert _deadlines(doc) == [
        ("2", "到2025年", "by 2025-12-31"),
        ("3.1", "5月—7月", "during 2023-05-01..2023-07-31"),
        ("3.1", "6月前", "by 2023-06-30"),
        ("3.1", "9月份前", "by 2023-09-30"),
        ("3.2", "2023年6月", "during 2023-06-01..2023-06-30"),
        ("3.2", "2个月左右时间", "within P2M"),
        ("3.2", "2023年8月7日-11日", "during 2023-08-07..2023-08-11"),
        ("3.3", "六个月内", "within P6M"),
        ("3.3", "10月底前", "by 2023-10-31"),
    ]


def test_county_plan_background_numbers_are_no_targets_and_goals_are():
    doc = notice_parser.parse(NOTICES / "county-2023-yanglao-fuwu.txt")
    got = [(t.section_id, t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets]
    assert got == [
        ("2", "养老机构床位", ">=", 4000.0, "张", 2025),
        ("2", "护理型床位占比", ">=", 55.0, "%", 2025),
        ("2", "中等职业技能培训学校", ">=", 2.0, "所", 2025),
        ("2", "培训养老护理员", ">=", 600.0, "人次", 2025),
    ]
    # the status numbers of 基本情况 and the eligibility threshold of 3.3 are read and left out, with a reason
    reasons = {(doc.text[a:b], r) for k, (a, b), r in doc.skipped if k == "number"}
    assert ("全县常住人口41.2万人", "status") in reasons
    assert ("10月底前建立营业收入500万元以上", "eligibility") in reasons


def test_city_work_points_status_phases_and_table_months():
    doc = notice_parser.parse(NOTICES / "city-2024-kechuang-gongzuo-yaodian.txt")
    assert _deadlines(doc) == [
        ("3.1", "2024年3月", "during 2024-03-01..2024-03-31"),
        ("3.2", "2024年4月—10月", "during 2024-04-01..2024-10-31"),
        ("3.2", "2024～2025年", "during 2024-01-01..2025-12-31"),
        ("3.3", "2024年11月-12月", "during 2024-11-01..2024-12-31"),
        (None, "6月", "by 2024-06-30"),
        (None, "全年", "during 2024-01-01..2024-12-31"),  # a 时限 cell 全年: the task runs all year (shaoguan's gold)
    ]
    got = [(t.section_id, t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets if t.section_id]
    assert got == [
        ("2", "新增高新技术企业", ">=", 200.0, "家", 2024),
        ("2", "技术合同成交额", ">", 12000000000.0, "元", 2024),
    ]


def test_jieba_is_loaded_only_when_a_cut_has_to_be_checked():
    import subprocess
    import sys

    code = (
        "import sys, notice_parser\n"
        "a = 'jieba' in sys.modules\n"
        "notice_parser.parse_text('一、目标\\n到2025年，建成污水处理厂3座。\\n')\n"
        "b = 'jieba' in sys.modules\n"
        "t = notice_parser.parse_text('一、目标\\n新建2所中等职业技能培训学校。\\n').targets[0].indicator\n"
        "print(a, b, 'jieba' in sys.modules, t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "中等职业技能培训学校"]


def test_province_work_points_dotted_dates_quarters_and_round_amounts():
    doc = notice_parser.parse(NOTICES / "province-2023-shuzi-zhengfu-renwu.txt")
    scored = [d for d in _deadlines(doc) if d[0] is not None]
    assert scored == [
        ("1", "到2023年底", "by 2023-12-31"),
        ("2.1", "2023.6—2023.12", "during 2023-06-01..2023-12-31"),
        ("2.1", "第三季度", "by 2023-09-30"),
        ("2.2", "每季度", "recurring quarter"),
        ("2.2", "次年1月底前", "by 2024-01-31"),
        ("2.2", "年度", "recurring year"),
        ("2.2", "9月30日前", "by 2023-09-30"),
    ]
    # the task list's 完成时限 cells: a dotted month alone, and one with 前
    assert [(d.raw, d.date) for m in doc.measures if m.id.startswith("table") for d in m.deadlines] == [
        ("2023.6", "2023-06-30"),
        ("2023.9前", "2023-09-30"),
    ]
    got = [(t.section_id, t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets]
    assert got == [
        ("1", "省级政务服务事项网上可办率", ">=", 98.0, "%", 2023),
        ("1", "全程网办比例", ">=", 85.0, "%", 2023),
        ("1", "政务数据共享需求满足率", ">=", 95.0, "%", 2023),
        ("1", "数据中心运行电能利用效率", "<=", 1.3, None, 2023),
        ("1", "数据资源总量", ">", 1e12, "条", 2023),
        ("2.3", "省级政务云节点", ">=", 2.0, "个", None),
        ("2.3", "省级数据灾备中心", ">=", 3.0, "个", None),
        ("2.3", "政务外网带宽", ">=", 10.0, "Gbps", None),
    ]
    # the plan's own title line names a document by its year: no time limit
    assert [d for d in _deadlines(doc) if d[0] is None and "工作要点" in d[1]] == []
    # 2022年 and its 95% open the plan as status, read and left out
    reasons = {(doc.text[a:b], r) for k, (a, b), r in doc.skipped}
    assert ("2022年", "past_year") in reasons


def test_minutes_are_an_iso_duration():
    from notice_parser.extract.context import Context, Region
    from notice_parser.extract.deadlines import find_deadlines

    phrase = "确保接警后15分钟内到达事故现场，半小时内完成处置"
    found = find_deadlines(Context(phrase, 2024), Region(0, len(phrase), "1"))
    assert [(d.raw, d.duration) for d in found] == [("15分钟内", "PT15M"), ("半小时内", "PT30M")]
