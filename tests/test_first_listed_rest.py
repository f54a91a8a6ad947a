"""列第一位者为牵头单位，其余为配合单位 read to its end: the units after the first of a plain list (no role
word) take the role the sentence names, in a body clause (韶关 工作要点: **（市A、市B、市C）**) and beside a
lead a table cell marks (娄底 整改清单: A（牵头），B，C); and a role cell pasted from a spreadsheet with a line
per unit or per role is read line by line (A⏎B（牵头）⏎C; A⏎（牵头）; A（牵头）⏎B配合⏎C落实)."""

from __future__ import annotations

import pytest

import notice_parser


def _names(units):
    return [u.name for u in units]


def _roles(doc):
    return [(_names(m.lead_units), _names(m.responsible_units), _names(m.supporting_units)) for m in doc.measures]


def _body(rule: str) -> list[tuple[list[str], list[str], list[str]]]:
    text = (
        "关于印发2025年工作要点的通知\n"
        f"{rule}\n"
        "一、提升政务服务效能\n"
        "（一）深化改革。年内推出“一件事”套餐不少于20项。（市政务服务和数据管理局、市委编办、市司法局）\n"
        "（二）规范中介服务。清理中介服务事项。（市政务服务和数据管理局牵头，市发展改革局负责）\n"
    )
    return _roles(notice_parser.parse(text.encode(), format="txt"))


@pytest.mark.parametrize(
    "rule",
    [
        "各项任务中列在首位的为牵头单位，其余为配合单位，不再另行标注。",
        "排在第一位的为牵头单位，其他为配合单位。",
        "列第一位者为牵头单位，其余为协办单位。",
        "第一个单位为牵头单位，其余均为配合部门。",
    ],
)
def test_the_others_of_a_plain_list_are_supporting_when_the_rule_says_so(rule):
    assert _body(rule) == [
        (["市政务服务和数据管理局"], [], ["市委编办", "市司法局"]),
        (["市政务服务和数据管理局"], ["市发展改革局"], []),  # role words beat the rule
    ]


@pytest.mark.parametrize(
    "rule",
    [
        "列第一位者为牵头单位。",
        "排在第一位的为牵头单位，其他单位按职责分工负责。",
        "列在首位的为牵头单位，其余为责任单位。",
    ],
)
def test_the_others_stay_responsible_when_the_rule_names_no_helping_role(rule):
    assert _body(rule)[0] == (["市政务服务和数据管理局"], ["市委编办", "市司法局"], [])


def _sheet(cells: list[str]) -> list[tuple[list[str], list[str], list[str]]]:
    rows = "".join(f'{k}\t整改任务{k}\t"{c}"\t2024年12月底前\r\n' for k, c in enumerate(cells, 1))
    text = (
        "关于印发整改清单的通知\n"
        "清单中列第一位的为牵头单位，其他为配合单位；标注“（牵头）”的以标注为准。\n"
        "序号\t整改措施\t责任单位\t完成时限\r\n"
        "一、大气污染防治方面\t\t\t\r\n" + rows
    )
    return _roles(notice_parser.parse(text.encode(), format="txt"))


def test_a_spreadsheet_role_cell_is_read_line_by_line_and_the_others_beside_a_marked_lead_help():
    got = _sheet(
        [
            "娄星区人民政府（牵头），娄底经开区管委会，市生态环境局",
            "涟源市人民政府\n市生态环境局（牵头）\n市工业和信息化局",
            "市自然资源和规划局\n（牵头）\n市林业局，各县市区人民政府",
            "市农业农村局（牵头）\n市生态环境局配合\n各县市区人民政府落实",
            "双峰县人民政府\n市住房和城乡建设局",
            "市城市管理和综合执法局\n、市住房和城\n乡建设局",
        ]
    )
    assert got == [
        (["娄星区人民政府"], [], ["娄底经开区管委会", "市生态环境局"]),
        (["市生态环境局"], [], ["涟源市人民政府", "市工业和信息化局"]),
        (["市自然资源和规划局"], [], ["市林业局", "各县市区人民政府"]),
        (["市农业农村局"], ["各县市区人民政府"], ["市生态环境局"]),  # 落实 names a role: responsible
        (["双峰县人民政府"], [], ["市住房和城乡建设局"]),
        (["市城市管理和综合执法局"], [], ["市住房和城乡建设局"]),  # a name wrapped over lines joins
    ]
