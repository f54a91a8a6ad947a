"""Words of the official-document frame (GB/T 9704): what a title ends with,
how a document number looks, the footer lines, and the page boilerplate that
crawlers and repositories wrap around a notice.
"""

from __future__ import annotations

from .roles import PARTY_DEPARTMENTS

#: genre words a title ends with (before an optional "（2021-2023年）")
TITLE_GENRES = (
    "通知",
    "意见",
    "实施意见",
    "指导意见",
    "方案",
    "实施方案",
    "工作方案",
    "计划",
    "行动计划",
    "办法",
    "规划",
    "措施",
    "若干措施",
    "政策措施",
    "细则",
    "评分表",
    "考核表",
    "考评表",
    # a table that is the notice, exported from an online document or a sheet: its name is its title
    # (福屿区2025年民生实事项目推进任务台账; …重点任务分工表, …责任分解表, …项目推进表, …一览表)
    "台账",
    "分工表",
    "任务表",
    "分解表",
    "推进表",
    "一览表",
    "政策",
    "若干政策",
    "清单",
    "要点",
    "规定",
    "决定",
    "批复",
    "报告",
    "通报",
    "函",
    "纲要",
    "指南",
    "标准",
    "技术要求",
    "指标",
    "条例",
    "公告",
    # a form that is the notice (督办通知单, 督办单, 交办单, 督办卡): FORM_TITLES
    "通知单",
    "督办单",
    "交办单",
    "催办单",
    "督办卡",
    "通知书",
)

#: a form's name standing alone as its title (督 办 通 知 单 under the organ's masthead 某市人民政府督查室): the title is
#: the name, the organ's line above it is no part of it (redteam24 fengqi gold: 督办通知单)
FORM_TITLES = frozenset(
    {
        "督办通知单", "督办单", "督查通知单", "督查督办单", "督办通知书", "督办函", "催办单", "催办通知单", "交办单",
        "交办通知单", "交办函", "任务交办单", "提示函", "提醒函", "整改通知书", "整改通知单", "督办卡", "交办卡",
    }
)  # fmt: skip

#: what a title's last line starts with when the title broke right after the genre word of the name it
#: issues (关于印发某市2025年大气污染防治工作方案 ⏎ 的通知): the line above is no title of its own
TITLE_TAIL_LEAD = "的"
#: the marks closing the issued document's name, which a title line may start with before 的:
#: 关于印发《某市…三年行动计划 ⏎ （2025—2027年）》的通知
TITLE_NAME_CLOSES = '》〉”"'
#: verbs by which a notice issues the document it encloses: 关于印发《X》的通知
ISSUING_VERBS = ("印发", "转发", "颁布", "发布", "下达", "下发")
#: how a reprinting page's lead line ends before the document it reprints (近日，X印发《Y》（文号），全文如下：; a WeChat
#: article writes 全文如下↓↓↓, its arrows dropped first: LEAD_POINTERS)
REPRINT_LEAD_ENDS = ("如下：", "如下:", "如下")
#: marks a WeChat article draws after such a lead and before the document's title (全文如下↓↓↓ ⏎ ▲ 某方案)
LEAD_POINTERS = "↓⬇👇▼▲►■◆●"
#: the verbs of a covering sentence that hands the enclosed document on:
#: 现将《X》印发给你们, 《X》已经市政府同意，现转发给你们
COVER_VERBS = ("印发", "转发", "下发")
#: the word that makes it the notice's own act, now: 现将《X》…, 《X》…现印发
COVER_NOW = "现"
#: what may stand between 现 and the verb when 《X》 comes before them: 《X》…，现予印发
COVER_NOW_FORMS = ("现", "现予", "现予以")
#: what follows the verb when 《X》 came before it: the verb hands 《X》 on (现印发给你们, 现予印发，请…),
#: not an object of its own (根据《条例》…，现下发防汛工作要求如下)
COVER_AFTER = ("给", "，", "。", "；", "")
#: characters right before a 《X》 that make it one of a list (现将《A》和《B》印发): no single plan
LIST_BEFORE = ("和", "及", "、", "与", "，")
#: what an 附件： line writes when there is no attachment (附件：无): no title
NO_ATTACHMENT_WORDS = ("无", "暂无", "（无）", "(无)", "略")
#: an editor's note after an attachment's title, in brackets, that is no part of it: 附件：X重点项目表（略）
ATTACHMENT_NOTES = ("略", "从略", "此处略", "另发", "另附", "附后", "另行印发", "单独印发", "另行发文", "不公开")
#: a pointer after an attachment's title, in brackets, to where it is (a workbook's other sheet, a page): no part of
#: it either: 附件：X台账（见“任务台账”工作表）, X（详见附表）, X（见第3页）
ATTACHMENT_POINTERS = ("见", "详见", "参见")
#: the genres of a covering notice: …印发X的通知
COVER_GENRES = ("通知", "通报", "决定", "函")
#: the genres of a title that its 主送 line follows (…的通知各区县人民政府：) on a
#: line that lost its line breaks
ADDRESSED_GENRES = (*COVER_GENRES, "意见", "批复", "通告")
#: the genres of a title that its 文号 follows on such a line (…的通知X政发〔2021〕5号)
NUMBERED_GENRES = ("通知", "意见", "方案", "决定", "办法", "规划", "计划")
#: the genres of an enclosed plan's title that its first heading follows on
#: such a line (…实施方案一、总体要求)
PLAN_GENRES = ("方案", "计划", "意见", "办法", "措施", "要点", "规划", "细则", "规定")
#: the word after the issuer in a title: 国务院办公厅关于…
ABOUT_WORD = "关于"
#: the last word of the print footer: 山东省人民政府办公厅2019年3月15日印发
IMPRINT_WORD = "印发"

