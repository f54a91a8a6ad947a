"""Step 6: a sentence read clause by clause, and each value list of a clause
read into targets — verb, subject, counted noun, flag, indicators, due year,
comparators. What one list hands on to the next is kept in two small records,
one of each per region (find_targets makes the :class:`SentenceRun`, which makes
its :class:`_ClauseRun`): set anew at the start of each sentence and of each
clause, updated as the lists are read; across sentences the sentence record
keeps a :class:`Carry`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ...lexicon import target_words as W
from ...model import Target
from ...spans import squeeze
from ...tuples import new
from . import patterns as P
from .flags import ClauseFacts, Flags, RegionView, flag, sentence_facts, settled, skip_space
from .index import any_between, remembered, spans_between
from .items import Group, Item, group_items, scan_items
from .sentences import Sentence, Years, due_year
from .subject import (
    close_brackets,
    counted_noun,
    percent_phrase,
    split_subjects,
    strip_area,
    strip_change_words,
    strip_subject,
    trail_strip,
    verb_at_end,
)
from .values import Spread, comparator, distribute


class Draft(NamedTuple):
    """A target before it is validated: most are dropped (a duplicate, a
    status, a past achievement), so only the kept ones become :class:`Target`."""

    raw: str
    span: tuple[int, int]
    section_id: str | None
    indicator: str | None
    comparator: str
    value: float
    value_max: float | None
    unit: str | None
    baseline: float | None
    baseline_year: int | None
    year: int | None
    scope: str | None
    approx: bool
    flag: str | None

    def target(self) -> Target:
        return Target.model_validate(dict(zip(_DRAFT_FIELDS, self, strict=True)))  # validated; _asdict is slower


_DRAFT_FIELDS = Draft._fields
#: a draft's fields, as a sentence's reading collects them: a plain tuple of strings and numbers, which
#: the cyclic gc stops tracking at its first collection (a sentence of thousands of lists kept thousands
#: of named tuples for it to walk: '达到1个 x8000'); a :class:`Draft` is made of one where it is read
DraftRow = tuple[
    str, tuple[int, int], str | None, str | None, str, float, float | None, str | None, float | None,
    int | None, int | None, str | None, bool, str | None,
]  # fmt: skip


class Carry(NamedTuple):
    """The last goal's indicator and its paragraph: "…治理率达到15%以上；到2025年底，
    达到40%以上" — a clause with a verb and no subject takes it from an earlier
    sentence of the paragraph."""

    paragraph: int | None = None
    indicator: str | None = None


class SentenceRun:
    """What the value lists of a sentence hand on to the next, and the carry from one sentence
    to the next: one per region (made by its reader), set anew at the start of each sentence by
    :func:`targets_in_sentence`, updated as each list is read."""

    __slots__ = ("carried", "carry", "clause", "prev_first", "prev_indicator")

    def __init__(self) -> None:
        self.carry = Carry()  # the last goal's indicator, for elliptical clauses
        self.carried: str | None = None  # the carried indicator, if of the sentence's paragraph
        self.prev_indicator: str | None = None
        #: where the targets of the last list that gave any start in the sentence's output (they end it)
        self.prev_first = 0
        self.clause = _ClauseRun()  # the clause at hand's record, started anew by each clause


class _ClauseRun:
    """What a value list of a clause hands on to the next: one per region (its SentenceRun's
    ``clause``), set anew at the start of each clause by :func:`_clause_targets`, updated as
    each list is read."""

    __slots__ = ("baseline", "baseline_mark_at", "baseline_mark_year", "prev_verb_cmp", "subject_start")

    subject_start: int
    baseline: Group | None  # a list after 由: the baseline of the next
    baseline_mark_year: int | None  # 由2015年的…
    baseline_mark_at: int  # where the baseline's mark (由…) starts: set with ``baseline``, read only while it is set
    prev_verb_cmp: str | None


class Clause(NamedTuple):
    """One clause with value lists, as the group step reads it."""

    view: RegionView
    text: str  # the document's text (view.ctx.text, read once per clause)
    si: int
    sent: Sentence
    flags: Flags
    items: tuple[Item, ...]  # its quantities, read into value lists one by one (group_items)
    yearly: bool  # 每年, 年均: no due year
    due: Years | None  # the due year of every list when the sentence holds no year (else read per list)
    start: int  # the clause's span (its flags' clause facts read the same)
    end: int


class Subject(NamedTuple):
    """The text before a value list, read: its verb and what it measures."""

    verb: str | None
    verb_cmp: str | None
    approx_pre: bool  # 约
    subject_raw: str
    baseline_year: int | None
    distribute: bool  # 分别
    share: bool  # 均
    core: str
    scopes: tuple[str, ...]
    level_only: bool  # "市、县级不低于70%": the subject is only a level
    squeezed: str  # the core without whitespace
    indicator: str | None  # the core as one indicator (squeezed, stripped, brackets closed)
    lead: int  # where the list's raw starts, from the subject's start (_raw_start)


def targets_in_sentence(view: RegionView, si: int, sent: Sentence, run: SentenceRun) -> list[DraftRow]:
    """The targets of sentence ``si`` (``sent``: ``view.sentences[si]``); ``run`` keeps the carry for the next
    sentence (the caller reads only sentences that hold a quantity start: another gives nothing and keeps the carry)."""
    text = view.ctx.text
    starts = view.quantity_starts
    facts = None  # read once the sentence has a quantity
    carry = run.carry  # (the record is set here, not built: one per region)
    run.carried = carry.indicator if carry.paragraph == sent.paragraph else None
    run.prev_indicator, run.prev_first = None, 0
    out: list[DraftRow] = []
    breaks = view.clause_breaks
    k = bisect.bisect_left(breaks, sent.start)
    if k == len(breaks) or breaks[k] >= sent.end:  # no break inside: one clause (most sentences)
        clauses = [(sent.start, sent.end)]
    else:
        clauses = spans_between(breaks, sent.start, sent.end)
    for cs, ce in clauses:
        if len(clauses) > 1 and not any_between(starts, cs, ce):  # (one clause: the sentence has one)
            continue
        items, skips = scan_items(text, cs, ce, view.titles, view.starts)
        for a, b, reason in skips:
            view.ctx.skip("number", (a, b), reason)
        if not items:
            continue
        facts = facts or sentence_facts(text, sent, view.ctx.notice_year)
        flags = new(Flags, (view, facts, ClauseFacts(text, cs, ce, facts)))
        yearly = (sent.hinted or not P.YEARLY_NEEDS_HINT) and bool(P.YEARLY.search(text[cs:ce]))
        due = None if yearly or sent.years else due_year(view.sentences, si, cs)  # (not a function of the position)
        clause = new(Clause, (view, text, si, sent, flags, tuple(items), yearly, due, cs, ce))
        _clause_targets(clause, run, out)
    return out


def _clause_targets(cl: Clause, run: SentenceRun, out: list[DraftRow]) -> None:
    """Read each value list of the clause, appending its targets to ``out``."""
    text = cl.text
    cr = run.clause  # (set here, not built: one record per region)
    cr.subject_start, cr.baseline, cr.baseline_mark_year, cr.prev_verb_cmp = cl.start, None, None, None
    groups = group_items(text, cl.items)
    g = next(groups)  # (a clause is read for its quantities: it holds one)
    for following in groups:
        before = text[g.start - 1] if g.start > cr.subject_start else ""
        may_mark = before in P.BASELINE_MARK_LAST or before.isspace()  # ("".isspace() is False)
        reach = max(cr.subject_start, g.start - W.BASELINE_MARK_REACH)  # (a baseline keeps the subject's start)
        bm = P.BASELINE_MARK.search(text, reach, g.start) if may_mark else None
        if bm:
            cr.baseline, cr.baseline_mark_year, cr.baseline_mark_at = g, int(bm["y"]) if bm["y"] else None, bm.start()
        else:
            _group_targets(cl, g, following.start, cr, run, out)
        g = following
    _group_targets(cl, g, cl.end, cr, run, out)  # (the last list is never a baseline: no mark is looked for)


def _baseline_subject(text: str, g: Group, cst: _ClauseRun, baseline: Group) -> Subject:
    """The verb between the baseline and the list, and the subject before the baseline's mark."""
    before = text[cst.subject_start : cst.baseline_mark_at]  # (the mark was found when the baseline was taken)
    lead = _raw_start(text, cst.subject_start, g.start) - cst.subject_start
    return _subject_of(before, text[baseline.end : g.start], cst.baseline_mark_year, True, lead)


