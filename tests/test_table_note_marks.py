"""A table note that names its leads by the mark a cell carries (责任单位中标注“（牵头）”的为牵头单位，其余为配合单位:
redteam11 yunxi 整改清单) makes the other units of a marked cell supporting, and a unit the note gives its own
verb (；各乡镇人民政府负责本辖区内…) keeps that role; a first-listed-leads note written for cells of several units
(上表中“责任部门”栏列出两个及以上部门的，第一个为牵头部门: redteam11 hebin) leaves a lone unit its column's role,
in the table and in the body clauses after it."""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser

RT11 = Path(__file__).parent / "redteam11"


def _names(units):
    return [u.name for u in units]


def _roles(doc):
    return [(_names(m.lead_units), _names(m.responsible_units), _names(m.supporting_units)) for m in doc.measures]


def _sheet(note: str, cells: list[str]) -> list[tuple[list[str], list[str], list[str]]]:
    rows = "".join(f'{k}\t整改任务{k}\t"{c}"\t2025年12月底前\r\n' for k, c in enumerate(cells, 1))
    text = (
        "关于印发整改清单的通知\n"
        "序号\t整改措施\t责任单位\t完成时限\r\n"
        "一、燃气安全监管方面\t\t\t\r\n" + rows + note + "\n"
    )
    return _roles(notice_parser.parse(text.encode(), format="txt"))


_CELLS = [
    "县住房和城乡建设局（牵头）\n县市场监管局\n县发展和改革局",
    "县市场监管局（牵头）\n县商务局\n各乡镇人民政府",
]


@pytest.mark.parametrize(
    "note",
    [
        "备注：责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；各乡镇人民政府负责本辖区内相关问题整改。",
        "注：标有（牵头）字样的单位为牵头单位，其他为配合单位；各乡镇人民政府落实属地责任。",
        "说明：带“牵头”的为牵头单位，其余单位为配合单位，各乡镇人民政府负责辖区内整改。",
    ],
)
def test_the_others_beside_a_marked_lead_help_and_a_unit_the_note_names_keeps_its_verb(note):
    assert _sheet(note, _CELLS) == [
        (["县住房和城乡建设局"], [], ["县市场监管局", "县发展和改革局"]),
        (["县市场监管局"], ["各乡镇人民政府"], ["县商务局"]),
    ]


def test_without_a_note_the_unmarked_units_keep_the_column_role():
    assert _sheet("", _CELLS) == [
        (["县住房和城乡建设局"], ["县市场监管局", "县发展和改革局"], []),
        (["县市场监管局"], ["县商务局", "各乡镇人民政府"], []),
    ]


def test_a_marked_leads_note_makes_no_first_unit_lead_in_a_cell_without_a_mark():
    note = "备注：责任单位中标注“（牵头）”的为牵头单位，其余为配合单位。"
    assert _sheet(note, ["县应急管理局\n县消防救援大队"]) == [([], ["县应急管理局", "县消防救援大队"], [])]


def _indicators(note: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    text = (
        "关于印发工业绿色低碳转型工作方案的通知\n"
        "一、工作目标\n"
        "指标\t单位\t2025年\t2026年\t2027年\t责任部门\r\n"
        "单位工业增加值能耗较2024年累计下降\t%\t3.5\t7\t10\t经济发展局\r\n"
        "单位工业增加值二氧化碳排放较2024年累计下降\t%\t4\t8\t12\t经济发展局、生态环境分局\r\n"
        f"{note}\n"
        "二、重点任务\n"
        "（一）实施屋顶分布式光伏整区推进。2025年新增装机不少于5万千瓦。（责任部门：规划建设局；配合部门：经济发展局、招商服务局）\n"
        "（二）推动燃煤锅炉清洁替代。工业园区集中供热覆盖率达到100%。（生态环境分局负责）\n"
    )
    doc = notice_parser.parse(text.encode(), format="txt")
    return {m.id: r for m, r in zip(doc.measures, _roles(doc), strict=True)}


@pytest.mark.parametrize(
    "note",
    [
        "上表中“责任部门”栏列出两个及以上部门的，第一个为牵头部门，其余为配合部门；区内国有企业按照职责参与相关工作。",
        "注：责任部门栏列有多个部门的，排在第一位的为牵头部门，其余为配合部门。",
        "注：列出2个以上部门的，第一个部门为牵头部门，其余为配合部门。",
    ],
)
def test_a_rule_for_lists_of_several_units_leaves_a_lone_unit_its_role(note):
    assert _indicators(note) == {
        "table1.row1": ([], ["经济发展局"], []),
        "table1.row2": (["经济发展局"], [], ["生态环境分局"]),
        "2.1": ([], ["规划建设局"], ["经济发展局", "招商服务局"]),
        "2.2": ([], ["生态环境分局"], []),
    }


def _measure(doc, mid):
    m = next(m for m in doc.measures if m.id == mid)
    return (_names(m.lead_units), _names(m.responsible_units), _names(m.supporting_units))


def test_the_redteam11_documents():
    yunxi = notice_parser.parse(RT11 / "yunxi-2025-ranqi-anquan-zhenggai-qingdan.docx")
    assert _measure(yunxi, "table1.row4") == (["县市场监管局"], ["各乡镇人民政府"], ["县商务局", "县住房和城乡建设局"])
    assert _measure(yunxi, "table1.row9") == (["县住房和城乡建设局"], [], ["县应急管理局", "县消防救援大队"])
    hebin = notice_parser.parse(RT11 / "hebin-jingkaiqu-2025-gongye-lvse-ditan-gongzuo-fangan.rtf")
    assert _measure(hebin, "table1.row1") == ([], ["经济发展局"], [])
    assert _measure(hebin, "table1.row2") == (["经济发展局"], [], ["生态环境分局"])
    assert _measure(hebin, "2.1.2") == ([], ["生态环境分局"], ["经济发展局", "综合执法局"])


def test_a_first_listed_rule_for_every_list_still_makes_a_lone_unit_lead():
    assert _indicators("注：责任部门栏第一个为牵头部门，其余为配合部门。") == {
        "table1.row1": (["经济发展局"], [], []),
        "table1.row2": (["经济发展局"], [], ["生态环境分局"]),
        "2.1": (["规划建设局"], [], ["经济发展局", "招商服务局"]),
        "2.2": (["生态环境分局"], [], []),
    }
