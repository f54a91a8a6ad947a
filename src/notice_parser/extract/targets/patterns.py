"""The patterns of the targets rule, compiled once from the word tables of
:mod:`notice_parser.lexicon.target_words` (no Chinese word is spelled here:
a word belongs to a table, a grammar character such as 年 or 第 may stay)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from ...compiled import re_compile, regex_compile
from ...lexicon import alternation
from ...lexicon import target_words as W


def alt_chars(chars: Iterable[str]) -> str:
    """The characters of ``chars``, escaped for a character class."""
    return "".join(regex.escape(c) for c in chars)


#: a regex alternation of words, longest first, escaped (the lexicon's one helper)
alt = alternation


def shortest_first(words: Iterable[str]) -> regex.Pattern[str]:
    """The words as one pattern that matches the *shortest* word at a position:
    with ``overlapped=True`` it gives, for every start, the earliest end of a
    word there (see :func:`notice_parser.extract.targets.index.first_end`)."""
    return regex_compile("|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (len(w), w)) if w))


NUM = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
#: a number that may group its thousands with commas, as a spreadsheet's #,##0 format and many pages write it
#: (1,800座, 8,000万元: one to three digits before the first comma and exactly three after each, so 2025,2026,
#: 1,2 and 1000,200 are no such number; in a list's clause, see :func:`listed`)
GROUPED = r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"

#: the letters of the Greek script (``\p{Greek}``, which only the regex module reads), for the
#: standard library's engine (tests/test_targets.py checks it against the property)
GREEK = (
    r"\u0370-\u0373\u0375-\u0377\u037a-\u037d\u037f\u0384\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03e1"
    r"\u03f0-\u03ff\u1d26-\u1d2a\u1d5d-\u1d61\u1d66-\u1d6a\u1dbf\u1f00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45"
    r"\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fc4\u1fc6-\u1fd3"
    r"\u1fd6-\u1fdb\u1fdd-\u1fef\u1ff2-\u1ff4\u1ff6-\u1ffe\u2126\uab65\U00010140-\U0001018e\U000101a0"
    r"\U0001d200-\U0001d245\U0001dff3-\U0001dff4"
)

#: one quantity: a number, 万/亿, a unit word (searched once or twice per number of every
#: clause: the standard library's engine, 2-3x faster on it; no construct of the regex module)
_QUANTITY = rf"""
    (?<![0-9０-９.．A-Za-z{GREEK}_/＋+×*])   # not inside a number or a name (PM2.5, IPv6, 2+10, 7×24)
    (?<![0-9],)                               # (nor after a thousands separator)
    (?P<num>{GROUPED}(?:\n[0-9０-９]+)?)       # 36  4.354  20  1,800  8,000.5; 20⏎0 cut by a hard wrap (a sentence holds no other break)
    (?![.．][0-9])                            # not a version-like 1.2.3 tail
    (?P<mult>\n?(?:万亿|亿|万))?               # multiplier, folded into the value
    (?P<unit>\n?(?:{alt((*W.UNIT_WORDS, *W.QUANTITY_TIME_UNITS))}))?   # unit as written (40⏎%: the wrap's)
    """
QUANTITY = re_compile(_QUANTITY, re.VERBOSE)
assert QUANTITY.groupindex == {"num": 1, "mult": 2, "unit": 3}  # read with groups()


@cache
def quantity_listed() -> re.Pattern[str]:
    """:data:`QUANTITY` for a list's clause whose commas separate its values: no grouping, and a number right after a
    comma is one (compiled on first use: few clauses need it)."""
    return re_compile(_QUANTITY.replace(GROUPED, NUM).replace("(?<![0-9],)", ""), re.VERBOSE)


def listed(text: str, start: int, m: re.Match[str]) -> bool:
    """Is the comma-grouped number of the ``QUANTITY`` match ``m`` (in a clause from ``start``) rather a list of
    values separated by commas? Only after a list word of its clause (分别, 依次: 三个片区分别建成120,150,180座), when
    every value is three digits wide as a list's values are (800,900), and when no list join stands next to it
    (分别为1,200、1,500个 and 分别完成1,200万元和800万元 group their thousands)."""
    num = m["num"]
    ms, me = m.span()
    return (
        num.index(",") == 3
        and text[ms - 1 : ms] not in W.LIST_JOINS
        and text[me : me + 1] not in W.LIST_JOINS
        and any(text.find(w, start, ms) >= 0 for w in W.LIST_WORDS)
    )


#: the denominator of a fraction written with a slash, right after a QUANTITY with no unit: 转化率超过1/3
FRACTION_DENOMINATOR = re_compile(rf"[/／](?P<den>{NUM})(?![0-9０-９.．/／])")

#: a quantity in Chinese numerals: 百分之十五, 九十五点五 after 百分之, (不少于)一百台, 三个百分点;
#: or a round amount after its verb, standing alone: 过千亿 (not 通过, not 千亿级)
CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
CN_QUANTITY = regex_compile(
    rf"""
    (?P<frac>{alt(W.CN_FRACTIONS)})                        # 百分之 千分之
    (?P<fnum>{NUM}|[{CN_DIGITS}]+(?:点[〇零一二三四五六七八九]+)?)   # a numeral, with a decimal part
  | (?<=(?<![{alt_chars(W.CN_ROUND_VERB_BLOCKERS)}])(?P<bverb>{alt(W.CN_ROUND_VERBS)}))   # a round-amount verb, not inside a word
    (?P<bnum>[一二两三四五六七八九十百千]*(?:万亿|亿|万))    #   a round amount (before a count: 超万亿元 is one, not 万亿 元)
    (?P<bunit>元)?
    (?=[，,。；;、）)\s]|{alt(W.ROUND_AMOUNT_SUFFIXES)}|$)   #   standing alone
  | (?<![{CN_DIGITS}第])                                    # not inside a numeral nor an ordinal
    (?P<num>[{CN_DIGITS}]+)                                # a count in numerals
    (?P<unit>{alt(W.UNIT_WORDS)})                          # its unit
    """,
    regex.VERBOSE,
)

#: what may start a quantity at all: a digit, a Chinese numeral, a zero word
#: (a sentence without one has no target and no skipped number)
#: (one character class, with the first character of each zero word: a fast scan)
#: (the standard library's engine: a character class or a list of plain words, which it scans 2-3x faster)
QUANTITY_START = re_compile(f"[0-9０-９{CN_DIGITS}{alt_chars(sorted({w[0] for w in W.ZERO_WORDS}))}]")
#: the characters each scan pattern's match starts with (QUANTITY: a digit; CN_QUANTITY: a
#: numeral or the first character of 百分之…; ZERO: a zero word's first, or a quote before
#: it): a clause without one needs no search, and a search may start at the first one
DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
CN_START_CHARS = frozenset(CN_DIGITS) | {w[0] for w in W.CN_FRACTIONS}
ZERO_WORD_CHARS = frozenset(w[0] for w in W.ZERO_WORDS)
# every one of them is a QUANTITY_START (the lists of a region are read off its matches)
assert all(QUANTITY_START.match(c) for c in DIGIT_CHARS | CN_START_CHARS | ZERO_WORD_CHARS)
assert not DIGIT_CHARS & (CN_START_CHARS | ZERO_WORD_CHARS)  # (index.Starts sorts a digit out first)

# small patterns compiled once (a per-call regex.match(str) pays a cache look-up each time)
#: Latin letters, and those with the ASCII digits, for a one-character test without a match call
LATIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
LATIN_OR_DIGIT_CHARS = LATIN_CHARS | frozenset("0123456789")
LIST_START = regex_compile(r"\s*(?:[、，,；;]|和|及|与)")
OPEN_BRACKET = regex_compile(r"[（(]")
HAN = regex_compile(r"\p{Han}")
SHARE_AT_END = regex_compile(rf"(?:{alt(W.SHARE_WORDS)})\s*$")
CHANGE_WORD_AT_END = regex_compile(
    rf"(?:{alt(k for k, v in W.COMPARATOR_VERBS.items() if v in ('increase_by', 'decrease_by'))})$"
)

#: a range joiner between two quantities
RANGE_JOIN = regex_compile(rf"\s*(?:{alt(W.RANGE_JOINERS)})\s*")
#: the characters a RANGE_JOIN match can start with besides whitespace (a cheap test before the match)
RANGE_JOIN_FIRST = frozenset(w[0] for w in W.RANGE_JOINERS if w)
#: a list joiner between two items of a value list
#: (a short label in brackets may close the first: 500万元（国家）、200万元（省）)
LIST_JOIN = regex_compile(rf"\s*(?:[（(][^（）()0-9０-９]{{1,6}}[）)]\s*)?(?:{alt(W.LIST_JOINERS)})\s*")
#: the characters a LIST_JOIN match can start with besides whitespace
LIST_JOIN_FIRST = frozenset(w[0] for w in W.LIST_JOINERS if w) | frozenset("（(")
#: the one-character list joiners: a gap of one character is a LIST_JOIN match iff it is one
LIST_JOIN_CHARS = frozenset(w for w in W.LIST_JOINERS if len(w) == 1)
#: the last characters of NOT_QUANTITY_BEFORE and the openers of NAME_QUOTES (cheap tests first)
NOT_QUANTITY_BEFORE_LAST = frozenset(w[-1] for w in W.NOT_QUANTITY_BEFORE if w)
QUOTE_OPENERS = frozenset(o for o, _ in W.NAME_QUOTES)
#: the marks that make the number after them a ratio's base (每5所), as a set (tested against the one character before it)
RATIO_MARK_CHARS = frozenset(W.RATIO_MARKS)
#: 每 and a build verb right before a number: the unit of a per-unit reward (每认定1家给予…); searched only after
#: a character a build verb ends on
PER_UNIT_BEFORE = regex_compile(rf"(?:{alt(W.RATIO_MARKS)})(?:{alt(W.BUILD_VERBS)})$")
BUILD_VERB_LAST = frozenset(w[-1] for w in W.BUILD_VERBS)

#: what may follow a quantity: 及以上 / 以下 / 以内 (a comparator), 左右 (about)
SUFFIX = regex_compile(
    rf"""
    (?P<cmp>{alt(W.COMPARATOR_SUFFIXES)})?    # a comparator suffix
    (?P<approx>{alt(W.APPROX_SUFFIXES)})?     # about
    """,
    regex.VERBOSE,
)
assert SUFFIX.groupindex == {"cmp": 1, "approx": 2}  # read with groups()
#: the characters a non-empty SUFFIX match starts with: at any other character it matches nothing
SUFFIX_FIRST = frozenset(w[0] for w in (*W.COMPARATOR_SUFFIXES, *W.APPROX_SUFFIXES) if w)
assert "" not in W.COMPARATOR_SUFFIXES  # (no comparator suffix matches empty: an empty cmp group is none)

#: a quantity written as a word: 零增长, 清零
ZERO = regex_compile(
    rf"""
    [“"]?                                      # optional opening quote
    (?P<word>{alt(w for w, c in W.ZERO_WORDS.items() if c)})
    [”"]?                                      # optional closing quote
    """,
    regex.VERBOSE,
)

#: the comparator verb at the end of the text before a value list (达到, 提升至, 控制在, 下降),
#: then distribute, share and filler words (分别, 均, 总体) and 约
VERB_AT_END = regex_compile(
    rf"""
    (?P<verb>{alt(W.COMPARATOR_VERBS)})       # the verb
    (?:{alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS + W.FILLER_WORDS)})*   # distribute / share / filler words
    (?P<approx>{alt(W.APPROX_PREFIXES)})?     # about
    \s*$
    """,
    regex.VERBOSE,
)

#: what a VERB_AT_END match ends on before its trailing whitespace: the last character of a
#: verb, of a distribute / share / filler word or of 约
VERB_LAST_CHARS = frozenset(
    w[-1] for w in (*W.COMPARATOR_VERBS, *W.DISTRIBUTE_WORDS, *W.SHARE_WORDS, *W.FILLER_WORDS, *W.APPROX_PREFIXES)
)


def may_end_with_verb(text: str, start: int, end: int) -> bool:
    """Can ``VERB_AT_END`` match in ``text[start:end]``? Not when the character
    before ``end`` is neither whitespace nor one such a match ends on (one test,
    where a failing search tries every position).

    >>> may_end_with_verb("覆盖率达到", 0, 5), may_end_with_verb("2020年", 0, 5), may_end_with_verb("达到 ", 0, 3)
    (True, False, True)
    """
    if end <= start:
        return False
    ch = text[end - 1]
    return ch in VERB_LAST_CHARS or ch.isspace()


#: the same read backwards from the number: whether VERB_AT_END can match at
#: all, anchored at the number (a search for VERB_AT_END tries every position of the subject)
VERB_BEFORE = regex_compile(
    rf"(?r)(?:{alt(W.COMPARATOR_VERBS)})(?:{alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS + W.FILLER_WORDS)})*"
    rf"(?:{alt(W.APPROX_PREFIXES)})?\s*"
)

#: a bound, then a build verb, right before a count in numerals: 至少建成一所 (the bound is the comparator)
BOUND_BUILD_AT_END = regex_compile(rf"(?P<verb>{alt(W.CN_COUNT_BOUND_BEFORE_BUILD)})(?:{alt(W.BUILD_VERBS)})\s*$")

#: 由 / 从 (分别由) right before a value list: that list is the baseline; 由2015年的65: the baseline's year
BASELINE_MARK = regex_compile(
    rf"""
    (?:由|从)(?:{alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS)})?\s*   # from
    (?:(?P<y>[12][0-9]{{3}})\s*年(?:底|末)?的?\s*)?              # the baseline's year
    $""",
    regex.VERBOSE,
)
#: the characters a BASELINE_MARK match ends on (besides whitespace): 由/从, a distribute or
#: share word's last, or the year's 年/底/末/的 — before any other the search needs not run (tests/test_targets.py
#: checks it is the set the pattern's reverse reading gives, on every code point)
BASELINE_MARK_LAST = frozenset("由从年底末的") | {w[-1] for w in W.DISTRIBUTE_WORDS + W.SHARE_WORDS}
#: a year that dates a baseline value (由2015年的65…): not a due year
BASELINE_OF_YEAR = regex_compile(r"(?:由|从)\s*[12][0-9]{3}\s*年(?:底|末)?的?\s*(?=[0-9０-９])")
#: the characters a BASELINE_OF_YEAR match starts with (checked against the pattern on every code point)
BASELINE_OF_YEAR_FIRST = frozenset("由从")

#: a baseline year: 较2015年, 比2015年, 与2015年相比
BASELINE_YEAR = regex_compile(
    rf"""
    (?:{alt(W.BASELINE_YEAR_PREFIXES)})       # compared with
    (?P<y>[12][0-9]{{3}})年(?:底|末)?          # 2015年
    (?:{alt(W.BASELINE_YEAR_SUFFIXES)})?      # (compared)
    """,
    regex.VERBOSE,
)

#: the year before the notice's as a baseline (较上年, 比去年同期, 与上年相比): baseline year notice year - 1
PREVIOUS_YEAR_BASELINE = regex_compile(
    rf"(?:{alt(W.PREVIOUS_YEAR_BASELINES)})(?:{alt(W.PREVIOUS_YEAR_BASELINE_TAILS)})*"
)
#: Subject.baseline_year of a previous-year baseline: read as the notice year - 1 when a target is built
PREVIOUS_YEAR = -1

#: a year expression: 到2020年, 截至2020年, 2017年底前, 2017年和2020年, 2017年至2020年, 今年, 年内, 年底前;
#: 较2015年 is a baseline and 2015年以来 history, not a due year
YEAR = regex_compile(
    rf"""
    (?P<base>{alt(W.BASELINE_YEAR_PREFIXES)})?    # a baseline, not a due year
    (?P<lead>{alt(W.YEAR_LEAD_WORDS)})?           # a lead word: by
    (?:
      (?P<y1>[12][0-9]{{3}})\s*年(?:度)?           # 2017年
      (?:\s*(?P<join>{alt(W.LIST_JOINERS + W.RANGE_JOINERS)})\s*
         (?P<y2>[12][0-9]{{3}})\s*年)?             # a second year, listed or a range
      (?P<end>底|末)?                               # the end of the year
      (?P<post>{alt(W.YEAR_AFTER_WORDS)})?          # after the year (since: history)
    | (?<![{W.COUNT_BEFORE_YEARS}])                 # (not a count of years: 栽植后2年内, 三年内 are durations)
      (?P<rel>{alt(W.TARGET_RELATIVE_YEARS)})             # a year relative to the notice's
    )
    """,
    regex.VERBOSE,
)

# read with groups() (names cost the regex module a look-up each)
assert YEAR.groupindex == {"base": 1, "lead": 2, "y1": 3, "join": 4, "y2": 5, "end": 6, "post": 7, "rel": 8}

#: what every YEAR or PLAN_DUE match holds (a sentence without one has no year expression)
YEAR_HINT = re_compile(alt(("年", *W.TARGET_RELATIVE_YEARS, *W.PLAN_PERIODS)))  # plain words: the standard engine

#: a yearly target: 每年, 年均, 年度 (not 2017年度)
YEARLY = regex_compile(rf"(?<![0-9０-９])(?:{alt(W.YEARLY_WORDS)})")
#: every yearly word holds a YEAR_HINT word, so a sentence without a hint has no yearly
#: word (and no plan period, whose names are hint words): the search is skipped there
YEARLY_NEEDS_HINT = all(YEAR_HINT.search(w) for w in W.YEARLY_WORDS)

#: 《title》 spans: numbers inside are not targets
TITLE = re_compile(r"《[^《》\n]*》")  # (plain classes: the standard engine, 3x faster)

_PLACES = alt(W.SCOPE_PLACES)
#: one scope: 两区, 五县, 各县区, 其余县区, 每个市, 丘陵山区县（市、区）, 重点用膜区
ONE_SCOPE = rf"""
    (?:[{W.SCOPE_NUMERALS}]+个?(?:{_PLACES})              # 两区 五县
     | (?:{alt(W.SCOPE_DETERMINERS)})(?:{_PLACES})        # 各县区 每个市
     | \p{{Han}}{{1,6}}?(?:{alt(W.SCOPE_AREA_SUFFIXES)})  # 丘陵山区县（市、区）
     | (?:{alt(W.SCOPE_AREA_HEADS)})\p{{Han}}{{1,4}}?区   # 重点用膜区
    )(?![域划块间内长委级])                                 # not 区域, 区划, 县长, 市级
