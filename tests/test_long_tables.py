"""A task table longer than 999 rows is read whole: the running numbers of a
flattened table (one cell per paragraph, or a crawled line with a space between
cells) go on past 999 (three digits used to end the table silently at its 999th
row, row 1000 read as text of row 999)."""

from __future__ import annotations

import notice_parser

ROWS = 1205


def _paragraphs(n: int) -> str:
    lines = ["某县农村公路建设任务清单", "序号", "工作任务", "责任单位", "完成时限"]
    for i in range(1, n + 1):
        lines += [str(i), f"完成第{i}个村的道路硬化工程。", "县交通运输局", "2024年12月底前"]
    return "\n".join(lines) + "\n"


def _spaced(n: int) -> str:
    cells = " ".join(f"{i} 完成第{i}个村的道路硬化工程。 县交通运输局 2024年12月底前" for i in range(1, n + 1))
    return "某县农村公路建设任务清单\n序号 工作任务 责任单位 完成时限 " + cells + "\n"


def _check(doc) -> None:
    assert len(doc.measures) == ROWS
    for k in (999, 1000, 1001, ROWS):
        m = doc.measures[k - 1]
        assert m.id == f"table1.row{k}"
        assert m.heading == f"完成第{k}个村的道路硬化工程。"
        assert [u.name for u in m.responsible_units] == ["县交通运输局"]
        assert [d.date for d in m.deadlines] == ["2024-12-31"]


def test_a_table_flattened_one_cell_per_paragraph_goes_on_past_row_999():
    _check(notice_parser.parse_text(_paragraphs(ROWS)))


def test_a_table_run_into_one_line_goes_on_past_row_999():
    _check(notice_parser.parse_text(_spaced(ROWS)))


def test_an_assessment_table_numbers_its_rows_past_999():
    # a 评分表 whose 序号 column counts on past 999: row 1000 is section 1000, not text of section 999
    rows = "".join(
        f"<tr><td>{i}</td><td>第{i}个村道路硬化</td><td>1</td><td>未完成的扣1分</td></tr>" for i in range(1, 1003)
    )
    page = (
        "<html><body><p>某县农村公路建设考核评分表</p><table>"
        "<tr><td>序号</td><td>考核项目</td><td>分值</td><td>评分标准</td></tr>" + rows + "</table></body></html>"
    )
    doc = notice_parser.parse(page.encode("utf-8"), name="kaohe.html")
    assert [(s.id, s.heading) for s in doc.sections[998:]] == [
        ("999", "第999个村道路硬化"),
        ("1000", "第1000个村道路硬化"),
        ("1001", "第1001个村道路硬化"),
        ("1002", "第1002个村道路硬化"),
    ]
