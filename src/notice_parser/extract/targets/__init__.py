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

The rule is a package of named steps, each passing values (tuples, and two small mutable run records
per region in :mod:`.reading`, for the sentence and the clause at hand) to the next:

* :mod:`.patterns` — the patterns, built from :mod:`notice_parser.lexicon.target_words`;
* :mod:`.index` — look-ups built once (titles, word positions) so that no
  question asked per number scans its sentence: the rule is linear in its input;
* :mod:`.items` — step 1, quantities and value lists;
* :mod:`.sentences` — step 2, sentences and due years;
* :mod:`.subject` — step 3, the subject, scopes, the counted noun;
* :mod:`.flags` — step 4, what a quantity is when it is not a goal;
* :mod:`.values` — step 5, comparators and 分别/均 distribution;
* :mod:`.reading` — step 6, a sentence read clause by clause into targets.
"""

from __future__ import annotations

from operator import itemgetter

from ...context import Context, Region
from ...model import Target
from ...tuples import new
from .flags import RegionView
from .index import Titles
from .reading import Draft, DraftRow, SentenceRun, targets_in_sentence
from .sentences import Sentence, sentences_of

__all__ = ["find_targets"]

#: flags of quantities that are read but are no targets at all
_DROPPED_FLAGS = frozenset({"past", "status", "eligibility", "qualifier", "recurrence", "condition"})
#: what makes two targets the same goal, read off a draft in one call
_GOAL_KEY = itemgetter(
    *(Draft._fields.index(f) for f in ("value", "value_max", "unit", "comparator", "indicator", "scope", "year"))
)


def find_targets(ctx: Context, region: Region) -> list[Target]:
    """Every numeric target in ``region`` (one section's own text)."""
    titles = Titles.of(ctx.text, region.start, region.end)
    view = RegionView(ctx, region, titles, sentences_of(ctx, region, titles))
    kept = _Kept()
    run = SentenceRun()  # what one sentence hands on to the next (the last goal's indicator)
    starts, k = view.quantity_starts, 0  # the first quantity start not before the sentence
    n = len(starts)
    for si, row in enumerate(view.sentences.rows):
        sent = new(Sentence, row)
        while k < n and starts[k] < sent.start:
            k += 1
        if k == n:
            break  # no quantity is left: no target
        if starts[k] < sent.end:  # (a sentence without a quantity gives nothing and keeps the carry)
            found = targets_in_sentence(view, si, sent, run)
            if found:
                kept.add(found)
    return kept.targets(ctx)


class _Kept:
    """The targets kept so far, sentence by sentence (a sentence's drafts are final once
    it is read). Achievements of a past period, status and eligibility thresholds are
    not set goals, nor is the same goal stated again: left out, and recorded once the
    region is read (after the quantities its scan left out, as they always were)."""

    __slots__ = ("kept", "made", "reasons", "seen", "spans")

    def __init__(self) -> None:
        self.kept: list[Target] = []
        self.seen: set[tuple] = set()
        #: a list of equal values ("1%、1%、…") makes equal targets: validated once
        self.made: dict[DraftRow, Target] = {}
        self.spans: list[tuple[int, int]] = []  # the drafts left out, and why (a dropped draft is not kept:
        self.reasons: list[str] = []  # a long list of one repeated goal holds no draft per value)

    def add(self, drafts: list[DraftRow]) -> None:
        seen, made = self.seen, self.made
        for row in drafts:
            t = new(Draft, row)
            key = _GOAL_KEY(t)  # (value, value_max, unit, comparator, indicator, scope, year)
            if t.flag in _DROPPED_FLAGS:
                self.spans.append(t.span)
                self.reasons.append(t.flag)
            elif key in seen and t.flag is None and t.indicator:  # the same goal stated again ("…5条供水管道项目")
                self.spans.append(t.span)
                self.reasons.append("duplicate")
            else:
                seen.add(key)
                target = made.get(t)
                if target is None:
                    target = made[t] = t.target()
                self.kept.append(target)

    def targets(self, ctx: Context) -> list[Target]:
        ctx.skip_all("number", self.spans, self.reasons)
        return self.kept
