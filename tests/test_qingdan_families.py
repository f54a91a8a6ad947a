"""Task lists (分工清单, 任务清单, 整改清单) as offices and their exporters write them: the invented
fixtures of tests/fixtures/qingdan/ (scripts/make_qingdan_fixtures.py), one per way of writing the
families of redteam13's mindong (a spreadsheet's 分工清单 as HTML, no notice text) and dichuan (a Word
任务清单 with category rows and 责任单位 merged down); tingan's PDF is tests/test_qingdan_pdf_units.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from notice_parser import parse

FIXTURES = Path(__file__).parent / "fixtures" / "qingdan"


def _parse(name: str):
    return parse(FIXTURES / name)


def _sections(sections) -> list[tuple[str, str]]:
    out = []
    for sec in sections:
        out.append((sec.id, sec.heading))
        out += _sections(sec.children)
    return out


def _roles(measure) -> tuple[list[str], list[str], list[str]]:
    return (
        [u.name for u in measure.lead_units],
        [u.name for u in measure.responsible_units],
        [u.name for u in measure.supporting_units],
    )


# -- HTML: a spreadsheet's 分工清单, no notice text ---------------------------------------------------

FENGONG_SECTIONS = [("1", "加快综合立体交通网建设"), ("2", "提升运输服务品质"), ("3", "筑牢安全发展底线")]
FENGONG_ROLES = {
    "table1.row1": (["规划处"], ["各设区市交通运输局", "省交通建设集团"], []),
    "table1.row2": (["规划处"], ["公路事业发展中心"], []),  # the lead cell merged down (rowspan)
    "table1.row3": (["运输服务处"], ["道路运输事业发展中心"], []),
    # （配合） marks its own unit: the others keep the 责任单位 column's role
    "table1.row4": (["运输服务处"], ["道路运输事业发展中心"], ["省公安厅交警总队"]),
    "table1.row5": (["安全监督处"], ["各处室", "各直属单位"], []),
}


@pytest.mark.parametrize(
    "name",
    [
        "fengong-excel.html",
        "fengong-wps.html",
        "fengong-calc.html",
        "fengong-column.html",
        "fengong-excel-typed.html",
        "fengong-excel-typed-merged.html",
        "fengong-excel-book.mht",  # Excel's workbook as a 单个文件网页: a frameset part over the sheet's part
    ],
)
def test_spreadsheet_fengong_list_categories_are_sections(name):
    """Category rows across the sheet (Excel, WPS, Calc exports), a 类别 column merged down (-column), or the
    category typed into the 重点工作 column with the 序号 cell blank (-typed; -typed-merged: merged to the right)."""
    result = _parse(name)
    assert _sections(result.sections) == FENGONG_SECTIONS
    assert {m.id: _roles(m) for m in result.measures} == FENGONG_ROLES
    assert [m.section_id for m in result.measures] == ["1", "1", "2", "2", "3"]
    deadlines = {(d.section_id, d.kind, getattr(d, "date", None) or d.period) for d in result.deadlines}
    assert deadlines == {
        ("1", "by", "2025-12-31"),  # 2025年12月底
        ("1", "by", "2025-06-30"),  # 2025年6月底
        ("2", "recurring", "quarter"),  # 每季度 (长期 is no time limit)
        ("3", "by", "2025-11-30"),
    }
    targets = {(t.section_id, t.value, t.unit) for t in result.targets}
    assert {("1", 180.0, "公里"), ("1", 400.0, "公里"), ("2", 85.0, "%"), ("3", 300.0, "座")} <= targets


# -- DOCX: a 任务清单 whose 责任单位 cell is merged down over a category's tasks ----------------------------

RENWU_SECTIONS = [("1", "政务服务提质增效"), ("2", "要素保障精准有力"), ("3", "监管执法规范公正")]
RENWU_FIRST = (["市营商环境建设局"], [], ["市市场监管局", "市公安局"])  # X（牵头） ⏎ Y ⏎ Z, per the 注
RENWU_SECOND = (["市自然资源和规划局"], [], ["市发展改革委", "市工业和信息化局"])  # 牵头：X ⏎ 配合：Y、Z
RENWU_THIRD = (["市司法局"], [], ["市市场监管局", "市生态环境局"])


@pytest.mark.parametrize(
    ("name", "third"),
    [
        ("renwu-vmerge-rows.docx", RENWU_THIRD),
        ("renwu-vmerge-typed.docx", RENWU_THIRD),  # the category typed into the 重点任务 cell, 序号 blank
        ("renwu-vmerge-across.docx", RENWU_SECOND),
        ("renwu-vmerge-column.docx", RENWU_THIRD),  # the categories in a 类别 column merged down
    ],
)
def test_docx_renwu_list_vmerged_units_carry_down_under_category_sections(name, third):
    result = _parse(name)
    assert _sections(result.sections) == RENWU_SECTIONS
    roles = [_roles(m) for m in result.measures]
    # -across: the second category's 责任单位 cell goes on down across the third's category row
    assert roles == [RENWU_FIRST, RENWU_FIRST, RENWU_SECOND, RENWU_SECOND, third, third]
    assert [m.section_id for m in result.measures] == ["1", "1", "2", "2", "3", "3"]
    deadlines = {(d.section_id, d.date) for d in result.deadlines if d.section_id}
    assert deadlines == {
        ("1", "2025-06-30"),
        ("1", "2025-09-30"),
        ("2", "2025-12-31"),  # 长期坚持 is none
        ("3", "2025-10-31"),
        ("3", "2025-11-30"),
    }
    assert {(t.section_id, t.value, t.unit) for t in result.targets} == {
        ("1", 1.0, "个工作日"),
        ("1", 15.0, "项"),
        ("2", 90.0, "%"),
        ("2", 10.0, "个工作日"),
        ("3", 30.0, "%"),
        ("3", 200.0, "项"),
    }


def test_categories_over_subcategories_are_two_levels_of_sections():
    """一、 rows over （一） rows, each subcategory list starting again at （一）, below a header of two rows
    (责任分工 over 牵头单位 | 责任单位): the rows are measures of the subcategory above them."""
    result = _parse("fengong-two-levels.html")
    assert _sections(result.sections) == [
        ("1", "加快综合立体交通网建设"),
        ("1.1", "公路建设"),
        ("1.2", "港口建设"),
        ("2", "提升运输服务品质"),
        ("2.1", "城乡客运"),
        ("2.2", "寄递物流"),
    ]
    assert [(m.id, m.section_id) for m in result.measures] == [
        ("table1.row1", "1.1"),
        ("table1.row2", "1.2"),
        ("table1.row3", "2.1"),
        ("table1.row4", "2.2"),
    ]
    assert _roles(result.measures[1]) == (["综合运输处"], ["港航事业发展中心", "省港口集团"], [])
    assert [(d.section_id, getattr(d, "date", None) or d.period) for d in result.deadlines] == [
        ("1.1", "2025-12-31"),
        ("1.2", "2025-06-30"),
        ("2.1", "quarter"),
        ("2.2", "2025-09-30"),
    ]


def test_hidden_rows_and_columns_of_a_published_sheet_are_not_read():
    """Excel's 发布为网页 keeps a hidden row as <tr style='display:none'> (rowspans still count it) and a hidden
    column's cells as display:none: neither is seen, so neither gives a measure, a unit or a time limit."""
    html = (
        "<table><tr><td>序号</td><td>重点工作</td><td style='display:none'>备用</td><td>牵头单位</td><td>完成时限</td></tr>"
        "<tr><td colspan=5>一、加快综合交通网建设</td></tr>"
        "<tr><td>1</td><td>建成通车里程达到180公里。</td><td style='display:none'>旧中心</td>"
        "<td rowspan=3>规划处</td><td>2025年12月底</td></tr>"
        "<tr height=0 style='display:none'><td>9</td><td>隐藏的旧任务，完成率达到50%。</td><td></td><td>2024年1月底</td></tr>"
        "<tr><td>2</td><td>完成改造里程400公里以上。</td><td style='display:none'></td><td>2025年6月底</td></tr>"
        "<tr><td colspan=5>二、提升运输服务品质</td></tr>"
        "<tr><td>3</td><td>网约车合规率提升至85%以上。</td><td style='display:none'></td><td>运输服务处</td><td>每季度</td></tr>"
        "</table>"
    )
    result = parse(html.encode(), format="html")
    assert "隐藏" not in result.text and "旧中心" not in result.text
    assert _sections(result.sections) == [("1", "加快综合交通网建设"), ("2", "提升运输服务品质")]
    # the lead cell's rowspan of 3 covers the hidden row: the row after it keeps 规划处
    assert [(m.id, m.section_id, _roles(m)[0]) for m in result.measures] == [
        ("table1.row1", "1", ["规划处"]),
        ("table1.row2", "1", ["规划处"]),
        ("table1.row3", "2", ["运输服务处"]),
    ]
    assert [getattr(d, "date", None) or d.period for d in result.deadlines] == ["2025-12-31", "2025-06-30", "quarter"]
    assert [t.value for t in result.targets] == [180.0, 400.0, 85.0]
