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
