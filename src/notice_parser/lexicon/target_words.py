"""Words of numeric targets (数量目标): comparator verbs, unit words, scope
words, and the words that mark a quantity as something other than a goal.

This module is data only; :mod:`notice_parser.extract.targets` builds its
patterns from these tables, so adding a word here is enough to teach the
rule a new phrasing. Longer words win over their prefixes (提升至 over 提升).
"""

from __future__ import annotations

from . import time_words as _time_words

#: a verb written right before the number → the comparator it gives.
#: 提高/增长/下降 with no 到/至 is a change *by* the amount ("提高20%");
#: with 到/至 it is the level reached ("提高到36%").
COMPARATOR_VERBS: dict[str, str] = {
    # reach at least
    "达到": ">=",
    "达": ">=",
    "提升至": ">=",
    "提升到": ">=",
    "提高至": ">=",
    "提高到": ">=",
    "增加至": ">=",
    "增加到": ">=",
    "增长至": ">=",
    "增长到": ">=",
    "扩大至": ">=",
    "扩大到": ">=",
    "上升至": ">=",
    "上升到": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "不下于": ">=",
    "力争达到": ">=",
    "总体达到": ">=",
    "至少": ">=",
    "最少": ">=",
    # the signs of an indicator table's target cells (≥90%, ≤4.5‰, ≤10/10万, 均≥65%), as the verbs
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "＞＝": ">=",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "＜＝": "<=",
    ">": ">",
    "＞": ">",
    "<": "<",
    "＜": "<",
    # strictly above: 超过/突破/高于 as a goal
    "超过": ">",
    "突破": ">",
    "高于": ">",
    "多于": ">",
    "大于": ">",
    # hold at
    "稳定在": "==",
    "保持在": "==",
    "维持在": "==",
    "保持": "==",
    "稳定": "==",
    "约为": "==",
    "为": "==",
    # keep under
    "控制在": "<=",
    "不高于": "<=",
    "不超过": "<=",
    "不多于": "<=",
    "不大于": "<=",
    "最高": "<=",
    "下降至": "<=",
    "下降到": "<=",
    "降至": "<=",
    "降到": "<=",
    "降低至": "<=",
    "降低到": "<=",
    "减少至": "<=",
    "减少到": "<=",
    "压减至": "<=",
    "压减到": "<=",
    "压缩至": "<=",
    "压缩到": "<=",
    "减至": "<=",
    "缩短至": "<=",
    "缩短到": "<=",
    "缩小至": "<=",  # 城乡居民收入比缩小至1.55以内
    "缩小到": "<=",
    # strictly below
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "不足": "<",
    # change by an amount
    "增长": "increase_by",
    "提高": "increase_by",
    "提升": "increase_by",
    "增加": "increase_by",
    "年均增长": "increase_by",
    "平均增长": "increase_by",
    "同比增长": "increase_by",
    "上升": "increase_by",
    "扩大": "increase_by",
    "下降": "decrease_by",
    "降低": "decrease_by",
    "减少": "decrease_by",
    "压减": "decrease_by",
    "削减": "decrease_by",
    "缩减": "decrease_by",
    "缩短": "decrease_by",
    "压缩": "decrease_by",
    "同比下降": "decrease_by",
}

#: written right after the number (and its unit) → the comparator it gives
COMPARATOR_SUFFIXES: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "或以上": ">=",
    "及以下": "<=",
    "以下": "<=",
    "或以下": "<=",
    "以内": "<=",
    "之内": "<=",
}

#: "about": keeps the verb's comparator (稳定在…左右 → ==; bare "10家左右" → ==)
APPROX_SUFFIXES = ("左右", "上下")
APPROX_PREFIXES = ("约", "大约", "近")

#: words between the subject and the verb that distribute values (分别) or
#: share one value over several subjects (均)
DISTRIBUTE_WORDS = ("分别", "各自")
#: words before a list of values, one per subject or per year: in their clause an ASCII comma between numbers may
#: separate the values (分别建成120,150,180座) rather than group a number's thousands (1,800座)
LIST_WORDS = (*DISTRIBUTE_WORDS, "依次", "逐年")
#: what joins the values of a list written otherwise: a comma-grouped number next to one is one value (分别为1,200、
#: 1,500个; 分别完成1,200万元和800万元)
LIST_JOINS = frozenset("、和及与至到")
SHARE_WORDS = ("均", "都", "全部", "各")  # 各: 建设区级大件垃圾和装修垃圾临时堆放点各1处 (one each)
#: single characters at the end of a subject that belong to the verb after it, not to the
#: indicator: 趋 (结构趋于合理), 由/从 (由…提高到, 从…降至)
SUBJECT_END_PARTICLES = ("趋", "由", "从")
#: fillers that may stand between a verb and its number, or before the verb
FILLER_WORDS = ("总体", "总体上", "力争", "要", "应", "须", "需", "可", "将", "能", "累计")

#: a range between two quantities: "4.354亿立方米至4.48亿立方米", "1—2条"
RANGE_JOINERS = ("至", "到", "—", "―", "－", "-", "–", "~", "～", "〜")

#: words that join the items of a value list: "92%、83%和95%、85%"
LIST_JOINERS = ("、", "和", "及", "与", "以及")

