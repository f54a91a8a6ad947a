"""Defects of review 9 (session 9 commits) fixed by fixb9 (1, 2, 5, 6): each with the reviewer's reproducer and variants.
Costs are never timed (bench_scale's hostile rows do that): a quadratic read is caught by counting
what is read."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.extract import tables
from notice_parser.segment.layout import page_fields


def _task_page(cell: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'></head><body><h1>关于印发某市重点任务分工方案的通知</h1>"
        "<p>各县区人民政府：</p><p>现将任务分工印发给你们。</p><table>"
        "<tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr>"
        f"<tr><td>1</td><td>推进数字政府建设</td><td>{cell}</td><td>2025年12月底</td></tr>"
        "</table></body></html>"
    ).encode()


def _responsible(cell: str) -> list[str]:
    (measure,) = notice_parser.parse(_task_page(cell), format="html").measures
    return [u.name for u in measure.responsible_units]


def test_a_role_cell_of_many_lines_is_read_once(monkeypatch):
    """tables._cell_units read the whole growing piece again for every line merged into it
    (这是一段说明文字 ×2,500 lines with <br>: 2.3 s, ×20,000: 112 s); each line is read once now."""
    read: list[int] = []
    looks = tables.looks_like_units

    def counted(text: str) -> bool:
        read.append(len(text))
        return looks(text)

    monkeypatch.setattr(tables, "looks_like_units", counted)
    squeezed: list[int] = []  # (and _cell_pieces squeezed the whole growing piece again for every line)
    squeeze = tables.squeeze

    def counted_squeeze(text: str) -> str:
        squeezed.append(len(text))
        return squeeze(text)

    monkeypatch.setattr(tables, "squeeze", counted_squeeze)
    cell = "<br>".join(["这是一段说明文字"] * 400)
    (measure,) = notice_parser.parse(_task_page(cell), format="html").measures
    assert measure.heading == "推进数字政府建设"
    assert [d.date for d in measure.deadlines] == ["2025-12-31"]
    assert sum(read) <= 3 * len(cell)
    assert sum(squeezed) <= 10 * len(cell)  # (the whole cell a few times, not once a line: 400)


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        # one <br> per unit or list of units: cut at each break
        ("市数据管理局<br>市市场监管局、市税务局", ["市数据管理局", "市市场监管局", "市税务局"]),
        # a name broken over lines: closed up
        ("市城市管理局<br>、市住房和城<br>乡建设局", ["市城市管理局", "市住房和城乡建设局"]),
        # an aside broken over lines (各县（市、⏎区）) reads as a name again once closed
        ("各县（市、<br>区）<br>市税务局", ["各县（市、区）", "市税务局"]),
        # a name with its aside, a list wrapped after its separator, a blank paragraph between names
        ("市发展改革委（市营商办）<br>市税务局、<br>市公安局", ["市发展改革委（市营商办）", "市税务局", "市公安局"]),
        ("县教育局<br><br>县卫健局<br>县医保局", ["县教育局", "县卫健局", "县医保局"]),
    ],
)
def test_role_cell_lines_split_as_before(cell, units):
    assert _responsible(cell) == units


def _records(n: int) -> list[tuple[str, str | None]]:
    """A 相关文件 sidebar: records of other documents, each cell 文号：甲日期：乙 ×20 (the reviewer's)."""
    return [("文号：甲日期：乙" * 20, None)] * n


_INFO = [
    ("索引号：", None),
    ("11620500/2025-00317", None),
    ("文号：", None),
    ("天政办发〔2025〕9号", None),
    ("发布日期：", None),
    ("2025年3月5日", None),
]


def test_page_fields_of_a_sidebar_of_records_are_none():
    """segment.layout.page_fields looked at every field for every field (8,000 fields 7.2 s; a page of
    400 such sidebar cells 7.75 s): records of a list, their own name again near each, give no field."""
    assert page_fields(_records(400)) is None


def test_page_fields_of_an_info_table_among_sidebar_records():
    side = [(f"文号：某政发〔2024〕{i}号", None) for i in range(300)]
    fm = page_fields(side[:150] + _INFO + side[150:])
    assert fm is not None
    assert fm.first("doc_number")[0] == "天政办发〔2025〕9号"
    assert fm.first("date")[0] == "2025年3月5日"


def test_page_fields_of_a_glued_line_away_from_the_sidebar():
    links = [(f"关于做好第{i}项工作的通知", None) for i in range(10)]
    glued = [("发文字号：天政发〔2025〕3号发布时间：2025-03-05来源：市政府办公室", None)]
    fm = page_fields(_records(200) + links + glued + links + _records(200))
    assert fm is not None
    assert fm.first("doc_number")[0] == "天政发〔2025〕3号"
    assert fm.first("date")[0] == "2025-03-05"


def test_a_page_with_a_sidebar_of_records_reads_the_article():
    cell = "文号：甲日期：乙" * 20
    side = "".join(f"<tr><td>{cell}</td></tr>" for _ in range(200))
    article = "<p>各县区人民政府：</p>" + "".join(
        f"<p>{i}、做好第{i}项工作，责任单位为市环保局，2025年底前完成各项任务并报送情况。</p>" for i in range(1, 600)
    )
    html = (
        f"<html><head><meta charset='utf-8'></head><body><table>{side}</table><div class='TRS_Editor'>"
        f"<h1>关于做好某项工作的通知</h1>{article}</div><table>{side}</table></body></html>"
    )
    notice = notice_parser.parse(html.encode(), format="html").notice
    assert notice.doc_number is None
    assert notice.date is None
    assert notice.recipients == ["各县区人民政府"]


def test_a_task_tables_last_cell_on_an_html_page_is_no_closing_signature():
    """header._closing_signature took a task table's last row for the notice's signature (县水利局 ⏎
    2024年12月31日, a cell that holds its units and its deadline one a line)."""
    row = "<td>1</td><td>完成水源地规范化建设</td><td>县水利局</td><td>县生态环境局<br>县水利局<br>2024年12月31日</td>"
    html = (
        "<html><head><meta charset='utf-8'></head><body><h1>某县2024年中央环保督察反馈问题整改清单</h1>"
        "<p>一、整改任务</p><table><tr><td>序号</td><td>整改任务</td><td>责任单位</td><td>配合单位及完成时限</td></tr>"
        f"<tr>{row}</tr></table></body></html>"
    )
    doc = notice_parser.parse(html.encode(), format="html")
    assert (doc.notice.issuers, doc.notice.date) == ([], None)
    assert doc.notice.title == "某县2024年中央环保督察反馈问题整改清单"
