"""Responsibility vocabulary: role labels, role verbs, unit separators,
organ words and place suffixes.

A clause assigns roles in one of two notations:

* labelled: ``（牵头单位：X；责任单位：Y）`` — a label, a colon, a unit list;
* verb-marked: ``（X牵头，Y配合）`` — a unit list closed by a role verb.

Both tables are ordered longest first where it matters; the matcher takes
the longest entry that fits.
"""

from __future__ import annotations

from . import alternation

LEAD, RESPONSIBLE, SUPPORTING = "lead", "responsible", "supporting"

#: label (always followed by ：or :) → role
ROLE_LABELS: dict[str, str] = {
    "牵头单位": LEAD,
    "牵头部门": LEAD,
    "牵头考核单位": LEAD,
    "牵头考核部门": LEAD,
    "主责单位": LEAD,
    "主办单位": LEAD,
    "责任单位": RESPONSIBLE,
    "责任部门": RESPONSIBLE,
    "落实单位": RESPONSIBLE,
    "实施单位": RESPONSIBLE,
    "承办单位": RESPONSIBLE,
    "负责单位": RESPONSIBLE,
    "负责部门": RESPONSIBLE,
    "负责考核部门": RESPONSIBLE,
    "考核部门": RESPONSIBLE,
    "配合单位": SUPPORTING,
    "配合部门": SUPPORTING,
    "协办单位": SUPPORTING,
    "协同单位": SUPPORTING,
    "协作单位": SUPPORTING,
    "参与单位": SUPPORTING,
    "参加单位": SUPPORTING,
    "参与部门": SUPPORTING,
    # short labels: 牵头：X；配合：Y
    "牵头": LEAD,
    "责任": RESPONSIBLE,
    "负责": RESPONSIBLE,
    "配合": SUPPORTING,
    "参与": SUPPORTING,
    "协办": SUPPORTING,
    # a 建议/提案 交办 notice's roles: the 主办单位 handles the case and answers the deputy (two 主办 units
    # share it as 分办: each handles its part, both lead, as two 牵头单位 do); a 协办/会办 unit helps
    "主办": LEAD,
    "分办": LEAD,
    "会办": SUPPORTING,
    # a 督办通知单's 承办单位 cell: 牵头：X ⏎ 配合：Y ⏎ 落实：Z (the unit that carries it out where it is)
    "落实": RESPONSIBLE,
}

#: labels made by the small grammar <role word><body word>: 责任科室, 牵头处室,
#: 配合股室, 主责部门, 协同单位 … (explicit entries above win)
LABEL_ROLE_WORDS: dict[str, str] = {
    "牵头责任": LEAD,
    "牵头": LEAD,
    "主办": LEAD,
    "分办": LEAD,
    "主责": LEAD,
    "主要责任": RESPONSIBLE,
    "主体责任": RESPONSIBLE,
    "责任": RESPONSIBLE,
    "负责": RESPONSIBLE,
    "落实": RESPONSIBLE,
    "承办": RESPONSIBLE,
    "实施": RESPONSIBLE,
    "督办": RESPONSIBLE,
    "指导": LEAD,
    "配合": SUPPORTING,
    "协办": SUPPORTING,
    "会办": SUPPORTING,
    "协同": SUPPORTING,
    "协助": SUPPORTING,
    "协作": SUPPORTING,
    "参与": SUPPORTING,
    "参加": SUPPORTING,
    "支持": SUPPORTING,
}
#: (社区, 乡镇, 村: the places a street's or a county's notice makes answer for a task: 责任社区：东篱社区、…,
#: redteam12 meichuan)
LABEL_BODY_WORDS = (
    "单位",
    "部门",
    "科室",
    "处室",
    "股室",
    "机关",
    "机构",
    "主体",
    "部室",
    "处",
    "科",
    "社区",
    "乡镇",
    "村",
)
#: 主要负责单位, 具体实施单位, 主要配合部门; 整改责任单位, 整改牵头单位 (the labels of a 整改 plan's problem blocks)
LABEL_QUALIFIERS = ("主要", "具体", "其他", "整改")
for _role_word, _role in LABEL_ROLE_WORDS.items():
    for _body in LABEL_BODY_WORDS:
        ROLE_LABELS.setdefault(_role_word + _body, _role)
        for _qualifier in LABEL_QUALIFIERS:
            ROLE_LABELS.setdefault(_qualifier + _role_word + _body, _role)

#: labels inside a clause that assign no role to a unit: they end the part
#: before them and their own text is left to the deadline rules
NEUTRAL_LABELS = (
    "完成时限",
    "完成时间",
    "整改时限",
    "时间节点",
    "时限要求",
    "时限",
    "进度安排",
    "责任领导",
    "包保领导",
    "督导领导",
    "联系领导",
    "牵头领导",
    "分管领导",
    "督办领导",
    "责任人",
    "整改责任人",
    "联系人",
    "牵头领导小组",
)

#: every label of ROLE_LABELS and NEUTRAL_LABELS as one pattern, written by the grammar
#: that makes most of them (<qualifier>?<role word><body word>) and then the others: it
#: matches exactly these words (230 characters and 1 ms to compile, against 3,000 and 10 ms
#: for their alternation), but in no set order, so it is for a place where a delimiter no
#: label holds closes the label (a colon, a 】): only one label can end there.
_GRAMMAR_LABELS = {q + r + b for q in ("", *LABEL_QUALIFIERS) for r in LABEL_ROLE_WORDS for b in LABEL_BODY_WORDS}
LABEL_PATTERN = (
    f"(?:{alternation(LABEL_QUALIFIERS)})?(?:{alternation(LABEL_ROLE_WORDS)})(?:{alternation(LABEL_BODY_WORDS)})"
    f"|{alternation({*ROLE_LABELS, *NEUTRAL_LABELS} - _GRAMMAR_LABELS)}"
)

#: the bracket pairs (open, close) a clause may be written in: （牵头单位：X）, (X牵头),
#: 【牵头单位：X；配合单位：Y】, 〔责任单位：X〕, ［…］, 〖…〗
CLAUSE_BRACKETS = ("（）", "()", "【】", "[]", "〔〕", "［］", "〖〗")
#: the bracket pairs a label may be written in instead of before a colon: 【牵头单位】X, 〔配合单位〕Y
LABEL_BRACKETS = ("【】", "[]", "〔〕", "［］", "〖〗")

