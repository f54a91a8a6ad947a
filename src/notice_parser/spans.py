"""The one span convention, and a whitespace-free view of a stretch of text.

Spans are half-open ``[start, end)`` in code points into the document's
``text``; ``text[start:end] == raw`` always holds for an item born through
:func:`located`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .compiled import re_compile

#: the whitespace of the whole package: what :func:`squeeze` removes and :func:`strip_span` strips
WHITESPACE = frozenset(" \t\n\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff")
#: the same characters as one string (for ``str.strip``, or a character class: none is special in one)
WHITESPACE_CHARS = "".join(sorted(WHITESPACE))
#: one character that is no whitespace, as a piece of a pattern
NON_WHITESPACE = "[^" + WHITESPACE_CHARS + "]"
#: a run of characters that are no whitespace: ``"".join(NON_WHITESPACE_RUN.findall(s))`` is ``squeeze(s)``
NON_WHITESPACE_RUN = re_compile(NON_WHITESPACE + "+")
#: A line's indent: the space, the tab and the ideographic space (U+3000, a Chinese paragraph's indent), in
#: the three sets the rules were written with, each named here with what it adds. No reason for the
#: differences was written down (the sets were written at different times), but they are not the same set:
#: made one, the rules would read some texts otherwise (a clause label after an en-space indent,
#: "\u2002\u2002牵头单位：市住建局", gives no measure now; with WIDE_INDENT_CHARS it would), so they stay three
#: until a change of output is wanted:
#: the blanks between a marker or a 【label】 and its text on the line (a clause's bracket label, header's next
#: numbered item, the blanks kept off a heading's marker)
INLINE_BLANKS = " \t\u3000"
#: a line's indent as the clause rule and the box words read it: also the no-break space (U+00A0, HTML's &nbsp;)
INDENT_CHARS = INLINE_BLANKS + "\u00a0"
#: a line's indent as segmentation reads it (a heading's start, a line's start, the runs a flattening kept): also
#: the en and em spaces (U+2002, U+2003: RTF's \enspace and \emspace)
WIDE_INDENT_CHARS = INDENT_CHARS + "\u2002\u2003"
# whitespace is removed with one C-level ``sub`` (``str.translate`` with a dict
# looks the table up per character: 7x slower on a whole notice)
_WHITESPACE_RUN = re_compile("[" + WHITESPACE_CHARS + "]+")


def located(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """Return ``(raw, span)`` for ``text[start:end]``.

    >>> located("市环保局负责", 0, 4)
    ('市环保局', (0, 4))
    """
    return text[start:end], (start, end)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace.

    >>> strip_span(" 市 环保局\\n", 0, 7)
    (1, 6)
    """
    while start < end and text[start] in WHITESPACE:
        start += 1
    while end > start and text[end - 1] in WHITESPACE:
        end -= 1
    return start, end


def squeeze(s: str) -> str:
    """Remove all whitespace (names and headings are compared this way).

    >>> squeeze("市 \\n环保局")
    '市环保局'
    """
    return _WHITESPACE_RUN.sub("", s)


@dataclass(frozen=True)
class CompactView:
    """``text[start:end]`` with whitespace removed, and a map back.

    ``compact[i]`` is ``text[offsets[i]]``. Use :meth:`to_span` to turn a
    ``[i, j)`` range of the compact string into a span of the original text.

    >>> v = CompactView.of("市 \\n环保局。", 0, 7)
    >>> v.compact
    '市环保局。'
    >>> v.to_span(0, 4)
    (0, 6)
    """

    compact: str
    offsets: Sequence[int]  # a range when the stretch holds no whitespace (no offset is made)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> CompactView:
        piece = text[start:end]
        compact = _WHITESPACE_RUN.sub("", piece)
        if len(compact) == len(piece):
            return cls(compact, range(start, end))
        offs: list[int] = []
        for m in NON_WHITESPACE_RUN.finditer(text, start, end):  # runs, not characters
            offs.extend(range(m.start(), m.end()))
        return cls(compact, tuple(offs))

    def to_span(self, i: int, j: int) -> tuple[int, int]:
        if j <= i:
            pos = self.offsets[i] if i < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return pos, pos
        return self.offsets[i], self.offsets[j - 1] + 1


class SpanCover:
    """Spans (possibly overlapping) asked whether one overlaps ``[a, b)`` or
    holds an offset, each by a bisection over their starts and a running
    maximum of their ends (linear to build, logarithmic to ask).

    >>> cover = SpanCover([(10, 20), (0, 5), (12, 14)])
    >>> cover.overlaps(5, 10), cover.overlaps(19, 30), cover.holds(4), cover.holds(5), cover.holds(15)
    (False, True, True, False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self._reach.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._starts, b)  # the spans that start before b
        return k > 0 and self._reach[k - 1] > a

    def holds(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos)  # the spans that start at or before pos
        return k > 0 and self._reach[k - 1] > pos
