"""Lines of the text, each with its span and what kind of line it is:
page boilerplate, a footer or attachment line that closes the body, a date
line, a document title line.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cached_property

import regex

from ..lexicon.document import (
    ATTACHMENT_WORD,
    BOILERPLATE_CONTAINS,
    BOILERPLATE_PREFIXES,
    CONTENTS_WORDS,
    FOOTER_PREFIXES,
    FOOTER_SUFFIXES,
    FRONT_MATTER,
    TITLE_GENRES,
)
from ..spans import squeeze, strip_span

_CN_DIGIT = "〇零○Ｏ一二三四五六七八九十"
DATE = regex.compile(
    rf"""
    (?P<y>(?:19|20|１９|２０)\d{{2}}|[{_CN_DIGIT}]{{4}})\s*年\s*   # year: 2017, ２０１７ or 二〇一七
    (?P<m>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*月\s*        # month
    (?P<d>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*日          # day
    """,
    regex.VERBOSE,
)
_TITLE_END = regex.compile(
    r"(?:" + "|".join(sorted(map(regex.escape, TITLE_GENRES), key=len, reverse=True)) + r")"
    r"(?:[（(][^（）()]{1,20}[）)])?$"
)
_MARKER_START = regex.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、﹒]|第[一二三四五六七八九十]+(?:[章条节]|部分))"
)


@dataclass(frozen=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str  # the stripped line as written

    @cached_property
    def compact(self) -> str:  # computed once: rules read it many times per line
        return squeeze(self.text)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their spans, stripped of surrounding whitespace."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = strip_span(text, pos, end)
        if s < e:
            out.append(Line(s, e, text[s:e]))
        if nl < 0:
            break
        pos = nl + 1
    return out


_FRONT_MATTER = regex.compile(FRONT_MATTER)


def is_boilerplate(line: Line) -> bool:
    c = line.compact
    return (
        c.startswith(BOILERPLATE_PREFIXES)
        or any(w in c for w in BOILERPLATE_CONTAINS)
        or _FRONT_MATTER.match(c) is not None
    )


def is_footer(line: Line) -> bool:
    c = line.compact
    if c.startswith(FOOTER_PREFIXES):
        return True
    return c.endswith(FOOTER_SUFFIXES) and DATE.search(c) is not None and len(c) < 60


def is_attachment_header(line: Line) -> bool:
    c = line.compact
    return c.startswith(ATTACHMENT_WORD) and (
        len(c) == len(ATTACHMENT_WORD) or c[len(ATTACHMENT_WORD)] in "：:0123456789１２３４５６７８９一二三四五六七八九"
    )


def is_date_line(line: Line) -> bool:
    """A line that is only a date (a signature date), maybe in brackets."""
    c = line.compact.strip("（）()")
    m = DATE.fullmatch(c)
    return m is not None


def is_marker_line(line: Line) -> bool:
    return _MARKER_START.match(line.compact) is not None


def looks_like_title(line: Line) -> bool:
    """A short line without sentence punctuation that ends like a title."""
    c = line.compact
    if len(c) < 4 or len(c) > 90 or is_marker_line(line):
        return False
    if any(p in c for p in "。；;！？"):
        return False
    return _TITLE_END.search(c) is not None


def ends_like_title(s: str) -> bool:
    return _TITLE_END.search(squeeze(s)) is not None


#: where a text that lost its line breaks is cut into virtual lines for the
#: header: after a sentence, after the 主送 colon, around a document number
#: and around a date
_VIRTUAL_CUT = regex.compile(
    r"""
      (?<=[。：:])                                        # after a sentence or the 主送 colon
    | (?<=号)(?=[^\s，,。）)])(?<=[〕\]］】)）]\s*\d{1,5}\s*号)  # after a document number
    | (?<=(?:通知|意见|方案|决定|办法|规划|计划))(?![的之和及])(?=[\p{Han}A-Za-z]{1,8}[〔\[［【]\s*(?:19|20)\d{2})  # title | 文号
    | (?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?!\s*[，,起前]))     # before a signature date
    | (?<=\d{4}年\d{1,2}月\d{1,2}日)(?=[^\s，,。；;前起以])          # after it
    """,
    regex.VERBOSE,
)


def split_virtual_lines(text: str, start: int, end: int) -> list[Line]:
    """Lines for a stretch of text that has no line breaks."""
    out = []
    pos = start
    for m in _VIRTUAL_CUT.finditer(text, start, end):
        if m.start() > pos:
            out.append(m.start())
            pos = m.start()
    cuts = [start, *out, end]
    lines = []
    for x, y in itertools.pairwise(cuts):
        a, b = strip_span(text, x, y)
        if a < b:
            lines.append(Line(a, b, text[a:b]))
    return lines


_LEADERS = regex.compile(r"[.．…·\-—_ \u3000]{2,}\s*\d*$|\s+\d+$")


def contents_span(lines: list[Line]) -> tuple[int, int] | None:
    """The span of a table of contents (目录 ⏎ entries ⏎ … up to where the
    first entry is written again as a heading), or None."""
    for i, ln in enumerate(lines):
        if ln.compact not in CONTENTS_WORDS:
            continue
        if i + 1 >= len(lines):
            return None
        first = _LEADERS.sub("", lines[i + 1].compact)
        for later in lines[i + 2 :]:
            if later.compact == first:
                return ln.start, later.start
        return None
    return None
