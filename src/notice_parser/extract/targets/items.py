"""Step 1: the quantities of a clause (a number, 万/亿, a unit, a range and a
suffix; a Chinese numeral; a zero word), and their value lists."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from ...lexicon import target_words as W
from ...tuples import new
from ..numbers import parse_cn_number, parse_number
from . import patterns as P
from .index import Starts, Titles

#: a quantity read and left out: (start, end, reason)
Skip = tuple[int, int, str]


class Item(NamedTuple):
    """One quantity of a value list."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    suffix_cmp: str | None = None
    approx: bool = False
    word_cmp: str | None = None  # 零增长 → increase_by; "skip", "skip-unless-verb"


class Group(NamedTuple):
    """Adjacent quantities joined by 、/和: one value list."""

    items: tuple[Item, ...]
    start: int  # the first item's start
    end: int  # the last item's end

    @classmethod
    def of(cls, items: Iterable[Item]) -> Group:
        """The value list of ``items`` (at least one)."""
        its = tuple(items)
        return cls(its, its[0].start, its[-1].end)


#: a quantity read at a ``QUANTITY`` match: (end, value, unit, multiplier) — a plain
#: tuple, built for every number of a clause (a NamedTuple's ``__new__`` is a Python call)
Quantity = tuple[int, float, str | None, str | None]
#: what one match of the scan gives: an item or a skipped quantity (or neither: a bare number)
Step = tuple[Item | None, Skip | None]


def quantity_at(text: str, m: re.Match[str] | None, titles: Titles) -> Quantity | None:
    """The quantity of a ``QUANTITY`` match ``m`` (unit letters that start a name dropped)."""
    if not m or titles.covers(m.start()):
        return None
    return _quantity(text, m)


def _quantity_in_clause(text: str, m: re.Match[str], end: int) -> Quantity | None:
    """:func:`_quantity` of ``m``, read across a line break right after it inside its clause (``end``): a hard
    wrap's, which may cut its unit word."""
    q = _quantity(text, m)
    if q is None:
        return None
    nl = text.find("\n", q[0], min(end - 1, q[0] + _UNIT_REACH))
    return _across_wrap(text, m.start(), q, nl, end) if nl >= 0 else q


def _across_wrap(text: str, ms: int, q: Quantity, nl: int, end: int) -> Quantity:
    """The quantity ``q`` read at ``ms`` again without the hard wrap at ``nl`` a few characters after it, when the
    wrap cuts its unit word (10个工⏎作日以内, 300平方⏎米): the longer unit, its end past the line break; else ``q``."""
    joined = text[ms:nl] + text[nl + 1 : min(end, nl + 1 + _UNIT_REACH)]
    m = P.QUANTITY.match(joined)
    if m is None or m.end() <= nl - ms:
        return q
    longer = _quantity(joined, m)
    if longer is None or longer[0] <= nl - ms:
        return q
    return ms + longer[0] + 1, longer[1], longer[2], longer[3]


#: how far past a wrap a unit word cut by it may go on
_UNIT_REACH = max(map(len, (*W.UNIT_WORDS, *W.QUANTITY_TIME_UNITS)))


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    """:func:`quantity_at` for a match outside every title."""
    num, mult, unit = m.groups()  # (num, mult, unit): P.QUANTITY's groups
    end = m.end()
    if "\n" in m[0]:  # a hard wrap inside it (20⏎0家, 40⏎%), its sentence's own: the words without it
        num, mult, unit = num.replace("\n", ""), mult and mult.lstrip("\n"), unit and unit.lstrip("\n")
    if unit and unit[0] in P.LATIN_CHARS:
        nxt = text[end : end + 1]
        if (unit in W.NAME_LETTER_UNITS and not text.startswith(W.NAME_LETTER_UNIT_BOUNDS, end)) or (
            nxt and nxt in P.LATIN_OR_DIGIT_CHARS
        ):
            unit, end = None, m.end("mult") if mult else m.end("num")
    value = parse_number(num + mult if mult else num)
    if value is None:
        return None
    if mult or not num.isdigit():  # (digits alone are a whole number, which round keeps as it is)
        value = round(value, 6)  # 4.48亿 is 448000000, not 448000000.00000006
    if unit is None and mult is None and text[end : end + 1] in ("/", "／"):
        f = P.FRACTION_DENOMINATOR.match(text, end)
        den = parse_number(f["den"]) if f else None
        if f and den:
            return f.end(), round(value / den, 6), None, None  # 1/3 → 0.333333 (a bare value: read after a verb)
    return end, value, unit, mult