#: a unit's role marked inside a plain list, in any clause bracket after its name: 市环保局（牵头）,
#: 市教育局〔牵头〕, 市财政局（配合）; the mark → the unit's role (it wins over the list's label)
ROLE_MARKS: dict[str, str] = {
    "牵头": LEAD,
    "牵头单位": LEAD,
    "牵头部门": LEAD,
    "牵头负责": LEAD,
    "配合": SUPPORTING,
    "配合单位": SUPPORTING,
    "配合部门": SUPPORTING,
    "协办": SUPPORTING,
    "会办": SUPPORTING,
    "参与": SUPPORTING,
    # the unit that carries the task out where a guiding one leads it (各乡镇人民政府（落实）、县财政局（指导）)
    "落实": RESPONSIBLE,
    "负责": RESPONSIBLE,
    # a 交办 table's 主办单位 cell marking the units that share the case (县交通运输局（主办）、县公安局（分办）)
    "主办": LEAD,
    "分办": LEAD,
    # a unit that guides the task (市住房城乡建设局（指导）: redteam17 luze's 牵头/配合 cells), as "X指导" leads
    "指导": LEAD,
}

#: a document that marks co-leads one by one (县教体局（牵头）、县卫健委（牵头）): a mark then binds to the unit
#: before it only; in a document that never does, a mark closing a 、-run a ， (or the list's end) closes marks
#: the whole run (县农业农村局、县生态环境分局（牵头），相关乡镇人民政府配合 → two leads)
SEPARATE_MARKS = r"[（(](?P<mark>牵头|配合)[）)]、[^，,；;。\n（(]{2,30}[（(](?P=mark)[）)]"

#: verb closing a unit list → role (longest match wins)
ROLE_VERBS: dict[str, str] = {
    "为牵头单位": LEAD,
    "为牵头部门": LEAD,
    "为责任单位": RESPONSIBLE,
    "为责任部门": RESPONSIBLE,
    "为配合单位": SUPPORTING,
    "为配合部门": SUPPORTING,
    "牵头负责": LEAD,
    "分别牵头": LEAD,
    "共同牵头": LEAD,
    "主办": LEAD,
    "具体负责": RESPONSIBLE,
    "分别负责": RESPONSIBLE,
    "共同负责": RESPONSIBLE,
    "负总责": RESPONSIBLE,
    "分别配合": SUPPORTING,
    "共同配合": SUPPORTING,
    "牵头落实": LEAD,
    "牵头": LEAD,
    "指导": LEAD,
    "按职责分工负责落实": RESPONSIBLE,
    "按职责分工负责": RESPONSIBLE,
    "按照职责分工负责": RESPONSIBLE,
    "按职责负责": RESPONSIBLE,
    "分工负责": RESPONSIBLE,
    "负责落实": RESPONSIBLE,
    "分头落实": RESPONSIBLE,
    "具体落实": RESPONSIBLE,
    "组织实施": RESPONSIBLE,
    "负责实施": RESPONSIBLE,
    "落实": RESPONSIBLE,
    "负责": RESPONSIBLE,
    "按职责分工配合": SUPPORTING,
    "按职责配合": SUPPORTING,
    "配合": SUPPORTING,
    "参与": SUPPORTING,
    "参加": SUPPORTING,
    "协助": SUPPORTING,
    "协办": SUPPORTING,
    "会办": SUPPORTING,
    "分办": LEAD,
}

#: words that may stand between a unit list and its role verb, or between two
#: role verbs, without changing the role: 各部门按职能分工负责, X牵头负责,
#: Y、Z具体实施, 各乡镇负责配合; the ways a unit guides (市住建局业务指导, 技术指导,
#: 监督指导, 加强指导, 指导督促)
ROLE_MANNER = (
    r"(?:按照?|依照?|根据)(?:各自)?(?:职责|职能|分工|属地)(?:和|与)?(?:职责|职能|分工)?(?:分工)?"
    r"|分工|分别|共同|具体|积极|协同|统筹|组织|分头|主动|负责组织|做好|抓好"
    r"|加强|业务|技术|督促|监督|检查"
    # a unit that gives the role's help: 省生态环境监测中心提供技术指导 (lead, as 指导: redteam17 lingdong)
    r"|提供|给予"
    # what a verb may take after it without changing the role: 负责督导, 落实属地责任 (redteam10 qingyang, linjiang)
    r"|督导|属地责任|主体责任|监管责任"
)
#: role verbs that may chain with others (牵头负责, 负责配合, 配合落实, 具体实施);
#: in a chain a supporting verb wins over a lead verb over a responsible one
CHAIN_VERBS: dict[str, str] = {
    "牵头": LEAD,
    "牵总": LEAD,
    "抓总": LEAD,
    "主抓": LEAD,
    "主责": LEAD,
    "统筹": LEAD,
    "承担": RESPONSIBLE,
    "承办": RESPONSIBLE,
    "主办": LEAD,
    "指导": LEAD,
    "负总责": RESPONSIBLE,
    "负责": RESPONSIBLE,
    "落实": RESPONSIBLE,
    "实施": RESPONSIBLE,
    "推进": RESPONSIBLE,
    "配合": SUPPORTING,
    "参与": SUPPORTING,
    "参加": SUPPORTING,
    "协助": SUPPORTING,
    "协办": SUPPORTING,
    "会办": SUPPORTING,
    "分办": LEAD,
    # 协同 / 协调 close a helper's part (舟山海关协同, 省邮政管理局协调); 统筹协调 is a lead's
    "协同": SUPPORTING,
    "协调": SUPPORTING,
    "统筹协调": LEAD,
}

#: labels that introduce a sentence dividing a task among units in prose:
#: 责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施，区直有关部门配合
#: (职责分工 is left out: it heads a unit's standing duties, which are no clause)
DIVISION_LABELS = ("责任分工", "任务分工", "工作分工", "分工")
#: the verb that follows the units of one part of such a sentence
DIVISION_VERB = (
    r"(?:具体|全力|积极|共同|主动|协同|分别|业务)?"
    r"(?:负责|组织实施|牵头|配合|协助|参与|检查指导|业务指导|指导|作为业主单位|作为实施主体|各司其职|实施|落实)"
)
#: in a division part, 指导 anywhere makes a lead (负责检查指导); a phrase
#: that starts with one of these is supporting; 各司其职 takes the role of
#: the part after it (各司其职，协同配合); anything else is responsible
DIVISION_SUPPORTING = ("配合", "全力配合", "协同配合", "积极配合", "协助", "参与")
DIVISION_PENDING = ("各司其职",)
#: in a division part, these anywhere make a lead (负责检查指导); these at the start too (牵头抓好)
DIVISION_LEAD_ANYWHERE = ("指导",)
DIVISION_LEAD_START = ("牵头",)
#: manner words before a supporting verb (具体业务配合, 业务协助)
DIVISION_MANNER = ("具体", "业务")
#: an aside that offers an alternative unit is no unit (各片区开发管理局（或业主单位）)
ALTERNATIVE_WORDS = ("或",)