#: quantities expressed by a word: "零增长" → increase_by 0, "清零" → == 0
ZERO_WORDS: dict[str, str] = {
    "零增长": "increase_by",
    "负增长": "decrease_by",
    "清零": "==",
    "零发生": "==",
    "零排放": "==",
    "零事故": "==",
    "零容忍": "",
}
#: … but not when a noun of a scheme follows it: the word then names the scheme (建立问题户厕动态清零机制,
#: 推进化肥农药使用量零增长行动); 确保欠薪案件动态清零 stays a goal
ZERO_NAME_NOUNS = ("机制", "制度", "行动", "工程", "模式", "专项")

#: unit words, written after the number. All are "plain": a 万/亿 before
#: them is folded into the value (20万亩 → 200000 亩, 2.2万亿元 → 元).
UNIT_WORDS: tuple[str, ...] = (
    "%",
    "％",
    "‰",
    "个百分点",
    "百分点",
    "微克/立方米",
    "毫克/立方米",
    "毫克/升",
    "mg/L",
    "μg/m³",
    "μg/m3",
    "立方米",
    "平方米",
    "平方公里",
    "平方千米",
    "公顷",
    "亩",
    "公里",
    "千米",
    "米",
    "毫米",
    "厘米",
    "吨标准煤/万元",  # an energy intensity: 单位增加值能耗控制在0.35吨标准煤/万元以下 (was read as 0.35 吨标准煤)
    "吨标煤/万元",
    "吨标准煤",
    "吨标煤",
    # a unit product's energy use (水泥熟料单位产品综合能耗降至100千克标准煤/吨以下, redteam18 baizhu; 吨钢综合能耗
    # 545千克标准煤/吨; 电解铝交流电耗13000千瓦时/吨) and a boiler's or pump's capacity per hour (淘汰35蒸吨/小时以下
    # 燃煤锅炉): read whole, not as their first word (100 千克, 35 蒸吨)
    "千克标准煤/吨",
    "千克标煤/吨",
    "千克标准煤/万元",
    "千克标准煤",
    "千克/吨",
    "千瓦时/吨",
    "蒸吨/小时",
    "吨/小时",
    "立方米/小时",
    "吨/日",  # a capacity per day or year: 新增厨余垃圾处理能力150吨/日, 处置能力新增30万吨/年以上
    "吨/天",
    "吨/年",
    "立方米/日",
    "立方米/天",
    "立方米/秒",  # a pumping or flow capacity: 新增排涝泵站抽排能力45立方米/秒 (was read as 45 立方米)
    "吨",
    "蒸吨",
    "千克",
    "公斤",
    "克",
    "千瓦时",
    "度",
    "千瓦",
    "兆瓦时",
    "兆瓦",
    "兆伏安",
    "千伏安",
    "兆帕",
    "兆赫",
    "兆字节",
    "兆焦",
    "MW",
    "GW",
    "kW",
    "KW",
    "万千瓦",
    "元",
    "美元",
    "个",
    "家",
    "条",
    "项",
    "名",
    "位",  # 精准引育100位左右企业类人才 (people, like 名)
    "人次",
    "人",
    "家次",  # 开展节能诊断每年不少于100家次 (visits to firms, counted as 人次 counts people)
    "批次",  # 快检日均不少于100批次
    "幢",  # 盘活闲置农房不少于300幢 (buildings)
    "辆次",  # 每月抽检不少于500辆次 (vehicle checks: was read as 500 辆)
    "篇次",  # 宣传报道不少于30篇次 (was read as 30 篇)
    "架次",
    "份",  # 调查报告评审不少于150份
    "期",  # 举办专业培训班不少于12期 (sessions of a course)
    "艘",  # 远洋渔船数量稳定在600艘以内
    "标箱",  # 集装箱吞吐量达到500万标箱 (TEU)
    "核",  # 新增计算资源2000核 (processor cores)
    "学时",  # 每名教师培训不少于360学时 (hours of a course)
    "盏",  # 新增村庄路灯1800盏 (lamps)
    "列",  # 铁海联运班列不少于120列 (trains)
    "起",  # 典型执法案例每季度曝光不少于3起 (cases, events)
    "节",  # 课程每学期不少于40节 (lessons)
    "卷",  # 抽查行政执法案卷不少于20卷 (case files)
    "册",  # 每年编印优秀案例集1册 (volumes)
    "栋",  # 楼栋812栋 (buildings, like 幢)
    "宗",  # 完成首批12宗工业用地组卷报批 (land parcels, cases)
    "轮",  # 开展不少于3轮明查暗访 (rounds of inspection)
    "个等级",  # 耕地质量等级平均提升0.5个等级以上: steps of a grade, after a change verb only (CHANGE_STEP_UNITS)
    "年一遇",  # a return period: 城市内涝防治标准达到“30年一遇” (was no quantity: 30年 is a year)
    "/10万",  # a rate per 100,000 people: 孕产妇死亡率≤10/10万 (the 万 is the unit's, not folded)
    "岁",  # 人均预期寿命≥79.5岁: an age; only under a goal verb (VERB_ONLY_UNITS)
    "日",  # 简易注销公告期压缩至20日: days; only under a goal verb (VERB_ONLY_UNITS: 3月20日 is a date)
    "例",  # 查处非法捕捞案件10例以上, 远程会诊服务量不少于2万例 (cases; 出现1例未处理扣2分 scores: flags.settled)
    "次",
    "所",
    "台（套）",
    "台(套)",
    "台次",
    "台",
    "套",
    "件",
    "座",
    "处",
    "户",
    "辆",
    "张",
    "篇",
    "部",
    "批",
    "支",
    "种",
    "款",
    "场",
    "场次",
    "类",
    "大类",
    "株",
    "棵",
    "头",
    "只",
    "天",
    "个小时",  # 通关手续在2个小时以内办结 (was read as 2 个)
    "小时",
    "分钟",  # 急危重症患者平均转运时间控制在60分钟以内; only under a goal verb (VERB_ONLY_UNITS: 15分钟生活圈 is a name)
    "倍",
    "床",
    "间",
    "千兆",
    "兆",  # bandwidth: 20兆进牧户, 力争实现50兆进牧户 (兆瓦, 兆伏安, 兆帕 … are matched first, longest word first)
    "Gbps",
    "Mbps",
    "M",
    "G",
    "T",
    "PB",
    "TB",
    "EB",
    "ZB",
    "EFLOPS",
    "PFLOPS",
    "TFLOPS",
    "EFlops",
    "PFlops",
)