def bare_value_of_verb(text: str, start: int, at: int, end: int) -> bool:
    """A number with no unit right after a comparator verb is a value (an
    index or a ratio: 电能利用效率降到1.3以下, 发展指数达到125左右) when
    nothing but a suffix or punctuation follows it.

    >>> bare_value_of_verb("效率降到1.3以下", 0, 4, 7), bare_value_of_verb("达到2020年", 0, 2, 6)
    (True, False)
    """
    nxt = text[end : end + 1]
    if (
        nxt
        and nxt not in W.BARE_VALUE_FOLLOWERS
        and not text.startswith(W.BARE_VALUE_SUFFIXES, end)
        and not (text.startswith(W.BARE_VALUE_RATIO_SUFFIXES, end) and not text[end + 2 : end + 3].isdigit())
    ):
        return False  # (what follows is read first: it turns away most bare numbers, 2020年, without a look for a verb)
    lo = max(start, at - 8)
    vm = P.VERB_AT_END.search(text, lo, at) if P.may_end_with_verb(text, lo, at) else None
    return vm is not None and len(vm["verb"]) >= 2 and vm["verb"] not in W.CN_COUNT_WEAK_VERBS


def _stated_by_verb(text: str, start: int, at: int) -> bool:
    """Is the number at ``at`` stated by a comparator verb or sign right before it (达到80岁, ≥79.5岁), not a weak
    one (为)?"""
    lo = max(start, at - 8)
    vm = P.VERB_AT_END.search(text, lo, at) if P.may_end_with_verb(text, lo, at) else None
    return vm is not None and vm["verb"] not in W.CN_COUNT_WEAK_VERBS


def _ranked(text: str, start: int, at: int) -> bool:
    """Is the 前/后 at ``at`` a place in a ranking (排名保持在全国县级前100位, 位居全市前10名)?"""
    return any(w in text[max(start, at - W.RANK_REACH) : at] for w in W.RANK_WORDS)


def _unit_free_value(text: str, start: int, ms: int, q_end: int, mult: str | None) -> bool:
    """Is a number with no unit (ending at ``q_end``) a value: with 万/亿, or a bare value of a verb (降到1.3以下),
    and not an ordinal, a year or a name by what follows it (2020年, 5G)?"""
    if not mult and not bare_value_of_verb(text, start, ms, q_end):
        return False
    return not (text.startswith(W.NOT_QUANTITY_AFTER, q_end, q_end + 2) or text[q_end : q_end + 1] in P.LATIN_CHARS)


def _suffix(text: str, q_end: int, end: int) -> tuple[int, str | None, str | None]:
    """(end, comparator suffix, approx suffix) of the suffix after a quantity ending at ``q_end`` (以上, 左右)."""
    s = P.SUFFIX.match(text, q_end, end)
    assert s is not None  # every part of SUFFIX is optional
    s_cmp, approx = s.groups()  # (cmp, approx)
    return s.end(), s_cmp, approx


def _changed_by_verb(text: str, start: int, at: int) -> bool:
    """Is the number at ``at`` the amount of a change verb right before it (提升0.5个等级)?"""
    lo = max(start, at - 8)
    vm = P.VERB_AT_END.search(text, lo, at) if P.may_end_with_verb(text, lo, at) else None
    return vm is not None and W.COMPARATOR_VERBS[vm["verb"]] in ("increase_by", "decrease_by")


