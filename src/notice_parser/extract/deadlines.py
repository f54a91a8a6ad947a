"""The deadline rule: every time limit in one section's own text.

``find_deadlines(ctx, region)`` reads ``ctx.text[region.start:region.end]``
and returns :class:`~notice_parser.model.Deadline` items, each grounded
(``raw == ctx.text[span[0]:span[1]]``) and carrying ``region.section_id``.

How it works
------------
1. The region is read through a :class:`~notice_parser.spans.CompactView`
   (whitespace removed), so "2017年⏎底前" is one phrase; spans map back.
2. Stretches that never hold a deadline are masked: 《》 titles, 〔2021〕
   document numbers, 十三五-style plan names (``lexicon.time_words``).
3. Patterns propose candidates: periods (2017年至2020年, 2019年1—6月), year
   lists (2017、2018年), points in time (2017年8月底前, 到2020年, 2018年起,
   今年, 三季度末), a bare 年底前/年内 (the sentence's year, else the notice's),
   durations (一个月内, 15个工作日内) and recurrences (每年, 定期, 半月, 年度考核).
4. Candidates are taken leftmost-longest; a candidate that is *not* a deadline
   (a baseline 较2015年, history 2016年以来, a corrupted year 0403年) still
   claims its characters, so no shorter pattern re-reads them.
5. Items are deduplicated per (section_id, kind, value), keeping the first,
   as the golds do.

The words live in :mod:`notice_parser.lexicon.time_words`; this module only
knows how to combine them.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from operator import attrgetter
from typing import Literal, NamedTuple

import regex

from ..compiled import re_compile, regex_compile
from ..lexicon import alternation
from ..lexicon import time_words as W
from ..lexicon.markers import CN_NUM
from ..model import (
    ByDeadline,
    Deadline,
    DuringDeadline,
    FromDeadline,
    RecurringDeadline,
    WarningCode,
    WithinDeadline,
)
from ..spans import CompactView, SpanCover, located
from ..tuples import new
from .context import Context, Region
from .numbers import parse_cn_number, to_halfwidth_digits

__all__ = ["find_deadlines"]


# --------------------------------------------------------------------------
# Pattern pieces, built once from the lexicon
# --------------------------------------------------------------------------


_CN_DIGIT = "〇零○一二三四五六七八九"

# a year: four Arabic digits (not part of a longer number) or four Chinese digits
_YEAR = rf"(?:(?<![0-9０-９])[0-9０-９]{{4}}(?![0-9０-９])|(?<![{_CN_DIGIT}十])[{_CN_DIGIT}]{{4}})"
# a month number: 1-12 as digits, or 一…十二 in Chinese
_MONTH = r"(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])"
# a day number: 1-31 as digits, or 一…三十一 in Chinese
_DAY = (
    r"(?:3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
)

# characters a month, a bare year end or a month range must not follow (single
# characters of the numeral grammar: a count 3个月, every 每月, half 半, 近年, 第)
_NOT_BEFORE_MONTH = f"[0-9０-９{CN_NUM}个每半]"
_NOT_BEFORE_BARE_YEAR = f"[0-9０-９{CN_NUM}个半多近年]"
_NOT_BEFORE_MONTH_RANGE = f"[0-9０-９{CN_NUM}年个第每]"
# what follows a routine word in a compound that is no duty (日常 + 生活)
_ROUTINE_EXCEPTION_TAILS = tuple(
    w[len(r) :] for w in W.ROUTINE_EXCEPTIONS for r in W.ROUTINE_WORDS if w.startswith(r) and len(w) > len(r)
)

# every character a point (or its prefix) can start with
_POINT_FIRST_CHARS = regex.escape(
    "".join(
        sorted(
            set("0123456789０１２３４５６７８９" + _CN_DIGIT + "十")
            | {w[0] for w in W.BY_PREFIXES + W.FROM_PREFIXES + tuple(W.RELATIVE_YEARS) + tuple(W.YEAR_PARTS)}
        )
    )
)

_POINT_START = rf"""
    (?=[{_POINT_FIRST_CHARS}])                             # (a cheap first-character test, then
    (?=(?:{alternation(W.BY_PREFIXES + W.FROM_PREFIXES)})?        #  only where a point starts, so the
       (?:{_YEAR}|{alternation(W.RELATIVE_YEARS)}                 #  all-optional groups below never
         |{alternation(W.YEAR_PARTS)}|{_MONTH}月))                #  match empty text)
"""
# run by the standard engine, which finds the places a point may start (its first test)
# faster than ``regex`` and reads a match and its groups in half the time;
# ``regex``'s \s, which leaves out \x1c-\x1f, is written out so both read the same
_SPACE = r"[^\S\x1c-\x1f]"
_POINT_RE = re_compile(
    _POINT_START
    + rf"""
    (?P<prefix>{alternation(W.BY_PREFIXES + W.FROM_PREFIXES)})?   # a by/from word before the point
    (?:
        (?P<year>{_YEAR}){_SPACE}*年                             # an explicit year, in digits or numerals
      | (?P<rel>{alternation(W.RELATIVE_YEARS)})                  # or a year relative to the notice's
    )?
    (?:
        (?P<part>{alternation(W.YEAR_PARTS)})                     # a part of the year: a half, a quarter
      | (?<!{_NOT_BEFORE_MONTH})                            # (a month is no count of months, no every-month)
        (?P<month>{_MONTH})月(?:份)?                        # or a month, in digits or numerals
        (?:(?P<day>{_DAY})[日号])?                         #   and maybe a day
        (?P<mpart>{alternation(W.MONTH_PARTS)})?                  #   or a part of it (a ten-day period)
      | (?P<season>{alternation(W.SEASON_START_MONTH)})           # or a season or a school term
    )?
    (?P<end>{alternation(W.END_WORDS)})?                          # its end
    (?P<suffix>                                            # what the point is to the task:
        (?:{alternation(W.BY_SUFFIXES)})                          #   done by it
        (?!{alternation(w[1:] for w in W.BEFORE_BLOCKERS)})       #   (but not a word that starts like it)
      | (?:{alternation(W.FROM_SUFFIXES)})                        #   started at it
        (?!{alternation(w[1:] for w in W.FROM_SUFFIX_BLOCKERS)})  #   (but not a word that starts like it)
      | 内                                                 #   done within it
    )?
    """,
    re.VERBOSE,
)

# a bare "年底" / "年末" / "年内" with no year in front: the notice's year
_BARE_YEAR_END_RE = regex_compile(
    rf"""
    (?<!{_NOT_BEFORE_BARE_YEAR})                           # no year, count or every-year before it
    (?P<prefix>{alternation(W.BY_PREFIXES)})?                     # a by word before it
    年                                                     # the year …
    (?:(?P<end>底|末)(?P<suffix>{alternation(W.BY_SUFFIXES)})?    #   … its end, maybe by it
      | (?P<within>内))                                    #   … or within it
    """,
    regex.VERBOSE,
)

_RANGE_RE = regex_compile(
    rf"""
    (?P<y1>{_YEAR})\s*年?                                  # the first year, with or without its character
    (?:(?P<m1>{_MONTH})月?)?                               # maybe its month
    (?:{alternation(W.RANGE_SEPARATORS)})                         # a separator
    (?:
        (?P<y2>{_YEAR})\s*年                               # the second year
        (?:(?P<m2>{_MONTH})月)?                            #   maybe its month
      | (?P<next>{alternation(W.NEXT_YEAR_IN_RANGE)})?          # or only a month, maybe of the year after
        (?P<m2>{_MONTH})月
    )
    (?P<du>度)?                                            # a period of whole years
    (?P<end>底|末)?                                        # the end of the last year
    """,
    regex.VERBOSE,
)

_YEAR_LIST_HEAD_RE = regex_compile(
    rf"""
    (?P<y>{_YEAR})                                         # a year written without its character
    (?=(?:{alternation(W.YEAR_LIST_JOINERS)}){_YEAR}\s*年)        # then a joiner and a year with it
    """,
    regex.VERBOSE,
)

# Words every match of a pattern holds (one of them): a region holding none is
# not scanned with the pattern (a substring test costs far less than a scan)


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` less those holding a shorter one of them (found whenever they are).

    >>> _fewest(("以内", "之内", "内", "时间", "的时间"))
    ('内', '时间')
    """
    return tuple(w for w in words if not any(v != w and v in w for v in words))


_RANGE_NEEDS = _fewest(W.RANGE_SEPARATORS)
_YEAR_LIST_NEEDS = ("年",)


@cache  # compiled on first use (0.7 ms at import): few notices write a month range without its year
def _month_range_re() -> regex.Pattern[str]:
    """A month range with no year: 5月—7月, 5-7月, 五至七月 (the year of the sentence or notice)."""
    return regex_compile(_MONTH_RANGE, regex.VERBOSE)


_MONTH_RANGE = rf"""
    (?:(?<=每年)|(?<!{_NOT_BEFORE_MONTH_RANGE}))            # no year before it (a range above reads that), but every year's
    (?P<m1>{_MONTH})(?:月(?:份)?)?                          # the first month
    (?:{alternation(W.RANGE_SEPARATORS)})                         # a separator
    (?P<next>{alternation(W.NEXT_YEAR_IN_RANGE)})?                # maybe the year after
    (?P<m2>{_MONTH})月(?:份)?                               # the last month
    (?P<end>底|末)?
    (?P<suffix>{alternation(W.BY_SUFFIXES)})?
    """


@cache  # compiled on first use (1.6 ms at import): few notices write a day before a range separator
def _day_range_re() -> regex.Pattern[str]:
    """A day range: 2024年3月4日-8日, 3月4日至4月8日, 2025年12月中旬至2026年1月上旬 (a ten-day part for a day)."""
    return regex_compile(_DAY_RANGE, regex.VERBOSE)


