"""Notice fields of documents whose header is no 通知's (round 14's families, and the other ways they are
written): a bulletin's or minutes' masthead with its 期号 (督查通报 第12期, 会议纪要 〔2026〕第19期, 工作简报
2026年第3期（总第45期）), an OA system's routing form printed above the notice (发文稿纸, 发文处理笺, 签发单: as a
table's rows, or aligned with blanks), and a docs platform's property lines under a Markdown export's title
(📄/🏷️ lines, Notion's Created:/Tags:, 语雀's 作者：). The fixtures are invented; each asserts the values."""

import io

import docx

import notice_parser


def _txt(text: str):
    return notice_parser.parse(text.encode("utf-8"), name="x.txt").notice


def _md(text: str):
    return notice_parser.parse(text.encode("utf-8"), name="x.md").notice


BODY = "一、总体情况\n各地推进有力。\n二、下步要求\n（一）抓好整改。各地于12月31日前完成整改。（市住建局负责）\n"

# --- bulletins and minutes -------------------------------------------------------------------------------


def test_inspection_bulletin_with_issuer_and_date_on_top() -> None:
    """督查通报: the organ, the letter-spaced genre, the issue, the organ and date beside it; no end signature."""
    n = _txt(
        "磐石市人民政府督查室\n督 查 通 报\n第12期\n\n磐石市人民政府督查室                 2026年11月20日\n\n"
        "关于全市城镇燃气安全专项整治工作督查情况的通报\n\n各县（区）人民政府，市直有关单位：\n\n"
        "根据工作安排，现将有关情况通报如下。\n\n" + BODY + "\n抄送：市委办公室。\n"
    )
    assert n.title == "关于全市城镇燃气安全专项整治工作督查情况的通报"
    assert n.doc_number == "第12期"
    assert n.issuers == ["磐石市人民政府督查室"]
    assert n.date == "2026-11-20"
    assert n.recipients == ["各县（区）人民政府", "市直有关单位"]


MINUTES = (
    "启东新区管理委员会\n专题会议纪要\n〔2026〕第19期\n启东新区党政办公室                         2026年11月30日\n"
    "关于加快推进重点产业项目开工建设的专题会议纪要\n"
    "时　　间：2026年11月27日（星期五）下午3:00\n地　　点：新区管委会四楼第二会议室\n"
    "主　　持：张三（管委会主任）\n参会单位：新区经济发展局、财政金融局、城市建设投资集团\n"
    "11月27日下午，张三同志主持召开专题会议。经研究，会议议定以下事项：\n"
    "一、关于项目清单管理\n梳理形成项目清单。（责任单位：经济发展局；完成时限：2026年12月10日）\n"
    "二、关于资金保障\n统筹安排资金。（责任单位：财政金融局）\n"
    "出席：张三　新区管委会主任\n记录：李四　新区党政办公室秘书科科长\n"
    "分送：新区党工委、管委会领导，新区各部门、各街道（镇），城市建设投资集团。\n"
    "启东新区党政办公室                     2026年11月30日印发\n"
)


def test_minutes_masthead_issue_and_distribution() -> None:
    """会议纪要: the masthead's organ is the issuer (the office beside the date compiles it), the issue line is
    the number as written, the 分送 line stands for the 主送 a 纪要 has none of, the meeting block's 参会单位
    is no recipient."""
    n = _txt(MINUTES)
    assert n.title == "关于加快推进重点产业项目开工建设的专题会议纪要"
    assert n.doc_number == "〔2026〕第19期"
    assert n.issuers == ["启东新区管理委员会"]
    assert n.date == "2026-11-30"
    assert n.recipients == ["新区党工委、管委会领导", "新区各部门、各街道（镇）", "城市建设投资集团"]


def test_minutes_masthead_in_a_docx() -> None:
    d = docx.Document()
    for line in MINUTES.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    n = notice_parser.parse(buf.getvalue(), name="x.docx").notice
    assert (n.title, n.doc_number, n.issuers, n.date) == (
        "关于加快推进重点产业项目开工建设的专题会议纪要",
        "〔2026〕第19期",
        ["启东新区管理委员会"],
        "2026-11-30",
    )


