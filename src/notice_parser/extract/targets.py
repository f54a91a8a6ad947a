"""Numeric targets (数量目标): every quantitative goal in a section's own text.

``find_targets(ctx, region)`` reads one region (a numbered section's own
text, or the preamble) sentence by sentence and clause by clause:

1. **quantities**: a number, an optional 万/亿 (folded into the value), a
   unit word, an optional range ("4.354亿立方米至4.48亿立方米", "1—2条") and a
   suffix (以上, 以下, 左右); neighbouring quantities joined by 、/和 form a
   *value list* ("92%、83%和95%、85%");
2. **baselines**: a value list right after 由 is the baseline of the next one;
3. **comparator**: from the verb right before the list (达到, 控制在,
   下降…), then the suffix, else ``==`` for "about" and ``>=`` for a bare
   count ("建成20个");
4. **subject**: the clause text before the verb, with time words, scope
   words (两区, 五县 → ``scope``; 全市 → dropped) and lead words stripped,
   is the indicator; after a counter ("20个省级示范村") the counted noun is;
5. **distribution**: 分别 spreads a list over indicators, scopes or years
   (or years × scopes); 均 copies one value to every indicator;
6. **year**: a year in the same sentence, else the nearest earlier
   sentence of the paragraph that opens with "到2020年", else the lead
   sentence of the paragraph or the region; null for yearly (每年) targets.

Quantities that are not goals are kept with a ``flag``: ``subsidy``
(最高3000万元, 奖补), ``threshold`` (禁止…高于1%), ``reference`` (交办的268件).
Names, ordinals, years, document numbers and numbers inside 《》 are skipped.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..lexicon import target_words as W
from ..model import Target
from ..spans import WHITESPACE, located, squeeze
from . import wordcut
from .context import Context, Region
from .numbers import parse_cn_number, parse_number


def _alt_chars(chars) -> str:
    return "".join(regex.escape(c) for c in chars)


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


# --------------------------------------------------------------------------- patterns

_NUM = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"

#: one quantity: a number, 万/亿, a unit word
_QUANTITY = regex.compile(
    rf"""
    (?<![0-9０-９.．A-Za-z\p{{Greek}}_/＋+×*])   # not inside a number or a name (PM2.5, IPv6, 2+10, 7×24)
    (?P<num>{_NUM})                           # 36  4.354  20
    (?![.．][0-9])                            # not a version-like 1.2.3 tail
    (?P<mult>万亿|亿|万)?                      # multiplier, folded into the value
    (?P<unit>{_alt((*W.UNIT_WORDS, "个工作日", "工作日", "个月"))})?   # unit as written
    """,
    regex.VERBOSE,
)

#: a quantity in Chinese numerals: 百分之十五, 百分之八十, (不少于)一百台
_CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
_CN_QUANTITY = regex.compile(
    rf"""
    (?P<frac>{_alt(W.CN_FRACTIONS)})                       # 百分之 千分之
    (?P<fnum>{_NUM}|[{_CN_DIGITS}]+(?:点[〇零一二三四五六七八九]+)?)   # 十五  九十五点五  15
  | (?<![{_CN_DIGITS}第])                                   # not inside a numeral nor an ordinal
    (?P<num>[{_CN_DIGITS}]+)                               # 一百  两  三万
    (?P<unit>{_alt(W.UNIT_WORDS)})                         # 台  个  个百分点
  | (?<=(?<![{_alt_chars(W.CN_ROUND_VERB_BLOCKERS)}])(?P<bverb>{_alt(W.CN_ROUND_VERBS)}))   # 过千亿 (not 通过)
    (?P<bnum>[一二两三四五六七八九十百千]*(?:万亿|亿|万))   #   a round amount
    (?P<bunit>元)?
    (?=[，,。；;、）)\s]|以上|左右|$)                         #   standing alone (not 千亿级)
    """,
    regex.VERBOSE,
)

# small patterns compiled once (a per-call regex.match(str) pays a cache look-up each time)
_LATIN = regex.compile(r"[A-Za-z]")
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9]")
_LIST_START = regex.compile(r"\s*(?:[、，,；;]|和|及|与)")
_OPEN_BRACKET = regex.compile(r"[（(]")
_HAN = regex.compile(r"\p{Han}")
_SHARE_AT_END = regex.compile(rf"(?:{_alt(W.SHARE_WORDS)})\s*$")
_CHANGE_WORD_AT_END = regex.compile(
    rf"(?:{_alt(k for k, v in W.COMPARATOR_VERBS.items() if v in ('increase_by', 'decrease_by'))})$"
)

#: a range joiner between two quantities
_RANGE_JOIN = regex.compile(rf"\s*(?:{_alt(W.RANGE_JOINERS)})\s*")
#: a list joiner between two items of a value list
_LIST_JOIN = regex.compile(rf"\s*(?:{_alt(W.LIST_JOINERS)})\s*")

#: what may follow a quantity: 及以上 / 以下 / 左右
_SUFFIX = regex.compile(
    rf"""
    (?P<cmp>{_alt(W.COMPARATOR_SUFFIXES)})?    # 以上 以下 以内
    (?P<approx>{_alt(W.APPROX_SUFFIXES)})?     # 左右
    """,
    regex.VERBOSE,
)

#: a quantity written as a word: 零增长, 清零
_ZERO = regex.compile(
    rf"""
    [“"]?                                      # optional opening quote
    (?P<word>{_alt(w for w, c in W.ZERO_WORDS.items() if c)})
    [”"]?                                      # optional closing quote
    """,
    regex.VERBOSE,
)

#: the comparator verb at the end of the text before a value list
_VERB_AT_END = regex.compile(
    rf"""
    (?P<verb>{_alt(W.COMPARATOR_VERBS)})       # 达到 提升至 控制在 下降
    (?:{_alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS + W.FILLER_WORDS)})*   # 分别 均 总体
    (?P<approx>{_alt(W.APPROX_PREFIXES)})?     # 约
    \s*$
    """,
    regex.VERBOSE,
)

#: 由 / 从 right before a value list: that list is the baseline
_BASELINE_MARK = regex.compile(
    rf"""
    (?:由|从)(?:{_alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS)})?\s*   # 由 / 分别由
    (?:(?P<y>[12][0-9]{{3}})\s*年(?:底|末)?的?\s*)?              # 由2015年的65: the baseline's year
    $""",
    regex.VERBOSE,
)
#: a year that dates a baseline value (由2015年的65…): not a due year
_BASELINE_OF_YEAR = regex.compile(r"(?:由|从)\s*[12][0-9]{3}\s*年(?:底|末)?的?\s*(?=[0-9０-９])")

#: a baseline year: 较2015年, 比2015年
_BASELINE_YEAR = regex.compile(
    rf"""
    (?:{_alt(W.BASELINE_YEAR_PREFIXES)})       # 较 比 相比
    (?P<y>[12][0-9]{{3}})年(?:底|末)?          # 2015年
    (?:相比|同期)?                              # 相比
    """,
    regex.VERBOSE,
)

#: a year expression: 到2020年, 2017年底前, 2017年和2020年, 2017年至2020年, 今年
_YEAR = regex.compile(
    rf"""
    (?P<base>{_alt(W.BASELINE_YEAR_PREFIXES)})?    # 较2015年: a baseline, not a due year
    (?P<lead>{_alt(W.YEAR_LEAD_WORDS)})?           # 到 截至
    (?:
      (?P<y1>[12][0-9]{{3}})\s*年(?:度)?           # 2017年
      (?:\s*(?P<join>{_alt(W.LIST_JOINERS + W.RANGE_JOINERS)})\s*
         (?P<y2>[12][0-9]{{3}})\s*年)?             # 和2020年 / 至2020年
      (?P<end>底|末)?                               # 年底
      (?P<post>以来|以前|之前|前|后)?               # 以来: history, not a due year
    | (?P<rel>{_alt(W.RELATIVE_YEARS)})            # 今年 年内 年底前
    )
    """,
    regex.VERBOSE,
)

#: a yearly target: 每年, 年均, 年度 (not 2017年度)
_YEARLY = regex.compile(rf"(?<![0-9０-９])(?:{_alt(W.YEARLY_WORDS)})")

#: 《title》 spans: numbers inside are not targets
_TITLE = regex.compile(r"《[^《》\n]*》")

_PLACES = _alt(W.SCOPE_PLACES)
#: one scope: 两区, 五县, 各县区, 其余县区, 每个市, 丘陵山区县（市、区）, 重点用膜区
_ONE_SCOPE = rf"""
    (?:[{W.SCOPE_NUMERALS}]+个?(?:{_PLACES})              # 两区 五县
     | (?:{_alt(W.SCOPE_DETERMINERS)})(?:{_PLACES})        # 各县区 每个市
     | \p{{Han}}{{1,6}}?(?:{_alt(W.SCOPE_AREA_SUFFIXES)})  # 丘陵山区县（市、区）
     | (?:{_alt(W.SCOPE_AREA_HEADS)})\p{{Han}}{{1,4}}?区   # 重点用膜区
    )(?![域划块间内长委级])                                 # not 区域, 区划, 县长, 市级
