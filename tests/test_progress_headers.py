"""Progress tables (进度安排表) whose header spans two or three rows: a time header (完成时限, 时间安排,
进度安排, a year) over one column per period (一季度…四季度, 3月…12月, 2025年|2026年), a row's mark
(✓ √ ● ○, 完成60%) in one meaning a time limit at that period's end; a responsibility header
(责任单位, 责任主体, 责任部门) over 牵头 | 配合 | 参与. Invented fixtures in Word (gridSpan, vMerge)
and HTML (colspan, rowspan) as 区/县 offices write them (red team 17's hewan is this family)."""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, para

import notice_parser
from notice_parser.extract.headers import period_label

NOTICE = "禾田区住房和城乡建设局关于印发2025年城镇老旧小区改造工作计划的通知"


# ---------------------------------------------------------------- Word
def _tc(text: str, span: int = 1, vmerge: str | None = None) -> str:
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    pr = f"<w:tcPr>{pr}</w:tcPr>" if pr else ""
    return f"<w:tc>{pr}{para(text)}</w:tc>"


def _tr(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def _word_plan(header_top: str, periods: list[str], roles: list[str], rows: list[list[str]]) -> bytes:
    """序号 | 工作任务 (vMerged over both header rows) | ``header_top`` over ``periods`` | 责任单位 over ``roles``."""
    head1 = _tr(
        _tc("序号", vmerge="restart"),
        _tc("工作任务", vmerge="restart"),
        _tc(header_top, span=len(periods)),
        _tc("责任单位", span=len(roles)),
    )
    head2 = _tr(_tc("", vmerge="continue"), _tc("", vmerge="continue"), *(_tc(p) for p in periods), *map(_tc, roles))
    body = "".join(_tr(*map(_tc, row)) for row in rows)
    xml = document(
        para(NOTICE)
        + para("2025年2月20日")
        + para("一、工作目标")
        + para("全年改造老旧小区20个。")
        + para("二、进度安排")
        + para("“✓”表示该季度内完成，“完成X%”表示季度末应达到的累计进度。")
        + f"<w:tbl>{head1}{head2}{body}</w:tbl>"
        + para("三、工作要求")
        + para("各单位要按表推进。")
    )
    return docx_bytes(xml)


QUARTERS = ["一季度", "二季度", "三季度", "四季度"]


def _measures(doc):
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.supporting_units],
            [(d.raw, d.date) for d in m.deadlines],
        )
        for m in doc.measures
    ]


def test_word_quarters_under_a_merged_time_header_and_roles_under_a_merged_unit_header():
    data = _word_plan(
        "完成时限",
        QUARTERS,
        ["牵头", "配合"],
        [
            ["1", "项目摸底", "✓", "", "", "", "局城建科", "各街道办事处"],
            ["2", "方案设计", "完成60%", "✓", "", "", "局城建科", "区自然资源分局、区城投集团"],
            ["3", "管网改造", "", "完成30%", "完成80%", "✓", "区城投集团", "区水务局"],
        ],
    )
    doc = notice_parser.parse(data, format="docx")
    assert _measures(doc) == [
        ("table1.row1", ["局城建科"], ["各街道办事处"], [("一季度", "2025-03-31")]),
        (
            "table1.row2",
            ["局城建科"],
            ["区自然资源分局", "区城投集团"],
            [("一季度", "2025-03-31"), ("二季度", "2025-06-30")],
        ),
        (
            "table1.row3",
            ["区城投集团"],
            ["区水务局"],
            [("二季度", "2025-06-30"), ("三季度", "2025-09-30"), ("四季度", "2025-12-31")],
        ),
    ]
    quarter_ends = sorted({(d.section_id, d.raw, d.date) for d in doc.deadlines if d.raw in QUARTERS})
    assert quarter_ends == [
        ("2", "一季度", "2025-03-31"),
        ("2", "三季度", "2025-09-30"),
        ("2", "二季度", "2025-06-30"),
        ("2", "四季度", "2025-12-31"),
    ]
    for d in doc.deadlines:
        assert doc.text[d.span[0] : d.span[1]] == d.raw
    # 完成X% is the progress due: a target of the row
    assert [t.value for t in doc.measures[2].targets] == [30, 80]


def test_word_months_with_bullet_marks_and_a_three_role_header():
    data = _word_plan(
        "时间安排",
        ["3月", "6月", "9月", "12月"],
        ["牵头", "配合", "参与"],
        [
            ["1", "编制改造方案", "●", "", "", "", "局城建科", "区财政局", "各社区"],
            ["2", "开展竣工验收", "", "○", "—", "√", "局建管科", "", "区城投集团"],
        ],
    )
    doc = notice_parser.parse(data, format="docx")
    assert _measures(doc) == [
        ("table1.row1", ["局城建科"], ["区财政局", "各社区"], [("3月", "2025-03-31")]),
        ("table1.row2", ["局建管科"], ["区城投集团"], [("6月", "2025-06-30"), ("12月", "2025-12-31")]),
    ]


