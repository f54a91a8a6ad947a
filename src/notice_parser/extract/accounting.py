"""Account for everything: every time expression and every number with a
counter in a document is either consumed by an item (a deadline, a target)
or was read by a rule and skipped with a recorded reason (``doc.skipped``).
What is left is *unaccounted*: the rules never looked at it, or looked and
said nothing.

``account(doc)`` lists every expression of every registered kind with its
status; ``parse-notice FILE --explain`` prints the listing and
``benchmarks/bench_accounting.py`` prints the unaccounted share over the
corpus. Kinds are rows of :data:`KINDS`: a finder (spans in the text) and the
item spans that consume them, so another kind (role words: 牵头, 负责, 配合 …,
consumed by units and clauses) is added as one more row with
:func:`register_kind`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..compiled import regex_compile
from ..lexicon import alternation
from ..lexicon import target_words as TW
from ..lexicon import time_words as TM

Span = tuple[int, int]


_D = "0-9０-９"
_CN = "〇零一二两三四五六七八九十"
#: every time expression a careful annotator sweeps for (ANNOTATE.md "Checks")
TIME_EXPRESSION = regex_compile(
    rf"""
    (?:(?<![{_D}])[{_D}]{{4}}|(?<![{_CN}])[〇零一二三四五六七八九]{{4}})\s*年(?:\s*[{_D}{_CN}]{{1,2}}\s*月(?:\s*[{_D}{_CN}]{{1,3}}\s*[日号])?)?
  | (?<![{_D}{_CN}个])(?:[{_D}]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:\s*[{_D}]{{1,2}}\s*[日号])?
  | (?<![{_D}])[{_D}{_CN}半]{{1,3}}\s*(?:个\s*)?(?:{alternation(TM.DURATION_UNITS)})\s*(?:{alternation(TM.WITHIN_SUFFIXES)})
  | 每\s*(?:[{_D}]{{1,2}}|[两二三四五六七八九十])?\s*个?(?:{alternation(TM.EVERY_PERIOD_WORDS)})
  | {alternation(TM.YEAR_PARTS)} | {alternation(TM.RELATIVE_YEARS)} | {alternation(TM.BARE_YEAR_WORDS)}
  | {alternation(TM.REGULAR_WORDS)} | {alternation(TM.PLAN_PERIOD_NAMES)}
    """,
    regex.VERBOSE,
)

#: unit words of a count; time units are time expressions, and letters that
#: are never units (5G, 4G) make names
_UNITS = alternation(u for u in TW.UNIT_WORDS if u not in TW.TIME_UNITS and u not in TW.NAME_LETTER_UNITS)
#: a digit of a fraction written in words (百分之十五, 千分之三点五)
_FRACTION_DIGIT = f"[{_D}{_CN}百千点]"
#: a number with a counter or unit word (3所, 41.2万人, 18.6%, 百分之十五, 两个)
COUNTED_NUMBER = regex_compile(
    rf"""
    (?:
        (?<![{_D}.．A-Za-z])[{_D}]+(?:[.．][{_D}]+)?[ \u3000]?(?:万亿|亿|万)?[ \u3000]?(?:{_UNITS})
      | (?:{alternation(TW.CN_FRACTIONS)}){_FRACTION_DIGIT}+
      | (?<![{_CN}百千万第])[{_CN}百千万亿]+(?:{_UNITS})
    )
    (?!{alternation(TM.COUNT_TIME_WORDS)}|[A-Za-z0-9])  # a time unit follows: a time; 5GW is one unit, 10MB a name
    """,
    regex.VERBOSE,
)


def _finditer(pattern) -> Callable[[str], list[Span]]:
    return lambda text: [m.span() for m in pattern.finditer(text)]


def _item_spans(doc) -> list[Span]:
    spans = [d.span for d in doc.deadlines] + [t.span for t in doc.targets]
    for m in doc.measures:
        spans += [d.span for d in m.deadlines] + [t.span for t in m.targets]
    return spans


_FULL_DATE = regex_compile(
    rf"[{_D}〇零一二三四五六七八九]{{4}}\s*年\s*[{_D}{_CN}]{{1,2}}\s*月\s*[{_D}{_CN}]{{1,3}}\s*日"
)


def _header_spans(doc) -> list[Span]:
    """The header and the text before the first section, and full dates
    outside every section (the signature date, the 版记's 印发 date): the
    notice fields are read there by the header reader."""
    first = min((s.span[0] for s in doc.sections), default=0)
    spans = [(0, first)] if first else []
    inside = [s.span for s in doc.sections]
    for m in _FULL_DATE.finditer(doc.text):
        if not any(a <= m.start() < b for a, b in inside):
            spans.append(m.span())
    return spans


@dataclass(frozen=True)
class Kind:
    name: str
    find: Callable[[str], list[Span]]
    consumed_by: Callable[[object], list[Span]]
    skip_kind: str  # the ``doc.skipped`` kind that accounts for it


KINDS: dict[str, Kind] = {}


def register_kind(name: str, find, consumed_by, skip_kind: str | None = None) -> None:
    """Add a kind of expression to account for (e.g. role words)."""
    KINDS[name] = Kind(name, find, consumed_by, skip_kind or name)


register_kind("time", _finditer(TIME_EXPRESSION), _item_spans)
register_kind("number", _finditer(COUNTED_NUMBER), _item_spans)


@dataclass(frozen=True)
class Entry:
    kind: str
    span: Span
    text: str
    status: str  # "item", "skipped", "header", "unaccounted"
    reason: str | None = None


class _Cover:
    """Fast "is [a, b) inside one of these spans?" over sorted spans."""

    def __init__(self, spans, labels=None):
        pairs = sorted(zip(spans, labels or [None] * len(spans), strict=True))
        self.starts = [s[0] for s, _ in pairs]
        self.pairs = pairs

    def find(self, a: int, b: int):
        k = bisect_right(self.starts, a)
        for i in range(k - 1, -1, -1):
            (s, e), label = self.pairs[i]
            if s <= a and b <= e:
                return label if label is not None else True
            if a - s > 2000:
                break
        return None


def _overlapping(a: int, b: int, spans) -> str | None:
    for (s, e), reason in spans:
        if s < b and a < e:
            return reason
    return None


def account(doc) -> list[Entry]:
    """Every expression of every registered kind in ``doc`` with its status."""
    text = doc.text
    out: list[Entry] = []
    header = _Cover(_header_spans(doc))
    for kind in KINDS.values():
        spans = kind.consumed_by(doc)
        items = _Cover(spans)
        item_spans = [(sp, True) for sp in spans]
        skipped = [((a, b), r) for k, (a, b), r in doc.skipped if k == kind.skip_kind]
        skip_cover = _Cover([s for s, _ in skipped], [r for _, r in skipped])
        for a, b in kind.find(text):
            raw = text[a:b]
            if items.find(a, b) or _overlapping(a, b, item_spans):
                out.append(Entry(kind.name, (a, b), raw, "item"))
            elif (reason := skip_cover.find(a, b) or _overlapping(a, b, skipped)) is not None:
                out.append(Entry(kind.name, (a, b), raw, "skipped", reason))
            elif header.find(a, b):
                out.append(Entry(kind.name, (a, b), raw, "header"))
            else:
                out.append(Entry(kind.name, (a, b), raw, "unaccounted"))
    return sorted(out, key=lambda e: e.span)


def unaccounted_share(entries: list[Entry], kinds=None) -> tuple[int, int]:
    """(unaccounted, total) over ``entries`` of ``kinds`` (all when None)."""
    sel = [e for e in entries if kinds is None or e.kind in kinds]
    return sum(e.status == "unaccounted" for e in sel), len(sel)


def explain(doc) -> str:
    """The ``--explain`` listing: one line per expression."""
    lines = []
    for e in account(doc):
        where = f"{e.span[0]}-{e.span[1]}"
        what = e.status + (f" ({e.reason})" if e.reason else "")
        lines.append(f"{e.kind}\t{where}\t{e.text}\t{what}")
    n, total = unaccounted_share(account(doc))
    lines.append(f"# {n} of {total} unaccounted")
    return "\n".join(lines) + "\n"