"""
_SCOPE = regex.compile(
    rf"""
    ^(?P<scope>{_ONE_SCOPE}(?:\s*(?:、|和|及)\s*{_ONE_SCOPE})*)   # a list of scopes
    """,
    regex.VERBOSE,
)
#: a level scope: 省级, 市、县级 (only when levels are contrasted)
_LEVEL_SCOPE = regex.compile(rf"^(?P<scope>(?:{_alt(W.SCOPE_LEVELS)})(?:[、和及](?:{_alt(W.SCOPE_LEVELS)}))*级)")
#: a scope closing a subject after a joiner: "…和五县" (the number is 五县's)
_SCOPE_AT_END = regex.compile(rf"(?:和|及|、)(?P<scope>{_ONE_SCOPE})$", regex.VERBOSE)
_SCOPE_SPLIT = regex.compile(r"\s*(?:、|和|及)\s*(?=\S)(?![^（(]*[）)])")  # not inside （市、区）
_SCOPE_JOIN = regex.compile(r"\s*(?:、|和|及)\s*(?=\S)")
_BRACKET = regex.compile(r"[（(）)]")


def _split_scopes(s: str) -> list[str]:
    """``_SCOPE_SPLIT.split(s)`` without its look-ahead, which scanned to the
    end of the list at every joiner ("五县和" x 33000 took 30 s): a joiner
    splits unless the next bracket after it closes one (inside （市、区）).

    >>> _split_scopes("五县和两区"), _split_scopes("各市（市、区）和县")
    (['五县', '两区'], ['各市（市、区）', '县'])
    """
    brackets = [(b.start(), b.group() in "）)") for b in _BRACKET.finditer(s)]
    starts = [b[0] for b in brackets]
    pieces, last = [], 0
    for m in _SCOPE_JOIN.finditer(s):
        k = bisect.bisect_left(starts, m.end())
        if k < len(brackets) and brackets[k][1]:
            continue  # inside brackets
        pieces.append(s[last : m.start()])
        last = m.end()
    pieces.append(s[last:])
    return pieces


#: a section or list marker opening a subject: never part of an indicator
_MARKER = r"""(?:
        第[0-9０-９一二三四五六七八九十百零〇]{1,4}(?:条|章|节|款|部分)   # 第四条
      | [0-9０-９]{1,2}[.．、﹒](?![0-9０-９])                      # 46．
      | [（(][0-9０-９一二三四五六七八九十]{1,3}[）)]                # （3）
      | [一二三四五六七八九十]{1,3}[、是](?![是])                  # 三、  一是
      | [①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]                           # ③
    )"""
_MARKER_AT = regex.compile(rf"\s*{_MARKER}\s*", regex.VERBOSE)
#: words stripped from the start of a subject
_LEAD = regex.compile(
    rf"""^(?:
        {_alt(W.WHOLE_JURISDICTION)}             # 全市 全省
      | {_alt(W.LEAD_WORDS)}                     # 确保 力争 实现
      | {"|".join(f"{regex.escape(c)}(?![{regex.escape(n)}])" if n else regex.escape(c) for c, n in W.LEAD_CHARS.items())}   # 对 (not 对外)
      | {_alt(W.YEARLY_WORDS)}                   # 每年
      | [、，,\s“”"）)]                          # stray punctuation
      | {_MARKER}                                # a section or list marker: 第四条 三、 （3） 46．
    )""",
    regex.VERBOSE,
)
#: a kind of area standing alone as a subject: 县城, 建制镇, 地级及以上城市
_AREA = rf"(?:{_alt(W.AREA_PART_QUALIFIERS)})?(?:{_alt(W.AREA_PARTS)})"
_AREA_PART = regex.compile(_AREA)
#: an area opening an indicator, with an indicator left after it (城市|污水处理率)
_AREA_PART_AT_START = regex.compile(rf"{_AREA}(?=\p{{Han}}{{2}})")
#: words stripped from the end of a subject
_TRAIL = regex.compile(
    rf"(?:{_alt(W.TRAIL_WORDS + W.DISTRIBUTE_WORDS + W.SHARE_WORDS + ('趋', '由', '从'))}|[、，,\s“\"])$"
)
#: one-character trail words that also end ordinary words (产能, 功能, 必须, 供应): cut only at a word boundary
_TRAIL_IN_WORDS = frozenset(w for w in W.TRAIL_WORDS if len(w) == 1 and "\u4e00" <= w <= "\u9fff") - {"、"}
#: where a list of subjects splits: 化学需氧量、氨氮排放总量
_SUBJECT_SPLIT = regex.compile(r"(?:、|和|及|与|以及)")
_MID_DISTRIBUTE = regex.compile(rf"(?:{_alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS)})")
#: a measured substance (化学需氧量, 氨氮, PM2.5): a list of them shares what follows the last
_TERM = regex.compile(_alt(W.MEASURED_TERMS))
_TERM_AT_START = regex.compile(rf"(?:{_alt(W.MEASURED_TERMS)})(?=\S)")
_HEAD = regex.compile(rf"(?:{_alt(W.INDICATOR_HEADS)})$")

#: where a counted noun ends: a verb not inside a 的-modifier, or a modal
_NOUN_END = regex.compile(rf"(?:{_alt(W.NOUN_END_VERBS)}|要|能|将|应|须|等)")
_NOUN_TRAIL = "，,、和及与。；;：:！!？? \n\u3000"
_MODALS = regex.compile(r"^(?:要|能|将|应|须|可|均|都|并|已)+")
_DO = regex.compile(r"^(?:进行|开展|实施|实行)")

_SUBSIDY = regex.compile(_alt(W.SUBSIDY_WORDS))
_CAP = regex.compile(_alt(W.SUBSIDY_CAPS))
#: "按…金额的30%": a rate of some amount
_RATE_OF = regex.compile(r"按.*的\s*$")
_THRESHOLD = regex.compile(_alt(W.THRESHOLD_WORDS))
_BAN = regex.compile(_alt(W.BAN_WORDS))
_REFERENCE = regex.compile(_alt(W.REFERENCE_WORDS))
_PAST_PERIOD = regex.compile(_alt(W.PAST_PERIOD_WORDS))
_STATUS = regex.compile(_alt(W.STATUS_WORDS))
_ROUND_VERBS = sorted(W.CN_ROUND_VERBS, key=len, reverse=True)
#: a plan period that names a due year (not 以来, which looks back)
_PLAN_DUE = regex.compile(
    rf"(?:{_alt(W.YEAR_LEAD_WORDS)})?[“\"‘「]?(?P<name>{_alt(W.PLAN_PERIODS)})[”\"’」]?"
    rf"(?:{_alt(w for w in W.PLAN_PERIOD_WORDS if w != '以来')})"
)
_GOAL = regex.compile(_alt(W.GOAL_WORDS))
#: a plan period: 十三五期间, “十四五”末 (its year decides past or due)
_PLAN_PERIOD = regex.compile(rf"(?P<name>{_alt(W.PLAN_PERIODS)})[”\"’」]?(?:{_alt(W.PLAN_PERIOD_WORDS)})")
#: "交办的268件", "…等6个行业": a number right after 的 or 等 counts a known set
_SET_MENTION = regex.compile(rf"(?:{_alt(W.SET_MENTION_BEFORE)})\s*$")
#: "对确定的130项措施": 的 + a number counts a known set when the clause treats it (对/针对)
_OF_SET = regex.compile(r"的\s*$")
_TREATED = regex.compile(rf"(?:{_alt(W.TREATMENT_LEADS)})")

#: verbs that state a bound (高于1%): in a ban they make a threshold
_BOUND_VERBS = frozenset(
    v for v, c in W.COMPARATOR_VERBS.items() if c in (">", "<", ">=", "<=") and v.endswith(("于", "过", "足"))
)
_TIME_UNITS = frozenset(W.TIME_UNITS) | {"个工作日", "工作日", "个月"}
_SENTENCE_BREAKS = frozenset(W.SENTENCE_BREAKS)
_CLAUSE_BREAKS = frozenset(W.CLAUSE_BREAKS)


# --------------------------------------------------------------------------- data


@dataclass
class _Item:
    """One quantity of a value list."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    suffix_cmp: str | None = None
    approx: bool = False
    word_cmp: str | None = None  # 零增长 → increase_by


@dataclass
class _Group:
    """Adjacent quantities joined by 、/和: one value list."""

    items: list[_Item]

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    heading: bool = False
    years: list[tuple[int, list[int], bool]] = field(default_factory=list)  # (pos, years, lead-in)


# --------------------------------------------------------------------------- helpers


def _squeeze(s: str) -> str:
    return squeeze(s)


def _split_spans(text: str, start: int, end: int, breaks: frozenset[str], keep_digit_commas: bool = False):
    """Split ``text[start:end]`` after each break character."""
    out, s = [], start
    for i in range(start, end):
        ch = text[i]
        if ch in breaks:
            if (
                keep_digit_commas
                and ch in ",，"
                and 0 < i < len(text) - 1
                and text[i - 1].isdigit()
                and text[i + 1].isdigit()
            ):
                continue
            out.append((s, i + 1))
            s = i + 1
    if s < end:
        out.append((s, end))
    return out


def _quantity_at(text: str, pos: int, limit: int, titles) -> tuple[int, float, str | None, str | None] | None:
    """A quantity starting exactly at ``pos``: (end, value, unit, multiplier)."""
    m = _QUANTITY.match(text, pos, limit)
    if not m or _in_titles(pos, titles):
        return None
    unit = m["unit"]
    end = m.end()
    if unit and _LATIN.match(unit):
        nxt = text[end : end + 1]
        if unit in W.NAME_LETTER_UNITS or (nxt and _LATIN_OR_DIGIT.match(nxt)):
            unit, end = None, m.end("mult") if m["mult"] else m.end("num")
    value = parse_number(m["num"] + (m["mult"] or ""))
    if value is None:
        return None
    value = round(value, 6)  # 4.48亿 is 448000000, not 448000000.00000006
    return end, value, unit, m["mult"]


def _bare_value_of_verb(text: str, start: int, at: int, end: int) -> bool:
    """A number with no unit right after a comparator verb is a value (an
    index or a ratio: 电能利用效率降到1.3以下, 发展指数达到125左右) when
    nothing but a suffix or punctuation follows it.

    >>> _bare_value_of_verb("效率降到1.3以下", 0, 4, 7), _bare_value_of_verb("达到2020年", 0, 2, 6)
    (True, False)
    """
    vm = _VERB_AT_END.search(text, max(start, at - 8), at)
    if not vm or len(vm["verb"]) < 2 or vm["verb"] in W.CN_COUNT_WEAK_VERBS:
        return False
    nxt = text[end : end + 1]
    return not nxt or nxt in W.BARE_VALUE_FOLLOWERS or text.startswith(W.BARE_VALUE_SUFFIXES, end)


def _cn_value(s: str) -> float | None:
    """Value of a numeral after 百分之, with 点 decimals.

    >>> _cn_value("十五"), _cn_value("九十五点五"), _cn_value("百"), _cn_value("12.5")
    (15.0, 95.5, 100.0, 12.5)
    """
    whole, _, dec = s.partition("点")
    v = parse_number(whole)
    if v is None or (dec and parse_cn_number(dec) is None):
        return None
    return float(f"{int(v)}.{parse_cn_number(dec)}") if dec else v


def _cn_item(text: str, c, start: int, end: int, titles) -> _Item | None:
    """A quantity in Chinese numerals, or None. A percentage (百分之十五) always
    counts; a count (一百台) only right after a comparator verb (不少于一百台),
    since 十大产业, 一批, 四个意识 are names."""
    if _in_titles(c.start(), titles):
        return None
    if c["bnum"]:
        bnum = c["bnum"]
        value = parse_cn_number("一" + bnum if bnum[0] in "万亿" else bnum)
        if value is None or value < 10_000:
            return None
        sm = _SUFFIX.match(text, c.end(), end)
        item = _Item(c.start(), sm.end(), float(value), None, c["bunit"], None, bool(sm["approx"]))
        item.word_cmp = W.CN_ROUND_VERBS[c["bverb"]]
        return item
    if c["frac"]:
        value, unit = _cn_value(c["fnum"]), W.CN_FRACTIONS[c["frac"]]
    else:
        vm = _VERB_AT_END.search(text, max(start, c.start() - 12), c.start())
        verb = vm["verb"] if vm else None
        num = c["num"]
        value = parse_cn_number("一" + num if num[0] in "万亿" else num)  # 突破万亿元: one 万亿
        if not verb or verb in W.CN_COUNT_WEAK_VERBS or value is None or c["num"] in W.CN_NOT_COUNTS:
            return None
        if W.COMPARATOR_VERBS[verb] in ("increase_by", "decrease_by") and c["unit"] not in W.CN_CHANGE_UNITS:
            return None  # 减少二次开发费用: a change by a count is written with 个百分点 or 倍
        if value < 2 and verb not in W.CN_COUNT_BOUND_VERBS and c["unit"] not in W.CN_CHANGE_UNITS:
            return None  # 达到一个新水平, 提升一个档次
        unit = c["unit"]
    if value is None:
        return None
    sm = _SUFFIX.match(text, c.end(), end)
    return _Item(
        c.start(), sm.end(), float(value), None, unit, W.COMPARATOR_SUFFIXES.get(sm["cmp"] or ""), bool(sm["approx"])
    )


def _in_titles(pos: int, titles) -> bool:
    return any(a <= pos < b for a, b in titles)


_STALE = object()


def _next_match(pattern, cached, text: str, pos: int, end: int):
    if cached is _STALE or (cached is not None and cached.start() < pos):
        return pattern.search(text, pos, end)
    return cached


def _scan_items(text: str, start: int, end: int, titles, skips: list | None = None) -> list[_Item]:
    """Every quantity (with its range and suffix) in ``text[start:end]``;
    quantities read and left out go to ``skips`` as (start, end, reason)."""
    skips = [] if skips is None else skips
    items: list[_Item] = []
    pos = start
    ratio = False
    # each pattern's next match is searched again only once it lies behind pos
    # (a search from pos finds the same leftmost match): linear, not a scan to
    # the end for every item
    m = z = c = _STALE
    while pos < end:
        m = _next_match(_QUANTITY, m, text, pos, end)
        z = _next_match(_ZERO, z, text, pos, end)
        c = _next_match(_CN_QUANTITY, c, text, pos, end)
        if c and (not m or c.start() < m.start()) and (not z or c.start() < z.start()):
            item = _cn_item(text, c, start, end, titles)
            if item and _in_quoted_name(text, c.start(), c.end(), start, end):
                item = None  # “六个百分之百”要求: a name
            if item:
                items.append(item)
            else:
                skips.append((c.start(), c.end(), "cn_numeral_name_or_vague"))  # 四个意识, 一批, 两个
            pos = item.end if item else c.end()
            continue
        if z and (not m or z.start() < m.start()) and _in_quoted_name(text, z.start("word"), z.end("word"), start, end):
            pos = z.end()  # "一清零一提升"专项行动: a name that holds the word, not a goal
            skips.append((z.start(), z.end(), "quoted_name"))
            continue
        if z and (not m or z.start() < m.start()):
            items.append(_Item(z.start(), z.end(), 0.0, None, None, word_cmp=W.ZERO_WORDS[z["word"]]))
            pos = z.end()
            continue
        if not m:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        q = _quantity_at(text, m.start(), end, titles)
        if q is None:
            skips.append((m.start(), m.end(), "title" if _in_titles(m.start(), titles) else "not_a_quantity"))
            continue
        q_end, value, unit, mult = q
        before = text[max(start, m.start() - 3) : m.start()]
        if any(before.endswith(w) for w in W.NOT_QUANTITY_BEFORE):
            skips.append((m.start(), q_end, "ordinal_or_code"))
            continue
        value_max = None
        # a range: X至Y, X—Y (the first may leave out its unit)
        r = _RANGE_JOIN.match(text, q_end, end)
        if r:
            q2 = _quantity_at(text, r.end(), end, titles)
            if q2 and q2[2] and (unit is None or unit == q2[2]):
                if unit is None and mult is None and q2[3]:
                    value = round(parse_number(m["num"] + q2[3]) or value, 6)
                q_end, value_max, unit = q2[0], q2[1], q2[2]
        if unit is None and not mult and not _bare_value_of_verb(text, start, m.start(), q_end):
            continue  # a bare number: an ordinal, a year, a name
        after = text[q_end : q_end + 2]
        if unit is None and any(after.startswith(w) for w in W.NOT_QUANTITY_AFTER):
            continue
        if unit is None and _LATIN.match(after[:1] or " "):
            continue
        s = _SUFFIX.match(text, q_end, end)
        if text[m.start() - 1 : m.start()] in "（(" and text[s.end() : s.end() + 1] in "）)":
            skips.append((m.start(), s.end(), "bracketed_weight"))
            continue  # a share in brackets: "日常监测（60%）" is a weight, not a goal
        if m.start() > start and (text[m.start() - 1], text[s.end() : s.end() + 1]) in W.NAME_QUOTES:
            skips.append((m.start(), s.end(), "quoted_name"))
            continue  # a quoted quantity is a name: "24小时"服务
        if text[max(start, m.start() - 1) : m.start()] in W.RATIO_MARKS:
            ratio = True  # 每5所幼儿园配备1名: a ratio, not a goal, unless a verb states one
            skips.append((m.start(), s.end(), "ratio_base"))
            continue
        item = _Item(
            m.start(), s.end(), value, value_max, unit, W.COMPARATOR_SUFFIXES.get(s["cmp"] or ""), bool(s["approx"])
        )
        if unit in _TIME_UNITS and text[s.end() : s.end() + 1] in ("内",) and not s["cmp"]:
            item.unit = None  # a time limit ("30天内"), left to the deadline rule
            item.word_cmp = "skip"
        if unit in _TIME_UNITS and text.startswith(W.SERVICE_HOURS_AFTER, s.end()):
            item.unit = None  # "实行24小时值班值守": the hours of a service, not a goal
            item.word_cmp = "skip"
        if unit in _TIME_UNITS and text.startswith(W.TIME_TAKEN_WORDS, s.end()):
            item.unit = None  # "用2个月左右时间": the time a task takes, left to the deadline rule
            item.word_cmp = "skip"
        if unit in _TIME_UNITS and (s["cmp"] in ("以内", "之内")):
            item.word_cmp = "skip-unless-verb"
        if ratio and item.word_cmp is None:
            item.word_cmp = "skip-unless-verb"
        items.append(item)
        pos = s.end()
    skips += [(i.start, i.end, "time_limit") for i in items if i.word_cmp == "skip"]
    return [i for i in items if i.word_cmp != "skip"]


def _in_quoted_name(text: str, a: int, b: int, start: int, end: int, reach: int = 8) -> bool:
    """Is ``text[a:b]`` part of a longer quoted name ("一清零一提升")?

    >>> t = "开展“一清零一提升”专项行动，实现“清零”"
    >>> _in_quoted_name(t, 4, 6, 0, len(t)), _in_quoted_name(t, 17, 19, 0, len(t))
    (True, False)
    """
    left = max(text.rfind(o, max(start, a - reach), a) for o, _ in W.NAME_QUOTES)
    if left < 0:
        return False
    close = dict(W.NAME_QUOTES)[text[left]]
    right = text.find(close, b, min(end, b + reach))
    if right < 0 or any(c in text[left + 1 : a] for c, _ in W.NAME_QUOTES if c != close) or close in text[left + 1 : a]:
        return False
    return (left + 1, right) != (a, b)


def _group_items(text: str, items: list[_Item]) -> list[_Group]:
    """Join quantities separated only by a list joiner into value lists."""
    groups: list[_Group] = []
    for it in items:
        if groups and it.word_cmp is None and groups[-1].items[-1].word_cmp is None:
            gap = text[groups[-1].end : it.start]
            if _LIST_JOIN.fullmatch(gap):
                groups[-1].items.append(it)
                continue
        groups.append(_Group([it]))
    return groups


def _years_in(text: str, start: int, end: int, titles, notice_year: int | None):
    """Year expressions in a sentence: (position, [years], opens-the-sentence)."""
    out = []
    for m in _YEAR.finditer(text, start, end):
        if m["base"] or m["post"] == "以来" or _in_titles(m.start(), titles):
            continue
        if _BASELINE_OF_YEAR.match(text, max(start, m.start() - 1), end):
            continue  # 由2015年的65: the baseline's year
        if m["rel"]:
            if notice_year is None:
                continue
            years = [notice_year + W.RELATIVE_YEARS[m["rel"]]]
        else:
            y1 = int(m["y1"])
            if m["y2"]:
                y2 = int(m["y2"])
                years = [y2] if m["join"] in W.RANGE_JOINERS else [y1, y2]
            else:
                years = [y1]
        lead_in = bool(m["lead"]) and not text[start : m.start()].strip(" \u3000\t、，,")
        out.append((m.start(), years, lead_in))
    # a running plan period names the year its goals fall due: 十四五期间 → 2025
    for m in _PLAN_DUE.finditer(text, start, end):
        if not _in_titles(m.start(), titles):
            lead_in = not text[start : m.start()].strip(" \u3000\t、，,")
            out.append((m.start(), [W.PLAN_PERIODS[m["name"]]], lead_in))
    return sorted(out)


def _strip_subject(s: str) -> tuple[str, list[str]]:
    """Strip time, lead and whole-jurisdiction words; return (core, scopes)."""
    scopes: list[str] = []
    prev = None
    while s != prev:
        prev = s
        s = s.strip()
        m = _YEAR.match(s)
        if m and m.end() > 0 and not m["base"]:
            s = s[m.end() :]
            continue
        m = _PLAN_DUE.match(s)
        if m:
            s = s[m.end() :]
            continue
        m = _SCOPE.match(s)
        if m and len(m["scope"]) < len(s) + 1:
            scopes += [p for p in _split_scopes(m["scope"]) if p]
            s = s[m.end() :]
            continue
        m = _LEAD.match(s)
        if m and m.end() > 0:
            s = s[m.end() :]
            continue
        m = _TRAIL.search(s)
        if m and not (
            len(m.group()) == 1
            and m.group() in _TRAIL_IN_WORDS
            and wordcut.cuts_a_word(s, m.start(), m.end(), 0, len(s))
        ):
            s = s[: m.start()]
            continue
        m = _SCOPE_AT_END.search(s)
        if m:  # "对两区小型锅炉和五县75%以上的锅炉": the number belongs to 五县
            scopes = [m["scope"]]
            s = ""
    return s, scopes


def _split_subjects(core: str, n: int | None) -> list[str]:
    """Split "A、B排放总量" into [A排放总量, B排放总量] (n parts when given);
    a head written after 分别 is shared: "A和B分别占比" → [A占比, B占比]."""
    mid = _MID_DISTRIBUTE.search(core)
    if mid and mid.start() > 0 and mid.end() < len(core):
        shared = core[mid.end() :]
        parts = _split_subjects(core[: mid.start()], n)
        return [p + shared for p in parts] if len(parts) > 1 else [core]
    parts = [p for p in _SUBJECT_SPLIT.split(core) if p]
    if len(parts) < 2 or (n is not None and len(parts) != n):
        return [core]
    term = _TERM_AT_START.match(parts[-1])
    if term and all(_TERM.fullmatch(p) for p in parts[:-1]):
        # "化学需氧量、氨氮重点工程减排量": what follows the last term is shared
        shared = parts[-1][term.end() :]
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    head = _HEAD.search(parts[-1])
    if head and head.start() > 0:
        parts = [p if _HEAD.search(p) else p + head.group() for p in parts]
    return parts


def _counted_noun(text: str, start: int, end: int) -> tuple[str, int]:
    """The noun counted after a counter: up to the clause end, the next value
    list, or a verb that is not inside a 的-modifier. Returns (noun, end)."""
    seg = text[start:end]
    if _LIST_START.match(seg):
        return "", start  # "不少于3场、提供…": the next conjunct, not a counted noun
    bracket = _OPEN_BRACKET.search(seg)
    if bracket:
        seg = seg[: bracket.start()]  # "2400户（累计约3600户）…": the bracket is an aside
    stop = len(seg)
    for m in _NOUN_END.finditer(seg):
        if m.start() >= 2 and "的" not in seg[m.start() :]:
            if len(m.group()) == 1 and wordcut.cuts_a_word(seg, m.start(), m.end(), 0, len(seg)):
                continue  # 等 in 中等, 能 in 技能: inside a word, no cut
            stop = m.start()
            break
    noun = seg[:stop].rstrip(_NOUN_TRAIL + "等")
    noun = noun.lstrip("的")
    return noun, start + len(seg[:stop].rstrip(_NOUN_TRAIL))


# --------------------------------------------------------------------------- the rule


def find_targets(ctx: Context, region: Region) -> list[Target]:
    """Every numeric target in ``region`` (one section's own text)."""
    text = ctx.text
    titles = [m.span() for m in _TITLE.finditer(text, region.start, region.end)]
    sentences = _sentences(ctx, region, titles)
    targets: list[Target] = []
    carry: dict = {"paragraph": None, "indicator": None}  # the last goal's indicator, for elliptical clauses
    for si in range(len(sentences)):
        targets += _targets_in_sentence(ctx, region, sentences, si, titles, carry)
    # achievements of a past period, status and eligibility thresholds are not set goals: left out
    kept = []
    seen: set[tuple] = set()
    for t in targets:
        key = (t.value, t.value_max, t.unit, t.comparator, t.indicator, t.scope, t.year)
        if t.flag in _DROPPED_FLAGS:
            ctx.skip("number", t.span, t.flag)
        elif key in seen and t.flag is None and t.indicator:  # the same goal stated again ("…5条供水管道项目")
            ctx.skip("number", t.span, "duplicate")
        else:
            seen.add(key)
            kept.append(t)
    return kept


#: flags of quantities that are read but are no targets at all
_DROPPED_FLAGS = frozenset({"past", "status", "eligibility"})


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos] in WHITESPACE or text[pos] in "，,、；;。"):
        pos += 1
    return pos


