"""Look-ups built once per region, sentence or clause, so that every question
asked per number costs a bisection, not a scan of the sentence (issue 10:
``达到1个`` x 8000 is one sentence of 8,000 numbers)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, NamedTuple, TypeVar

import regex

from . import patterns as P

T = TypeVar("T")

#: texts up to this length are read once per distinct text (lists, checklists and tables
#: repeat their subjects and counted nouns); longer ones are read each time and not kept
REMEMBERED = 64


def remembered(read: Callable[[str], T]) -> Callable[[str], T]:
    """``read`` of a text, kept for the last 2048 distinct texts of up to :data:`REMEMBERED`
    characters (a pure function of the text: keyed by an immutable input, nothing leaks
    between documents); ``cache_clear`` empties it.

    >>> from .subject import verb_at_end
    >>> verb_at_end("覆盖率达到"), verb_at_end.cache_clear() is None
    (('达到', 3, None), True)
    """
    kept = lru_cache(maxsize=2048)(read)

    def call(s: str) -> T:
        return kept(s) if len(s) <= REMEMBERED else read(s)

    call.cache_clear = kept.cache_clear  # type: ignore[attr-defined]  # (benchmarks/bench_ab.py empties it)
    return update_wrapper(call, read)


class lazy(Generic[T]):
    """An attribute computed on first read and stored on the instance (which
    then shadows this non-data descriptor): a ``functools.cached_property``
    without its lock, for frozen dataclasses read many times per region."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> T:
        value = self.compute(obj)
        obj.__dict__[self.name] = value
        return value


class Titles(NamedTuple):
    """The 《title》 spans of a region, sorted and disjoint: numbers inside are not targets."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Titles:
        spans = [m.span() for m in P.TITLE.finditer(text, start, end)]
        return cls(tuple(a for a, _ in spans), tuple(b for _, b in spans))

    def covers(self, pos: int) -> bool:
        """Is ``pos`` inside a title?

        >>> Titles((2, 9), (5, 12)).covers(4), Titles((2, 9), (5, 12)).covers(5), Titles((), ()).covers(3)
        (True, False, False)
        """
        if not self.starts:  # most regions cite no title
            return False
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


class Starts(NamedTuple):
    """Where, in a region, a match of each scan pattern may start (sorted):
    ``QUANTITY`` at a digit, ``CN_QUANTITY`` at a numeral, ``ZERO`` at or right before a zero word."""

    digits: list[int]
    numerals: list[int]
    zero_words: list[int]

    @classmethod
    def of(cls, text: str, quantity_starts: list[int]) -> Starts:
        """Sorted out of the ``QUANTITY_START`` positions of the region (one pass)."""
        digits: list[int] = []
        numerals: list[int] = []
        zero_words: list[int] = []
        for i in quantity_starts:
            c = text[i]
            if c in P.DIGIT_CHARS:
                digits.append(i)
                continue
            if c in P.CN_START_CHARS:
                numerals.append(i)
            if c in P.ZERO_WORD_CHARS:  # (零 starts a numeral and a zero word)
                zero_words.append(i)
        return cls(digits, numerals, zero_words)


def first_end(words: regex.Pattern[str], text: str, start: int, end: int) -> int:
    """The earliest end of a word of ``words`` (a :func:`patterns.shortest_first`
    pattern) starting in ``[start, end)``, or ``end + 1``: a plain word
    pattern's ``search(text, start, stop)`` finds a word iff this is ``<= stop``.

    >>> first_end(P.shortest_first(["禁止", "止"]), "禁止高于", 0, 4), first_end(P.BAN_WORDS, "高于", 0, 2)
    (2, 3)
    """
    best = end + 1
    first = words.search(text, start, end)  # most clauses hold no word of the table: one plain search
    if first is None:
        return best
    for m in words.finditer(text, first.start(), end, overlapped=True):
        if m.start() >= best:
            break
        best = min(best, m.end())
    return best


def breaks_in(text: str, start: int, end: int, breaks: re.Pattern[str], keep_digit_commas: bool = False) -> list[int]:
    """The positions of the break characters in ``text[start:end]`` (a comma
    between two digits is no break when ``keep_digit_commas``: 1,000)."""
    out = [m.start() for m in breaks.finditer(text, start, end)]
    if not keep_digit_commas:
        return out
    last = len(text) - 1
    return [
        i for i in out if not (text[i] in ",，" and 0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit())
    ]


def any_between(positions: list[int], start: int, end: int) -> bool:
    """Is one of the sorted ``positions`` in ``[start, end)``?

    >>> any_between([3, 8], 4, 8), any_between([3, 8], 4, 9)
    (False, True)
    """
    k = bisect.bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def spans_between(breaks: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` split after each break position inside it (``breaks`` sorted).

    >>> spans_between([1, 4, 9], 2, 8), spans_between([1, 4, 9], 2, 5)
    ([(2, 5), (5, 8)], [(2, 5)])
    """
    out, s = [], start
    for k in range(bisect.bisect_left(breaks, start), len(breaks)):
        i = breaks[k]
        if i >= end:
            break
        out.append((s, i + 1))
        s = i + 1
    if s < end:
        out.append((s, end))
    return out


def split_spans(
    text: str, start: int, end: int, breaks: re.Pattern[str], keep_digit_commas: bool = False
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after each break character (a comma between
    two digits is no break when ``keep_digit_commas``: 1,000).

    >>> split_spans("a，b1,0c", 0, 7, P.CLAUSE_BREAKS, keep_digit_commas=True)
    [(0, 2), (2, 7)]
    """
    return spans_between(breaks_in(text, start, end, breaks, keep_digit_commas), start, end)