def cn_value(s: str) -> float | None:
    """Value of a numeral after 百分之, with 点 decimals.

    >>> cn_value("十五"), cn_value("九十五点五"), cn_value("百"), cn_value("12.5")
    (15.0, 95.5, 100.0, 12.5)
    """
    whole, _, dec = s.partition("点")
    v = parse_number(whole)
    if v is None or (dec and parse_cn_number(dec) is None):
        return None
    return float(f"{int(v)}.{parse_cn_number(dec)}") if dec else v


def _round_amount(text: str, c: regex.Match[str], end: int) -> Item | None:
    """过千亿, 突破万亿元: a round amount after its verb."""
    bnum = c["bnum"]
    value = parse_cn_number("一" + bnum if bnum[0] in "万亿" else bnum)
    if value is None or value < 10_000:
        return None
    sm = P.SUFFIX.match(text, c.end(), end)
    assert sm is not None  # every part of SUFFIX is optional
    return Item(
        c.start(), sm.end(), float(value), None, c["bunit"], None, bool(sm["approx"]), W.CN_ROUND_VERBS[c["bverb"]]
    )


def _cn_count(text: str, c: regex.Match[str], start: int) -> float | None:
    """The value of a count in Chinese numerals (一百台), or None when no
    comparator verb states it (十大产业, 一批, 四个意识 are names)."""
    lo, at = max(start, c.start() - 12), c.start()
    vm = P.VERB_AT_END.search(text, lo, at) if P.may_end_with_verb(text, lo, at) else None
    if vm is None:
        vm = P.BOUND_BUILD_AT_END.search(text, lo, at)  # 至少建成一所: the bound before the build verb
        if vm is not None and not P.HAN.match(text, c.end()):
            return None  # 要确保至少建成一所: no noun counted, nothing to measure
    verb = vm["verb"] if vm else None
    num = c["num"]
    value = parse_cn_number("一" + num if num[0] in "万亿" else num)  # 突破万亿元: one 万亿
    if not verb or verb in W.CN_COUNT_WEAK_VERBS or value is None or c["num"] in W.CN_NOT_COUNTS:
        return None
    if W.COMPARATOR_VERBS[verb] in ("increase_by", "decrease_by") and c["unit"] not in W.CN_CHANGE_UNITS:
        return None  # 减少二次开发费用: a change by a count is written with 个百分点 or 倍
    if value < 2 and verb not in W.CN_COUNT_BOUND_VERBS and c["unit"] not in W.CN_CHANGE_UNITS:
        return None  # 达到一个新水平, 提升一个档次
    return float(value)


def cn_item(text: str, c: regex.Match[str], start: int, end: int, titles: Titles) -> Item | None:
    """A quantity in Chinese numerals, or None. A percentage (百分之十五) always
    counts; a count (一百台) only right after a comparator verb (不少于一百台),
    since 十大产业, 一批, 四个意识 are names."""
    if titles.covers(c.start()):
        return None
    if c["bnum"]:
        return _round_amount(text, c, end)
    value: float | None
    if c["frac"]:
        value, unit = cn_value(c["fnum"]), W.CN_FRACTIONS[c["frac"]]
    else:
        value, unit = _cn_count(text, c, start), c["unit"]
    if value is None:
        return None
    sm = P.SUFFIX.match(text, c.end(), end)
    assert sm is not None  # every part of SUFFIX is optional
    return Item(
        c.start(), sm.end(), float(value), None, unit, W.COMPARATOR_SUFFIXES.get(sm["cmp"] or ""), bool(sm["approx"])
    )