_DAY_RANGE = rf"""
    (?=(?:{alternation(W.RANGE_PREFIXES)})?[0-9０-９{_CN_DIGIT}十])   # (a first-character test: with the optional
                                                       #  year first, the engine tried every position: 11x slower)
    (?:{alternation(W.RANGE_PREFIXES)})?                        # 于2025年12月中旬至…: the range, not the point 于…中旬
    (?:(?P<y1>{_YEAR})\s*年)?
    (?<![0-9０-９])(?P<m1>{_MONTH})月(?:(?P<d1>{_DAY})[日号]|(?P<p1>{alternation(W.MONTH_PARTS)}))
    (?:{alternation(W.RANGE_SEPARATORS)})
    (?:(?P<y2>{_YEAR})\s*年|(?P<next>{alternation(W.NEXT_YEAR_IN_RANGE)}))?
    (?:(?P<m2>{_MONTH})月)?
    (?:(?P<d2>{_DAY})[日号]|(?P<p2>{alternation(W.MONTH_PARTS)}))
    """

# dates written with dots, as in 时限 cells: 2023.6—2023.12, 2023.6.1-6.30, 2023.12前
_DOT = r"[.．/]"
_DOT_DATE_NEEDS = (".", "．", "/", "-", "－")


@cache  # compiled on first use (1.7 ms at import): few notices write dates with dots
def _dot_date_re() -> regex.Pattern[str]:
    """A date written with dots: 2023.6—2023.12, 2023.6.1-6.30, 2023.12前."""
    return regex_compile(_DOT_DATE, regex.VERBOSE)


_DOT_DATE = rf"""
    (?P<y1>{_YEAR})
    (?:{_DOT}(?P<m1>{_MONTH})(?:{_DOT}(?P<d1>{_DAY}))?
      | (?P<hyphen>[-－])(?P<m1>[01]?[0-9])[-－](?P<d1>[0-3]?[0-9])   # 2026-07-31: a whole date, never a range
    )(?![0-9０-９])
    (?:
        (?:{alternation(W.RANGE_SEPARATORS)})
        (?:(?P<y2>{_YEAR}){_DOT})?(?P<m2>{_MONTH})(?:{_DOT}(?P<d2>{_DAY}))?(?![0-9０-９.．])
      | (?P<suffix>{alternation(W.BY_SUFFIXES)})
    )?
    """

# a plan period where it names the year its goals fall due: 到“十四五”末, 十四五期间
_PLAN_PERIOD_RE = regex_compile(
    rf"""
    (?P<prefix>{alternation(W.BY_PREFIXES)})?
    [“"‘「]?(?P<name>{alternation(W.PLAN_PERIOD_NAMES)})[”"’」]?
    (?P<due>{alternation(W.PLAN_PERIOD_DUE_WORDS)})
    """,
    regex.VERBOSE,
)

# a whole-year word standing alone in a 时限 cell: 全年
_WHOLE_YEAR_RE = regex_compile(alternation(W.WHOLE_YEAR_WORDS))

_DURATION_RE = regex_compile(
    rf"""
    (?P<n>                                                 # how many:
        (?<![0-9０-９]|[0-9０-９][.．])                     #   (not the fraction of a decimal)
        [0-9０-９]{{1,3}}(?:[.．][0-9０-９]{{1,2}})?(?![0-9０-９])  #   15, 3, 0.5 (never a 4-digit year)
      | [一二两三四五六七八九十]{{1,3}}                    #   a numeral count
      | {alternation(W.HALF_WORDS)}                               #   a half
    )
    (?P<unit>{alternation(W.DURATION_UNITS)})                     # the unit
    (?:
        (?P<within>{alternation(W.WITHIN_SUFFIXES)})              # within it
      | (?P<time>{alternation(W.DURATION_TIME_WORDS)})            # or the time it takes
    )
    """,
    regex.VERBOSE,
)


@cache  # compiled on first use: few notices bound a time limit
def _limit_re() -> regex.Pattern[str]:
    """A bound on a time limit: 整改时限一般不超过30天, 审批时限压缩至15个工作日以内, 工期原则上不超过6个月."""
    return regex_compile(_LIMIT, regex.VERBOSE)


_LIMIT = rf"""
    (?:(?:{alternation(W.LIMIT_SUBJECTS)})(?:{alternation(W.LIMIT_HEDGES)})?    # a time limit, maybe hedged
      | (?:{alternation(W.LIMIT_HEDGES)}))                               # or a hedged bound
    (?:{alternation(W.LIMIT_VERBS)})                                     # bounded
    (?P<n>(?<![0-9０-９]|[0-9０-９][.．])[0-9０-９]{{1,3}}(?:[.．][0-9０-９]{{1,2}})?(?![0-9０-９])
      |[一二两三四五六七八九十]{{1,3}}|{alternation(W.HALF_WORDS)})
    (?P<unit>{alternation(W.DURATION_UNITS)})
    (?:{alternation(W.WITHIN_SUFFIXES)})?
    """
_LIMIT_NEEDS = _fewest(W.LIMIT_VERBS)

_DURATION_NEEDS = _fewest(W.WITHIN_SUFFIXES + W.DURATION_TIME_WORDS)
_MONTH_NEEDS = ("月",)  # a month range, a day range

_RECURRING_RE = regex_compile(
    rf"""
    每                                                     # every …
    (?P<every>[0-9０-９]{{1,2}}|[两二三四五六七八九十])?   # … N …
    个?                                                    # … (a measure word) …
    (?P<per>{alternation(W.EVERY_PERIOD_WORDS)})                  # … period
  | (?<!每|[0-9０-９{CN_NUM}个])                       # a bare period word, not a count of one
    (?P<bare>{alternation(W.BARE_PERIOD_WORDS)})                  #   (half-monthly)
  | (?<!{alternation(w[: -len(W.REGULAR_WORDS[0])] for w in W.IRREGULAR_WORDS)})  # not irregular
    (?P<regular>{alternation(W.REGULAR_WORDS)})                   # regular, period not given
  | (?P<routine>{alternation(W.ROUTINE_WORDS)})                   # routine, day-to-day
    (?!{alternation(_ROUTINE_EXCEPTION_TAILS)})                     # (not a compound that is no duty)
  | (?<![0-9０-９〇零二两三四五六七八九十百每半个])        # a period noun, not after a year, every, half or a count,
    (?<!(?<![上下])一)                                     #   nor after one (but after the previous one)
    (?P<noun>{alternation(W.PERIOD_NOUNS)})                       #   (yearly review, monthly scheduling)
  | (?<![第0-9０-９{CN_NUM}])一(?P<one>{alternation(W.ONE_PER_PERIOD_WORDS)})一    # once a period: 一月一调度
    (?![{W.ONE_PER_PERIOD_BLOCKERS}])                    #   (not a date, 一月一日, nor 一年一个台阶)
    """,
    regex.VERBOSE,
)

# run over every region: by ``re`` (see the note in notice_parser.lexicon)
_MASK_RE = re_compile(
    "|".join(
        [rf"{regex.escape(o)}[^{regex.escape(o + c)}]{{0,120}}{regex.escape(c)}" for o, c in W.EXCLUDED_BRACKETS]
        + [  # a document number's bracket: a bare year, or followed by the serial
            rf"{regex.escape(o)}\s*{_YEAR}\s*{regex.escape(c)}"
            rf"|{regex.escape(o)}[^{regex.escape(o + c)}]{{0,120}}{regex.escape(c)}"
            rf"(?=\s*[0-9０-９{_CN_DIGIT}]{{1,5}}\s*{W.DOCUMENT_NUMBER_SERIAL_END})"
            for o, c in W.DOCUMENT_NUMBER_BRACKETS
        ]
        + [
            rf"(?:{alternation(W.PLAN_PERIOD_NAMES)})(?![”\"’」]?(?:{alternation(W.PLAN_PERIOD_DUE_WORDS)}))",
            alternation(W.NOT_DEADLINE_WORDS),
        ]
    )
)

_IRREGULAR_RE = regex_compile(alternation(W.IRREGULAR_WORDS))

# --------------------------------------------------------------------------
# Gates: what every match of a pattern holds, tested before the pattern runs
# (most regions hold no match of most patterns; a substring test or a search
# for two characters side by side costs a fraction of the pattern's scan).
# Each is a necessary condition read off its pattern, so it turns away only
# regions the pattern finds nothing in (tests/test_deadline_gates.py).
# --------------------------------------------------------------------------

