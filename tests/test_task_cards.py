"""Task cards (任务卡, extract/cards.py): a plan whose every task is its own small key–value table under
一、二、 headings. A card whose task name carries its number (1. 推进…, 任务1：…) is a section under its
heading with the number as written (cards 3 and 4 count on under 二、: 2.3, 2.4), and its measure takes the
section's id; a card without one (a 序号 row labels it) is the measure table<N>.row1 of its heading's section.
Roles come from the labelled rows (牵头部门 lead, 责任单位 responsible, 配合单位 supporting; 责任领导 names a
person: no unit), time limits from 时间节点, targets from 预期成效. Fixtures: tests/fixtures/cards/ (invented;
make_cards.py writes them), the same four cards in every shape offices and exporters write them."""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser
from notice_parser.extract.cards import as_cards, text_cards
from notice_parser.model import walk_sections
from notice_parser.readers import Cell, Table

FIXTURES = Path(__file__).parent / "fixtures" / "cards"
REDTEAM14 = Path(__file__).parent / "redteam14"

SECTIONS = [
    ("1", "推进农村厕所革命"),
    ("1.1", "推进户厕改造"),
    ("1.2", "建设公共厕所"),
    ("2", "治理农村生活污水"),
    ("2.3", "建设污水处理设施"),
    ("2.4", "开展黑臭水体整治"),
    ("3", "工作要求"),
]
#: id -> (lead, responsible, supporting)
UNITS = {
    "1.1": (["县农业农村局"], ["各乡镇人民政府"], ["县卫生健康局", "县财政局"]),
    "1.2": (["县住房城乡建设局"], [], ["县文化和旅游局"]),
    "2.3": (["县生态环境局"], ["各乡镇人民政府"], ["县水利局"]),
    "2.4": (["县水利局"], [], ["县生态环境局", "县农业农村局"]),
}
DEADLINES = {
    "1.1": [("by", "2026-10-31")],
    "1.2": [("by", "2026-09-30")],
    "2.3": [("by", "2026-12-31")],
    "2.4": [("from", "2026-05-01"), ("recurring", "month")],
}
TARGETS = {
    "1.1": [(1200, "户"), (92, "%")],
    "1.2": [(45, "座")],
    "2.3": [(18, "座"), (40, "%")],
    "2.4": [(9, "条")],
}
NUMBERED = [
    "cards-two-columns.html",
    "cards-four-columns.html",
    "cards-sub-keys.html",
    "cards-header-row.html",
    "cards-paragraphs.html",
    "cards-caption.html",
    "cards-name-above.html",
    "cards.docx",
    "cards-tabs.txt",
    "cards-layout.txt",
    "cards-cell-lines.txt",
]


def parse(name: str):
    return notice_parser.parse((FIXTURES / name).read_bytes(), name=name)


def _deadline(d) -> tuple[str, str | None]:
    return d.kind, getattr(d, "date", None) or getattr(d, "period", None)


