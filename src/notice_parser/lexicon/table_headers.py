"""Words that name the columns of a task table (整改清单, 任务分工表, 考核细则).

A header cell is compared after :func:`header_key`: whitespace, bracketed
asides ("牵头单位（部门）") and trailing colons removed. It is classified by
:func:`classify_header`, in this order:

1. an exact entry of :data:`EXACT_HEADERS`;
2. a deadline word (:data:`DEADLINE_WORDS`: 完成时限, 时间节点 …);
3. a role: the header names a body (:data:`BODY_WORDS`: 单位, 部门 …) and a
   role word (:data:`ROLE_WORDS`, first match wins, so 牵头考核单位 is lead);
   a header that names only a person (责任领导, 责任人) is ``"ignore"``;
4. a task word (:data:`TASK_WORDS`); its position in that list is the
   column's rank, and the best-ranked task column gives the measure heading
   (整改任务 beats 整改措施 beats 考核项目 beats 考核指标 …).

Kinds: ``"task"``, ``"lead"``, ``"responsible"``, ``"supporting"``,
``"deadline"``, ``"ignore"`` (known, carries nothing: 序号, 分值, 备注, a
person), or None (not a header word).

>>> classify_header("负责考核部门")
('responsible', 0)
>>> classify_header("牵头单位（部门）")
('lead', 0)
>>> classify_header("责任领导")
('ignore', 0)
>>> classify_header("整改时限")
('deadline', 0)
>>> classify_header("考核项目")[0], classify_header("考核指标")[0]
('task', 'task')
>>> classify_header("考核项目")[1] < classify_header("考核指标")[1]
True
>>> classify_header("2018年7月底前修订完善乡镇河长制工作考核方案。")
(None, 0)
"""

from __future__ import annotations

import re

from ..compiled import re_compile

#: Headers whose meaning is fixed whatever the rules below would say.
EXACT_HEADERS: dict[str, str] = {
    "序号": "ignore",
    "编号": "ignore",
    "分值": "ignore",
    "各项分值": "ignore",
    "分数": "ignore",
    "权重": "ignore",
    "备注": "ignore",
    "任务来源": "ignore",
    "来源": "ignore",
    "依据": "ignore",
    "政策依据": "ignore",
    "文件依据": "ignore",
    "说明": "ignore",
    "评分标准": "ignore",
    "考核方式": "ignore",
    "责任领导": "ignore",
    "牵头领导": "ignore",
    "责任人": "ignore",
    "联系人": "ignore",
    "联系电话": "ignore",
    "牵头单位": "lead",
    "牵头部门": "lead",
    "牵头考核单位": "lead",
    "牵头考核部门": "lead",
    "主办单位": "lead",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "落实单位": "responsible",
    "负责考核部门": "responsible",
    "负责单位": "responsible",
    "承办单位": "responsible",
    "主体责任单位": "responsible",
    "配合单位": "supporting",
    "配合部门": "supporting",
    "协办单位": "supporting",
    "会办单位": "supporting",
    "分办单位": "lead",
    "参与单位": "supporting",
    "参加单位": "supporting",
    # a division-of-labour column: its cells name the roles themselves
    # ("牵头：市教育局；配合：市财政局"); a plain list in it is responsible
    "责任分工": "responsible",
    "职责分工": "responsible",
    "任务分工": "responsible",
    "分工": "responsible",
    "责任主体": "responsible",
    # a role word alone: the sub-header of a merged 责任单位 / 责任部门 header (责任单位 over 牵头 | 配合)
    "牵头": "lead",
    "主办": "lead",
    "配合": "supporting",
    "协办": "supporting",
    "会办": "supporting",
    "分办": "lead",
    "参与": "supporting",
    "协助": "supporting",
    "负责": "responsible",
    "主责": "lead",
}

#: A header with one of these is a time column.
DEADLINE_WORDS = ("时限", "时间", "期限", "时间节点", "节点", "完成时", "日期", "时序", "进度安排")

