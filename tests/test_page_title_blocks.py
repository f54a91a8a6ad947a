"""A page's title outside the article container and outside every heading tag (session 11, fields11): an old
table-layout site's red title cell (qingxi-jingkaiqu-2024, redteam9), a ``<div class="title">`` between the
breadcrumb and the date bar. A link list before the container (相关文件, a left menu) names other documents."""

from __future__ import annotations

import notice_parser

_BODY = (
    '<br><p align="center">青经开管发〔2024〕12号</p>'
    '<p align="center"><font size="2">索引号：QXJK-2024-000312&nbsp;&nbsp;&nbsp;公开方式：主动公开</font></p>'
    "各局（办、中心），各街道办事处，区属国有企业：<br><br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;《青溪经开区工业经济稳增长三年行动计划（2024—2026年）》已经管委会主任办公会议研究通过，"
    "现印发给你们，请认真抓好贯彻落实。<br><br>"
    '<p align="right">青溪经济技术开发区管理委员会<br>2024年4月1日</p>'
    '<p align="center"><b>青溪经开区工业经济稳增长三年行动计划（2024—2026年）</b></p>'
    "&nbsp;&nbsp;&nbsp;&nbsp;<b>一、主要目标</b><br><br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;到2026年，规上工业企业数量达到420家。<br><br>"
)
_TITLE = "青溪经济技术开发区管理委员会关于印发《青溪经开区工业经济稳增长三年行动计划（2024—2026年）》的通知"


def _page(before: str) -> bytes:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>青溪经济技术开发区管理委员会</title></head><body>"
        '<table width="1000"><tr><td width="210"><table>'
        '<tr><td class="lm"><b>政务公开</b></td></tr><tr><td>·<a href="/zwgk/tzgg/">通知公告</a></td></tr>'
        '</table></td><td><table width="96%">'
        f"{before}"
        '<tr><td class="zw"><font size="3" face="仿宋_GB2312">' + _BODY + "</font></td></tr>"
        "</table></td></tr></table></body></html>"
    ).encode("utf-8")


def _parse(tmp_path, before: str):
    path = tmp_path / "page.html"
    path.write_bytes(_page(before))
    return notice_parser.parse(path)


def test_red_title_cell_before_the_text_cell(tmp_path):
    doc = _parse(
        tmp_path,
        '<tr><td><font color="#666666">您现在的位置：<a href="/index.html">首页</a> &gt;&gt; '
        '<a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/gwhwj/">管委会文件</a></font></td></tr>'
        f'<tr><td align="center" class="bt"><font face="宋体" color="#C00000">{_TITLE}</font></td></tr>'
        '<tr><td align="center"><font color="#999999">发布时间：2024-04-03&nbsp;&nbsp;&nbsp;&nbsp;来源：经济发展局'
        "&nbsp;&nbsp;&nbsp;&nbsp;点击数：2137</font></td></tr>",
    )
    n = doc.notice
    assert n.title == _TITLE
    assert n.doc_number == "青经开管发〔2024〕12号"
    assert n.issuers == ["青溪经济技术开发区管理委员会"]
    assert n.date == "2024-04-01"
    assert n.plan_title == "青溪经开区工业经济稳增长三年行动计划（2024—2026年）"
    assert doc.text.startswith(_TITLE + "\n")


def test_title_div_between_breadcrumb_and_date_bar(tmp_path):
    doc = _parse(
        tmp_path,
        '<tr><td><div class="position">您的位置：<a href="/">首页</a> &gt; 管委会文件</div>'
        f'<div class="title">{_TITLE}</div><div class="time">2024-04-03 10:00 来源：经济发展局</div></td></tr>',
    )
    assert doc.notice.title == _TITLE


def test_linked_titles_before_the_text_are_other_documents(tmp_path):
    doc = _parse(
        tmp_path,
        '<tr><td><ul class="xgwj"><li><a href="/a.html">青溪经济技术开发区管理委员会关于印发《青溪经开区'
        "促进先进制造业高质量发展若干政策（试行）》的通知</a></li></ul></td></tr>",
    )
    assert doc.notice.title is None
    assert not doc.text.startswith("青溪经济技术开发区管理委员会关于")


def test_a_sentence_before_the_text_is_no_title(tmp_path):
    doc = _parse(tmp_path, "<tr><td>本栏目发布管委会印发的各类通知。</td></tr>")
    assert doc.notice.title is None