def test_minutes_page_with_site_chrome_and_a_lead_in_line() -> None:
    """A crawled page of minutes: chrome above the masthead, a 县长办公会议纪要 masthead, a lead-in line of its
    own (会议议定如下：) that names no recipient, the 分送 line."""
    page = (
        "<html><head><meta charset='utf-8'><title>关于研究城区燃气管网改造有关事项的会议纪要_青禾县人民政府</title>"
        "</head><body><div><a href='/'>首页</a> <a href='/zwgk'>政务公开</a></div>"
        "<div>当前位置：首页 &gt; 政务公开 &gt; 会议纪要</div><h1>关于研究城区燃气管网改造有关事项的会议纪要</h1>"
        "<div>发布时间：2026-11-21 09:30 来源：县政府办公室 浏览次数：128</div><div>"
        "<p>青禾县人民政府</p><p>县长办公会议纪要</p><p>〔2026〕第7期</p><p>青禾县人民政府办公室　　　　2026年11月20日</p>"
        "<p>关于研究城区燃气管网改造有关事项的会议纪要</p><p>时　　间：2026年11月18日</p>"
        "<p>参会单位：县住建局、县财政局</p><p>会议议定如下：</p><p>一、关于改造计划</p>"
        "<p>县住建局于12月31日前完成改造。（责任单位：县住建局）</p>"
        "<p>分送：县委、县人大、县政协办公室，各乡镇人民政府。</p></div></body></html>"
    )
    n = notice_parser.parse(page.encode(), name="x.html").notice
    assert n.title == "关于研究城区燃气管网改造有关事项的会议纪要"
    assert (n.doc_number, n.issuers, n.date) == ("〔2026〕第7期", ["青禾县人民政府"], "2026-11-20")
    assert n.recipients == ["县委、县人大、县政协办公室", "各乡镇人民政府"]


def test_organ_glued_before_the_genre_and_a_running_issue_number() -> None:
    """某市人民政府常务会议纪要 on one line (the organ is its head, not 常务会), 2026年第5期（总第88期）, a compiler
    line ending in 编."""
    n = _txt(
        "青禾市人民政府常务会议纪要\n2026年第5期（总第88期）\n青禾市人民政府办公室编    2026年3月5日\n\n"
        "市政府第五次常务会议纪要\n\n2026年3月3日，市长王五主持召开市政府第五次常务会议。会议议定如下：\n" + BODY
    )
    assert n.doc_number == "2026年第5期（总第88期）"
    assert n.issuers == ["青禾市人民政府"]
    assert n.date == "2026-03-05"
    assert n.title == "市政府第五次常务会议纪要"


def test_bulletin_without_organ_line_takes_the_compiler() -> None:
    """工作简报 with no organ above it: the compiler beside the date (编 dropped) issues it; a rule under the
    masthead; a news-like title that ends in no genre word."""
    n = _txt(
        "工 作 简 报\n第3期\n青禾县农业农村局编          2026年5月8日\n━━━━━━━━━━━━━━━━\n"
        "全县春耕生产进展顺利\n\n截至5月6日，全县完成春播面积12.6万亩。\n" + BODY
    )
    assert n.doc_number == "第3期"
    assert n.issuers == ["青禾县农业农村局"]
    assert n.date == "2026-05-08"
    assert n.title == "全县春耕生产进展顺利"


def test_issue_and_date_on_one_line() -> None:
    n = _txt(
        "青禾县安全生产委员会办公室\n情况通报\n第7期　　　　　青禾县安委会办公室　　　　2026年6月1日\n"
        "关于近期几起生产安全事故的情况通报\n各乡镇人民政府，县安委会各成员单位：\n现将情况通报如下。\n" + BODY
    )
    assert n.doc_number == "第7期"
    assert n.issuers == ["青禾县安全生产委员会办公室"]
    assert n.date == "2026-06-01"
    assert n.title == "关于近期几起生产安全事故的情况通报"
    assert n.recipients == ["各乡镇人民政府", "县安委会各成员单位"]


def test_organ_glued_before_a_meeting_kind_is_cut_between_words() -> None:
    """The organ ends before the meeting's kind, not inside a word of it (县委|常委会, 政府|县长办公)."""
    for name, organ in (
        ("中共青禾县委常委会会议纪要", "中共青禾县委"),
        ("青禾县人民政府县长办公会议纪要", "青禾县人民政府"),
        ("青禾县财政局党组会议纪要", "青禾县财政局"),
    ):
        n = _txt(f"{name}\n〔2026〕3号\n\n关于研究春耕生产有关事项的会议纪要\n\n会议议定如下：\n" + BODY)
        assert (n.issuers, n.doc_number) == ([organ], "〔2026〕3号"), name


