"""A 分工表 that runs over pages written as two tables (round 18's brief: "a table that runs across two or three
pages with its header row repeated on each page"; tests/redteam18/gangling, one PDF table over three pages): Word
files where the writer started a new table on the next page with the header again — nothing between the two (Word
draws them as one), a （续表） line, or a page mark — and the same saved as a web page. The two are one table: its
rows go on counting (table1.row3), its category rows 一、 二、 (one in each part) are the list's sections. Two
tables with the same header under their own titles (附件1 …, 附件2 …) stay two. Phrases from gangling."""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, para

import notice_parser
from notice_parser.model import walk_sections

HEAD = ["序号", "工作任务", "责任单位", "完成时限"]
FIRST = [
    ["一、推进源头减量", "", "", ""],
    ["1", "推行绿色办公，全市党政机关无纸化办公率达到90%。", "市机关事务管理局、市发展改革委", "2025年6月底前"],
    ["2", "限制一次性用品使用，督促宾馆酒店不主动提供一次性用品。", "市商务局、市市场监管局", "长期坚持"],
]
SECOND = [
    ["二、完善分类投放", "", "", ""],
    ["1", "新建改造分类投放点500个。", "各区人民政府、市城市管理局", "2025年9月底前"],
]
COVER = [
    "冈陵市人民政府办公室关于印发冈陵市2025年生活垃圾分类工作任务分工表的通知",
    "各区人民政府，市政府各部门：",
    "现将分工表印发给你们，请认真贯彻落实。",
]
CLOSE = ["注：列第一位的为牵头单位，其他为配合单位。", "冈陵市人民政府办公室", "2025年3月28日"]


def _tc(text: str) -> str:
    return (
        f'<w:tc><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>' if text else "<w:tc><w:p/></w:tc>"
    )


def _docx_table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_tc(c) for c in r) + "</w:tr>" for r in [HEAD, *rows]) + "</w:tbl>"


def _html_table(rows: list[list[str]]) -> str:
    cells = [
        f"<tr><td colspan='4'>{r[0]}</td></tr>" if not r[1] else "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
        for r in rows
    ]
    return "<table><tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr>" + "".join(cells) + "</table>"


def word(between: str) -> bytes:
    gap = para(between) if between else ""
    body = "".join(para(c) for c in COVER) + _docx_table(FIRST) + gap + _docx_table(SECOND)
    return docx_bytes(document(body + "".join(para(c) for c in CLOSE)))


def page(between: str) -> bytes:
    gap = f"<p>{between}</p>" if between else ""
    body = "".join(f"<p>{c}</p>" for c in COVER) + _html_table(FIRST) + gap + _html_table(SECOND)
    return f"<html><body>{body}{''.join(f'<p>{c}</p>' for c in CLOSE)}</body></html>".encode()


@pytest.mark.parametrize("between", ["", "（续表）", "续表1", "第 1 页，共 2 页", "- 1 -"])
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_table_continued_as_a_table_of_its_own_is_one(fmt, between):
    data = word(between) if fmt == "docx" else page(between)
    doc = notice_parser.parse(data, format=fmt)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", "推进源头减量"), ("2", "完善分类投放")]
    got = [
        (m.id, m.section_id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures
    ]
    assert got == [
        ("table1.row1", "1", ["市机关事务管理局"], ["市发展改革委"]),
        ("table1.row2", "1", ["市商务局"], ["市市场监管局"]),
        ("table1.row3", "2", ["各区人民政府"], ["市城市管理局"]),
    ]
    assert {(d.section_id, d.date) for d in doc.deadlines if d.section_id} == {("1", "2025-06-30"), ("2", "2025-09-30")}


def test_two_tables_under_titles_of_their_own_stay_two():
    body = (
        "".join(f"<p>{c}</p>" for c in COVER)
        + "<p>附件1</p><p>源头减量任务分工表</p>"
        + _html_table(FIRST[1:])
        + "<p>附件2</p><p>分类投放任务分工表</p>"
        + _html_table(SECOND[1:])
    )
    doc = notice_parser.parse(f"<html><body>{body}</body></html>".encode(), format="html")
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table2.row1"]
