"""A portal page printed by a browser (readers/pdf.py, readers/layout.py): the header a browser prints at
the top of every page (the print stamp and the page's title: 12/6/26, 5:40 PM 关于…_政策文件_枫桥市人民政府;
2025/2/21 10:21 …; Firefox: the title and the address) and its footer (the address and 1/2; Firefox: 第 1
页，共 2 页 and the stamp) are no part of the notice, on a one-page printout as on a long one, and wherever
they cut a paragraph.

tests/fixtures/dumps/print.html printed by headless Chromium with its default header and footer:

    chromium --headless --print-to-pdf=print-chrome.pdf print.html     (one page)
    pdftotext -layout print-chrome.pdf print-chrome.txt
"""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers.layout import print_footer, print_header, strip_page_furniture

DUMPS = Path(__file__).parent / "fixtures" / "dumps"
TITLE = "枫桥市人民政府办公室关于印发枫桥市2025年大气污染防治重点任务分工的通知"


@pytest.mark.parametrize("name", ["print-chrome.pdf", "print-chrome.txt"])
def test_a_one_page_printout_loses_its_header_and_footer(name):
    doc = notice_parser.parse((DUMPS / name).read_bytes(), name=name)
    assert "file://" not in doc.text and "12/6/26" not in doc.text and "_政策文件_" not in doc.text
    assert doc.text.rstrip().endswith("主办单位：枫桥市人民政府办公室 承办：枫桥市大数据中心")
    assert doc.notice.title == TITLE
    assert doc.notice.doc_number == "枫政办发〔2025〕12号"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "加强燃煤污染治理"),
        ("2", "强化扬尘污染管控"),
    ]
    assert [(m.id, [u.name for u in m.lead_units]) for m in doc.measures] == [("1", ["市生态环境局"]), ("2", [])]


#: a page break inside a sentence and a unit's name, as Firefox (title and address above, page count and
#: stamp below) and Chrome/Edge in Chinese (stamp and title above, address and count below) print it
PAGE_1 = (
    "{head}\n"
    "  当前位置：首页 > 政务公开 > 政策文件\n"
    "  枫桥市人民政府办公室关于印发枫桥市2025年大气污染防治重点任务分工的通知\n"
    "                          枫政办发〔2025〕12号\n"
    "  各县区人民政府，市政府各部门、各直属机构：\n"
    "    《枫桥市2025年大气污染防治重点任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
    "     一、加强燃煤污染治理。全面完成燃煤锅炉淘汰任务，2025年6月底前淘汰建成区10蒸吨/小时以\n"
    "  下燃煤锅炉。（牵头单位：市生态环境局；责任单位：市发展改革委、市工业\n"
    "\n"
    "{foot1}\n"
)
PAGE_2 = (
    "\f{head}\n"
    "  和信息化局、各县区人民政府）\n"
    "     二、强化扬尘污染管控。2025年9月底前完成渣土运输车辆密闭化改造。（市住房城乡建设局负责）\n"
    "                                            枫桥市人民政府办公室\n"
    "                                               2025年2月20日\n"
    "  主办单位：枫桥市人民政府办公室\n"
    "\n"
    "{foot2}\n"
)
URL = "https://www.fengqiao.gov.cn/zwgk/zcwj/202502/t20250220_1012.html"
PAGE_TITLE = "关于印发枫桥市2025年大气污染防治重点任务分工的通知_政策文件_枫桥市人民政府"
BROWSERS = {
    "firefox": (
        f"{PAGE_TITLE}                {URL}",
        "第 {n} 页，共 2 页                                  2025/2/21 10:21",
    ),
    "chrome-zh": (f"2025/2/21 10:21                {PAGE_TITLE}", URL + "                  {n}/2"),
    "edge-zh": (f"2025/2/21 上午10:21              {PAGE_TITLE}", URL + "                  {n}/2"),
    "chrome-en": (f"2/21/25, 10:21 AM              {PAGE_TITLE}", URL + "                  {n}/2"),
}


@pytest.mark.parametrize("browser", sorted(BROWSERS))
def test_a_printed_pages_header_and_footer_go_where_they_cut_a_sentence(browser):
    head, foot = BROWSERS[browser]
    text = PAGE_1.format(head=head, foot1=foot.format(n=1)) + PAGE_2.format(head=head, foot2=foot.format(n=2))
    stripped = strip_page_furniture(text)
    assert stripped is not None
    assert PAGE_TITLE not in stripped and URL not in stripped and "2025/2/21" not in stripped
    assert "市工业\n  和信息化局" in stripped  # the break is one line break: the name reads on
    doc = notice_parser.parse(text.encode(), name="print.txt")
    assert doc.notice.title == TITLE
    m = doc.measures[0]
    assert [u.name for u in m.responsible_units] == ["市发展改革委", "市工业和信息化局", "各县区人民政府"]
    assert [(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"] == [
        ("1", "2025-06-30"),
        ("2", "2025-09-30"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "  当前位置：首页 > 政务公开 > 政策文件",
        "     一、加强燃煤污染治理。2025年6月底前完成。",
        "原文链接：见附件",
        "3",
    ],
)
def test_a_pages_own_first_or_last_line_is_no_print_furniture(line):
    assert not print_header(line) and not print_footer(line)