#: A role header names a body …
BODY_WORDS = ("单位", "部门", "处室", "科室", "股室", "站所", "机构", "主体")
#: … or a department's internal division by its last character (责任科, 牵头处, 责任股; 责任科（室）
#: and 牵头处（室） come here with their aside cut off by :func:`header_key`)
DIVISION_HEADER_ENDS = ("科", "处", "股", "室")
#: … and says its role; the first word found decides.
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("牵头", "lead"),
    ("主办", "lead"),
    ("配合", "supporting"),
    ("协办", "supporting"),
    ("会办", "supporting"),
    ("分办", "lead"),
    ("协助", "supporting"),
    ("协同", "supporting"),
    ("参与", "supporting"),
    ("参加", "supporting"),
    ("责任", "responsible"),
    ("负责", "responsible"),
    ("落实", "responsible"),
    ("承办", "responsible"),
    ("实施", "responsible"),
    ("主责", "lead"),
    ("考核", "responsible"),
)
#: A header that names only a person carries no unit.
PERSON_WORDS = ("领导", "责任人", "负责人", "联系人", "姓名")
#: … and so does one that closes in a person's title whatever body it names first (部门负责人, 单位负责人,
#: 牵头单位分管领导, 责任单位联系人: a head or contact of the unit; a 交办 table's 领衔代表, 提案人, 提出人, 提案委员),
#: unless it joins a unit to the person (责任单位及责任人, 牵头单位/责任人: the cell names the unit too)
PERSON_ENDS = (*PERSON_WORDS, "代表", "提案人", "提出人", "提案者", "委员")
PERSON_JOINS = ("及", "和", "与", "、", "/", "／")

#: Task-column words, best first: the heading comes from the best-ranked one.
TASK_WORDS = (
    "整改任务",
    "工作任务",
    "重点任务",
    "主要任务",
    "具体任务",
    "目标任务",
    # a 工作要点's division-of-labour list names its tasks as work (重点工作, 主要工作, 工作要点)
    "重点工作",
    "主要工作",
    "具体工作",
    "工作要点",
    "任务",
    "整改措施",
    "工作措施",
    "具体措施",
    "主要措施",
    "重点措施",
    "政策措施",
    "措施",
    "举措",
    # a 建议/提案 交办 table names each case (建议名称, 提案题目, 案由): the case is the task it assigns
    "建议名称",
    "提案名称",
    "建议题目",
    "提案题目",
    "案由",
    "考核项目",
    "工作事项",
    "事项",
    "整改内容",
    "工作内容",
    "考核内容",
    "考核要点",
    "任务内容",
    "内容",
    "考核指标",
    "整改要求",
    "工作要求",
    "整改目标",
    "项目",
    "指标",
    "存在问题",
    "反馈问题",
    "问题",
)

#: A task column whose header names the problem found (问题描述, 存在问题, 反馈问题, 问题表现) in an 整改清单:
#: its cells state the status quo, so their figures and times are no targets or time limits
#: (…仍有12处违建未拆除, 一季度仅为82.6%); a header that also names what is to be done is none
#: (问题及整改措施, 整改问题和目标)
PROBLEM_HEADER_WORD = "问题"
PROBLEM_HEADER_NOT_WORDS = ("措施", "任务", "目标", "要求", "举措", "情况")


#: A column that reports how far the work has got (完成情况 | 已整改41宗，正在推进): its cells state the status quo,
#: as the problem column does, so their figures and times are no targets or time limits (redteam18 gantang T4:
#: 已整改41宗, 已恢复920亩, 按月推进; the writer's "progress numbers that are not targets"). Only a header that
#: says the work's state (情况, 进展 of the work or of the 整改, 当前/目前 …): a task-assignment table's 进度, 完成进度,
#: 整改进度, 进度安排 or bare 进展 column holds the plan (2025年6月底前完成50%，12月底前全部完成; 按季度推进，全年完成
#: 3000人), whose times and figures are the task's time limits and targets
PROGRESS_HEADERS = frozenset(
    {
        "完成情况",
        "进展情况",
        "推进情况",
        "落实情况",
        "整改情况",
        "整改进展",
        "整改进展情况",
        "工作进展",
        "工作进展情况",
        "目前进展",
        "当前进展",
        "当前进度",
        "目前进度",
        "实际进度",
        "截至目前进展",
        "进展情况说明",
        "整改完成情况",
        "整改落实情况",
        "工作推进情况",
    }
)