_YEAR_END_CHARS = f"0-9０-９{_CN_DIGIT}"  # what a year ends with
_SEPARATOR = alternation(W.RANGE_SEPARATORS)
# a year, its 年 or a month (maybe a space), then a separator: 2017—, 2017年至, 2019年1—
_RANGE_GATE = re_compile(rf"[{_YEAR_END_CHARS}十年月]{_SPACE}*(?:{_SEPARATOR})")
# a joiner right before a year: 、2018
_YEAR_LIST_GATE = re_compile(rf"(?:{alternation(W.YEAR_LIST_JOINERS)})[{_YEAR_END_CHARS}]")
_MONTH_CHARS = "0-9０-９十一二三四五六七八九"  # what a month number starts and ends with
# a month (maybe with 月 or 月份), a separator and a month with 月: 5—7月, 五至七月, 5月—7月
_MONTH_RANGE_GATE = re_compile(
    rf"[{_MONTH_CHARS}月份](?:{_SEPARATOR})(?:{alternation(W.NEXT_YEAR_IN_RANGE)})?[{_MONTH_CHARS}]{{1,2}}月"
)
# a day's character right before a separator: 4日至
_DAY_RANGE_GATE = re_compile(rf"(?:[日号]|{alternation(W.MONTH_PARTS)})(?:{_SEPARATOR})")
# a year (four digits, no more) right before a dot and a month number: 2023.6
_DOT_DATE_GATE = re_compile(  # (the dot first: scanned fast; or a whole date's hyphen: 2026-07-31)
    rf"[.．/\-－](?<={_YEAR}[.．/\-－])(?=[{_MONTH_CHARS}])"
)
# a unit's last character right before a within or time word: 个工作日内
_DURATION_GATE = re_compile(
    "[" + re.escape("".join(sorted({u[-1] for u in W.DURATION_UNITS}))) + "]"
    rf"(?:{alternation(W.WITHIN_SUFFIXES + W.DURATION_TIME_WORDS)})"
)
# 年 right before its end or 内
_BARE_YEAR_END_GATE = re_compile("年[底末内]")
# every recurrence holds one of these words (_recurring_gate)
_RECURRING_NEEDS = _fewest(
    (
        "每",
        *W.BARE_PERIOD_WORDS,
        *W.REGULAR_WORDS,
        *W.ROUTINE_WORDS,
        *W.PERIOD_NOUNS,
        *(w + "一" for w in W.ONE_PER_PERIOD_WORDS),
    )
)


@cache  # (compiled on first use: no import-time work)
def _recurring_gate() -> re.Pattern[str]:
    """A search for any of ``_RECURRING_NEEDS``: one C scan that skips to the words' first characters, cheaper
    than the recurrence pattern's scan in every region (its branches open with look-behinds: tried at every
    position), and than a test per word. The corpus's 2,078 regions: the pattern everywhere 12.3 ms, this
    gate 2.7 ms, the pattern where it passes (233 regions) 1.9 ms more."""
    return re_compile(alternation(_RECURRING_NEEDS))


def _cover(words: tuple[str, ...], first: tuple[str, ...]) -> tuple[str, ...]:
    """Characters one of which every word holds: ``first``, then, while a word
    holds none, the character most of the words left hold (code-point order
    breaks a tie). A text holding none of them holds none of the words.

    >>> _cover(("上半年", "第一季度", "二季度", "年中"), ("年", "月"))
    ('年', '月', '季')
    """
    chars = list(first)
    left = [w for w in words if not any(c in w for c in chars)]
    while left:
        best = max(sorted(set("".join(left))), key=lambda c: sum(c in w for w in left))
        chars.append(best)
        left = [w for w in left if best not in w]
    return tuple(chars)


# a point is a year (with 年), a relative year, a part of the year or a month (with 月)
_POINT_NEEDS = _cover((*W.RELATIVE_YEARS, *W.YEAR_PARTS), ("年", "月"))
_WHOLE_YEAR_NEEDS = _fewest(tuple(W.WHOLE_YEAR_WORDS))
_PLAN_PERIOD_NEEDS = _cover(W.PLAN_PERIOD_NAMES, ())  # (五: every plan name holds it)
_IRREGULAR_NEEDS = _fewest(tuple(W.IRREGULAR_WORDS))

_NOT_DEADLINE_AFTER_RE = regex_compile(alternation(W.NOT_DEADLINE_SUFFIXES))
# a baseline word, then maybe other years of the same list, right before a year: 较2015、
_BASELINE_BEFORE_RE = regex_compile(
    rf"(?:{alternation(W.BASELINE_PREFIXES + W.YEAR_LABEL_PREFIXES)})(?:{_YEAR}\s*年?(?:{alternation(W.YEAR_LIST_JOINERS)}))*\Z"
)
_BASELINE_WORD_RE = re_compile(alternation(W.BASELINE_PREFIXES + W.YEAR_LABEL_PREFIXES))  # what it starts with
# the characters a baseline word starts with: a point with none in the few characters before it is no baseline
_BASELINE_FIRST_RE = re_compile(
    "[" + re.escape("".join(sorted({w[0] for w in W.BASELINE_PREFIXES + W.YEAR_LABEL_PREFIXES}))) + "]"
)
_BASELINE_REACH = 24  # how far before a year _is_baseline looks
# the characters a history / edition word after a point starts with (a test before the pattern)
_NOT_DEADLINE_AFTER_FIRST = frozenset(w[0] for w in W.NOT_DEADLINE_SUFFIXES)
_DURATION_TARGET_BEFORE = tuple(W.DURATION_TARGET_PREFIXES)
_DURATION_HISTORY_BEFORE = tuple(W.DURATION_HISTORY_PREFIXES)
# "每年" written right before a point makes the point a day of each year
# (每年6月底前报送), which the recurring item already covers
_EVERY_BEFORE = tuple("每" + w for w in W.EVERY_PERIOD_WORDS)
#: what ends the stretch a written year dates: a sentence (a class: the standard engine scans it faster); within it a
#: ； ends it only before an enumerated item or a stage the year would put before the first (_Scan.year_before)
_SENTENCE_END_RE = re_compile(r"[。！？!?\n]")
_STAGE_SEPARATOR_RE = re_compile("[" + re.escape(W.STAGE_SEPARATORS) + "]")


@cache  # compiled on first use: only a duration right after a list joiner asks
def _listed_values_re() -> re.Pattern[str]:
    """A target's verb and the values it lists before a duration (压缩至5个、 / 压减至3个和), up to the end."""
    value = rf"[0-9０-９.．]+(?:{alternation(W.DURATION_UNITS)}|个)?"
    joiner = "[" + re.escape("".join(W.DURATION_LIST_JOINERS)) + "]"
    return re_compile(rf"(?:{alternation(W.DURATION_TARGET_PREFIXES)})(?:{value}{joiner}){{1,4}}$")


def _listed_target_value(s: str, start: int) -> bool:
    """Is the duration at ``start`` the last value of a list a target's verb states (分别压缩至5个、4个工作日以内)?"""
    return _listed_values_re().search(s, max(0, start - _LISTED_VALUES_REACH), start) is not None


_LISTED_VALUES_REACH = 40


@cache
def _enumerated_item_re() -> re.Pattern[str]:
    """An enumerated item opening right after a ；: (2), ②, 2., 二是 (W.ENUMERATED_ITEM_OPENERS)."""
    return re_compile("(?:" + "|".join(W.ENUMERATED_ITEM_OPENERS) + ")")


# characters that end the few characters kept after a bare year
_RAW_STOP = frozenset("，。；：、,.;:!?！？（）()“”\"'‘’《》〔〕[]【】0123456789０１２３４５６７８９%％")
_BARE_YEAR_TAIL = 4
_PHASE_LABEL_ENDS = frozenset(w[-1] for w in W.PHASE_LABELS)  # what a label before a phase's time ends with
_PHASE_BEFORE = _PHASE_LABEL_ENDS | frozenset("（(") | frozenset(W.PHASE_WORD_JOINERS)  # what a phase's time follows


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _number(s: str) -> int | None:
    """An Arabic or Chinese count.

    >>> _number("１２"), _number("十二"), _number("两")
    (12, 12, 2)
    """
    s = to_halfwidth_digits(s)
    if s.isdigit():
        return int(s)
    return parse_cn_number(s)


def _count(s: str) -> int | float | None:
    """A count of units, maybe a decimal one (0.5个工作日 → 0.5, 1.2小时 → 1.2, 15 → 15).

    >>> _count("0.5"), _count("１．２"), _count("15"), _count("2.0"), _count("十五")
    (0.5, 1.2, 15, 2, 15)
    """
    h = to_halfwidth_digits(s).replace("．", ".")
    if "." not in h:
        return _number(s)
    value = float(h)
    return int(value) if value.is_integer() else value


def _last_day(year: int, month: int) -> str:
    """ISO date of a month's last day.

    >>> _last_day(2017, 2), _last_day(2020, 2)
    ('2017-02-28', '2020-02-29')
    """
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


class _Value(NamedTuple):
    """What a time expression says, before it is grounded: the deadline's
    kind and the fields that kind carries (the model's, without raw/span).
    A value is made with its kind's fields only (the others keep their
    defaults), so two values are equal exactly when their kinds and model
    fields are: the value itself is what a repeat is recognised by."""

    kind: Literal["by", "from", "during", "within", "recurring"]
    date: str | None = None
    start: str | None = None
    duration: str | None = None
    period: str | None = None
    every: int = 1

    def fields(self) -> dict[str, object]:
        """The model fields of this kind."""
        if self.kind == "during":
            return {"start": self.start, "date": self.date}
        if self.kind == "recurring":
            return {"period": self.period, "every": self.every}
        if self.kind == "within":
            return {"duration": self.duration}
        return {"date": self.date}


@dataclass(slots=True)  # made per time expression: slots make and read faster
class _Candidate:
    start: int  # compact offsets
    end: int
    item: _Value | None = None  # None: claims its characters, emits nothing
    year: int | None = None  # an explicit year written in it, for later month-only points
    warning: tuple[WarningCode, str] | None = None
    extend_raw: bool = False  # a bare year: keep a few following characters in raw
    reason: str | None = None  # why a candidate that claims its characters makes no item


