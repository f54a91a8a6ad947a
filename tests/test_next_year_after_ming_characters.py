"""明年 after a character that may open a verb in 明 (REVIEW14 item 3): the verb reading (注明 + 年份: 未注明年份的数据)
needs the noun after 年 too (年份, 年度, 年限). After 证/表/查/标 … that close a noun (许可证, 分解表, 调查, 目标) and
before anything else, 明年 is next year, as everywhere. At 9c347c7 each next year below was dropped.
"""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.extract.context import Context, Region
from notice_parser.extract.deadlines import find_deadlines


def _deadlines(phrase: str, year: int = 2026) -> list[tuple[str, str | None]]:
    ctx = Context(phrase, year)
    return [(d.kind, getattr(d, "date", None)) for d in find_deadlines(ctx, Region(0, len(phrase), "1"))]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("全县燃气经营许可证明年3月底前完成换发", "2027-03-31"),  # 许可证 | 明年
        ("对照任务分解表明年6月底前全部整改到位", "2027-06-30"),  # 分解表 | 明年
        ("对排查发现的问题深入调查明年底前形成报告", "2027-12-31"),  # 调查 | 明年底
        ("按照既定目标明年9月底前全面建成", "2027-09-30"),  # 目标 | 明年 (标, as in 标明年度)
        ("居民身份证明年起实行电子证照", "2027-01-01"),  # 身份证 | 明年起
        ("各乡镇要在统计表明年一季度前报送", "2027-03-31"),  # 统计表 | 明年一季度
    ],
)
def test_next_year_after_a_noun_closing_in_a_ming_verb_character(phrase, due):
    assert [d for _, d in _deadlines(phrase)] == [due]


@pytest.mark.parametrize(
    "phrase",
    [
        "对未注明年份的数据，均按当年统计",
        "完成时限未标明年度的，以表中日期为准",
        "请在备注栏写明年份和月份",
        "合同中应载明年限和金额",
    ],
)
def test_a_verb_in_ming_before_a_noun_in_nian_is_no_next_year(phrase):
    assert _deadlines(phrase) == []


def test_the_reviewers_notice():
    text = (
        "某县住房和城乡建设局关于做好燃气安全整治工作的通知\n各乡镇人民政府：\n一、规范经营许可\n"
        "（一）全县燃气经营许可证明年3月底前完成换发（县住建局负责）。\n"
        "（二）对照任务分解表明年6月底前全部整改到位（县住建局牵头，各乡镇人民政府配合）。\n"
        "（三）对未注明年份的数据，均按2026年统计。\n某县住房和城乡建设局\n2026年11月20日\n"
    )
    doc = notice_parser.parse(text.encode(), format="txt")
    assert [(d.section_id, d.kind, d.date, d.raw) for d in doc.deadlines] == [
        ("1.1", "by", "2027-03-31", "明年3月底前"),
        ("1.2", "by", "2027-06-30", "明年6月底前"),
    ]
