"""A paragraph's closing sentence in verb notation, written without brackets, is a responsibility
clause (tests/redteam2 liuzhou, tests/redteam4 qinzhou); running text that names units is not
(ANNOTATE: 由区财政局牵头…, 市交通委牵头，有关部门共同参与…). Phrases from the corpus and the red-team notices."""

from __future__ import annotations

import pytest
from conftest import id_roles

import notice_parser


def _roles(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    doc = notice_parser.parse_text(text)
    return id_roles(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "所需经费由市财政局负责。",  # 由 inside the sentence: running text
        "领导小组办公室设在市住房城乡建设局，负责日常调度。",  # pingtan / liuzhou 六、（一）
        "各城区要成立相应工作机构，落实属地责任。",
        "市交通委牵头，有关部门共同参与实施。",  # ANNOTATE's own example: a task verb closes it
        "由区财政局牵头制定办法。",
    ],
)
def test_running_text_is_no_clause(sentence):
    assert _roles(f"一、任务\n（一）完成整改任务。{sentence}\n") == []


def test_a_clause_sentence_inside_a_paragraph_is_running_text():
    # only the sentence that closes the paragraph assigns the item
    assert _roles("一、任务\n（一）完成整改任务。市财政局负责，各区人民政府落实。另行制定细则。\n") == []


def test_a_heading_line_above_the_closing_sentence_is_not_part_of_it():
    text = "一、保障措施\n（三）加强宣传引导\n市委宣传部、市融媒体中心配合。\n"
    assert _roles(text) == [("1.3", [], [], ["市委宣传部", "市融媒体中心"])]


def test_a_hard_wrapped_clause_is_read_from_its_sentence_start():
    # qinzhou 2025 (pdftotext, lines wrapped at 28 characters): a wrap inside a unit name and inside 配合
    text = (
        "一、重点任务\n  （一）提升末端处理能力\n  1.加快项目建设，新增厨余垃圾处理能力150吨/日。市发展改革委牵头，市城市管理\n"
        "局、市生态环境局、市自然资源局配合。\n  2.推进提标改造，飞灰无害化处置率达到100%。市城市管理局牵头，市生态环境局配\n"
        "合，长期坚持。\n"
    )
    assert _roles(text) == [
        ("1.1.1", ["市发展改革委"], [], ["市城市管理局", "市生态环境局", "市自然资源局"]),
        ("1.1.2", ["市城市管理局"], [], ["市生态环境局"]),
    ]


def test_a_one_line_page_closes_each_item_with_its_sentence():
    # a crawled page without line breaks: the item's region ends at the next marker
    text = (
        "一、重点任务（一）加快项目前期工作。各城区要在4月15日前完成方案设计。市住房城乡建设局牵头，市财政局配合。"
        "（二）强化质量安全监管。每月开展一次质量安全巡查。市住房城乡建设局负责。二、保障措施（一）加强组织领导。"
        "领导小组办公室设在市住房城乡建设局，负责日常调度。"
    )
    assert _roles(text) == [
        ("1.1", ["市住房城乡建设局"], [], ["市财政局"]),
        ("1.2", [], ["市住房城乡建设局"], []),
    ]


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\u00a0\u00a0", "    "])
def test_a_crawled_page_keeps_a_paragraph_break_as_an_indent(indent):
    # liuzhou 2025 六、（二）（三） on one line: the closing sentence of （二） is followed by the closing
    # paragraph of the plan, which only an indent run separates from it
    text = (
        f"一、保障措施{indent}（一）强化考核督导。将老旧小区改造工作纳入市对城区绩效考评。市政府督查室、市住房城乡建设局负责。"
        f"{indent}（二）加强宣传引导。宣传改造政策和典型经验。市委宣传部、市融媒体中心配合。"
        f"{indent}本方案自印发之日起施行，有效期至2025年12月31日。"
    )
    assert _roles(text) == [
        ("1.1", [], ["市政府督查室", "市住房城乡建设局"], []),
        ("1.2", [], [], ["市委宣传部", "市融媒体中心"]),
    ]
