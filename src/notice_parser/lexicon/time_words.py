"""Chinese time vocabulary for the deadline rule, as data.

``extract/deadlines.py`` builds its patterns from these tables, so adding a
word is adding a row here, not an ``if`` there. Every table says what its
words mean in the contract's terms (``shared/NOTICE_JSON.md``, "Deadline").

Periods are the names of :class:`notice_parser.model.RecurringDeadline`'s
``period`` (``day``, ``week``, ``half_month``, ``month``, ``quarter``,
``half_year``, ``year``); ``None`` means "regular, period not given" (定期).
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Recurring: 每 + a period word ("每年", "每季度", "每两年", "每半月")
# --------------------------------------------------------------------------

#: word after 每 (and an optional count: 每两年, 每5年) → period
EVERY_PERIOD_WORDS: dict[str, str] = {
    "年度": "year",
    "学年": "year",  # 每学年: a school year, once a year
    "年": "year",
    "半年": "half_year",
    "学期": "half_year",  # 每学期: a semester, twice a year
    "季度": "quarter",
    "季": "quarter",
    "半月": "half_month",
    "月": "month",
    "周": "week",
    "星期": "week",
    "日": "day",
    "天": "day",
}

#: 每 + a count + a period (每两周, 每3个月) that is one of the contract's periods → (that period, 1); any other count
#: (每2年, 每两个月) has none: period None (every keeps the count), as the golds read 每两年开展一次, 每2年更新一次
EVERY_N_PERIODS: dict[tuple[str, int], tuple[str, int]] = {
    ("week", 2): ("half_month", 1),
    ("half_month", 2): ("month", 1),
    ("month", 3): ("quarter", 1),
    ("month", 6): ("half_year", 1),
    ("month", 12): ("year", 1),
    ("quarter", 2): ("half_year", 1),
    ("quarter", 4): ("year", 1),
    ("half_year", 2): ("year", 1),
}

#: 每 + a period next to one of these units is a rate, a capacity or a flow, not how often a task recurs: the
#: unit before it after a number (供水规模1000立方米每日以上, 50吨每天; not 双方每季度, 各地方每月: 方 and 米
#: and 升 end words too) or a number of it right after (处置能力提升至每日15吨,
#: 每年100万吨, 每小时300立方米); 每周1次, 每月抽检不少于500辆次 recur, and so does money (每生每年1200元: a
#: yearly grant, the jiaxing gold's recurring year)
RATE_UNITS: tuple[str, ...] = (
    "立方米", "平方米", "千瓦时", "千瓦", "兆瓦", "公斤", "千克", "公里", "吨", "方", "升", "米",
)  # fmt: skip
#: multipliers between the number and a rate unit (每年100万吨)
RATE_MULTIPLIERS: tuple[str, ...] = ("万", "亿", "千", "百")

#: words that are a recurring period without 每 ("半月检查、半月通报")
BARE_PERIOD_WORDS: dict[str, str] = {
    "半月": "half_month",
}

#: "regular" words with no period → recurring, period None (定期召开…)
REGULAR_WORDS: tuple[str, ...] = ("定期",)

#: words containing a REGULAR_WORDS entry that mean the opposite (不定期 = irregular)
IRREGULAR_WORDS: tuple[str, ...] = ("不定期",)

#: words that hold a REGULAR_WORDS entry and are no recurrence: a fixed term
#: (固定期限劳动合同) or a financial product (定期存款)
REGULAR_EXCEPTIONS: tuple[str, ...] = (
    "固定期限", "固定期", "定期存款", "定期存单", "定期寿险", "定期理财",
    # a time limit set by law, rule or contract (执行案件法定期限内结案率达到95%): no recurrence
    "法定期限", "规定期限", "约定期限", "指定期限", "限定期限",
)  # fmt: skip

#: routine words: no recurrence (负责日常协调, 满足日常需求, 加强日常监管 name ordinary, standing work, not a task
#: done each day; every gold marks them optional, and the contract's recurrences are 每年/每季度/每月/半月/定期 with a
#: period). They are read (and claimed) only to be turned away: 每日/每天 and 日报告/日调度 (PERIOD_NOUNS) are daily
ROUTINE_WORDS: dict[str, str] = {
    "日常": "day",
}

#: compounds with a ROUTINE_WORDS entry that are not a duty ("日常生活")
ROUTINE_EXCEPTIONS: tuple[str, ...] = (
    "日常生活",
    "日常用品",
    "日常消费",
    "日常行为",
    "日常习惯",
    "日常饮食",
    "日常起居",
    "日常卫生",  # 养成良好日常卫生习惯: everyday habits, not a schedule
    "日常交通",  # 便利老年人日常交通出行: people's daily life, not a schedule
    "日常出行",
    "日常就医",  # 便利老年人日常就医
    "日常健康",  # 完善老年人日常健康管理服务
    "日常购物",
    "日常照料",
)

#: nouns that name a yearly/monthly cycle ("年度考核", "年终考核", "年检",
#: "月调度结果") → recurring with that period; optional in the golds, free to emit
PERIOD_NOUNS: dict[str, str] = {
    "年度": "year",
    "年终": "year",
    "年检": "year",
    "年报": "year",
    "季度": "quarter",  # 按季度调度; 三季度 / 第三季度 are points, claimed before this
    "月度": "month",
    "月调度": "month",
    "月通报": "month",
    "季调度": "quarter",
    "按季": "quarter",  # 按月调度、按季分析 (按季度 reads 季度 the same)
    "按月": "month",  # 按月报送签约数据 (a 台账's 备注), 按月公示, 按月清缴制度, 按月推进: monthly, as the golds read it
    # 按 before a scheduling noun: the whole phrase, as the golds write it (按月调度, hebi 5.2, hengshui 2.2), not 按月
    "按月调度": "month",
    "按季调度": "quarter",
    "按周调度": "week",
    "按月通报": "month",
    "按季通报": "quarter",
    "按月考核": "month",
    "按季考核": "quarter",
    "按年考核": "year",
    "周调度": "week",
    "季通报": "quarter",  # 实行“月调度、季通报、年考核”
    "年考核": "year",
    "季考核": "quarter",
    "月考核": "month",
    "日检": "day",  # 千吨万人以上工程，日检9项指标，月检不少于20项指标 (a testing schedule)
    # a daily report or scheduling (实行日报制度, “日报告、零报告”制度, 日调度机制, 日通报); not a paper (天水日报: no
    # 日报 alone here), nor 当日报告, 次日报送, 工作日报告 (PERIOD_NOUN_BLOCKERS), 5日调度 (a number before)
    "日报告": "day",
    "日报送": "day",
    "日报制": "day",
    "日调度": "day",
    "日通报": "day",
    "周检": "week",
    "月检": "month",
    "季检": "quarter",
}

#: 一 + a period + 一 + a task: once a period (实行重大项目“一月一调度、一季一通报”, 一周一报告, 一年一评估)
ONE_PER_PERIOD_WORDS: dict[str, str] = {
    "年": "year",
    "季": "quarter",
    "月": "month",
    "周": "week",
    "日": "day",
    "天": "day",
}
#: … not before one of these: a date (一月一日, 一月一号), a count (一年一个台阶), the period again
ONE_PER_PERIOD_BLOCKERS = "日号个年月季周天"

#: characters that, right before a period noun that opens on its period's character (年检, 年报, 日检,
#: 月检), make that character part of another word: 全年检查, 当年报送, 节日检查, 本月检查, 青年检察
#: (年度, 季度, 月度 keep their reading: 上年度 is a year's report)
PERIOD_NOUN_BLOCKERS = frozenset("全当本今明去上下次同历逐往近多新青老少中成节假作平生")
#: words that point back to a period named before, right before any period noun: no recurrence but that one
#: period ("✓"表示该季度内完成, the legend of a progress table; 此季度)
PERIOD_NOUN_POINTERS = frozenset("该此")

# --------------------------------------------------------------------------
# Points in time: years, months, parts of a year
# --------------------------------------------------------------------------

#: years relative to the notice year (今年 = the notice year)
RELATIVE_YEARS: dict[str, int] = {
    "今年": 0,
    "本年": 0,
    "明年": 1,
    "下一年": 1,
    "次年": 1,
    "后年": 2,
}
# (第二年 is no row: an ordinal year counts from an event the text names, not from the notice:
#  第一年给予30万元，第二年给予20万元，第三年给予10万元 is a subsidy's schedule)

#: the first characters of verbs in 明 (注明, 标明, 写明, 载明, 说明, 表明, 列明, 证明, 查明, 指明, 讲明, 声明, 阐明),
#: and what follows 年 when such a verb's 明 and a noun in 年 are written 明年: 年份, 年度, 年限 (a table's note:
#: 未注明年份的，均指2026年; 标明年度; 载明年限). Both are needed: these characters also close nouns
#: (许可证明年3月底前换发, 任务分解表明年6月底前整改, 目标明年底前建成), after which 明年 is next year
MING_VERB_FIRSTS = frozenset("注标写载说表列证查指讲声阐申")
MING_NOUN_NEXTS = frozenset("份度限")

#: a year word right before a relative year makes it that year's next, not the notice's:
#: 奖励资金自实际产生地方贡献年度次年起三年内兑现到位 (the year after the contribution year)
RELATIVE_YEAR_ANCHOR_ENDS = frozenset("年度")

#: parts of a year → (first month, last month); 上半年 ends 06-30, 三季度 09-30
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "第一季度": (1, 3),
    "第二季度": (4, 6),
    "第三季度": (7, 9),
    "第四季度": (10, 12),
    "一季度": (1, 3),
    "二季度": (4, 6),
    "三季度": (7, 9),
    "四季度": (10, 12),
    "1季度": (1, 3),
    "2季度": (4, 6),
    "3季度": (7, 9),
    "4季度": (10, 12),
    "年中": (6, 6),  # mid-year: by 06-30
}

#: a part of a year with no year before it is a time limit only when a task
#: follows it ("第三季度完成验收") or it opens a clause ("年中，开展评估");
#: these are the tasks that may follow
LONE_PART_DUE_WORDS: tuple[str, ...] = (
    "完成",
    "建成",
    "实现",
    "启动",
    "出台",
    "印发",
    "制定",
    "开展",
    "组织",
    "召开",
    "上报",
    "报送",
    "提交",
    "验收",
    "投运",
    "投入",
    "开工",
    "竣工",
    "上线",
    "全面",
    "基本",
    "前",
    "之前",
    "以前",
    "力争",
    "确保",
)
#: a part of a year with no year before it is a time limit too when it is the value of one of these labels
#: (时间节点：三季度), or one of the parts listed there (时间节点：二季度、四季度各开展一次): by its last day.
#: (After a phase's label, 时间：/时限：/完成时间：, the first part is the phase's time: during, PHASE_LABELS.)
PART_LABELS: tuple[str, ...] = ("时间节点：", "时间节点:", "完成节点：", "完成节点:")
#: what joins the parts listed after such a label
PART_LIST_JOINERS = "、，,和及"
#: characters before a would-be part that make it no part of a year (三年中, 每年中, 近年中)
LONE_PART_BLOCKERS = frozenset("0123456789０１２３４５６７８９〇零一二两三四五六七八九十百几多每近当去历往个青老少新")
#: what separates the stages of a list in one sentence (2025年3月底前完成排查；6月底前完成整改): a year written in one
#: stage dates the stages after it, unless the next is an enumerated item of its own (ENUMERATED_ITEM_OPENERS)
STAGE_SEPARATORS = "；;"
#: how an enumerated item opens after a ；, in a list inside one sentence: (2)/（2）/2）, ②, 2./2．/2、 (not 2.5万户),
#: （二）, 二是/其二 — the item is a task of its own, in the notice's year unless it writes one
#: (ankang-2024-shengtai-ducha-zhenggai: (1)2025年上半年…；(2)…第三季度末前完成联网 → the notice's 2024)
ENUMERATED_ITEM_OPENERS: tuple[str, ...] = (
    r"[（(]?[0-9０-９]{1,2}[）)]",
    r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]",
    r"[0-9０-９]{1,2}[.．、](?![0-9０-９%％])",
    r"[（(][一二三四五六七八九十]{1,3}[）)]",
    r"[一二三四五六七八九十]{1,3}是",
    r"其[一二三四五六七八九十]{1,3}[，,、：:]?",
)
#: characters a clause opens after
CLAUSE_OPENERS = frozenset("，,。；;：:！!？?、（(\n")

#: the end of a year or of a part of one ("年底", "三季度末"); all mean its last day
END_WORDS: tuple[str, ...] = ("年底", "年末", "底", "末")

#: a year's end, or the year itself, written with no year before it: the notice's year
BARE_YEAR_WORDS: tuple[str, ...] = ("年底", "年末", "年内")

#: after a number, these make it a time (3个月, 5个工作日, 24小时), not a count
COUNT_TIME_WORDS: tuple[str, ...] = ("月", "工作日", "小时", "星期", "季度")

#: parts of a month → (first day, last day or None for the month's end)
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "上旬": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, None),
    "初": (1, 10),
}

#: a season term inside "自2022年秋季学期…" → the month it starts in
SEASON_START_MONTH: dict[str, int] = {
    "春季学期": 3,
    "秋季学期": 9,
    "春季": 3,
    "秋季": 9,
}

# --------------------------------------------------------------------------
# What the words around a time point make of it
# --------------------------------------------------------------------------

#: written right before a point, they make it a "by" (到2020年, 至2017年底)
BY_PREFIXES: tuple[str, ...] = (
    "截至", "截止到", "截止", "到", "至", "于", "在",
    # the latest a case may run to (交办 and 整改 notices: 3个月内办结，最迟不得超过6月30日)
    "最迟不得超过", "最迟不超过", "最晚不得超过", "最晚不超过",
)  # fmt: skip

#: written right before a point, they make it a "from" (自2021年开始, 从2018年起)
FROM_PREFIXES: tuple[str, ...] = ("自", "从")

#: written right before a period of days (于2025年12月中旬至2026年1月上旬完成): part of the period's raw, so the
#: period, not the point 于2025年12月中旬, is read there
RANGE_PREFIXES: tuple[str, ...] = ("于", "在", "自", "从")

#: written right after a point, they make it a "by" on the point's last day.
#: 前 is read as "by the end of" (2020年前 → 2020-12-31, 6月前 → 06-30), as the
#: contract's "前 → by" and the year reading in these notices do.
BY_SUFFIXES: tuple[str, ...] = ("底以前", "底之前", "底前", "末前", "以前", "之前", "前", "底", "末")

#: after a point, these turn 前 into another word (到2025年前沿领域 is not "by")
BEFORE_BLOCKERS: tuple[str, ...] = (
    "前沿",
    "前提",
    "前列",
    "前景",
    "前瞻",
    "前期",
    "前端",
    "前置",
    "前身",
    "前后",  # 2025年前后 = "around 2025", not "by"
)

#: written right after a point, they make it a "from" on the point's first day
FROM_SUFFIXES: tuple[str, ...] = ("起", "开始")

#: after a point, these turn 起 into another word (2021年起步 is not "from")
FROM_SUFFIX_BLOCKERS: tuple[str, ...] = ("起步", "起来", "起草", "起点", "起算")

#: "within" suffixes after a duration (一个月内, 5个工作日以内)
WITHIN_SUFFIXES: tuple[str, ...] = ("以内", "之内", "内")

#: separators between the two ends of a period (2017年至2020年, 2024—2025年; ― U+2015 is the dash of a page read
#: as GB2312, 2025―2027年)
RANGE_SEPARATORS: tuple[str, ...] = ("至", "到", "—", "―", "－", "-", "–", "~", "～", "−")

#: written before the last month of a period, they put it in the year after the first month's: a winter
#: period (秋冬季（10月—次年3月）, 2024年11月15日至次年3月15日)
NEXT_YEAR_IN_RANGE: tuple[str, ...] = ("次年", "翌年")

#: joiners in a list of years, each a deadline of its own (2024年、2025年分别突破)
YEAR_LIST_JOINERS: tuple[str, ...] = ("、", "和", "及", "与")

# --------------------------------------------------------------------------
# Durations: N个月内, 半年内, 15个工作日内
# --------------------------------------------------------------------------

#: unit word → (ISO 8601 designator, multiplier). A 工作日 (working day) is
#: counted as one day: the contract has no business-day unit, and a calendar
#: day count would need a holiday calendar. The raw keeps "工作日" visible.
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "个工作日": ("D", 1),
    "工作日": ("D", 1),
    "分钟": ("MIN", 1),  # 15分钟内到达 → PT15M
    "个小时": ("H", 1),
    "小时": ("H", 1),
    "个星期": ("W", 1),
    "星期": ("W", 1),
    "周": ("W", 1),
    "个季度": ("M", 3),
    "季度": ("M", 3),
    "个月": ("M", 1),
    "年": ("Y", 1),
    "日": ("D", 1),
    "天": ("D", 1),
}

#: a bound on a duration is a time limit (within), not a target value, where it bounds a word naming
#: a time limit (整改时限一般不超过30天, 审批时限压缩至15个工作日以内, 改造工期原则上不超过6个月) or is
#: hedged as a rule is (恢复供水时间一般不超过24小时); a plain processing time (办理时间压缩至5个工作日以内)
#: stays a target (DURATION_TARGET_PREFIXES)
LIMIT_SUBJECTS: tuple[str, ...] = ("时限", "期限", "工期")
LIMIT_HEDGES: tuple[str, ...] = ("一般", "原则上", "最长")
LIMIT_VERBS: tuple[str, ...] = (
    "不超过",
    "不得超过",
    "不应超过",
    "压缩至",
    "压缩到",
    "压减至",
    "缩短至",
    "缩短到",
    "控制在",
)

#: "half" counts before a unit (半年内 → P6M, 半个月内 → P15D)
HALF_WORDS: tuple[str, ...] = ("半",)

#: before a duration, these make it a target value, not a time limit
#: ("压缩至5个工作日以内" is a processing-time goal)
DURATION_TARGET_PREFIXES: tuple[str, ...] = (
    "缩至",
    "缩到",
    "缩短至",
    "缩短到",
    "减至",
    "减到",
    "减少至",
    "减少到",
    "降至",
    "降到",
    "降低至",
    "降低到",
    "控制在",  # (压缩至 and 压减至 end in 缩至 and 减至)
    "不超过",
    "不多于",
    "不得超过",
    "时限为",
    "期限为",
)

#: … and so does one of them before a list of values ending in the duration (分别压缩至5个、4个工作日以内, 压减至3个和4个
#: 工作日以内): these join the values
DURATION_LIST_JOINERS: tuple[str, ...] = ("、", "和", "及", "与")

# --------------------------------------------------------------------------
# Not deadlines
# --------------------------------------------------------------------------

#: right before a year, these make it a baseline (较2015年下降14%, 比2015年提高)
BASELINE_PREFIXES: tuple[str, ...] = ("较", "比", "相比", "相较", "对比", "同比", "基期")

#: right before a year, these make it the label of a year's work, not a time
#: limit (为切实做好2023年中小学生暑期安全工作, 关于2024年民生实事的通知)
YEAR_LABEL_PREFIXES: tuple[str, ...] = ("做好", "抓好", "办好", "开展好", "关于", "印发", "部署")

#: right after a year, these make it a baseline, history, an edition or an
#: ordinal, not a deadline (2016年以来, 2020年版目录, 2022年第4次常务会议)
NOT_DEADLINE_SUFFIXES: tuple[str, ...] = (
    "以来",
    "来",
    "至今",
    "以后",
    "之后",  # history, or an open "after" with no day
    "版",
    "第",  # 2020年版目录, 2022年第4次会议
    "水平",
    "基础上",
    "相比",
    "同期",  # baselines: 恢复到2019年水平, 与2015年相比
    "数据",
    "统计",  # data of a year, not a time limit
    # a document named by its year, a title written without 《》 (平潭综合实验区2016年工作要点)
    "工作要点",
    "行动计划",
    "实施方案",
    "工作方案",
    "工作计划",
    "工作报告",
    "目标责任书",
)

#: right before a duration, these make it a look back, not a limit (近三年内)
DURATION_HISTORY_PREFIXES: tuple[str, ...] = ("近", "过去", "最近", "以往")

#: bracket pairs whose content is never a time limit of this notice: 《》 titles (《…2035年远景目标纲要》)
EXCLUDED_BRACKETS: tuple[tuple[str, str], ...] = (
    ("《", "》"),
    ("〈", "〉"),
    ("【", "】"),
)
#: bracket pairs of a document number (国办发〔2018〕128号, 市委发[2017]30号): masked only where they read as
#: one, a bare year (〔2024〕) or a bracket followed by its serial and DOC_NUMBER_SERIAL_END; other authorities close
#: a measure with a clause in them (〔责任单位：市农业农村局；完成时限：2025年12月底前〕), whose time limit counts
DOCUMENT_NUMBER_BRACKETS: tuple[tuple[str, str], ...] = (
    ("〔", "〕"),
    ("[", "]"),
    ("［", "］"),
)
DOCUMENT_NUMBER_SERIAL_END = "号"

#: parentheses that, wrapped round a bare period, mark a plan's title period
#: ("行动计划（2021-2023年）", "(2013—2017年度)")
TITLE_PERIOD_PARENS: tuple[tuple[str, str], ...] = (("（", "）"), ("(", ")"))

#: five-year-plan names → the period's last year. A name alone (“十三五”规划,
#: “十四五”时期 as a label) is no time limit; with an end or period word after
#: it (PLAN_PERIOD_DUE_WORDS) it names the year its goals fall due: 到“十四五”末,
#: 十四五期间建成… → by 2025-12-31 (unless that year is past: then it is history)
PLAN_PERIODS: dict[str, int] = {
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
    "十六五": 2035,
}
PLAN_PERIOD_NAMES: tuple[str, ...] = tuple(PLAN_PERIODS)

#: after a plan-period name (quotes allowed between), these make it a due year
PLAN_PERIOD_DUE_WORDS: tuple[str, ...] = ("期末", "末期", "末", "期间", "时期")

#: written right before a past point, these make it the date of a status
#: report, not a time limit ("截至2022年底，全县常住人口41.2万人")
STATUS_PREFIXES: tuple[str, ...] = ("截至", "截止到", "截止")
#: a past time that qualifies a thing (改造2000年底前建成的城镇老旧小区): 的 within ATTRIBUTIVE_REACH characters after
#: it, before any of ATTRIBUTIVE_STOPS; such a year is no year for the sentence's later points (…，11月底前全部完工)
ATTRIBUTIVE_MARK = "的"
ATTRIBUTIVE_REACH = 6
ATTRIBUTIVE_STOPS = frozenset("，,。；;、：:")

#: written right before a month with no year, these put it in a past year: when something happened, never a
#: time limit, whatever follows (去年12月建成投用的体育馆, 上年11月实现并网发电, 前年5月实现全覆盖后)
PAST_YEAR_BEFORE_MONTH: tuple[str, ...] = ("去年", "上年", "前年", "当时", "上一年", "上年度", "前一年")
#: a month standing alone where a task follows it ("3月份成立领导小组") or in a
#: table's 完成时限 cell ("3月", "全年") is due in that month / that year; a result
#: due is a task too ("11月取得明显成效", "6月份取得明显成效": by the month's last day)
LONE_MONTH_DUE_WORDS: tuple[str, ...] = (
    "成立",
    "召开",
    "出台",
    "印发",
    "制定",
    "部署",
    "完成",
    "启动",
    "开展",
    "取得",  # 取得明显成效 / 取得阶段性成效
    "见成效",
    "见效",
    "建成",
    "实现",
)
#: a time-limit cell that names the whole year of the notice ("全年")
WHOLE_YEAR_WORDS: tuple[str, ...] = ("全年",)
#: 全年 after one of these labels is a task's time through the year, as alone in a 时限 cell (时间节点：全年)
WHOLE_YEAR_LABELS: tuple[str, ...] = (
    "时间节点：",
    "时间节点:",
    "时间：",
    "时间:",
    "时限：",
    "时限:",
    "完成时限：",
    "完成时限:",
)
#: … and so is 全年 before one of these verbs of a task carried on through the year (全年推进: huaichuan D1), not one
#: completed (全年完成5.7万亩造林任务: by the year's end); 全年持续运行 / 全年持续开展, a phase after a dated one
#: (2025年5月底前开通专席；全年持续运行), goes on with no limit, as 长期坚持 (guangling D5; sichuan's both optional)
WHOLE_YEAR_ONGOING = ("推进",)

#: words that, right before a point in brackets or after a label, make it the
#: period of a phase ("集中整治阶段（2019年6月）", "时间：2023年9月")
PHASE_WORDS: tuple[str, ...] = ("阶段",)
#: … or right after a phase word and one of these ("（三）评定阶段，12月上旬，…": that phase's time)
PHASE_WORD_JOINERS: tuple[str, ...] = ("，", ",", "：", ":")
PHASE_LABELS: tuple[str, ...] = ("时间：", "时间:", "时限：", "时限:", "时间安排：", "时间安排:")

#: after a duration, these make it the time a task takes (用2个月左右时间 → within P2M)
DURATION_TIME_WORDS: tuple[str, ...] = ("左右时间", "左右的时间", "时间", "的时间")

#: words with a time-word inside that are not time limits
#: (近年来 = history; 规划期内 = a period with no years; 一次性 = one-off)
NOT_DEADLINE_WORDS: tuple[str, ...] = (
    "近年来",
    "多年来",
    "长期以来",
    "历年",
    "往年",
    "规划期内",
    "一次性",
)

#: year values accepted as real; anything else ("0403年底前") is a corrupted year
PLAUSIBLE_YEARS = range(1949, 2101)

#: what, right after a written year, makes it a plan's or report's year (2018年度…), not a time limit
YEAR_QUALIFIER = "度"

# --------------------------------------------------------------------------
# Time cells of a flat table (extract/flat_tables.py: is a column the 时限 column?)
# --------------------------------------------------------------------------

#: a time cell's value has at least one of these: a date part (年 月 日 季 期), an end word (前 底) or an
#: ongoing / immediate word (长期 持续 经常 全年 立行立改: 长 持 常 全 立)
TIME_CELL_CHARS = "年月日季期前底长持常全立"
#: what joins time values in one cell (2025年6月30日前完成、长期坚持; 2025年5月底前完成排查，2025年9月底前完成整治)
TIME_CELL_JOINERS = "、，,；;"
#: 并 joins two time values only right after one of these (立行立改并长期坚持: after 改)
TIME_CELL_AND_WORD = "并"
TIME_CELL_AND_AFTER = "前底改"
#: the word closing a time value, cut off with a short object after it (完成排查) that has no date in it
TIME_CELL_DONE_WORD = "完成"
#: the date characters that end such an object (besides digits): what follows is a date, not the object
TIME_CELL_DATE_CHARS = "年月日"

# --- progress tables' period columns (extract/headers.py)
#: A period header, the whole cell: an optional year, then a quarter (一季度, 第1季度, Q1), a half
#: (上半年), a month or a month range (3月, 三月, 1-3月, 1月份), or the year alone (2025年, 2025年度);
#: an end word may follow (一季度末, 6月底, 3月底前).
PERIOD_LABEL = (
    r"^(?:(?P<year>20\d\d)年(?:度)?)?"
    r"(?:"
    r"(?:第)?(?P<quarter>[一二三四1-4１-４])季度"
    r"|[Qq](?P<q>[1-4])"
    r"|(?P<half>[上下])半年"
    r"|(?:(?P<from>\d{1,2}|[一二三四五六七八九十]{1,3})月?[-—–~～至到])?"
    r"(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?"
    r")?"
    r"(?:末|底|前|底前|末前|以前|之前)?$"
)
#: What a period cell may say that marks no period.
NO_MARKS = frozenset({"—", "——", "-", "--", "－", "/", "／", "\\", "×", "✗", "✘", "无", "空", "0", "〇〇"})
#: the half of PERIOD_LABEL's (?P<half>) that ends in June (上半年)
FIRST_HALF = "上"

# --- task tools' dates (extract/deadlines.py, _task_date_candidates)
#: A task tool's date marker written before an ISO date (📅 2027-10-31), and the deadline kind the date gives:
#: Obsidian Tasks' due date (📅, also 🗓 and 📆) is a time limit, its start (🛫) and scheduled (⏳, ⌛) dates the
#: day the task starts; Dataview's inline fields (due::, start::, scheduled::) and Logseq's DEADLINE: and
#: SCHEDULED: lines say the same. A done date (✅, completion::) or a created one (➕, created::) records what
#: happened: no time limit.
TASK_DATE_MARKERS: dict[str, str] = {
    "📅": "by", "🗓": "by", "📆": "by", "due::": "by", "DEADLINE:": "by",
    "🛫": "from", "⏳": "from", "⌛": "from", "start::": "from", "scheduled::": "from", "SCHEDULED:": "from",
}  # fmt: skip
#: A task tool's recurrence after its marker (Obsidian Tasks: 🔁 every quarter, 🔁 every 2 weeks): the period
#: each English unit names.
TASK_REPEAT_MARKER = "🔁"
TASK_REPEAT_UNITS: dict[str, str] = {
    "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
}  # fmt: skip

#: a time label whose value is the day a task is due: a full date after it (完成时限：2026年6月30日, 截止日期：2026-07-31,
#: 办结时限：2026年9月30日, 完成时间：2026.6.30, （时限：2026年12月31日）) is a by, as the date alone in a 时限 cell is
#: (会议时间：, 发布时间：, 印发日期： name when something happens, not a limit: no 时间/日期 alone here)
DUE_LABEL_WORDS: tuple[str, ...] = (
    "时限", "期限", "截止日期", "截止时间", "截止日", "时间节点", "完成节点",
    "完成时间", "完成日期", "办结时间", "办结日期", "整改时间", "销号时间", "完成时点",
)  # fmt: skip
#: … followed by a colon (full- or half-width), maybe 为 (完成时限为2026年6月30日)
DUE_LABEL_ENDS: tuple[str, ...] = tuple(w + e for w in DUE_LABEL_WORDS for e in ("：", ":", "为"))

#: a bare 次年/翌年 (no month, no 底/前/起) after none of these or one of these (在次年, 于次年) is the year after the
#: plan's, and when its sentence writes a date of its own it is that task's follow-up, no limit of its own
#: (2027年12月10日前报送年度工作总结；…并在次年补助资金分配中相应扣减: kunlan's gold leaves it out)
BARE_NEXT_YEAR_PREFIXES: tuple[str | None, ...] = (None, "", "在", "于")
#: what ends a sentence in the compact text
SENTENCE_ENDS: tuple[str, ...] = ("。", "！", "？", "!", "?", "\n")