#: lead verbs that lead only when they close the chain: 市发改委统筹 (lead), but
#: 各区政府统筹负责 / 统筹推进 (responsible: the last verb decides)
WEAK_LEAD_VERBS = ("牵总", "抓总", "主抓", "主责", "统筹")
#: supporting verbs that help only when they close the chain and are its only role verb: 市商务局、舟山海关协同
#: (supporting), but 各区协同推进 (responsible: 协同 is the manner of 推进), 市生态环境局牵头协调 (lead),
#: 市交通运输局负责协调 (responsible: the verb before it decides)
WEAK_SUPPORTING_VERBS = ("协同", "协调")
#: verbs of a unit that oversees the one doing the task, written alone after its name: they lead, as 指导 does
#: (（各县市区政府负责，市发展改革委督导）, （各社区居委会负责，城市管理办公室督促）); after another role verb
#: they are its manner (县卫生健康局负责督导, 市住建局负责监督: responsible)
SUPERVISING_VERBS = ("督导", "督促")
#: a verb that closes a part of a clause and gives its unit no role: the discipline body's watch over the task
#: (党政办公室负责，纪工委监督 → 党政办公室 responsible, 纪工委 none: redteam12 wugang gold); the clause stands
ROLELESS_VERBS = ("监督",)
#: words before 组织 that make it a noun closing a unit's name, not the manner word of a verb after it
#: (辖区各党组织参与, 各社会组织配合; but 各乡镇组织实施, 县教育局组织落实)
ORGANISATION_KINDS = (
    "党", "社会", "群团", "群众", "行业", "中介", "自治", "经济", "合作", "公益", "慈善", "志愿服务", "志愿者",
    "民间", "社团", "基层",
)  # fmt: skip

#: a part of a bracketed clause that closes in a phrase of help instead of a role verb: the unit before it
#: supports the task (（各社区居委会负责，党政办公室提供信息化支持）, redteam10 nanhu; 市财政局给予资金保障;
#: a ministry's 部属单位: 部科学研究院提供技术支撑, redteam18 liangchubu; 国家信息中心提供数据支撑)
#: (配合做好技术保障 too: the helper's verb before it, redteam24 maoyuan)
SUPPORT_PHRASE = r"(?:负责|配合|协助)?(?:提供|给予|做好)\p{Han}{0,8}?(?:支持|保障|支撑)$"
#: the last words of SUPPORT_PHRASE, and the verb of DUTY_PHRASE: a part holding neither is read by neither
SUPPORT_PHRASE_ENDS = ("支持", "保障", "支撑")
DUTY_WORD = "负责"
#: the last character of an office's name (市财政局, 市发展改革委, 市政府办, 省交通运输厅 …), beside ORGAN_SUFFIXES: a later
#: part of a role label's list that reads <units>负责<task> (配合：市国资委，各县（市、区）人民政府负责本辖区清欠工作)
#: gives its units the duty, not the label's role
OFFICE_END_CHARS = ("局", "委", "办", "厅", "院", "所", "站", "队", "处", "科", "室", "会")
#: 负责 followed by one of these is a person (单位负责人, 主要负责同志), not a duty
DUTY_PERSON_NEXT = ("人", "同志")
#: 组织 after a kind of organisation ends its name (辖区各党组织参与), not a verb of the chain after it
ORGANISATION_WORD = "组织"
#: a part of a bracketed clause that closes in 负责 and the task word it answers for: the unit is responsible
#: (（市局办公室负责审核）, （市发展改革委负责汇总）: redteam12 linfeng, lanjiang golds)
DUTY_PHRASE = r"负责\p{Han}{1,4}$"