def in_quoted_name(text: str, a: int, b: int, start: int, end: int, reach: int = 8) -> bool:
    """Is ``text[a:b]`` part of a longer quoted name ("一清零一提升")?

    >>> t = "开展“一清零一提升”专项行动，实现“清零”"
    >>> in_quoted_name(t, 4, 6, 0, len(t)), in_quoted_name(t, 17, 19, 0, len(t))
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


#: how far before a number a procedure word (公示期为) may start
_PROCEDURE_REACH = max(map(len, W.PROCEDURE_PERIOD_WORDS))
#: how far before a number the 每 of a scoring step (每低于目标值) may be
_SCORE_STEP_REACH = 1 + max(map(len, W.SCORE_STEP_VERBS)) + max(map(len, W.SCORE_STEP_OBJECTS))


def score_step_before(text: str, start: int, at: int) -> bool:
    """Is the number at ``at`` the step of a scoring rule, 每 and a verb of falling short or going over right
    before it (每低1个百分点扣0.2分, 每超过5天扣1分, 每低于目标1个百分点)?

    >>> t = "使用率每低1个百分点扣0.2分，周期每超过5天扣1分，每低于目标1个百分点扣1分，每年提高1个百分点"
    >>> [score_step_before(t, 0, t.find(n)) for n in ("1个百分点扣0.2", "5天", "1个百分点扣1分")]
    [True, True, True]
    >>> score_step_before(t, 0, t.rfind("1个百分点"))
    False
    """
    every = text.rfind(W.RATIO_MARKS[0], max(start, at - _SCORE_STEP_REACH), at)
    if every < 0:
        return False
    words = text[every + 1 : at]
    for obj in W.SCORE_STEP_OBJECTS:
        if words.endswith(obj) and words != obj:
            words = words[: -len(obj)]
            break
    return words in W.SCORE_STEP_VERBS


def _cn_step(text: str, c: regex.Match[str], start: int, end: int, titles: Titles) -> Step:
    if c.start() > start and score_step_before(text, start, c.start()):
        return None, (c.start(), c.end(), "score_step")  # 每低一个百分点扣1分
    item = cn_item(text, c, start, end, titles)
    if item and in_quoted_name(text, c.start(), c.end(), start, end):
        item = None  # “六个百分之百”要求: a name
    if item:
        return item, None
    return None, (c.start(), c.end(), "cn_numeral_name_or_vague")  # 四个意识, 一批, 两个


def _zero_step(text: str, z: regex.Match[str], start: int, end: int) -> Step:
    if in_quoted_name(text, z.start("word"), z.end("word"), start, end):
        return None, (z.start(), z.end(), "quoted_name")  # "一清零一提升"专项行动: a name
    if text.startswith(W.ZERO_NAME_NOUNS, z.end()):
        return None, (z.start(), z.end(), "scheme_name")  # 建立问题户厕动态清零机制: the scheme's name
    return Item(z.start(), z.end(), 0.0, None, None, word_cmp=W.ZERO_WORDS[z["word"]]), None


def _range_end(text: str, m: re.Match[str], q: Quantity, end: int, titles: Titles) -> tuple[Quantity, float | None]:
    """A range X至Y, X—Y after the quantity ``q`` (the first may leave out its
    unit): the quantity with the range's end and unit, and the upper value."""
    q_end, value, unit, mult = q
    r = P.RANGE_JOIN.match(text, q_end, end)
    if not r:
        return q, None
    q2 = quantity_at(text, P.QUANTITY.match(text, r.end(), end), titles)
    if not (q2 and q2[2] and (unit is None or unit == q2[2])):
        return q, None
    end2, value2, unit2, mult2 = q2
    if unit is None and mult is None and mult2:
        value = round(parse_number(m["num"] + mult2) or value, 6)
    return (end2, value, unit2, mult), value2


