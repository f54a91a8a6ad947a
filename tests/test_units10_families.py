"""Session 10 unit families: a table note whose first-listed-leads phrase closes a later sentence of the note
(deyang 2025, redteam7), and a standing rule of the clause form written as a sentence of its own (jingzhou 2025)."""

from __future__ import annotations

from conftest import id_roles

import notice_parser

_TABLE = (
    "<table><tr><td>序号</td><td>重点任务</td><td>一季度</td><td>二季度</td><td>责任单位</td></tr>"
    "<tr><td>1</td><td>推进紧密型县域医疗卫生共同体建设</td><td>印发年度实施方案</td><td>✓</td>"
    "<td>市卫生健康委、市医保局<br>各县（市、区）人民政府</td></tr>"
    "<tr><td>2</td><td>家庭医生签约服务提质增效</td><td>/</td><td>/</td><td>市卫生健康委</td></tr></table>"
)


def _table_roles(note: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    doc = notice_parser.parse((_TABLE + f"<p>{note}</p>").encode(), format="html")
    return id_roles(doc)


def test_a_table_note_whose_phrase_closes_a_later_sentence_makes_the_first_unit_lead():
    others = ["市医保局", "各县（市、区）人民政府"]
    for note in (
        "注：“✓”表示该季度持续推进并完成当季节点任务，“/”表示该季度无节点任务；各季度节点任务须于季度末前完成。"
        "责任单位中排在第一位的为牵头单位。",
        "注：1.“✓”表示该季度持续推进。2.“/”表示该季度无节点任务。3.责任单位中列第一位的为牵头单位。",
    ):
        assert _table_roles(note) == [
            ("table1.row1", ["市卫生健康委"], others, []),
            ("table1.row2", ["市卫生健康委"], [], []),
        ], note
    note = "说明：各季度节点任务须于季度末前完成。责任单位第一个为牵头单位，其余为配合单位。"
    assert _table_roles(note) == [
        ("table1.row1", ["市卫生健康委"], [], others),
        ("table1.row2", ["市卫生健康委"], [], []),
    ]


def test_a_note_without_the_phrase_leaves_the_column_role():
    got = _table_roles("注：“✓”表示该季度持续推进。各季度节点任务须于季度末前完成。")
    assert got == [
        ("table1.row1", [], ["市卫生健康委", "市医保局", "各县（市、区）人民政府"], []),
        ("table1.row2", [], ["市卫生健康委"], []),
    ]


def test_a_standing_rule_sentence_applies_to_every_later_measure_and_not_to_those_before():
    text = (
        "一、总体要求\n（一）工作目标。加快推进城市内涝治理。（市住房城乡建设局负责）\n"
        "二、重点任务\n以下各项任务均需各县（市、区）人民政府落实，不再列出；所列责任单位中，列第一位者为牵头单位。\n"
        "（一）系统排查内涝风险。开展排水设施普查。（市住房城乡建设局、市自然资源和规划局）\n"
        "（二）健全应急处置机制。完善城市内涝应急预案。（市应急管理局牵头，市公安局配合）\n"
    )
    got = id_roles(notice_parser.parse_text(text))
    assert got == [
        ("1.1", [], ["市住房城乡建设局"], []),
        ("2.1", ["市住房城乡建设局"], ["市自然资源和规划局", "各县（市、区）人民政府"], []),
        ("2.2", ["市应急管理局"], ["各县（市、区）人民政府"], ["市公安局"]),
    ]


def test_a_standing_rule_inside_a_clause_is_read_once():
    text = (
        "一、任务\n（一）治理扬尘。（市住建局牵头，各区负责落实。以下各项任务均需各区落实，不再列出）\n"
        "（二）治理燃煤。（市发展改革委牵头，市财政局配合）\n"
    )
    got = id_roles(notice_parser.parse_text(text))
    assert got == [("1.1", ["市住建局"], ["各区"], []), ("1.2", ["市发展改革委"], ["各区"], ["市财政局"])]


def test_a_document_that_marks_co_leads_one_by_one_binds_a_mark_to_its_unit():
    """gushi 2025 writes 县教体局（牵头）、县卫健委（牵头）: there 县教体局、县卫健委（牵头） leads 县卫健委 only;
    tongyu 2025 never marks two units of a run, and the same notation leads both."""
    one_by_one = "一、任务\n（一）完善政策。\n责任单位：县教体局（牵头）、县卫健委（牵头），县发改委\n"
    item = "（二）强化安全监管。\n责任单位：县教体局、县卫健委（牵头），县公安局、县市场监管局\n"
    got = id_roles(notice_parser.parse_text(one_by_one + item))
    assert got == [
        ("1.1", ["县教体局", "县卫健委"], ["县发改委"], []),
        ("1.2", ["县卫健委"], ["县教体局", "县公安局", "县市场监管局"], []),
    ]
    got = id_roles(notice_parser.parse_text("一、任务\n" + item))
    assert got == [("1.2", ["县教体局", "县卫健委"], ["县公安局", "县市场监管局"], [])]


def _cell(cell: str) -> list[list[str]]:
    html = (
        "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        f"<tr><td>6</td><td>通信线缆规整“上改下”</td><td>市工业和信息化局</td><td>{cell}</td><td>2026年6月底前</td></tr>"
        "</table>"
    )
    return [s for _, _, _, s in id_roles(notice_parser.parse(html.encode(), format="html"))]


def test_a_role_cells_line_that_names_a_group_closes_as_a_name_does():
    """yangzhou 2025: 各基础电信企业<br>中国广电扬州分公司 was one unit; a wrapped name still joins, and 各成员单位
    under a committee stays the committee's."""
    assert _cell("各基础电信企业<br>中国广电扬州分公司") == [["各基础电信企业", "中国广电扬州分公司"]]
    assert _cell("市通信管理局<br>各基础电信企业") == [["市通信管理局", "各基础电信企业"]]
    assert _cell("市财政局<br>各有关部门") == [["市财政局", "各有关部门"]]
    assert _cell("市财政局<br>相关单位") == [["市财政局", "相关单位"]]
    assert _cell("市住房和城<br>乡建设局") == [["市住房和城乡建设局"]]
    assert _cell("市安委会<br>各成员单位") == [["市安委会各成员单位"]]


def test_a_name_broken_inside_a_word_that_ends_like_a_unit_joins_in_a_role_cell():
    """A narrow PDF or Word column wraps 市住房和城乡⏎建设局 (6 characters a line, as qinzhou 2025's export) and
    市卫生健康委⏎员会: 城乡 and 委 end like units, but no unit ends in 城乡 and none starts with 员会."""
    assert _cell("市住房和城乡<br>建设局、市财政局") == [["市住房和城乡建设局", "市财政局"]]
    assert _cell("市卫生健康委<br>员会<br>市财政局") == [["市卫生健康委员会", "市财政局"]]
    assert _cell("市财政局<br>城关乡") == [["市财政局", "城关乡"]]
    flat = (
        "一、任务\n（一）治理。\n附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n治理扬尘\n市住房和城乡\n建设局\n市卫生健康委\n员会\n2025年底前\n"
        "2\n治理燃煤\n市发展改革委\n市财政局\n2025年底前\n"
    )
    assert id_roles(notice_parser.parse_text(flat)) == [
        ("table1.row1", ["市住房和城乡建设局"], [], ["市卫生健康委员会"]),
        ("table1.row2", ["市发展改革委"], [], ["市财政局"]),
    ]


def test_a_mark_closing_a_run_in_a_role_cell_marks_the_run_as_in_a_clause():
    """minchuan 2025 (redteam8) row 1: 县委办、县政府办（牵头），县委组织部 leads both, as tongyu's clauses."""
    html = (
        "<table><tr><td>序号</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>"
        "<tr><td>1</td><td>开展排查</td><td>县委办、县政府办（牵头），县委组织部、县生态环境分局</td><td>2025年</td></tr>"
        "<tr><td>2</td><td>完成验收</td><td>县住建局、县财政局（牵头）<br>各乡镇人民政府</td><td>2025年</td></tr>"
        "</table>"
    )
    assert id_roles(notice_parser.parse(html.encode(), format="html")) == [
        ("table1.row1", ["县委办", "县政府办"], ["县委组织部", "县生态环境分局"], []),
        ("table1.row2", ["县住建局", "县财政局"], ["各乡镇人民政府"], []),
    ]


def test_a_tier_of_levels_is_one_group_unit():
    doc = notice_parser.parse_text("天水市人民政府关于印发某方案的通知\n一、任务\n（一）治理。（市、县两级政府负责）\n")
    (unit,) = doc.measures[0].responsible_units
    assert (unit.name, unit.raw, unit.group, unit.canonical) == ("市、县两级政府", "市、县两级政府", True, None)