#: the document-wide convention that the first unit of a clause leads
FIRST_LISTED_LEADS = (
    r"(?:(?:列|排)(?:在|于|名)?(?:第一位|首位|第一|最前)(?:者|的|的单位|的部门)?"  # 列第一位者 / 排在首位的 / 排名第一的
    r"|(?:第一|首)(?:个|家)?(?:单位|部门)|(?:第一|首)(?:个|家))"  # 第一个单位 / 第一个
    r"(?:为|是|即为)牵头(?:单位|部门)"
    # the same said with the verb: 由清单所列第一责任单位牵头(，其他单位配合) (redteam24 fangchuan), 由排在第一位的
    # 单位牵头, 列第一位的部门牵头
    r"|(?:列|排)(?:在|于|名)?(?:第一位|首位|第一|最前)(?:个|家)?的?(?:责任|主责)?(?:单位|部门)牵头(?!单位|部门)"
)
#: a part of a clause that assigns no role but may sit in one: a time phrase
#: ends in or holds one of these (6月底前, 长期坚持, 2017年完成, 一季度见效)
NEUTRAL_PART_WORDS = (
    "底前",
    "底",
    "前",
    "月",
    "日",
    "年",
    "季度",
    "长期",
    "持续",
    "完成",
    "推进",
    "坚持",
    "取得",
    "见效",
    "开展",
    "启动",
    # at once, or for good, with no date (立行立改，长期坚持; 即知即改; 立即整改; 常态化推进)
    "立行立改",
    "即知即改",
    "边查边改",
    "立即",
    "常态化",
)
#: what a unit list of a clause written as a plain sentence never holds (市住房城乡建设局牵头，市财政局配合。
#: is a clause; 所需经费由市财政局负责。, 各城区要落实, 办公室设在市住建局，负责… are running text)
#: every role verb a plain-sentence clause may close a part with holds one of these (a quick test)
SENTENCE_CLAUSE_VERB_HINTS = ("牵头", "负责", "配合", "落实", "参与", "协助", "指导", "协同", "协调")
#: a plain-sentence clause that opens its item — nothing before it but the item's marker and a run-in title — and
#: whose time part names the work itself (市住房和城乡建设局牵头，各县（区）人民政府负责，2026年12月31日前完成年度老旧
#: 燃气管网改造240公里任务: redteam14 panjiang; 区应急管理局牵头，…，于2024年6月30日前制定…清单: redteam13 ruiyu) is
#: running text that opens the task (ANNOTATE: 由区财政局牵头…); after the task's own sentence it closes the task, a
#: clause, whatever its time part names (…杜绝“先分后混”。市城市管理局牵头，各县、区人民政府负责，第三季度完成车辆采购。:
#: qinzhou; xuyang, yunling). A run-in title is one phrase: it holds none of these marks of a task's sentence (parts,
#: a list, a number)
TASK_SENTENCE_MARKS = "，,；;、：:0123456789０１２３４５６７８９%％"
#: what a time part holds besides its date and time words (NEUTRAL_PART_WORDS) without naming any work: a quantity
#: of the task named before it (完成60%) and the words of its completion (全部建成, 建成投运, 落实到位)
PLAIN_TIME_PART_COMPLETION_WORDS = (
    "全部", "全面", "基本", "如期", "按期", "按时", "建成", "投运", "投用", "投产", "到位", "落实", "实施",
)  # fmt: skip
#: the characters of a date in such a part, not counted as its task's (digits, 年月日, 底前, 季度, 上中下旬 …)
PLAIN_TIME_PART_DATE_CHARACTERS = "0123456789０１２３４５６７８９年月日底前于至起末旬季度上中下半第"
#: the word that opens a plain-sentence clause's agent (由X牵头，Y负责…)
BY_WHOM_WORD = "由"
#: role words that close a line of a table's role cell its writer broke after a unit (市生态环境局配合)
#: a line of a role cell that names a group closes as a name does (市工信局⏎各基础电信企业⏎中国广电扬州分公司,
#: 市财政局⏎各有关部门): one that ends in one of these words …
CELL_LINE_GROUP_WORDS = ("企业",)
#: … or opens with one of these heads and ends in one of these bodies (各成员单位 after 市安委会 may be its own)
CELL_LINE_GROUP_HEADS = ("各有关", "各相关", "有关", "相关")
CELL_LINE_GROUP_BODIES = ("部门", "单位")
CELL_LINE_ROLE_ENDS = ("牵头", "配合", "落实", "负责", "协办", "协助", "参与")
#: how a 主送 line opens a recipient of its own (各…, 市直…, 县政府, 区委), so the line above is not its head
NEW_RECIPIENT_START = r"各|[省市县区](?:直|政府|委)"
#: a sentence after a plain-sentence clause that only points to the annex for the details; the clause before
#: it still closes the item (县农业农村局负责，县财政局、县水务局配合。具体任务详见附件重点任务清单。, redteam9 yunling)
ANNEX_POINTER_SENTENCE = (
    r"(?:具体|详细|有关|相关)?(?:任务|内容|措施|要求|安排|分工|指标|项目)?(?:详见|参见|另见|见)"
    r"(?:附件|附表|下表|表)[^。；;，,]{0,24}[。；;]?"
)
#: words of unit names that hold a character of SENTENCE_CLAUSE_STOPS and are no running text: 街道应急管理办公室牵头，…
#: (redteam12 wugang), 市对外贸易…, 所在乡镇人民政府, 为民服务中心
SENTENCE_CLAUSE_STOP_NAME_WORDS = ("应急", "对外", "所在", "为民")
SENTENCE_CLAUSE_STOPS = ("由", "要", "设在", "应", "须", "将", "把", "对", "向", "的", "在", "是", "为")
#: what a unit list of such a sentence never starts with: a causative or policy verb, whose object is the
#: units a task reaches, not the ones it is given to (鼓励金融机构积极参与。, 督促各县（市、区）人民政府抓好落实。,
#: 支持龙头企业牵头。), or 会同 (together with: 由市住建局牵头，会同市财政局组织实施, the lead's own task),
#: maybe after an adverb of degree (重点支持…, 积极引导…)
SENTENCE_CLAUSE_LEADING_STOPS = (
    "鼓励", "引导", "支持", "督促", "推动", "动员", "指导", "吸引", "请", "组织", "发动", "激励", "倡导", "号召",
    "促进", "帮助", "扶持", "要求", "责成", "推进", "带动", "会同",
)  # fmt: skip
#: adverbs that may stand before such a verb
SENTENCE_CLAUSE_LEADING_ADVERBS = ("重点", "积极", "大力", "继续", "进一步", "着力", "全力", "广泛", "充分", "主动")
#: a time phrase inside a piece that ends like a unit name: a report due to a unit (结果于9月中旬前报市政府,
#: 每季度末报送市发改委, 年底前报省厅) or a task (2025年8月底前上线运行), no unit list
TIME_IN_PIECE = r"[0-9０-９]{1,2}\s*[月日]|[年月]底|季度|季末|[上中下]旬|年内|月内"
#: a note that the clause holds for what follows ("以下同"), and its stem, which
#: may take a few characters after it ("下同", "下同此")
NEUTRAL_NOTES = ("以下同",)
NEUTRAL_NOTE_STEMS = ("下同",)
#: a standing rule: 以下均需试点城市政府落实，不再列出
STANDING_RULE = (
    r"以下(?:各项|所有)?(?:任务|工作|措施|事项)?(?:均|都|全部)?(?:需|由|须|要|需要)?"
    r"(?P<units>[^，,。；;]+?)"
    r"(?P<verb>(?:配合|协助|参与)?(?:负责落实|具体落实|落实|负总责|负责|牵头|配合)|(?:均)?(?:为|是)(?:责任单位|责任主体))"
    r"[，,]?(?:不再(?:一一)?列出|下同|不再重复)"
)

