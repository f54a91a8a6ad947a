"""A notice forwarded in an e-mail or OA message (readers.quoted): the forwarded notice is the
document — the covering message (its header lines, a cover note with numbered requests of its own,
its signature) is a wrapper — whatever the mail client: quoted "> " or ">" on every line and
hard-wrapped inside sentences, nested ">>" / "> >" after a second forward, Outlook's unquoted
-----原始邮件----- with its 发件人:/发送时间:/收件人:/主题: block, Gmail's "Forwarded message",
Foxmail's "转发的邮件", a reply's "在…写道：" / "On … wrote:"."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions, read_bytes

NOTICE = [
    "青溪区应急管理局文件",
    "",
    "青应急〔2026〕7号",
    "",
    "青溪区应急管理局关于开展冬春火灾防控专项行动的通知",
    "",
    "各街道办事处，区直有关单位：",
    "",
    "为做好今冬明春火灾防控工作，现将有关事项通知如下：",
    "",
    "一、工作目标",
    "",
    "行动期间，全区高层住宅消防设施完好率达到95%以上，火灾起数较2025年同期下降20%。",
    "",
    "二、重点任务",
    "",
    "（一）全面排查隐患",
    "",
    "1.对全区高层住宅和人员密集场所逐一开展检查，2026年12月31日前完成首轮排查。（区消防救援大队牵头，各街道办事处负责，区住房城乡建设局配合）",
    "",
    "2.建立隐患整改台账，重大隐患在30日内整改到位。（区应急管理局负责，区市场监管局参与）",
    "",
    "（二）强化宣传培训",
    "",
    "每季度至少开展1次消防演练，2027年1月底前完成全员培训。（区教育局牵头，各街道办事处配合）",
    "",
    "三、工作要求",
    "",
    "各单位于12月20日前将联络员名单报区应急管理局。",
    "",
    "青溪区应急管理局",
    "2026年12月2日",
]

COVER = [
    "各社区、各科室：",
    "",
    "现将区应急管理局《关于开展冬春火灾防控专项行动的通知》转发给你们，请结合实际抓好落实，提出以下要求：",
    "",
    "1. 各社区于12月8日前完成辖区摸底，摸底结果报街道应急办（应急办牵头汇总，各社区负责）；",
    "2. 12月15日前报送整改清单，整改率达到100%。",
    "",
    "青溪街道党政办",
    "2026年12月3日",
]

#: the 72-column hard wrap of a mail client: 36 Chinese characters a line
WRAP = 36


def _wrapped(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += [line[i : i + WRAP] for i in range(0, len(line), WRAP)] or [""]
    return out


def _quoted(lines: list[str], mark: str = "> ", blank: str = ">") -> list[str]:
    return [mark + line if line else blank for line in lines]


HEADERS_ZH = [
    "发件人: 青溪街道党政办 <qxjd@qingxi.gov.cn>",
    "收件人: 各社区居委会",
    "主题: 转发：关于开展冬春火灾防控专项行动的通知",
    "日期: 2026年12月3日 星期四 09:42",
    "",
]
HEADERS_EN = [
    "From: Qingxi Street Office <qxjd@qingxi.gov.cn>",
    "To: communities@qingxi.gov.cn",
    "Subject: Fwd: 火灾防控专项行动",
    "Date: Thu, 3 Dec 2026 09:42:10 +0800",
    "",
]
ORIGINAL_ZH = [
    "发件人: 青溪区应急管理局 <yjj@qingxi.gov.cn>",
    "收件人: 各街道办事处",
    "主题: 关于开展冬春火灾防控专项行动的通知",
    "日期: 2026年12月2日 17:15",
    "",
]
OUTLOOK = [
    "发件人: 青溪区应急管理局 [mailto:yjj@qingxi.gov.cn]",
    "发送时间: 2026年12月2日 17:15",
    "收件人: 各街道办事处",
    "主题: 关于开展冬春火灾防控专项行动的通知",
    "",
]

MESSAGES = {
    "quoted '> ', wrapped at 72 columns": HEADERS_ZH
    + COVER
    + ["", "-------- 转发的消息 --------", *ORIGINAL_ZH]
    + _quoted(_wrapped(NOTICE)),
    "quoted '>' without a space": HEADERS_ZH
    + COVER
    + ["", "----- 转发的邮件 -----", *ORIGINAL_ZH]
    + _quoted(_wrapped(NOTICE), ">"),
    "forwarded twice: '>>' under a quoted forward": HEADERS_ZH
    + COVER
    + ["", *_quoted(["-----原始邮件-----", *ORIGINAL_ZH[:-1]]), ">", *_quoted(_wrapped(NOTICE), ">> ", ">>")],
    "forwarded twice: '> >'": HEADERS_ZH
    + COVER
    + ["", *_quoted(["-----原始邮件-----", *ORIGINAL_ZH[:-1]]), ">", *_quoted(_wrapped(NOTICE), "> > ", "> >")],
    "Outlook: unquoted after -----原始邮件-----": HEADERS_ZH + COVER + ["", "-----原始邮件-----", *OUTLOOK] + NOTICE,
    "Gmail: ---------- Forwarded message ---------": HEADERS_EN
    + COVER
    + [
        "",
        "---------- Forwarded message ---------",
        "From: 青溪区应急管理局 <yjj@qingxi.gov.cn>",
        "Date: Wed, 2 Dec 2026 at 17:15",
        "Subject: 火灾防控",
        "To: <jd@qingxi.gov.cn>",
        "",
    ]
    + NOTICE,
    "a reply: 在…写道：": HEADERS_ZH
    + COVER
    + ["", "在 2026年12月2日 17:15，青溪区应急管理局 写道：", *_quoted(_wrapped(NOTICE))],
    "a reply: On … wrote:": HEADERS_EN
    + COVER
    + ["", "On Wed, Dec 2, 2026 at 5:15 PM 青溪区应急管理局 <yjj@qingxi.gov.cn> wrote:", *_quoted(NOTICE)],
    "quoted, no forwarded line, CRLF": [*HEADERS_ZH, "请查收并落实。", "", *_quoted(_wrapped(NOTICE))],
}


def _parse(lines: list[str], newline: str = "\n"):
    data = newline.join(lines).encode("utf-8")
    return notice_parser.parse(data, format="txt")


@pytest.mark.parametrize("name", list(MESSAGES))
def test_the_forwarded_notice_is_the_document(name):
    doc = _parse(MESSAGES[name], "\r\n" if "CRLF" in name else "\n")
    assert doc.text.startswith("青溪区应急管理局文件\n\n青应急〔2026〕7号\n")
    assert ">" not in doc.text and "发件人" not in doc.text and "青溪街道党政办" not in doc.text
    assert doc.notice.doc_number == "青应急〔2026〕7号"
    assert doc.notice.title == "青溪区应急管理局关于开展冬春火灾防控专项行动的通知"
    assert str(doc.notice.date) == "2026-12-02"
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"]
    got = [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ]
    assert got == [
        ("2.1.1", ["区消防救援大队"], ["各街道办事处"], ["区住房城乡建设局"]),
        ("2.1.2", [], ["区应急管理局"], ["区市场监管局"]),
        ("2.2", ["区教育局"], [], ["各街道办事处"]),
    ]
    deadlines = sorted(
        (d.section_id, d.kind, str(getattr(d, "date", None) or getattr(d, "period", None) or d.duration))
        for d in doc.deadlines
    )
    assert ("2.1.1", "by", "2026-12-31") in deadlines
    assert ("2.1.2", "within", "P30D") in deadlines
    assert ("2.2", "recurring", "quarter") in deadlines
    assert ("2.2", "by", "2027-01-31") in deadlines
    assert ("3", "by", "2026-12-20") in deadlines
    assert not any(d.section_id is None and "12月8日" in d.raw for d in doc.deadlines)  # the cover note's
    targets = sorted((t.section_id, t.comparator, t.value) for t in doc.targets)
    assert targets == [("1", ">=", 95.0), ("1", "decrease_by", 20.0), ("2.2", ">=", 1.0)]
    for item in [*doc.deadlines, *doc.targets]:
        assert doc.text[item.span[0] : item.span[1]] == item.raw


def test_the_quote_marks_come_off_one_per_level_and_an_indent_after_them_stays():
    from notice_parser.readers.quoted import forwarded_document

    msg = "发件人: 甲\n主题: 乙\n\n-----原始邮件-----\n发件人: 丙\n\n> 附件：1.隐患排查整治工作进度表\n>       2.联络员名单\n"
    assert forwarded_document(msg) == "附件：1.隐患排查整治工作进度表\n      2.联络员名单\n"
    msg = "From: a\nTo: b\n\n> -----Original Message-----\n> From: c\n>\n>> 一、任务\n>> > 引文\n>>\n>> 二、要求\n"
    assert forwarded_document(msg) == "一、任务\n> 引文\n\n二、要求\n"


def test_a_notice_that_is_no_message_is_read_as_it_is():
    plain = "\n".join(NOTICE).replace("为做好", "区政府办转发的通知要求为做好") + "\n"
    assert read_bytes(plain.encode(), ReadOptions(), format="txt").text == plain
    # a quoted block in a notice that has no message header (a Markdown blockquote) stays
    quoted = "青应急〔2026〕7号\n\n> 主送：各街道办事处\n\n一、工作目标\n"
    assert read_bytes(quoted.encode(), ReadOptions(), format="txt").text.startswith("青应急〔2026〕7号\n")


def test_a_message_whose_own_text_is_the_bulk_keeps_it():
    # a long notice sent in the body, answering a short quoted message: the message is the document
    msg = HEADERS_ZH + NOTICE + ["", "在 2026年12月1日，区政府办 写道：", "> 请于本周报送。"]
    doc = _parse(msg)
    assert doc.text.startswith("发件人: 青溪街道党政办")
    assert [s.id for s in walk_sections(doc.sections)][:3] == ["1", "2", "2.1"]


# -- the message saved as a file (.eml): RFC 822 with MIME parts


def _eml(body: str, *, transfer: str = "base64", charset: str = "gb2312", multipart: bool = True) -> bytes:
    import email.charset
    from email.header import Header
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    cs = email.charset.Charset(charset)
    cs.body_encoding = email.charset.BASE64 if transfer == "base64" else email.charset.QP
    plain = MIMEText(body, "plain", cs)
    if not multipart:
        message = plain
    else:
        message = MIMEMultipart("mixed")
        alternative = MIMEMultipart("alternative")
        alternative.attach(plain)
        alternative.attach(MIMEText("<html><body><p>见纯文本。</p></body></html>", "html", "utf-8"))
        message.attach(alternative)
        attachment = MIMEApplication("附件：进度表\n一、不是正文".encode("gb2312"), Name="jindu.txt")
        attachment["Content-Disposition"] = 'attachment; filename="jindu.txt"'
        message.attach(attachment)
    message["From"] = str(Header("青溪街道党政办", "gb2312")) + " <qxjd@qingxi.gov.cn>"
    message["To"] = "communities@qingxi.gov.cn"
    message["Subject"] = Header("转发：关于开展冬春火灾防控专项行动的通知", "gb2312")
    message["Date"] = "Thu, 3 Dec 2026 09:42:10 +0800"
    return message.as_bytes()


_FORWARD_BODY = "\n".join([*COVER, "", "-------- 转发的消息 --------", *ORIGINAL_ZH, *_quoted(_wrapped(NOTICE))]) + "\n"


@pytest.mark.parametrize(
    ("transfer", "charset", "multipart"),
    [
        ("base64", "gb2312", True),
        ("quoted-printable", "gb2312", True),
        ("base64", "gbk", False),
        ("qp", "utf-8", False),
    ],
)
def test_a_saved_email_is_read_from_its_text_body(transfer, charset, multipart):
    data = _eml(_FORWARD_BODY, transfer=transfer, charset=charset, multipart=multipart)
    assert "青溪区".encode() not in data and "青溪区".encode("gb2312") not in data  # encoded, not readable bytes
    doc = notice_parser.parse(data, name="fwd.eml")
    assert doc.text.startswith("青溪区应急管理局文件\n\n青应急〔2026〕7号\n")
    assert "不是正文" not in doc.text and "见纯文本" not in doc.text
    assert doc.notice.doc_number == "青应急〔2026〕7号"
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"]
    assert [m.id for m in doc.measures] == ["2.1.1", "2.1.2", "2.2"]
    assert doc.source.encoding == ("gb18030" if charset in ("gb2312", "gbk") else "utf-8")


def test_a_saved_email_whose_body_is_the_notice_gives_the_body():
    doc = notice_parser.parse(_eml("\n".join(NOTICE) + "\n"), name="notice.eml")
    assert doc.text == "\n".join(NOTICE) + "\n"
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"]


def test_a_saved_email_with_an_html_body_only_is_read_from_its_html():
    from email.header import Header
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in NOTICE if line) + "</body></html>"
    message = MIMEMultipart("mixed")
    message.attach(MIMEText(page, "html", "gb2312"))
    message["From"] = "yjj@qingxi.gov.cn"
    message["Subject"] = Header("关于开展冬春火灾防控专项行动的通知", "gb2312")
    doc = notice_parser.parse(message.as_bytes(), name="notice.eml")
    assert doc.source.format == "mht"
    assert doc.text.startswith("青溪区应急管理局文件\n")
    assert doc.notice.doc_number == "青应急〔2026〕7号"
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"]