#: the character a document number ends with, its serial's (国发〔2018〕42号): a line without it holds none
DOC_NUMBER_END = "号"
#: the brackets round a document number's year, as regex class bodies: 〔2018〕, [2017], ［2017］, 【2017】,
#: (2017), （2017）, and the small and white lenticular forms crawled pages carry: ﹝2024﹞, 〖2024〗
DOC_NUMBER_OPENS = r"〔\[［【(（﹝〖"
DOC_NUMBER_CLOSES = r"〕\]］】)）﹞〗"
#: a document number: 国办发〔2018〕128号, 市委发[2017]30号
DOC_NUMBER = (
    r"""
    [\p{Han}A-Za-z]{1,12}                 # issuer code and kind: 国办发, 皖政办秘
    ["""
    + DOC_NUMBER_OPENS
    + r"""]\s*(?:19|20|１９|２０)\d{2}\s*["""
    + DOC_NUMBER_CLOSES
    + r"""]   # year in its brackets (\d is any digit, full-width too)
    \s*第?\s*\d{1,5}\s*"""
    + DOC_NUMBER_END
    + """                    # serial number, sometimes 第42号
"""
)
#: the character a written date ends with, its day's (2021年9月2日, 二〇一七年七月五日): a line without
#: it holds no date
DATE_END = "日"