class _Years:
    """Explicit years written in the text, as (compact offset, year), kept
    sorted so that "the last one before" is a bisection, not a scan. Held in two
    lists of numbers, not a tuple per year: each tuple the rule keeps counts towards
    the gc's next collection (20,000 written years made 20,000 of them)."""

    def __init__(self) -> None:
        self._at: list[int] = []  # sorted by (offset, year)
        self._year: list[int] = []
        self._first: list[str | None] = []  # the first day of what the year was written in (2025年3月底前: 2025-03-01)

    def add(self, at: int, year: int, first: str | None = None) -> None:
        ats, years = self._at, self._year
        if not ats or at > ats[-1] or (at == ats[-1] and year >= years[-1]):
            ats.append(at)  # (years come mostly in text order: where an insertion would put it)
            years.append(year)
            self._first.append(first)
            return
        k = bisect.bisect_right(ats, at)  # after every (offset, year) not greater, as insort puts it
        while k and ats[k - 1] == at and years[k - 1] > year:
            k -= 1
        ats.insert(k, at)
        years.insert(k, year)
        self._first.insert(k, first)

    def last_before(self, pos: int) -> tuple[int, int] | None:
        """The greatest (offset, year) with offset < ``pos``."""
        k = bisect.bisect_left(self._at, pos)
        return (self._at[k - 1], self._year[k - 1]) if k else None

    def first_day_before(self, pos: int) -> str | None:
        """The first day of what the year :meth:`last_before` gives was written in (None: not known)."""
        k = bisect.bisect_left(self._at, pos)
        return self._first[k - 1] if k else None


class _Scan:
    """The compact text of one region and its indexes, built once."""

    def __init__(self, ctx: Context, view: CompactView) -> None:
        self.ctx = ctx
        self.s = view.compact
        self.view = view
        # compact stretches that hold no deadline (《》, 〔〕 …): sorted, disjoint
        self.masks = [m.span() for m in _MASK_RE.finditer(self.s)]
        self._mask_starts = [a for a, _ in self.masks]
        self._sentence_ends: list[int] | None = None
        self._stage_ends: tuple[list[int], list[int]] | None = None  # every ；, and those before an enumerated item
        self._baseline_starts: list[int] | None = None

    def has(self, needles: tuple[str, ...]) -> bool:
        """Does the compact text hold one of ``needles``?"""
        s = self.s
        for n in needles:  # (a loop: a generator costs more than these few tests)
            if n in s:
                return True
        return False

    def passes(self, needs: tuple[str, ...], gate: re.Pattern[str]) -> bool:
        """Does the compact text hold one of ``needs`` and a match of ``gate``?"""
        return self.has(needs) and gate.search(self.s) is not None

    def masked(self, start: int, end: int) -> bool:
        """Does a mask hold ``start``, or start inside ``[start, end)``?"""
        if not self.masks:
            return False
        k = bisect.bisect_right(self._mask_starts, start)
        if k and start < self.masks[k - 1][1]:
            return True
        return k < len(self.masks) and self._mask_starts[k] < end

    def baseline(self, start: int) -> bool:
        """``_is_baseline(s, start)``, asked only where a baseline word may start
        in the characters it reads (their places found once per region)."""
        starts = self._baseline_starts
        if starts is None:
            starts = self._baseline_starts = [m.start() for m in _BASELINE_FIRST_RE.finditer(self.s)]
        k = bisect.bisect_left(starts, start - _BASELINE_REACH)
        if k == len(starts) or starts[k] >= start:
            return False  # no word can start in [start - reach, start)
        return _is_baseline(self.s, start)

    def not_deadline_after(self, end: int) -> bool:
        """Does a history or edition word (以来, 版 …) follow ``s[:end]``?"""
        s = self.s
        return end < len(s) and s[end] in _NOT_DEADLINE_AFTER_FIRST and _NOT_DEADLINE_AFTER_RE.match(s, end) is not None

    def alone(self, start: int, end: int) -> bool:
        """Does ``s[start:end]`` stand alone between whitespace (a table cell,
        a line of its own), as a 完成时限 value does?"""
        offs = self.view.offsets
        before = start == 0 or offs[start] - offs[start - 1] > 1
        after = end >= len(offs) or offs[end] - offs[end - 1] > 1
        return before and after

    def whole(self, start: int, end: int) -> bool:
        """Is ``s[start:end]`` all the region holds: a 完成时限 cell read on its own (tables._deadline_cells)?"""
        return start == 0 and end == len(self.s)

    def _sentence_end_between(self, first: int, last: int) -> bool:
        """Is there a sentence end in ``ctx.text[first:last]``?"""
        if self._sentence_ends is None:
            offs, text = self.view.offsets, self.ctx.text
            self._sentence_ends = [m.start() for m in _SENTENCE_END_RE.finditer(text, offs[0], offs[-1] + 1)]
        k = bisect.bisect_left(self._sentence_ends, first)
        return k < len(self._sentence_ends) and self._sentence_ends[k] < last

    def _stage_end_between(self, first: int, last: int) -> tuple[bool, bool]:
        """Is there a ； in ``s[first:last]`` (compact offsets), and one before an enumerated item ((2), ②, 2., 二是)?"""
        if self._stage_ends is None:
            s = self.s
            ends = [m.start() for m in _STAGE_SEPARATOR_RE.finditer(s)]
            item = _enumerated_item_re().match
            self._stage_ends = (ends, [k for k in ends if item(s, k + 1) is not None])
        found = []
        for ends in self._stage_ends:
            k = bisect.bisect_left(ends, first)
            found.append(k < len(ends) and ends[k] < last)
        return found[0], found[1]

    def year_before(self, pos: int, years: _Years, last: Callable[[int], str | None] | None = None) -> int | None:
        """The explicit year written last before ``pos`` in the same sentence, else the notice year. A ；-list's
        stages take the year of the stage that writes it (2025年3月底前…；6月底前…: 2025), except an enumerated item
        ((1)2025年上半年…；(2)…第三季度末前: the notice's) and a stage that year would put before the one it was
        written in (2026年第三季度末前…；…上半年: the notice's); ``last`` gives the stage's last day in a year."""
        found = years.last_before(pos)
        if found is not None:
            at, y = found
            if not self._sentence_end_between(self.view.offsets[at], self.view.offsets[pos]):
                stages, enumerated = self._stage_end_between(at, pos)
                if not stages:
                    return y
                if not enumerated:
                    first = years.first_day_before(pos)
                    end = last(y) if last is not None and first is not None else None
                    if end is None or first is None or end >= first:
                        return y
        return self.ctx.notice_year


# --------------------------------------------------------------------------
# Candidates, one function per pattern
# --------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _valid_year(text: str) -> int | None:
    y = _number(text)
    return y if y is not None and y in W.PLAUSIBLE_YEARS else None


def _range_candidates(scan: _Scan) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not scan.passes(_RANGE_NEEDS, _RANGE_GATE):
        return out
    s = scan.s
    for m in _RANGE_RE.finditer(s):
        y1 = _valid_year(m["y1"])
        y2 = _valid_year(m["y2"]) if m["y2"] else y1
        c = _Candidate(m.start(), m.end())
        out.append(c)
        if y1 is None or y2 is None:
            c.warning = (WarningCode.IMPLAUSIBLE_YEAR, f"year in {m[0]!r} is not a plausible year; no deadline made")
            continue
        if (
            not (m["m1"] or m["m2"])
            and _wrapped_in(s, m.start(), m.end(), W.TITLE_PERIOD_PARENS)
            and not _is_phase(s, m.start(), m.end())
        ):
            continue  # a plan's title period of whole years: 行动计划（2021-2023年), but not 实施阶段（2024年4月—10月）
            # nor a task's months in brackets: 建设管护（2024年5月—10月）
        if m["y2"] is None and not m["m2"]:
            continue
        m1 = _number(m["m1"]) if m["m1"] else 1
        m2 = _number(m["m2"]) if m["m2"] else 12
        if m["next"]:
            y2 = y1 + 1  # 2024年10月—次年3月: the last month in the year after
        if m1 is None or m2 is None or y2 < y1 or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        c.year = y2
        c.item = _Value("during", start=f"{y1:04d}-{m1:02d}-01", date=_last_day(y2, m2))
    return out


def _month_range_candidates(scan: _Scan, years: _Years) -> list[_Candidate]:
    """5月—7月, 5-7月: a period in the sentence's (else the notice's) year."""
    out: list[_Candidate] = []
    if not scan.passes(_MONTH_NEEDS, _MONTH_RANGE_GATE):
        return out
    s = scan.s
    for m in _month_range_re().finditer(s):
        m1, m2 = _number(m["m1"]), _number(m["m2"])
        if m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (m1 >= m2 and not m["next"]):
            continue
        c = _Candidate(m.start(), m.end())
        out.append(c)
        if s.endswith(_EVERY_BEFORE, max(0, m.start() - 4), m.start()):
            c.reason = "every_year"  # 每年3月—5月开展…: the 每年 item says it
            continue
        year = scan.year_before(m.start(), years, partial(_range_end, m2, bool(m["next"])))
        if year is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} has no year and the notice year is unknown")
            continue
        last = year + 1 if m["next"] else year  # 10月—次年3月: the last month in the year after
        c.item = _Value("during", start=f"{year:04d}-{m1:02d}-01", date=_last_day(last, m2))
    return out


def _range_end(month: int, next_year: bool, year: int) -> str:
    """The last day of a month period that starts in ``year`` (10月—次年3月: in the year after)."""
    return _last_day(year + 1 if next_year else year, month)


def _day_range_candidates(scan: _Scan, years: _Years) -> list[_Candidate]:
    """2024年3月4日-8日, 3月4日至4月8日: a period of days."""
    out: list[_Candidate] = []
    if not scan.passes(_MONTH_NEEDS, _DAY_RANGE_GATE):
        return out
    for m in _day_range_re().finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        y1 = _valid_year(m["y1"]) if m["y1"] else scan.year_before(m.start(), years)
        if y1 is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} has no year and the notice year is unknown")
            continue
        y2 = _valid_year(m["y2"]) if m["y2"] else y1 + 1 if m["next"] else y1  # 11月15日至次年3月15日
        m1 = _number(m["m1"]) or 0
        m2 = _number(m["m2"]) if m["m2"] else m1
        d1 = W.MONTH_PARTS[m["p1"]][0] if m["p1"] else _number(m["d1"]) or 0
        first = _iso(y1, m1, d1) if 1 <= m1 <= 12 else None
        last = _iso(y2 or y1, m2 or 0, _day_of(m, y2 or y1, m2 or 0)) if m2 and 1 <= m2 <= 12 else None
        if first is None or last is None or last < first:
            c.warning = (WarningCode.BAD_DATE, f"{m[0]!r} is not a valid period")
            continue
        c.year = y1
        c.item = _Value("during", start=first, date=last)
    return out


