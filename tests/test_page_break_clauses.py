"""A text extracted from a PDF (pdftotext -layout) keeps its page furniture: the blank lines at a page's
foot, the page number, a form feed and the next page's running header. A clause that a page break cuts
is still one clause, and the unit the break cuts is one unit (tests/redteam6 guizhou 3.2.4, renumbered here)."""

from __future__ import annotations

import notice_parser
from notice_parser.extract.units import without_page_breaks

GUIZHOU = (
    "            （一）加强人才队伍建设\n"
    "            1.实施人才“县管乡用”。推行次中心专业技术人员由县级\n"
    "        医疗卫生机构统一招聘、统一管理、统筹使用，每年为次中心招\n"
    "        聘医学专业本科生不少于500名。（省卫生健康委、省人力资源\n"
    "\n\n\n\n\n\n\n\n"
    "                                    - 4 -\n"
    "\f                                                    黔府办发〔2025〕8号\n"
    "\n"
    "        社会保障厅、省委编办按职责分工负责，省教育厅配合）\n"
    "            2.强化对口帮扶。组织三级医院与次中心建立“一对一”帮\n"
    "        扶关系。（省卫生健康委牵头，各市〔州〕\n"
    "        人民政府落实）\n"
)


def test_a_clause_cut_by_a_page_break_is_one_clause_and_its_unit_one_unit():
    doc = notice_parser.parse_text("一、重点任务\n" + GUIZHOU)
    got = {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }
    assert got["1.1.1"] == ([], ["省卫生健康委", "省人力资源社会保障厅", "省委编办"], ["省教育厅"])
    assert got["1.1.2"] == (["省卫生健康委"], ["各市〔州〕人民政府"], [])
    unit = doc.measures[0].responsible_units[1]
    assert doc.text[unit.span[0] : unit.span[1]] == unit.raw  # the raw keeps the furniture as written
    assert "- 4 -" in unit.raw


def test_a_blank_line_without_a_page_break_still_ends_a_bracket():
    doc = notice_parser.parse_text("一、重点任务\n（一）加强建设。（省卫生健康委、省人力资源\n\n社会保障厅负责）\n")
    assert doc.measures == []


def test_only_the_page_furniture_is_blanked():
    text = "省人力资源\n\n  - 4 -\n\f  黔府办发〔2025〕8号\n\n社会保障厅"
    blanked = without_page_breaks(text)
    assert len(blanked) == len(text)
    assert blanked.split() == ["省人力资源", "社会保障厅"]
    assert without_page_breaks("省人力资源\n\n社会保障厅") == "省人力资源\n\n社会保障厅"


def test_a_page_number_marked_with_gb2312_decodings_is_page_furniture():
    # ― (U+2015) and ・ (U+30FB) are what a GB2312 text decoded otherwise than as GBK gives for — and ·
    for mark in ("― 1 ―", "―1―", "・1・", "· 2 ·"):
        text = f"相关社区居\n\n{mark}\n\n委会"
        assert without_page_breaks(text).split() == ["相关社区居", "委会"], mark
    text = "省人力资源\n\n  ・4・\n\f  黔府办发〔2025〕8号\n\n社会保障厅"
    assert without_page_breaks(text).split() == ["省人力资源", "社会保障厅"]


def test_a_clause_cut_by_a_gb2312_page_foot_keeps_its_units():
    for mark in ("― 1 ―", "・1・"):
        doc = notice_parser.parse_text(
            "一、重点任务\n（一）加强建设。6月底前完成整改（牵头单位：城市建设管理办公室；配合单位：区住房城乡建设局、"
            f"相关社区居\n\n{mark}\n\n委会）。\n"
        )
        assert [([u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures] == [
            (["城市建设管理办公室"], ["区住房城乡建设局", "相关社区居委会"])
        ], mark