#: what closes a standing rule stated as a sentence (both patterns below end with it)
STANDING_CLOSE = r"不再(?:一一)?列出"
#: a standing rule stated as a sentence outside any clause, forward:
#: 各县（市、区）人民政府是各项任务的责任主体，以下不再列出
STANDING_SUBJECT = (
    r"(?P<units>[^，,。；;：:\s]{2,40}?)"
    r"(?:(?:是|为)(?:以下)?(?:落实|实施|推进|承担)?(?:以下)?(?:各项|所有)?(?:任务|工作|措施)?的?"
    r"(?:责任主体|落实主体|实施主体|责任单位)|负责落实|负总责|负责)"
    r"[，,]?(?:以下|下文)(?:均)?" + STANDING_CLOSE
)
#: a standing rule of the clause form (STANDING_RULE) stated as a sentence of its own, outside any clause
#: bracket: 以下各项任务均需各县（市、区）人民政府落实，不再列出；以下任务均由各乡镇（街道）负责落实，不再一一列出
STANDING_RULE_SENTENCE = (
    r"以下(?:各项|所有)?(?:任务|工作|措施|事项)?(?:均|都|全部)?(?:需|由|须|要|需要)?"
    r"(?P<units>[^，,。；;：:\s]{2,40}?)"
    r"(?P<verb>(?:配合|协助|参与)?(?:负责落实|具体落实|落实|负总责|负责|牵头|配合)|(?:均)?(?:为|是)(?:责任单位|责任主体))"
    r"[，,]?" + STANDING_CLOSE
)
#: a standing rule that reaches back: 以上任务各县（市、区）人民政府均为责任单位，不再一一列出
STANDING_ABOVE = (
    r"以上(?:各项)?(?:任务|工作|措施)?(?:均需|均由|均)?(?P<units>[^，,。；;：:\s]{2,40}?)(?:均为|均是|为)?"
    r"(?P<label>责任单位|牵头单位|配合单位|责任主体|落实)[，,]?" + STANDING_CLOSE
)

#: separators between units of one list (和/及 are decided by shape)
UNIT_SEPARATORS = "、，,；;/／"
CONJUNCTIONS = ("以及", "会同", "和", "及", "与", "同")

#: words that close an organisation name; a conjunction joins two units only
#: when the part before it ends in one of these
ORGAN_SUFFIXES = (
    "委员会",
    "管委会",
    "办公室",
    "办公厅",
    "领导小组",
    "工作组",
    "专班",
    "中心",
    "政府",
    "党委",
    "部门",
    "单位",
    "地区",
    "机构",
    "企业",
    "公司",
    "集团",
    "银行",
    "支行",
    "分行",
    "协会",
    "学会",
    "联合会",
    "研究所",
    "研究院",
    "实验室",
    "大学",
    "学院",
    "医院",
    "成员单位",
    "乡镇",
    "街道",
    "指挥部",
    "机关",  # 市纪委监委机关, 市直机关
    "总局",
    "总署",
    "总队",
    "支队",
    "大队",
    "委",
    "局",
    "厅",
    "部",
    "办",
    "院",
    "会",
    "署",
    "处",
    "站",
    "所",
    "队",
    "行",
    "社",
    "团",
    "室",
    # a bureau's section (区卫生健康局老龄健康科指导, 由区卫生健康局中医科牵头: redteam14 sutang; 市容环卫科); 学科, 专科 and
    # 全科 are no units, but they stand before no role verb of a clause
    "科",
    "组",
    "校",
    "馆",
    "台",
    "庭",
    "联",  # people's bodies: 妇联, 残联, 工商联, 文联, 侨联 (MASS_BODIES)
    # state farms (a 、-run's organ is no farm's: 桐溪山林场、溪口镇人民政府); not 场 alone (县市场和质量监管局)
    "林场",
    "农场",
    "牧场",
    "渔场",
    "茶场",
    "苗圃",
    "团中央",  # 共青团中央
)

#: group heads written after 等: "X、Y等有关部门" keeps 有关部门 as its own group
GROUP_TAILS = (
    "国务院有关部门和单位",
    "国务院相关部门和单位",
    "有关部门和单位",
    "相关部门和单位",
    "国务院相关部门",
    "国务院有关部门",
    "省直有关部门",
    "省直相关部门",
    "市直有关部门",
    "市直相关部门",
    "县直有关部门",
    "区直有关部门",
    "省有关部门",
    "市有关部门",
    "省直部门",
    "市直部门",
    "县直部门",
    "区直部门",
    "区直相关部门",
    "有关部门",
    "相关部门",
    "有关单位",
    "相关单位",
    "有关地区",
    "相关地区",
    "各地区",
)

#: the distributive prefix of a group (各县区政府) and the word that closes a
#: list (A、B等), as the unit rules use them
EACH_WORD = "各"
ETC_WORD = "等"
#: prefixes a 、-run of places shares like 各: 有关区、市政府 → 有关区政府, 有关市政府
SHARED_GROUP_PREFIXES = ("各有关", "各相关", "各", "有关", "相关")

#: a bare body word after 和/及 that completes a group rather than naming a
#: unit: 各有关部门和单位, 国务院相关部门和单位
GENERIC_BODIES = ("单位", "部门", "机构", "企业", "组织", "团体", "个人")