def test_issue_after_the_date_in_brackets_and_staff_beside_the_compiler() -> None:
    """The date before the issue on one line, a bracketed issue, and a compiler line that names its staff
    (签发：, 责任编辑：) beside the date."""
    n = _txt("青禾县农业农村工作动态\n2026年5月8日　　　　（第12期）\n\n春耕生产有序推进\n\n全县完成春播。\n" + BODY)
    assert (n.doc_number, n.date, n.title) == ("第12期", "2026-05-08", "春耕生产有序推进")
    n = _txt(
        "政务信息\n2026年第3期\n青禾县人民政府办公室编　　签发：张三　　2026年3月6日\n\n"
        "我县召开安全生产工作会议\n\n3月5日，县政府召开会议。\n" + BODY
    )
    assert (n.doc_number, n.issuers, n.date, n.title) == (
        "2026年第3期",
        ["青禾县人民政府办公室"],
        "2026-03-06",
        "我县召开安全生产工作会议",
    )


def test_a_notice_with_a_phase_number_is_no_bulletin() -> None:
    """A 通知 whose header has a 文号 keeps it; an issue-like line in its body (第2期 of a project) is no
    masthead, and a 通报 with a 文号 is read as before."""
    n = _txt(
        "青禾县人民政府办公室文件\n青政办发〔2026〕9号\n关于表扬2025年度先进单位的通报\n各乡镇人民政府：\n"
        "现将有关情况通报如下。\n" + BODY + "\n青禾县人民政府办公室\n2026年2月1日\n"
    )
    assert (n.doc_number, n.title, n.issuers, n.date) == (
        "青政办发〔2026〕9号",
        "关于表扬2025年度先进单位的通报",
        ["青禾县人民政府办公室"],
        "2026-02-01",
    )
    assert n.recipients == ["各乡镇人民政府"]


# --- OA routing forms ------------------------------------------------------------------------------------

NOTICE = (
    "青禾县人民政府晏塘街道办事处文件\n晏街发〔2026〕58号\n"
    "晏塘街道办事处关于印发《晏塘街道冬季燃气安全专项整治工作方案》的通知\n"
    "各社区居民委员会，街道各科室、各直属事业单位：\n"
    "现将《晏塘街道冬季燃气安全专项整治工作方案》印发给你们，请认真抓好落实。\n"
    "附件：晏塘街道燃气安全隐患排查整治台账\n青禾县人民政府晏塘街道办事处\n2026年11月10日\n"
    "晏塘街道冬季燃气安全专项整治工作方案\n" + BODY
)
FORM_ROWS = [
    ["签  发", "同意印发。\n周启明  2026.11.9"],
    ["会  签", "许文涛  11月8日", "核  稿", "王  丽  2026年11月7日"],
    ["拟稿单位", "应急管理办公室", "拟 稿 人", "杨  帆  电话：6783****"],
    ["缓  急", "普通", "密    级", "公开"],
    ["文    号", "晏街发〔2026〕58号"],
    ["标    题", "晏塘街道办事处关于印发《晏塘街道冬季燃气安全专项整治工作方案》的通知"],
    ["主    送", "各社区居民委员会，街道各科室、各直属事业单位"],
    ["抄    送", "区应急管理局，区市场监管局"],
    ["附    件", "1份", "印发份数", "共印 30 份"],
    ["印发日期", "2026年11月10日", "公开属性", "主动公开"],
]


def _expect_notice(n, *, attachments: bool = True) -> None:
    assert n.title == "晏塘街道办事处关于印发《晏塘街道冬季燃气安全专项整治工作方案》的通知"
    assert n.doc_number == "晏街发〔2026〕58号"
    assert n.issuers == ["青禾县人民政府晏塘街道办事处"]
    assert n.date == "2026-11-10"
    assert n.recipients == ["各社区居民委员会", "街道各科室、各直属事业单位"]
    if attachments:
        assert [a.title for a in n.attachments] == ["晏塘街道燃气安全隐患排查整治台账"]


def test_routing_form_as_table_rows() -> None:
    """A 发文稿纸 as an OA export's table (a row a line, cells by tabs): its 主送 row and 附件 count are no
    notice fields, and its workflow dates no date."""
    form = "青禾县人民政府晏塘街道办事处发文稿纸\n" + "\n".join("\t".join(r) for r in FORM_ROWS) + "\n\n"
    _expect_notice(_txt(form + NOTICE))


def test_routing_form_in_a_docx_table() -> None:
    d = docx.Document()
    d.add_paragraph("发 文 处 理 笺")
    table = d.add_table(rows=len(FORM_ROWS), cols=4)
    for r, row in enumerate(FORM_ROWS):
        for k, value in enumerate(row):
            table.cell(r, k).text = value
    d.add_page_break()
    for line in NOTICE.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    _expect_notice(notice_parser.parse(buf.getvalue(), name="x.docx").notice)


