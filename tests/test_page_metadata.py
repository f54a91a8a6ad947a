"""A crawled page's own metadata around the article (session 9): labels padded to the column's width
(索&nbsp;引&nbsp;号：), several fields in spans that run together on one line, and lists of other documents
(a 相关文件 sidebar that repeats 文号：) that must not leak into the notice (review 8, defect 5)."""

import notice_parser

_ARTICLE = (
    '<div class="article"><h1>某县人民政府办公室关于印发某县未来乡村建设三年行动方案的通知</h1>'
    '<div class="TRS_Editor"><p>各镇人民政府、街道办事处，县政府各部门：</p>'
    "<p>　　《某县未来乡村建设三年行动方案》已经县政府同意，现印发给你们，请认真组织实施。</p>"
    '<p style="text-align:right">某县人民政府办公室</p><p style="text-align:right">2025年3月14日</p>'
    "<p>某县未来乡村建设三年行动方案</p><p>一、总体目标</p><p>　　到2027年底，全县建成未来乡村30个以上。</p>"
    "<p>二、重点任务</p><p>　　（一）打造产业场景。培育乡村新产业新业态。</p></div></div>"
)
_SIDEBAR = (
    '<div class="xgwj"><h3>相关文件</h3><ul>'
    "<li>文号：某政办发〔2024〕31号</li><li>文号：某政发〔2024〕5号</li><li>文号：某政办发〔2023〕12号</li>"
    "</ul></div>"
)
_RECORDS = (
    '<div class="related"><ul>'
    "<li><span>文号：某政办发〔2024〕31号</span></li><li><span>发布日期：2024-05-06</span></li>"
    "<li><span>文号：某政发〔2024〕5号</span></li><li><span>发布日期：2024-02-01</span></li>"
    "</ul></div>"
)
_PADDED_TABLE = (
    '<table class="xxgk"><tr><td>索&nbsp;引&nbsp;号：</td><td>11330521002609458X/2025-00317</td>'
    "<td>发文机关：</td><td>某县人民政府办公室</td></tr>"
    "<tr><td>文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>某政办发〔2025〕9号</td><td>成文日期：</td><td>2025年03月14日</td></tr>"
    "<tr><td>发布日期：</td><td>2025年03月18日</td><td>主题分类：</td><td>城乡建设</td></tr></table>"
)


def _notice(before: str = "", after: str = ""):
    page = f"<html><head><title>某县</title></head><body>{before}{_ARTICLE}{after}</body></html>"
    return notice_parser.parse(page.encode(), format="html").notice


def test_a_sidebar_of_related_documents_gives_no_doc_number():
    assert _notice(after=_SIDEBAR).doc_number is None
    assert _notice(before=_SIDEBAR).doc_number is None


def test_a_list_of_records_that_repeats_its_fields_gives_no_doc_number():
    assert _notice(after=_RECORDS).doc_number is None


def test_the_metadata_table_wins_over_a_sidebar_on_the_same_page():
    for before, after in ((_PADDED_TABLE, _SIDEBAR), (_SIDEBAR, _PADDED_TABLE)):
        notice = _notice(before=before, after=after)
        assert notice.doc_number == "某政办发〔2025〕9号"
        assert notice.date == "2025-03-14"  # the signature's
        assert notice.issuers == ["某县人民政府办公室"]


def test_fields_in_spans_that_run_together_on_one_line_are_read():
    info = (
        '<div class="doc-info"><span>发文字号：南政办〔2025〕11号</span> <span>发布时间：2025-02-27</span> '
        "<span>来源：某市人民政府办公室</span></div>"
    )
    assert _notice(before=info).doc_number == "南政办〔2025〕11号"


