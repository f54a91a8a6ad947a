"""The year a deadline without a year belongs to (segmentation.notice_year): the notice date's, except for a plan for
the next year issued late in the year — weixin-2026 (red team 12): 澜溪县2027年农村人居环境整治提升行动方案 issued
2026-11-25, whose 6月底前 the gold reads as 2027-06-30. A period (2025—2027年) or a plan of the notice's own year keeps
the notice's year."""

from __future__ import annotations

import pytest

import notice_parser

NOTICE = (
    "澜溪县人民政府办公室关于印发《{plan}》的通知\n澜政办发〔2026〕37号\n各乡镇人民政府，县直各有关单位：\n"
    "《{plan}》已经县人民政府第43次常务会议研究同意，现印发给你们，请认真抓好贯彻落实。\n"
    "澜溪县人民政府办公室\n{date}\n{plan}\n为持续改善农村人居环境，制定本行动方案。\n"
    "一、重点任务\n（一）整治农村公厕。对全县236座农村公厕逐一评估，6月底前完成提升改造不少于80座。（县城管局负责）\n"
)


@pytest.mark.parametrize(
    ("plan", "date", "due"),
    [
        ("澜溪县2027年农村人居环境整治提升行动方案", "2026年11月25日", "2027-06-30"),
        ("澜溪县2026年农村人居环境整治提升行动方案", "2026年3月25日", "2026-06-30"),
        ("澜溪县农村人居环境整治提升三年行动方案（2026—2027年）", "2026年3月25日", "2026-06-30"),
        ("澜溪县2025年度农村人居环境整治工作总结", "2026年3月25日", "2026-06-30"),
    ],
)
def test_yearless_deadline_takes_the_plan_year_of_a_plan_for_next_year(plan, date, due):
    doc = notice_parser.parse_text(NOTICE.format(plan=plan, date=date))
    assert doc.notice.plan_title == plan
    assert [(d.raw, d.date) for d in doc.deadlines if d.section_id == "1.1"] == [("6月底前", due)]


BUDGET = (
    "某市财政局关于印发《{plan}》的通知\n各部门：\n现将《{plan}》印发给你们，请认真贯彻执行。\n某市财政局\n{date}\n{plan}\n"
    "一、工作安排\n（一）布置预算编制。9月15日前完成部门预算布置工作（市财政局负责）。\n"
    "（二）报送预算建议。10月底前各部门报送预算建议（各部门负责）。\n（三）审核汇总。12月20日前完成审核汇总（市财政局负责）。\n"
)


@pytest.mark.parametrize(
    ("plan", "date", "dues"),
    [
        # a plan for next year prepared mid-year: its steps fall in the rest of the issue year (review 11, item 2)
        ("2027年度部门预算编制工作方案", "2026年8月10日", ["2026-09-15", "2026-10-31", "2026-12-20"]),
        ("某县2027年重点项目谋划储备工作方案", "2026年6月3日", ["2026-09-15", "2026-10-31", "2026-12-20"]),
        ("某区2027年民生实事项目征集工作方案", "2026年9月30日", ["2026-09-15", "2026-10-31", "2026-12-20"]),
        # issued in the last quarter, the plan's yearless dates are the plan year's (weixin-2026)
        ("某县2027年民生实事项目实施方案", "2026年10月9日", ["2027-09-15", "2027-10-31", "2027-12-20"]),
    ],
)
def test_plan_for_next_year_issued_before_the_last_quarter_keeps_the_notice_year(plan, date, dues):
    doc = notice_parser.parse_text(BUDGET.format(plan=plan, date=date))
    assert doc.notice.plan_title == plan
    assert [d.date for d in doc.deadlines if d.section_id] == dues


@pytest.mark.parametrize(
    ("title", "due"),
    [
        # a period written with ― (U+2015, HORIZONTAL BAR), ~ or 到: the year a yearless date belongs to is its first
        ("某市农村人居环境整治三年行动方案（2025―2027年）", "2025-06-30"),
        ("某市农村人居环境整治三年行动方案（2025—2027年）", "2025-06-30"),
        ("某县县域商业体系建设行动方案（2025～2027年）", "2025-06-30"),
        ("某区城市更新行动计划（2025到2027年）", "2025-06-30"),
    ],
)
def test_undated_notice_takes_the_first_year_of_its_title_period(title, due):
    doc = notice_parser.parse_text(f"{title}\n一、重点任务\n（一）开展排查。6月底前完成排查（市农业农村局负责）。\n")
    assert [(d.raw, d.date) for d in doc.deadlines] == [("6月底前", due)]