def test_routing_form_in_an_html_table() -> None:
    """An OA system's HTML export: the form a <table> (a cell broken by <br>), the notice in paragraphs."""
    rows = "".join("<tr>" + "".join(f"<td>{c.replace(chr(10), '<br>')}</td>" for c in r) + "</tr>" for r in FORM_ROWS)
    paras = "".join(f"<p>{line}</p>" for line in NOTICE.splitlines())
    page = f"<html><head><meta charset='utf-8'></head><body><p>发文稿纸</p><table border=1>{rows}</table>{paras}</body></html>"
    _expect_notice(notice_parser.parse(page.encode(), name="x.html").notice)


def test_routing_form_aligned_with_blanks_and_no_title_line() -> None:
    """A form printed as text (cells apart by wide gaps, labels spaced out) with no 发文稿纸 line of its own."""
    form = "\n".join("    ".join(c.replace("\n", " ") for c in r) for r in FORM_ROWS) + "\n\n"
    _expect_notice(_txt(form + NOTICE))


def test_routing_form_printed_after_the_notice() -> None:
    """Some OA exports print the form after the notice: its 附件 row (a count of copies) names no attachment,
    as a tab row or aligned with blanks."""
    for sep in ("\t", "    "):
        form = "发文稿纸\n" + "\n".join(sep.join(c.replace("\n", " ") for c in r) for r in FORM_ROWS) + "\n"
        _expect_notice(_txt(NOTICE + "\n\n" + form))


def test_routing_form_fields_stand_in_for_a_missing_header() -> None:
    """The notice under the form lost its 文号 line: the form's 文号 row gives it."""
    form = "公文签发单\n" + "\n".join("\t".join(r) for r in FORM_ROWS) + "\n\n"
    n = _txt(form + NOTICE.replace("晏街发〔2026〕58号\n", "", 1))
    assert n.doc_number == "晏街发〔2026〕58号"
    assert n.title == "晏塘街道办事处关于印发《晏塘街道冬季燃气安全专项整治工作方案》的通知"


# --- docs platforms' Markdown exports ------------------------------------------------------------------------

MD_NOTICE = (
    "**浦府办发〔2026〕58号**\n\n各街道办事处、镇人民政府，区政府各委、办、局：\n\n"
    "《浦岭区便民生活圈建设行动方案》已经区政府同意，现印发给你们，请认真组织实施。\n\n"
    "浦岭区人民政府办公室\n\n2026年12月1日\n\n## 浦岭区便民生活圈建设行动方案\n\n### 一、总体目标\n\n建成生活圈40个。\n"
)
MD_TITLE = "浦岭区人民政府办公室关于印发《浦岭区便民生活圈建设行动方案》的通知"


def _expect_md(n) -> None:
    assert n.title == MD_TITLE
    assert n.doc_number == "浦府办发〔2026〕58号"
    assert n.recipients == ["各街道办事处、镇人民政府", "区政府各委、办、局"]
    assert n.date == "2026-12-01"


def test_emoji_property_lines_under_the_title() -> None:
    _expect_md(
        _md(
            f"# {MD_TITLE}\n\n> 📄 来源：区政府办公室 · 公文库 ｜ 最后编辑：秦雯 2026-12-03 16:42 ｜ 阅读 57\n"
            "> 🏷️ 标签：`政府文件` `商贸流通` `已发布`\n\n---\n\n" + MD_NOTICE
        )
    )


def test_notion_properties_under_the_title() -> None:
    _expect_md(
        _md(
            f"# {MD_TITLE}\n\nCreated: December 3, 2026 4:42 PM\nTags: 政府文件, 商贸流通\n"
            "Last edited time: December 4, 2026 9:10 AM\nStatus: 已发布\n\n" + MD_NOTICE
        )
    )


def test_yuque_author_line_under_the_title() -> None:
    _expect_md(_md(f"# {MD_TITLE}\n\n> 作者：秦雯 ｜ 更新于：2026-12-03 16:42\n\n" + MD_NOTICE))


def test_confluence_byline_and_obsidian_callout_under_the_title() -> None:
    _expect_md(_md(f"# {MD_TITLE}\n\nCreated by 秦雯, last modified on Dec 03, 2026\n\n" + MD_NOTICE))
    _expect_md(_md(f"# {MD_TITLE}\n\n由秦雯创建, 最后修改于十二月 03, 2026\n\n" + MD_NOTICE))
    doc = notice_parser.parse(
        (
            f"---\ntags: [政府文件]\naliases: []\n---\n\n# {MD_TITLE}\n\n"
            "> [!info] 来源：区政府办公室 <https://example.yuque.com/gov/doc58>\n\n" + MD_NOTICE
        ).encode(),
        name="x.md",
    )
    _expect_md(doc.notice)
    assert "[!info]" not in doc.text and "<https://" not in doc.text