def _time_use(text: str, unit: str | None, cmp: str | None, at: int) -> tuple[str | None, str | None]:
    """(unit, word_cmp) of a time quantity: a time limit ("30天内"), the hours of
    a service ("24小时值班"), the time a task takes ("用2个月左右时间") are left
    to the deadline rule ("skip"); 以内 keeps it only under a goal verb."""
    if unit not in P.TIME_UNITS:
        return unit, None
    word_cmp = None
    if text[at : at + 1] in ("内",) and not cmp:
        unit, word_cmp = None, "skip"
    if text.startswith(W.SERVICE_HOURS_AFTER, at) or text.startswith(W.TIME_TAKEN_WORDS, at) or _rate_window(text, at):
        unit, word_cmp = None, "skip"
    if cmp in ("以内", "之内"):
        word_cmp = "skip-unless-verb"
    return unit, word_cmp


def _rate_window(text: str, at: int) -> bool:
    """Does the name of a rate follow the time span that ends at ``at`` (24小时|森林火灾扑救率): Han characters
    only, at most RATE_NAME_REACH of them, the last a RATE_NAME_ENDS word?"""
    k = at
    while k < len(text) and k - at < W.RATE_NAME_REACH and P.HAN.match(text, k):
        if text.startswith(W.RATE_NAME_ENDS, k):
            return k > at
        k += 1
    return False


def _names_no_quantity(text: str, ms: int, start: int, q: Quantity) -> bool:
    """Is the number at ``ms`` (read as ``q``) an ordinal, a code or a restatement by what is written before it
    (NOT_QUANTITY_BEFORE: 第3, 前10名, 〔2020〕, （含1000万元）)? Not after an event's 前 unless a time span follows
    (上线前15项 is a count; 开工前3个月, 底前3个工作日 are a time before the event), nor after （含 when a noun of its
    own follows the quantity (（含600个室分站）: a part counted, not the bound restated)."""
    lo = max(start, ms - 3)
    if not text.endswith(W.NOT_QUANTITY_BEFORE, lo, ms):
        return False
    if text.endswith(W.BEFORE_EVENT_WORDS, lo, ms):
        return q[2] in P.TIME_UNITS
    if text.endswith(W.RESTATED_BOUND_OPENERS, lo, ms):
        return text[q[0] : q[0] + 1] in W.BOUND_ASIDE_CLOSERS
    return True


def _how_it_runs(text: str, start: int, ms: int, unit: str | None) -> str | None:
    """Why the quantity at ``ms`` tells how a task runs rather than a goal, or None: 分3期实施 (how the task is split,
    "instalments"), 公示5个工作日 (how long a procedure runs, "procedure_period")."""
    if unit in W.INSTALMENT_UNITS and text.endswith(W.INSTALMENT_BEFORE, max(start, ms - 2), ms):
        return "instalments"
    if unit in P.TIME_UNITS and text.endswith(W.PROCEDURE_PERIOD_WORDS, max(start, ms - _PROCEDURE_REACH), ms):
        return "procedure_period"
    return None