@remembered
def _plain_subject(s: str) -> Subject:
    """The subject of a list read from the text ``s`` before it alone (no baseline between)."""
    return _subject_of(s, s, None, False, _raw_start(s, 0, len(s)))


def _raw_start(text: str, start: int, end: int) -> int:
    """Where the raw of a list starts in ``text[start:end]``, the text from its subject's start to the list:
    past whitespace and the punctuation between clauses, and past a leading marker ("第四条各区县…": the
    marker is not part of the target). Read with the subject: once per distinct subject text."""
    rs = skip_space(text, start, end)
    first = text[rs] if rs < end else ""
    mk = P.MARKER_AT.match(text, rs, end) if first in P.MARKER_FIRST or first.isspace() else None
    return mk.end() if mk else rs


def _subject_of(before: str, verb_part: str, mark_year: int | None, after_baseline: bool, lead: int) -> Subject:
    """The subject read from ``before`` (the text before the verb or the baseline's 由)
    and ``verb_part`` (the text between the subject or the baseline and the list); ``lead``: :attr:`Subject.lead`."""
    verb, verb_at, approx = verb_at_end(verb_part)
    subject_raw = before if after_baseline or not verb else before[:verb_at]
    opened = max(subject_raw.rfind("（"), subject_raw.rfind("("))
    if opened >= 0 and ")" not in subject_raw[opened:] and "）" not in subject_raw[opened:]:
        subject_raw = subject_raw[opened + 1 :]  # "新增2400户（累计约3600户）": inside the bracket
    in_subject = P.BASELINE_YEAR.search(subject_raw) if "年" in subject_raw else None  # 较2015年
    by = in_subject or (P.BASELINE_YEAR.search(verb_part) if "年" in verb_part else None)
    baseline_year = int(by["y"]) if by else mark_year
    subj_clean = P.BASELINE_YEAR.sub("", subject_raw) if in_subject else subject_raw
    if baseline_year is None and "年" in before + verb_part:
        prev = P.PREVIOUS_YEAR_BASELINE.search(subj_clean) or P.PREVIOUS_YEAR_BASELINE.search(verb_part)
        if prev is not None:  # 较上年提高2个百分点: the notice year - 1 (read in _emit)
            baseline_year = P.PREVIOUS_YEAR
            subj_clean = P.PREVIOUS_YEAR_BASELINE.sub("", subj_clean)
    distribute = any(w in subj_clean[-4:] or w in verb_part for w in W.DISTRIBUTE_WORDS)
    share = bool(P.SHARE_AT_END.search(trail_strip(subj_clean)))
    core, scopes = strip_subject(subj_clean)
    level_only = False
    lm = P.LEVEL_SCOPE.fullmatch(core)
    if lm:  # the subject is only a level: "市、县级不低于70%"
        core, scopes, level_only = "", [lm["scope"]], True
    verb_cmp = W.COMPARATOR_VERBS.get(verb) if verb else None
    approx_pre = bool(verb and approx)
    sq = squeeze(core)
    indicator = _cleaned(sq) if sq else None
    return Subject(
        verb, verb_cmp, approx_pre, subject_raw, baseline_year, distribute, share, core, tuple(scopes), level_only,
        sq, indicator, lead,
    )  # fmt: skip


