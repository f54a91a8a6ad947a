"""Step 2: the sentences of a region, their year expressions, and the due
year of a number (same sentence, else the paragraph's or the region's lead)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

from ...context import Context, Region
from ...lexicon import target_words as W
from ...tuples import new
from . import patterns as P
from .index import Titles, breaks_in

#: the year(s) of one year expression: a tuple, not a list (a tuple of numbers is one the cyclic
#: gc stops tracking: a sentence of 20,000 years kept 20,000 lists and tuples for it to walk)
Years = tuple[int, ...]
#: the year expressions of a sentence, in text order: their positions, their years, and whether each
#: opens the sentence (three tuples, not a tuple per expression: each one the rule keeps counts towards
#: the gc's next collection, and a sentence may list 20,000 years)
YearsIn = tuple[tuple[int, ...], tuple[Years, ...], tuple[bool, ...]]
_NO_YEARS: YearsIn = ((), (), ())

_OPENING_FILLER = " \u3000\t、，,"


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    heading: bool = False
    years: tuple[Years, ...] = ()  # the years of each of its year expressions, in text order
    year_starts: tuple[int, ...] = ()  # the positions of ``years``, for bisection
    year_opens: tuple[bool, ...] = ()  # does each open the sentence (a lead-in: 到2025年，…)?
    #: does a ``YEAR_HINT`` word (年, 今年, 十四五 …) occur in it? Without one the sentence
    #: has no year expression, no plan period and no yearly word (patterns.HINTED_TABLES)
    hinted: bool = False


#: a sentence's fields, as :class:`Sentences` keeps them: a plain tuple of numbers and tuples of numbers,
#: which the cyclic gc stops tracking, where it walks every named tuple at each full collection (20,000
#: sentences on '覆盖率达到95%。⏎ x20000'); a :class:`Sentence` is made of one where it is read
SentenceRow = tuple[int, int, int, bool, tuple[Years, ...], tuple[int, ...], tuple[bool, ...], bool]


def _first_not_in(text: str, start: int, end: int, chars: str) -> int:
    """The first position in ``[start, end)`` whose character is not in ``chars`` (else ``end``)."""
    pos = start
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def years_in(text: str, start: int, end: int, titles: Titles, notice_year: int | None) -> YearsIn:
    """Year expressions in a sentence: their positions, years and whether each opens the sentence."""
    if not P.YEAR_HINT.search(text, start, end):
        return _NO_YEARS
    ats: list[int] = []
    values: list[Years] = []
    opens: list[bool] = []
    years: Years
    one: dict[int, Years] = {}  # one tuple per year written alone (a sentence may list thousands of one year)
    opening = _first_not_in(text, start, end, _OPENING_FILLER)  # only filler before it: it opens the sentence
    for m in P.YEAR.finditer(text, start, end):  # (in text order: every match holds a year)
        base, lead, y1, join, y2, _, post, rel = m.groups()  # (P.YEAR's groups: by name, 20x slower)
        at = m.start()
        if base or post == W.YEAR_LOOKS_BACK or titles.covers(at):
            continue
        b = max(start, at - 1)
        if text[b] in P.BASELINE_OF_YEAR_FIRST and P.BASELINE_OF_YEAR.match(text, b, end):
            continue  # 由2015年的65: the baseline's year
        if rel:
            if notice_year is None:
                continue
            years = (notice_year + W.TARGET_RELATIVE_YEARS[rel],)
        elif y2:
            years = (int(y2),) if join in W.RANGE_JOINERS else (int(y1), int(y2))
        else:
            y = int(y1)
            years = one.get(y) or one.setdefault(y, (y,))
        ats.append(at)
        values.append(years)
        opens.append(bool(lead) and at <= opening)
    # a running plan period names the year its goals fall due: 十四五期间 → 2025
    plans = [
        (m.start(), (W.PLAN_PERIODS[m["name"]],), m.start() <= opening)
        for m in P.PLAN_DUE.finditer(text, start, end)
        if not titles.covers(m.start())
    ]
    if plans:  # merged in order (the few sentences that name a plan period)
        merged = sorted([*zip(ats, values, opens, strict=True), *plans])
        return tuple(x[0] for x in merged), tuple(x[1] for x in merged), tuple(x[2] for x in merged)
    return tuple(ats), tuple(values), tuple(opens)


@dataclass(frozen=True)
class Sentences:
    """The sentences of a region (paragraphs are contiguous runs) with the
    look-ups the due-year rule needs, built once in one pass: the lead year of
    each paragraph and of the region and, for each sentence, the nearest earlier
    one that opens with a due year. Keeps :func:`due_year` constant-time per target."""

    rows: tuple[SentenceRow, ...]  # (``sentences[i]``: the Sentence of row i)
    prev_lead_in: tuple[int | None, ...]
    #: the lead year of each paragraph that has one: the first year of its first sentence,
    #: or of its second when the first is the region's heading
    lead_years: dict[int, Years]
    #: the region's lead year: its first sentence's, or the next one's after a heading (not a past year's)
    region_lead: Years | None

    @classmethod
    def of(cls, rows: list[SentenceRow], notice_year: int | None = None) -> Sentences:
        lead_years: dict[int, Years] = {}
        prev_lead_in: list[int | None] = []
        last, seen = None, -1  # (paragraphs come in order: a new one is greater than the last seen)
        plans = False  # does a year of the notice's or later occur in the region?
        first = new(Sentence, rows[0]) if rows else None
        for i, row in enumerate(rows):
            s = new(Sentence, row)
            if s.paragraph > seen:  # the first sentence of its paragraph
                seen = s.paragraph
                if s.years:
                    lead_years[seen] = s.years[0]
            elif i == 1 and s.years and first and first.heading and not first.years:
                lead_years[seen] = s.years[0]  # a heading's own line leads with the sentence after it
            prev_lead_in.append(last)
            if any(s.year_opens):
                last = i
            if s.years and not plans:
                plans = any(not _past(ys, notice_year) for ys in s.years)
        region_lead = None
        if first:
            lead = new(Sentence, rows[1]) if first.heading and len(rows) > 1 else first
            # a lead that dates a past state (问题7：…2023年PM10平均浓度同比上升6.2%) dates no goal after it in a
            # region that sets goals of the notice's years (整改目标：2024年…); elsewhere (2023年，全市建成…) it
            # dates what follows as what was done
            region_lead = next(
                (s.years[0] for s in (first, lead) if s.years and not (plans and _past(s.years[0], notice_year))), None
            )
        return cls(tuple(rows), tuple(prev_lead_in), lead_years, region_lead)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> Sentence:
        return new(Sentence, self.rows[i])


def hard_wraps(ctx: Context) -> frozenset[int]:
    """The line breaks of a hard-wrapped text (a gazette or PDF page saved as text, cut at a fixed width) where
    a line goes on: a line that reaches the wrap width, ends in no sentence mark and is followed by a line that
    opens no section (比例达到40⏎%以上；…, 数字化车间20⏎0家). The wrap width is the right edge that at least a
    share of the long lines of the text reach (:data:`W.WRAP_EDGE_SHARE`), in columns (a CJK character two: a
    page cut by its width) or in characters (a page cut every 28); a text of one paragraph per line has none.
    Read once per parse."""
    found = ctx.views.get(_WRAPS)
    if isinstance(found, frozenset):
        return found
    raw = ctx.text.split("\n")
    lines = [r.rstrip() for r in raw]
    # (a table's line is none; the columns of a line: two a character, one an ASCII one; encode runs in C)
    chars = [len(r) if "\t" not in r else 0 for r in lines]
    cols = [2 * n - len(r.encode("ascii", "ignore")) if n else 0 for r, n in zip(lines, chars, strict=True)]
    widths = [
        (edges, width, slack, indent)
        for edges, least, slack, indent in (
            (cols, W.WRAP_MIN_COLUMNS, W.WRAP_COLUMN_SLACK, W.WRAP_FIRST_LINE_INDENT[0]),
            (chars, W.WRAP_MIN_CHARS, 1, W.WRAP_FIRST_LINE_INDENT[1]),
        )
        if (width := _wrap_width(sorted(e for e in edges if e >= least), slack)) is not None
    ]
    wraps: frozenset[int] = frozenset()
    if widths:
        out, pos = [], 0
        for k, line in enumerate(lines[:-1]):
            pos += len(raw[k]) + 1  # the offset after this line's break
            # a paragraph's first line (after a line that ends a sentence, or none) with its indent dropped
            first = line[:1] not in ("", " ", "\u3000") and (k == 0 or not _goes_on(lines[k - 1], line))
            if any(
                width - slack <= edges[k] <= width
                or (first and edges[k] and width - slack <= edges[k] + indent <= width)
                for edges, width, slack, indent in widths
            ) and _goes_on(line, lines[k + 1]):
                out.append(pos - 1)
        wraps = frozenset(out)
    ctx.views[_WRAPS] = wraps
    return wraps


_WRAPS = "targets.hard_wraps"


def _wrap_width(edges: list[int], slack: int) -> int | None:
    """The largest right edge that a share of the long lines (``edges``, sorted) reach within ``slack``."""
    if len(edges) < W.WRAP_MIN_LINES:
        return None
    need = W.WRAP_EDGE_SHARE * len(edges)
    for edge in sorted(set(edges), reverse=True):
        if bisect.bisect_right(edges, edge) - bisect.bisect_left(edges, edge - slack) >= need:
            return edge
    return None


def _goes_on(line: str, nxt: str) -> bool:
    """Does ``line``, cut at the wrap width, go on in ``nxt``?"""
    end = line.rstrip()[-1:]
    return bool(end) and end not in W.WRAP_LINE_ENDS and bool(nxt.strip()) and P.line_opens_section().match(nxt) is None


def sentences_of(ctx: Context, region: Region, titles: Titles) -> Sentences:
    """The sentences of a region, each with its paragraph (the number of line
    breaks before it) and its year expressions; blank ones left out."""
    text = ctx.text
    out: list[SentenceRow] = []
    paragraph, ss = 0, region.start
    breaks = breaks_in(text, region.start, region.end, P.SENTENCE_OR_PARAGRAPH_BREAKS)
    wraps = hard_wraps(ctx)
    if wraps:  # a line break where a hard-wrapped line goes on (比例达到40⏎%以上) ends no sentence
        breaks = [i for i in breaks if i not in wraps]
    # where a year expression may be (one scan of the region, not a search per
    # sentence: no hint word holds a break, so none crosses a sentence end)
    hints = [m.start() for m in P.YEAR_HINT.finditer(text, region.start, region.end)]
    h, n_hints = 0, len(hints)  # the first hint not before the sentence (sentences come in order)
    for se in [*(i + 1 for i in breaks), region.end]:
        if ss < se and (not text[ss].isspace() or not text[ss:se].isspace()):  # (the first test saves a slice)
            while h < n_hints and hints[h] < ss:
                h += 1
            hinted = h < n_hints and hints[h] < se  # any_between(hints, ss, se)
            starts, years, opens = years_in(text, ss, se, titles, ctx.notice_year) if hinted else _NO_YEARS
            heading = not out and region.section_id is not None
            out.append((ss, se, paragraph, heading, years, starts, opens, hinted))
        if ss < se and text[se - 1] == "\n":
            paragraph += 1
        ss = se
    return Sentences.of(out, ctx.notice_year)


def _past(years: Years, notice_year: int | None) -> bool:
    """Are the years of a year expression all before the notice's?"""
    return notice_year is not None and all(y < notice_year for y in years)


def due_year(sentences: Sentences, si: int, pos: int) -> Years | None:
    """The due year(s) of a number at ``pos`` in sentence ``si``: the last year
    before it in the sentence, else the sentence's first, else the nearest
    earlier lead-in of the paragraph, else the paragraph's or the region's lead."""
    rows = sentences.rows
    sent = new(Sentence, rows[si])
    if sent.years:
        k_before = bisect.bisect_left(sent.year_starts, pos)
        return sent.years[k_before - 1] if k_before else sent.years[0]
    k = sentences.prev_lead_in[si]  # the nearest earlier sentence that opens with a due year
    lead_in = new(Sentence, rows[k]) if k is not None else None
    lead_year = lead_in.years[lead_in.year_opens.index(True)] if lead_in is not None else None
    if lead_in is not None and lead_year is not None and lead_in.paragraph == sent.paragraph:
        return lead_year
    y = sentences.lead_years.get(sent.paragraph)
    if y is None:
        # goals listed in paragraphs after a lead-in ("到2026年，…。⏎——创新能力。打造…"):
        # the nearest earlier sentence of the section that opens with a due year
        if lead_year is not None:
            return lead_year
        y = sentences.region_lead
    return y
