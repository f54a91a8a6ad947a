"""整改清单 whose problems are grouped under category rows (一、…方面（3项）):
the group's name written across the row (an HTML cell spanning every column,
or spanning all but the 序号 cell: 三、 | 基层党组织建设方面（1项）), or, in a
Markdown export, the same text repeated in every cell, or a 一、 number and the
name in the first cells; in a text export the name on a line of its own
between the rows. A group row names no task: it is no measure, it is not
counted, it gives no unit (a name spanning the 责任单位 column is no unit) and
a merged 责任单位/整改时限 does not run across it. Every notation gives the same
rows. tests/fixtures/html/zhenggai-qingdan-fenlei.html is the HTML form (a
巡察 整改清单 as county sites publish them: rowspan 责任单位 and 整改时限).

The group rows are the list's numbered sections (1, 2, 3; heading the name
after 一、, its item count kept), in every notation: the blind golds of
tests/gold/redteam4/zhouzhi-2024-ducha-zhenggai-qingdan (S1) and
tests/gold/redteam5/nanping-2025-yingshang-huanjing (S1) both read them so.
The 序号 1 2 3 … under them run on through the table: they count the rows
(the measures), they are no sections (zhouzhi S3)."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.model import walk_sections

FIXTURE = Path(__file__).parent / "fixtures" / "html" / "zhenggai-qingdan-fenlei.html"


GROUPS = [("1", "一、", "落实党的路线方针政策方面（2项）"), ("2", "二、", "群众身边腐败和不正之风方面（1项）")]


def _sections(doc):
    return [(s.id, s.marker, s.heading) for s in walk_sections(doc.sections)]


def _rows(doc):
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
            sorted({d.date for d in m.deadlines if d.kind == "by"}),
        )
        for m in doc.measures
    ]


def test_the_html_checklist_gives_one_measure_per_problem_and_none_per_group():
    doc = notice_parser.parse(FIXTURE)
    assert _sections(doc) == [
        ("1", "一、", "落实党的路线方针政策和党中央决策部署方面（3项）"),
        ("2", "二、", "群众身边腐败问题和不正之风方面（2项）"),
        ("3", "三、", "基层党组织建设方面（1项）"),  # 三、 | 基层党组织建设方面（1项） across the rest
    ]
    assert [m.section_id for m in doc.measures] == ["1", "1", "1", "2", "2", "3"]
    assert _rows(doc) == [
        ("table1.row1", [], ["县委宣传部"], [], ["2024-06-30"]),
        ("table1.row2", [], ["县委宣传部"], [], ["2024-12-31"]),  # 县委宣传部 carried down (rowspan)
        ("table1.row3", [], ["县农业农村局", "各乡镇"], [], ["2024-12-31"]),  # 整改时限 carried down
        ("table1.row4", [], ["县财政局"], ["县民政局"], ["2024-09-30"]),  # （县民政局配合） in the 整改措施 cell
        ("table1.row5", [], ["县审计局", "县农业农村局"], [], ["2024-09-30"]),
        ("table1.row6", [], ["县委组织部"], [], ["2024-10-31"]),  # after 三、 | 基层党组织建设方面（1项）
    ]
    assert [m.heading for m in doc.measures][3] == "建立惠民资金发放台账，实行月报告制度（县民政局配合）。"
    for m in doc.measures:
        for u in [*m.responsible_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


EXPECTED = [
    ("table1.row1", [], ["县委宣传部"], [], ["2024-06-30"]),
    ("table1.row2", [], ["县委宣传部"], [], ["2024-12-31"]),
    ("table1.row3", [], ["县财政局"], [], ["2024-08-31"]),
]

MARKDOWN = """# 县委第三巡察组反馈问题整改清单

| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 |
| --- | --- | --- | --- | --- |
| 一、落实党的路线方针政策方面（2项） |  |  |  |  |
| 1 | 学习贯彻不够深入。 | 制定专题学习计划。 | 县委宣传部 | 2024年6月底前 |
| 2 | 意识形态工作责任制落实不到位。 | 完善责任清单。 |  | 2024年12月底前 |
| 二、群众身边腐败和不正之风方面（1项） | 二、群众身边腐败和不正之风方面（1项） | 二、群众身边腐败和不正之风方面（1项） | 二、群众身边腐败和不正之风方面（1项） | 二、群众身边腐败和不正之风方面（1项） |
| 3 | 惠民资金发放不及时。 | 建立发放台账。 | 县财政局 | 2024年8月底前 |
"""

MARKDOWN_NUMBER_CELL = """# 县委第三巡察组反馈问题整改清单

| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 |
| --- | --- | --- | --- | --- |
| 一 | 落实党的路线方针政策方面（2项） |  |  |  |
| 1 | 学习贯彻不够深入。 | 制定专题学习计划。 | 县委宣传部 | 2024年6月底前 |
| 2 | 意识形态工作责任制落实不到位。 | 完善责任清单。 |  | 2024年12月底前 |
| 二 | 群众身边腐败和不正之风方面（1项） |  |  |  |
| 3 | 惠民资金发放不及时。 | 建立发放台账。 | 县财政局 | 2024年8月底前 |
"""

TABS = (
    "县委第三巡察组反馈问题整改清单\n"
    "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
    "一、落实党的路线方针政策方面（2项）\n"
    "1\t学习贯彻不够深入。\t制定专题学习计划。\t县委宣传部\t2024年6月底前\n"
    "2\t意识形态工作责任制落实不到位。\t完善责任清单。\t\t2024年12月底前\n"
    "二、群众身边腐败和不正之风方面（1项）\n"
    "3\t惠民资金发放不及时。\t建立发放台账。\t县财政局\t2024年8月底前\n"
)

PARAGRAPHS = "\n".join(
    [
        "县委第三巡察组反馈问题整改清单",
        *("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
        "一、落实党的路线方针政策方面（2项）",
        *("1", "学习贯彻不够深入。", "制定专题学习计划。", "县委宣传部", "2024年6月底前"),
        *("2", "意识形态工作责任制落实不到位。", "完善责任清单。", "县委宣传部", "2024年12月底前"),
        "二、群众身边腐败和不正之风方面（1项）",
        *("3", "惠民资金发放不及时。", "建立发放台账。", "县财政局", "2024年8月底前"),
    ]
)


def test_a_markdown_export_repeating_the_group_name_in_every_cell():
    doc = notice_parser.parse(MARKDOWN.encode("utf-8"), name="qingdan.md")
    assert _rows(doc) == EXPECTED
    assert _sections(doc) == GROUPS


def test_a_markdown_group_row_with_its_number_in_the_serial_cell_takes_no_unit_from_above():
    doc = notice_parser.parse(MARKDOWN_NUMBER_CELL.encode("utf-8"), name="qingdan.md")
    assert _rows(doc) == EXPECTED
    assert _sections(doc) == [("1", "一", GROUPS[0][2]), ("2", "二", GROUPS[1][2])]


def test_a_tab_table_goes_on_past_a_group_line():
    doc = notice_parser.parse_text(TABS)
    assert _sections(doc) == GROUPS  # a group line among the tab-separated rows
    assert _rows(doc) == EXPECTED


def test_a_table_flattened_one_cell_per_paragraph_goes_on_past_a_group_line():
    doc = notice_parser.parse_text(PARAGRAPHS)
    assert _sections(doc) == GROUPS
    assert _rows(doc) == EXPECTED