#: lines that belong to the page or repository, never to the notice
BOILERPLATE_PREFIXES = (
    "来源",
    "【法宝引证码】",
    "法宝引证码",
    "原文链接",
    "http://",
    "https://",
    "www.",
    "发布时间",
    "发布日期",
    "浏览次数",
    "字号",
    "【字体",
    "打印",
    "关闭窗口",
    "扫一扫",
    "分享到",
    "责任编辑",
    "更多信息",
    "长按",
    "信息来源",
    "索引号",
    "主题分类",
    "成文日期",
    "发文机关",
    "点击",
    "【打印",
    "【关闭",
    "签发人：",
    "签发人:",
    "编辑：",
    "编辑:",
    "审核：",
    "审核:",
    "校对：",
    "作者：",
    "作者:",
)
#: repository front matter: 【发布部门】…【发文字号】…【发布日期】2015.02.12【时效性】现行有效
#: (a clause label in 【】 — 【责任单位】市发改委, 【完成时限】2024年底前 — is no metadata)
FRONT_MATTER = r"^【(?![^】]*(?:单位|部门|处室|科室|时限|完成时间|时间节点|责任人|领导)】)[^】]{2,8}】"
#: metadata fields that carry a notice field when the document itself does not (发文日期: a docs tool's 发文信息
#: callout, 飞书's > 📌 文号：… ⏎ > 发文日期：…)
META_DATE_FIELDS = ("成文日期", "发布日期", "印发日期", "发文日期")
META_NUMBER_FIELDS = ("发文字号", "文号")
META_TITLE_FIELDS = ("标题", "文件标题", "文件名称", "题名")
#: the filler fields of a list or table filled in as a form (a 任务清单 or 统计表 printed from a spreadsheet:
#: 填报单位（盖章）：X　填报日期：2026年12月2日　单位：个): its issuer and its date where the document has no
#: signature (redteam20 tayuan)
FORM_ISSUER_FIELDS = ("填报单位", "填表单位", "报送单位", "填报部门", "报送部门", "制表单位", "编制单位")
FORM_DATE_FIELDS = ("填报日期", "填表日期", "报送日期", "制表日期", "填报时间", "报送时间", "编制日期")
#: seal remarks under a signature, not issuers: a bracketed note ending in one of these words —
#: （盖章）, （公章）, X市农业农村局（代章）, a line （X市发展和改革委员会代章） under the issuer it seals for
SEAL_WORDS = ("盖章", "代章", "印章", "签章", "公章")
#: the first words of a sub-office, never a separate issuer: 农业农村部办公厅
#: (a party committee's departments, PARTY_DEPARTMENTS, are its sub-offices too: 中共某市委 组织部)
#: (and a party committee's own committees and leading groups: 中共芳川县委 审计委员会办公室 is one issuer, the county
#: committee's audit committee's office: redteam24 fangchuan)
PARTY_COMMITTEE_BODIES = (
    "审计委员会", "全面依法治", "全面深化改革委员会", "财经委员会", "外事工作委员会", "国家安全委员会",
    "网络安全和信息化委员会", "机构编制委员会", "军民融合发展委员会", "农村工作领导小组", "巡察工作领导小组",
    "教育工作领导小组", "社会工作委员会", "政法委员会", "纪律检查委员会",
)  # fmt: skip
SUB_UNIT_HEADS = (
    "办公厅", "办公室", "机关", "党组", "直属", "派出", "分局", "总队", "机构编制", *PARTY_DEPARTMENTS,
    *PARTY_COMMITTEE_BODIES,
)  # fmt: skip
#: a table of contents
CONTENTS_WORDS = ("目录", "目 录", "目　录")
BOILERPLATE_CONTAINS = ("二维码", "公众号", "阅读原文", "网络红页", "微信号")
#: page chrome words that are verbs or words of the body too: where a line that lost its breaks runs on past one
#: into the body (。打印票证等, 。关闭取缔…), it is the body's word, not a page's button (打印本页 and 【打印】 are only
#: chrome; 微信 alone is a share button, but 微信公众号 a word of the body: shandong-2023 在官方网站、微信公众号…开辟展播专区)
CHROME_VERBS = frozenset({"打印", "关闭", "收藏", "纠错", "微信", "微博"})