#: units that name what qualifies a noun (65岁以上老年人, 0—6岁儿童, 15岁以上人群, 15分钟生活圈) or a date (3月20日前) far more often than a
#: goal: a quantity in them is read only under a comparator verb (人均预期寿命≥79.5岁, 公告期压缩至20日)
VERB_ONLY_UNITS = frozenset({"岁", "日", "分钟"})

#: steps of a grade, a unit only right after a change verb (耕地质量等级平均提升0.5个等级以上); elsewhere 个 counts
#: the noun after it (包括6个等级: 6 个)
CHANGE_STEP_UNITS = frozenset({"个等级"})

#: a number with no unit right after a comparator verb is a value (an index,
#: a ratio: 降到1.3以下, 达到125左右) when one of these follows it
BARE_VALUE_SUFFIXES = ("以下", "以上", "左右", "及以上", "及以下", "以内")
BARE_VALUE_FOLLOWERS = frozenset("，,。；;、）)\n")
#: … or a ratio to one (车桩比不高于2:1, 师生比达到1：1): the number is the ratio's value (a digit after the 1
#: makes it no ratio to one: 1:15), whichever ratio sign the writer's input method or font gives: ASCII and full-width
#: colons, the ratio sign U+2236 (车桩比达到7∶1, Word's 插入符号), the vertical and small colon forms, a full-width 1
BARE_VALUE_RATIO_SUFFIXES = (
    ":1", "：1", "∶1", "︰1", "﹕1",
    ":１", "：１", "∶１", "︰１", "﹕１",
)  # fmt: skip

#: a round amount in Chinese numerals right after one of these verbs is a
#: goal: 集成电路产业规模过千亿 (> 100000000000), 营收突破万亿元
CN_ROUND_VERBS: dict[str, str] = {
    "突破": ">",
    "超过": ">",
    "过": ">",
    "超": ">",
    "破": ">",
    "逾": ">",
    "达到": ">=",
    "达": ">=",
}

#: characters before 过/超/破 that make them part of another word (通过, 经过, 不超)
CN_ROUND_VERB_BLOCKERS = "通经不超突打攻"

#: a fraction word before a numeral → its unit: 百分之十五 → 15 %
CN_FRACTIONS: dict[str, str] = {"百分之": "%", "千分之": "‰"}
#: a count in Chinese numerals (一百台) is read only after a comparator verb;
#: not after these, which too often open a name or a phrase (分为三类, 传达…)
CN_COUNT_WEAK_VERBS = ("为", "达", "保持", "稳定", "约为")
#: numerals that never count before a unit: a count of two is written 两
#: (两次, 两个); 二次, 二级 are names (二次污染, 二次开发)
CN_NOT_COUNTS = ("二",)
#: after a change verb (提高, 减少), a count in Chinese numerals is read only in these units
#: (提高两个百分点, 增长一倍)
CN_CHANGE_UNITS = ("个百分点", "百分点", "倍")
#: … and a count of one only after a stated bound (不少于一名), since 达到一个新
#: 水平 and 提升一个档次 are not goals
CN_COUNT_BOUND_VERBS = (
    "不少于",
    "不低于",
    "不小于",
    "至少",
    "最少",
    "不超过",
    "不多于",
    "不高于",
    "不大于",
    "超过",
    "多于",
    "少于",
    "低于",
)

#: a bound written before a build verb bounds the count it builds: 每个乡镇至少建成一所…幼儿园,
#: 每个设区的市至少建设一个…基地 → >= 1 (the bound is not right before the numeral, so it is read here)
CN_COUNT_BOUND_BEFORE_BUILD = ("至少", "最少")

#: units that are plain counters (个, 家 …): the counted noun usually
#: follows ("建成20个省级示范村") and is the indicator
COUNTER_UNITS = frozenset(
    "个 家 条 项 名 位 人 人次 次 所 台 台（套） 台(套) 台次 套 件 座 处 户 辆 张 篇 部 批 支 种 款 场 场次 类 大类 株 棵 头 只 床 间"
    " 家次 批次 幢 辆次 篇次 架次 份 期 艘 核 例 盏 列 起 节 卷 册 栋 宗 轮".split()
)