def _day_of(m: regex.Match[str], year: int, month: int) -> int:
    """The last day a day range's end names: its day, or the last day of its ten-day part (下旬: the month's)."""
    if not m["p2"]:
        return _number(m["d2"]) or 0
    return W.MONTH_PARTS[m["p2"]][1] or calendar.monthrange(year, month)[1]


def _dot_date_candidates(scan: _Scan) -> list[_Candidate]:
    """2023.6—2023.12 (during), 2023.12前 or 2023.12 alone in a cell (by the
    month's end); a dotted date in running text with neither is left alone."""
    out: list[_Candidate] = []
    if not scan.passes(_DOT_DATE_NEEDS, _DOT_DATE_GATE):
        return out
    for m in _dot_date_re().finditer(scan.s):
        y1 = _valid_year(m["y1"])
        m1 = _number(m["m1"])
        ranged = m["m2"] is not None
        if y1 is None or m1 is None or not 1 <= m1 <= 12:
            continue
        if m["hyphen"] and not (m["suffix"] or scan.whole(m.start(), m.end()) or _after_due_label(scan.s, m.start())):
            continue  # 2026-07-31: a page's date (发布时间：2026-07-31) unless 前, a 时限 cell or a due label says due
        if not (ranged or m["suffix"] or scan.alone(m.start(), m.end()) or _after_due_label(scan.s, m.start())):
            continue
        c = _Candidate(m.start(), m.end())
        out.append(c)
        first = _iso(y1, m1, _number(m["d1"]) or 1) if m["d1"] else _iso(y1, m1, 1)
        if ranged:
            y2 = _valid_year(m["y2"]) if m["y2"] else y1
            m2 = _number(m["m2"])
            if y2 is None or m2 is None or not 1 <= m2 <= 12:
                c.reason = "bad_date"
                continue
            last = _iso(y2, m2, _number(m["d2"]) or 0) if m["d2"] else _last_day(y2, m2)
            if first is None or last is None or last < first:
                c.reason = "bad_date"
                continue
            c.item = _Value("during", start=first, date=last)
        else:
            last = _iso(y1, m1, _number(m["d1"]) or 0) if m["d1"] else _last_day(y1, m1)
            if last is None:
                c.reason = "bad_date"
                continue
            c.item = _Value("by", date=last)
        c.year = y1
    return out


_TASK_DATE_NEEDS = _fewest(tuple(W.TASK_DATE_MARKERS))


@cache  # compiled on first use: only a task tool's export writes these markers
def _task_date_re() -> regex.Pattern[str]:
    """A task tool's date marker (W.TASK_DATE_MARKERS; an emoji's variation selector allowed) and the ISO date it
    marks, in the compact text: 📅2027-10-31, 🛫2027-03-01, DEADLINE:2026-10-31, [due::2027-06-30]."""
    markers = alternation(tuple(W.TASK_DATE_MARKERS))
    return regex_compile(
        rf"(?P<marker>{markers})\ufe0f?(?P<y>[0-9]{{4}})-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}})(?![0-9])"
    )


@cache  # compiled on first use: only a task tool's export writes the marker
def _task_repeat_re() -> regex.Pattern[str]:
    """A task tool's recurrence in the compact text: 🔁everyquarter, 🔁every2weeks."""
    units = alternation(tuple(W.TASK_REPEAT_UNITS))
    return regex_compile(
        rf"{W.TASK_REPEAT_MARKER}\ufe0f?every(?P<every>[0-9]{{1,2}})?(?P<unit>{units})", regex.IGNORECASE
    )


def _task_date_candidates(scan: _Scan) -> list[_Candidate]:
    """A task's date as a task tool writes it after the task (Obsidian Tasks' 📅 due, 🛫 start, ⏳ scheduled;
    Dataview's due::; Logseq's DEADLINE:/SCHEDULED:): a due date is a time limit (by), a start or scheduled date
    the day the task starts (from); a done date (✅) is none. Its recurrence (🔁 every quarter) is recurring."""
    out: list[_Candidate] = []
    if W.TASK_REPEAT_MARKER in scan.s:
        for m in _task_repeat_re().finditer(scan.s):
            c = _Candidate(m.start(), m.end())
            out.append(c)
            c.item = _Value("recurring", period=W.TASK_REPEAT_UNITS[m["unit"].lower()], every=int(m["every"] or 1))
    if not scan.has(_TASK_DATE_NEEDS):
        return out
    for m in _task_date_re().finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        y = int(m["y"])
        date = _iso(y, int(m["m"]), int(m["d"])) if y in W.PLAUSIBLE_YEARS else None
        if date is None:
            c.reason = "bad_date"
            continue
        c.item = _dated("by" if W.TASK_DATE_MARKERS[m["marker"]] == "by" else "from", date)
        c.year = y
    return out


def _plan_period_candidates(scan: _Scan) -> list[_Candidate]:
    """到“十四五”末, 十四五期间: the plan's last year, when its goals fall due;
    a past plan period (十三五期间 in a 2021 notice) is history, not a limit."""
    out: list[_Candidate] = []
    if not scan.has(_PLAN_PERIOD_NEEDS):
        return out
    for m in _PLAN_PERIOD_RE.finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        year = W.PLAN_PERIODS[m["name"]]
        if scan.ctx.notice_year is not None and year < scan.ctx.notice_year:
            c.reason = "past_plan_period"
            continue
        c.item = _Value("by", date=_last_day(year, 12))
    return out


def _whole_year_candidates(scan: _Scan) -> list[_Candidate]:
    """全年 standing alone in a 完成时限 cell, after a time label (时间节点：全年) or before a task that goes on
    (全年推进): the task runs through the notice year (during its first to its last day); before a task completed
    (全年完成5.7万亩造林任务): by the end of the notice year."""
    out: list[_Candidate] = []
    if not scan.has(_WHOLE_YEAR_NEEDS):
        return out
    for m in _WHOLE_YEAR_RE.finditer(scan.s):
        alone = (
            scan.alone(m.start(), m.end())
            or scan.s.endswith(W.WHOLE_YEAR_LABELS, 0, m.start())
            or scan.s.startswith(W.WHOLE_YEAR_ONGOING, m.end())
        )
        if not (alone or scan.s.startswith(W.LONE_MONTH_DUE_WORDS, m.end())):
            continue  # 全年 alone in a cell (the year through), or 全年完成… (by the year's end)
        c = _Candidate(m.start(), m.end())
        out.append(c)
        if scan.ctx.notice_year is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} needs the notice year, which is unknown")
            continue
        year = scan.ctx.notice_year
        c.item = (
            _Value("during", start=f"{year}-01-01", date=_last_day(year, 12))
            if alone
            else _dated("by", _last_day(year, 12))
        )
    return out


def _year_list_candidates(scan: _Scan) -> list[_Candidate]:
    """The first years of a list that writes 年 once: "2017、2018年" (the last
    one is read as a point)."""
    out: list[_Candidate] = []
    if not scan.passes(_YEAR_LIST_NEEDS, _YEAR_LIST_GATE):
        return out
    for m in _YEAR_LIST_HEAD_RE.finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        year = _valid_year(m["y"])
        if year is None or _is_baseline(scan.s, m.start()):
            continue
        c.year = year
        c.item = _Value("by", date=_last_day(year, 12))
    return out


def _is_baseline(s: str, start: int) -> bool:
    """Is the year at ``start`` a baseline (较2015年, 比2015、2016年)?"""
    lo = max(0, start - _BASELINE_REACH)
    if not _BASELINE_WORD_RE.search(s, lo, start):
        return False  # no baseline word at all before it (a plain word search, the standard engine)
    return _BASELINE_BEFORE_RE.search(s, lo, start) is not None


def _wrapped_in(s: str, start: int, end: int, pairs) -> bool:
    return start > 0 and end < len(s) and any(s[start - 1] == o and s[end] == c for o, c in pairs)


class _Point(NamedTuple):
    """The groups of a ``_POINT_RE`` match, read in one call (``m.groups()``:
    a look-up per group name cost more than the tests that read them)."""

    prefix: str | None
    year: str | None
    rel: str | None
    part: str | None
    month: str | None
    day: str | None
    mpart: str | None
    season: str | None
    end: str | None
    suffix: str | None


_PART_GROUP = _POINT_RE.groupindex["part"]
# a point is made from ``m.groups()`` with tuples.new, no Python call. mypy cannot check that arity (a match's
# groups are a tuple of any length): it is checked here
_POINT_GROUPS = {f: k for k, f in enumerate(_Point._fields, 1)}  # a field → the number of its group
if dict(_POINT_RE.groupindex) != _POINT_GROUPS or _POINT_RE.groups != len(_POINT_GROUPS):
    raise ImportError("deadlines: _Point's fields are not _POINT_RE's groups, in order")


@lru_cache(maxsize=4096)
def _dated(kind: Literal["by", "from"], date: str) -> _Value:
    """The value by / from ``date`` (one per date: a long list of one date makes one)."""
    return _Value(kind, date=date)