#: the label of the recipients' line (主送：各区县人民政府)
RECIPIENTS_WORD = "主送"
#: lines that close the body: attachments, print footer, publication notes
#: the publication note under the signature (GB/T 9704 附注), sometimes on the date's own line
PUBLICATION_NOTES = (
    "（此件公开发布）",
    "(此件公开发布)",
    "（此件主动公开）",
    "(此件主动公开)",
    "（此件不公开）",
    "（此件依申请公开）",
)
FOOTER_PREFIXES = (
    "抄送",
    RECIPIENTS_WORD + "：",
    *PUBLICATION_NOTES,
    "此件公开发布",
)
#: the marks above the red header (GB/T 9704 版头): 密级 (机密★1年, 绝密★启用前) and 紧急程度 (特急); the
#: 份号 is a line of COPY_NUMBER_DIGITS digits (000123)
SECRECY_WORDS = ("绝密", "机密", "秘密")
#: the star between a 密级 and its period (机密★1年), as exports write it
SECRECY_STAR = "★☆*＊"
URGENCY_WORDS = ("特急", "加急", "特提", "平急")
COPY_NUMBER_DIGITS = 6
FOOTER_SUFFIXES = ("印发", "翻印")
#: a gazette's running header, printed above the title on its first page and on every page after (a
#: pdftotext dump of a 政府公报 issue): the gazette's name (江临省人民政府公报, 国务院公报: a short line ending in
#: GAZETTE_NAME_END, no year, no 关于) and the issue line (2025年第7期, 第7期, 总第1234期, 2025年第7期（总第1234期）)
GAZETTE_NAME_END = "公报"
GAZETTE_NAME_MAX = 16
GAZETTE_ISSUE = r"(?:(?:19|20)\d{2}年)?(?:第\d{1,4}期|第[一二三四五六七八九十〇]{1,4}期)?[（(]?(?:总第\d{1,5}期)?[）)]?"
#: the head of the attachments (附件：…, 附件2), and of the tables enclosed
#: with a plan (附表：1、…推进计划表); ATTACHMENT_WORD is either, as a regex (a line that
#: starts with none of ATTACHMENT_WORDS holds no match of it at its start)
ANNEX_WORD = "附件"
ENCLOSED_TABLE_WORD = "附表"
ATTACHMENT_WORDS = (ANNEX_WORD, ENCLOSED_TABLE_WORD)
ATTACHMENT_WORD = "(?:" + "|".join(ATTACHMENT_WORDS) + ")"
#: the short label of an attachment list, with its colon: 附：2025年全市生态环境主要指标分解表
ANNEX_SHORT_WORD = "附"
#: characters after 附件 in prose about the attachments, not an annex head
#: running into its title: 附件的, 附件中, 附件所列, 附件下载
ATTACHMENT_PROSE_NEXT = ("的", "中", "所", "下")

#: words that make a line an organisation list (主送机关)
ORG_HINTS = (
    "各",
    "政府",
    "部门",
    "单位",
    "委",
    "局",
    "厅",
    "办",
    "机构",
    "院",
    "会",
    "公司",
    "党委",
    "部",
    "署",
    "处",
    "室",
    "组",
    "兵团",
    "企业",
    "集团",
    "学校",
    "银行",
    "医院",
    "中心",
    "党组",
)

#: organ words a hard-wrapped 主送 line may break inside (市政府各部 ⏎ 门、各直属机构：; 开发区管委 ⏎ 会): a line that
#: ends in the word's head and a line that starts with its rest are one name
SPLIT_ORGAN_WORDS = (
    "部门",
    "委员会",
    "管委会",
    "办公室",
    "办公厅",
    "人民政府",
    "政府",
    "机构",
    "单位",
    "街道办事处",
    "办事处",
)
#: how an attachment's title ends (附件：X重点任务分工 ⏎ 表: a hard-wrapped line that broke before its last word)
ATTACHMENT_TITLE_ENDS = (
    "表",
    "清单",
    "名单",
    "目录",
    "指南",
    "方案",
    "细则",
    "办法",
    "标准",
    "手册",
    "图",
    "汇编",
    "计划",
)
#: sentence openers that show a line is prose, not an address line
PROSE_OPENERS = ("为", "根据", "现将", "按照", "经", "近年来", "为了", "当前", "今年", "在", "以", "对")

#: the red header (版头) line ends in 文件: 甘肃省人民政府文件
MASTHEAD_SUFFIXES = ("文件", "文件）")

#: how an issuer ends, to split joint issuers written together in a title
#: (a 街道's and a zone's own organs too: 中共X街道工作委员会X街道办事处, 中共X工委X管委会; a 人大's standing
#: committee, whose 常委|会 is no cut: 某某县人大常委会办公室 is one issuer)
ISSUER_ENDS = (
    "委", "政府", "中央", "部", "院", "署", "局", "厅", "委员会", "常委会", "办公厅", "办公室", "办事处", "管委会",
)  # fmt: skip
#: what a party committee's name opens with before its place (中共某县委): joint issuers glued in a signature
#: share their place after it (中共某县委某县人民政府)
PARTY_PREFIX = "中共"