def _is_status(ctx: Context, region: Region, text: str, sent: _Sentence, cs: int, g: _Group, years) -> bool:
    """Does the quantity ``g`` describe the present or the past (issue 8 item 5)?

    A sentence that sets a goal (力争, 目标 …, or a year not before the
    notice's) never does. Otherwise a due year before the notice year, a past
    plan period, a status word in the clause before the number or opening
    the sentence (目前, 现有, 常住人口, 上年)
    or a background section (基本情况, 现状, 发展基础) make it status."""
    sentence = text[sent.start : sent.end]
    if _GOAL.search(sentence):
        return False
    ny = ctx.notice_year
    own = [y for _, ys, _ in sent.years for y in ys]
    plans = [W.PLAN_PERIODS[m["name"]] for m in _PLAN_PERIOD.finditer(sentence)]
    if ny is not None and any(y >= ny for y in own + plans):
        return False
    if ny is not None and (plans or years) and all(y < ny for y in (plans or years)):
        return True
    opening = _STATUS.match(text, _skip_space(text, sent.start, g.start), g.start)  # 目前，全县…
    if opening or _STATUS.search(text, cs, g.start):
        return True
    return any(
        w in h
        for h in ctx.ancestor_headings(region.section_id)
        if len(h) <= _HEADING_MAX
        for w in W.BACKGROUND_HEADING_WORDS
    )