def _arabic_step(text: str, m: re.Match[str], start: int, end: int, titles: Titles, ratio: bool) -> Step:
    """A quantity in Arabic digits at the ``QUANTITY`` match ``m``; ``ratio``: a
    每 earlier in the clause made it a ratio (kept only under a goal verb)."""
    ms, me = m.span()
    # (covers() asks titles.starts first too; asked here, a region with no title pays no call per number:
    # 0.04 us of ~4, 1 ms on '1%、 x33000')
    if titles.starts and titles.covers(ms):
        return None, (ms, me, "title")
    q = _quantity_in_clause(text, m, end)
    if q is None:
        return None, (ms, me, "not_a_quantity")
    before = text[ms - 1 : ms]
    rank = before in W.RANK_SIDES and q[2] in W.RANK_UNITS and _ranked(text, start, ms - 1)
    if rank and before != W.RANK_TOP:
        return None, (ms, q[0], "rank_from_bottom")  # 排名全省后3位的指标: whom a rule is for
    if not rank and ms > start and before in P.NOT_QUANTITY_BEFORE_LAST and _names_no_quantity(text, ms, start, q):
        return None, (ms, q[0], "ordinal_or_code")
    value_max = None
    nxt = text[q[0]] if q[0] < end else ""
    if nxt in P.RANGE_JOIN_FIRST or nxt.isspace():  # RANGE_JOIN may match ("".isspace() is False)
        q, value_max = _range_end(text, m, q, end, titles)
    q_end, value, unit, mult = q
    if unit is None and not _unit_free_value(text, start, ms, q_end, mult):
        return None, None  # a bare number: an ordinal, a year, a name
    if unit in W.VERB_ONLY_UNITS and not _stated_by_verb(text, start, ms):
        return None, None  # 65岁以上老年人: it qualifies the noun (人均预期寿命≥79.5岁 is a goal)
    if unit in W.CHANGE_STEP_UNITS and not _changed_by_verb(text, start, ms):
        q_end, unit = q_end - len(unit) + 1, unit[0]  # 包括6个等级: a count (个) of the noun after it
    s_cmp = approx = None
    se = q_end
    after = text[q_end : q_end + 1]
    if after in P.SUFFIX_FIRST and q_end < end:  # else SUFFIX matches nothing
        se, s_cmp, approx = _suffix(text, q_end, end)
        after = text[se : se + 1]
    if before in "（(" and after in "）)":
        return None, (ms, se, "bracketed_weight")  # "日常监测（60%）" is a weight
    if (
        ms > start
        and before in P.QUOTE_OPENERS
        and (before, after) in W.NAME_QUOTES
        and not _stated_by_verb(text, start, ms - 1)
    ):
        return None, (ms, se, "quoted_name")  # a quoted quantity is a name: "24小时"服务 (not 标准达到“30年一遇”)
    if ms > start and before in P.RATIO_MARK_CHARS:
        # 每5所幼儿园配备1名: a ratio, not a goal, unless a verb states one
        return None, (ms, se, "ratio_base")
    if before in P.BUILD_VERB_LAST and P.PER_UNIT_BEFORE.search(text, max(start, ms - 4), ms):
        return None, (ms, se, "per_unit")  # 每认定1家给予…10万元: the unit of a reward, the reward is read
    how = _how_it_runs(text, start, ms, q[2])
    if how is not None:
        return None, (ms, se, how)
    if ms > start and score_step_before(text, start, ms):
        return None, (ms, se, "score_step")  # 每低1个百分点扣0.2分: the step of a scoring rule
    word_cmp = "<=" if rank else None  # 排名保持在全国县级前100位: a rank no worse than 100
    if unit in P.TIME_UNITS:
        unit, word_cmp = _time_use(text, unit, s_cmp, se)
    if ratio and word_cmp is None:
        word_cmp = "skip-unless-verb"
    cmp = W.COMPARATOR_SUFFIXES[s_cmp] if s_cmp else None  # (no empty suffix: patterns.SUFFIX)
    return new(Item, (ms, se, value, value_max, unit, cmp, bool(approx), word_cmp)), None


_STALE: regex.Match[str] | None = regex.match("", "")  # a sentinel: "search again"
_STALE_RE: re.Match[str] | None = re.match("", "")  # (the same, for QUANTITY)