#: the signer, written after the 文号 on the same line: 国发〔2018〕42号  签发人：李克强
SIGNER_WORDS = ("签发人", "签发")

#: a crawler's or exporter's key-value header above the body (``标题: …``,
#: ``发布时间: …``) or YAML front matter: the field names whose value can
#: stand in for a notice field the body does not give, in order of trust
#: (an export's YAML spells them in English: doc_no, publisher, pub_date)
KV_TITLE_FIELDS = ("标题", "题名", "文件名称", "文件标题", "名称", "title")
KV_DATE_FIELDS = (
    "成文日期", "印发日期", "发文日期", "签发日期", "发布日期", "发布时间", "公布日期", "日期", "date", "pub_date",
    "pubdate", "published",
    # a reader service's Markdown (Title: ⏎ URL Source: ⏎ Published Time: ⏎ Markdown Content:), a clipper's
    # metadata (publishedTime): the key as read, its padding dropped
    "publishedtime", "published_time", "pub-date", "publish_date", "publish-date",
    # a static site's or CMS export's front matter (Hugo publishDate, publish_time, release_date, issue_date)
    "publishdate", "publishtime", "publish_time", "release_date", "issue_date",
)  # fmt: skip
#: English month names as a reader service or a feed writes a header's date (Published Time: Tue, 06 May 2025
#: 01:00:00 GMT; Date: May 6, 2025): the first three letters, in the months' order
ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
KV_NUMBER_FIELDS = (
    "发文字号", "文号", "文件编号", "发文号", "doc_no", "docno", "doc_number", "file_no", "doc-number", "doc-no",
    "document_number",
    # pandoc's title block: the 文号 written as the subtitle under the title (taken only when it reads as a 文号)
    "subtitle", "副标题",
)  # fmt: skip
KV_ISSUER_FIELDS = (
    "发文机关",
    "发文单位",
    "发布机构",
    "发布单位",
    "发布部门",
    "制发机关",
    "issuer",
    "publisher",
    "issued_by",
    # an exporter's or reader view's author line (YAML author:, Readability's Byline:): an issuer only when it
    # names an organ (a person's name is dropped by the header)
    "author",
    "byline",
)
#: what separates a page title from the site's name and channel (a regex): X的通知_市政府办文件_江州市人民政府,
#: X | 某市人民政府, X - 中国政府网, X——某某网
SITE_TITLE_SEPARATORS = r"\s*(?:[_|｜]|\s[-–—―]\s|——|――|--)\s*"
#: a header's publisher that names a website, not an organ (publisher: 某市人民政府门户网站, 发布机构：…政务网): no issuer
SITE_NAME_ENDS = ("门户网站", "网站", "政务网", "信息网", "客户端", "公众号", "融媒体中心")
#: other field names of such headers: they carry no notice field
KV_OTHER_FIELDS = (
    "栏目",
    "原文链接",
    "官方链接",
    "链接",
    "网址",
    "本地目录",
    "来源",
    "信息来源",
    "索引号",
    "主题分类",
    "主题词",
    "层级",
    "类型",
    "分类",
    "状态",
    "有效性",
    "时效性",
    "实施日期",
    "生效日期",
    "失效日期",
    "浏览次数",
    "所属机构",
    "体裁分类",
    "url",
    "urlsource",
    "source_url",
    "sourceurl",
    "source",
    "tags",
    "category",
    # a reader view's or crawl-to-Markdown tool's other header lines (Readability: Title/Byline/Site Name/Excerpt;
    # Jina Reader: Markdown Content; Firecrawl's metadata: sourceURL, description, language), key padding dropped
    "sitename",
    "site_name",
    "excerpt",
    "description",
    "language",
    "lang",
    "markdowncontent",
)
#: the rule that closes a key-value header: ==== 正文 ====, ----, ***
KV_RULE = r"^[ \t]*(?:[=\-—_*#]{3,}[ \t]*(?:正文|内容|全文|body)?[ \t]*[=\-—_*#]*|(?:正文|全文)[：:]?)[ \t]*$"