def problem_header(text: str) -> bool:
    """Does a header name an 整改清单's problem column, or a column that reports progress (:data:`PROGRESS_HEADERS`)?

    >>> problem_header("问题描述"), problem_header("存在问题"), problem_header("问题及整改措施")
    (True, True, False)
    >>> problem_header("完成情况"), problem_header("整改进展"), problem_header("完成时限")
    (True, True, False)
    """
    key = header_key(text)
    if key in PROGRESS_HEADERS:
        return True
    return (
        PROBLEM_HEADER_WORD in key
        and len(key) <= MAX_HEADER_CHARS
        and not any(w in key for w in PROBLEM_HEADER_NOT_WORDS)
    )


#: Headers of the running-number column (序号): in an assessment table (考核细则,
#: 评分表) its 一、 rows and the 1 2 3 rows under them are the sections of a
#: page that has no numbered text.
NUMBER_HEADERS = ("序号", "编号")
#: Words of a header that scores (各项分值, 评分标准, 得分): only a table with such a
#: header is an assessment table whose 序号 rows are sections (a task table's
#: 序号 column is not: 整改清单, 任务分工表). Bare 考核/考评 is no such word: a
#: task table may carry a 考核指标 column (重点任务|责任单位|完成时限|考核指标).
ASSESSMENT_HEADER_WORDS = ("分值", "分数", "评分", "计分", "扣分", "得分")
#: Words of a header whose cells hold the numbered scoring items (1. 2. …)
#: read as sections under their row (评分标准, 考核标准, 评分细则, 计分办法);
#: task columns (考核内容 …) are read for them too.
CRITERIA_HEADER_WORDS = ("标准", "细则", "评分", "计分", "扣分", "考评", "办法")
#: Words that, in the document title or in the header over a column of unit
#: names, say the units a table lists row by row are the assessed 责任单位
#: (石城县…工作责任单位目标管理（绩效）考核细则; a 考核对象 column): a row-header
#: unit with no role column is then responsible.
ASSESSED_UNIT_WORDS = ("责任单位", "责任部门", "被考核单位", "被考核部门", "考核对象", "被考核对象")

#: A sentence before an assessment table that says whom it assesses and names their role
#: (本细则考核对象为承担营商环境评价指标牵头任务的市直部门): the table's row-header units take that
#: role when its header and the title say none. The subject words, what joins them to the
#: description, how far (characters, within the sentence) the role word is looked for, and the
#: role words, first found wins (牵头任务/牵头单位 → lead; 责任单位 → responsible).
ASSESSED_SUBJECT_WORDS = ("考核对象", "考评对象", "考核范围", "评价对象", "被考核单位", "被考核对象")
ASSESSED_SUBJECT_JOINS = ("为", "是", "包括", "：", ":")
ASSESSED_SUBJECT_REACH = 60
ASSESSED_SUBJECT_ROLES: tuple[tuple[str, str], ...] = (
    ("牵头", "lead"),
    ("主办", "lead"),
    ("责任单位", "responsible"),
    ("责任部门", "responsible"),
)

#: A group (category) row of a task table opens with a Chinese number of the 一、 style
#: (一、落实党的路线方针政策方面（3项）, 三 | 基层党组织建设方面（1项）, （二）…): its marker,
#: alone in its cell or before the group's name
GROUP_ROW_MARKER = r"^(?:[一二三四五六七八九十]{1,3}(?:[、.．]|$)|[（(][一二三四五六七八九十]{1,3}[)）])"
#: a group row writes at most this many cells of its own (its number, its name)
GROUP_ROW_MAX_CELLS = 2

#: Endings of unit names, used only to notice a table that lists units in a
#: column without a role header (so the reader is told nothing was made).
UNIT_SUFFIXES = (
    "局",
    "办",
    "委",
    "部",
    "厅",
    "院",
    "站",
    "所",
    "中心",
    "政府",
    "公司",
    "队",
    "处",
    "科",
    "股",
    "室",
    "会",
    "组",
    "镇",
    "乡",
    "街道",
    "馆",
    "署",
    "社",
    "集团",
    # bodies whose last character names no organ: 武夷山海关, 县直机关, 人民银行南平市分行, 市工商联
    "海关",
    "机关",
    "银行",
    "分行",
    "支行",
    "工商联",
    "妇联",
    "残联",
    "侨联",
    "文联",
    "科协",
)

