"""A provincial gazette printed to text (pdftotext, no -layout) runs a two-line header on every page: the
gazette's name and its issue (江临省人民政府公报 ⏎ 2025年第7期). A clause the page break cuts is still one
clause, and the unit it cuts one unit (tests/redteam9 jiangling 2.1.1, whose own phrase this is); a line of the
text after a one-line header is not taken for a second header line."""

from __future__ import annotations

from conftest import id_roles

import notice_parser
from notice_parser.extract.units import without_page_breaks

JIANGLING = (
    "（一）实施设备更新行动。\n"
    "1.推进重点行业设备更新改造。围绕石化化工、钢铁、有色、建材、\n"
    "机械、纺织等重点行业，分行业制定设备更新改造路线图。（省工业和信息\n"
    "化厅牵头，省发展改革委、省财政厅、省生态环\n"
    "\n"
    "- 1 -\n"
    "\f{header}\n"
    "\n"
    "境厅按职责分工负责）\n"
    "2.加快建筑和市政基础设施领域设备更新。（省住房城乡建设厅牵头，省市场监管局配合）\n"
)


def _roles(header: str):
    doc = notice_parser.parse_text("一、重点任务\n" + JIANGLING.replace("{header}", header))
    return dict((m[0], m[1:]) for m in id_roles(doc))


def test_a_clause_cut_by_a_two_line_gazette_header_is_one_clause():
    for header in ("江临省人民政府公报\n2025年第7期", "2025年第7期\n江临省人民政府公报", "江临省人民政府公报\n第 7 期"):
        got = _roles(header)
        assert got["1.1.1"] == (["省工业和信息化厅"], ["省发展改革委", "省财政厅", "省生态环境厅"], []), header
        assert got["1.1.2"] == (["省住房城乡建设厅"], [], ["省市场监管局"]), header


def test_the_line_after_a_one_line_header_is_text():
    text = "省人力资源\n\n- 4 -\n\f黔府办发〔2025〕8号\n社会保障厅负责\n"
    assert "社会保障厅负责" in without_page_breaks(text)
    gazette = "省生态环\n\n- 1 -\n\f江临省人民政府公报\n2025年第7期\n\n境厅负责\n"
    assert "2025年第7期" not in without_page_breaks(gazette) and "境厅负责" in without_page_breaks(gazette)