#: site chrome of a crawled page that a flattened page keeps inside the body
#: line: breadcrumbs, page stamps, share buttons, source and download lines.
#: Each pattern matches one stretch of chrome; a line made only of chrome is
#: page boilerplate, and a collapsed line is cut around it.
CHROME_PATTERNS = (
    # breadcrumb: 当前位置：首页 > 政务公开 > 文件 (or the crumbs run together)
    r"(?:当前位置|您当前所在位置|您当前位置|当前所在位置|您的位置|您现在的位置|您所在的位置|所在位置|当前页面)\s*[：:]?\s*"
    r"(?:网站首页|首页|主页)[^\s]*(?:\s*[>＞»›/]\s*[^\s>＞»›/]+)*",
    # a bare breadcrumb, no label before it (a crawl-to-Markdown page's crumb links rendered: 首页 > 政务公开 >
    # 通知公告, 网站首页»信息公开): the home crumb and one more at least, each a channel's short name (ten characters at most) with no
    # sentence punctuation (the last may be the page's title: X关于…的通知), the run ended by a blank or the
    # line's end. A body sentence that tells the reader where to click (依次点击首页>办事服务>技能补贴栏目在线提交
    # 申请，…; 点击“首页>办事服务>技能补贴”栏目) runs on past its last crumb: no breadcrumb
    r"(?:网站首页|首页|主页)(?:\s*[>＞»›]\s*(?:[^\s>＞»›。，,；;：:！!？?、（）()“”\"‘’【】\[\]]{1,10}"
    r"|[^\s>＞»›。，,；;！!？?]{2,120}?(?:通知|通告|公告|意见|方案|办法|规定|决定|通报|批复|函|规划|细则|计划|要点"
    r"|报告|条例|纲要|措施|清单|指引|指南|决议|命令)(?:[（(][^（）()\s]{1,16}[）)])?))+(?=\s|$)",
    # page stamp: 时间：2023-10-28 08:53, 发布日期：2023/10/28
    r"(?:发布|更新|发稿)?(?:时间|日期)\s*[：:]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
    r"(?:发布|更新)?(?:时间|日期)\s*[：:]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?",
    # share and page buttons
    r"(?:分享到\s*[：:]?|微信|微博|QQ空间|QQ好友|朋友圈|今日头条|腾讯微博|新浪微博)"
    r"(?:\s*(?:微信|微博|QQ空间|QQ好友|朋友圈|今日头条|腾讯微博|新浪微博))*",
    r"[【\[]?(?:打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|纠错)[】\]]?"
    r"(?:\s*[【\[]?(?:打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|纠错)[】\]]?)*",
    r"[【\[]?(?:字号|字体)\s*[：:]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?"
    r"(?:\s*[】\]])?",
    # a bare page stamp (a date and a clock time) before other chrome or alone on its line: 2025-09-19
    # 16:02 来源：中国政府网 (the article's date line as a browser prints it)
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?=\s*(?:来源|信息来源|文章来源|【|字号|字体|浏览|阅读|分享|作者|编辑|$))",
    r"扫一扫在手机(?:上)?(?:打开|查看)(?:当前页|本页)?",
    r"(?:浏览次数|阅读次数|访问次数|点击次数|点击数|点击量|阅读量|浏览量|访问量|浏览数|阅读数)\s*[：:]\s*\d+",
    r"(?:作者|编辑|责任编辑|审核|校对|撰稿|供稿|摄影)\s*[：:]\s*[^\s：:]{1,20}",
    # source line: 来源：中国平潭 (up to the next space)
    r"(?:来源|信息来源|文章来源)\s*[：:]\s*[^\s：:【\[]{1,30}",
    # download list: 附件下载 X.pdf Y.docx
    r"附件下载\s*[：:]?(?:\s*[^\s]{1,80}?\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et))*",
)