#: what an aside after a unit name may say besides another unit (市发改委（市营商办）) or places
#: (各县（市、区）): the unit's role in the row (市发展改革委（牵头）)
UNIT_ROLE_ASIDES = ("牵头", "牵头单位", "配合", "配合单位", "负责", "主责")

#: Longest text a header cell may have.
MAX_HEADER_CHARS = 16

#: how a table's title closes (江州市城市更新主要指标表, 重点任务清单): a line so closed, standing over a
#: table flattened one cell per paragraph, is no column name though it holds one's word (指标, 任务)
TABLE_TITLE_ENDS = ("表", "清单")

_ASIDE = re_compile(r"[（(][^（()）]*[)）]")
_SPACE = re_compile(r"[\s\u00a0\u3000]+")


def _line_break(m: re.Match[str]) -> str:
    return "\n" if "\n" in m.group() else ""


#: an aside holding a list separator (各县（市、区）): read as one, the separator kept out of the split
_ASIDE_BREAK = re_compile(r"[（(][^（()）]*[、，,；;/][^（()）]*[)）]")
_ASIDE_MARK = "\u2063"  # (INVISIBLE SEPARATOR: no unit name holds it)


def _keep_aside(m: re.Match[str]) -> str:
    return _UNIT_BREAK.sub(_ASIDE_MARK, m.group())


_LAST_ASIDE = re_compile(r"[（(]([^（()）]*)[)）]$")
_UNIT_BREAK = re_compile(r"[、，,；;/\n]+")


def header_key(text: str) -> str:
    """The header as compared: no whitespace, asides or trailing colon.

    >>> header_key(" 牵头单位\\n（部门）：")
    '牵头单位'
    """
    key = _SPACE.sub("", text)
    key = _ASIDE.sub("", key)
    return key.rstrip(":：")


def classify_header(text: str) -> tuple[str | None, int]:
    """``(kind, rank)`` of a header cell; rank orders task columns (lower is better)."""
    key = header_key(text)
    if not key or len(key) > MAX_HEADER_CHARS:
        return None, 0
    if key in EXACT_HEADERS:
        return EXACT_HEADERS[key], 0
    if any(w in key for w in DEADLINE_WORDS):
        return "deadline", 0
    if person_header(key):
        return "ignore", 0
    if any(w in key for w in BODY_WORDS) or key.endswith(DIVISION_HEADER_ENDS):
        for word, role in ROLE_WORDS:
            if word in key:
                return role, 0
    if any(w in key for w in PERSON_WORDS):
        return "ignore", 0
    for rank, word in enumerate(TASK_WORDS):
        if word in key:
            return "task", rank
    return None, 0


def person_header(text: str) -> bool:
    """Does a header name a column of people (责任人, 责任领导, 部门负责人, 领衔代表, 提案人), no unit joined to them?

    >>> person_header("整改责任人"), person_header("领衔代表"), person_header("责任单位及责任人")
    (True, True, False)
    """
    key = header_key(text)
    return key.endswith(PERSON_ENDS) and not any(j in key for j in PERSON_JOINS)


def looks_like_units(text: str) -> bool:
    """Does a cell read as a list of unit names?

    >>> looks_like_units("县委宣传部\\n县教育局\\n县河长办")
    True
    >>> looks_like_units("区民政局、各乡镇（街道）")
    True
    >>> looks_like_units("落实属地管理责任，建立湖长体系")
    False
    """
    parts = unit_parts(text)
    return bool(parts) and all((len(p) <= 20 and (_ends_like_unit(p) or _place_aside(p))) or _aside(p) for p in parts)


#: words that end in a unit suffix but close no name: a line of a name broken inside it (市住房和城乡⏎建设局)
NON_UNIT_ENDINGS = ("城乡",)
#: what opens the rest of a name broken over lines, never a name of its own (市卫生健康委⏎员会)
NAME_CONTINUATIONS = ("员会",)