def test_word_a_mark_merged_across_periods_is_due_at_the_last_one():
    head1 = _tr(
        _tc("序号", vmerge="restart"),
        _tc("重点任务", vmerge="restart"),
        _tc("进度安排", span=4),
        _tc("牵头单位", vmerge="restart"),
    )
    head2 = _tr(_tc("", vmerge="continue"), _tc("", vmerge="continue"), *map(_tc, QUARTERS), _tc("", vmerge="continue"))
    row = _tr(_tc("1"), _tc("推进管网改造"), _tc(""), _tc("持续推进", span=3), _tc("区水务局"))
    xml = document(para(NOTICE) + para("2025年2月20日") + para("一、进度安排") + f"<w:tbl>{head1}{head2}{row}</w:tbl>")
    doc = notice_parser.parse(docx_bytes(xml), format="docx")
    assert [(d.raw, d.date) for d in doc.measures[0].deadlines] == [("四季度", "2025-12-31")]


# ---------------------------------------------------------------- HTML
def _html(thead: str, rows: str, date: str = "2026年1月10日") -> bytes:
    return (
        "<html><body><p>某县人民政府办公室关于印发2026年美丽乡村建设工作计划的通知</p>"
        f"<p>{date}</p><p>一、进度安排</p><table><thead>{thead}</thead><tbody>{rows}</tbody></table>"
        "<p>二、工作要求</p><p>各单位要按表推进。</p></body></html>"
    ).encode()


def test_html_colspan_and_rowspan_header_with_months_and_responsibility_subjects():
    thead = (
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>工作任务</th><th colspan='4'>时间安排</th>"
        "<th colspan='3'>责任主体</th></tr>"
        "<tr><th>3月</th><th>6月</th><th>9月</th><th>12月</th><th>牵头</th><th>配合</th><th>参与</th></tr>"
    )
    rows = (
        "<tr><td>1</td><td>编制村庄规划</td><td>●</td><td></td><td></td><td></td>"
        "<td>县自然资源局</td><td>各乡镇人民政府</td><td>县农业农村局</td></tr>"
        "<tr><td>2</td><td>改造农村户厕1200户</td><td>○</td><td>√</td><td>—</td><td></td>"
        "<td>县农业农村局</td><td>县卫生健康局</td><td></td></tr>"
    )
    doc = notice_parser.parse(_html(thead, rows), format="html")
    assert _measures(doc) == [
        ("table1.row1", ["县自然资源局"], ["各乡镇人民政府", "县农业农村局"], [("3月", "2026-03-31")]),
        ("table1.row2", ["县农业农村局"], ["县卫生健康局"], [("3月", "2026-03-31"), ("6月", "2026-06-30")]),
    ]


def test_html_three_row_header_years_over_quarters():
    thead = (
        "<tr><th rowspan='3'>序号</th><th rowspan='3'>重点任务</th><th colspan='4'>完成时限</th>"
        "<th colspan='2' rowspan='2'>责任部门</th></tr>"
        "<tr><th colspan='2'>2026年</th><th colspan='2'>2027年</th></tr>"
        "<tr><th>上半年</th><th>下半年</th><th>上半年</th><th>下半年</th><th>牵头</th><th>配合</th></tr>"
    )
    rows = (
        "<tr><td>1</td><td>建成县域医共体信息平台</td><td></td><td>✓</td><td></td><td></td>"
        "<td>县卫生健康局</td><td>县大数据中心</td></tr>"
        "<tr><td>2</td><td>实现乡镇卫生院远程诊疗全覆盖</td><td></td><td>完成50%</td><td></td><td>✓</td>"
        "<td>县卫生健康局</td><td>各乡镇人民政府</td></tr>"
    )
    doc = notice_parser.parse(_html(thead, rows), format="html")
    assert _measures(doc) == [
        ("table1.row1", ["县卫生健康局"], ["县大数据中心"], [("下半年", "2026-12-31")]),
        ("table1.row2", ["县卫生健康局"], ["各乡镇人民政府"], [("下半年", "2026-12-31"), ("下半年", "2027-12-31")]),
    ]


