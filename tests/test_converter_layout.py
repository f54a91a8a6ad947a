"""A PDF's text saved as plain text (pdftotext -layout): pages split by form feeds, each with its page
number at the foot and, from page 2 on, a running header; page breaks inside sentences, inside a unit's
name, between a number and its unit. The text reader takes the furniture off (readers.layout), as the
PDF reader does, so the sentence cut by a break reads on."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions, read_bytes
from notice_parser.spans import squeeze

PAGES = [
    [
        "                         青溪区人民政府办公室文件",
        "",
        "                            青政办发〔2026〕57号",
        "",
        "          青溪区人民政府办公室关于推进老旧小区改造的通知",
        "",
        "    各街道办事处，区政府各部门：",
        "        现将有关事项通知如下：",
        "        一、重点任务",
        "        （一）完善基础设施。对供水、排水管网开展改造，改造方案须在立项后30",
    ],
    [
        "    日内完成专家论证，全年完成改造小区不少于25个。（区住房城乡建设局牵头，区生态环境",
    ],
    [
        "    分局配合）",
        "        （二）提升服务水平。2027年6月底前实现物业服务覆盖率达到90%以上。（区民政局负责）",
        "        二、保障措施",
    ],
    [
        "        各街道要加强组织领导。",
        "",
        "                                               青溪区人民政府办公室",
        "                                                  2026年11月28日",
    ],
]

#: how each kind of PDF text writes the page's foot and the next page's head
FURNITURE = {
    "— N — and a 文号 header": (
        lambda n: f"                                       — {n} —",
        ["                                            青政办发〔2026〕57号"],
    ),
    "- N - and a gazette's two-line header": (
        lambda n: f"                 - {n} -",
        ["青溪区人民政府公报", "2026年第11期"],
    ),
    "第N页 共M页 and an issuer header": (
        lambda n: f"                       第{n}页 共4页",
        ["    青溪区人民政府办公室                   青政办发〔2026〕57号"],
    ),
}


def _pdftotext(name: str) -> str:
    foot, head = FURNITURE[name]
    pages = []
    for n, lines in enumerate(PAGES, 1):
        top = [*head, ""] if n > 1 else []
        pages.append("\n".join([*top, *lines, "", "", foot(n), ""]))
    return "\f".join(pages)


@pytest.mark.parametrize("name", list(FURNITURE))
def test_page_furniture_is_taken_off_and_cut_sentences_read_on(name):
    doc = notice_parser.parse(_pdftotext(name).encode(), format="txt")
    assert "\f" not in doc.text and "公报" not in doc.text and "页" not in doc.text and " — " not in doc.text
    assert doc.text.count("青政办发〔2026〕57号") == 1  # the red header's, not the running ones
    assert doc.notice.doc_number == "青政办发〔2026〕57号"
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1", "1.2", "2"]
    within = [(d.section_id, d.duration, squeeze(d.raw)) for d in doc.deadlines if d.kind == "within"]
    assert within == [("1.1", "P30D", "30日内")]
    m = doc.measures[0]
    assert (m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) == (
        "1.1",
        ["区住房城乡建设局"],
        ["区生态环境分局"],
    )
    assert [(t.section_id, t.value, t.unit) for t in doc.targets] == [("1.1", 25.0, "个"), ("1.2", 90.0, "%")]
    for item in [*doc.deadlines, *doc.targets]:
        assert doc.text[item.span[0] : item.span[1]] == item.raw


def test_a_page_break_after_a_sentence_keeps_a_blank_line_and_a_continued_table_loses_its_mark():
    text = "一、目标\n到2027年完成。\n\n— 1 —\n\f（续表）\n二、要求\n加强领导\n\n— 2 —\n"
    assert (
        read_bytes(text.encode(), ReadOptions(), format="txt").text
        == "一、目标\n到2027年完成。\n\n二、要求\n加强领导\n"
    )


def test_a_text_without_form_feeds_or_with_a_line_on_two_pages_only_keeps_it():
    plain = "一、目标\n到2027年完成。\n\n— 1 —\n\n二、要求\n"
    assert read_bytes(plain.encode(), ReadOptions(), format="txt").text == plain
    # a line that opens one later page only is no running header (the 2-page text keeps it)
    two = "一、目标\n到2027年\n\f二、要求\n加强领导\n"
    assert read_bytes(two.encode(), ReadOptions(), format="txt").text == "一、目标\n到2027年\n二、要求\n加强领导\n"


def test_a_number_alone_at_a_foot_is_a_page_number_only_where_the_pages_count_alike():
    cell = "6   孕产妇死亡率   ≤12.\n                 5\n\f7   婴儿死亡率   ≤3.8\n\f8   就诊率   ≥92\n"
    assert read_bytes(cell.encode(), ReadOptions(), format="txt").text == cell.replace("\n\f", "\n")
    numbered = "一、目标\n到2027年\n\n   1\n\f完成。\n\n   2\n\f二、要求\n\n   3\n"
    assert read_bytes(numbered.encode(), ReadOptions(), format="txt").text == "一、目标\n到2027年\n完成。\n\n二、要求\n"