def _ends_like_unit(part: str) -> bool:
    """Does ``part`` close like a unit name (not 市住房和城乡 nor 员会, a broken name's pieces)?"""
    return (
        part.endswith(UNIT_SUFFIXES) and not part.endswith(NON_UNIT_ENDINGS) and not part.startswith(NAME_CONTINUATIONS)
    )


def unit_parts(text: str) -> list[str]:
    """The pieces :func:`looks_like_units` judges: ``text`` cut at list separators and line
    breaks (not at those inside an aside: 各县（市、区）), blanks dropped; none in a cell of
    separators only (、)."""
    return [p for p in _UNIT_BREAK.split(_ASIDE_BREAK.sub(_keep_aside, _SPACE.sub(_line_break, text))) if p]


def _aside(name: str) -> bool:
    """A unit name closed by an aside that names it again (市发改委（市营商办）, 市市场监管局（市知识产权局）)
    or its role (市发展改革委（牵头）).

    >>> _aside("市发改委（市公共资源交易管理办公室）"), _aside("市发展改革委（牵头）"), _aside("新建养老服务站（点）")
    (True, True, False)
    """
    m = _LAST_ASIDE.search(name)
    if m is None or m.start() > 20 or not name[: m.start()].endswith(UNIT_SUFFIXES):
        return False
    return m.group(1).endswith(UNIT_SUFFIXES) or m.group(1) in UNIT_ROLE_ASIDES


#: a group of places (各县（市、区）, 各社区（村）)
PLACE_GROUP_EACH = "各"
#: what closes the aside of a unit name that names its places (各乡镇（街道）, 各县（市、区）, 各社区（村）)
UNIT_ASIDE_PLACE_ENDS = ("街道", "社区", "村", "镇", "乡", "区", "县", "市")


def _place_aside(name: str) -> bool:
    """A unit name that closes with an aside naming places: 各乡镇（街道）, 各县（市、区） (not a task that
    closes with one: 新建社区养老服务站（点）, 改造提升养老服务中心（含康复室）)."""
    m = _LAST_ASIDE.search(name)
    if m is None or not m.group(1).endswith(UNIT_ASIDE_PLACE_ENDS):
        return False
    head = name[: m.start()]
    return head.endswith(UNIT_SUFFIXES) or (head.startswith(PLACE_GROUP_EACH) and head.endswith(UNIT_ASIDE_PLACE_ENDS))