def test_html_year_columns_under_a_schedule_header():
    thead = (
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>工作任务</th><th rowspan='2'>牵头单位</th>"
        "<th colspan='3'>进度安排</th></tr><tr><th>2025年</th><th>2026年</th><th>2027年</th></tr>"
    )
    rows = "<tr><td>1</td><td>建设数字乡村示范点</td><td>县农业农村局</td><td>启动</td><td>完成60%</td><td>全面完成</td></tr>"
    doc = notice_parser.parse(_html(thead, rows, date="2025年3月1日"), format="html")
    assert [(d.raw, d.date) for d in doc.measures[0].deadlines] == [
        ("2025年", "2025-12-31"),
        ("2026年", "2026-12-31"),
        ("2027年", "2027-12-31"),
    ]


def test_a_unit_header_over_unit_names_is_no_sub_header():
    """A data row of unit names right under 责任单位 (over two columns) stays a data row."""
    thead = "<tr><th>序号</th><th>工作任务</th><th>完成时限</th><th colspan='2'>责任单位</th></tr>"
    rows = (
        "<tr><td>1</td><td>编制村庄规划</td><td>2026年6月底前</td><td>县自然资源局</td><td>各乡镇人民政府</td></tr>"
        "<tr><td>2</td><td>改造农村户厕</td><td>2026年9月底前</td><td>县农业农村局</td><td>县卫生健康局</td></tr>"
    )
    doc = notice_parser.parse(_html(thead, rows), format="html")
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2"]
    assert [(d.raw, d.date) for d in doc.measures[0].deadlines] == [("2026年6月底前", "2026-06-30")]


@pytest.mark.parametrize(
    ("label", "period"),
    [
        ("一季度", (None, 3)),
        ("第二季度", (None, 6)),
        ("Q3", (None, 9)),
        ("2025年四季度", (2025, 12)),
        ("上半年", (None, 6)),
        ("1-3月", (None, 3)),
        ("7月份", (None, 7)),
        ("十二月", (None, 12)),
        ("6月底前", (None, 6)),
        ("2026年度", (2026, 12)),
        ("完成时限", None),
        ("季度", None),
        ("牵头", None),
        ("9-3月", None),
        ("2025年6月底前完成", None),
    ],
)
def test_period_labels(label, period):
    assert period_label(label) == period


def test_a_period_cell_that_writes_its_own_time_is_due_then():
    thead = (
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>工作任务</th><th colspan='2'>完成时限</th>"
        "<th rowspan='2'>牵头单位</th></tr><tr><th>上半年</th><th>下半年</th></tr>"
    )
    rows = (
        "<tr><td>1</td><td>出台实施细则</td><td>3月15日前</td><td></td><td>县发展改革局</td></tr>"
        "<tr><td>2</td><td>完成项目验收</td><td></td><td>●</td><td>县住房城乡建设局</td></tr>"
    )
    doc = notice_parser.parse(_html(thead, rows), format="html")
    assert [[(d.raw, d.date) for d in m.deadlines] for m in doc.measures] == [
        [("3月15日前", "2026-03-15")],
        [("下半年", "2026-12-31")],
    ]


def test_word_a_year_over_quarters_with_no_time_word():
    """2026年 (gridSpan 4) over 一季度…四季度 in a plan dated the year before: the quarters are 2026's."""
    head1 = _tr(
        _tc("序号", vmerge="restart"),
        _tc("主要任务", vmerge="restart"),
        _tc("2026年", span=4),
        _tc("责任部门", span=2),
    )
    head2 = _tr(_tc("", vmerge="continue"), _tc("", vmerge="continue"), *map(_tc, QUARTERS), _tc("牵头"), _tc("参与"))
    row = _tr(
        _tc("1"), _tc("完成雨污分流改造"), _tc(""), _tc("√"), _tc(""), _tc(""), _tc("区水务局"), _tc("各街道办事处")
    )
    xml = document(para(NOTICE) + para("2025年6月20日") + para("一、进度安排") + f"<w:tbl>{head1}{head2}{row}</w:tbl>")
    doc = notice_parser.parse(docx_bytes(xml), format="docx")
    assert _measures(doc) == [("table1.row1", ["区水务局"], ["各街道办事处"], [("二季度", "2026-06-30")])]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("各项工作按下表推进，“✓”表示该季度内完成，“完成X%”表示该季度末应达到的累计进度。", []),
        ("●表示此季度内完成。", []),
        ("局督查室对照本计划每季度开展一次督查。", [("recurring", "quarter")]),
        ("实行按季度调度。", [("recurring", "quarter")]),
    ],
)
def test_a_legend_s_period_noun_after_a_pointer_is_no_recurrence(phrase, expected):
    """A progress table's legend says what a mark means in "that quarter" (该季度): no 每季度."""
    from notice_parser.context import Context
    from notice_parser.extract.context import Region
    from notice_parser.extract.deadlines import find_deadlines

    found = find_deadlines(Context(phrase, 2025), Region(0, len(phrase), "3"))
    assert [(d.kind, getattr(d, "period", None)) for d in found] == expected