#: genre words that make a page heading a notice's title (a crawled page's <h1>, a
#: WeChat article's title): anywhere in the heading, or at its end (…的通知（2024年修订）)
PAGE_TITLE_GENRES = (
    "通知", "通告", "公告", "意见", "方案", "办法", "规定", "决定", "通报", "批复", "函", "规划",
    "细则", "计划", "要点", "报告", "条例", "纲要", "措施", "清单", "指引", "指南", "决议", "命令",
)  # fmt: skip

#: the property lines a docs platform's Markdown export writes under the title (📄 来源：公文库 ｜ 最后编辑：X
#: 2026-12-03 16:42, 🏷️ 标签：…; Notion's Created: / Tags: / Status:, 语雀's 作者： / 更新于：, Confluence's
#: Created by / Last updated): a line that opens with one of these names and a colon (after the emoji the
#: platform puts before it, if any) is the export's, no part of the title above the 文号
EXPORT_META_KEYS = (
    "来源", "文档来源", "标签", "最后编辑", "最近编辑", "最后修改", "最后更新", "更新时间", "更新于", "修改时间",
    "编辑时间", "创建时间", "创建于", "创建人", "创建者", "作者", "所有者", "负责人", "阅读", "阅读量", "浏览",
    "状态", "分类", "目录", "所属目录", "知识库", "空间", "原文", "原文链接", "字数", "版本",
    "created", "created time", "created by", "last edited", "last edited time", "last edited by", "last updated",
    "last modified", "updated", "tags", "tag", "owner", "status", "author", "source", "category", "type", "url",
    "aliases", "version",
)  # fmt: skip
#: the longest name before a colon that an emoji-led property line may carry when its name is none of
#: EXPORT_META_KEYS (📅 发布：…, 👤 经办：…)
EXPORT_META_LABEL_MAX = 6

#: a bulletin's or minutes' masthead (版头) above its title, in place of a 文号 (督查通报 第12期, 会议纪要
#: 〔2026〕第19期, 工作简报 2026年第3期（总第45期）): the genre its name line ends with (磐江市人民政府督查室 ⏎
#: 督 查 通 报; 某市人民政府常务会议纪要; 政务信息); 公报 is a gazette's (GAZETTE_NAME_END), which reprints
#: documents with their own 文号
BULLETIN_GENRES = (
    "简报",
    "通报",
    "纪要",
    "专报",
    "快报",
    "动态",
    "要情",
    "参阅",
    "通讯",
    "周报",
    "月报",
    "信息",
    "摘报",
)
#: the longest name line of such a masthead (organ and genre glued: 某某县安全生产委员会办公室工作简报)
BULLETIN_NAME_MAX = 30
#: its issue line, compacted: 第12期, 〔2026〕第19期, 2026年第3期, 第3期（总第125期）, 总第45期, and the minutes that
#: number like a 文号 without its code: 〔2026〕5号
#: the characters such an issue line ends with (a line holding neither is no issue line: a quick test)
BULLETIN_ISSUE_ENDS = ("期", "号")
BULLETIN_ISSUE = (
    r"(?:(?:[" + DOC_NUMBER_OPENS + r"](?:19|20)\d{2}[" + DOC_NUMBER_CLOSES + r"]|(?:19|20)\d{2}年)?"
    r"第[0-9０-９一二三四五六七八九十百〇零]{1,5}期(?:[（(]总第[0-9０-９]{1,6}期[）)])?"
    r"|总第[0-9０-９]{1,6}期"
    r"|[" + DOC_NUMBER_OPENS + r"](?:19|20)\d{2}[" + DOC_NUMBER_CLOSES + r"]第?[0-9０-９]{1,4}[期号])"
)
#: what a bulletin's compiler writes after its name beside the date (某市人民政府办公室编 2026年11月20日)
BULLETIN_COMPILER_ENDS = ("编印", "编发", "主办", "印发", "编")
#: the distribution line that stands for a 主送 where a document has none (a 纪要's 版记: 分送：…, 发送：…)
DISTRIBUTION_WORDS = ("分送", "发送")
#: the fields of a meeting's information block (时　　间：…, 参会单位：…, 列席：…): their colon closes no 主送
MEETING_FIELDS = (
    "时间", "地点", "主持", "主持人", "参会单位", "参会人员", "参加人员", "出席", "出席人员", "列席", "列席人员",
    "记录", "记录人", "请假", "缺席", "会议时间", "会议地点", "会议主持", "与会单位", "与会人员",
)  # fmt: skip