@lru_cache(maxsize=2048)
def _noun_indicator(noun: str) -> str | None:
    """The indicator a counted noun gives (squeezed and cleaned), or None when it is
    shorter than two characters; read once per noun (lists count the same noun again and again)."""
    sq = squeeze(noun)
    return _cleaned(sq) if len(sq) >= 2 else None


def _cleaned(indicator: str) -> str:
    """An indicator without stray punctuation at its ends and open brackets."""
    return close_brackets(indicator.strip(_INDICATOR_STRIP))


_INDICATOR_STRIP = '、，,：:；;。）)“”"'


def _read_list(
    text: str, g: Group, next_start: int, subj: Subject, inherited: str | None
) -> tuple[str, int, list[str | None], Sequence[str]]:
    """What the list ``g`` counts and measures, read after its subject ``subj`` (the next list starts at
    ``next_start``, else the clause ends there): its counted noun (20个|省级示范村: what is counted after a
    counter), where its reading ends (after its counted noun or the 的-phrase after a percentage, if any,
    else the list's end), its indicators (one, or one per value with 分别/均; ``inherited``: the indicator
    of the list or sentence before) and its scopes."""
    last = g.items[-1]
    noun, noun_end = "", g.end
    if last.unit in W.COUNTER_UNITS and last.word_cmp is None:
        noun, length = counted_noun(text[g.end : next_start])
        noun_end = g.end + length
    pct_phrase = None
    if last.unit in ("%", "％") and not subj.core and text[g.end : g.end + 1] == "的":
        pct_phrase = percent_phrase(text, g.end + 1, next_start, subj.subject_raw)
        rest = text[g.end : next_start]
        noun_end = next_start - (len(rest) - len(rest.rstrip(P.NOUN_TRAIL)))
    end = noun_end if (noun or pct_phrase) and noun_end > g.end else g.end  # (max, without its call)
    indicator_core = subj.squeezed
    scopes: Sequence[str] = subj.scopes
    indicators: list[str | None]
    noun_ind = _noun_indicator(noun) if noun else None
    if pct_phrase:
        indicators = [_cleaned(pct_phrase)]
    elif noun_ind is not None:
        indicators = [noun_ind]  # (cleaned once per noun)
    elif inherited and subj.verb and not scopes and P.AREA_PART.fullmatch(indicator_core):
        # "城市污水处理率达到95%，县城达到85%": 县城 is a part, the indicator carries over
        scopes = [indicator_core]
        indicators = [_cleaned_or_empty(strip_area(strip_change_words(inherited)))]
    elif indicator_core and not (subj.distribute or subj.share):
        indicators = [subj.indicator]  # (cleaned once per subject)
    elif indicator_core:
        n_ind = len(g.items) if (subj.distribute and len(g.items) > 1) else None
        indicators = [_cleaned_or_empty(i) for i in split_subjects(indicator_core, n_ind)]
    elif inherited:
        indicators = [_cleaned_or_empty(strip_change_words(inherited))]
    else:
        indicators = [None]
    if g.items[0].word_cmp in (">", ">="):  # (a round amount's verb: _without_round_verb)
        indicators = _without_round_verb(text, g, indicators)
    unit = last.unit
    if unit:
        for i in indicators:  # (a loop: most lists have one indicator, and a generator per list cost more)
            if i and _holds_quantity_of(i, unit):
                indicators = [None if i and _holds_quantity_of(i, unit) else i for i in indicators]
                break
    return noun, end, indicators, scopes