#: a background section is named by a short heading (基本情况, 发展基础与形势),
#: never by a long run-in sentence that happens to hold the word
_HEADING_MAX = 12


def _is_eligibility(text: str, subject_start: int, g: _Group, verb: str | None) -> bool:
    """A bound on a quantity that qualifies the noun after it
    ("营业收入5000万元以上的规上工业企业"): an eligibility threshold.

    >>> t = "营业收入5000万元以上的企业"
    >>> _is_eligibility(t, 0, _Group([_Item(4, 12, 5e7, None, "元", ">=")]), None)
    True
    >>> t = "新建1000平方米以上的厂房"
    >>> _is_eligibility(t, 0, _Group([_Item(2, 11, 1000, None, "平方米", ">=")]), None)
    False
    """
    last = g.items[-1]
    if verb or not last.suffix_cmp or last.word_cmp or last.unit in W.PERCENT_UNITS or last.unit in W.COUNTER_UNITS:
        return False
    nxt = text[g.end : g.end + 1]
    if not (nxt == "的" or _HAN.match(nxt)):
        return False
    return not _squeeze(text[subject_start : g.start]).endswith(W.BUILD_VERBS)


def _sentences(ctx: Context, region: Region, titles) -> list[_Sentence]:
    text = ctx.text
    out: list[_Sentence] = []
    for pi, (ps, pe) in enumerate(_split_spans(text, region.start, region.end, frozenset("\n"))):
        for ss, se in _split_spans(text, ps, pe, _SENTENCE_BREAKS):
            if not text[ss:se].strip():
                continue
            out.append(_Sentence(ss, se, pi, years=_years_in(text, ss, se, titles, ctx.notice_year)))
    if out and region.section_id is not None:
        out[0].heading = True
    return _Sentences(out)