"""
SCOPE = regex_compile(
    rf"""
    ^(?P<scope>{ONE_SCOPE}(?:\s*(?:、|和|及)\s*{ONE_SCOPE})*)   # a list of scopes
    """,
    regex.VERBOSE,
)
#: a level scope: 省级, 市、县级 (only when levels are contrasted)
LEVEL_SCOPE = regex_compile(rf"^(?P<scope>(?:{alt(W.SCOPE_LEVELS)})(?:[、和及](?:{alt(W.SCOPE_LEVELS)}))*级)")
#: a scope closing a subject after a joiner: "…和五县" (the number is 五县's)
SCOPE_AT_END = regex_compile(rf"(?:和|及|、)(?P<scope>{ONE_SCOPE})$", regex.VERBOSE)
#: where a list of scopes splits, not inside （市、区）: the oracle of
#: :func:`notice_parser.extract.targets.subject.split_scopes`, which is linear
SCOPE_SPLIT = regex_compile(r"\s*(?:、|和|及)\s*(?=\S)(?![^（(]*[）)])")
SCOPE_JOIN = regex_compile(r"\s*(?:、|和|及)\s*(?=\S)")
BRACKET = regex_compile(r"[（(）)]")

#: a section or list marker opening a subject: never part of an indicator
MARKER = rf"""(?:
        第[0-9０-９一二三四五六七八九十百零〇]{{1,4}}(?:{alt(W.MARKER_ORDINAL_WORDS)})   # 第四条
      | [0-9０-９]{{1,2}}[.．、﹒](?![0-9０-９])                      # 46．
      | [（(][0-9０-９一二三四五六七八九十]{{1,3}}[）)]                # （3）
      | [一二三四五六七八九十]{{1,3}}[、是](?![是])                  # 三、  一是
      | [①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]                           # ③
    )"""
MARKER_AT = regex_compile(rf"\s*{MARKER}\s*", regex.VERBOSE)
#: the characters a MARKER starts with: a MARKER_AT match starts with one or with whitespace (checked against
#: the pattern on every code point)
MARKER_FIRST = frozenset("第0123456789０１２３４５６７８９（(一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_LEAD_CHARS = "|".join(
    f"{regex.escape(c)}(?![{regex.escape(n)}])" if n else regex.escape(c) for c, n in W.LEAD_CHARS.items()
)
#: words stripped from the start of a subject: 全市, 全省, 确保, 力争, 实现, 对 (not 对外), 每年,
#: stray punctuation, a section or list marker (第四条 三、 （3） 46．)
LEAD = regex_compile(
    rf"""^(?:
        {alt(W.WHOLE_JURISDICTION)}             # the whole jurisdiction
      | {alt(W.LEAD_WORDS)}                     # lead words
      | {_LEAD_CHARS}                           # one-character lead words
      | {alt(W.YEARLY_WORDS)}                   # yearly words
      | [、，,\s“”"）)]                         # stray punctuation
      | {MARKER}                                # a section or list marker
    )""",
    regex.VERBOSE,
)
#: a kind of area standing alone as a subject: 县城, 建制镇, 地级及以上城市
_AREA = rf"(?:{alt(W.AREA_PART_QUALIFIERS)})?(?:{alt(W.AREA_PARTS)})"
AREA_PART = regex_compile(_AREA)
#: an area opening an indicator, with an indicator left after it (城市|污水处理率)
AREA_PART_AT_START = regex_compile(rf"{_AREA}(?=\p{{Han}}{{2}})")
#: words stripped from the end of a subject
_TRAIL = rf"(?:{alt(W.TRAIL_WORDS + W.DISTRIBUTE_WORDS + W.SHARE_WORDS + W.SUBJECT_END_PARTICLES)}|[、，,\s“\"])"
TRAIL = regex_compile(rf"{_TRAIL}$")
#: TRAIL read backwards from the end (longest word first: the same match on a
#: stripped subject, without trying every position of it)
TRAIL_AT_END = regex_compile(rf"(?r){_TRAIL}")
#: one-character trail words that also end ordinary words (产能, 功能, 必须, 供应): cut only at a word boundary
TRAIL_IN_WORDS = frozenset(w for w in W.TRAIL_WORDS if len(w) == 1 and "\u4e00" <= w <= "\u9fff") - {"、"}
#: where a list of subjects splits: 化学需氧量、氨氮排放总量
SUBJECT_SPLIT = regex_compile(rf"(?:{alt(W.LIST_JOINERS)})")
MID_DISTRIBUTE = regex_compile(rf"(?:{alt(W.DISTRIBUTE_WORDS + W.SHARE_WORDS)})")
#: a measured substance (化学需氧量, 氨氮, PM2.5): a list of them shares what follows the last
TERM = regex_compile(alt(W.MEASURED_TERMS))
TERM_AT_START = regex_compile(rf"(?:{alt(W.MEASURED_TERMS)})(?=\S)")
HEAD = regex_compile(rf"(?:{alt(W.INDICATOR_HEADS)})$")

#: where a counted noun ends: a verb not inside a 的-modifier, or a modal
NOUN_END = regex_compile(rf"(?:{alt(W.NOUN_END_VERBS + W.NOUN_END_WORDS)})")
#: a list separator and another count (和一所职业学校, 、两个实训基地): the counted noun before it ends there
NEXT_COUNT = regex_compile(rf"(?:[，,；;]|{alt(W.LIST_JOINERS)})\s*[0-9０-９{CN_DIGITS}]+(?:{alt(W.COUNTER_UNITS)})")
NOUN_TRAIL = "，,、和及与。；;：:！!？? \n\u3000"
MODALS = regex_compile(r"^(?:要|能|将|应|须|可|均|都|并|已)+")
DO = regex_compile(rf"^(?:{alt(W.DO_VERBS)})")

SUBSIDY = regex_compile(alt(W.SUBSIDY_WORDS))
#: the clause-level word tests read "is there a word before the number": one
#: overlapped pass per clause gives the earliest end of each table's words
CAP_WORDS = shortest_first(W.SUBSIDY_CAPS)
THRESHOLD_WORDS = shortest_first(W.THRESHOLD_WORDS)
BAN_WORDS = shortest_first(W.BAN_WORDS)
REFERENCE_WORDS = shortest_first(W.REFERENCE_WORDS)


@cache  # compiled on first use: only a clause with 已 before a number stated by a verb asks
def attributive_past() -> regex.Pattern[str]:
    """已 with a participle, the attribute of a noun (已建治理设施, 已建成的污水处理设施)."""
    return regex_compile(rf"已(?:{alt(W.ATTRIBUTIVE_PARTICIPLES)})的?(?=\p{{Han}})")


def _status_words(shortest: bool) -> regex.Pattern[str]:
    """STATUS_WORDS, the previous year only where no baseline word is before it (较上年提高: a goal's baseline), a
    population only where no 的 follows it and no 占 is before it (常住人口的85%, 占常住人口比例达到18%: a share's
    base) and no 每 (with a scale) is before it (每千常住人口执业医师数达到3.2人: a per-capita rate's base)."""
    special = W.STATUS_YEAR_WORDS + W.STATUS_POPULATION_WORDS
    words = [w for w in W.STATUS_WORDS if w not in special]
    plain = "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (len(w), w))) if shortest else alt(words)
    years = "|".join(regex.escape(w) for w in sorted(W.STATUS_YEAR_WORDS, key=len, reverse=not shortest))
    people = "|".join(regex.escape(w) for w in W.STATUS_POPULATION_WORDS)
    per = rf"(?<!{regex.escape(W.PER_CAPITA_MARK)}[{W.PER_CAPITA_SCALES}]{{0,3}})(?<!{regex.escape(W.SHARE_OF_WORD)})"
    return regex_compile(rf"{plain}|(?<![{''.join(W.BASELINE_BEFORE_YEAR)}])(?:{years})|{per}(?:{people})(?!的)")


STATUS_WORDS = _status_words(shortest=True)
STATUS = _status_words(shortest=False)
PAST_PERIOD = regex_compile(alt(W.PAST_PERIOD_WORDS))
ROUND_VERBS = tuple(sorted(W.CN_ROUND_VERBS, key=len, reverse=True))
#: every word a sentence's or a clause's facts look for (flags.SentenceFacts, ClauseFacts:
#: PAST_PERIOD, SUBSIDY, GOAL and the five word tables): a sentence without one needs none
#: of those searches (plain words: one scan, by the standard library's engine)
FACT_WORDS = re_compile(
    alt(
        (
            *W.PAST_PERIOD_WORDS,
            *W.SUBSIDY_WORDS,
            *W.GOAL_WORDS,
            *W.SUBSIDY_CAPS,
            *W.THRESHOLD_WORDS,
            *W.BAN_WORDS,
            *W.REFERENCE_WORDS,
            *W.STATUS_WORDS,
        )
    )
)
#: points scored in a clause (扣2分, 减0.5分, 另扣2分): the clause's counts are what the score is for
SCORE_POINTS = regex_compile(rf"(?:{alt(W.SCORE_VERBS)})(?:{NUM}|[一二两三四五六七八九十半]+)分")
#: a plan period that names a due year (not 以来, which looks back)
PLAN_DUE = regex_compile(
    rf"(?:{alt(W.YEAR_LEAD_WORDS)})?[“\"‘「]?(?P<name>{alt(W.PLAN_PERIODS)})[”\"’」]?"
    rf"(?:{alt(W.PLAN_PERIOD_DUE_WORDS)})"
)
GOAL = regex_compile(alt(W.GOAL_WORDS))
#: 每 + a period: a count of one after it is a recurrence's (每季度召开1次)
EVERY_PERIOD = re_compile(alt(W.EVERY_PERIOD_WORDS))
#: a plan period: 十三五期间, “十四五”末 (its year decides past or due)
PLAN_PERIOD = regex_compile(rf"(?P<name>{alt(W.PLAN_PERIODS)})[”\"’」]?(?:{alt(W.PLAN_PERIOD_WORDS)})")
#: the whitespace ending the text before a number, read backwards from the
#: number: a reverse match anchored there costs the run, not the clause (a
#: failing reverse pattern with a literal in it scans its whole range first)
SPACE_BEFORE = regex_compile(r"(?r)\s*")
#: "的" + a number: a set (对确定的130项措施) or a rate (按…金额的30%)
OF = "的"
TREATED = regex_compile(rf"(?:{alt(W.TREATMENT_LEADS)})")
#: 的 and a goal noun after a bound (…不低于8万元的目标): the goal, not a qualifier
OF_GOAL_NOUN = regex_compile(rf"{OF}(?:{alt(W.GOAL_NOUNS_AFTER_OF)})")
#: a short bracketed aside right after a quantity (（含）, （含5000万元）)
BOUND_ASIDE = regex_compile(
    rf"[{alt_chars(W.BOUND_ASIDE_OPENERS)}][^{alt_chars(W.BOUND_ASIDE_CLOSERS)}]{{0,12}}[{alt_chars(W.BOUND_ASIDE_CLOSERS)}]"
)

#: verbs that state a bound (高于1%): in a ban they make a threshold
BOUND_VERBS = frozenset(
    v for v, c in W.COMPARATOR_VERBS.items() if c in (">", "<", ">=", "<=") and v.endswith(("于", "过", "足"))
)
TIME_UNITS = frozenset(W.TIME_UNITS)
SENTENCE_BREAKS = regex_compile(f"[{alt_chars(W.SENTENCE_BREAKS)}]")
#: a paragraph break ends a sentence too
# (break classes are scanned by the standard library's engine, 2x faster on a class)
SENTENCE_OR_PARAGRAPH_BREAKS = re_compile(f"[{alt_chars(sorted(set(W.SENTENCE_BREAKS) | {chr(10)}))}]")


@cache  # compiled on first use: only a hard-wrapped text asks
def line_opens_section() -> re.Pattern[str]:
    """A line that opens a section (一、, （二）, 3., 第四条), after its indent: the line before it ends there."""
    return re_compile(
        r"[ \u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]"
        r"|[0-9０-９]{1,2}[.．、](?![0-9０-９])|第[一二三四五六七八九十]+[章节条])"
    )


CLAUSE_BREAKS = re_compile(f"[{alt_chars(W.CLAUSE_BREAKS)}]")
PARAGRAPH_BREAKS = regex_compile("\n")
