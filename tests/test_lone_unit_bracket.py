"""A bracket naming one unit after a paragraph's full stop is that paragraph's clause (韶关 工作要点 保障措施:
**加强统筹调度。**…组织开展年度评估。**（市发展改革局）**), where a bracket after a noun is an apposition
(理事会（董事会）); 机关 closes a unit name (市纪委监委机关, 市直机关)."""

from __future__ import annotations

from conftest import id_roles

import notice_parser


def _measures(body: str):
    text = "关于印发2025年工作要点的通知\n各项任务中列在首位的为牵头单位，其余为配合单位。\n" + body
    doc = notice_parser.parse(text.encode(), format="txt")
    return id_roles(doc)


def test_a_lone_unit_closing_a_paragraph_after_its_full_stop_is_its_clause():
    got = _measures(
        "一、保障措施\n"
        "加强统筹调度。每季度向市委、市政府报告工作情况，年底前组织开展年度评估。（市发展改革局）\n"
        "强化督查问效。将营商环境工作纳入年度绩效考核。（市委督查室、市政府督查室、市纪委监委机关）\n"
        "二、组织实施\n"
        "完善法人治理结构，由理事会（董事会）作出决定。\n"
    )
    assert got == [
        ("1-1", ["市发展改革局"], [], []),
        ("1-2", ["市委督查室"], [], ["市政府督查室", "市纪委监委机关"]),
    ]
