"""建议/提案 交办 notices (a 人大常委会办公室's, a 政协办公室's or a government office's): a 交办 table
(编号 | 建议名称 | 领衔代表 | 主办单位 | 协办单位 | 办结时限), written with 会办单位 beside or instead of 协办单位 and
with two 主办 units sharing a case as 分办. The 主办单位 handles the case and answers the deputy: lead, as 牵头
(two 分办 units both lead); 协办/会办 units help: supporting; 领衔代表, 提案人, 提出人 and a unit's 负责人 are people,
no units. The case's name (建议名称, 提案题目, 案由) heads the row's measure. Invented fixtures, phrased as such
notices are (the column names and cell forms of county and city 交办 notices)."""

from __future__ import annotations

import pytest
from conftest import id_roles

import notice_parser
from notice_parser.lexicon.table_headers import classify_header


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("主办单位", "lead"),
        ("分办单位", "lead"),
        ("协办单位", "supporting"),
        ("会办单位", "supporting"),
        ("会办单位（部门）", "supporting"),
        ("建议名称", "task"),
        ("提案名称", "task"),
        ("提案题目", "task"),
        ("案由", "task"),
        ("办结时限", "deadline"),
        ("答复时限", "deadline"),
        # people: the deputy or member who made the case, a unit's head or contact
        ("领衔代表", "ignore"),
        ("提案人", "ignore"),
        ("提出人", "ignore"),
        ("部门负责人", "ignore"),
        ("单位负责人", "ignore"),
        ("牵头单位分管领导", "ignore"),
        ("责任单位联系人", "ignore"),
        # a unit joined to its person: the cell names the unit
        ("责任单位及责任人", "responsible"),
        ("牵头单位/责任人", "lead"),
    ],
)
def test_jiaoban_headers(header, kind):
    assert classify_header(header)[0] == kind


ROWS = [
    ("1", "关于加快城区停车场建设的建议", "王某某", "县住建局", "县自然资源局、县公安局", "2026年6月30日前"),
    ("2", "关于改善农村道路交通安全的建议", "李某某", "县交通运输局（分办）、县公安局（分办）", "各乡镇人民政府", "2026年7月31日前"),
    ("3", "关于提升中小学课后服务质量的建议", "张某某", "县教育局", "县财政局", "2026年6月30日前"),
]  # fmt: skip
WANT = [
    ("table1.row1", ["县住建局"], [], ["县自然资源局", "县公安局"]),
    ("table1.row2", ["县交通运输局", "县公安局"], [], ["各乡镇人民政府"]),
    ("table1.row3", ["县教育局"], [], ["县财政局"]),
]
HEAD = "某某县人民政府办公室关于交办县十八届人大四次会议代表建议的通知"


def _html(header: list[str]) -> bytes:
    cells = "".join(f"<td>{h}</td>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    return (
        f'<html><head><meta charset="utf-8"></head><body><p>{HEAD}</p><p>各乡镇人民政府，县政府各部门：</p>'
        "<p>一、交办情况</p><p>本次交办建议3件，主办单位为两个的实行分办。</p>"
        f'<table border="1"><tr>{cells}</tr>{body}</table>'
        "<p>二、办理要求</p><p>（一）按时答复。各承办单位须在交办之日起3个月内办结并书面答复代表。</p>"
        "<p>（二）提高质量。建议办结率达到100%，代表满意率和基本满意率达到95%以上。</p>"
        "<p>某某县人民政府办公室</p><p>2026年3月20日</p></body></html>"
    ).encode()


def _markdown(header: list[str]) -> bytes:
    lines = [f"# {HEAD}", "", "各乡镇人民政府，县政府各部门：", "", "一、交办情况", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS]
    lines += ["", "二、办理要求", "", "（一）按时答复。各承办单位须在交办之日起3个月内办结并书面答复代表。", ""]
    lines += ["某某县人民政府办公室", "", "2026年3月20日", ""]
    return "\n".join(lines).encode()


HEADERS = [
    ["编号", "建议名称", "领衔代表", "主办单位", "协办单位", "办结时限"],
    ["编号", "建议名称", "领衔代表", "主办单位", "会办单位", "办结时限"],
    ["序号", "提案名称", "提案人", "主办单位", "会办单位", "答复时限"],
    ["案号", "案由", "提出人", "主办单位", "协办单位", "办理时限"],
]


@pytest.mark.parametrize("header", HEADERS, ids=["建议-协办", "建议-会办", "提案-会办", "案由"])
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_jiaoban_table_rows(header, fmt):
    data = _html(header) if fmt == "html" else _markdown(header)
    doc = notice_parser.parse(data, format=fmt)
    assert [(i, sorted(a), b, sorted(c)) for i, a, b, c in id_roles(doc)] == [
        (i, sorted(a), b, sorted(c)) for i, a, b, c in WANT
    ]
    assert [m.heading for m in doc.measures] == [r[1] for r in ROWS]
    table_deadlines = sorted({d.date for d in doc.deadlines if d.section_id == "1"})
    assert table_deadlines == ["2026-06-30", "2026-07-31"]
    # the deputies are no units anywhere
    names = {u.name for m in doc.measures for u in (*m.lead_units, *m.responsible_units, *m.supporting_units)}
    assert not names & {"王某某", "李某某", "张某某"}


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        # redteam24 maoyuan (交办) and fangchuan (审计整改): the latest a case may run to
        ("所有建议、提案须在交办之日起3个月内办结并书面答复代表、委员，最迟不得超过6月30日。", [("within", "P3M"), ("by", "2026-06-30")]),
        ("确需延期整改的，须报县委审计办同意，最迟不得超过2026年9月30日。", [("by", "2026-09-30")]),
        ("督办事项原则上在1个月内办结，最迟不超过8月31日。", [("within", "P1M"), ("by", "2026-08-31")]),
        ("整改工作最晚不超过2026年底。", [("by", "2026-12-31")]),
        # a ceiling on a quantity stays none
        ("能耗总量不超过2020年水平。", []),
    ],
)  # fmt: skip
def test_the_latest_date_a_case_may_run_to(phrase, want):
    doc = notice_parser.parse_text(
        f"关于做好建议办理工作的通知\n2026年3月19日\n一、办理要求\n（一）按时办结。{phrase}\n"
    )
    got = [(d.kind, getattr(d, "date", None) or getattr(d, "duration", None)) for d in doc.deadlines]
    assert got == want