def _point_candidates(scan: _Scan, years: _Years) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not scan.has(_POINT_NEEDS):
        return out
    for m in _POINT_RE.finditer(scan.s):
        p = new(_Point, m.groups())  # type: ignore[arg-type]  # (a tuple of any length: its arity is checked at import)
        if not (p.year or p.rel or p.part or p.month):
            continue  # only a prefix or a suffix: no point in time
        at, end = m.span()
        start = at
        if p.prefix and not (p.year or p.rel) and not p.month:
            start = m.start(_PART_GROUP)  # "在上半年": keep the prefix out unless it dates something
        c = _Candidate(start, end)
        out.append(c)
        _read_point(scan, m, at, p, c, years)
    return out


def _read_point(scan: _Scan, m: re.Match, at: int, p: _Point, c: _Candidate, years: _Years) -> None:
    """Give ``c`` the item of the point ``m`` (matched at ``at``, its groups ``p``), or the reason it has none."""
    year = _written_year(scan.ctx, m, p, c) if p.year or p.rel else None
    if c.warning is not None:
        return  # a year written that cannot be read
    s, start = scan.s, c.start
    # (the character before tells most points apart from a phase's time without a call: _is_phase reads the same
    # character first, but a call costs 0.27 us a point, 5 ms of the ~170 of '2020年 x20000': kept here)
    phase = start > 0 and s[start - 1] in _PHASE_BEFORE and _is_phase(s, start, c.end)
    if not _is_time_limit(scan, at, p, c, year, phase):
        return
    if (
        year is not None
        and p.year
        and not scan.masked(start, c.end)
        and not _past_qualifier(scan, c.end, p, year, phase)
    ):
        years.add(at, year, _bounds(p.part, p.month, p.day, p.mpart, p.season, year)[0])  # (not one in a 《title》)
    if year is None:
        # no year written: the sentence's (a stage list's: up to a stage it would put before the first), else the notice's
        year = scan.year_before(at, years, lambda y: _bounds(p.part, p.month, p.day, p.mpart, p.season, y)[1])
        if year is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} has no year and the notice year is unknown")
            return
    reading = _point_value(p, year, phase, scan.ctx.notice_year)
    if reading is None:
        c.warning = (WarningCode.BAD_DATE, f"{m[0]!r} is not a valid date")
        return
    c.item, c.extend_raw, c.reason = reading


def _past_qualifier(scan: _Scan, end: int, p: _Point, year: int, phase: bool) -> bool:
    """Is a point with a written year a past time that qualifies a thing (改造2000年底前建成的小区: no time limit, and
    的 follows it within the clause)? Its year is no year for the sentence's later points (…2000年底前建成的老旧小区120个，
    11月底前全部完工: the notice's November); a past event's year still is (2024年11月…巡查，并于12月18日反馈: 2024)."""
    notice_year = scan.ctx.notice_year
    if notice_year is None or year >= notice_year:
        return False
    reading = _point_value(p, year, phase, notice_year)
    if reading is None or reading[2] != "past_year":
        return False
    for ch in scan.s[end : end + W.ATTRIBUTIVE_REACH]:
        if ch in W.ATTRIBUTIVE_STOPS:
            return False
        if ch == W.ATTRIBUTIVE_MARK:
            return True
    return False


def _written_year(ctx: Context, m: re.Match, p: _Point, c: _Candidate) -> int | None:
    """The explicit or relative year of a point, None when it writes none; when
    that year cannot be read, None and a warning on ``c`` (which has none before)."""
    if p.year:
        year = _valid_year(p.year)
        if year is None:
            c.warning = (
                WarningCode.IMPLAUSIBLE_YEAR,
                f"{m[0]!r}: {p.year} is not a plausible year; no deadline made",
            )
            return None
        c.year = year
        return year
    if p.rel:
        if ctx.notice_year is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} is relative to the notice year, which is unknown")
            return None
        return ctx.notice_year + W.RELATIVE_YEARS[p.rel]
    return None


def _is_time_limit(scan: _Scan, at: int, p: _Point, c: _Candidate, year: int | None, phase: bool) -> bool:
    """Is the point (matched at ``at``) a time limit? Not a baseline (较2015年), history (2016年以来),
    an edition (2020年版), a plan's year (2018年度), a past year, a date when
    something happened, nor a lone month or part of a year that no task follows."""
    s, start, end = scan.s, c.start, c.end
    prefix, written, rel, part, month, day, mpart, season, end_word, suffix = p
    if not prefix and scan.baseline(at):
        return False
    if not written and s[max(0, start - 4) : start].endswith(_EVERY_BEFORE):
        return False  # 每年6月底前 / 每年年底前: the 每年 item says it
    if suffix is None and end_word is None and scan.not_deadline_after(end):
        c.reason = "history_edition_or_title_year"
        return False
    if rel and not written:
        rel_at = at + len(prefix or "")
        if rel_at > 0 and s[rel_at - 1] in W.RELATIVE_YEAR_ANCHOR_ENDS:
            c.reason = "relative_to_another_year"  # 贡献年度次年起: the year after that year, not the notice's
            return False
        if (
            rel == "明年"
            and rel_at > 0
            and s[rel_at - 1] in W.MING_VERB_FIRSTS
            and s[rel_at + 2 : rel_at + 3] in W.MING_NOUN_NEXTS
        ):
            c.reason = "verb_in_ming"  # 未注明年份的: 注明 and 年份, no next year
            return False
    if year is not None and (written or rel) and not (part or month or season or end_word or suffix):
        if s[end : end + 1] == W.YEAR_QUALIFIER:
            return False  # 2018年度…, 下一年度…: a year qualifier of a plan, a report or a fund, not a time limit
        notice_year = scan.ctx.notice_year
        if not prefix and notice_year is not None and year < notice_year:
            c.reason = "past_year"  # 2023年，全市高新技术企业达到1560家 (a 2024 notice): history
            return False
        if rel in W.NEXT_YEAR_IN_RANGE and prefix in W.BARE_NEXT_YEAR_PREFIXES and _sentence_dated(s, start, end):
            c.reason = (
                "next_year_follow_up"  # 12月10日前报送总结；…并在次年补助资金分配中扣减: the year after, no limit
            )
            return False
    if month and day and not (prefix or suffix or scan.whole(start, end) or _after_due_label(s, start)):
        return False  # a full date with no 前/起: when something happened (2020年9月11日，…), unless a 时限 cell's all
        # or a due label's value (完成时限：2026年6月30日)
    if month and not (written or rel) and s.endswith(W.PAST_YEAR_BEFORE_MONTH, max(0, start - 3), start):
        c.reason = "past_year"  # 去年12月建成投用的…: when it happened, in a past year
        return False
    if (
        month
        and not (written or rel or prefix or suffix or end_word or mpart or phase)
        and not (s.startswith(W.LONE_MONTH_DUE_WORDS, end) or scan.alone(start, end))
    ):
        c.reason = "lone_month"
        return False  # a lone "9月": too weak to be a deadline, unless a task follows or it is a 时限 cell
    if part and not (written or rel or prefix or suffix or end_word):
        # a lone 上半年 / 第三季度 is usually a noun ("上半年考评分值"), unless a
        # task follows it ("第三季度完成验收", "年中，开展评估")
        return _lone_part_is_due(s, start, end) or scan.whole(start, end)  # (a 时限 cell of 三季度 alone)
    return True


@lru_cache(maxsize=4096)
def _point_value(
    p: _Point, year: int, phase: bool, notice_year: int | None
) -> tuple[_Value | None, bool, str | None] | None:
    """The item of a point in ``year`` (during a phase's time, from, or by), whether its raw
    takes a few characters more, and why it makes no item; None: no valid date. A pure
    function of what is written (a long list of the same points reads it once)."""
    first, last = _bounds(p.part, p.month, p.day, p.mpart, p.season, year)
    if first is None or last is None:
        return None
    prefix, suffix = p.prefix or "", p.suffix or ""
    if prefix in W.STATUS_PREFIXES and notice_year is not None and year < notice_year:
        return None, False, "status_date"  # 截至2022年底，全县…: the date of a status report
    if phase and not (prefix or suffix or p.end or p.day):
        return _Value("during", start=first, date=last), False, None  # 集中整治阶段（2019年6月）
    if suffix in W.FROM_SUFFIXES or prefix in W.FROM_PREFIXES:
        return _dated("from", first), False, None
    if p.year and notice_year is not None and year < notice_year:
        return None, False, "past_year"  # 改造2000年底前建成的城镇老旧小区: what was done by then, no time limit
    return _dated("by", last), not (prefix or suffix or p.end or p.month or p.part), None


def _is_phase(s: str, start: int, end: int) -> bool:
    """Is the point at ``s[start:end]`` the time of a phase: in brackets right
    after 阶段 ("集中整治阶段（2019年6月）") or after a label ("时间：2023年9月")?

    >>> _is_phase("集中整治阶段（2019年6月）", 7, 14), _is_phase("时间：2023年9月", 3, 10)
    (True, True)
    >>> _is_phase("（2019年6月）", 1, 8)
    False
    """
    if start == 0:
        return False
    if end < len(s) and s[start - 1] in "（(" and s[end] in "）)":
        return s.endswith(W.PHASE_WORDS, 0, start - 1)
    if s[start - 1] in W.PHASE_WORD_JOINERS and s.endswith(W.PHASE_WORDS, 0, start - 1):
        return True  # （三）评定阶段，12月上旬，…
    return s[start - 1] in _PHASE_LABEL_ENDS and s.endswith(W.PHASE_LABELS, 0, start)