#: units that are not targets when "内" follows (a time limit: 30天内, 3个月内)
TIME_UNITS = ("天", "日", "个工作日", "工作日", "个月", "月", "周", "年", "个小时", "小时", "分钟")

#: after a time unit (and 左右), these make it the time a task takes, a time
#: limit left to the deadline rule ("用2个月左右时间", "利用3年时间")
TIME_TAKEN_WORDS = ("时间", "的时间")

#: after a time unit, these make it the hours of a service, not a goal (24小时值班值守)
SERVICE_HOURS_AFTER = ("值班", "值守", "备勤", "在线", "待命", "不间断", "全天候", "轮班")
#: a time span right before the name of a rate is that rate's window, part of its name, not a goal of its own
#: (24小时森林火灾扑救率达到95%以上: redteam14 puxi; 48小时结案率, 3年以上企业存活率): the name runs in Han characters
#: (at most RATE_NAME_REACH) and closes in one of these
RATE_NAME_ENDS = ("率",)
RATE_NAME_REACH = 12

#: letter units that are never read as units (too often names: 5G, 4G) …
NAME_LETTER_UNITS = frozenset({"G", "M", "T"})
#: … unless a bound follows them: a bandwidth (省级公共互连接入区接入能力10000M以上)
NAME_LETTER_UNIT_BOUNDS = ("以上", "及以上", "以下", "及以下")

#: the whole jurisdiction: not a scope, and dropped from the indicator
WHOLE_JURISDICTION = (
    "所有市县",
    "全市",
    "全省",
    "全国",
    "全区",
    "全县",
    "全州",
    "全盟",
    "全域",
    "全镇",
    "全乡",
    "全市域",
    "全省域",
    "各级",
    "全行业",
    "全社会",
    "境内",
    "范围内",
)

#: the scope grammar: a numeral + a place suffix (两区, 五县), a determiner +
#: a place (各县区, 其余县区, 每个市), or a level (省级, 市、县级)
SCOPE_NUMERALS = "一二两三四五六七八九十百0123456789"
SCOPE_PLACES = (
    "县市区",
    "市县",
    "县（市、区）",
    "县(市、区)",
    "县区",
    "县市",
    "区县",
    "市州",
    "州市",
    "乡镇",
    "街道",
    "区",
    "县",
    "市",
    "州",
    "镇",
    "乡",
    "村",
    "省",
)
SCOPE_DETERMINERS = ("其余", "其他", "其它", "各", "每个", "重点")
SCOPE_LEVELS = ("省", "市", "县", "区", "乡", "镇", "村")
#: kinds of area that, standing alone as a clause's subject, are a part the
#: previous clause's indicator is restated for ("城市污水处理率达到95%，县城达到
#: 85%，建制镇达到70%" → scope 县城 / 建制镇, indicator 污水处理率)
AREA_PARTS = (
    "城市",
    "县城",
    "建制镇",
    "城镇",
    "农村",
    "乡镇",
    "乡村",
    "城区",
    "中心城区",
    "主城区",
    "市区",
    "集镇",
    "重点镇",
    "县级市",
    "地级市",
    "设区市",
    "开发区",
    "工业园区",
    "产业园区",
    "园区",
)
#: qualifiers written before an area kind: 地级及以上城市, 其他县城
AREA_PART_QUALIFIERS = (
    "地级及以上",
    "地级以上",
    "县级及以上",
    "县级以上",
    "县级",
    "地级",
    "设区的",
    "其他",
    "其余",
    "重点",
    "省级以上",
    "省级",
)
#: a scope by kind of area: 丘陵山区县（市、区）, 重点用膜区
SCOPE_AREA_SUFFIXES = ("县（市、区）", "县(市、区)")
SCOPE_AREA_HEADS = ("重点",)

#: a count of one in these units after 每 + a period (每季度召开1次推进会) is how often a recurrence recurs, which
#: the deadline rule's recurring item says, not a goal
ONCE_UNITS = frozenset({"次", "场", "场次", "期"})
EVERY_PERIOD_WORDS = ("每年", "每半年", "每季度", "每季", "每月", "每半月", "每周", "每旬", "每学期", "每学年")

#: a target due every year has no due year
YEARLY_WORDS = ("每年", "年均", "每年度", "逐年", "年度", "每一年", "年平均")

#: years that are not the due year
BASELINE_YEAR_PREFIXES = ("较", "比", "相比", "比照", "相较", "对比", "与")
#: year words relative to the notice year, as a target's due year reads them: wider than the
#: deadline grammar's time_words.RELATIVE_YEARS (年内, 年底, 全年 date a target, not a deadline)
TARGET_RELATIVE_YEARS: dict[str, int] = {
    "今年": 0,
    "年内": 0,
    "年底前": 0,
    "年底": 0,
    "本年": 0,
    "当年": 0,
    "本年度": 0,
    "全年": 0,  # 全年新增…200家 in a year's 工作要点: the notice year
    "明年": 1,
    "后年": 2,
}
#: digits and numerals of a count of years: before 年内/年底 they make a duration (栽植后2年内, 三年内, 半年内), not the
#: notice's year
COUNT_BEFORE_YEARS = "0-9０-９〇零一二两三四五六七八九十百半几"
#: a sentence that opens on one of these + a year sets the year of what follows
YEAR_LEAD_WORDS = ("到", "至", "截至", "截止", "截止到", "力争到", "争取到", "预计到", "计划到", "力争", "争取")