class _Sentences(list):
    """The sentences of a region (paragraphs are contiguous runs) with the
    look-ups the due-year rule needs, built once: the first sentence of each
    paragraph and, for each sentence, the nearest earlier one that opens
    with a due year. Keeps :func:`_due_year` constant-time per target."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.first_of: dict[int, int] = {}
        self.prev_lead_in: list[int | None] = []
        last = None
        for i, s in enumerate(self):
            self.first_of.setdefault(s.paragraph, i)
            self.prev_lead_in.append(last)
            if any(y[2] for y in s.years):
                last = i


def _indexed(sentences) -> _Sentences:
    return sentences if isinstance(sentences, _Sentences) else _Sentences(sentences)


def _lead_year(sentences: list[_Sentence], paragraph: int | None) -> list[int] | None:
    """The year of the lead sentence of a paragraph (or of the region)."""
    sentences = _indexed(sentences)
    i = 0 if paragraph is None else sentences.first_of.get(paragraph)
    if i is None or not sentences:
        return None
    first = sentences[i]
    second = sentences[i + 1] if i + 1 < len(sentences) else None
    if paragraph is not None and second is not None and second.paragraph != paragraph:
        second = None
    lead = first
    if first.heading and second is not None and second.paragraph == first.paragraph:
        lead = second
    elif first.heading and not first.years:
        # a marker line of its own: the next paragraph's first sentence leads
        rest = next((s for s in sentences if s.start >= first.end), None) if paragraph is None else None
        lead = rest if rest is not None else first
    for s in (first, lead):
        if s.years:
            return s.years[0][1]
    return None


def _due_year(sentences, si: int, pos: int) -> list[int] | None:
    sentences = _indexed(sentences)
    sent = sentences[si]
    before = [y for y in sent.years if y[0] < pos]
    if before:
        return before[-1][1]
    if sent.years:
        return sent.years[0][1]
    k = sentences.prev_lead_in[si]  # the nearest earlier sentence that opens with a due year
    if k is not None and sentences[k].paragraph == sent.paragraph:
        return next(y for y in sentences[k].years if y[2])[1]
    y = _lead_year(sentences, sent.paragraph)
    if y is None:
        # goals listed in paragraphs after a lead-in ("到2026年，…。⏎——创新能力。打造…"):
        # the nearest earlier sentence of the section that opens with a due year
        if k is not None:
            return next(yy for yy in sentences[k].years if yy[2])[1]
        y = _lead_year(sentences, None)
    return y


def _targets_in_sentence(ctx, region, sentences, si, titles, carry: dict) -> list[Target]:
    text = ctx.text
    sent = sentences[si]
    out: list[Target] = []
    prev_indicator: str | None = None
    # "…治理率达到15%以上；到2025年底，达到40%以上": a clause with a verb and no
    # subject takes the last goal's indicator from an earlier sentence of the paragraph
    carried = carry["indicator"] if carry["paragraph"] == sent.paragraph else None
    prev_target_idx: list[int] = []
    for cs, ce in _split_spans(text, sent.start, sent.end, _CLAUSE_BREAKS, keep_digit_commas=True):
        skips: list = []
        items = _scan_items(text, cs, ce, titles, skips)
        for a, b, reason in skips:
            ctx.skip("number", (a, b), reason)
        if not items:
            continue
        groups = _group_items(text, items)
        clause = text[cs:ce]
        yearly = bool(_YEARLY.search(clause))
        subject_start = cs
        baseline: _Group | None = None
        baseline_mark_year: int | None = None
        prev_verb_cmp: str | None = None
        gi = 0
        while gi < len(groups):
            g = groups[gi]
            gi += 1
            bm = _BASELINE_MARK.search(text, subject_start, g.start)
            if bm and gi < len(groups):
                baseline, baseline_mark_year = g, (int(bm["y"]) if bm["y"] else None)
                continue
            # the verb: between the baseline (or the subject) and the list
            verb_from = baseline.end if baseline else subject_start
            vm = _VERB_AT_END.search(text, verb_from, g.start)
            verb = vm["verb"] if vm else None
            approx_pre = bool(vm and vm["approx"])
            subj_end = (
                _BASELINE_MARK.search(text, subject_start, baseline.start).start()
                if baseline
                else (vm.start() if vm else g.start)
            )
            subject_raw = text[subject_start:subj_end]
            opened = max(subject_raw.rfind("（"), subject_raw.rfind("("))
            if opened >= 0 and ")" not in subject_raw[opened:] and "）" not in subject_raw[opened:]:
                subject_raw = subject_raw[opened + 1 :]  # "新增2400户（累计约3600户）": inside the bracket
            by = _BASELINE_YEAR.search(subject_raw) or _BASELINE_YEAR.search(text[verb_from : g.start])
            baseline_year = int(by["y"]) if by else (baseline_mark_year if baseline else None)
            subj_clean = _BASELINE_YEAR.sub("", subject_raw)
            distribute = any(w in subj_clean[-4:] or w in text[verb_from : g.start] for w in W.DISTRIBUTE_WORDS)
            share = bool(_SHARE_AT_END.search(_TRAIL_STRIP(subj_clean)))
            core, scopes = _strip_subject(subj_clean)
            level_only = False
            lm = _LEVEL_SCOPE.fullmatch(core)
            if lm:  # the subject is only a level: "市、县级不低于70%"
                core, scopes, level_only = "", [lm["scope"]], True
            verb_cmp = W.COMPARATOR_VERBS.get(verb) if verb else None

            # what is counted after a counter, or the 的-phrase after a percentage
            last = g.items[-1]
            noun, noun_end = "", g.end
            next_start = groups[gi].start if gi < len(groups) else ce
            if last.unit in W.COUNTER_UNITS and last.word_cmp is None:
                noun, noun_end = _counted_noun(text, g.end, next_start)
            pct_phrase = None
            if last.unit in ("%", "％") and not core and text[g.end : g.end + 1] == "的":
                pct_phrase = _percent_phrase(text, g.end + 1, next_start, subject_raw)
                noun_end = next_start - (
                    len(text[g.end : next_start]) - len(text[g.end : next_start].rstrip(_NOUN_TRAIL))
                )
            indicator_core = _squeeze(core)
            flag = _flag(text, cs, g, clause, text[sent.start : sent.end], verb)
            inherited = prev_indicator or (carried if verb and flag is None else None)
            if pct_phrase:
                indicators = [pct_phrase]
            elif _squeeze(noun) and len(_squeeze(noun)) >= 2:
                indicators = [_squeeze(noun)]
            elif inherited and verb and not scopes and _AREA_PART.fullmatch(indicator_core):
                # "城市污水处理率达到95%，县城达到85%": 县城 is a part, the indicator carries over
                scopes = [indicator_core]
                indicators = [_strip_area(_strip_change_words(inherited))]
            elif indicator_core:
                n_ind = len(g.items) if (distribute and len(g.items) > 1) else None
                indicators = _split_subjects(indicator_core, n_ind) if (distribute or share) else [indicator_core]
            elif inherited:
                indicators = [_strip_change_words(inherited)]
            else:
                indicators = [None]
            indicators = [_close_brackets(i.strip('、，,：:；;。）)“”"')) if i else i for i in indicators]
            rv = next((v for v in _ROUND_VERBS if text.endswith(v, 0, g.start)), None)
            if rv and g.items[0].word_cmp in (">", ">="):  # 产业规模过千亿: the verb is not the indicator's
                indicators = [i[: -len(rv)] if i and i.endswith(rv) else i for i in indicators]
            # 省级X不低于90%，市、县级不低于70%: levels contrasted, so 省级 is a scope too
            if level_only and prev_target_idx:
                for k in prev_target_idx:
                    t = out[k]
                    lm = _LEVEL_SCOPE.match(t.indicator or "")
                    if lm and t.scope is None and len(lm.group()) < len(t.indicator):
                        out[k] = t.model_copy(update={"scope": lm["scope"], "indicator": t.indicator[lm.end() :]})
                        indicators = [out[k].indicator]

            # raw: from the subject to the end of the list (or its counted noun)
            rs = subject_start
            while rs < g.start and (text[rs] in WHITESPACE or text[rs] in "，,、；;。"):
                rs += 1
            mk = _MARKER_AT.match(text, rs, g.start)
            if mk:
                rs = mk.end()  # "第四条各区县…": the marker is not part of the target
            re_ = max(g.end, noun_end) if (noun or pct_phrase) else g.end
            raw, span = located(text, rs, re_)

            years = None if yearly else _due_year(sentences, si, g.start)
            if flag in (None, "reference"):
                if _is_eligibility(text, subject_start, g, verb):
                    flag = "eligibility"
                elif _is_status(ctx, region, text, sent, cs, g, years):
                    flag = "status"
            base_vals = [b.value for b in baseline.items] if baseline else []

            new_idx = []
            for k, (item, ind, scope, year) in enumerate(_distribute(g.items, indicators, scopes, years, share)):
                if item.word_cmp and item.word_cmp.startswith("skip") and not verb:
                    ctx.skip("number", (item.start, item.end), "ratio_or_time_without_goal_verb")
                    continue
                cmp = _comparator(item, verb_cmp, prev_verb_cmp if not core and not noun else None, approx_pre)
                if flag == "reference" and not verb_cmp and not item.suffix_cmp:
                    cmp = "=="  # a count of what exists, not a floor
                if flag == "threshold" and _BAN.search(text, cs, g.start):
                    cmp = W.THRESHOLD_FLIP.get(cmp, cmp)  # a ban: the allowed side
                elif flag == "subsidy" and not verb_cmp and not item.suffix_cmp:
                    cmp = "<=" if _CAP.search(text, cs, g.start) else "=="  # 最高500万元 / 奖补100万元
                bval = (
                    base_vals[k]
                    if len(base_vals) == len(g.items) and k < len(base_vals)
                    else (base_vals[0] if base_vals else None)
                )
                out.append(
                    Target(
                        raw=raw,
                        span=span,
                        section_id=region.section_id,
                        indicator=ind or None,
                        comparator=cmp,
                        value=item.value,
                        value_max=item.value_max,
                        unit=item.unit,
                        baseline=bval,
                        baseline_year=baseline_year,
                        year=year,
                        scope=scope,
                        approx=item.approx or approx_pre,
                        flag=flag,
                    )
                )
                new_idx.append(len(out) - 1)
            if new_idx:
                prev_target_idx = new_idx
                if indicators[-1]:
                    prev_indicator = indicators[-1]
                    if flag is None:
                        carry.update(paragraph=sent.paragraph, indicator=prev_indicator)
            prev_verb_cmp = verb_cmp
            baseline = None
            subject_start = max(g.end, noun_end) if (noun or pct_phrase) else g.end
    return out


def _close_brackets(ind: str) -> str:
    """An indicator never ends inside an open bracket: 算力规模(FP16 → 算力规模.

    >>> _close_brackets("算力规模(FP16"), _close_brackets("细颗粒物（PM2.5）浓度")
    ('算力规模', '细颗粒物（PM2.5）浓度')
    """
    for o, c in (("(", ")"), ("（", "）")):
        at = ind.rfind(o)
        if at > 0 and c not in ind[at:]:
            ind = ind[:at]
    return ind


def _strip_area(ind: str) -> str:
    """An indicator without the part it was first stated for: 城市污水处理率 → 污水处理率."""
    m = _AREA_PART_AT_START.match(ind)
    return ind[m.end() :] if m else ind


def _TRAIL_STRIP(s: str) -> str:
    return s.rstrip(" \u3000\n，,、")


def _strip_change_words(ind: str) -> str:
    """A carried indicator without its change verb: 营收年均增长 → 营收."""
    m = _CHANGE_WORD_AT_END.search(ind)
    return ind[: m.start()] if m and m.start() > 1 else ind


def _percent_phrase(text: str, start: int, end: int, subject_raw: str) -> str | None:
    """ "80%以上的村庄达到环境整洁" → 达到环境整洁的村庄比例;
    "对30%以上的县区环保部门执法工作进行稽查" → 县区环保部门执法工作稽查比例."""
    seg = _squeeze(text[start:end]).rstrip("，,。；;")
    m = _NOUN_END.search(seg, 1)
    if not m:
        return seg + "比例" if seg else None
    noun, rest = seg[: m.start()], seg[m.start() :]
    rest = _MODALS.sub("", rest)
    if _squeeze(subject_raw).endswith("对"):
        return noun + _DO.sub("", rest) + "比例"
    return rest + "的" + noun + "比例"


def _comparator(item: _Item, verb_cmp: str | None, inherited: str | None, approx_pre: bool) -> str:
    if item.word_cmp and not item.word_cmp.startswith("skip"):
        return item.word_cmp
    if item.value_max is not None:
        return "range"
    verb_cmp = verb_cmp or inherited
    if verb_cmp in ("increase_by", "decrease_by"):
        return verb_cmp
    if item.suffix_cmp and verb_cmp not in (">", "<"):
        return item.suffix_cmp
    if verb_cmp:
        return verb_cmp
    if item.approx or approx_pre:
        return "=="
    return ">="


def _flag(text: str, cs: int, g: _Group, clause: str, sentence: str, verb: str | None) -> str | None:
    """subsidy, threshold or reference: what a quantity is when it is not a goal."""
    before = text[cs : g.start]
    if _SUBSIDY.search(clause) or (
        _SUBSIDY.search(sentence) and (g.items[0].unit in W.MONEY_UNITS or _RATE_OF.search(before))
    ):  # 按…金额的30%，给予奖补
        return "subsidy"
    bound = verb in _BOUND_VERBS or any(i.suffix_cmp for i in g.items)
    if _THRESHOLD.search(before) and bound:
        return "threshold"
    past = _PAST_PERIOD.search(sentence)
    if past and past.start() < max(sentence.find(clause), 0) + 1:
        return "past"  # an achievement of a past period
    if (
        _REFERENCE.search(before)
        or _SET_MENTION.search(before)
        or (_OF_SET.search(before) and _TREATED.match(before.strip(" \u3000\t、")))
    ):
        return "reference"
    return None


def _distribute(items: list[_Item], indicators, scopes, years, share: bool):
    """Pair each value with its indicator, scope and year.

    >>> its = [_Item(0, 1, v, None, "%") for v in (92, 83, 95, 85)]
    >>> [(i.value, s, y) for i, _, s, y in _distribute(its, ["率"], ["两区", "五县"], [2017, 2020], True)]
    [(92, '两区', 2017), (83, '五县', 2017), (95, '两区', 2020), (85, '五县', 2020)]
    """
    n = len(items)
    years = years or [None]
    scopes = scopes or [None]
    last_year = years[-1]
    if n == 1:
        # 均: one value for every indicator (and every scope); else the nearest scope
        for ind in indicators:
            for sc in scopes if share else [scopes[-1]]:
                yield items[0], ind, sc, last_year
        return
    if len(indicators) == n:
        for it, ind in zip(items, indicators, strict=True):
            yield it, ind, scopes[-1] if len(scopes) == 1 else None, last_year
    elif len(scopes) == n:
        for it, sc in zip(items, scopes, strict=True):
            yield it, indicators[0], sc, last_year
    elif len(years) == n:
        for it, y in zip(items, years, strict=True):
            yield it, indicators[0], scopes[-1] if len(scopes) == 1 else None, y
    elif len(years) * len(scopes) == n and len(scopes) > 1:
        k = 0
        for y in years:
            for sc in scopes:
                yield items[k], indicators[0], sc, y
                k += 1
    elif len(years) * len(indicators) == n and len(indicators) > 1:
        k = 0
        for y in years:
            for ind in indicators:
                yield items[k], ind, scopes[-1] if len(scopes) == 1 else None, y
                k += 1
    else:
        for it in items:
            yield it, indicators[0], scopes[-1] if len(scopes) == 1 else None, last_year