def _holds_quantity_of(indicator: str, unit: str) -> bool:
    """Does ``indicator`` hold a number written before ``unit`` (…、千兆到苏木乡镇、百兆到嘎查村 before 20兆)? Then it
    is the list before the value (items no value was read for), not what the value measures: no indicator
    rather than a garbled one."""
    at = indicator.find(unit, 1)
    while at > 0:
        if indicator[at - 1] in _NUMERAL_CHARS:
            return True
        at = indicator.find(unit, at + 1)
    return False


_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９" + P.CN_DIGITS)


def _cleaned_or_empty(indicator: str) -> str:
    """:func:`_cleaned`, an empty indicator left as it is."""
    return _cleaned(indicator) if indicator else indicator


def _without_round_verb(text: str, g: Group, indicators: list[str | None]) -> list[str | None]:
    """产业规模过千亿: the verb of a round amount is not the indicator's (a list whose first value has ``>`` or ``>=``)."""
    rv = next((v for v in P.ROUND_VERBS if text.endswith(v, 0, g.start)), None)
    return [i[: -len(rv)] if i and i.endswith(rv) else i for i in indicators] if rv else indicators


def _rescope_levels(out: list[DraftRow], prev_idx: range, indicators: list[str | None]) -> list[str | None]:
    """省级X不低于90%，市、县级不低于70%: levels contrasted, so 省级 is a scope of
    the list before too; the level-only list takes its indicator."""
    for k in prev_idx:
        t = new(Draft, out[k])
        lm = P.LEVEL_SCOPE.match(t.indicator or "")
        if lm and t.indicator and t.scope is None and len(lm.group()) < len(t.indicator):
            rescoped = t._replace(scope=lm["scope"], indicator=t.indicator[lm.end() :])
            out[k] = rescoped
            indicators = [rescoped.indicator]
    return indicators


