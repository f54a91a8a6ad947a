"""Lines of the text, each with its span and what kind of line it is:
page boilerplate, a footer or attachment line that closes the body, a date
line, a document title line.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..compiled import re_compile, regex_compile
from ..lexicon import RE_SPACE_CHARS, alternation
from ..lexicon.document import (
    ABOUT_WORD,
    ADDRESSED_GENRES,
    ANNEX_WORD,
    ATTACHMENT_WORD,
    BOILERPLATE_CONTAINS,
    BOILERPLATE_PREFIXES,
    CHROME_PATTERNS,
    CONTENTS_WORDS,
    DATE_END,
    DOC_NUMBER_CLOSES,
    DOC_NUMBER_END,
    FOOTER_PREFIXES,
    FOOTER_SUFFIXES,
    FRONT_MATTER,
    KV_DATE_FIELDS,
    KV_ISSUER_FIELDS,
    KV_NUMBER_FIELDS,
    KV_OTHER_FIELDS,
    KV_RULE,
    KV_TITLE_FIELDS,
    NUMBERED_GENRES,
    PLAN_GENRES,
    TITLE_GENRES,
)
from ..lexicon.markers import CN_ONE_TO_TEN, PART_WORD
from ..model import WarningCode
from ..spans import NON_WHITESPACE, WIDE_INDENT_CHARS, squeeze, strip_span

_CN_DIGIT = "〇零○Ｏ一二三四五六七八九十"
DATE = regex_compile(
    rf"""
    (?P<y>(?:19|20|１９|２０)\d{{2}}|[{_CN_DIGIT}]{{4}})\s*年\s*   # year: 2017, ２０１７ or 二〇一七
    (?P<m>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*月\s*        # month
    (?P<d>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*{DATE_END}          # day
    """,
    regex.VERBOSE,
)
_TITLE_END = re_compile(  # (asked of most lines: run by re, see notice_parser.lexicon)
    r"(?:" + alternation(TITLE_GENRES) + r")"
    r"(?:[（(][^（）()]{1,20}[）)])?$"
)
#: (the line kinds asked of every line are plain patterns, run by ``re``: see :mod:`notice_parser.lexicon`)
_MARKER_START = re_compile(
    f"^(?:[{CN_ONE_TO_TEN}]+[、．.]|[（(][{CN_ONE_TO_TEN}0-9]+[）)]|[0-9]+[.．、﹒]|第(?:[{CN_ONE_TO_TEN}]+|[0-9０-９]{{1,3}})(?:[章条节]|"
    + PART_WORD
    + "))"
)


class _Compact:
    """``Line.compact``: squeezed on first access and stored on the line, whose
    own attribute then answers every later read. (``functools.cached_property``
    takes a lock on every first access in Python 3.11: on a text of many short
    lines, reading each line's compact form once cost as much as squeezing it.)"""

    def __get__(self, line: Line, owner: type | None = None) -> str:
        c = squeeze(line.text)
        line.__dict__["compact"] = c
        return c


#: a line's text between its first and last non-whitespace character (whitespace as
#: :func:`~notice_parser.spans.strip_span` strips it): one match per non-empty line
_STRIPPED_LINE = re_compile(f"{NON_WHITESPACE}(?:[^\\n]*{NON_WHITESPACE})?")


@dataclass(frozen=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str  # the stripped line as written
    virtual: bool = False  # cut from a line that lost its line breaks

    def __init__(self, start: int, end: int, text: str, virtual: bool = False) -> None:
        # the fields written straight into the instance: the generated __init__ of a frozen
        # dataclass calls object.__setattr__ per field (a line is made for every line of the text)
        d = self.__dict__
        d["start"], d["end"], d["text"], d["virtual"] = start, end, text, virtual

    #: the text without whitespace, computed once: rules read it many times per line
    compact = _Compact()


_PRIVATE_USE = re_compile(r"[\ue000-\uf8ff]")


def private_use(text: str) -> tuple[WarningCode, str, tuple[int, int]] | None:
    """A warning (code, message, span of the first) for private-use
    characters in ``text``: a symbol-font glyph lost in extraction."""
    first = _PRIVATE_USE.search(text)
    if not first:
        return None
    count = len(_PRIVATE_USE.findall(text))
    return (
        WarningCode.PRIVATE_USE_CHARACTER,
        f"{count} private-use character(s) (a symbol-font glyph lost in extraction), first U+{ord(first.group()):04X}",
        (first.start(), first.end()),
    )


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their spans, stripped of surrounding whitespace."""
    return [Line(m.start(), m.end(), m.group()) for m in _STRIPPED_LINE.finditer(text)]


_FRONT_MATTER = re_compile(FRONT_MATTER)


_CHROME = regex_compile("|".join(f"(?:{p})" for p in CHROME_PATTERNS), regex.IGNORECASE)


@cache  # compiled on first use (2.7 ms): only a text without line breaks needs it
def _chrome_run() -> regex.Pattern[str]:
    return regex_compile(r"(?<![\p{Han}A-Za-z0-9])(?:" + _CHROME.pattern + r")", regex.IGNORECASE)


def _chrome_first_characters() -> frozenset[str]:
    """The characters a chrome match can start with: of the characters the patterns spell (in either
    case: they ignore case), those that begin some text the pattern matches (a partial match).
    No pattern starts with a class or an escape, so no other character can (tests/test_line_gates.py
    compares the set with the partial match on every code point). 0.2 ms, once."""
    spelled = set("".join(CHROME_PATTERNS))
    either_case = {v for c in spelled for v in (c, c.lower(), c.upper(), c.casefold()) if len(v) == 1}
    return frozenset(c for c in either_case if _CHROME.match(c, partial=True))


_CHROME_FIRST = _chrome_first_characters()


def is_chrome(s: str) -> bool:
    """Whether ``s`` is nothing but site chrome (breadcrumb, page stamp,
    share buttons, source and download lines).

    >>> is_chrome("时间：2023-10-28 08:53 微信 微博 QQ空间")
    True
    >>> is_chrome("时间：2023年9月-10月")
    False
    """
    first = s[:1]
    if first not in _CHROME_FIRST and not first.isspace():
        return False  # (most lines: one look-up, not a strip and a match of every chrome pattern)
    pos, s = 0, s.strip()
    if not s or s[0] not in _CHROME_FIRST:
        return False
    while pos < len(s):
        m = _CHROME.match(s, pos)
        if not m or m.end() == pos:
            return False
        pos = m.end()
        while pos < len(s) and s[pos] in WIDE_INDENT_CHARS:
            pos += 1
    return True


#: any of the words that make a line page chrome, wherever it stands (one search, not one per word)
_BOILERPLATE_WORD = re_compile("|".join(map(re.escape, BOILERPLATE_CONTAINS)))


#: what a sentence of the body holds and a line of page chrome (关注公众号, 扫描二维码) does not
_BODY_PUNCTUATION = re_compile("[。；;]")


def _first_characters(prefixes: tuple[str, ...]) -> frozenset[str]:
    """The first characters of ``prefixes``: a line whose first character is none of them starts with
    none of them (one set look-up, not a test of every prefix)."""
    assert all(prefixes), "an empty prefix starts every line"
    return frozenset(p[0] for p in prefixes)


_BOILERPLATE_FIRST = _first_characters(BOILERPLATE_PREFIXES)
_FOOTER_FIRST = _first_characters(FOOTER_PREFIXES)


def is_boilerplate(line: Line) -> bool:
    c = line.compact
    return (
        (c[:1] in _BOILERPLATE_FIRST and c.startswith(BOILERPLATE_PREFIXES))
        # a numbered item that mentions 公众号 is a task, not page chrome; so is a sentence of the body
        # (a 整改措施 line: "…张贴12315投诉举报二维码；3.利用…", ended by 。 or split by ；)
        or (_BOILERPLATE_WORD.search(c) is not None and not is_marker_line(line) and not _BODY_PUNCTUATION.search(c))
        or _FRONT_MATTER.match(c) is not None
        or is_chrome(line.text)
    )


def is_footer(line: Line) -> bool:
    c = line.compact
    if c[:1] in _FOOTER_FIRST and c.startswith(FOOTER_PREFIXES):
        return True
    return c.endswith(FOOTER_SUFFIXES) and DATE.search(c) is not None and len(c) < 60


_ATTACHMENT_HEAD = re_compile(
    ATTACHMENT_WORD
    + rf"(?:$|[：:]|[0-9１-９]{{1,2}}(?![0-9０-９]|年)|[{CN_ONE_TO_TEN}]{{1,2}}(?![0-9〇○零{CN_ONE_TO_TEN}]*年))"
)


def is_attachment_header(line: Line) -> bool:
    """附件, 附件：…, 附件2 — but not 附件2016年… (a year, not a number)."""
    return _ATTACHMENT_HEAD.match(line.compact) is not None


def is_date_line(line: Line) -> bool:
    """A line that is only a date (a signature date), maybe in brackets."""
    if DATE_END not in line.compact:
        return False  # (most lines) no day character: DATE cannot match
    c = line.compact.strip("（）()")
    m = DATE.fullmatch(c)
    return m is not None


def is_marker_line(line: Line) -> bool:
    return _MARKER_START.match(line.compact) is not None


_SENTENCE_PUNCTUATION = re_compile("[。；;！？]")


def looks_like_title(line: Line) -> bool:
    """A short line without sentence punctuation that ends like a title."""
    c = line.compact
    # (sentence punctuation first: most lines of a body hold some)
    if len(c) < 4 or len(c) > 90 or _SENTENCE_PUNCTUATION.search(c) or is_marker_line(line):
        return False
    return _TITLE_END.search(c) is not None


def ends_like_title(s: str) -> bool:
    return _TITLE_END.search(squeeze(s)) is not None


#: what stands at a cut before a signature date (its rule adds what may not follow the date)
_DATE_AT_CUT = (
    r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}|[一二][〇○零Ｏ一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3})" + DATE_END
)  # (2025年6月16日, or in Chinese numerals as a signature writes it: 二〇二五年六月十六日)
#: what a signature date never follows (and, _RANGE_AFTER, never precedes): a range's or a preposition's word
#: (即日起至2025年12月31日, 自2025年3月1日, 于2025年4月15日召开, 截止2025年6月30日, 执行期为2024年1月1日—2025年
#: 12月31日): a date in a sentence, not a line of its own
_NOT_SIGNED_AFTER = r"[至到于自从在止为～~—―–\-－]"
_RANGE_AFTER = "至到～~—―–\\-－"
#: where a text that lost its line breaks is cut into virtual lines for the
#: header: after a sentence, after the 主送 colon (not after 附件：), around a
#: document number, around a date and after a print footer. Each rule is a
#: zero-width pattern, what one of its cuts needs, and whether that stands right
#: before the cut (then: one of the characters given) or at it (then: a pattern that
#: matches at every cut of the rule): a rule is only tried where that stands, not at
#: every position of the text.
_VIRTUAL_CUT_RULES: tuple[tuple[str, str, bool], ...] = (
    (r"(?<=。)", "。", True),  # after a sentence
    # after the recipients' colon (not after the annex word's)
    (r"(?<=[：:])(?<!" + ANNEX_WORD + r"\s*[：:])", "：:", True),
    # after a document number
    (
        r"(?<="
        + DOC_NUMBER_END
        + r")(?=[^\s，,。）)])(?<=["
        + DOC_NUMBER_CLOSES
        + r"]\s*\d{1,5}\s*"
        + DOC_NUMBER_END
        + ")",
        DOC_NUMBER_END,
        True,
    ),
    # a title running into its document number
    (
        r"(?<=(?:"
        + alternation(NUMBERED_GENRES)
        + r"))(?![的之和及])(?=[\p{Han}A-Za-z]{1,8}[〔\[［【﹝〖]\s*(?:19|20)\d{2})",
        "".join(w[-1] for w in NUMBERED_GENRES),
        True,
    ),
    # before a signature date
    (
        r"(?<!" + _NOT_SIGNED_AFTER + r")(?=" + _DATE_AT_CUT + r"(?!\s*[，,起前" + _RANGE_AFTER + "]))",
        _DATE_AT_CUT,
        False,
    ),
    (  # after it
        r"(?<="
        + _DATE_AT_CUT
        + r")(?<!"
        + _NOT_SIGNED_AFTER
        + _DATE_AT_CUT
        + r")(?=\s*[^\s，,。；;前起以印"
        + _RANGE_AFTER
        + "])",
        DATE_END,
        True,
    ),
    # after a print footer
    (
        r"(?<=[\d一二三四五六七八九十]" + DATE_END + "(?:" + alternation(FOOTER_SUFFIXES) + r"))",
        "".join(w[-1] for w in FOOTER_SUFFIXES),
        True,
    ),
    # a title running into its recipients' line
    (
        r"(?<=的(?:" + alternation(ADDRESSED_GENRES) + r"))(?![》」”\"）)，,。的])(?=[^。：:》]{2,200}[：:])",
        "".join(w[-1] for w in ADDRESSED_GENRES),
        True,
    ),
    # the annex list (附件：《X》) running into the signature
    (r"(?<=" + ANNEX_WORD + r"\s*[：:]?\s*《[^《》]{1,80}》)(?=[^\s，,、；;])", "》", True),
    # the annex list (附件：X) running into the annex itself, which repeats its title (附件：X附件X序号…,
    # 附件：X附件1 X): cut before the annex's own 附件 (a 附件 in a sentence repeats no title: 详见附件2)
    (
        r"(?<=" + ANNEX_WORD + r"\s*[：:]\s*(?P<annex>[^\s，,。；;：:]{4,80}))"
        r"(?=" + ANNEX_WORD + r"\s*[0-9０-９]{0,2}\s*[：:]?\s*(?P=annex))",
        ANNEX_WORD,
        False,
    ),
    # an enclosed plan's title running into its first heading
    (
        r"(?<=(?:" + alternation(PLAN_GENRES) + rf"))(?=[{CN_ONE_TO_TEN}]{{1,3}}、)",
        "".join(w[-1] for w in PLAN_GENRES),
        True,
    ),
)


@cache  # compiled on first use: only a text without line breaks needs them
def _virtual_cut() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The cut rules as one pattern, the characters they need before a cut, and what they need at one
    (a zero-width pattern: a position where a character could start a date matched position by
    position cost a call of the whole pattern per digit 1 or 2 — 2020年 x20000: 40000 calls)."""
    cut = regex_compile("|".join(rule for rule, _, _ in _VIRTUAL_CUT_RULES))
    before = "".join(sorted({c for _, chars, is_before in _VIRTUAL_CUT_RULES if is_before for c in chars}))
    at = "|".join(f"(?:{gate})" for _, gate, is_before in _VIRTUAL_CUT_RULES if not is_before)
    return cut, regex_compile("[" + regex.escape(before) + "]"), regex_compile(f"(?=(?:{at}))")


def virtual_cuts(text: str, start: int, end: int) -> set[int]:
    """The places in ``[start, end]`` where a cut rule matches: what the rules' pattern
    finds position by position, found by trying it only where what a rule needs
    stands (a character before the place, or a pattern at it)."""
    cut, before, at = _virtual_cut()
    places = {m.end() for m in before.finditer(text, max(0, start - 1), end)}
    places.update(m.start() for m in at.finditer(text, start, end))
    return {q for q in places if start <= q <= end and cut.match(text, q, end)}


_LAST_CRUMB = regex_compile(r"[>＞»›/]\s*(?P<title>[^\s>＞»›/]+)$")
#: the fewest characters of a breadcrumb's last crumb that is a document's title (not a channel: 通知公告)
_CRUMB_TITLE_MIN = 8


def crumb_title(text: str) -> str | None:
    """The document title a breadcrumb line ends with (当前位置：首页 > 政务公开 > X关于…的通知), or None.

    >>> crumb_title("当前位置：首页 > 政务公开 > 某市人民政府关于印发某方案的通知")
    '某市人民政府关于印发某方案的通知'
    >>> crumb_title("当前位置：首页 > 政务公开 > 通知公告") is None
    True
    """
    if not is_chrome(text):
        return None
    m = _LAST_CRUMB.search(text.rstrip())
    if m is None or len(m["title"]) < _CRUMB_TITLE_MIN or not ends_like_title(m["title"]):
        return None
    return m["title"]


#: whitespace between two characters of a collapsed line: a paragraph break
#: the flattening kept (a space or an ideographic-space indent)
_WS_RUN = regex_compile(r"(?<=\S)[" + WIDE_INDENT_CHARS + r"]+(?=\S)")


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int, *, strict: bool) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping;
    ``starts`` their starts): ``a < pos < b`` if ``strict``, else ``a <= pos < b``."""
    i = (bisect.bisect_left(starts, pos) if strict else bisect.bisect_right(starts, pos)) - 1
    return i >= 0 and pos < spans[i][1]


def _titled_crumb(crumb: str) -> bool:
    """Whether a breadcrumb's last crumb is a document's title, not a channel's name that ends like one
    (通知公告, 政府公告): it ends like a title and is long or says 关于."""
    return (len(crumb) >= _CRUMB_TITLE_MIN or ABOUT_WORD in crumb) and ends_like_title(crumb)


#: what a bare breadcrumb (no 当前位置： before it) starts with, and what ends a sentence of the body above it
_HOME_CRUMBS = ("网站首页", "首页", "主页")
_SENTENCE_END = re_compile("[。；;！？]")


def split_virtual_lines(text: str, start: int, end: int) -> list[Line]:
    """Lines for a stretch of text that has no line breaks: cut at the
    places above, around site chrome (which becomes a line of its own) and
    at whitespace outside chrome."""
    cuts = virtual_cuts(text, start, end)
    chrome = []
    for m in _chrome_run().finditer(text, start, end):
        a, b = m.start(), m.end()
        if text.startswith(_HOME_CRUMBS, a) and _SENTENCE_END.search(text, start, a):
            continue  # a bare breadcrumb stands in the page's chrome, before the title: not after a body's sentence
        crumb = _LAST_CRUMB.search(text, a, b)
        if crumb and _titled_crumb(crumb["title"]):
            # 首页 > 通知公告 > X局关于…的通知: the last crumb is the title (a channel, 通知公告, is a crumb)
            b = crumb.start("title")
        if b > a:
            chrome.append((a, b))
    for a, b in chrome:
        cuts.update((a, b))
    # the stretches are in text order and do not overlap: the one that could
    # hold a position is the last one starting before it (a bisection, not a
    # scan of every stretch for every cut)
    starts = [a for a, _ in chrome]
    cuts = {c for c in cuts if not _inside(chrome, starts, c, strict=True)}
    for m in _WS_RUN.finditer(text, start, end):
        if not _inside(chrome, starts, m.start(), strict=False):
            cuts.add(m.start())
    bounds = [start, *sorted(c for c in cuts if start < c < end), end]
    lines = []
    for x, y in itertools.pairwise(bounds):
        a, b = strip_span(text, x, y)
        if a < b:
            lines.append(Line(a, b, text[a:b], virtual=True))
    return lines


_LEADERS = regex_compile(r"[.．…·・\-—―_ \u3000]{2,}\s*\d*$|\s+\d+$")


_LEADER_CHARS = frozenset(".．…·・-—―_ \u3000")
_ONE_SPACE = regex_compile(r"\s")
_ONE_DIGIT = regex_compile(r"\d")


def strip_leaders(s: str) -> str:
    """``s`` without its trailing leader dots and page number: what
    ``_LEADERS.sub("", s)`` gives, found from the right in one pass (the
    pattern tried at every start backtracks: "." x 25000 + "x" took 20 s).

    >>> strip_leaders("一、总体要求……………3"), strip_leaders("第一章 总则 12"), strip_leaders("." * 9 + "x")
    ('一、总体要求', '第一章 总则', '.........x')
    """
    if s.endswith("\n"):
        return _LEADERS.sub("", s)
    q = len(s)
    while q > 0 and _ONE_DIGIT.match(s[q - 1]):
        q -= 1  # the page number: every trailing digit (leaders and spaces hold none)
    w = q
    while w > 0 and _ONE_SPACE.match(s[w - 1]):
        w -= 1  # the spaces before it
    best = w if (q < len(s) and w < q) else None  # \s+\d+$
    # [leaders]{2,}\s*\d*$: leaders s[p:j], spaces s[j:q], j in [w, q]; the
    # leftmost p is the start of the leader run ending at the first j that works
    p = w
    while p > 0 and s[p - 1] in _LEADER_CHARS:
        p -= 1
    for j in range(w, q + 1):
        if j > w and s[j - 1] not in _LEADER_CHARS:
            p = j
        if j - p >= 2:
            best = p if best is None else min(best, p)
            break
    return s if best is None else s[:best]


def contents_span(lines: list[Line]) -> tuple[int, int] | None:
    """The span of a table of contents (目录 ⏎ entries ⏎ … up to where the
    first entry is written again as a heading), or None."""
    for i, ln in enumerate(lines):
        if ln.compact not in CONTENTS_WORDS:
            continue
        if i + 1 >= len(lines):
            return None
        first = strip_leaders(lines[i + 1].compact)
        for later in lines[i + 2 :]:
            if later.compact == first:
                return ln.start, later.start
        return None
    return None


# --- a crawler's or exporter's key-value header ---------------------------

# the value ends at its last non-blank (greedy, not a lazy .*? that tries [ \t]*$ after every blank: quadratic)
#: (a label may be padded to the column's width: 标　　题：, 索 引 号：, 索&nbsp;引&nbsp;号：)
#: (an English key may be longer, words apart by one space or a hyphen: Published Time, doc-number, publishDate)
_KV_LINE = regex_compile(
    r"^[ \t]*(?P<key>[\p{Han}A-Za-z_](?:[ \u3000\u00a0]{0,4}[\p{Han}A-Za-z_]){0,9}|[A-Za-z_]+(?:[ -][A-Za-z_]+){0,3})"
    r"[ \t\u3000\u00a0]*[:：]"
    r"[ \t]*(?P<value>(?:.*[^ \t])?)[ \t]*$"
)
_KEY_PADDING = re_compile(r"[ \u3000\u00a0]")


def _known_key(m: regex.Match[str] | None) -> str | None:
    """The field name of a key-value line's match as the lexicon writes it (padding dropped), if the
    lexicon knows it."""
    if m is None:
        return None
    key = _KEY_PADDING.sub("", m["key"])
    return key if key in _KV_KNOWN or key.lower() in _KV_KNOWN else None


_KV_RULE = re_compile(KV_RULE)  # (re: anchored, no regex-only feature)
_YAML_FENCE = re_compile(r"^---[ \t]*$")
_KV_KNOWN = {
    **{k: "title" for k in KV_TITLE_FIELDS},
    **{k: "date" for k in KV_DATE_FIELDS},
    **{k: "doc_number" for k in KV_NUMBER_FIELDS},
    **{k: "issuer" for k in KV_ISSUER_FIELDS},
    **{k: None for k in KV_OTHER_FIELDS},
}


@dataclass
class FrontMatter:
    """The key-value header above the body: where it ends, and its fields
    (field name as written → (value, span of the value))."""

    end: int
    fields: dict[str, tuple[str, tuple[int, int]]]

    def first(self, kind: str) -> tuple[str, tuple[int, int]] | None:
        """The value of the most trusted non-empty field of ``kind`` (title,
        date, doc_number, issuer)."""
        order = {"title": KV_TITLE_FIELDS, "date": KV_DATE_FIELDS, "doc_number": KV_NUMBER_FIELDS}
        order["issuer"] = KV_ISSUER_FIELDS
        for key in order[kind]:
            for written, (value, span) in self.fields.items():
                if written.lower() == key.lower() and value:
                    return value, span
        return None


@cache  # compiled on first use: only a text that opens with a key-value line needs it
def _next_kv_cell() -> regex.Pattern[str]:
    """A tab or a run of two blanks before a known field name and its colon: the next cell of a
    metadata table written as text (发文机关：国务院⇥成文日期：2018年11月16日)."""
    keys = "|".join(regex.escape(k) for k in sorted(_KV_KNOWN, key=len, reverse=True))
    # the whole run of blanks, taken once (possessive, and never from inside a run): linear in its length
    return regex_compile(r"(?<![ \t\u3000])(?:\t|[ \t\u3000]{2,}+)(?=(?:" + keys + r")[ \t]*[:：])", regex.IGNORECASE)


def _kv_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a key-value line, each with its offset in the line: one, or one per field name
    a tab (or two spaces) puts after the first (a value's own spaces stay in it)."""
    cells, start = [], 0
    for m in _next_kv_cell().finditer(line):
        cells.append((start, line[start : m.start()]))
        start = m.end()
    cells.append((start, line[start:]))
    return cells


def _bare_key(cell: str) -> str | None:
    """``cell`` as a known field name written alone (索 引 号, 文　　号：), padding and colon dropped."""
    key = _KEY_PADDING.sub("", cell.strip()).rstrip("：:")
    return key if key and (key in _KV_KNOWN or key.lower() in _KV_KNOWN) else None


def _label_row(line: str) -> list[tuple[str, int, int]] | None:
    """The fields of a row of a metadata table exported as text, label and value in cells apart by
    tabs (索引号⇥X⇥主题分类⇥Y: a portal page's table in a Markdown or text export): (field name, start
    and end of its value in ``line``), or None when the row's odd cells are not all known names."""
    if "\t" not in line:
        return None
    cells, at = [], 0
    for cell in line.split("\t"):
        a = at + len(cell) - len(cell.lstrip())
        cells.append((cell, a, a + len(cell.strip())))
        at += len(cell) + 1
    while cells and not cells[-1][0].strip():
        cells.pop()
    if len(cells) < 2 or len(cells) % 2:
        return None
    out = []
    for n in range(0, len(cells), 2):
        key = _bare_key(cells[n][0])
        if key is None:
            return None
        out.append((key, cells[n + 1][1], cells[n + 1][2]))
    return out


def front_matter(text: str) -> FrontMatter | None:
    """The key-value header of a crawled page or an export: YAML front matter
    between ``---`` lines, or ``key: value`` lines at the top (``标题: …``,
    ``发布时间: …``), closed by a rule (``==== 正文 ====``) or by the first
    line that is not a field. At least two field names must be known ones,
    so a notice that opens with ``主送：`` or ``各区县人民政府：`` is not one.

    >>> fm = front_matter("标题: 关于X的通知\\n发布时间: 2023-10-28 08:53\\n文号: \\n==== 正文 ====\\n正文")
    >>> fm.first("title")[0], fm.first("date")[0], fm.first("doc_number")
    ('关于X的通知', '2023-10-28 08:53', None)
    """
    lines = split_lines(text[:8000])
    if not lines:
        return None
    fields: dict[str, tuple[str, tuple[int, int]]] = {}
    known = 0
    end = None
    yaml = _YAML_FENCE.match(lines[0].text) is not None
    fenced, keyed = False, 0  # (a closing fence; fields of names the lexicon does not know)
    body = lines[1:] if yaml else lines
    for k, ln in enumerate(body[:40]):
        if yaml and _YAML_FENCE.match(ln.text):
            end, fenced = ln.end, True
            break
        if not yaml and _KV_RULE.match(ln.text) and known >= 2:
            end = ln.end
            break
        row = _label_row(ln.text)
        if row:
            for name, a, b in row:
                known += 1
                fields.setdefault(name, (ln.text[a:b], (ln.start + a, ln.start + b)))
            end = ln.end
            continue
        m = _KV_LINE.match(ln.text)
        if _known_key(m):
            for offset, cell in _kv_cells(ln.text):
                m = _KV_LINE.match(cell)
                if key := _known_key(m):
                    assert m is not None
                    known += 1
                    value = m["value"]
                    vs = ln.start + offset + m.start("value")
                    fields.setdefault(key, (value, (vs, vs + len(value))))
            end = ln.end
            continue
        if m and (yaml or fields) and (yaml or m["value"] or m["key"].isascii()):
            keyed += 1
            end = ln.end  # a field this lexicon does not know (not a bare Chinese label: the 主送 line, 各中小学校：)
            continue
        if yaml or (known >= 2 and k + 1 < len(body) and _KV_RULE.match(body[k + 1].text)):
            end = ln.end  # a note line right above the rule ("页面链接与图片详见 links.tsv")
            continue
        break
    if end is None or (known < 2 and not (fenced and known + keyed)):
        return None  # (YAML closed by its fence is front matter whatever its keys: description:, sidebar_position:)
    return FrontMatter(end, fields)


def page_fields(page: Sequence[tuple[str, str | None]]) -> FrontMatter | None:
    """The key-value fields of a page's own lines outside the text (an HTML
    page's 信息公开 table: a cell 文号：, its value in the next cell, or
    文号：X in one; a line whose spans ran together, 发文字号：X发布时间：Y来源：Z),
    as a :class:`FrontMatter` whose spans are empty (the values lie outside the
    text). A field counts where it stands among other fields (a table of the page's
    own metadata): one with no other field near it, or with its own name again
    near it, is an item of a list of other documents (a 相关文件 sidebar: 文号：A ⏎
    文号：B). At least two distinct field names must be known ones, as for a
    key-value header.

    >>> fm = page_fields([("索引号：", None), ("X/2025-00317", None), ("文号：", None), ("德政办发〔2025〕9号", None)])
    >>> fm.first("doc_number")[0]
    '德政办发〔2025〕9号'
    >>> page_fields([("文号：某政办发〔2024〕31号", None), ("文号：某政发〔2024〕5号", None)]) is None
    True
    """
    cells: list[str] = []
    for line, _ in page:
        cells.extend(_glued_fields(line))
    found: list[tuple[int, str, str]] = []  # (cell, key, value)
    for i, cell in enumerate(cells):
        key = _known_key(_KV_LINE.match(cell))
        if key is None:
            # a label cell with no colon (<td>文号</td><td>X</td>): a known name, its value in the next cell
            key = _bare_key(cell)
            if key is None or i + 1 >= len(cells) or _bare_key(cells[i + 1]) or _KV_LINE.match(cells[i + 1]):
                continue
            found.append((i, key, cells[i + 1]))
            continue
        value = _KV_LINE.match(cell)["value"]  # type: ignore[index]
        if not value and i + 1 < len(cells) and not _KV_LINE.match(cells[i + 1]):
            value = cells[i + 1]  # the value in the next cell
        found.append((i, key, value))
    best: dict[str, tuple[int, str]] = {}  # key → (fields around it, value)
    for n, (_, key, value) in enumerate(found):
        around = _fields_around(found, n, 1) | _fields_around(found, n, -1)
        # (one field beside it and its own name again near: a record of a list, 文号：A 日期：X 文号：B …)
        again = _again_near(found, n)
        if len(around) >= (2 if again else 1) and len(around) > best.get(key, (0, ""))[0]:
            best[key] = (len(around), value)
    fields = {key: (value, (0, 0)) for key, (_, value) in best.items()}
    return FrontMatter(0, fields) if len(fields) >= 2 else None


#: how many cells apart two fields of one metadata table may stand (a label and its value are two)
_PAGE_FIELD_REACH = 8


def _again_near(found: list[tuple[int, str, str]], n: int) -> bool:
    """Does field ``n``'s own name come again within the reach? ``found`` is in cell order: only its
    neighbours are looked at (not every field for every field: a page of thousands of fields)."""
    at, key = found[n][0], found[n][1]
    for step in (1, -1):
        k = n + step
        while 0 <= k < len(found) and abs(found[k][0] - at) <= _PAGE_FIELD_REACH:
            if found[k][1] == key and found[k][0] != at:
                return True
            k += step
    return False


def _fields_around(found: list[tuple[int, str, str]], n: int, step: int) -> set[str]:
    """The other field names next to field ``n`` of ``found`` on one side (``step`` 1: after it, -1:
    before it), up to the reach or to where its own name comes again (the next record of a list)."""
    at, key = found[n][0], found[n][1]
    out: set[str] = set()
    k = n + step
    while 0 <= k < len(found) and abs(found[k][0] - at) <= _PAGE_FIELD_REACH and found[k][1] != key:
        out.add(found[k][1])
        k += step
    return out


@cache  # compiled on first use: only a page with lines around its text needs it
def _field_start() -> regex.Pattern[str]:
    """A known field name and its colon, anywhere in a line."""
    keys = "|".join(regex.escape(k) for k in sorted(_KV_KNOWN, key=len, reverse=True))
    return regex_compile(r"(?:" + keys + r")[ \t]*[:：]", regex.IGNORECASE)


def _glued_fields(line: str) -> list[str]:
    """A page line cut before each known field name after the first, when it holds two or more
    (spans that ran together: 发文字号：X发布时间：Y); any other line whole."""
    if "：" not in line and ":" not in line:
        return [line]
    starts = [m.start() for m in _field_start().finditer(line)]
    if len(starts) < 2:
        return [line]
    cuts = [0, *(a for a in starts if a > 0), len(line)]
    return [line[a:b] for a, b in itertools.pairwise(cuts) if line[a:b]]


# --- lines that lost their line breaks -----------------------------------

#: a line at least this long has lost its line breaks (real paragraphs stay
#: well under it); section markers are looked for anywhere in it
COLLAPSED_LINE_LENGTH = 1000
#: (run by re, regex's \s spelled for it: a character class first, searched in every long line)
_GLUED_HEAD = re_compile(
    r"[。；;：:！？][" + RE_SPACE_CHARS + rf"]*(?:[{CN_ONE_TO_TEN}]{{1,3}}、|[（(][{CN_ONE_TO_TEN}]{{1,3}}[）)])"
)


def is_collapsed(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` holds a body that lost its line
    breaks: a very long line, or one where headings of the two top levels
    follow sentence ends (…制定本方案。一、总体要求（一）…)."""
    if end - start >= COLLAPSED_LINE_LENGTH:
        return True
    return end - start >= 100 and len(_GLUED_HEAD.findall(text, start, end)) >= 2


def layout_lines(text: str, start: int = 0) -> list[Line]:
    """The lines of ``text`` from ``start``, where a line that lost its line
    breaks (:func:`is_collapsed`) is cut into virtual lines; a text of one or
    two lines is cut wherever it is longer than 100 characters."""
    lines = split_lines(text)
    if start > 0:
        lines = [ln for ln in lines if ln.end > start]
    if lines and lines[0].start < start:
        a, b = strip_span(text, start, lines[0].end)
        lines[0] = Line(a, b, text[a:b])
    whole = len(lines) <= 2
    if not any(ln.end - ln.start >= 100 for ln in lines):
        return lines  # no line is long enough to be cut (is_collapsed wants 100 characters or more)
    out: list[Line] = []
    for ln in lines:
        if is_collapsed(text, ln.start, ln.end) or (whole and ln.end - ln.start > 100):
            out.extend(split_virtual_lines(text, ln.start, ln.end))
        else:
            out.append(ln)
    return out