#: level prefixes a list may write once for all its items (区教育局、卫生健康局 →
#: 区卫生健康局); only a bare department name takes it back
LEVEL_PREFIXES = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州", "旗", "盟", "镇", "乡")
#: the owner a department's notice writes before its own sections (市局垃圾分类办、市容环卫科 → 市局市容环卫科;
#: 厅自然生态保护处; 局农田建设管理科: redteam12 linfeng, redteam4 sichuan, redteam6 qujing golds): a list that writes it
#: once gives it back to the bare sections after it
INTERNAL_OWNERS = ("市局", "县局", "区局", "省厅", "厅", "局")
#: the endings of a department's own sections, which take its owner back
INTERNAL_SECTION_ENDINGS = ("办公室", "科", "处", "室", "股", "办", "中心", "大队", "支队", "站", "所")
#: departments of a party committee: a list that writes the committee once (市委组织部、宣传部、统战部) gives it back
#: to them (市委宣传部, 市委统战部), and to no government department (市委组织部、财政局 keeps 财政局)
PARTY_DEPARTMENTS = (
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    "编办",
    "网信办",
    "政研室",
    "政策研究室",
    "农办",
    "外办",
    "台办",
    "老干部局",
    "巡察办",
    "机要局",
    "保密办",
    "督查室",
    "改革办",
    "深改办",
    "直属机关工委",
    "党史研究室",
    "党校",
    "社会工作部",
)
#: a body that names no one without its owner's name before it: a line of a table cell that opens with one goes on
#: with the line above when that line closes with an owner (市委<br>宣传部 → 市委宣传部; 市政府⏎办公室 → 市政府办公室),
#: where two lines that each close a unit are two units elsewhere (市委⏎市政府)
OWNED_BODY_HEADS = (*PARTY_DEPARTMENTS, "办公室", "办公厅")
BODY_OWNER_ENDS = ("委", "政府", "常委会", "政协")
#: … and a branch named by its place alone (柏坪分局: the 分局 of the organ on the line above, 市生态环境局⏎柏坪分局 →
#: 市生态环境局柏坪分局, redteam18 baiping; 市税务局⏎城南分局; 市公积金管理中心⏎某县分中心): the branch's word and the
#: ending of the organ it is a branch of; the place before the branch's word is at most this long and no organ's
BRANCH_OF = {"分局": "局", "分中心": "中心", "分公司": "公司", "分院": "院"}
BRANCH_PLACE_MAX = 4
#: bodies that belong to the unit written before them (市公安局及各分局 → 市公安局各分局; 市自然资源和规划局及其派出机构
#: → 市自然资源和规划局派出机构): written after 和/及 or 、 with 其 or 各 before them, they are that unit's (not 派出所: the
#: police's, standing alone after a town's bodies, STANDALONE_OFFICE_WORDS)
SUBORDINATE_BODIES = (
    "分局",
    "派出机构",
    "直属单位",
    "下属单位",
    "所属单位",
    "直属机构",
    "分支机构",
    "基层所",
    "基层站所",
)
#: the word that points back to the unit before it (X及其派出机构, X及其有关部门)
SUBORDINATE_POINTERS = ("其",)
#: levels a list lends to none of its bare names (街道经济服务中心、社会事业局): given back only by the rule every
#: level shares, to a name the document writes with it in a list (街道社会事业局; units._given_level), since a 局
#: after 街道 is most often the district's (街道办事处、应急管理局 → 应急管理局)
WRITTEN_LEVEL_PREFIXES = ("街道",)
#: groups of places that start a new name after a line break (a table cell's paragraphs:
#: 街道综合行政执法局⏎各社区（村）); internal bodies (各处室, 相关企业) do not
PLACE_GROUP_HEADS = ("各社区", "各村", "各乡镇", "各乡", "各镇", "各街道", "各县", "各区", "各市", "各片区", "各园区")
#: endings of a department of a government (the names that drop the prefix)
DEPARTMENT_ENDINGS = ("委员会", "管理局", "办公室", "局", "厅", "委", "办", "署")
#: the fields of government departments: a list item made of one of these and
#: a department ending (卫生健康局, 工业和信息化厅, 地方金融监管局) is a department
#: of the level written on the list's first item; any other name (山东银保监局,
#: 中铁济南局) takes the prefix only when the document writes it so elsewhere
#: words that may stand between a department's field and its ending (卫生健康管理局, 政务服务局)
DEPARTMENT_FIELD_LINKS = ("管理", "服务", "监督", "工作", "事务")
#: the heads of a group of cadres each assigned to a place (各包村领导, 各包片领导, 各驻村干部: a 镇's 包村 system,
#: redteam18 kepingxian): listed as a 责任单位 it is a group, as 包村干部 is, not a person's post
CADRE_GROUP_HEADS = ("各包村", "各包片", "各包组", "各包点", "各驻村")
#: the posts of people: a name that closes with one, or with one and a person's name of two or three characters
#: (常务副县长周立新), names a person, who is no unit (分管副县长牵头 → no unit; ANNOTATE: a 牵头领导 is no unit), and
#: an aside that does (县住建局（局长李四）) is no part of the unit's name
PERSON_POSTS = (
    "县长", "市长", "区长", "省长", "州长", "旗长", "镇长", "乡长", "书记", "主任", "局长", "厅长", "部长", "处长",
    "科长", "所长", "站长", "主席", "组长", "秘书长", "助理", "常委", "委员", "负责人", "责任人", "联系人", "领导",
    "同志",
)  # fmt: skip
#: the posts a person's name may follow (周立新 after 常务副县长), and what after one of them is no person's name
PERSON_NAMED_POSTS = (
    "县长", "市长", "区长", "省长", "州长", "镇长", "乡长", "书记", "主任", "局长", "厅长", "部长", "处长", "科长", "主席",
    "助理",
)  # fmt: skip
NOT_PERSON_NAMES = ("热线", "信箱", "专线", "电话", "接待日", "基金")
#: what a 、-run of department fields written short shares with its last item (商务、教育、卫生健康、民政部门 →
#: 商务部门, 教育部门, 卫生健康部门, 民政部门: redteam12 jiangxi; 县发改、财政、住建局 → 县发改局, 县财政局, 县住建局)
FIELD_RUN_ENDINGS = ("行政主管部门", "主管部门", "部门", "委员会", "管理局", "局", "厅", "委")
#: levels written as words that a 、-run of them shares the body after the last with (设区市、县级燃气主管部门 →
#: 设区市燃气主管部门, 县级燃气主管部门: redteam12 jiangxi)
RUN_LEVEL_WORDS = ("设区市", "省级", "市级", "县级", "区级", "乡镇级", "乡级", "镇级")
#: bodies written short that are no department's field (DEPARTMENT_FIELDS) and no place: in a 、-run before a
#: street or a town they share no place suffix (消防、交警、供电、东城街道负责 → 消防, 交警, 供电, 东城街道), as a
#: field written short does (公安、城管、东城街道); the people's bodies and the companies of a town's run among them
SHORT_BODY_NAMES = (
    "消防", "交警", "交管", "交巡警", "治安", "边防", "供电", "供水", "燃气", "电力", "电信", "移动", "联通", "铁塔",
    "广电", "邮政", "快递", "团委", "共青团", "妇联", "工会", "残联", "科协", "侨联", "文联", "工商联", "红十字会",
    "关工委", "宣传", "组织", "统战", "政法", "纪委", "纪检", "监委", "综治", "武装", "人武", "环卫", "市容", "园林",
    "绿化", "公路", "路政", "运管", "海事", "渔政", "房管", "物业", "国土", "城投", "融媒体", "卫生院", "学校",
)  # fmt: skip
DEPARTMENT_FIELDS = (
    "发展改革",
    "发展和改革",
    "发改",
    "经济和信息化",
    "经信",
    "工业和信息化",
    "工信",
    "科技",
    "科学技术",
    "教育",
    "教育体育",
    "教体",
    "公安",
    "民政",
    "司法",
    "财政",
    "人力资源社会保障",
    "人力资源和社会保障",
    "人社",
    "自然资源",
    "自然资源和规划",
    "规划",
    "规划资源",
    "国土资源",
    "生态环境",
    "环保",
    "环境保护",
    "住房城乡建设",
    "住房和城乡建设",
    "住建",
    "城乡建设",
    "建设",
    "交通运输",
    "交通",
    "水利",
    "水务",
    "农业农村",
    "农业",
    "农业农村和水利",
    "林业",
    "林业和草原",
    "畜牧",
    "畜牧兽医",
    "海洋",
    "海洋发展",
    "海洋渔业",
    "商务",
    "文化和旅游",
    "文化旅游",
    "文旅",
    "文化广电旅游",
    "文广旅",
    "文化广电和旅游",
    "卫生健康",
    "卫健",
    "卫生计生",
    "卫计",
    "退役军人事务",
    "应急管理",
    "应急",
    "审计",
    "国资",
    "国有资产监督管理",
    "市场监管",
    "市场监督管理",
    "市场监督",
    "市监",
    "体育",
    "统计",
    "医保",
    "医疗保障",
    "信访",
    "城市管理",
    "城管",
    "城管执法",
    "综合执法",
    "行政执法",
    "行政审批",
    "审批服务",
    "数据资源",
    "大数据",
    "政务服务",
    "政务服务和大数据",
    "机关事务",
    "地方金融监管",
    "金融",
    "金融工作",
    "外事",
    "侨务",
    "民族宗教",
    "粮食和物资储备",
    "粮食",
    "能源",
    "物价",
    "税务",
    "人防",
    "民防",
    "气象",
    "地震",
    "档案",
    "网信",
    "编",
    "法制",
    "研究",
    "督查",
    "经济发展",
    "社会事业",
    "党建",
    "妇联",
    "残联",
    "总工会",
    "工商",
    "质监",
    "食药监",
    "安监",
    "政府",
    "人民政府",
)
#: a bare department name of at most this many characters (商贸局, 文广新局,
#: 环土局) takes the list's level unless it names a province or a city
#: (山东银保监局); a longer one only when its field is listed above or the
#: document writes it with the level elsewhere
SHORT_DEPARTMENT_MAX = 5
#: words that show a name carries its own place or owner and stands alone
STANDALONE_MARKS = ("各", "有关", "相关", "国家", "国务院", "中国", "中共", "中央", "全国", "共青团", "团")
#: words made with a level character that are no place (住房和城乡建设局, 市场监管局)
LEVEL_CHAR_WORDS = (
    "城乡",
    "市场",
    "市容",
    "市政公用",
    "市政园林",
    "市政工程",
    "城市",
    "都市",
    "超市",
    "区域",
    "社区",
    "园区",
    "景区",
    "县域",
    "省级",
    "市级",
    "区级",
    "县级",
    "乡村",
    "乡镇",
    "城镇",
    "村镇",
    "州级",
    # owned by a level (区属国有企业, 市属国企): no department of that level, so a clause that names one lends
    # the level to none of its departments (财政局（牵头）、区属国有企业参与 keeps 财政局, redteam9 qingxi)
    "省属",
    "市属",
    "区属",
    "县属",
    # within a level (区内重点企业, 市内各银行): no department of it either, so 牵头单位：应急管理办公室；参与单位：…、区内
    # 重点企业 lends 区 to none (redteam12 tongjiang)
    "省内",
    "市内",
    "区内",
    "县内",
    "镇内",
    "乡内",
)
#: where two names written without a separator meet (区经发局区环土局): the
#: first ends like an organ, the next starts with a level prefix
CONCAT_ORGAN_ENDS = ("局", "委", "办", "厅", "政府", "中心", "公司", "集团", "党委", "党工委", "管委会")