#: words at the start of a subject that are not part of the indicator
LEAD_WORDS = (
    "确保",
    "力争",
    "争取",
    "实现",
    "推动",
    "推进",
    "其中",
    "同时",
    "基本",
    "进一步",
    "努力",
    "促进",
    "保证",
    "保障",
    "全面",
    "初步",
    "总计",
    "合计",
    "按照",
    "继续",
    "持续",
    "稳步",
    "分别",
    "均",
)
#: one-character lead words, each with the characters that may not follow it
#: (并网, 对外, 要素, 将来 are words of their own)
LEAD_CHARS: dict[str, str] = {
    "并": "网购联发",
    "且": "",
    "对": "外口象标接比话称应",
    "要": "素求点件",
    "将": "来",
    "使": "用",
    "由": "于",
    "在": "线建",
    "都": "市",
}
#: words at the end of a subject that are not part of the indicator
TRAIL_WORDS = (
    "指标",
    "水平",
    "要",
    "将",
    "能",
    "可",
    "应",
    "须",
    "需",
    "力争",
    "总体",
    "总体上",
    "稳步",
    "持续",
    "逐步",
    "明显",
    "显著",
    "进一步",
    "基本",
    "累计",
    "已",
    "达",
    "平均",
)

#: head nouns of indicators, used to expand "马铃薯种植、收获机械化率" into
#: 马铃薯种植机械化率 and 马铃薯收获机械化率
INDICATOR_HEADS = (
    "综合机械化率",
    "机械化率",
    "综合利用率",
    "利用率",
    "覆盖率",
    "处理率",
    "达标率",
    "普及率",
    "回收率",
    "治理率",
    "合格率",
    "优良率",
    "使用率",
    "配套率",
    "渗透率",
    "占有率",
    "贡献率",
    "转化率",
    "增长率",
    "排放总量",
    "排放量",
    "总量",
    "使用量",
    "用水量",
    "消耗量",
    "能耗",
    "浓度",
    "面积",
    "比例",
    "比重",
    "数量",
    "规模",
    "收入",
    "产值",
    "营收",
    "率",
)

#: names of measured substances and resources. Listed first and then named
#: again with a head, they share that head: "化学需氧量、氨氮重点工程减排量" →
#: 化学需氧量重点工程减排量 and 氨氮重点工程减排量 (INDICATOR_HEADS only knows
#: heads it lists; these know where the shared part starts)
MEASURED_TERMS = (
    "化学需氧量",
    "COD",
    "氨氮",
    "总磷",
    "总氮",
    "二氧化硫",
    "SO2",
    "氮氧化物",
    "NOx",
    "挥发性有机物",
    "VOCs",
    "挥发性有机物（VOCs）",
    "烟粉尘",
    "烟尘",
    "粉尘",
    "颗粒物",
    "细颗粒物",
    "可吸入颗粒物",
    "细颗粒物（PM2.5）",
    "可吸入颗粒物（PM10）",
    "PM2.5",
    "PM10",
    "臭氧",
    "一氧化碳",
    "二氧化碳",
    "重金属",
    "铅",
    "汞",
    "镉",
    "铬",
    "砷",
    "化肥",
    "农药",
    "煤炭",
    "石油",
    "天然气",
    "能源",
    "用水",
    "用电",
    "建设用地",
    "耕地",
)

#: verbs that end a counted noun after a counter ("2000家规上工业企业实施技术改造"
#: → 规上工业企业) unless a 的 follows them (then they are inside a modifier)
NOUN_END_VERBS = (
    "实施",
    "开展",
    "实现",
    "具备",
    "达到",
    "通过",
    "进行",
    "参与",
    "完成",
    "获得",
    "纳入",
    "建成",
    "开通",
    "入选",
    "上云",
    "应用",
    "接入",
    "覆盖",
    "提供",
    "用于",
    "改建",  # 16条市政供水管道项目和改建…: the next task
    "扩建",
)
#: modals and the etc word that end a counted noun as its verbs do ("30所学校要达到…", "2000家企业等"):
#: one character each, tried after every verb (应用 before 应)
NOUN_END_WORDS = ("要", "能", "将", "应", "须", "等")