#: a first-listed-leads rule that holds only where a cell lists several units (责任单位栏列有多个单位的，排在第一位的
#:为牵头单位): said in the same sentence before it; a lone unit keeps its column's role
SEVERAL_UNITS_WORDS = (
    "多个单位",
    "多个部门",
    "多家单位",
    "多家部门",
    "两个以上单位",
    "两个及以上单位",
    "2个以上单位",
    "2个及以上单位",
    "两家以上单位",
    "两家及以上单位",
    # 上表中“责任部门”栏列出两个及以上部门的，第一个为牵头部门 (redteam11 hebin)
    "两个以上部门",
    "两个及以上部门",
    "2个以上部门",
    "2个及以上部门",
)
#: the "the others are …" part of a first-listed-leads note or sentence (，其余为配合单位), maybe written with the
#: verb of the others (；其他单位按职责分工配合) and after the lead's own duty (，负责统筹推进、汇总报送；其他单位…:
#: redteam12 shanping); a responsible verb (其他单位按职责分工负责) says nothing the default does not
NOTE_REST = (
    r"(?:[，,][^。；;，,]{0,20}?)?[，,；;]?(?:其余|其他|其后|其它|后面)(?:的)?(?:单位|部门)?"
    r"(?:(?:为|是|均为)(?P<rest>[\p{Han}]{0,4}?)(?:单位|部门)"
    r"|(?:按照?职责分工|按照?职责|分别|负责)?(?P<rest>配合|协助|参与|协办))"
)
#: symbols a role cell may set after a unit's name to mark it, as a table note says (标★的为牵头单位)
UNIT_MARK_SYMBOLS = "★☆*＊※△▲●◆"
#: a table note that makes the first unit of a role column the lead and says
#: what the others are: 注：主要责任单位第一个为牵头单位，其余为主要配合单位。
#: ``col`` is the column it speaks of (may be absent), ``rest`` the role word
#: of the other units (配合 → supporting, else responsible)
TABLE_NOTE = (
    r"(?P<col>[\p{Han}]{0,8}?(?:单位|部门))?(?:中|栏|所列)?的?"
    r"(?:排?(?:在|列|名)?(?:第一(?:个|位|家)?|首位|首个|第1个)(?:的|者)?(?:单位|部门)?"
    # or the units a cell marks: 责任单位中标注“（牵头）”的为牵头单位，其余为配合单位 (redteam11 yunxi);
    # 标有（牵头）字样的单位为牵头单位; 带“牵头”的为牵头部门; 标注“（牵头单位）”的为牵头单位 — only with what the
    # others are (``rest``)
    r"|(?P<marked>标注|标有|标明|注明|标记|加注|带有|带|标)[“\"「『]?[（(【]?牵头(?:单位|部门)?[）)】]?[”\"」』]?(?:字样)?(?:的|者)?"
    r"(?:单位|部门)?(?=(?:为|是|即为)牵头(?:单位|部门)(?:" + NOTE_REST + r"))"
    # or the units a symbol marks after their name: 标★的为牵头单位, 带*号的为牵头单位, 加“※”者为牵头单位, ★为牵头单位
    r"|(?:标注|标有|标明|标记|加注|注有|带有|带|标|加)?[“\"「『]?(?P<symbol>["
    + UNIT_MARK_SYMBOLS
    + r"])[”\"」』]?号?(?:标记|标识|符号)?(?:的|者)?(?:单位|部门)?)"
    r"(?:为|是|即为)牵头(?:单位|部门)"
    r"(?:" + NOTE_REST + r")?"
)
#: the clause after a note's "the others are …" that gives some units a role of their own (``who``, ``verb``):
#: ，其余为配合单位；各乡镇人民政府负责本辖区内相关问题整改 (redteam11 yunxi) / ；各街道办事处落实属地责任
NOTE_NAMED = (
    r"[；;，,](?P<who>(?:各|有关|相关)?[\p{Han}（）()、]{2,24}?(?:政府|办事处|管委会|单位|部门|局|委|办))"
    r"(?:要|须|应)?(?:按照?职责分工|按照?职责|分别)?(?P<verb>负责|落实|承担|配合|协助|参与)"
)
#: how far from a table (characters) a note is looked for, after and before it
TABLE_NOTE_REACH = (400, 200)
#: a note that gives a unit standing alone in its cell its column's role, beside a first-listed-leads rule or
#: a mark: 未标注的单一单位为责任单位 (redteam20 tianyu), 只列一个单位的为责任单位, 仅有一个部门的，该部门为责任部门
LONE_UNIT_NOTE = (
    r"(?:单一|单个|单独列出|单独列明|仅有?一个|只有一个|只列一个|仅列一个|列一个)(?:的)?(?:单位|部门)?(?:的|者)?[，,]?"
    r"(?:该单位|该部门)?(?:为|是|即为)责任(?:单位|部门)"
)

#: what may stand between a table and the same table continued (its header row again) on the next page: a line
#: that says so (（续表）, 续表1, 续上表, 接上表) or a page mark (第 1 页，共 2 页; - 2 -; 1/2)
TABLE_CONTINUED_LINE = (
    r"[（(]?(?:续表|续上表|接上表)[0-9０-９一二三四五六七八九十]*[)）]?"
    r"|第[0-9０-９]+页[，,]?共[0-9０-９]+页|[-—－]?[0-9０-９]+[-—－]?|[0-9０-９]+/[0-9０-９]+"
)
#: labels of a note written under a table (注：, 说明：, 备注1：)
TABLE_NOTE_LABELS = ("注", "说明", "备注")
#: a note under (or over) a table written as a sentence that names it, with no label:
#: 上表中“责任部门”栏列出两个及以上部门的，第一个为牵头部门 (redteam11 hebin), 本表所列…, 下表中…
TABLE_NOTE_OPENINGS = ("上表", "本表", "下表", "此表", "表中")
#: in a table note's "the others are …" part, these make the others supporting
NOTE_SUPPORTING_WORDS = ("配合", "协办", "参与", "协助")