def test_linked_logo_and_breadcrumb_of_an_html2text_page() -> None:
    """html2text writes a linked logo as [![alt](img)](href): rendered to its alt, no markup reaches the text
    and no 主送 is read from it."""
    doc = notice_parser.parse(
        (
            "[![越川省人民政府门户网站](http://www.example.gov.cn/images/logo.png)](http://www.example.gov.cn/)\n\n"
            "[首页](http://www.example.gov.cn/) > [政务公开](http://www.example.gov.cn/zwgk/) >\n"
            "[省政府文件](http://www.example.gov.cn/zwgk/szfwj/)\n\n* * *\n\n"
            "# 越川省人民政府办公厅关于印发越川省充电基础设施建设行动方案的通知\n\n越政办发〔2026〕33号\n\n"
            "各市、县（市、区）人民政府，省政府直属各单位：\n\n现将方案印发给你们。\n\n越川省人民政府办公厅\n\n2026年8月21日\n"
        ).encode(),
        name="x.md",
    )
    assert "![" not in doc.text and "](" not in doc.text
    assert doc.text.startswith("越川省人民政府门户网站\n")
    assert doc.notice.recipients == ["各市、县（市、区）人民政府", "省政府直属各单位"]
    assert doc.notice.doc_number == "越政办发〔2026〕33号"


def test_markdownify_escapes_of_every_punctuation_mark() -> None:
    """CommonMark lets any ASCII punctuation be escaped, and markdownify escapes more marks than html2text
    (\\~ \\& \\= \\< \\>): each renders as the mark itself."""
    from notice_parser.readers.markdown import render

    text = render("2026\\~2028年 A\\&B 比例1\\=1 \\<说明\\> 提高5\\% 1\\. 加快建设 \\*约束性")[0]
    assert text == "2026~2028年 A&B 比例1=1 <说明> 提高5% 1. 加快建设 *约束性"


# --- one-line headers and the plan's own title ---------------------------------------------------------------


def test_issuer_number_and_date_on_one_line() -> None:
    """An editor's export writes the 版头 and the 版记 as one line of cells (issuer, 文号, date 印发): the 文号
    is read from it, in a Markdown quote block or a plain text with wide gaps."""
    body = "\n\n## 一、稳定粮食生产\n\n- 全年粮食播种面积稳定在4.2万亩以上（牵头单位：镇农业综合服务中心）\n"
    n = _md(
        "# 峨塘镇2025年乡村振兴重点工作要点\n\n> 峨塘镇人民政府　峨府发〔2025〕3号　2025年2月18日印发  \n"
        "> 主送：各村（社区）党总支、村（居）委会，镇直各单位\n\n现将2025年重点工作要点印发如下。" + body
    )
    assert (n.title, n.doc_number) == ("峨塘镇2025年乡村振兴重点工作要点", "峨府发〔2025〕3号")
    n = _txt("青禾县2025年农业工作要点\n\n峨府发〔2025〕3号        2025年2月18日\n\n各乡镇：\n\n现印发如下。\n" + BODY)
    assert n.doc_number == "峨府发〔2025〕3号"
    # a row of a table, a sentence: no 文号 line
    n = _txt(
        "青禾县2025年农业工作要点\n\n1    县农业农村局    峨府发〔2025〕3号执行情况\n\n各乡镇：\n\n现印发如下。\n"
        + BODY
    )
    assert n.doc_number is None


def test_plan_title_opening_with_the_issuer_name() -> None:
    """The title's 《》 gives the plan's short name; the plan's own line under the signature opens with the
    issuer's name: that line is the plan_title. A line with more than a name before it is not."""
    head = (
        "禾湾区住房和城乡建设局\n禾住建发〔2025〕6号\n禾湾区住房和城乡建设局关于印发《2025年城镇老旧小区改造工作计划》的通知\n"
        "各街道办事处，局属各单位：\n现将《禾湾区住房和城乡建设局2025年城镇老旧小区改造工作计划》印发给你们。\n"
        "禾湾区住房和城乡建设局\n2025年2月26日\n"
    )
    n = _txt(head + "禾湾区住房和城乡建设局2025年城镇老旧小区改造工作计划\n为推进改造，制定本计划。\n" + BODY)
    assert n.plan_title == "禾湾区住房和城乡建设局2025年城镇老旧小区改造工作计划"
    n = _txt(head + "关于全面推进禾湾区2025年城镇老旧小区改造工作计划\n为推进改造，制定本计划。\n" + BODY)
    assert n.plan_title == "2025年城镇老旧小区改造工作计划"
