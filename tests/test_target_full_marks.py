"""A 考核办法's scoring rules (session 13, left15): the level a goal verb states right before the item's full marks
(开工率达到95%以上的得20分, 到位率达到100%的，得10分) is the assessment's goal, a target; the conditions of lesser or
no points (80%（含）至90%的得15分, 低于80%的不得分, 未达到90%的得5分), a bonus's condition (达到100%的，加1分) and an
assessment table's criterion cell written with a sign (≥95%的得5分) are not. Phrases of the red-team notices kunling
(redteam15) and shamei (redteam14), each checked to be the notice's own text, and variants of the same rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_targets import targets_of

HERE = Path(__file__).parent
KUNLING = HERE / "redteam15" / "kunling-2025-laojiu-xiaoqu-gaizao-kaohe-banfa.txt"
SHAMEI = HERE / "redteam14" / "shamei-2026-laojiu-xiaoqu-gaizao-kaohe-banfa.txt"


def _flat(path: Path) -> str:
    return re.sub(r"\s", "", path.read_text(encoding="utf-8"))


#: (source file or None for a variant, phrase, the targets as (value, unit, comparator, raw))
CASES = [
    (
        KUNLING,
        "年度计划改造小区于当年6月30日前开工率达到95%以上的得20分；每低1个百分点扣1分，低于80%的不得分。",
        [(95, "%", ">=", "年度计划改造小区于当年6月30日前开工率达到95%以上")],
    ),
    (
        KUNLING,
        "于当年11月底前完工率达到90%以上的得25分；80%（含）至90%的得15分；低于80%的不得分。",
        [(90, "%", ">=", "于当年11月底前完工率达到90%以上")],
    ),
    (
        KUNLING,
        "改造后小区物业服务覆盖率达到85%以上的得10分，每低5个百分点扣2分。",
        [(85, "%", ">=", "改造后小区物业服务覆盖率达到85%以上")],
    ),
    (
        KUNLING,
        "群众满意度由第三方机构抽样调查，满意度达到90%以上的得15分，每低1个百分点扣1分。",
        [(90, "%", ">=", "满意度达到90%以上")],
    ),
    (
        SHAMEI,
        "年度改造小区完工率达到95%以上的得20分，完工率在85%（含）至95%之间的得12分，低于85%的不得分。",
        [(95, "%", ">=", "年度改造小区完工率达到95%以上")],
    ),
    (
        SHAMEI,
        "区县配套资金到位率达到100%的得10分，每低5个百分点扣2分；",
        [(100, "%", ">=", "区县配套资金到位率达到100%")],
    ),
    # variants: a comma after 的, a floor verb, a ceiling a verb states
    (None, "项目开工率达到95%以上的，得20分；", [(95, "%", ">=", "项目开工率达到95%以上")]),
    (None, "群众投诉办结率不低于98%的得10分。", [(98, "%", ">=", "群众投诉办结率不低于98%")]),
    (None, "电梯万台事故率控制在0.1以下的得5分。", [(0.1, None, "<=", "电梯万台事故率控制在0.1以下")]),
    # not goals: a bonus's condition, lesser points, a bare comparison, a negated verb, a sign in a criterion cell
    (KUNLING, "同步完成小区雨污分流改造，改造比例达到100%的，加1分。", []),
    (None, "完工率在85%（含）至95%之间的得12分。", []),
    (None, "完成率低于90%的，得5分。", []),
    (None, "开工率未达到90%的得5分。", []),
    (None, "行政村快递服务通达率≥95%的得5分", []),
]


@pytest.mark.parametrize(("source", "phrase", "expected"), CASES, ids=[c[1][:14] for c in CASES])
def test_full_marks_level(source, phrase, expected):
    if source is not None:
        assert re.sub(r"\s", "", phrase) in _flat(source)
    found = targets_of(phrase, 2025, "1")
    assert [(t.value, t.unit, t.comparator, t.raw) for t in found] == expected


HONGAN = HERE / "redteam15" / "hongan-2026-renju-huanjing-ducha-tongbao.txt"
TIANSHUI = HERE.parent / "corpora" / "tianshui-2017-30.txt"


@pytest.mark.parametrize(
    ("source", "phrase", "expected"),
    [
        # a zero word naming a scheme (机制, 行动, …) is no goal: hongan 3.4, tianshui 3.6.2, gechuan (redteam17)
        (HONGAN, "高塘县、华岭县要建立“首厕过关”和问题户厕动态清零机制，每季度开展一次回头看，", []),
        (TIANSHUI, "推进化肥农药使用量零增长行动。", []),
        (None, "建立无分歧欠款“动态清零”机制，每月通报清偿进展。", []),
        (None, "实施重点行业事故隐患清零行动。", []),
        # … the goal itself stays one
        (None, "确保辖区企业欠薪案件动态清零。", [(0, None, "==", "确保辖区企业欠薪案件动态清零")]),
        (None, "重大事故隐患动态清零，", [(0, None, "==", "重大事故隐患动态清零")]),
    ],
    ids=lambda v: v[:10] if isinstance(v, str) else None,
)
def test_zero_word_naming_a_scheme(source, phrase, expected):
    if source is not None:
        assert re.sub(r"\s", "", phrase) in re.sub(r"\s", "", source.read_text(encoding="utf-8"))
    assert [(t.value, t.unit, t.comparator, t.raw) for t in targets_of(phrase, 2025, "1")] == expected


KAITANG = HERE / "redteam15" / "kaitang-2026-nongcun-wushui-zhili-xingdong-jihua.pdf"


def test_a_pdf_paragraphs_first_line_wraps_its_unit():
    """A PDF's text drops a paragraph's two-character indent, so its first line reaches the wrap width two
    characters short: its line break still cuts a sentence (kaitang 2.2: 每年新建村级污水处理设施不少于25⏎座)."""
    import notice_parser

    doc = notice_parser.parse(KAITANG)
    found = [(t.section_id, t.value, t.unit, t.comparator) for t in doc.targets if t.section_id == "2.2"]
    assert ("2.2", 25.0, "座", ">=") in found
    assert ("2.2", 80.0, "公里", ">=") in found


def test_a_first_line_wrap_in_plain_text():
    """The same page cut in a text file: 不少于80⏎公里 on a section's first line (indent dropped) is one quantity."""
    body = "建设农村污水处理设施，完善配套管网，推动设施稳定运行，群众满意度持续提升" * 12 + "。"
    wrapped = "\n".join(body[i : i + 30] for i in range(0, len(body), 30))
    first = "（二）加快设施建设。每年新增污水收集主管网长度不少于80"  # 28 characters: the indent's two short
    text = "（一）加强建设。" + wrapped + "\n" + first + "\n公里，新建设施不少于25座；" + wrapped
    found = targets_of(text, 2026, "1")
    assert (80.0, "公里", ">=") in [(t.value, t.unit, t.comparator) for t in found]