#: what a 完成时限 cell reads like: 2024年底前, 6月, 3月中旬前, 全年, 长期坚持
#: (a part of a month, then maybe a by word; or a whole-cell word)
#: a year named by a word in a 完成时限 cell (次年3月底前: the year after the one the task is for)
TIME_CELL_YEAR_WORDS = ("次年", "当年", "明年", "今年")
TIME_CELL_MONTH_PARTS = ("底", "上旬", "中旬", "下旬")
TIME_CELL_BY_WORDS = ("前", "底前", "以前", "之前")
TIME_CELL_WORDS = (
    "全年",
    "长期",
    "持续",
    "长期坚持",
    "持续推进",
    "常态化",
    "立行立改",
    "年底前",
    "每年",
    "每季度",
    "每月",
    "每半年",
    "上半年",
    "下半年",
    "年内",
    # a quarter: 第三季度, 三季度末前
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
)


# --------------------------------------------------------------------------
# A table run into one line (整改清单 pasted without cell breaks): the header
# words, the time value that ends a row and the unit names that follow it.
# Pattern fragments, kept in this order: the alternation order decides how a
# run of header words is cut into tokens.
# --------------------------------------------------------------------------

#: one header word of a run-on header (序号任务内容牵头单位完成时限)
RUN_ON_HEADER_WORD = (
    r"(?:序号|编号|备注|任务来源|来源|(?:主要|具体|重点)?(?:工作)?(?:任务|措施|内容|事项|举措)"
    r"|(?:主要|具体)?(?:牵头|责任|配合|协办|参与|承办|落实|主责)(?:单位|部门|处室|科室|股室)"
    r"|(?:完成|办结|整改)?(?:时限|时间|期限)|时间节点|进度安排)"
)
#: the characters a header word starts with and ends with: a run of header words holds
#: one's last character right before the next one's first, which is looked for first
RUN_ON_HEADER_FIRST_CHARS = "主举事任具内办协参备完工序承措整时期来牵编落责进配重"
RUN_ON_HEADER_LAST_CHARS = "位务号室容排措施注源点门间限项"
#: the longest header word (the shortest has two characters)
RUN_ON_HEADER_LONGEST = 6
#: a time value run into a list of units: 3月区经发局区环土局, 全年区环土局、区农发局
RUN_ON_TIME_VALUE = (
    r"(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:份)?(?:底|上旬|中旬|下旬)?(?:前)?"
    r"|[0-9０-９]{4}年(?:底)?(?:前)?|全年|长期|持续推进)"
)
#: a unit name in such a row: a level or group word, then an organ ending
RUN_ON_UNIT_NAME = (
    r"(?:(?:区|市|县|省|各|相关|有关)[\p{Han}]{1,14}?(?:局|委|办|厅|中心|政府|公司|集团|管委会|指挥部|部|院|所|站|队))"
)


# --------------------------------------------------------------------------
# An indicator table (主要指标, 年度目标, 考核指标分解表): a row per indicator, its
# unit, its base value and one column per year (or a 目标值 column) holding the
# target, maybe an 属性 (约束性/预期性) and a 责任单位 column. Its column names
# are read by :func:`indicator_column`; :func:`classify_header` leaves them out
# (单位 alone is a unit column here, a body column elsewhere).
# --------------------------------------------------------------------------

#: the header of the indicator's own unit of measure (单位, 计量单位)
MEASURE_UNIT_HEADERS = ("单位", "计量单位", "指标单位", "单位名称")
#: words of the header of a base value (基期值, 2024年基数, 现状值（2020年）, 基准值)
BASELINE_HEADER_WORDS = ("基期值", "基期", "基数", "基准值", "基准", "基线值", "现状值", "现状", "现值", "基础值")
#: a target column: a year, maybe with a target word (2025年, 2025年目标值, 2027年目标), or a
#: target word alone (目标值, 预期目标); a year range (2025—2027年) is none
TARGET_HEADER_WORDS = ("目标值", "目标", "预期值", "预期目标", "规划目标", "规划值", "计划值", "任务值", "指标值")
TARGET_HEADER_YEAR = r"(?:19|20)[0-9]{2}年(?:度)?"
#: the attribute column (约束性 / 预期性), which carries no value
ATTRIBUTE_HEADERS = ("属性", "指标属性", "指标性质", "性质", "指标类型", "类别")
#: the longest header of an indicator table's column (基期值（2024年） is cut at its aside by header_key)
MAX_INDICATOR_HEADER_CHARS = 10