@pytest.mark.parametrize("name", NUMBERED)
def test_numbered_cards_are_sections_with_their_measures(name):
    doc = parse(name)
    assert doc.notice.date == "2026-03-12"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == SECTIONS
    got = {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }
    assert got == UNITS  # 责任领导 王某某 is a person: no unit
    for m in doc.measures:
        assert [_deadline(d) for d in m.deadlines] == DEADLINES[m.id]
        assert [(t.value, t.unit) for t in m.targets] == TARGETS[m.id]
        assert {d.section_id for d in m.deadlines} | {t.section_id for t in m.targets} == {m.id}
    for m in doc.measures:
        for u in [*m.lead_units, *m.responsible_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


def test_card_markers_as_written():
    markers = {s.id: s.marker for s in walk_sections(parse("cards-two-columns.html").sections)}
    assert (markers["1.1"], markers["2.4"]) == ("1.", "4.")
    markers = {s.id: s.marker for s in walk_sections(parse("cards.docx").sections)}
    assert (markers["1.1"], markers["2.3"]) == ("任务1：", "任务3：")


@pytest.mark.parametrize("name", ["cards-two-columns.html", "cards.docx", "cards-tabs.txt"])
def test_card_targets_have_their_indicators_and_the_year_of_the_card_s_time_limit(name):
    doc = parse(name)
    expected = [
        ("1.1", "完成农村户厕改造", ">=", 1200, "户", 2026),
        ("1.1", "卫生厕所普及率", ">=", 92, "%", 2026),
        ("1.2", "新建改建农村公共厕所", ">=", 45, "座", 2026),
        ("2.3", "新建村级污水处理站", ">=", 18, "座", 2026),
        ("2.3", "生活污水治理率", ">=", 40, "%", 2026),
        ("2.4", "完成农村黑臭水体整治", ">=", 9, "条", 2026),  # 2026年5月起，每月调度一次
    ]
    assert [(t.section_id, t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets] == expected
    assert [(t.value, t.year) for m in doc.measures for t in m.targets] == [(e[3], e[5]) for e in expected]


def test_a_card_without_a_dated_time_limit_dates_no_target():
    html = (FIXTURES / "cards-two-columns.html").read_text(encoding="utf-8")
    html = html.replace("2026年10月底前", "长期坚持").replace("完成农村户厕改造1200户", "每年完成农村户厕改造1200户")
    html = html.replace("2026年9月30日前", "每季度推进")
    doc = notice_parser.parse(html.encode(), format="html")
    years = {(t.section_id, t.value): t.year for t in doc.targets}
    assert (years[("1.1", 1200)], years[("1.1", 92)], years[("1.2", 45)], years[("2.3", 18)]) == (
        None,
        None,
        None,
        2026,
    )


def test_unnumbered_cards_with_a_serial_row_are_table_rows_of_their_heading():
    doc = parse("cards-serial-unnumbered.html")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "推进农村厕所革命"),
        ("2", "治理农村生活污水"),
        ("3", "工作要求"),
    ]
    assert [(m.id, m.section_id, m.heading) for m in doc.measures] == [
        ("table1.row1", "1", "推进户厕改造"),
        ("table2.row1", "1", "建设公共厕所"),
        ("table3.row1", "2", "建设污水处理设施"),
        ("table4.row1", "2", "开展黑臭水体整治"),
    ]
    assert [[u.name for u in m.lead_units] for m in doc.measures] == [
        ["县农业农村局"],
        ["县住房城乡建设局"],
        ["县生态环境局"],
        ["县水利局"],
    ]
    assert [(d.section_id, _deadline(d)) for d in doc.measures[3].deadlines] == [
        ("2", ("from", "2026-05-01")),
        ("2", ("recurring", "month")),
    ]


def test_redteam14_tanyu_cards():
    doc = notice_parser.parse((REDTEAM14 / "tanyu-2026-xianyu-shangye-tixi-renwu-ka.html").read_bytes())
    ids = [s.id for s in walk_sections(doc.sections)]
    assert ids[:5] == ["1", "1.1", "1.2", "1.3", "2"] and "3.12" in ids
    by_id = {m.id: m for m in doc.measures}
    assert list(by_id) == ["1.1", "1.2", "1.3", "2.4", "2.5", "2.6", "2.7", "2.8", "3.9", "3.10", "3.11", "3.12"]
    m = by_id["3.9"]
    assert ([u.name for u in m.lead_units], [u.name for u in m.supporting_units]) == (
        ["县财政局"],
        ["县商务局", "县审计局"],
    )
    assert [(d.kind, d.duration) for d in m.deadlines] == [("within", "P30D")]
    assert [(t.value, t.unit) for t in m.targets] == [(12000000, "元"), (95, "%")]


def _table(text: str, rows: list[list[str]]) -> tuple[str, Table]:
    """A table over ``text`` + its cells, a tab between cells and a line per row."""
    start = len(text)
    out: list[list[Cell]] = []
    for row in rows:
        cells = []
        for value in row:
            cells.append(Cell((len(text), len(text) + len(value))))
            text += value + "\t"
        text = text[:-1] + "\n"
        out.append(cells)
    return text, Table((start, len(text) - 1), out)


def test_a_task_table_and_a_key_value_list_without_roles_are_no_cards():
    text, table = _table(
        "",
        [
            ["序号", "重点任务", "牵头单位", "完成时限"],
            ["1", "建设物流中心", "县商务局", "2026年9月底前"],
            ["2", "改造商贸中心", "县供销社", "2026年10月底前"],
        ],
    )
    assert as_cards(text, [table]) == [table]
    text, table = _table("", [["任务名称", "建设物流中心"], ["完成时限", "2026年9月底前"], ["工作目标", "建成1个"]])
    assert as_cards(text, [table]) == [table]  # no role: no task's card


def test_labelled_clause_lines_under_a_task_paragraph_are_no_card():
    text = (
        "主要任务\n（一）建设县级物流配送中心。\n牵头单位：县商务局\n配合单位：县交通运输局\n完成时限：2026年9月底前\n"
    )
    assert text_cards(text, []) == []
    numbered = "一、主要任务\n牵头单位：县商务局\n配合单位：县交通运输局\n"
    assert text_cards(numbered, []) == []