def _group_targets(
    cl: Clause, g: Group, next_start: int, cr: _ClauseRun, run: SentenceRun, out: list[DraftRow]
) -> None:
    """The targets of the clause's value list ``g`` (the next list starts at ``next_start``, else
    the clause ends there), appended to ``out``; what the next list reads (``cr``, ``run``) is updated."""
    text = cl.text
    # the verb between the subject (or the baseline) and the list, and the subject before it; with no
    # baseline, all is read from the text between the subject's start and the list
    baseline = cr.baseline
    subj = (
        _plain_subject(text[cr.subject_start : g.start])
        if baseline is None
        else _baseline_subject(text, g, cr, baseline)
    )
    if not subj.core and cr.subject_start == cl.start and text[cl.start - 1 : cl.start] == "\t":
        subj = _cell_subject(text, cl.start, g.start, subj)
    fl = flag(cl.flags, g, subj.verb)
    inherited = run.prev_indicator or (run.carried if subj.verb and fl is None else None)
    noun, end, indicators, scopes = _read_list(text, g, next_start, subj, inherited)
    if subj.level_only and run.prev_first < len(out):
        indicators = _rescope_levels(out, range(run.prev_first, len(out)), indicators)
    years = due_year(cl.view.sentences, cl.si, g.start) if cl.sent.years and not cl.yearly else cl.due
    fl = settled(cl.flags, g, fl, subj.verb, cr.subject_start, years)
    spread = distribute(g.items, indicators, scopes, years, subj.share)
    made = _emit(cl, g, cr, subj, noun, end, fl, spread, out)
    if made:
        run.prev_first = len(out) - made  # (only _emit appends to out: the new ones are its end)
        if indicators[-1]:
            run.prev_indicator = indicators[-1]
            carry = run.carry
            if fl is None and (carry.paragraph != cl.sent.paragraph or carry.indicator != indicators[-1]):
                run.carry = Carry(cl.sent.paragraph, indicators[-1])
    # the next list's subject starts where this list's reading ends (after its counted noun, if any); after a
    # qualifier it is the qualified noun's (营业收入超10亿元的企业|达到8家), when that subject is no longer than a
    # real one (a run of qualifiers, 达到10亿元的企业 x n, would give every list a subject growing with the clause)
    if fl != "qualifier" or end - cr.subject_start > W.QUALIFIED_SUBJECT_MAX:
        cr.subject_start = end
    cr.baseline, cr.baseline_mark_year, cr.prev_verb_cmp = None, None, subj.verb_cmp


def _cell_subject(text: str, start: int, at: int, subj: Subject) -> Subject:
    """A table row's target cell with no subject of its own (指标 | ≥90% | …, 均≥65%, 较上年下降3个百分点): the
    indicator is the cell before it, when that cell names one (words, no value); the raw stays the cell's own."""
    lo = max(text.rfind("\t", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    cell = text[lo : start - 1]
    if not (W.TABLE_CELL_SUBJECT_MIN <= len(cell.strip()) <= W.TABLE_CELL_SUBJECT_MAX) or not P.HAN.search(cell):
        return subj
    if any(c in W.TABLE_VALUE_MARKS for c in cell):
        return subj  # the cell before holds a value (≥90% | ≥91%): no subject
    return _plain_subject(cell.strip() + text[start:at])._replace(lead=subj.lead)


def _emit(
    cl: Clause,
    g: Group,
    cst: _ClauseRun,
    subj: Subject,
    noun: str,
    end: int,
    fl: str | None,
    spread: Iterable[Spread],
    out: list[DraftRow],
) -> int:
    """Build one target per spread value (comparator, baseline), appended to ``out``; how many."""
    # raw: from the subject (without a leading marker) to the end of the list (or its counted noun)
    rs = cst.subject_start + subj.lead
    raw, span = cl.text[rs:end], (rs, end)  # spans.located
    base_vals = [b.value for b in cst.baseline.items] if cst.baseline else ()
    inherited_cmp = cst.prev_verb_cmp if not subj.core and not noun else None
    section_id = cl.view.region.section_id
    paired = bool(base_vals) and len(base_vals) == len(g.items)  # one baseline per value, else the first for all
    b0 = base_vals[0] if base_vals else None
    made, last = 0, None
    baseline_year = subj.baseline_year
    if baseline_year == P.PREVIOUS_YEAR:  # 较上年: the year before the notice's
        ny = cl.view.ctx.notice_year
        baseline_year = ny - 1 if ny is not None else None
    for k, (item, ind, scope, year) in enumerate(spread):
        if item.word_cmp and item.word_cmp.startswith("skip") and not subj.verb:
            cl.view.ctx.skip("number", (item.start, item.end), "ratio_or_time_without_goal_verb")
            continue
        cmp = comparator(item, subj.verb_cmp, inherited_cmp, subj.approx_pre)
        if fl == "reference" and not subj.verb_cmp and not item.suffix_cmp:
            cmp = "=="  # a count of what exists, not a floor
        if fl == "threshold" and cl.flags.clause.ban_end <= g.start:
            cmp = W.THRESHOLD_FLIP.get(cmp, cmp)  # a ban: the allowed side
        elif fl == "subsidy" and not subj.verb_cmp and not item.suffix_cmp:
            cmp = "<=" if cl.flags.clause.cap_end <= g.start else "=="  # 最高500万元 / 奖补100万元
        bval = base_vals[k] if paired and k < len(base_vals) else b0
        draft: DraftRow = (
            raw, span, section_id, ind or None, cmp, item.value, item.value_max, item.unit, bval,
            baseline_year, year, scope, item.approx or subj.approx_pre, fl,
        )  # fmt: skip
        # equal values of the list ("1%、1%、…") share one draft: the list keeps one, not one per value
        last = last if draft == last else draft
        out.append(last)
        made += 1
    return made