_TARGET_HEADER = re_compile(
    "^(?:" + TARGET_HEADER_YEAR + "(?:" + "|".join(TARGET_HEADER_WORDS) + ")?|" + "|".join(TARGET_HEADER_WORDS) + ")$"
)


def indicator_column(text: str) -> str | None:
    """The kind of an indicator table's column from its header: ``"measure_unit"``,
    ``"baseline"``, ``"target"`` or ``"attribute"``; None for any other header.

    >>> [indicator_column(h) for h in ("单位", "2024年基数", "基期值（2024年）", "2025年", "目标值", "属性")]
    ['measure_unit', 'baseline', 'baseline', 'target', 'target', 'attribute']
    >>> indicator_column("2025—2027年"), indicator_column("责任单位"), indicator_column("完成时限")
    (None, None, None)
    >>> indicator_column("2020年（基期）"), indicator_column("2025年（目标）")
    ('baseline', 'target')
    """
    key = header_key(text)
    if not key or len(key) > MAX_INDICATOR_HEADER_CHARS:
        return None
    if key in MEASURE_UNIT_HEADERS:
        return "measure_unit"
    if key in ATTRIBUTE_HEADERS:
        return "attribute"
    if _TARGET_HEADER.match(key):  # (2020年（基期）, 2020年（现状值）: the base year's column)
        return "baseline" if any(w in _SPACE.sub("", text) for w in BASELINE_HEADER_WORDS) else "target"
    if any(w in key for w in BASELINE_HEADER_WORDS) and classify_header(key)[0] is None:
        return "baseline"
    return None


#: a bound written in a value cell of an indicator table, before the number (≥90, 不低于85) or
#: after it (85以上); a bare number is a level to reach (:data:`INDICATOR_BARE_COMPARATOR`)
INDICATOR_CELL_BOUNDS_BEFORE: dict[str, str] = {
    "≥": ">=",
    "≧": ">=",
    "⩾": ">=",
    ">=": ">=",
    "≤": "<=",
    "≦": "<=",
    "⩽": "<=",
    "<=": "<=",
    ">": ">",
    "＞": ">",
    "<": "<",
    "＜": "<",
    "不低于": ">=",
    "不少于": ">=",
    "大于等于": ">=",
    "达到": ">=",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    "小于等于": "<=",
    "控制在": "<=",
    "高于": ">",
    "大于": ">",
    "超过": ">",
    "低于": "<",
    "小于": "<",
    "=": "==",
    "＝": "==",
}
INDICATOR_CELL_BOUNDS_AFTER: dict[str, str] = {"以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<=", "以内": "<="}
INDICATOR_BARE_COMPARATOR = ">="
#: a value cell that says there is no value (基期值 — for a new indicator)
INDICATOR_NO_VALUE = ("—", "——", "―", "――", "-", "－", "/", "／", "无", "暂无")
#: units an indicator cell may close with in brackets (储能电池产能（吉瓦时）) besides the target rule's unit
#: words and counters (营业收入（亿元）, 企业数量（家）)
INDICATOR_ASIDE_UNITS = (
    "吉瓦时",
    "吉瓦",
    "万千瓦时",
    "亿千瓦时",
    "人次",
    "批次",
    "万人",
    "元/人",
    "小时",
    "天",
    "年",
    "岁",
    "分",
)
#: what makes a value cell approximate (75左右): about that value (``==``), as the target rule reads 左右
INDICATOR_CELL_APPROX = ("左右", "上下")
#: an indicator table's row of totals (合计 180 under the year columns), whose value is no target of its own
INDICATOR_TOTAL_ROWS = ("合计", "总计", "小计")
