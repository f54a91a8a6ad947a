"""Task and scoring tables whose rows are measures, in the family of the Chongzhou 2025
考核评分细则 (tests/redteam10, a Word 97 .doc) read here from HTML and .docx it was not
written for:

* category rows merged across every column (一、组织领导（15分）, 二、重点任务) between the
  item rows are no header row — though their names hold header words (领导 a person's,
  任务 a task's) — and no table row: ``table<N>.row<M>`` counts the item rows only, as the
  items' own numbers 1.–17. do (a table with no 序号 column; the Shicheng pages, whose
  序号 column numbers rows, are counted by position, tests/test_tables_kaohe_groups.py);
* a responsibility column that names a department's internal divisions (科/处/股/室):
  责任科室, 责任处室, 责任股室, 责任科（室）, 牵头处室 | 配合科室 — its cells are units,
  roles written inside a cell (…科牵头，…科配合) and a bracketed alias (法规科（执法稽查大队）)
  kept.
"""

from __future__ import annotations

import io

import pytest
from conftest import id_roles

import notice_parser
from notice_parser.lexicon.table_headers import classify_header, looks_like_units

HEAD = """<html><head><meta charset="utf-8"></head><body>
<div class="title">崇州市市场监督管理局关于印发《2025年度基层市场监管所规范化建设考核评分细则》的通知</div>
<p>崇市监发〔2025〕17号</p>
<p>各市场监管所，局机关各科室、直属单位：</p>
<p>　　一、考核对象和方式。考核对象为全市14个市场监管所，采取日常考核与年终考核相结合的方式。</p>
<p>　　二、有关要求。各市场监管所要对照细则逐项整改，于2025年6月30日前将自查报告报局办公室。</p>
<p>崇州市市场监督管理局</p>
<p>2025年3月18日</p>
<p>附件</p>
<p>2025年度基层市场监管所规范化建设考核评分细则</p>
"""

SCORING = (
    HEAD
    + """<table border="1">
<tr><td>考核内容</td><td>评分标准</td><td>分值</td><td>{header}</td></tr>
<tr><td colspan="4">一、组织领导（15分）</td></tr>
<tr><td>1.党建工作。落实“三会一课”制度，所党支部达到标准化建设要求。</td><td>未达到标准化建设要求的扣3分。</td><td>5</td><td>机关党委（人事教育科）</td></tr>
<tr><td>2.队伍建设。所在编人员参加业务培训，人均学时≥40学时。</td><td>人均学时每少5学时扣1分。</td><td>5</td><td>人事教育科</td></tr>
<tr><td colspan="4">二、监管执法（45分）</td></tr>
<tr><td>3.食品安全监管。A级以上食品生产经营单位日常检查覆盖率达到100%。</td><td>覆盖率每低于目标2个百分点扣1分。</td><td>12</td><td>食品生产安全监管科牵头，食品经营安全监管科配合</td></tr>
<tr><td>4.案件查办。全年查办一般程序案件数≥25件。</td><td>案件数每少1件扣0.5分。</td><td>10</td><td>法规科（执法稽查大队）</td></tr>
<tr><td colspan="4">三、重点任务和加分事项（不计入基础分）</td></tr>
<tr><td>5.价格和网络交易监管。重要节假日价格巡查不少于4次。</td><td>巡查每少1次扣1分。</td><td>5</td><td>价格监督检查和反不正当竞争科、网络交易监管科</td></tr>
<tr><td>合计</td><td></td><td>100</td><td></td></tr>
</table>
</body></html>"""
)

EXPECTED_SCORING = [
    ("table1.row1", [], ["机关党委（人事教育科）"], []),
    ("table1.row2", [], ["人事教育科"], []),
    ("table1.row3", ["食品生产安全监管科"], [], ["食品经营安全监管科"]),
    ("table1.row4", [], ["法规科（执法稽查大队）"], []),
    ("table1.row5", [], ["价格监督检查和反不正当竞争科", "网络交易监管科"], []),
]


def _roles(doc):
    """The table rows' (id, lead, responsible, supporting) unit names."""
    return [row for row in id_roles(doc) if row[0].startswith("table")]


@pytest.mark.parametrize("header", ["责任科室", "责任处室", "责任股室", "责任部门", "责任科（室）", "负责科室"])
def test_scoring_table_items_are_the_rows_and_the_divisions_their_units(header):
    doc = notice_parser.parse(SCORING.replace("{header}", header).encode("utf-8"), name="xize.html")
    assert _roles(doc) == EXPECTED_SCORING
    assert not [w for w in doc.warnings if w.code == "table_not_read"]
    # a category row's name is no heading of a measure
    assert doc.measures[0].heading.startswith("1.党建工作")