#: zone words a 、-run of zone names shares with its last item:
#: 金井、澳前片区开发管理局 → 金井片区开发管理局, 澳前片区开发管理局
ZONE_WORDS = ("高新区", "经开区", "开发区", "保税区", "试验区", "示范区", "片区", "园区", "新区", "景区")

#: organs of a zone (新区党工委、管委会), not of a county or a town: a group of levels does not give them its places
ZONE_ORGANS = ("管委会", "党工委")
#: the level a zone's name closes with: in a notice a zone's body issued, it is no level of the issuer's own
#: bureaus (written bare: 经济发展局), so a list does not lend it (区数据局、规划建设局 keeps 规划建设局)
ZONE_LEVELS = ("区",)

#: the levels of one character a department may be written after alone, next to a unit that writes its place
#: (磐城区人民政府、区住建局 → 磐城区住建局; 市 is left: a county-level city's 市 is rarely written so)
SIBLING_PLACE_LEVELS = ("区", "县", "镇", "乡")

#: place suffixes, for elliptical coordination (秦州、麦积区委 → 秦州区委)
PLACE_SUFFIXES = ("自治州", "自治县", "自治区", "新区", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道")
#: what the two or three characters after a post (PERSON_NAMED_POSTS) end with when they close a place, not a
#: person's name: 西安市长安区 is 西安市 + 长安区, 某县长岭乡 某县 + 长岭乡, not 市长/县长 + a name
PERSON_NAME_PLACE_ENDINGS = (*PLACE_SUFFIXES, "村", "嘎查")

#: the words after a 、-list of levels that make it one group: 市、县两级政府, 省、市、县三级财政部门
LEVEL_TIER_WORDS = ("两级", "三级", "四级", "五级", "各级")

#: the suffixes a place of one character may take in a list (浚县、淇县人民政府 → 浚县人民政府, 淇县人民政府), when
#: the division table knows the name (城区, 郊区 are words too)
ONE_CHARACTER_PLACE_SUFFIXES = ("县",)

#: organ words that follow a place name: 区委, 县政府, 市人民政府
PLACE_ORGANS = ("人民政府", "党委", "政府", "党工委", "管委会", "委", "人大", "政协")

#: the organ of a sub-county office, shared by a 、-run of bare places only after a place suffix (街道):
#: 三水、罗塘、天目山街道办事处 → 三水街道办事处, 罗塘街道办事处, 天目山街道办事处
RUN_OFFICE_ORGANS = ("办事处", "办")  # (街道办: 办 after 街道)
#: the suffixes of a town or a street a 、-run of bare place names shares with no organ after it:
#: 三水、罗塘街道 → 三水街道, 罗塘街道; 梁徐、娄庄镇 → 梁徐镇, 娄庄镇
RUN_TOWN_SUFFIXES = ("街道", "镇", "乡")
#: a branch of a company named by its place, shared by a 、-run of bare company names before it when the
#: document writes the place as a place: 电信、移动、联通姜堰分公司 → 电信姜堰分公司, 移动姜堰分公司, 联通姜堰分公司
RUN_BRANCH_WORDS = ("分公司", "分行", "支行", "营业部")

#: leading words that are not part of a unit name
UNIT_PREFIX_NOISE = ("由", "请", "均由", "分别由")
#: trailing words that are not part of a unit name
#: (等行政执法部门, 等成员单位: the kind of the units listed before it, no unit of its own — unlike 等有关部门,
#: a group: GROUP_TAILS)
UNIT_SUFFIX_NOISE = (
    "等单位",
    "等部门",
    "等行政执法部门",
    "等执法部门",
    "等职能部门",
    "等监管部门",
    "等成员单位",
    "等",
)

#: a bare body of a level below the county written after a 各 group, in a 、 or 和 list, shares its 各:
#: 各镇人民政府、街道办事处 → 各街道办事处; 各乡镇、街道 → 各街道 (a bare 街道办事处 names no one office).
#: Such a body is one of these levels with one of the organs after it, or none
EACH_SHARING_LEVELS = ("乡镇", "街道", "乡", "镇", "村", "社区")
EACH_SHARING_ORGANS = ("人民政府", "政府", "办事处", "党委", "党工委", "居委会", "村委会", "办")
#: the 各 of a group of a kind of institution (辖区各, 全区各, 各) is shared by a bare kind after it in a 、-run:
#: 辖区各中小学、幼儿园 → 辖区各中小学, 辖区各幼儿园 (redteam9 binhu, redteam10 nanhu); a group that is no kind keeps
#: the kind after it bare (各社区居委会、物业服务企业 → 物业服务企业, nanhu)
EACH_SHARING_HEADS = ("辖区各", "全区各", "全市各", "全县各", "全镇各", "街道各", "各")
EACH_SHARING_KINDS = (
    "中小学", "中小学校", "学校", "幼儿园", "托育机构", "医院", "医疗机构", "医疗卫生机构", "卫生院", "卫生室",
    # the primary care bodies of a level (各社区卫生服务中心、镇卫生院 → 各镇卫生院: redteam14 sutang)
    "社区卫生服务中心", "社区卫生服务站", "镇卫生院", "乡镇卫生院", "乡卫生院", "村卫生室",
    "养老机构", "企业", "物业服务企业", "物业企业", "物业公司", "物业服务公司", "单位", "公共机构", "党组织",
    "社会组织", "商户", "经营户", "餐饮单位", "农贸市场", "商场", "超市", "宾馆", "酒店", "网点", "快递网点",
    # a zone's, a town's or a bureau's own bodies (各局、中心 → 各中心: redteam18 kunping's 管委会; 各科室、站所)
    "局", "中心", "处室", "科室", "股室", "站所",
)  # fmt: skip

#: a group with no level of its own begins with these (有关部门, 相关行业主管部门)
LEVELLESS_GROUP_HEADS = ("有关", "相关")
#: bodies below the county that a bare department name never is (村委会, 街道办)
SUB_COUNTY_WORDS = ("村", "街道")

#: people's bodies every level has: a list of one level gives it to them (镇规划建设环保站、妇联、团委 → 镇妇联, 镇团委)
MASS_BODIES = ("妇联", "团委", "残联", "总工会", "工会", "科协", "侨联", "文联", "工商联")
#: the levels below the county, and the endings of their offices: a list of such a level gives it to an office
#: with no level of its own (镇农业综合服务中心、社会事务综合服务中心 → 镇社会事务综合服务中心; 镇规划建设环保站、财政所 → 镇财政所);
#: 街道 is given back only to a name the document writes with it (WRITTEN_LEVEL_PREFIXES)
SUB_COUNTY_LEVELS = ("镇", "乡")
SUB_COUNTY_OFFICE_ENDINGS = ("中心", "所", "站", "办", "队")
#: words of a company, a brand or a vertically managed office: a name holding one stands alone and takes no
#: level from a town's list (镇人民政府、国网供电所、中国移动营业厅; 派出所 is the county police's, 税务所 the tax bureau's)
STANDALONE_OFFICE_WORDS = (
    "海事",  # a maritime safety administration is the ministry's (峤南海事局 takes no 省 from 省商务厅: redteam12 qiaonan)
    "国网",
    "国家电网",
    "南方电网",
    "供电",
    "电力",
    "中国移动",
    "移动",
    "电信",
    "联通",
    "铁塔",
    "广电网络",
    "邮政",
    "公安",
    "派出所",
    "交警",
    "税务",
    "海关",
    "烟草",
    "银行",
    "信用社",
    "农商行",
    "保险",
    "公司",
    "营业厅",
    "燃气",
)
#: the marks round a name written in a list (市教育局、…; （责任单位：市教育局）), not in prose (根据市教育局《…》):
#: only a level written so is given back to the document's bare name (教育局 → 市教育局)
LIST_MARKS_BEFORE = ("、", "，", ",", "；", ";", "：", ":", "（", "(", "和", "及")
LIST_MARKS_AFTER = ("、", "，", ",", "；", ";", "）", ")", "和", "及", "牵头", "负责", "配合")


#: a joint office's party committee (委 of 区委) and government (政府, 人民政府) words (_joint_office)
JOINT_OFFICE_PARTY = "委"
JOINT_OFFICE_GOVERNMENTS = ("人民政府", "政府")

#: the scopes a run of fields is written under besides a level (各省级商务主管部门会同本地区发展改革、交通运输、
#: 市场监管部门 → 本地区发展改革部门 …: redteam11 shangwubu-2025; 同级财政、审计部门; 当地公安、消防部门)
RUN_SCOPES = ("本地区", "本辖区", "本级", "同级", "当地", "所在地", "属地", "地方", "各地", "各级")
#: a conjunction that never stands inside a unit's name (会同: together with), so that it joins a unit to the
#: scoped run of fields after it (和/及 stand inside names: 工业和信息化局)
JOINING_ONLY_CONJUNCTIONS = ("会同",)
