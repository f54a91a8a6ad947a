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