def test_colon_cards_on_a_crawled_page():
    text = (
        "一、完善商业网络\n任务名称：1. 建设县级物流配送中心\n牵头单位：县商务局\n配合单位：县交通运输局\n"
        "完成时限：2026年9月底前\n任务名称：2. 改造提升乡镇商贸中心\n牵头单位：各乡镇人民政府\n完成时限：2026年11月30日前\n"
    )
    cards = text_cards(text, [])
    assert [(c.number, c.marker, c.heading) for c in cards] == [
        (1, "1.", "建设县级物流配送中心"),
        (2, "2.", "改造提升乡镇商贸中心"),
    ]
    assert [text[slice(*cell.span)] for cell in cards[1].rows[1]] == [
        "2. 改造提升乡镇商贸中心",
        "各乡镇人民政府",
        "2026年11月30日前",
    ]


def test_a_rectification_block_under_its_problem_is_no_card():
    text = (
        "问题1：食品安全属地管理责任落实不到位。\n整改目标：2024年督导任务完成率达到100%。\n"
        "整改措施：1.组织专题培训；2.每月通报督导完成情况。\n责任领导：区人民政府分管副区长\n"
        "责任单位：区食安办、区市场监管局\n整改时限：2024年12月底前\n"
    )
    assert text_cards(text, []) == []


def test_two_headless_cards_in_one_section_are_its_table_rows():
    html = (FIXTURES / "cards-name-above.html").read_text(encoding="utf-8")
    html = html.replace("<p>2. 建设公共厕所</p>", "<p>另需建设公共厕所。</p>")  # card 2 now stands in 1.1 too
    doc = notice_parser.parse(html.encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1", "2", "2.3", "2.4", "3"]
    assert [(m.id, m.section_id, [u.name for u in m.lead_units]) for m in doc.measures] == [
        ("table1.row1", "1.1", ["县农业农村局"]),
        ("table2.row1", "1.1", ["县住房城乡建设局"]),
        ("2.3", "2.3", ["县生态环境局"]),
        ("2.4", "2.4", ["县水利局"]),
    ]


_HEAD = [
    "某县人民政府办公室关于印发某县2026年重点任务的通知",
    "各乡镇人民政府：",
    "现印发给你们。",
    "某县人民政府办公室",
]
_HEAD += ["2026年3月12日", "一、完善商业网络"]
_FOUR_A_LINE = [
    "任务名称\t1. 建设县级物流配送中心",
    "牵头单位\t县商务局\t配合单位\t县交通运输局、县邮政分公司",
    "完成时限\t2026年9月底前\t工作目标\t建成1个县级公共物流配送中心",
    "任务名称\t2. 改造提升乡镇商贸中心",
    "牵头单位\t县供销社\t配合单位\t县商务局",
    "完成时限\t2026年10月底前\t工作目标\t改造提升乡镇商贸中心6个",
]
_ONE_SPACE = [line.replace("\t", " ") for line in _FOUR_A_LINE[:1]] + [
    "牵头单位 县商务局",
    "配合单位 县交通运输局、县邮政分公司",
    "完成时限 2026年9月底前",
    "工作目标 建成1个县级公共物流配送中心",
    "任务名称 2. 改造提升乡镇商贸中心",
    "牵头单位 县供销社",
    "配合单位 县商务局",
    "完成时限 2026年10月底前",
    "工作目标 改造提升乡镇商贸中心6个",
]


@pytest.mark.parametrize("lines", [_FOUR_A_LINE, _ONE_SPACE], ids=["four-a-line", "one-space"])
def test_text_cards_with_two_pairs_a_line_or_a_single_space(lines):
    doc = notice_parser.parse("\n".join(_HEAD + lines).encode(), format="txt")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "完善商业网络"),
        ("1.1", "建设县级物流配送中心"),
        ("1.2", "改造提升乡镇商贸中心"),
    ]
    assert [
        (m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units], [d.date for d in m.deadlines])
        for m in doc.measures
    ] == [
        ("1.1", ["县商务局"], ["县交通运输局", "县邮政分公司"], ["2026-09-30"]),
        ("1.2", ["县供销社"], ["县商务局"], ["2026-10-31"]),
    ]
    assert [(t.section_id, t.value, t.unit, t.year) for t in doc.targets] == [
        ("1.1", 1, "个", 2026),
        ("1.2", 6, "个", 2026),
    ]