def test_labels_padded_with_ideographic_spaces_in_a_text_header():
    text = (
        "标　　题：某市人民政府办公室关于印发某方案的通知\n索 引 号：011280543/2025-00417\n"
        "发布机构：某市人民政府办公室\n各县、市、区人民政府，市政府各部门：\n现将《某方案》印发给你们。\n一、任务\n"
    )
    notice = notice_parser.parse_text(text).notice
    assert notice.title == "某市人民政府办公室关于印发某方案的通知"
    assert notice.recipients == ["各县、市、区人民政府", "市政府各部门"]


_BARE_TABLE = (
    '<table class="xxgk"><tr><td>索&nbsp;引&nbsp;号</td><td>1133/2025-00317</td><td>主题分类</td><td>城乡建设</td></tr>'
    "<tr><td>发文机关</td><td>某县人民政府办公室</td><td>成文日期</td><td>2025年04月10日</td></tr>"
    "<tr><td>文　　号</td><td>某政办发〔2025〕9号</td><td>发布日期</td><td>2025-04-12</td></tr></table>"
)
_UNSIGNED = (
    '<div class="article"><h1>某县人民政府办公室关于做好2025年防汛工作的通知</h1><div class="TRS_Editor">'
    "<p>各镇人民政府，县政府各部门：</p><p>现将有关事项通知如下。</p><p>一、压实责任</p>"
    "<p>各镇要于2025年5月底前完成排查。</p></div></div>"
)


def test_a_metadata_table_whose_labels_have_no_colon_fills_what_the_text_lacks():
    page = f"<html><body>{_BARE_TABLE}{_UNSIGNED}</body></html>"
    notice = notice_parser.parse(page.encode(), format="html").notice
    assert notice.doc_number == "某政办发〔2025〕9号"
    assert notice.date == "2025-04-10"  # 成文日期, not 发布日期
    assert notice.issuers == ["某县人民政府办公室"]


def test_a_header_row_of_a_list_of_other_documents_is_no_metadata_table():
    related = (
        "<table class='list'><tr><td>文号</td><td>标题</td><td>日期</td></tr>"
        "<tr><td>某政发〔2024〕3号</td><td>某县人民政府关于印发某县防汛应急预案的通知</td><td>2024-04-01</td></tr></table>"
    )
    page = f"<html><body>{_UNSIGNED}{related}</body></html>"
    notice = notice_parser.parse(page.encode(), format="html").notice
    assert notice.doc_number is None
    assert notice.date is None


def test_a_metadata_table_exported_to_markdown_is_the_key_value_header():
    md = (
        "| 索引号 | 1133/2025-00317 | 主题分类 | 城乡建设 |\n|---|---|---|---|\n"
        "| 发文机关 | 某县人民政府办公室 | 成文日期 | 2025年04月10日 |\n| 文号 | 某政办发〔2025〕9号 | 发布日期 | 2025-04-12 |\n\n"
        "# 某县人民政府办公室关于做好2025年防汛工作的通知\n\n各镇人民政府，县政府各部门：\n\n现将有关事项通知如下。\n\n"
        "## 一、压实责任\n\n各镇要于2025年5月底前完成排查。\n"
    )
    notice = notice_parser.parse(md.encode(), name="notice.md").notice
    assert notice.title == "某县人民政府办公室关于做好2025年防汛工作的通知"
    assert notice.doc_number == "某政办发〔2025〕9号"
    assert notice.date == "2025-04-10"
    assert notice.issuers == ["某县人民政府办公室"]
    text = "索 引 号\t1133/2025-00317\t主题分类\t城乡建设\n发文机关\t某县人民政府办公室\t成文日期\t2025年04月10日\n" + (
        "某县人民政府办公室关于做好2025年防汛工作的通知\n各镇人民政府，县政府各部门：\n现将有关事项通知如下。\n一、压实责任\n"
    )
    notice = notice_parser.parse_text(text).notice
    assert notice.title == "某县人民政府办公室关于做好2025年防汛工作的通知"
    assert (notice.date, notice.issuers) == ("2025-04-10", ["某县人民政府办公室"])