def _lone_part_is_due(s: str, start: int, end: int) -> bool:
    """Is a part of a year written with no year ("第三季度", "年中") a time limit?

    >>> _lone_part_is_due("第三季度完成验收", 0, 4), _lone_part_is_due("三季度考核结果", 0, 3)
    (True, False)
    >>> _lone_part_is_due("近三年中完成", 3, 5), _lone_part_is_due("要求：年中，开展评估", 3, 5)
    (False, True)
    """
    if start > 0 and s[start - 1] in W.LONE_PART_BLOCKERS:
        return False  # 三年中, 每年中, 当年中: not a part of a year
    if s.startswith(W.LONE_PART_DUE_WORDS, end) or _labelled_part(s, start):
        return True
    return s.startswith(("，", ","), end) and (start == 0 or s[start - 1] in W.CLAUSE_OPENERS)


def _sentence_dated(s: str, start: int, end: int) -> bool:
    """Does the sentence around ``s[start:end]`` write a date or a year of its own outside it (2027年12月10日前报送…，
    并在次年补助资金分配中相应扣减)?

    >>> _sentence_dated("2027年12月10日前报送总结；并在次年补助资金分配中扣减。", 15, 17)
    True
    >>> _sentence_dated("完成试点。次年全面推广。", 5, 7)
    False
    """
    lo, hi = max(0, start - _SENTENCE_REACH), min(len(s), end + _SENTENCE_REACH)  # (a run with no 。: bounded)
    first = max(lo - 1, *(s.rfind(ch, lo, start) for ch in W.SENTENCE_ENDS)) + 1
    last = min((k for k in (s.find(ch, end, hi) for ch in W.SENTENCE_ENDS) if k >= 0), default=hi)
    found = _dated_re().search
    return found(s, first, start) is not None or found(s, end, last) is not None


#: how far a sentence around a bare 次年 is read each way
_SENTENCE_REACH = 160


@cache  # compiled on first use: only a bare 次年 asks
def _dated_re() -> re.Pattern[str]:
    """A year (2027年, 2027.6, 2027-06) or a month (12月, 三月) written out."""
    return re_compile(rf"[0-9０-９]{{4}}[年.．/\-－]|[0-9０-９{_CN_DIGIT}十]月")


def _after_due_label(s: str, start: int) -> bool:
    """Is the point at ``start`` the value of a due label (完成时限：, 截止日期：, （时限：, 完成时间为)?

    >>> _after_due_label("完成时限：2026年6月30日", 5), _after_due_label("会议时间：2026年6月30日", 5)
    (True, False)
    """
    return s.endswith(W.DUE_LABEL_ENDS, max(0, start - _DUE_LABEL_REACH), start)


_DUE_LABEL_REACH = max(map(len, W.DUE_LABEL_ENDS))


def _labelled_part(s: str, start: int) -> bool:
    """Is the part of a year at ``start`` the value of a time label, maybe after other parts it lists
    (时间节点：三季度; 时间节点：二季度、四季度各开展一次; 完成时限：第三季度)?

    >>> _labelled_part("时间节点：三季度", 5), _labelled_part("时间节点：二季度、四季度各开展一次", 9)
    (True, True)
    >>> _labelled_part("考核：三季度", 3), _labelled_part("时间节点：全年、四季度", 8)
    (False, False)
    """
    head = s[max(0, start - _LABELLED_PART_REACH) : start]
    while head and head[-1] in W.PART_LIST_JOINERS:  # 二季度、四季度: the parts listed before
        part = next((p for p in W.YEAR_PARTS if head.endswith(p, 0, len(head) - 1)), None)
        if part is None:
            return False
        head = head[: -1 - len(part)]
    return head.endswith(W.PART_LABELS)


#: how far back a part's label may lie (four parts listed after it)
_LABELLED_PART_REACH = 4 * (max(map(len, W.YEAR_PARTS)) + 1) + max(map(len, W.PART_LABELS))


@lru_cache(maxsize=4096)
def _bounds(
    part: str | None, month_text: str | None, day: str | None, mpart: str | None, season: str | None, year: int
) -> tuple[str | None, str | None]:
    """First and last day of a point (a pure function of what is written: a
    long list of the same dates reads the calendar once)."""
    if part:
        lo, hi = W.YEAR_PARTS[part]
        return _iso(year, lo, 1), _last_day(year, hi)
    if month_text:
        month = _number(month_text)
        if month is None or not 1 <= month <= 12:
            return None, None
        if day:
            d = _iso(year, month, _number(day) or 0)
            return d, d
        if mpart:
            first_day, last_day = W.MONTH_PARTS[mpart]
            return _iso(year, month, first_day), (_iso(year, month, last_day) if last_day else _last_day(year, month))
        return _iso(year, month, 1), _last_day(year, month)
    if season:
        return _iso(year, W.SEASON_START_MONTH[season], 1), _last_day(year, 12)
    return _iso(year, 1, 1), _last_day(year, 12)


def _bare_year_end_candidates(scan: _Scan, years: _Years) -> list[_Candidate]:
    out: list[_Candidate] = []
    if _BARE_YEAR_END_GATE.search(scan.s) is None:
        return out
    for m in _BARE_YEAR_END_RE.finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        year = scan.year_before(m.start(), years)
        if year is None:
            c.warning = (WarningCode.NO_NOTICE_YEAR, f"{m[0]!r} needs the notice year, which is unknown")
            continue
        c.item = _Value("by", date=_last_day(year, 12))
    return out


def _duration_candidates(scan: _Scan) -> list[_Candidate]:
    out: list[_Candidate] = []
    s = scan.s
    if scan.has(_LIMIT_NEEDS):
        for m in _limit_re().finditer(s):  # 整改时限一般不超过30天: a time limit, whatever bounds it
            c = _Candidate(m.start(), m.end())
            out.append(c)
            _read_duration(c, m)
    if not scan.passes(_DURATION_NEEDS, _DURATION_GATE):
        return out
    for m in _DURATION_RE.finditer(_list_points_hidden(scan)):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        before = s[max(0, m.start() - 5) : m.start()]
        if before.endswith(_DURATION_TARGET_BEFORE) or before.endswith(_DURATION_HISTORY_BEFORE):
            continue  # 压缩至5个工作日以内: a target value; 近三年内: a look back
        if s[m.start() - 1 : m.start()] in W.DURATION_LIST_JOINERS and _listed_target_value(s, m.start()):
            continue  # 分别压缩至5个、4个工作日以内: the last value of a target's list
        if before.endswith("月"):
            continue  # 6月15日内: a date, not a duration
        if m["time"] and not m["within"] and s[max(0, m.start() - 1) : m.start()] in ("第", "每"):
            continue
        _read_duration(c, m)
    return out


#: what may stand between a line's start and a list marker that opens it
_LINE_INDENT = " \t\u3000\u00a0"
#: what ends an item in a run-in list (1.5个工作日内完成企业开办；2.3个工作日内…)
_RUN_IN_ITEM_ENDS = "；;"


def _list_points_hidden(scan: _Scan) -> str:
    """``scan.s`` with the point of every list marker (N. or N．, with an item N-1 or N+1 near it) that opens a
    line or follows a run-in item's end made a 、 (the same length): the count after it is read alone, never as a decimal with
    the marker (1.5个工作日内 on its own line is item 1's 5 days, 3.0.5个工作日内 item 3's half day); a
    decimal inside a sentence stays one (全程网办，1.5个工作日内办结)."""
    s = scan.s
    if "." not in s and "．" not in s:
        return s
    text, offsets = scan.ctx.text, scan.view.offsets
    chars = None
    for k in sorted(_finds(s, ".") + _finds(s, "．")):
        if k == 0 or not s[k - 1].isdecimal():
            continue
        i = k - 1 if k < 2 or not s[k - 2].isdecimal() else k - 2
        if i and s[i - 1].isdecimal():
            continue  # 2024.5: three digits or more are no marker
        if not (i and s[i - 1] in _RUN_IN_ITEM_ENDS):  # not after a run-in item: at a line's start?
            at = offsets[i]
            while at > 0 and text[at - 1] in _LINE_INDENT:
                at -= 1
            if at > 0 and text[at - 1] != "\n":
                continue  # inside a line: a decimal
        if not _has_sibling_marker(text, offsets[i], int(s[i:k])):
            continue  # 2.5天内完成核查 with no item 1. or 3. near it: a decimal
        if chars is None:
            chars = list(s)
        chars[k] = "、"
    return s if chars is None else "".join(chars)


#: a list marker that opens a line or follows a run-in item's end, its number in group 1
_OPENING_MARKER = re_compile(r"(?:^|[；;])[ \t\u3000\u00a0]*([0-9０-９]{1,2})[.．]", re.MULTILINE)
#: how far from a list marker its siblings are looked for
_SIBLING_REACH = 600


def _has_sibling_marker(text: str, at: int, n: int) -> bool:
    """Is there a list marker numbered ``n - 1`` or ``n + 1`` near ``text[at]`` (the marker numbered ``n``)?"""
    lo, hi = max(0, at - _SIBLING_REACH), min(len(text), at + _SIBLING_REACH)
    return any(int(m[1]) in (n - 1, n + 1) for m in _OPENING_MARKER.finditer(text, lo, hi))


def _finds(s: str, ch: str) -> list[int]:
    """Every place of ``ch`` in ``s``."""
    out = []
    k = s.find(ch)
    while k >= 0:
        out.append(k)
        k = s.find(ch, k + 1)
    return out


