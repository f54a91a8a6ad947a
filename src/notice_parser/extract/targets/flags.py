"""Step 4: what a quantity is when it is not a goal — a subsidy, a threshold,
a reference to a known set, an achievement of a past period, a status, an
eligibility bound. Each question is answered from facts gathered once per
sentence and clause (word positions), never by a scan per number."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ...context import Context, Region
from ...lexicon import target_words as W
from ...spans import WHITESPACE, squeeze
from ...tuples import new
from . import patterns as P
from .index import Starts, Titles, any_between, breaks_in, first_end, lazy
from .items import Group
from .sentences import Sentence, Sentences, Years

#: a background section is named by a short heading (基本情况, 发展基础与形势),
#: never by a long run-in sentence that happens to hold the word
_HEADING_MAX = 12
_TREATED_STRIP = " \u3000\t、"
#: the character a score (扣2分) ends in: _conditions_a_rule's cue
_POINTS = "分"
_RATE_OF_LEAD = W.RATE_OF_LEAD


#: what :func:`skip_space` skips: whitespace and the punctuation between clauses
_SKIPPED = WHITESPACE | frozenset("，,、；;。")


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _SKIPPED:
        pos += 1
    return pos


def _positions(text: str, ch: str, start: int, end: int) -> list[int]:
    out, i = [], text.find(ch, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1, end)
    return out


class SentenceFacts(NamedTuple):
    """What the flags ask of a whole sentence, read once."""

    sent: Sentence
    subsidy: bool  # a subsidy word (奖补, 最高)
    goal: bool  # a goal word (力争, 目标)
    past_at: int | None  # where the first past-period word (以来, 过去) is, from the sentence start
    plans: list[int]  # the years of its plan periods (十三五期间 → 2020)
    sets_a_goal_year: bool  # a year not before the notice's, in the sentence or its plan periods
    opening: tuple[int, int] | None  # (start, earliest end) of a status word opening it (目前，全县…)
    words: bool = True  # a word of FACT_WORDS in it (else no clause of it holds a word of a table)


def sentence_facts(text: str, sent: Sentence, notice_year: int | None) -> SentenceFacts:
    a, b = sent.start, sent.end
    # a plan period's name is a YEAR_HINT word: none in a sentence without a hint
    plans = [W.PLAN_PERIODS[m["name"]] for m in P.PLAN_PERIOD.finditer(text, a, b)] if sent.hinted else []
    goal_year = False
    if notice_year is not None and (sent.years or plans):
        own = [y for ys in sent.years for y in ys]
        goal_year = any(y >= notice_year for y in own + plans)
    if P.FACT_WORDS.search(text, a, b) is None:  # no subsidy, goal, past-period or status word
        return new(SentenceFacts, (sent, False, False, None, plans, goal_year, None, False))
    past = P.PAST_PERIOD.search(text, a, b)
    at = skip_space(text, a, b)
    if past is not None and P.TREATED.match(text, at, b) is not None:
        past = None  # 对2023年以来督察交办的126件信访件开展“回头看”，重复信访率下降50%以上: it dates the set treated
    opening = P.STATUS_WORDS.match(text, at, b)
    return SentenceFacts(
        sent,
        bool(P.SUBSIDY.search(text, a, b)),
        bool(P.GOAL.search(text, a, b)),
        past.start() - a if past else None,
        plans,
        goal_year,
        (at, opening.end()) if opening else None,
    )  # (a sentence with a word of the tables: the rarer case)


class ClauseFacts:
    """What the flags ask of the text of the clause ``[start, end)`` before a number, read once
    (on first need): for each word table, the earliest end of one of its words (a word lies
    before the number at ``g.start`` iff that end is ``<= g.start``). Of a clause of the
    sentence read as ``sentence``: one of a sentence without a subsidy word, or any word of the
    tables, holds none. (A plain class, one made for every clause with a number: its own
    ``__init__`` is the one call, where a dataclass's came after a factory's.)"""

    def __init__(self, text: str, start: int, end: int, sentence: SentenceFacts | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: a subsidy word in the clause
        self.subsidy = (sentence is None or sentence.subsidy) and bool(P.SUBSIDY.search(text, start, end))
        #: may it hold a word of a table (its sentence holds a FACT_WORDS word)
        self.words = True if sentence is None else sentence.words

    def _first_end(self, words: regex.Pattern[str]) -> int:
        return first_end(words, self.text, self.start, self.end) if self.words else self.end + 1

    @lazy
    def threshold_end(self) -> int:
        return self._first_end(P.THRESHOLD_WORDS)

    @lazy
    def reference_end(self) -> int:
        return self._first_end(P.REFERENCE_WORDS)

    @lazy
    def status_end(self) -> int:
        return self._first_end(P.STATUS_WORDS)

    @lazy
    def ban_end(self) -> int:
        return self._first_end(P.BAN_WORDS)

    @lazy
    def cap_end(self) -> int:
        return self._first_end(P.CAP_WORDS)

    def past_first(self, f: Flags, past_at: int) -> bool:
        """:func:`_past_before_clause` of this clause (``f``: its flags, ``past_at``: its sentence's), read once:
        the same for every list of the clause (read per list, it copied the clause per list: 2015年以来，达到1个
        x 8000 made 8,000 copies of a clause of 32,000 characters)."""
        found = self.__dict__.get("_past_first")
        if found is None:
            found = self.__dict__["_past_first"] = _past_before_clause(f, past_at)
        return bool(found)

    def scores_points(self, pos: int) -> bool:
        """Does a score (``SCORE_POINTS``: 扣2分) start in ``[pos, end)``? The clause's lists ask it in text
        order: the last search's answer is kept (where it searched from, where its match starts) and holds
        for any later ``pos`` up to that match (the pattern reads nothing before a match's start, so a
        match starts where it does whatever the search's start), so the clause is searched once, not from
        every list to its end (达到1个 x 8000 then 扣2分)."""
        kept = self.__dict__.get("_points")
        if kept is not None and kept[0] <= pos and (kept[1] < 0 or kept[1] >= pos):
            return kept[1] >= 0
        m = P.SCORE_POINTS.search(self.text, pos, self.end)
        self.__dict__["_points"] = (pos, m.start() if m is not None else -1)
        return m is not None

    @lazy
    def last_point(self) -> int:
        """Where the clause's last 分 (points) is, -1 for none: a list scores points only if one follows it."""
        return self.text.rfind(_POINTS, self.start, self.end)

    @lazy
    def first_filled(self) -> int:
        """The first character not stripped before 对/针对."""
        pos = self.start
        while pos < self.end and self.text[pos] in _TREATED_STRIP:
            pos += 1
        return pos

    @lazy
    def rate_leads(self) -> list[int]:
        """Where 按 is."""
        return _positions(self.text, _RATE_OF_LEAD, self.start, self.end)

    @lazy
    def breaks(self) -> list[int]:
        """Where line breaks are."""
        return _positions(self.text, "\n", self.start, self.end)


def _space_before(cf: ClauseFacts, stop: int) -> int:
    """Where the whitespace run ending at ``stop`` starts (not before the clause)."""
    if stop <= cf.start or not cf.text[stop - 1].isspace():  # str.isspace holds for every \s
        return stop
    m = P.SPACE_BEFORE.match(cf.text, cf.start, stop)
    return m.start() if m else stop


def _of_before(cf: ClauseFacts, stop: int) -> int | None:
    """The position of a 的 right before ``stop`` (whitespace between allowed): ``的\\s*$``."""
    k = _space_before(cf, stop) - 1
    return k if k >= cf.start and cf.text[k] == P.OF else None


def _set_mention(cf: ClauseFacts, stop: int, space: int | None = None) -> bool:
    """ "交办的268件", "…等6个行业": a word right before the number counts a known set;
    ``space``: ``_space_before(cf, stop)``, if read."""
    return cf.text.endswith(W.SET_MENTION_BEFORE, cf.start, _space_before(cf, stop) if space is None else space)


#: the characters a set mention ends on: a set-mention word's last (…等6个) or 的 (交办的268件)
MENTION_LAST = frozenset(w[-1] for w in W.SET_MENTION_BEFORE) | {P.OF}


def mentions_a_set(cf: ClauseFacts, stop: int) -> bool:
    """Is the number at ``stop`` one of a known set: a word right before it counts the set
    (:func:`_set_mention`), or 的 comes before it in a clause that treats one (:func:`_treated_set`)?
    The character before it is looked up first: neither holds unless it is whitespace or one a
    mention ends on (most numbers: one set look-up, neither the whitespace run nor the clause's
    opening read).

    >>> cf = ClauseFacts("对确定的130项", 0, 8)
    >>> mentions_a_set(cf, 4), mentions_a_set(cf, 3), mentions_a_set(cf, 0)
    (True, False, False)
    """
    before = cf.text[stop - 1] if stop > cf.start else ""
    if before not in MENTION_LAST and not before.isspace():  # ("".isspace() is False)
        return False
    space = _space_before(cf, stop)  # (read once for both tests)
    return _set_mention(cf, stop, space) or _treated_set(cf, stop, space)


def _rate_of(cf: ClauseFacts, stop: int) -> bool:
    """ "按…金额的30%": the text before ``stop`` is 按…的, a rate of some amount."""
    of = _of_before(cf, stop)
    if of is None:
        return False
    k = bisect.bisect_left(cf.rate_leads, of)
    if not k:
        return False
    nl = bisect.bisect_left(cf.breaks, of)
    return not nl or cf.breaks[nl - 1] < cf.rate_leads[k - 1]


def _treated_set(cf: ClauseFacts, stop: int, space: int | None = None) -> bool:
    """ "对确定的130项措施": 的 + a number in a clause that treats a known set (对/针对);
    ``space``: ``_space_before(cf, stop)``, if read."""
    k = (_space_before(cf, stop) if space is None else space) - 1  # _of_before
    if k < cf.start or cf.text[k] != P.OF:
        return False
    end = stop
    while end > cf.start and cf.text[end - 1] in _TREATED_STRIP:
        end -= 1
    return bool(P.TREATED.match(cf.text, min(cf.first_filled, end), end))


@dataclass(frozen=True)
class RegionView:
    """One region as the rule reads it: the context, the region, its titles
    and sentences, and whether it lies in a background section."""

    ctx: Context
    region: Region
    titles: Titles
    sentences: Sentences

    @lazy
    def quantity_starts(self) -> list[int]:
        """Where a quantity may start (``QUANTITY_START``, one character): a
        sentence or clause without one holds no quantity."""
        return [m.start() for m in P.QUANTITY_START.finditer(self.ctx.text, self.region.start, self.region.end)]

    @lazy
    def starts(self) -> Starts:
        """Where each scan pattern may start, for :func:`.items.scan_items`."""
        return Starts.of(self.ctx.text, self.quantity_starts)

    @lazy
    def clause_breaks(self) -> list[int]:
        """Where the region's clauses end (，：, not a comma between digits)."""
        return breaks_in(self.ctx.text, self.region.start, self.region.end, P.CLAUSE_BREAKS, keep_digit_commas=True)

    @lazy
    def background(self) -> bool:
        """Is the region in a background section (基本情况, 现状, 发展基础)?"""
        return any(
            w in h
            for h in self.ctx.ancestor_headings(self.region.section_id)
            if len(h) <= _HEADING_MAX
            for w in W.BACKGROUND_HEADING_WORDS
        )


class Flags(NamedTuple):
    """What the flags read: the region, and the sentence and clause at hand."""

    view: RegionView
    sentence: SentenceFacts
    clause: ClauseFacts


def flag(f: Flags, g: Group, verb: str | None) -> str | None:
    """subsidy, threshold, past or reference: what a quantity is when it is not a goal."""
    sf, cf = f.sentence, f.clause
    if cf.subsidy or (sf.subsidy and (g.items[0].unit in W.MONEY_UNITS or _rate_of(cf, g.start))):
        return "subsidy"  # 按…金额的30%，给予奖补
    # (a clause without a word of the tables has every word end past its end: cf.words first)
    if cf.words and (verb in P.BOUND_VERBS or any(i.suffix_cmp for i in g.items)) and cf.threshold_end <= g.start:
        return "threshold"
    if sf.past_at is not None and cf.past_first(f, sf.past_at):
        return "past"  # an achievement of a past period
    if cf.words and cf.reference_end <= g.start and _attributive_past(cf, g, verb, P.REFERENCE_WORDS) is None:
        return "reference"
    return "reference" if mentions_a_set(cf, g.start) else None


def _attributive_past(cf: ClauseFacts, g: Group, verb: str | None, words: regex.Pattern[str]) -> int | None:
    """Where the clause's one word of ``words`` before the number is, when it is the 已 of a noun's attribute
    (已建治理设施正常运行率稳定在90%以上: the facilities built) with a verb stating the number after the noun;
    else None: an achievement (已建成老年助餐服务点131个: no verb), 已 before the verb itself (已达到90%)."""
    if verb is None:
        return None
    m = P.attributive_past().search(cf.text, cf.start, g.start)
    if m is None or cf.text.startswith(verb, m.end()):
        return None
    alone = first_end(words, cf.text, cf.start, m.start()) > m.start()
    return m.start() if alone and first_end(words, cf.text, m.end(), g.start) > g.start else None


def _past_before_clause(f: Flags, past_at: int) -> bool:
    """Does the past-period word come no later than the clause's text first
    occurs in the sentence (``sentence.find(clause)``)?"""
    sent, cf = f.sentence.sent, f.clause
    if cf.start - sent.start < past_at:
        return False  # the clause itself is before the word
    clause = cf.text[cf.start : cf.end]
    # an earlier copy of the clause's text, starting before the word, would be found first
    return cf.text.find(clause, sent.start, sent.start + past_at - 1 + len(clause)) < 0


def _treated_qualifier(f: Flags, g: Group, verb: str | None) -> bool:
    """对…年销售收入不超过2000万元的…企业: a bound stated by a verb (``verb``, one of BOUND_VERBS), 的 right after
    the quantity, in a clause that opens by naming whom it treats (对/针对): who qualifies, not a goal (subsidy
    wording around it or not)."""
    cf = f.clause
    if verb not in P.BOUND_VERBS:
        return False
    aside = P.BOUND_ASIDE.match(cf.text, g.end)  # 不超过5000万元（含）的企业: the same qualifier
    after = aside.end() if aside is not None else g.end
    return (
        cf.text[after : after + 1] == P.OF
        and P.OF_GOAL_NOUN.match(cf.text, after) is None  # …不低于8万元的目标: the goal itself
        and P.TREATED.match(cf.text, cf.first_filled, g.start) is not None
    )


def _qualifier(f: Flags, g: Group, verb: str | None) -> str | None:
    """ "eligibility" for who a treatment is for (:func:`_treated_qualifier`), "qualifier" for which of the nouns a
    clause counts (:func:`_qualifies_a_counted_noun`), else None."""
    if _treated_qualifier(f, g, verb):
        return "eligibility"
    return "qualifier" if _qualifies_a_counted_noun(f, g) else None


def _qualifies_a_counted_noun(f: Flags, g: Group) -> bool:
    """其中营业收入超10亿元的企业达到8家, 完成投资1亿元以上的项目20个: an amount (not a share, not a count) followed
    by 的 and a noun, in a clause that goes on to count that noun (a later number): it says which of them count,
    the later number is the goal (…不低于8万元的目标 names the goal itself)."""
    cf = f.clause
    text, end = cf.text, g.end
    if text[end : end + 1] != P.OF or not P.HAN.match(text, end + 1) or P.OF_GOAL_NOUN.match(text, end):
        return False
    if P.SCORE_POINTS.match(text, end + 1):
        return False  # 不低于任务的1.2倍的得5分: the points it scores, no noun it counts
    unit = g.items[-1].unit
    if unit is None or unit in W.PERCENT_UNITS or unit in W.COUNTER_UNITS:
        return False  # 预留30%的号源, 90%的市…达到: a share; 1000个以上的“数字标签”: a count (as the rule above reads them)
    # a digit after the noun: one of the region's digit positions (Starts.digits: every DIGIT_CHARS character of
    # it) in the rest of the clause, found by a bisection (not a copy of the rest of the clause per list)
    return any_between(f.view.starts.digits, end + 2, cf.end)


def _conditions_a_rule(f: Flags, g: Group, verb: str | None) -> bool:
    """Is the list ``g`` (under ``verb``) when a rule applies, not a goal: a bound followed by 的 and a clause break
    or a sanction (停水时间超过24小时的，…组织应急供水; 未达到85%的，扣3分), or a count in a clause that then scores
    points (出现1例未处理扣2分: what the score is for)?"""
    last, text = g.items[-1], f.clause.text
    if (
        verb
        and P.HAN.match(verb)
        and W.COMPARATOR_VERBS.get(verb) in W.FULL_MARKS_COMPARATORS
        and _full_marks_after(text, g.end)
    ):
        # 开工率达到95%以上的得20分: the level a goal verb states is what the item's full marks are for (not
        # 未达到90%的得5分, nor 低于80%的得0分: a bare comparison is the condition of lesser points; nor a sign,
        # ≥95%的得5分: an assessment table's criterion cell)
        at = text.rfind(verb, f.clause.start, g.start)
        if not (at > f.clause.start and text[at - 1] in W.FULL_MARKS_NEGATIONS):
            return False
    if (verb or last.suffix_cmp or last.word_cmp) and _of_then_break(text, g.end):
        return True
    # (a 分 after the list: the clause's last one, found once per clause; not a copy of the clause's rest per list)
    if not (f.clause.last_point >= g.end and f.clause.scores_points(g.end)):
        return False
    # … but points earned right after a level a verb or a sign states are what reaching it earns: the level is
    # the goal (回收利用率不低于38%得10分, 准确率≥80%得5分; not 出现1例未处理扣2分, nor ≥95%的得5分: 的 makes it a condition)
    earned = text.startswith(W.SCORE_EARN_VERBS, g.end) and P.SCORE_POINTS.match(text, g.end) is not None
    return not (earned and (verb or last.suffix_cmp or last.word_cmp))


def _full_marks_after(text: str, end: int) -> bool:
    """Do 的 (a comma allowed after it) and the points an item scores follow the level ending at ``end``: a
    考核办法's full marks for reaching it (完工率达到90%以上的得25分, 到位率达到100%的，得10分)? Not a bonus
    (达到100%的，加1分: its condition) nor 得 alone (SCORE_LEVEL_EARN_VERBS).

    >>> [_full_marks_after(t, 10) for t in ("开工率达到95%以上的得20分", "开工率达到95%以上的，得20分", "开工率达到95%以上的，加2分")]
    [True, True, False]
    """
    if text[end : end + 1] != P.OF:
        return False
    at = end + 1 + (text[end + 1 : end + 2] in W.FULL_MARKS_COMMAS)
    return text.startswith(W.SCORE_LEVEL_EARN_VERBS, at) and P.SCORE_POINTS.match(text, at) is not None


def _of_then_break(text: str, end: int) -> bool:
    """Does 的 and a clause break or a sanction follow the bound quantity ending at ``end`` (a bracketed aside
    between allowed): "停水时间超过24小时的，", "平均办理时间超过3个工作日的扣2分"?

    >>> _of_then_break("停水时间超过24小时的，区县组织送水", 10), _of_then_break("达到90%的目标", 5)
    (True, False)
    """
    aside = P.BOUND_ASIDE.match(text, end)  # 不超过5000万元（含）的，
    at = aside.end() if aside is not None else end
    return text[at : at + 1] == P.OF and (
        text[at + 1 : at + 2] in W.CONDITION_BREAKS or text.startswith(W.CONDITION_SANCTIONS, at + 1)
    )


def settled(
    f: Flags, g: Group, fl: str | None, verb: str | None, subject_start: int, years: Years | None
) -> str | None:
    """The flag of the list ``g`` that :func:`flag` read as ``fl``: a goal or a reference (``fl`` None or
    "reference") may yet be an eligibility threshold or a status; another flag stays. One question per list
    (the two tests were two calls each list made).

    An eligibility threshold: a bound on a quantity that qualifies the noun after it
    ("营业收入5000万元以上的规上工业企业", not "新建1000平方米以上的厂房"), never under a ``verb``
    (a verb states a goal), the text from ``subject_start`` is its subject.

    A status (issue 8 item 5): the quantity describes the present or the past. A sentence that sets a goal
    (力争, 目标 …, or a year not before the notice's) never does. Otherwise a due year (``years``) before
    the notice year, a past plan period, a status word in the clause before the number or opening the
    sentence (目前, 现有, 常住人口, 上年) or a background section (基本情况, 现状, 发展基础) make it status."""
    if (qualified := _qualifier(f, g, verb)) is not None:
        return qualified
    if fl is not None and fl != "reference":
        return fl
    last, text = g.items[-1], f.clause.text
    if (
        not verb
        and last.suffix_cmp
        and not last.word_cmp
        and last.unit not in W.PERCENT_UNITS
        and last.unit not in W.COUNTER_UNITS
        and ((nxt := text[g.end : g.end + 1]) == P.OF or P.HAN.match(nxt))
        and not squeeze(text[subject_start : g.start]).endswith(W.BUILD_VERBS)
    ):
        return "eligibility"
    if _conditions_a_rule(f, g, verb):
        return "condition"
    if (
        not verb
        and last.value == 1
        and last.value_max is None
        and last.unit in W.ONCE_UNITS
        and len(g.items) == 1
        and (every := P.EVERY_PERIOD.search(text, f.clause.start, g.start)) is not None
        and not any(w in text[every.end() : g.start] for w in W.CN_COUNT_BOUND_BEFORE_BUILD)
    ):
        # 每季度召开1次推进会: how often, the recurring deadline's, no goal; a floor (每年开展应急演练不少于1次,
        # 每季度至少主动联系1次) stays a goal
        return "recurrence"

    sf = f.sentence
    ny = f.view.ctx.notice_year
    if ny is not None and years and sf.sent.years and not sf.sets_a_goal_year and all(y < ny for y in years):
        return "status"  # 2023年，全市PM2.5平均浓度为48微克/立方米，…距离省定目标仍有较大差距 (a 2024 notice): what was
    if sf.goal or sf.sets_a_goal_year:
        return fl
    if ny is not None and (sf.plans or years) and all(y < ny for y in (sf.plans or years or [])):
        return "status"
    opening = sf.opening
    opens = opening is not None and opening[0] < g.start and opening[1] <= g.start
    if opens or (f.clause.words and f.clause.status_end <= g.start):
        attribute = _attributive_past(f.clause, g, verb, P.STATUS_WORDS)
        return fl if attribute is not None and (opening is None or not opens or opening[0] == attribute) else "status"
    return "status" if f.view.background else fl