def scan_items(text: str, start: int, end: int, titles: Titles, at: Starts) -> tuple[list[Item], list[Skip]]:
    """Every quantity (with its range and suffix) in ``text[start:end]``, and
    the quantities read and left out as (start, end, reason); ``at``: where the region's matches may start."""
    items: list[Item] = []
    skips: list[Skip] = []
    pos, ratio, timed = start, False, False
    digits, numerals, zero_words = at
    m = _STALE_RE
    quantity = P.QUANTITY  # (P.quantity_listed() once a list's commas separate its values: 分别建成120,150,180座)
    z = _STALE if zero_words else None  # a region without a zero word (or numeral) needs no search for one
    c = _STALE if numerals else None
    while pos < end:
        # each pattern's next match is searched again only once it lies behind pos
        # (a search from pos finds the same leftmost match): each scans the clause once;
        # not at all when no character that starts one is left, else from the first such
        if m is _STALE_RE or (m is not None and m.start() < pos):
            k = bisect.bisect_left(digits, pos)
            m = quantity.search(text, digits[k], end) if k < len(digits) and digits[k] < end else None
            if m is not None and "," in m["num"] and P.listed(text, start, m):
                quantity = P.quantity_listed()
                m = quantity.match(text, m.start(), end) or m
        if z is _STALE or (z is not None and z.start() < pos):
            k = bisect.bisect_left(zero_words, pos)  # (a quote before the word may start the match)
            z = P.ZERO.search(text, pos, end) if k < len(zero_words) and zero_words[k] < end else None
        if c is _STALE or (c is not None and c.start() < pos):
            k = bisect.bisect_left(numerals, pos)
            c = P.CN_QUANTITY.search(text, numerals[k], end) if k < len(numerals) and numerals[k] < end else None
        if c and (not m or c.start() < m.start()) and (not z or c.start() < z.start()):
            item, skip = _cn_step(text, c, start, end, titles)
            pos = c.end()  # no match of the scan is empty
        elif z and (not m or z.start() < m.start()):
            item, skip = _zero_step(text, z, start, end)
            pos = z.end()
        elif m:
            item, skip = _arabic_step(text, m, start, end, titles, ratio)
            if skip is not None and skip[2] == "ratio_base":
                ratio = True
            pos = m.end()
        else:
            break
        if item:
            items.append(item)
            pos = item.end
            timed = timed or item.word_cmp == "skip"
        elif skip:
            skips.append(skip)
    if not timed:
        return items, skips
    skips += [(i.start, i.end, "time_limit") for i in items if i.word_cmp == "skip"]
    return [i for i in items if i.word_cmp != "skip"], skips


def _bounds_the_list(it: Item) -> bool:
    """Is ``it`` a time bounded by 以内 that ends a value list (分别压缩至35小时和1.2小时以内): the list's verb
    states it, as it states the first value's."""
    return it.word_cmp == "skip-unless-verb" and it.suffix_cmp is not None and it.unit in P.TIME_UNITS


def group_items(text: str, items: tuple[Item, ...]) -> Iterator[Group]:
    """Join quantities separated only by a list joiner into value lists, yielded one by one
    (a clause may hold thousands: a list read is let go, and each run is sliced off ``items``)."""
    a, prev = 0, items[0]  # the run at hand: items[a:k], ending with prev
    for k in range(1, len(items)):
        it = items[k]
        if prev.word_cmp is None and (it.word_cmp is None or _bounds_the_list(it)):
            gap = prev.end
            if it.start - gap == 1:  # one character between: a joiner or not
                joined = text[gap] in P.LIST_JOIN_CHARS
            else:  # LIST_JOIN can only match from whitespace or a joiner's first character
                joined = gap < it.start and (text[gap] in P.LIST_JOIN_FIRST or text[gap].isspace())
                joined = joined and P.LIST_JOIN.fullmatch(text, gap, it.start) is not None
            if joined:
                prev = it
                continue
        yield new(Group, (_shared_unit(items[a:k]), items[a].start, prev.end))  # Group.of
        a, prev = k, it
    yield new(Group, (_shared_unit(items[a:]), items[a].start, prev.end))


def _shared_unit(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """A value list that writes its unit once, after the last value (分别达到92、83%; 分别压缩至5个、4个工作日以内;
    提高3个、5个百分点): a value with no unit, or only the measure word the last unit opens with (个 of 个工作日),
    takes the last value's unit."""
    unit = items[-1].unit
    if len(items) < 2 or not unit:
        return items
    if all(it.unit == unit for it in items):
        return items  # (most lists: every value writes its unit)
    return tuple(
        it._replace(unit=unit) if it.unit is None or (it.unit != unit and unit.startswith(it.unit)) else it
        for it in items
    )
