"""Sections of Markdown exports: list numbering, nesting, heading markup (tests/cases/markdown.txt)."""

from __future__ import annotations

import re

import pytest
from conftest import case_rows

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers.markdown import render


def _unescape(s: str) -> str:
    """The case file writes a line break as \\n, a tab as \\t, a backslash as \\\\."""
    return re.sub(r"\\(\\|n|t)", lambda m: {"\\": "\\", "n": "\n", "t": "\t"}[m[1]], s)


def _params():
    return [row.param(row.fields[0], row.fields[1], name="markdown.txt") for row in case_rows("markdown.txt")]


@pytest.mark.parametrize(("text", "expected"), _params())
def test_sections_of_a_markdown_export(text, expected):
    doc = notice_parser.parse(_unescape(text).encode("utf-8"), format="txt")  # as a .md file is read
    got = [f"{s.id}:{s.heading}" for s in walk_sections(doc.sections)]
    assert got == expected.split()


def test_lazy_numbers_are_rendered_by_place_and_typed_ones_kept():
    out = render("# 通知\n\n1. 甲。\n1. 乙。\n1. 丙。\n\n## 二、\n\n5. 丁。\n6. 戊。\n\n1. 己。\n2. 庚。\n4. 辛。")[0]
    assert re.findall(r"^(\d+)\.", out, re.M) == ["1", "2", "3", "5", "6", "1", "2", "4"]


def test_a_nested_lazy_list_counts_on_its_own_and_the_outer_list_goes_on():
    out = render("# 通知\n\n1. 甲。\n   1. 乙。\n   1. 丙。\n\n   **责任单位：办公室**\n1. 丁。")[0]
    assert out == "通知\n\n1. 甲。\n   1. 乙。\n   2. 丙。\n\n   责任单位：办公室\n2. 丁。"


def test_an_unindented_paragraph_after_a_blank_line_ends_the_list():
    # CommonMark: the next list starts again, and a renderer shows its typed start
    out = render("# 通知\n\n1. 甲。\n1. 乙。\n\n说明。\n\n1. 丙。\n1. 丁。")[0]
    assert re.findall(r"^(\d+)\.", out, re.M) == ["1", "2", "1", "2"]


def test_hard_breaks_and_entities_leave_no_markup():
    out = render("# 通知\n\n责任单位：市教育局\\\n配合单位：市财政局  \n&lt;附件&gt;&nbsp;清单")[0]
    assert out == "通知\n\n责任单位：市教育局\n配合单位：市财政局\n<附件>\u00a0清单"


_NOTICE = (
    "# 南京市江宁区城市管理局关于印发《江宁区生活垃圾分类提质增效工作方案》的通知\n\n"
    "各街道办事处，区各有关单位：\n\n现将《江宁区生活垃圾分类提质增效工作方案》印发给你们，请认真贯彻执行。\n\n"
    "南京市江宁区城市管理局\n\n2023年3月17日\n\n## 江宁区生活垃圾分类提质增效工作方案\n\n"
    "### 一、工作目标\n\n到2023年底，全区生活垃圾回收利用率达到40%以上。\n\n### 二、重点任务\n\n"
    "**（一）完善分类设施。**新建改造分类投放点200个。\n\n{table}\n\n### 三、保障措施\n\n- 加强组织领导。\n"
)


def _rows(table: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    doc = notice_parser.parse(_NOTICE.format(table=table).encode("utf-8"), format="txt")
    for m in doc.measures:
        for u in m.lead_units + m.supporting_units:
            assert doc.text[u.span[0] : u.span[1]] == u.raw
    return {
        m.id: ([u.name for u in m.lead_units], [u.name for u in m.supporting_units], [d.date for d in m.deadlines])
        for m in doc.measures
        if m.id.startswith("table")
    }


def test_a_grid_table_is_read_as_a_table_its_cell_lines_joined():
    # pandoc writes a table whose cells hold several lines as a grid table, cutting the
    # text at the column's width; a backslash ends a line that breaks inside the cell
    grid = (
        "+------+------------+----------+------------+------------+\n"
        "| 序号 | 任务       | 牵头单位 | 配合单位   | 完成时限   |\n"
        "+======+============+==========+============+============+\n"
        "| 1    | 建设厨余垃 | 区城管局 | 区发改委\\  | 2023年9月  |\n"
        "|      | 圾处理设施 |          | 区财政局   | 底前       |\n"
        "+------+------------+----------+------------+------------+\n"
        "| 2    | 开展示范小 | 各街道   | 区城管局   | 2023年12月 |\n"
        "|      | 区创建     |          |            | 底前       |\n"
        "+------+------------+----------+------------+------------+"
    )
    assert _rows(grid) == {
        "table1.row1": (["区城管局"], ["区发改委", "区财政局"], ["2023-09-30"]),
        "table1.row2": (["各街道"], ["区城管局"], ["2023-12-31"]),
    }


def test_an_html_table_in_a_markdown_export_is_read_with_its_merged_cells():
    # exporters to GitHub Markdown write a table with merged cells or line breaks in HTML
    html = (
        "<table>\n<thead><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>\n"
        "<tbody>\n<tr><td>1</td><td>建设厨余垃圾处理设施</td><td>区城管局</td><td>区发改委<br>区财政局</td>"
        '<td rowspan="2">2023年12月底前</td></tr>\n'
        "<tr><td>2</td><td>开展示范小区创建</td><td>各街道</td><td>区城管局</td></tr>\n</tbody>\n</table>"
    )
    assert _rows(html) == {
        "table1.row1": (["区城管局"], ["区发改委", "区财政局"], ["2023-12-31"]),
        "table1.row2": (["各街道"], ["区城管局"], ["2023-12-31"]),
    }