#: an OA system's routing form (发文稿纸, 发文处理笺, 签发单) printed as the first page above the notice: how its
#: title line ends (某街道办事处发文稿纸, 发 文 处 理 笺, 公文签发单, 发文审批表)
OA_FORM_NAME_ENDS = (
    "稿纸", "发文稿", "处理笺", "处理单", "处理签", "发文笺", "发文单", "审批单", "审批表", "审签单", "呈批表",
    "拟稿单", "签发单", "签发稿", "签发笺",
)  # fmt: skip
#: the label cells of such a form (签  发⇥同意印发。, 文    号⇥X〔2026〕58号, 主    送⇥…): a row holding one is the
#: form's, and the form ends where two lines running hold none
OA_FORM_FIELDS = (
    "签发", "签发人", "签批", "会签", "会稿", "核稿", "核稿人", "核发", "审核", "审核人", "审核意见", "审签", "复核",
    "拟稿", "拟稿单位", "拟稿部门", "拟稿人", "主办单位", "主办处室", "承办单位", "经办人", "联系电话", "缓急",
    "紧急程度", "密级", "文号", "发文字号", "标题", "文件标题", "主送", "主送机关", "抄送", "抄送机关", "分送",
    "附件", "印发份数", "份数", "打字", "校对", "印制", "印刷", "印发日期", "成文日期", "发文日期", "公开属性",
    "公开方式", "是否公开", "主题词", "办公室意见", "领导批示", "部门意见",
)  # fmt: skip
#: the rows of such a form the notice's fields are read from, each field's labels in the order asked
OA_FORM_TITLE_FIELDS = ("标题", "文件标题")
OA_FORM_NUMBER_FIELDS = ("文号", "发文字号")
OA_FORM_RECIPIENT_FIELDS = ("主送", "主送机关")
#: words a masthead's name line holds between the organ glued before it and its genre, which the organ's end
#: never cuts (中共某县委常委会会议纪要: 县委, not 县委常委; 某县人民政府县长办公会议纪要: 政府, not 县长办)
MEETING_NAME_WORDS = ("会议", "办公", "常委会", "党组会", "党委会")
#: the staff a bulletin's compiler line names beside the date (某办公室编　签发：张三　2026年5月8日): no organ
BULLETIN_STAFF_LABELS = ("签发", "签发人", "主编", "责任编辑", "编辑", "审核", "审签", "核稿", "校对")
#: a property line a wiki writes without a name and a colon (Confluence: Created by 张三, last modified on Dec 03,
#: 2026; 由张三创建, 最后修改于十二月 03, 2026): one of these words, spaces dropped, case folded
EXPORT_META_LINE_WORDS = ("createdby", "lastmodifiedon", "lastmodifiedby", "lastupdatedby", "最后修改于", "最后更新于")
#: how a lead-in line ends before its colon (会议议定如下：, 现将会议议定事项纪要如下：, 经研究，议定以下事项：): a
#: sentence that opens a list, never a 主送 line, though it names an organ's word (会议, 委)
LEAD_IN_ENDS = ("如下", "如下事项", "以下事项", "下列事项", "以下意见")

#: the labels of a portal page's 信息公开 box (索引号：| X | 主题分类：| Y ⏎ 发文字号：| Z | 成文日期：| W): a short table
#: whose cells label two or more is page metadata, not a task table (pipeline._is_metadata_box)
PORTAL_METADATA_LABELS = frozenset(
    ("索引号", "主题分类", "发文机关", "发布机构", "成文日期", "发布日期", "发文字号", "文号")
)

#: what a date cell of a one-line header may end in besides 印发 (2025年2月18日发布)
RELEASE_WORDS = ("发布", "印")
#: a routing form's 附件 cell: a count of copies or pages (1份, 共3页, 2件), not a title
COPY_COUNT = r"共?[0-9０-９一二三四五六七八九十]{1,3}(?:份|件|页|张)"
