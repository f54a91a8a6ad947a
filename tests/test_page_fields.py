"""A crawled HTML page carries notice fields outside the article it shows: the 信息公开 metadata table above it
(索引号/发布机构/文号/成文日期, label and value in neighbouring cells) and the 附件： line after it. ANNOTATE: front
matter the file itself carries counts; they fill only what the notice's own text does not give."""

import notice_parser

_INFO_TABLE = (
    '<table class="xxgk-info">'
    "<tr><td>索引号：</td><td>11330521002609458X/2025-00317</td><td>发布机构：</td><td>县政府办公室</td></tr>"
    "<tr><td>文号：</td><td>某政办发〔2025〕9号</td><td>发布日期：</td><td>2025-03-18</td></tr>"
    "</table>"
)
_ARTICLE = (
    '<div class="article"><h1>某县人民政府办公室关于印发某县未来乡村建设三年行动方案的通知</h1>'
    '<div class="TRS_Editor"><p>各镇人民政府、街道办事处，县政府各部门：</p>'
    "<p>　　《某县未来乡村建设三年行动方案》已经县政府同意，现印发给你们，请认真组织实施。</p>"
    '<p style="text-align:right">某县人民政府办公室</p><p style="text-align:right">2025年3月14日</p>'
    "<p>某县未来乡村建设三年行动方案</p><p>一、总体目标</p><p>　　到2027年底，全县建成未来乡村30个以上。</p>"
    "<p>二、重点任务</p><p>　　（一）打造产业场景。培育乡村新产业新业态。</p></div>{after}</div>"
)


def _page(before: str = "", after: str = "") -> str:
    return f"<html><head><title>某县</title></head><body>{before}{_ARTICLE.format(after=after)}</body></html>"


def test_the_doc_number_of_the_info_table_above_the_article_fills_the_notice():
    notice = notice_parser.parse(_page(before=_INFO_TABLE).encode(), format="html").notice
    assert notice.doc_number == "某政办发〔2025〕9号"
    # the signature's date stays: the table's 发布日期 is the publication date, and the text gives the date
    assert notice.date == "2025-03-14"
    assert notice.issuers == ["某县人民政府办公室"]


def test_the_attachment_line_after_the_article_names_its_linked_files():
    after = '<div class="attach">附件：<a href="/files/P0203.xlsx">某县2025年未来乡村建设项目计划表.xlsx</a></div>'
    notice = notice_parser.parse(_page(after=after).encode(), format="html").notice
    assert [(a.title, a.url) for a in notice.attachments] == [("某县2025年未来乡村建设项目计划表", "/files/P0203.xlsx")]


def test_a_download_list_after_the_article_is_site_chrome_not_attachments():
    after = '<div class="down">附件下载：<a href="/files/x.pdf">某政办发〔2025〕9号.pdf</a></div>'
    notice = notice_parser.parse(_page(after=after).encode(), format="html").notice
    assert notice.attachments == []
    assert notice.doc_number is None


def test_one_label_alone_outside_the_article_is_no_metadata_table():
    before = '<div class="side"><p>文号：</p><p>某政办发〔2024〕1号</p></div>'
    notice = notice_parser.parse(_page(before=before).encode(), format="html").notice
    assert notice.doc_number is None