#: a quantity in a clause with one of these words is not a goal
SUBSIDY_WORDS = ("最高", "给予", "奖补", "补贴", "奖励", "补助", "贴息", "资助", "扶持资金", "一次性")
#: in a subsidy, these make the amount a cap (最高500万元 → <=)
SUBSIDY_CAPS = ("最高", "不超过", "最多", "上限")
#: money units: a money amount in a sentence that grants a subsidy is part of it
MONEY_UNITS = frozenset({"元", "美元"})
#: a bound in a clause with one of these words is a threshold, not a goal.
#: A ban (禁止新建…20蒸吨以下) is encoded as the allowed side (THRESHOLD_FLIP);
#: a phase-out (淘汰10蒸吨及以下锅炉) names the class removed, so its bound is
#: kept as written (及以下 → <=).
BAN_WORDS = ("禁止", "严禁", "不得", "不准")
PHASE_OUT_WORDS = ("取缔", "淘汰", "关停", "拆除", "关闭")
THRESHOLD_WORDS = BAN_WORDS + PHASE_OUT_WORDS
#: written right before a number, these make it count a known set: 交办的268件, 等6个行业
SET_MENTION_BEFORE = ("等",)
#: a clause opening on these treats a known set: "对确定的130项措施", "针对…的2034种商品"
TREATMENT_LEADS = ("对", "针对", "围绕")
#: … but a bound followed by 的 and one of these names the goal itself, not who qualifies
#: (对各县区提出人均GDP不低于8万元的目标, 围绕实现研发投入强度不低于2.5%的目标)
GOAL_NOUNS_AFTER_OF = ("目标", "要求", "任务", "指标")
#: an aside in brackets right after a bound (不超过5000万元（含）, （含5000万元）) is skipped before asking what
#: follows the quantity; it is at most this many characters long
BOUND_ASIDE_OPENERS = ("（", "(")
BOUND_ASIDE_CLOSERS = ("）", ")")
#: after 已, these make it a noun's attribute, not a status, when a verb states the number after the noun:
#: 已建治理设施正常运行率稳定在90%以上 (the facilities built; yunxi-2026-nongcun-wushui-zhili-tisheng), 每月随机回访
#: 已办结工单不少于10% (the orders closed; linjiang-2025-yingshang-huanjing-gongzuo-yaodian)
ATTRIBUTIVE_PARTICIPLES = (
    "建",
    "建成",
    "建设",
    "投运",
    "改造",
    "安装",
    "改厕",
    "办结",
    "受理",
    "认定",
    "登记",
    "备案",
    "脱贫",
    "签约",
)
REFERENCE_WORDS = ("交办", "已经", "已", "现有", "目前", "截至目前", "共有", "反馈的", "涉及")
#: a sentence that opens on a past period reports achievements, not goals:
#: 党的十八大以来，…优良天数比例达到85.2% (发展基础 paragraphs of a 规划)
PAST_PERIOD_WORDS = ("以来", "过去", "近年来", "近几年", "近五年", "这些年")
#: status, not goals (issue 8 item 5): a number describing the present or the
#: past. A clause or sentence with one of these words before the number states
#: what is, unless the sentence sets a goal (GOAL_WORDS, or a year not before
#: the notice's): 目前全县有养老机构12家, 全县常住人口41.2万人, 比上年增长5.2%
STATUS_WORDS = (
    "目前",
    "当前",
    "现有",
    "截至目前",
    "截止目前",
    "现阶段",
    "已经",
    "已",
    "上年",
    "上一年",
    "去年",
    "常住人口",
    "户籍人口",
    "总人口",
    "辖区面积",
    "总面积",
    # a problem's figure, what is short of a goal (督察/巡察整改: 网格事件按期办结率仅为82%, 修复面积不足规划的40%)
    "仅为",
    "仅有",
    "只有",
    "仅占",
    "不足",
)
#: … but the previous year after one of these is the baseline of a goal, not a status: 较上年提高2个百分点,
#: 比上年增长6%, 与上年相比下降10% (a past year written in the sentence, 2023年，…比上年增长12.3%, still makes it one)
STATUS_YEAR_WORDS = ("上年", "上一年", "去年")
#: … nor is one after 每 and a scale, the base of a per-capita rate: 每千常住人口执业（助理）医师数达到3.2人
PER_CAPITA_MARK = "每"
PER_CAPITA_SCALES = "十百千万"
#: … and a population followed by 的, or after 占, is the base of a share, not a status: 注册率达到辖区常住人口的85%以上,
#: 注册志愿者占常住人口比例达到18% (redteam18 longque)
STATUS_POPULATION_WORDS = ("常住人口", "户籍人口", "总人口")
SHARE_OF_WORD = "占"
BASELINE_BEFORE_YEAR = ("较", "比", "与")
#: the year before the notice's as a goal's baseline: 较上年提高2个百分点, 比去年同期下降10%, 与上年相比减少30%
#: (baseline_year: the notice year - 1), dropped from the indicator as 较2024年 is
PREVIOUS_YEAR_BASELINES = (
    "较上一年度",
    "较上一年",
    "较上年度",
    "较上年",
    "比上年度",
    "比上年",
    "较去年",
    "比去年",
    "与上年",
    "与去年",
    "相比上年",
    "相较上年",
)
PREVIOUS_YEAR_BASELINE_TAILS = ("同期", "相比", "水平")
#: words that make a sentence set a goal, whatever status words it holds
GOAL_WORDS = ("力争", "确保", "争取", "目标", "预期", "努力", "届时", "计划到", "规划到")
#: headings of background sections (基本情况, 现状, 发展基础): their numbers
#: describe what is and are not targets unless a sentence sets a goal
BACKGROUND_HEADING_WORDS = (
    "基本情况",
    "现状",
    "发展基础",
    "工作基础",
    "现实基础",
    "发展成效",
    "取得成效",
    "取得的成效",
    "主要成效",
    "工作成效",
    "工作回顾",
    "发展回顾",
    "面临形势",
    "面临的形势",
    "形势分析",
    "背景",
)
#: five-year-plan names and their last year: a past one (十三五期间 in a 2021
#: notice) reports achievements; a running one names the due year (十四五期间 → 2025)
#: (the table of the time rule: one list of plan names for both rules)
PLAN_PERIODS = _time_words.PLAN_PERIODS
#: after a plan name, these make it a period (not a plan's title); all but 以来
#: (which looks back) make it name the year its goals fall due
PLAN_PERIOD_DUE_WORDS = _time_words.PLAN_PERIOD_DUE_WORDS
PLAN_PERIOD_WORDS = (*PLAN_PERIOD_DUE_WORDS, "以来")