def _docx_table(rows: list[list[str]]) -> bytes:
    """A .docx of the notice's lines and one table; a row of one cell spans the grid."""
    import docx

    d = docx.Document()
    for line in ("某县人力资源和社会保障局关于印发2025年度重点工作任务分解表的通知", "局机关各股室，局属各单位："):
        d.add_paragraph(line)
    d.add_paragraph("　　现将《2025年度重点工作任务分解表》印发给你们，请认真抓好落实。")
    d.add_paragraph("某县人力资源和社会保障局")
    d.add_paragraph("2025年2月10日")
    width = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        if len(row) == 1:
            cell = t.cell(r, 0).merge(t.cell(r, width - 1))
            cell.text = row[0]
            continue
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_task_table_with_lead_and_supporting_division_columns():
    rows = [
        ["工作任务", "牵头股室", "配合股室", "完成时限"],
        ["一、重点任务"],
        ["1.开展根治欠薪专项行动，实现欠薪案件动态清零。", "劳动保障监察大队", "劳动关系股", "12月底前"],
        ["2.新增城镇就业1200人以上。", "就业促进股", "财务股、办公室", "全年"],
        ["二、基础管理"],
        ["3.完成档案数字化整理。", "办公室", "", "6月底前"],
    ]
    doc = notice_parser.parse(_docx_table(rows), name="fenjie.docx")
    assert _roles(doc) == [
        ("table1.row1", ["劳动保障监察大队"], [], ["劳动关系股"]),
        ("table1.row2", ["就业促进股"], [], ["财务股", "办公室"]),
        ("table1.row3", ["办公室"], [], []),
    ]


def test_html_task_table_with_processing_divisions_and_a_category_named_like_a_header():
    # the guangzhou 2023 家庭医生 table's 处室 (基层处, 医政处), under a header 牵头处（室）| 配合处（室）
    page = (
        HEAD
        + """<table border="1">
<tr><th>任务</th><th>牵头处（室）</th><th>配合处（室）</th></tr>
<tr><td colspan="3">一、责任单位和工作任务</td></tr>
<tr><td>完善家庭医生签约服务筹资机制。</td><td>基层处</td><td>医政处</td></tr>
<tr><td colspan="3">二、保障措施</td></tr>
<tr><td>加强家庭医生队伍建设。</td><td>人事处</td><td>基层处、科教处</td></tr>
</table></body></html>"""
    )
    doc = notice_parser.parse(page.encode("utf-8"), name="renwu.html")
    assert _roles(doc) == [
        ("table1.row1", ["基层处"], [], ["医政处"]),
        ("table1.row2", ["人事处"], [], ["基层处", "科教处"]),
    ]


def test_division_headers_and_cells():
    for header, kind in [
        ("责任科室", "responsible"),
        ("责任股室", "responsible"),
        ("责任处室", "responsible"),
        ("责任科（室）", "responsible"),
        ("牵头处（室）", "lead"),
        ("牵头股室", "lead"),
        ("配合科室", "supporting"),
        ("配合股室", "supporting"),
        ("责任站所", "responsible"),
        ("考核要点", "task"),
    ]:
        assert classify_header(header)[0] == kind, header
    # no role word: no role column; a person is none
    assert classify_header("党政办公室")[0] is None
    assert classify_header("责任人")[0] == "ignore"
    assert looks_like_units("财务股、办公室")
    assert looks_like_units("劳动关系股")


def test_division_labels_in_a_clause():
    # the same divisions named by a clause's label (责任股室：, 牵头科室：…；配合科室：…) in a .txt notice
    page = (
        "某县人力资源和社会保障局2025年工作要点\n"
        "一、稳定和扩大就业\n"
        "（一）新增城镇就业1200人以上。（责任股室：就业促进股、财务股）\n"
        "（二）开展食品安全专项检查。（牵头科室：食品生产安全监管科；配合科室：食品经营安全监管科）\n"
    )
    doc = notice_parser.parse(page.encode("utf-8"), name="yaodian.txt")
    assert [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ] == [
        ("1.1", [], ["就业促进股", "财务股"], []),
        ("1.2", ["食品生产安全监管科"], [], ["食品经营安全监管科"]),
    ]


MARKDOWN = """# 某市市场监督管理局关于印发2025年度考核评分细则的通知

各市场监管所：

现将考核评分细则印发给你们。

某市市场监督管理局

2025年3月18日

| 考核内容 | 评分标准 | 分值 | 责任科室 |
|---|---|---|---|
{category}
| 1.党建工作。落实“三会一课”制度。 | 未达到标准化建设要求的扣3分。 | 5 | 机关党委（人事教育科） |
| 2.队伍建设。人均学时≥40学时。 | 人均学时每少5学时扣1分。 | 5 | 人事教育科 |
| **二、监管执法（45分）** | | | |
| 3.案件查办。全年查办一般程序案件数≥25件。 | 案件数每少1件扣0.5分。 | 10 | 法规科（执法稽查大队） |
"""


@pytest.mark.parametrize(
    "category",
    [
        "| **一、组织领导（15分）** | | | |",
        "| 组织领导（15分） | | | |",
        "| 组织领导（15分） | 组织领导（15分） | 组织领导（15分） | 组织领导（15分） |",
    ],
)
def test_markdown_category_row_right_below_the_header(category):
    # a Markdown export cannot merge: the category's name in the first cell, or in every cell
    doc = notice_parser.parse(MARKDOWN.replace("{category}", category).encode("utf-8"), name="xize.md")
    assert _roles(doc) == [
        ("table1.row1", [], ["机关党委（人事教育科）"], []),
        ("table1.row2", [], ["人事教育科"], []),
        ("table1.row3", [], ["法规科（执法稽查大队）"], []),
    ]