def _read_duration(c: _Candidate, m: regex.Match[str]) -> None:
    """Give ``c`` the within item of the count ``m["n"]`` of ``m["unit"]`` (or a warning)."""
    designator, mult = W.DURATION_UNITS[m["unit"]]
    n: int | float
    if m["n"] in W.HALF_WORDS:
        halves = {"Y": ("M", 6), "M": ("D", 15), "D": ("H", 12), "H": ("MIN", 30)}
        if designator not in halves:
            c.warning = (WarningCode.ODD_DURATION, f"{m[0]!r}: half of this unit is not a whole number")
            return
        designator, n = halves[designator]
        n *= mult
    else:
        count = _count(m["n"])
        if not count:
            return
        n = count * mult
    # 0.5个工作日 → P0.5D, 1.2小时 → PT1.2H (ISO 8601 allows a fraction of the last part)
    num = f"{n:.6g}" if isinstance(n, float) else str(n)
    duration = {"H": f"PT{num}H", "MIN": f"PT{num}M"}.get(designator, f"P{num}{designator}")
    c.item = _Value("within", duration=duration)


def _inside_word(s: str, start: int, end: int, words) -> bool:
    """Is ``s[start:end]`` part of one of ``words`` written around it?

    >>> _inside_word("短期固定期限劳动合同", 3, 5, ("固定期限",)), _inside_word("定期开展", 0, 2, ("固定期限",))
    (True, False)
    """
    for w in words:
        lo = max(0, end - len(w))
        at = s.find(w, lo, start + len(w))
        if at != -1 and at <= start and end <= at + len(w):
            return True
    return False


_RATE_UNITS = tuple(sorted(W.RATE_UNITS, key=len, reverse=True))
_RATE_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９.．")


def _is_rate(s: str, start: int, end: int) -> bool:
    """Is the 每 + period at ``s[start:end]`` part of a rate (a unit right before it, or a number of a unit right
    after it: 1000立方米每日, 每日15吨, 每年100万吨) rather than how often a task recurs (每周1次)?

    >>> t = "供水规模1000立方米每日以上，能力提升至每日15吨，每年100万吨，每周1次，每月抽检，50万吨每年，双方每季度"
    >>> ws = ("每日以上", "每日15", "每年1", "每周", "每月", "每年，", "每季度")
    >>> [_is_rate(t, t.find(w), t.find(w) + 2) for w in ws]
    [True, True, True, False, False, True, False]
    """
    for unit in _RATE_UNITS:  # a unit right before it, after a number of it (not 双方每季度, 各地方每月)
        if s.endswith(unit, max(0, start - len(unit)), start):
            k = start - len(unit)
            if k and s[k - 1] in W.RATE_MULTIPLIERS:
                k -= 1
            if k and s[k - 1] in _RATE_NUMBER_CHARS:
                return True
    k = end
    while k < len(s) and s[k] in _RATE_NUMBER_CHARS:
        k += 1
    if k == end:
        return False
    if s.startswith(W.RATE_MULTIPLIERS, k):
        k += 1
    return s.startswith(_RATE_UNITS, k)


def _recurring_candidates(scan: _Scan) -> list[_Candidate]:
    out: list[_Candidate] = []
    if _recurring_gate().search(scan.s) is None:
        return out  # (every recurrence holds one of its needs)
    for m in _RECURRING_RE.finditer(scan.s):
        c = _Candidate(m.start(), m.end())
        out.append(c)
        every = 1
        period: str | None
        if m["per"]:
            if _is_rate(scan.s, m.start(), m.end()):
                c.reason = "not_recurring"  # 1000立方米每日, 每日15吨: a rate
                continue
            period = W.EVERY_PERIOD_WORDS[m["per"]]
            every = (_number(m["every"]) if m["every"] else 1) or 1
            if every > 1:  # 每两周 is half-monthly, 每3个月 quarterly; 每2年 has no period of the contract's: None
                period, every = W.EVERY_N_PERIODS.get((period, every), (None, every))
        elif m["bare"]:
            period = W.BARE_PERIOD_WORDS[m["bare"]]
        elif m["regular"]:
            if _inside_word(scan.s, m.start(), m.end(), W.REGULAR_EXCEPTIONS):
                c.reason = "not_recurring"  # 固定期限, 定期存款: no recurrence
                continue
            period = None
        elif m["routine"]:
            c.reason = "not_recurring"  # 负责日常协调, 日常监管: ordinary work, not a daily task (W.ROUTINE_WORDS)
            continue
        elif m["one"]:
            period = W.ONE_PER_PERIOD_WORDS[m["one"]]
        else:
            noun = m["noun"]
            before = scan.s[m.start() - 1] if m.start() else ""
            if before and (
                before in W.PERIOD_NOUN_POINTERS or (noun[1] != W.YEAR_QUALIFIER and before in W.PERIOD_NOUN_BLOCKERS)
            ):
                c.reason = "not_recurring"  # 全年检查, 当年报送: another word's; 该季度: the one named before
                continue
            period = W.PERIOD_NOUNS[noun]
        c.item = _Value("recurring", period=period, every=every or 1)
    return out


# --------------------------------------------------------------------------
# The rule
# --------------------------------------------------------------------------


_MODELS = {
    "by": ByDeadline,
    "from": FromDeadline,
    "during": DuringDeadline,
    "recurring": RecurringDeadline,
    "within": WithinDeadline,
}


def find_deadlines(ctx: Context, region: Region) -> list[Deadline]:
    """Every time limit in ``ctx.text[region.start:region.end]``.

    >>> text = "2017年8月底前完成，每年检查一次。"
    >>> [(d.kind, getattr(d, "date", None) or d.period) for d in
    ...  find_deadlines(Context(text, 2017), Region(0, len(text), "1"))]
    [('by', '2017-08-31'), ('recurring', 'year')]
    """
    view = CompactView.of(ctx.text, region.start, region.end)
    if not view.compact:
        return []
    scan = _Scan(ctx, view)
    chosen = _choose(scan, _candidates(scan))
    for a, b in scan.masks:  # 《…2035年远景目标纲要》, 〔2021〕, a plan name: read and left out
        ctx.skip("time", view.to_span(a, b), "title_or_plan_name")
    for m in _IRREGULAR_RE.finditer(scan.s) if scan.has(_IRREGULAR_NEEDS) else ():  # 不定期: irregular, no limit
        ctx.skip("time", view.to_span(m.start(), m.end()), "irregular")
    return _emit(scan, chosen, region.section_id)


def _candidates(scan: _Scan) -> list[_Candidate]:
    """Every pattern's candidates; a point inside a period or a year list is
    left to them, and later patterns read the years written so far."""
    years = _Years()
    candidates = _range_candidates(scan) + _year_list_candidates(scan)
    for c in candidates:
        if c.year and not scan.masked(c.start, c.end):
            years.add(c.start, c.year, c.item.start or c.item.date if c.item is not None else None)
    points = _point_candidates(scan, years)
    if candidates:
        taken = SpanCover([(c.start, c.end) for c in candidates])
        points = [c for c in points if not taken.overlaps(c.start, c.end)]
    candidates += points
    candidates += _duration_candidates(scan)
    candidates += _recurring_candidates(scan)
    candidates += _bare_year_end_candidates(scan, years)
    candidates += _month_range_candidates(scan, years)
    candidates += _day_range_candidates(scan, years)
    candidates += _plan_period_candidates(scan)
    candidates += _dot_date_candidates(scan)
    candidates += _whole_year_candidates(scan)
    candidates += _task_date_candidates(scan)
    return candidates


_START = attrgetter("start")
_END = attrgetter("end")


def _choose(scan: _Scan, candidates: list[_Candidate]) -> list[_Candidate]:
    """Leftmost-longest; a non-deadline candidate still claims its characters."""
    # (start, -length) = (start, -end): two stable sorts keyed by C getters, no Python call per candidate
    candidates.sort(key=_END, reverse=True)
    candidates.sort(key=_START)
    chosen: list[_Candidate] = []
    reach = -1  # the furthest end of a chosen candidate: every chosen one starts at or before c
    reach_before = -1  # the same over the chosen ones that start before c
    last_start = -1
    for c in candidates:
        if c.start > last_start:
            reach_before, last_start = reach, c.start
        if scan.masked(c.start, c.end):
            scan.ctx.skip("time", scan.view.to_span(c.start, c.end), "title_or_plan_name")
            continue
        if (reach if c.start < c.end else reach_before) > c.start:
            continue  # an empty candidate overlaps a chosen one only strictly inside it
        chosen.append(c)
        reach = max(reach, c.end)
    return chosen


def _emit(scan: _Scan, chosen: list[_Candidate], section_id: str | None) -> list[Deadline]:
    """The chosen candidates as deadlines, one per value; the rest skipped with a reason."""
    ctx, view, s = scan.ctx, scan.view, scan.s
    to_span, offsets, measure_ends = view.to_span, view.offsets, ctx.measure_ends
    out: list[Deadline] = []
    seen: set[tuple[int, _Value]] = set()
    for c in chosen:
        if c.warning:
            ctx.warn(c.warning[0], c.warning[1], to_span(c.start, c.end))
        if c.item is None:
            ctx.skip("time", to_span(c.start, c.end), c.reason or (c.warning[0] if c.warning else "not_a_time_limit"))
            continue
        # one item per value in each measure's stretch: a repeat after a
        # responsibility clause is the next measure's own time limit
        key = (bisect.bisect_right(measure_ends, offsets[c.start]), c.item)
        if key in seen:
            ctx.skip("time", to_span(c.start, c.end), "duplicate")
            continue
        seen.add(key)
        end = c.end
        if c.extend_raw:
            while end < len(s) and end - c.end < _BARE_YEAR_TAIL and s[end] not in _RAW_STOP:
                end += 1
        raw, span = located(ctx.text, *to_span(c.start, end))
        out.append(_MODELS[c.item.kind](raw=raw, span=span, section_id=section_id, **c.item.fields()))
    out.sort(key=lambda d: d.span)
    return out