#: an eligibility threshold, not a goal: a bound written on a quantity that
#: qualifies the noun after it ("营业收入5000万元以上的规上工业企业",
#: "1亿元以上规上工业企业"), unless a build verb counts it ("培育100家以上企业")
PERCENT_UNITS = frozenset({"%", "％", "‰", "个百分点", "百分点"})
BUILD_VERBS = (
    "建成",
    "建设",
    "新建",
    "培育",
    "新增",
    "打造",
    "创建",
    "争创",
    "认定",
    "引进",
    "招引",
    "实施",
    "完成",
    "形成",
    "培训",
    "建立",
    "发展",
    "推广",
    "开展",
    "举办",
    "组织",
    "遴选",
    "支持",
    "扶持",
    "评选",
    "选树",
    "培养",
    "吸引",
    "带动",
    "突破",
)

#: a threshold's comparator is the allowed side: 禁止…高于1% → <= 1
THRESHOLD_FLIP: dict[str, str] = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "==": "=="}

#: a ranking: 前N位/名 after one of these words is a goal, a rank no worse than N (城市信用监测排名保持在全国县级前100位,
#: 力争平安建设考评位居全市前10名: <= N); 后N位 is the rule's condition, not a goal (年度营商环境评价排名全省后3位的指标)
RANK_WORDS = ("排名", "排位", "位居", "位列", "进入", "跻身", "稳居", "居于", "排在", "保持在", "稳定在")
RANK_UNITS = frozenset({"位", "名"})
#: the characters before a rank's number: 前 (the top N, a goal) and 后 (the bottom N, a rule's condition)
RANK_TOP = "前"
RANK_SIDES = frozenset({RANK_TOP, "后"})
#: how far before 前/后 a ranking word is looked for (characters)
RANK_REACH = 12

#: the character after a number that makes it a name, ordinal or date, not a quantity
#: （含1000万元）, (含50万元): a bracket after a bound restates the quantity just bounded (不超过1000万元（含1000万元）),
#: never a target of its own
NOT_QUANTITY_BEFORE = ("第", "前", "No.", "NO.", "+", "＋", "〔", "[", "【", "（含", "(含")
#: … those of them that restate a bound only when the bracket closes right after the quantity: （含1000万元）;
#: （含600个室分站） counts a part of its own (室分站 >= 600 个)
RESTATED_BOUND_OPENERS = ("（含", "(含")
#: … but 前 after an event or a time's end is "before" it, not an ordinal (前三, 前10名): the number after
#: it is a quantity (完成信息平台上线前15项业务编码贯标); a time span after it (开工前3个月, 每月底前3个工作日) is when
#: something is due before the event, never a count (items._arabic_step asks the unit)
BEFORE_EVENT_WORDS = ("上线前", "投运前", "运行前", "开工前", "竣工前", "验收前", "开学前", "底前", "末前")
#: a time span right after these is how long a procedure runs, not a goal: 验收合格并公示5个工作日后予以销号 (tongxi-2025,
#: red team 9), 验收结果在市政府门户网站公示7个工作日 (linjiang-2025, red team 10) — both golds leave them out
PROCEDURE_PERIOD_WORDS = ("公示", "公告", "公示期", "公告期", "公示期为", "公告期为")
NOT_QUANTITY_AFTER = ("号", "级", "届", "期间", "月", "日", "时", "年", "+", "＋", "〕", "]", "】", "期")

#: quote pairs that make the quantity they wrap a name ("24小时"服务, “12345”热线)
NAME_QUOTES = frozenset({("“", "”"), ('"', '"'), ("‘", "’"), ("「", "」"), ("『", "』")})
#: written right before a number, these make it the base of a ratio (每5所幼儿园配备1名):
#: not a goal, and the clause's other quantities only when a comparator verb states them
RATIO_MARKS = ("每",)
#: … and with one of BUILD_VERBS between (每认定1家给予孵化器10万元扶持) the number is the unit of a per-unit
#: reward: that count is no goal, the reward beside it is read as it is
#: … and with one of these between (each maybe followed by a SCORE_STEP_OBJECTS word) the number is the step of
#: an assessment's scoring rule, how far off a goal costs a point: 每低1个百分点扣0.2分, 每低于目标1个百分点扣0.5分,
#: 平均审理周期每超过5天扣1分, 投诉件每超期1件扣1分, 每提高1个百分点加0.5分, 每延误1天扣1分: no goal
SCORE_STEP_VERBS = frozenset(
    "低 低于 高 高于 少 少于 多 多于 超 超过 超出 超期 逾期 延误 延期 推迟 滞后 晚 差 缺 欠 下降 降低 减少 提高 增加 增长 上升".split()
)
SCORE_STEP_OBJECTS = ("目标值", "目标", "标准", "要求", "规定", "计划", "任务", "平均值", "平均水平")

#: a count of these units right after one of INSTALMENT_BEFORE is how a task is split (分3期实施, 分2批建设,
#: 分为3批次), not a goal
INSTALMENT_UNITS = frozenset({"期", "批", "批次", "轮"})
INSTALMENT_BEFORE = ("分", "分为", "分成")

