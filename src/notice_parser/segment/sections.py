"""The numbered body as a tree of sections.

Markers (``lexicon.markers``) are found where a reader sees them: at the
start of a line, and, for a heading glued onto the previous sentence, right
after a sentence end. In a text that has lost its line breaks they are
looked for everywhere. A candidate becomes a section only if its number fits
the sequence: the next number under its parent, the next number of a list
that keeps counting across parents, or 1 for a list that starts. This is
what keeps "党委(党组)", "一、二级保护区" and "(2013—2017年度)" out.

Nesting follows the conventional rank of the styles (第一章 → 第一条 → 一、 →
（一） → 1. → （1） → ①): a marker's parent is the nearest open section of a
lower rank, so a document that skips a level still nests right. When the
outermost list starts again at 一、 after it has run (a notice issuing
several documents), a new document part begins and every id gets the part's
order as a prefix.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice as itertools_islice
from itertools import takewhile

import regex

from ..compiled import re_compile, regex_compile
from ..context import Context, Region
from ..lexicon import alternation
from ..lexicon.markers import (
    ARABIC_SEPARATORS,
    BLOCK_LABEL_WORDS,
    BOX_WORDS,
    CIRCLED,
    CLOSE_PARENS,
    CONTINUING_STYLES,
    FLOATING_STYLES,
    HEADING_BRACKETS,
    HEADING_CLOSING_BRACKETS,
    IN_SENTENCE_ITEM_SEPARATORS,
    INLINE_SENTENCE_ENDS,
    LABELLED_ITEM_WORDS,
    LINE_BULLETS,
    MARKER_STYLES,
    NUMERAL_ENDED_WORDS,
    OPEN_PARENS,
    SENTENCE_ENDS,
    SHARED_LABEL_ENDS,
    SUB_POINT_PARENTS,
)
from ..model import Section, WarningCode
from ..numerals import parse_cn_number, to_halfwidth_digits
from ..spans import INDENT_CHARS, INLINE_BLANKS, WHITESPACE, WHITESPACE_CHARS, WIDE_INDENT_CHARS, squeeze
from .layout import is_collapsed

#: every style at once: where it does not match, no style does (most line starts), in one call
#: tried at every line start and after every sentence end: plain patterns, run by ``re`` (see the
#: note in notice_parser.lexicon); where it matches, the group ``s<k>`` that matched
#: names the first style that matches there (the alternatives are tried in the styles' order) and
#: ``n<k>`` holds its number (``re`` refuses a group name twice), as the style's own pattern reads them
_ANY_STYLE = re_compile(
    "|".join(f"(?P<s{k}>{pattern.replace('?P<num>', f'?P<n{k}>')})" for k, (_, pattern, _) in enumerate(MARKER_STYLES))
)
_NUM_GROUP = [_ANY_STYLE.groupindex[f"n{k}"] for k in range(len(MARKER_STYLES))]


@cache  # compiled on first use (1.2 ms): only a marker whose first style gives no number reads them
def _styles() -> list[tuple[str, regex.Pattern[str], float]]:
    """Each style's own pattern, in the styles' order."""
    return [(name, regex_compile(pattern), rank) for name, pattern, rank in MARKER_STYLES]


_MARKER_START = re_compile(
    r"[第〇零一二三四五六七八九十两（(0-9０-９" + CIRCLED + "".join({w[0] for w in LABELLED_ITEM_WORDS}) + "]"
)
#: a box word, which starts a box where only an indent is before it on its line (``_box_starts``; run by
#: re: its branches all start with a plain character, see notice_parser.lexicon)
_BOX_WORD = re_compile(alternation(BOX_WORDS))
#: a sentence end and the indent after it: a heading glued onto the sentence starts there
#: (where a marker character follows: that place is the match's end)
_AFTER_SENTENCE = re_compile(
    "[" + re.escape(SENTENCE_ENDS) + "][" + WIDE_INDENT_CHARS + "]*(?=" + _MARKER_START.pattern + ")"
)
_HAN_DOT = regex_compile(r"\p{Han}[.．](?=\p{Han})")
#: its dots: a heading holding neither is not searched for one
_DOTS = re_compile(r"[.．]")

#: a character every style's marker holds: its 第, its separator (a labelled block's colon), a parenthesis or a
#: circled number
_STYLE_ANCHOR = re_compile(
    "[" + re.escape("第、．.：:" + OPEN_PARENS + CLOSE_PARENS + CIRCLED) + ARABIC_SEPARATORS + "]"
)


@cache  # compiled on first use (1.3 ms): only a line that lost its breaks reads it
def _marker_at() -> re.Pattern[str]:
    """Where a marker of some style starts: on a line that lost its breaks, the places are found
    by one scan, not by a call per numeral (a digit that starts no marker, as in a run of years,
    is passed over in C)."""
    return re_compile(f"(?={_MARKER_START.pattern})(?={_ANY_STYLE.pattern})")


#: how many numbers a list may skip at a line start before a marker is not believed
MAX_GAP = 2
#: the deepest a list restarting one indent further in may nest (``_nested_by_indent``): the
#: contract's trees go some six levels deep; a list drawn deeper is read flat at this level, so no
#: input builds a tree deeper than the output can be written
MAX_INDENT_DEPTH = 8


@dataclass
class Candidate:
    start: int
    end: int  # end of the marker
    style: str
    rank: float  # MARKER_STYLES' rank: 第一节 sits between 第一章 and 第一条
    number: int
    strength: str  # "line" (line start), "glued" (after a sentence end), "inline"
    collapsed: bool = False  # on a line that lost its line breaks
    indent: int = 0  # at a line start: the width of the indent before it (``_indent_width``)


@dataclass
class _Node:
    cand: Candidate
    part: int
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    end: int = 0


def _number(style: str, raw: str) -> int | None:
    if style == "circled":
        return CIRCLED.index(raw) + 1
    if raw and raw[0] in "0123456789０１２３４５６７８９":
        return int(to_halfwidth_digits(raw))
    return parse_cn_number(raw)


def _match_marker(text: str, pos: int, strength: str, m: re.Match[str] | None = None) -> Candidate | None:
    """The marker that starts at ``pos`` (``m``: ``_ANY_STYLE``'s match there, when the caller has it)."""
    if m is None:
        m = _ANY_STYLE.match(text, pos)
        if m is None:
            return None
    k = int(m.lastgroup[1:])  # type: ignore[index]  # the first style that matches here
    name, _, rank = MARKER_STYLES[k]
    n = _number(name, m.group(_NUM_GROUP[k]))
    if n:
        return Candidate(pos, m.end(), name, rank, n, strength)
    for name, pattern, rank in _styles()[k + 1 :]:  # no number (〇、): a later style may give one
        later = pattern.match(text, pos)
        if not later:
            continue
        n = _number(name, later.group("num"))
        if n is None or n == 0:
            continue
        return Candidate(pos, later.end(), name, rank, n, strength)
    return None


def find_candidates(text: str, start: int, end: int, *, inline: bool) -> list[Candidate]:
    """Every place in ``[start, end)`` where a marker could start. On a line
    that lost its line breaks (or everywhere, with ``inline``) markers are
    looked for anywhere."""
    out: list[Candidate] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        # line start
        p = pos
        while p < line_end and text[p] in WIDE_INDENT_CHARS:
            p += 1
        # judged on the whole physical line, also where the body starts inside it (after the
        # first line, pos is a line's start: the character before it is the line break found)
        line_start = pos if pos > start else text.rfind("\n", 0, pos) + 1
        # (is_collapsed wants 100 characters or more: a shorter line is not asked)
        collapsed = inline or (line_end - line_start >= 100 and is_collapsed(text, line_start, line_end))
        # (a line whose start no style matches at, most lines, makes no call to read a marker)
        m = _ANY_STYLE.match(text, p) if p < line_end else None
        if m is None and p + 1 < line_end and _is_bullet(text[p]):
            q = _after_bullets(text, p, line_end)
            m = _ANY_STYLE.match(text, q) if q < line_end else None
            if m is not None:
                p = q  # ▶ 一、工作目标: the marker after the bullet
        if m is None and p + 1 < line_end and text[p] in HEADING_BRACKETS:
            m = _ANY_STYLE.match(text, p + 1)  # 【第一部分　总体要求】: the marker inside the bracket
            p += m is not None
        if m is not None and not text.startswith(BOX_WORDS, p) and not _file_link(text, p, line_end):
            c = _match_marker(text, p, "line", m)
            if c:
                c.collapsed = collapsed
                c.indent = _indent_width(text, pos, p)
                out.append(c)
        # inside the line; never inside a marker already found ("（1）" is
        # not also "1）")
        covered = out[-1].end if out and out[-1].start >= p else p
        if not collapsed and not _AFTER_SENTENCE.search(text, p, line_end):
            pos = line_end + 1
            continue  # no sentence end before a marker character on the line (most lines): nothing inside
        for q in _inside_starts(text, p, line_end, collapsed, covered):
            if q < covered:  # (q > p: never the line start)
                continue
            prev = q - 1
            while prev > p and text[prev] in WIDE_INDENT_CHARS:
                prev -= 1
            glued = text[prev] in (INLINE_SENTENCE_ENDS if collapsed else SENTENCE_ENDS)
            if not glued and not collapsed:
                continue
            c = _match_marker(text, q, "glued" if glued else "inline")
            if c:
                c.collapsed = collapsed
                out.append(c)
                covered = c.end
        pos = line_end + 1
    return out


#: the types of the files a page links for download (附件下载： ⏎ 1.任务清单.docx ⏎ 2.台账.xlsx)
_FILE_TYPES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ofd", ".zip", ".rar", ".csv")


def _file_link(text: str, p: int, end: int) -> bool:
    """Is the numbered line ``text[p:end]`` a file's name as a page lists its downloads (1.任务清单.docx),
    no item of the text?

    >>> _file_link("1.重点任务台账.xlsx", 0, 13), _file_link("1.完善台账。", 0, 7)
    (True, False)
    """
    s = text[p:end].rstrip()
    return s.lower().endswith(_FILE_TYPES) and "。" not in s and len(s) <= 100


def _is_bullet(ch: str) -> bool:
    """Whether ``ch`` is a bullet a page sets before a marker (``LINE_BULLETS``, or a symbol: ▶, 📌)."""
    return ch in LINE_BULLETS or (ch >= "\u2000" and unicodedata.category(ch) == "So")


def _after_bullets(text: str, p: int, end: int) -> int:
    """Where the text after the bullets at ``p`` (and the blanks after them) starts.

    >>> _after_bullets("▶ 一、工作目标", 0, 8), _after_bullets("📌\ufe0f1.摸排", 0, 6)
    (2, 2)
    """
    while p < end and (_is_bullet(text[p]) or text[p] in WIDE_INDENT_CHARS):
        p += 1
    return p


def _indent_width(text: str, start: int, end: int) -> int:
    """The width of the indent ``text[start:end]``: an ideographic or em space is two, a tab four.

    >>> _indent_width("\u3000\u3000 1.", 0, 3)
    5
    """
    return sum(2 if ch in "\u3000\u2003" else 4 if ch == "\t" else 1 for ch in text[start:end])


def _inside_starts(text: str, p: int, line_end: int, collapsed: bool, covered: int = 0) -> Iterator[int]:
    """Where a marker could start inside the line ``text[p:line_end]`` (``p``
    its first character): anywhere on a collapsed line, else only right after
    a sentence end (and an indent) — the only places a glued heading can be,
    found without visiting every numeral of the line. Places before
    ``covered`` (inside the marker at the line's start) may be left out."""
    if collapsed:
        # only where a style matches (the others start no marker); a style reads no
        # further than the line, whose end is a line break (which no style reads past)
        # or the end of the stretch, past which it may read: the scan then goes on
        first = max(p + 1, covered)
        bounded = line_end < len(text) and text[line_end] == "\n"
        if _STYLE_ANCHOR.search(text, first, line_end if bounded else len(text)) is None:
            return iter(())  # no character every marker holds one of (a run of years): no marker
        if bounded:
            return (m.start() for m in _marker_at().finditer(text, first, line_end))
        return takewhile(lambda q: q < line_end, (m.start() for m in _marker_at().finditer(text, first)))
    return (m.end() for m in _AFTER_SENTENCE.finditer(text, p, line_end))


@dataclass
class _Continuation:
    """A labelled style going on with the count of the list it follows (（二）问题：… then 问题三：…):
    that list's parent (``None``: the roots of ``part``), its style and its rank."""

    parent: _Node | None
    part: int
    style: str
    rank: float


@dataclass
class _State:
    roots: list[_Node] = field(default_factory=list)
    stack: list[_Node] = field(default_factory=list)
    last_global: dict[str, int] = field(default_factory=dict)
    part: int = 1
    gaps: list[Candidate] = field(default_factory=list)
    box_lists: dict[str, int] = field(default_factory=dict)
    #: per list of siblings (a node's children, or the roots of a part): the
    #: last number of each marker style and the styles of each number, kept as
    #: nodes are added, so judging a marker does not rescan its siblings
    lists: dict[object, tuple[dict[str, int], dict[int, set[str]]]] = field(default_factory=dict)
    #: a style's rank in this document where its order differs from the convention (``_own_rank``)
    ranks: dict[str, float] = field(default_factory=dict)
    #: a style that took over the count of another style's list under one parent (``_own_rank``)
    continues: dict[str, _Continuation] = field(default_factory=dict)
    #: the task tables whose 序号 counts the 1. list (``row_counts``: their end and last number), last first
    counted: list[tuple[int, int]] = field(default_factory=list)

    def siblings_of(self, parent: _Node | None) -> tuple[dict[str, int], dict[int, set[str]]]:
        key = id(parent) if parent is not None else ("roots", self.part)
        if key not in self.lists:
            self.lists[key] = ({}, {})
        return self.lists[key]


def _run_follows(cands: list[Candidate], i: int, parent_rank: float) -> bool:
    """Whether the item ``cands[i]`` (a 1) is followed by its style's 2 at a line start before the open
    section of rank ``parent_rank`` closes (a line marker of a style ranked no deeper than it)."""
    c = cands[i]
    for d in cands[i + 1 :]:
        if d.strength != "line" and not d.collapsed:
            continue
        if d.style == c.style:
            return d.number == 2
        if d.rank <= parent_rank:
            return False
    return False


def _own_rank(state: _State, text: str, c: Candidate, *, same_document: bool, run: tuple[list[Candidate], int]) -> None:
    """Set ``c.rank`` to its style's rank in this document. A floating style (``FLOATING_STYLES``)
    whose first item (its 1, at a line start) comes inside an open section of a style the convention
    ranks below it nests there, and so do its later items: the document orders its levels its own way
    (articles 第一条… under chapters 一、二、) — articles where they are a run, the 2 following at a line start in
    the same section (``run``: the candidates and ``c``'s index; a lone 第一条规定的… opening a line of
    prose nests nothing). The GB/T 9704 lists keep their order (一、1.（一）:
    （一） is no child of 1.). A continuing style (``CONTINUING_STYLES``) whose first item is not its 1 but
    the number after the open section's takes over that list, at its rank: （五）问题：… then 问题六：… is one
    list of problems (``state.continues`` tells ``_accept`` whose count it goes on with). That item is looked
    for down the open sections (问题三 after （二）问题：… and its 1. 2.), and the continuation lasts while the
    list's parent is open: under the next chapter 问题1： starts a list of its own. Not across a title
    line (``same_document`` false): a document issued after a cover note starts its own tree."""
    cont = state.continues.get(c.style)
    if cont is not None:
        if _still_open(state, cont):
            c.rank = cont.rank
            return
        del state.continues[c.style]  # its list closed: the labels count on their own again
        state.last_global.pop(c.style, None)
    if c.style in state.ranks:
        c.rank = state.ranks[c.style]
        return
    if c.style not in FLOATING_STYLES or not same_document or (c.strength != "line" and not c.collapsed):
        return  # (on a line that lost its breaks, where a marker stands there is no telling a line start)
    if state.last_global.get(c.style):
        return
    top = state.stack[-1].cand if state.stack else None
    if c.number != 1:
        item = _labelled_item(state, text, c.number - 1) if c.style in CONTINUING_STYLES else None
        if item is not None:
            # （五）问题：… then 问题六：… : the labels go on counting the open list, at its level
            c.rank = item.cand.rank
            state.continues[c.style] = _Continuation(item.parent, item.part, item.cand.style, item.cand.rank)
        return
    if (
        top is not None
        and top.rank > c.rank
        and (top.strength == "line" or top.collapsed)
        and (c.style != "article" or _run_follows(*run, top.rank))
    ):
        # just below the open style, above the next style the convention puts under it
        c.rank = state.ranks[c.style] = top.rank + 0.1


def _labelled_item(state: _State, text: str, number: int) -> _Node | None:
    """The open section numbered ``number`` whose heading starts with a label word (（五）问题：…), nearest first."""
    for node in reversed(state.stack):
        n = node.cand
        if n.number == number and text[n.end : n.end + 8].lstrip().startswith(LABELLED_ITEM_WORDS):
            return node
    return None


def _still_open(state: _State, cont: _Continuation) -> bool:
    """Whether the list a continuation goes on with is still open (its parent on the stack)."""
    if cont.parent is None:
        return cont.part == state.part
    return any(node is cont.parent for node in state.stack)


def _nested_by_indent(state: _State, node: _Node, c: Candidate, depth: int) -> bool:
    """Whether ``c`` starts or continues a list of ``node``'s own style nested under ``node``: both at
    line starts, ``c`` indented deeper, and ``c`` the list's 1 or a later item of a list already
    under ``node`` (a nested <ol> drawn 1. 2. again, one indent further in). Not below
    ``MAX_INDENT_DEPTH`` (``depth`` is ``node``'s level, 1 at the top)."""
    n = node.cand
    if (
        depth >= MAX_INDENT_DEPTH
        or n.style != c.style
        or n.strength != "line"
        or c.indent <= n.indent  # (0 off a line start: a glued or inline c is never deeper)
    ):
        return False
    return c.number == 1 or c.style in state.siblings_of(node)[0]


def _continued_count(state: _State, c: Candidate, parent: _Node | None, last_of_style: dict[str, int]) -> int:
    """The count ``c`` goes on with under ``parent`` (问题六 after （五）问题：…: ``_own_rank``), or 0."""
    cont = state.continues.get(c.style)
    if cont is None or c.number == 1 or cont.parent is not parent:
        return 0
    return last_of_style.get(cont.style, 0)


def _follows(
    state: _State,
    c: Candidate,
    parent: _Node | None,
    prev: int,
    last: int,
    *,
    after_colon: bool,
    inline: bool,
    after_boundary: bool = False,
) -> tuple[bool, bool]:
    """Whether ``c``'s number fits the sequence under ``parent`` (``prev``: the last number of its style there,
    ``last``: anywhere), and whether it starts a new document part. A number kept despite a gap is noted.
    ``after_boundary``: ``c`` is the first marker after a boundary on a line that lost its breaks: it stands where a
    line started."""
    new_part = False
    if c.number == prev + 1 and (prev > 0 or c.number == 1 or c.strength == "line"):
        ok = True
        if prev == 0 and c.strength != "line":
            # a list that starts inside a line: only after a lead-in colon,
            # or where the line breaks are lost, and only one rank deeper
            ok = after_colon or inline
            if parent is not None and c.rank <= parent.cand.rank:
                ok = False
    elif prev == 0 and last > 0 and c.number == last + 1:
        ok = True  # a list that keeps counting across parents
    elif (
        parent is None
        and c.number == 1
        and last > 1
        and (c.strength == "line" or (c.collapsed and (c.strength == "glued" or after_boundary)))
    ):
        # the outermost list starts again: a new document (on a line that lost its breaks, right after a sentence
        # end or an annex head, where its line started)
        ok = new_part = True
    elif (
        (c.strength == "line" or (c.collapsed and c.strength == "glued"))
        and prev > 0
        and (prev + 1 < c.number <= prev + MAX_GAP + 1)
    ):
        # (on a line that lost its breaks, a marker right after a sentence end
        # stands where a line start stood)
        ok = True  # a number lost (OCR, a dropped line): keep going, and say so
        state.gaps.append(c)
    elif c.strength == "line" and prev == 0 and (last == 0 or parent is not None) and 1 < c.number <= MAX_GAP + 1:
        ok = True  # the first item of a list is lost
        state.gaps.append(c)
    else:
        ok = False
    return ok, new_part


def _starts_document(c: Candidate, roots: dict[str, int], *, after_title: bool, after_annex: bool) -> bool:
    """Whether ``c``, which no open section takes, starts a new document: after a title line or an annex head, a 1 at
    a line start (on a line that lost its breaks, after an annex head: right after a sentence end) where the outermost
    list has run (``roots``: its last numbers by style) — 办法 第一条… issued after 措施 一、二、; an annexed 重点任务分工
    （一）…（十四） after a plan 一、…三、 (guojia-2026) — whatever its style. After a title line a list that has run
    to its 1 only will do: a 转发通知 whose one 一、 of its own comes before the notice it forwards in full (its title,
    文号, 主送, then 一、 again)."""
    return (
        (after_title or after_annex)
        and c.number == 1
        and (c.strength == "line" or (after_annex and c.collapsed and c.strength == "glued"))
        and max(roots.values(), default=0) > (0 if after_title else 1)
    )


def _rows_counted(state: _State, pos: int) -> None:
    """The task tables that end before ``pos`` have counted the 1. list on to their last row's number."""
    while state.counted and state.counted[-1][0] <= pos:
        state.last_global[_TABLE_ROW_STYLE] = state.counted.pop()[1]


def _accept(
    state: _State,
    c: Candidate,
    *,
    after_colon: bool,
    inline: bool,
    in_box: bool = False,
    after_title: bool = False,
    after_boundary: bool = False,
    after_annex: bool = False,
    task_points: bool = False,
) -> bool:
    _rows_counted(state, c.start)
    stack = list(state.stack)
    while stack and stack[-1].cand.rank >= c.rank and not _nested_by_indent(state, stack[-1], c, len(stack)):
        stack.pop()
    parent = stack[-1] if stack else None
    last_of_style, styles_of_number = state.siblings_of(parent)
    prev = last_of_style.get(c.style, 0) or _continued_count(state, c, parent, last_of_style)
    last = state.last_global.get(c.style, 0)
    if in_box:
        # a 专栏 box keeps its own list: its items are not sections
        if c.number == state.box_lists.get(c.style, 0) + 1 or (prev == 0 and not (last and c.number == last + 1)):
            state.box_lists[c.style] = c.number
            return False
    else:
        state.box_lists.clear()
    allowed = SUB_POINT_PARENTS.get(c.style)
    if (
        allowed is not None
        and parent is not None
        and parent.cand.style not in allowed
        and (task_points or c.strength != "line")
    ):
        return False  # ①…；②… under a 1. or a （一）: the points of one task, not sections (SUB_POINT_PARENTS)
    new_part = parent is None and _starts_document(c, last_of_style, after_title=after_title, after_annex=after_annex)
    styles = styles_of_number.get(c.number)
    if styles and (len(styles) > 1 or c.style not in styles) and not new_part:
        return False  # 1. then （一） under one parent: both would be 1.1; an id names one section
    if new_part:
        ok = True
    else:
        ok, new_part = _follows(
            state, c, parent, prev, last, after_colon=after_colon, inline=inline, after_boundary=after_boundary
        )
    if not ok:
        return False
    if new_part:
        state.part += 1
        stack = []
        parent = None
    node = _Node(c, state.part, parent)
    (parent.children if parent else state.roots).append(node)
    last_of_style, styles_of_number = state.siblings_of(parent)
    last_of_style[c.style] = c.number
    styles_of_number.setdefault(c.number, set()).add(c.style)
    state.stack = [*stack, node]
    state.last_global[c.style] = c.number
    return True


_PARAGRAPH_MARK = regex_compile(r"(?<=\S)(?:[" + WIDE_INDENT_CHARS + r"]{2,}|[ \u00a0](?=\S))")


def _heading(text: str, c: Candidate, limit: int) -> str:
    """Run-in heading: the marker line up to its first 。 (or the whole line).
    In a line that lost its line breaks, a paragraph mark the flattening
    kept (an indent of ideographic spaces, a space) also ends the line."""
    nl = text.find("\n", c.end, limit)
    line_end = limit if nl < 0 else nl
    if c.collapsed:
        first = c.end
        while first < line_end and text[first] in WHITESPACE:
            first += 1
        mark = _PARAGRAPH_MARK.search(text, first, line_end)
        if mark:
            line_end = mark.start()
    stop = text.find("。", c.end, line_end)
    end = line_end if stop < 0 else stop
    dot = _HAN_DOT.search(text, c.end, end) if _DOTS.search(text, c.end, end) else None
    if dot:
        end = dot.start() + 1  # "治理扬尘.加强管理": an ASCII full stop
    head = squeeze(text[c.end : end])
    if c.start and text[c.start - 1] in HEADING_BRACKETS:
        head = head.rstrip(HEADING_CLOSING_BRACKETS)  # 【第一部分　总体要求】
    return head.rstrip("：:；;")


@dataclass
class SectionTree:
    sections: list[Section]
    regions: list[Region]
    parts: int


class _Spans:
    """Half-open spans, merged, to ask whether a position lies in one of them
    by bisection (not by testing every span for every marker)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted((a, b) for a, b in spans if a < b):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _first_after(points: list[int], after: int) -> int | None:
    """The first of the sorted ``points`` greater than ``after``."""
    i = bisect.bisect_right(points, after)
    return points[i] if i < len(points) else None


def build_sections(
    ctx: Context,
    body_start: int,
    body_end: int,
    boundaries: Sequence[int],
    *,
    soft_boundaries: Sequence[int] = (),
    exclude: Iterable[tuple[int, int]] = (),
    annex_heads: Sequence[int] = (),
    counted: Sequence[tuple[int, int]] = (),
) -> SectionTree:
    """Segment ``text[body_start:body_end]``; every section closes at the
    next position in ``boundaries`` (attachment headers, footers, titles).
    ``soft_boundaries`` (title-like lines) close sections only where a new
    document part starts after them; after one of the ``annex_heads`` (附件, 附件2: boundaries too) a list that
    starts again at 1 where the outermost list has run starts a new document part, whatever its style. Markers inside ``exclude`` spans
    (tables) are not sections; ``counted`` (a table's end, the last number of its 序号 column) goes on
    the 1. list's count there (cards 9. 10. after table rows 1–8)."""
    text = ctx.text
    state = _State(counted=sorted(counted, reverse=True))
    accepted, bounds = _accept_markers(
        text, state, body_start, body_end, boundaries, soft_boundaries, exclude, sorted(annex_heads)
    )
    _close(text, accepted, bounds, body_end)
    for c in state.gaps:
        ctx.warn(
            WarningCode.NUMBERING_GAP,
            f"marker {text[c.start : c.end]!r} does not follow the number before it; kept as a section",
            (c.start, c.end),
        )
    sections = [_to_section(text, r, 1, str(r.part) if state.part > 1 else None) for r in state.roots]
    first = sections[0].span[0] if sections else body_end
    regions = [Region(body_start, first, None, 0)]
    for sec in sections:
        _collect_regions(sec, regions)
    return SectionTree(sections, regions, state.part)


def _lost_breaks(text: str, body_start: int, body_end: int) -> bool:
    """Whether the body (or the whole text) is one or two long lines: a text
    that has lost its line breaks everywhere."""
    body = text[body_start:body_end]
    lines = max(1, body.count("\n") + 1)
    whole = sum(1 for ln in text.split("\n") if ln.strip())
    return (lines <= 2 and len(body.strip()) > 100) or (whole <= 2 and len(text.strip()) > 100)


def _accept_markers(
    text: str,
    state: _State,
    body_start: int,
    body_end: int,
    boundaries: Sequence[int],
    soft_boundaries: Sequence[int],
    exclude: Iterable[tuple[int, int]],
    annex_heads: list[int],
) -> tuple[list[_Node], list[int]]:
    """The marker candidates that become sections, in text order (``state``
    holds their tree), and the sorted positions that close sections."""
    bounds = sorted(b for b in boundaries if body_start < b < body_end)
    accepted: list[_Node] = []
    boxes = _box_starts(text, body_start, body_end)
    excluded = _Spans(exclude)
    titles = sorted(soft_boundaries)
    candidates = find_candidates(text, body_start, body_end, inline=_lost_breaks(text, body_start, body_end))
    enumerated = _in_sentence_lists(text, candidates)
    points_run = (body_start, False)  # the end of the last run of ①② lines read, and whether it is one task's points
    for i, c in enumerate(candidates):
        if excluded.holds(c.start) or c.start in enumerated or _ends_word(text, c):
            continue
        if c.strength == "glued" and not c.collapsed and c.number > 1:
            before = candidates[i - 1] if i else None
            if _runs_on_inline(text, c, before, accepted[-1].cand is before if accepted and before else False):
                continue
        prev = c.start - 1
        while prev >= 0 and text[prev] in WIDE_INDENT_CHARS:
            prev -= 1
        after_colon = (prev >= 0 and text[prev] in "：:") or _items_after_run_in_heading(text, candidates, i, accepted)
        part_before = state.part
        last_start = accepted[-1].cand.start if accepted else body_start
        box = _first_after(boxes, last_start)
        in_box = box is not None and box < c.start
        bound = _first_after(bounds, last_start)
        crossed = bound is not None and bound <= c.start
        if crossed:
            state.stack = []  # a boundary closes every open section: nothing after it is their child
        title = _first_after(titles, last_start) if accepted else None
        same = title is None or title > c.start
        _own_rank(state, text, c, same_document=same, run=(candidates, i))
        points_run = _points_run_at(text, c, points_run)
        if _accept(
            state,
            c,
            after_colon=after_colon,
            inline=c.collapsed,
            in_box=in_box,
            after_title=not same,
            after_boundary=crossed and c.collapsed,
            after_annex=(head := _first_after(annex_heads, last_start)) is not None and head <= c.start,
            task_points=points_run[1] and c.start < points_run[0],
        ):
            if state.part != part_before and accepted:
                soft = [b for b in soft_boundaries if accepted[-1].cand.start < b < c.start]
                if soft:
                    bounds = sorted({*bounds, soft[0]})
            accepted.append(state.stack[-1])
    return accepted, bounds


#: the style a task table's bare 序号 numbers count in (cards 9. 10. after rows 1–8 go on with them)
_TABLE_ROW_STYLE = "ar_dot"

#: the longest run-in heading (its marker excluded) a list of items may open after on its line
RUN_IN_HEADING_MAX = 40


def _items_after_run_in_heading(text: str, cands: list[Candidate], i: int, accepted: list[_Node]) -> bool:
    """Whether ``cands[i]``, a 1. glued after a sentence end, opens the items of the section whose marker and run-in
    heading open its line: ``（一）健全路长组织体系。1.全面落实…。（A牵头，B负责落实）2.建立…`` — the heading's full
    stop stands where the line broke, so the items are that section's children, as on lines of their own. Only where
    the heading is one short sentence right after that marker (the section just taken) and the same style's 2. follows
    on the line, itself after a sentence end or a clause's closing bracket, or opens the next line (``（二）扩大利用。1.支持…。
    （A负责）⏎2.推动…``: each item a paragraph, the first run into the heading's); a 1. inside a sentence, after a
    lead-in that is not the heading (考核分为…), or alone on the line is not read so.

    >>> t = "（一）健全体系。1.落实职责。（甲局牵头）2.建立模式。"
    >>> cs = [Candidate(0, 3, "cn_paren", 3, 1, "line"), Candidate(8, 10, "ar_dot", 4, 1, "glued"),
    ...       Candidate(21, 23, "ar_dot", 4, 2, "glued")]
    >>> _items_after_run_in_heading(t, cs, 1, [_Node(cs[0], 0, None)])
    True
    >>> _items_after_run_in_heading(t, cs[:2], 1, [_Node(cs[0], 0, None)])
    False
    """
    c = cands[i]
    if c.strength != "glued" or c.collapsed or c.number != 1 or i == 0 or not accepted:
        return False
    head = cands[i - 1]
    if accepted[-1].cand is not head or head.rank >= c.rank or head.strength != "line":
        return False
    heading = text[head.end : c.start].strip(WIDE_INDENT_CHARS)
    if not heading or len(heading) > RUN_IN_HEADING_MAX or "\n" in heading:
        return False
    if any(ch in SENTENCE_ENDS or ch in "：:；;" for ch in heading[:-1]) or heading[-1] not in "。！":
        return False
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    # (the candidates of the line only: a long text is not searched once per 1.)
    after = itertools_islice(cands, i + 1, None)
    for n in after:
        if n.start >= line_end:
            # or the 2. opens the next line (each item its own paragraph after the first, run into the heading's)
            return (
                n.style == c.style and n.number == 2 and n.strength == "line" and not text[line_end : n.start].strip()
            )
        if n.style == c.style and n.number == 2 and n.strength == "glued":
            return True
    return False


@cache  # compiled on first use: only a document with lines that open with ① needs it
def _shared_label() -> regex.Pattern[str]:
    """A line that opens with a label the points of one task share (牵头单位：X, 【完成时限】Y: ``SHARED_LABEL_ENDS``)."""
    return regex_compile(rf"[【\[]?\p{{Han}}{{0,6}}(?:{alternation(SHARED_LABEL_ENDS)})(?:[：:]|[】\]])")


def _points_run_at(text: str, c: Candidate, run: tuple[int, bool]) -> tuple[int, bool]:
    """``_task_points_run`` for a line-start circled marker past the end of ``run``, the last run read; else ``run``
    (each run is read once, at its first item)."""
    if c.style in SUB_POINT_PARENTS and c.strength == "line" and c.start >= run[0]:
        return _task_points_run(text, c)
    return run


def _task_points_run(text: str, c: Candidate) -> tuple[int, bool]:
    """The end of the run of lines that open with a circled number (``SUB_POINT_PARENTS``) from ``c``'s line on, and
    whether the run enumerates the points of one task rather than sections: an item but the last ends in ；
    (①…；②…。), or the line after the run opens with a label the points share (牵头单位：…, 完成时限：…: tongan-2025).
    Items that are each a sentence with its own clause (①新建城东小学，8月底前竣工（县教育局牵头）。) are sections."""
    pos, n = text.rfind("\n", 0, c.start) + 1, len(text)
    semi = shared = False
    nxt = ""
    while pos < n:
        e = text.find("\n", pos)
        e = n if e < 0 else e
        line = text[pos:e].strip(WHITESPACE_CHARS)
        if line:
            if line[0] not in CIRCLED:
                nxt = line
                break
            shared = shared or semi  # the item before this one ended in ；
            semi = line.endswith(("；", ";"))
        pos = e + 1
    return pos, shared or _shared_label().match(nxt) is not None


def _ends_word(text: str, c: Candidate) -> bool:
    """Whether the numeral of the 三、 ``c``, off a line start, ends a word (举一反三、): no marker
    (``NUMERAL_ENDED_WORDS``).

    >>> _ends_word("坚持照单全收、举一反三、全面整改", Candidate(10, 12, "cn_dun", 2, 3, "inline"))
    True
    """
    if c.strength == "line" or c.style != "cn_dun":
        return False
    end = c.end - 1  # the numeral's end: the marker's separator follows it
    return any(text.startswith(w, end - len(w)) for w in NUMERAL_ENDED_WORDS)


@cache  # compiled on first use: only a glued marker numbered 2 or more asks
def _inline_item() -> re.Pattern[str]:
    """Where an item of a list run into its paragraph starts: after a sentence end, a colon or a semicolon."""
    return re_compile("(?<=[" + re.escape(INLINE_SENTENCE_ENDS) + "])[" + WIDE_INDENT_CHARS + "]*")


def _runs_on_inline(text: str, c: Candidate, before: Candidate | None, taken: bool) -> bool:
    """Whether the glued marker ``c`` (2. after a sentence end) goes on with a list run into its
    paragraph: earlier on its line, not at the line's start and not a section, its style's number
    before it opens an item (整改措施：1.将安全生产纳入议题计划。2.市安委办建立…): an item of that list,
    not the next section after the one that opens the line. ``before`` is the candidate before ``c``
    (``taken``: it is a section); only the text after it is searched (a marker there is no candidate),
    so a line is read once however many markers it holds.

    >>> c = Candidate(17, 19, "ar_dot", 4, 2, "glued")
    >>> _runs_on_inline("1.问题。整改措施：1.纳入计划。2.通报", c, Candidate(0, 2, "ar_dot", 4, 1, "line"), True)
    True
    >>> _runs_on_inline("1.问题。整改措施：纳入计划。2.通报", Candidate(15, 17, "ar_dot", 4, 2, "glued"), None, False)
    False
    """
    # (the line break is looked for back to ``before`` only: the candidates of a long line are each read once)
    nl = text.rfind("\n", before.start if before else 0, c.start)
    line_start = nl + 1 if nl >= 0 or before is None else before.start
    lo = line_start + 1
    if before is not None and before.start >= line_start:
        if before.style == c.style and before.number == c.number - 1 and before.strength != "line":
            return not taken
        lo = max(lo, before.end)
    for m in _inline_item().finditer(text, lo, c.start):
        found = _match_marker(text, m.end(), "inline") if m.end() < c.start else None
        if found is not None and found.style == c.style and found.number == c.number - 1:
            return True
    return False


def _box_starts(text: str, start: int, end: int) -> list[int]:
    """The starts of the lines in ``[start, end)`` that open a box: a box word after the line's
    indent (found from the words, not by trying every line start).

    >>> _box_starts("一、甲\\n  专栏1 乙\\n见专栏2", 0, 14)
    [4]
    """
    out = []
    for m in _BOX_WORD.finditer(text, start, end):
        line = text.rfind("\n", 0, m.start()) + 1
        if line >= start and not text[line : m.start()].strip(INDENT_CHARS):
            out.append(line)
    return out


def _close(text: str, accepted: list[_Node], bounds: list[int], body_end: int) -> None:
    """Set every node's end: the next accepted marker that is not its
    descendant, or the next boundary, whichever comes first (trailing
    whitespace left out)."""
    stops = sorted(set(bounds) | {body_end})
    for i, node in enumerate(accepted):
        end = body_end
        for k in range(i + 1, len(accepted)):
            if not _is_descendant(accepted[k], node):
                end = accepted[k].cand.start
                break
        stop = _first_after(stops, node.cand.start)
        end = min(end, body_end if stop is None else stop)
        while end > node.cand.start and text[end - 1] in WHITESPACE:
            end -= 1
        node.end = end


def _to_section(text: str, node: _Node, level: int, parent_id: str | None) -> Section:
    """The section of ``node`` (and its children): its id is its number after ``parent_id``, the
    id of the section above it (None for the top level, or, with several document parts, the
    part's order: every id takes it as a prefix)."""
    sid = str(node.cand.number) if parent_id is None else f"{parent_id}.{node.cand.number}"
    limit = node.end
    if node.children:
        limit = min(limit, node.children[0].cand.start)
    return Section(
        id=sid,
        marker=text[node.cand.start : node.cand.end].rstrip(INLINE_BLANKS),
        level=level,
        heading=_heading(text, node.cand, limit),
        span=(node.cand.start, node.end),
        children=[_to_section(text, ch, level + 1, sid) for ch in node.children],
    )


def _collect_regions(sec: Section, regions: list[Region]) -> None:
    """Append the region of ``sec``'s own text (up to its first child), then its children's."""
    own_end = sec.children[0].span[0] if sec.children else sec.span[1]
    regions.append(Region(sec.span[0], own_end, sec.id, sec.level))
    for ch in sec.children:
        _collect_regions(ch, regions)


def _before(text: str, pos: int) -> str:
    k = pos - 1
    while k >= 0 and text[k] in WHITESPACE:
        k -= 1
    return text[k] if k >= 0 else ""


def _in_sentence_lists(text: str, candidates: list[Candidate]) -> set[int]:
    """Starts of markers that number the items of one sentence on a line
    that lost its breaks: a list opened after a colon whose items end in ；
    (实施项目：1、…；2、…；3、…。). Where line breaks survive such a list is
    told apart by the line starts; here only its punctuation shows it. An
    item may hold a full stop: a run-in title (按以下程序进行：（一）自查自评。
    各县区…；（二）实地考核。…；) is still an item of the sentence, which
    its ； shows. A list opened anywhere else but at a paragraph mark (right
    after a run-in heading's full stop, or inside a sentence) is one sentence
    too where every later item follows its ； (or 、，) with no paragraph mark
    between (2.建设行业平台。（1）建成平台5个；（2）连接企业2万家；（3）…。,
    dongchuan-2025; 人员下派实行（1）…；（2）…, 考核分为（1）季度调度、（2）年中督查,
    qingyang-2025); items that follow a full stop are sections (按以下程序进行。
    （1）单位自查。…（2）县里复查。…)."""
    # the index of the next candidate of the same style (-1: none), so a run
    # is followed through its own style only
    next_same = [-1] * len(candidates)
    seen: dict[str, int] = {}
    for k in range(len(candidates) - 1, -1, -1):
        next_same[k] = seen.get(candidates[k].style, -1)
        seen[candidates[k].style] = k
    out: set[int] = set()
    for i, c in enumerate(candidates):
        if not c.collapsed or c.strength == "line" or c.number != 1:
            continue
        opener = _before(text, c.start)
        if not (opener and opener in "：:") and not (c.start and text[c.start - 1] not in WHITESPACE):
            continue  # at a paragraph mark, not after a lead-in colon: a paragraph starts there
        # the value of a block's field (…仅为82%。整改措施：（1）…。（2）…): its items may end in 。
        separators = IN_SENTENCE_ITEM_SEPARATORS + (
            "。" if opener in "：:" and _after_block_label(text, c.start) else ""
        )
        run = [c]
        k = next_same[i]
        while k >= 0:
            d = candidates[k]
            # each later item right after its ；: a paragraph mark between starts a paragraph
            if d.number != run[-1].number + 1 or text[d.start - 1] not in separators:
                break
            run.append(d)
            k = next_same[k]
        if len(run) >= 2:
            out.update(x.start for x in run)
    return out


def _after_block_label(text: str, pos: int) -> bool:
    """Whether the colon before ``pos`` closes the label of a block's field that stands right after a sentence end
    (…仅为82%。整改措施：, wugang-2025 and mianyang-2024 once their line breaks are lost): a short label ending in a
    ``BLOCK_LABEL_WORDS`` word (not a lead-in sentence such as 具体措施包括：, nor a heading 二、主要任务：).

    >>> _after_block_label("仅为82%。整改措施：（1）", 11), _after_block_label("。具体措施包括：（1）", 8)
    (True, False)
    """
    colon = pos - 1
    while colon > 0 and text[colon] in WHITESPACE:
        colon -= 1
    start = colon
    while start > 0 and colon - start < 8 and text[start - 1] not in "。；;！？!?\n":
        start -= 1
    return start > 0 and text[start - 1] in "。；;！？!?" and text[start:colon].endswith(BLOCK_LABEL_WORDS)


def _is_descendant(node: _Node, ancestor: _Node) -> bool:
    p = node.parent
    while p is not None:
        if p is ancestor:
            return True
        p = p.parent
    return False