#: a bound quantity followed by 的 and a clause break or a sanction is the condition of a rule, not a goal:
#: 停水时间超过24小时的，…组织应急供水; 平均办理时间超过3个工作日的，扣2分; 综合窗口占比未达到85%的扣3分
CONDITION_BREAKS = frozenset("，,；;：:")
CONDITION_SANCTIONS = ("扣", "减", "加", "不得分", "不予", "取消", "视为", "一票否决")
#: … and a count in a clause that then scores points (扣2分, 减0.5分, 加1分) is what the score is for: 出现1例未处理扣2分
SCORE_VERBS = ("扣", "减", "加", "得")
#: … of them, those that earn the points for reaching a level written right before (回收利用率不低于38%得10分)
SCORE_EARN_VERBS = ("得", "加")
#: … and, with 的 between, the one that scores a level a verb states as the item's full marks (完工率达到90%以上的得25分,
#: 数量不低于任务的1.2倍的得5分: the level is the goal); not 达到100%的加1分 (a bonus's condition) nor ≥95%的得5分 (no verb)
SCORE_LEVEL_EARN_VERBS = ("得",)
FULL_MARKS_COMMAS = frozenset("，,")
#: … under a verb whose comparator is one of these (达到, 不低于, 控制在, 不超过; not 低于, 超过: a bare comparison),
#: not negated by the character before it (未达到90%的得5分)
FULL_MARKS_COMPARATORS = frozenset((">=", "<="))
FULL_MARKS_NEGATIONS = frozenset("未没")

#: a table row's target cell with no subject (二级指标 | 目标值: 县域内就诊率 | ≥90%) takes the cell before it as its
#: indicator when that cell is this long (characters, trimmed) and holds none of these marks of a value
TABLE_CELL_SUBJECT_MIN = 2
TABLE_CELL_SUBJECT_MAX = 40
TABLE_VALUE_MARKS = frozenset("%％‰≥≤≧≦＞＜><")

#: a qualifier (营业收入超10亿元的企业|达到8家) keeps the next list's subject start at its own only when its subject,
#: from that start to the qualifier's end, is at most this long (characters): the longest in every gold set is 30
#: (力争到2027年全省标志性产业链领域营业收入5000万元以上); a longer one is a run of qualifiers, not one subject
QUALIFIED_SUBJECT_MAX = 48
#: a baseline's mark (由, 从分别, 由2015年底的) is looked for this far (characters) before its list: the longest mark is
#: 9 without spaces; a search from the subject's start read every baseline of a run again (由10%提高到 x n)
BASELINE_MARK_REACH = 32

#: punctuation that ends a clause (a target never runs over it)
CLAUSE_BREAKS = "，,：:\t"
#: punctuation that ends a sentence
SENTENCE_BREAKS = "。；;！!？?\n"

# --- words of the grammar of a quantity, a year and a subject (patterns in extract/targets/patterns.py)

#: time units read after a number besides UNIT_WORDS (each also in TIME_UNITS:
#: a time limit, left to the deadline rule unless a goal verb states it)
QUANTITY_TIME_UNITS = ("个工作日", "工作日", "个月")
#: what may follow a round amount in Chinese numerals (过千亿, 突破万亿元以上)
ROUND_AMOUNT_SUFFIXES = ("以上", "左右")
#: written after a baseline year: 较2015年相比, 比2015年同期
BASELINE_YEAR_SUFFIXES = ("相比", "同期")
#: written after a year: 以来 looks back (history, not a due year); 以前, 前, 后 bound it
YEAR_LOOKS_BACK = "以来"
YEAR_AFTER_WORDS = (YEAR_LOOKS_BACK, "以前", "之前", "前", "后")
#: what closes an ordinal marker opening a subject: 第四条, 第二部分
MARKER_ORDINAL_WORDS = ("条", "章", "节", "款", "部分")
#: verbs of doing dropped from a 的-phrase after 对 (对30%以上的县区…进行稽查 → 稽查比例)
DO_VERBS = ("进行", "开展", "实施", "实行")
#: "按…金额的30%": a rate of some amount (with a subsidy word in the sentence, a subsidy)
RATE_OF_LEAD = "按"

# --------------------------------------------------------------------------
# A hard-wrapped text (a gazette page saved as text, cut every 31 characters): the line breaks where a line
# goes on end no sentence (targets/sentences.hard_wraps)
# --------------------------------------------------------------------------

#: a line is long from this right edge in columns (a CJK character two), or in characters
WRAP_MIN_COLUMNS = 40
WRAP_MIN_CHARS = 20
#: … a text with fewer long lines is not read as wrapped
WRAP_MIN_LINES = 10
#: … the wrap width is an edge that this share of the long lines reach within the slack (in columns: a line
#: that ends in digits ends a column short, one that ends in a full-width mark a column over; in characters, 1)
WRAP_EDGE_SHARE = 0.3
WRAP_COLUMN_SLACK = 4
#: a paragraph's first line is indented two characters on the page (columns, characters); a PDF's text drops the
#: indent, so such a line, written without it, reaches the wrap width this much short of it
WRAP_FIRST_LINE_INDENT = (4, 2)
#: what a line that ends a sentence or a heading closes with
WRAP_LINE_ENDS = "。；;！!？?：:”’」』）)"
