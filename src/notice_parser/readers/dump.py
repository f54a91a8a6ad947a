"""A crawled page saved as a text browser's dump (``lynx -dump``, ``w3m -dump``, ``elinks -dump``,
``links -dump``): the page as the browser laid it out in a terminal, read back into text as the HTML
reader would read the page.

What a dump does to a page, and what :func:`render` undoes:

* links: lynx and elinks (and w3m with ``display_link_number``) put a number before every link
  (``[12]首页``, in the body too: ``附件：[14]任务台账.xlsx``) and list the addresses at the end under
  ``References`` (``Visible links:`` / ``Hidden links:``; w3m ``References:`` and ``[1] url``): the list
  is dropped and the numbers taken out, so ``[3]`` is never read as a number or a section. Image and form
  markers (``[IMG]``, ``[INLINE]``, ``[BUTTON]``) go too, and list bullets (``*``, ``+``, ``o``, ``•``).
* wrapping: paragraphs are re-wrapped at the terminal's width (76–80 columns, a CJK character two of
  them, or one in some builds), inside sentences, clauses and unit names, with a margin (lynx and
  elinks: 3 spaces): a line that stops where the next line's first word would not have fit was wrapped
  and is joined to it; the common margin is taken off.
* tables: w3m and elinks draw them in box characters (``┌─┬─┐ │ ├─┼─┤ └─┴─┘``, heavy ``┏━┳━┓ ┃``, double
  ``╔═╦═╗ ║``), links in ASCII (``+---+ | |--+--|``), each cell's text wrapped over several lines inside
  its box: rows are the bands between the horizontal rules, cells the columns between the vertical
  ones; a column with no rule between two bands is a cell merged down (rowspan), a missing bar a cell
  merged across (colspan); a cell's wrapped lines are joined as the page wrote them.

The result is text and :class:`Table` objects, as the Markdown reader returns them; spans index the
rendered text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

from ..compiled import re_compile
from . import Table
from .blocks import MERGED_LEFT, BlockWriter

#: the heading of the list of link addresses a dump ends with (lynx, elinks, w3m; lynx's zh_TW and ja
#: catalogues)
_REFERENCES = re_compile(
    r"^\s*(?:References|Visible links|Hidden links|参照|見えるリンク|隠されたリンク|不隱藏的鏈結|隱藏的鏈結)\s*[:：]?\s*$"
)
#: one address of that list: ``   12. http://…`` (lynx, elinks) or ``[12] http://…`` (w3m)
_REFERENCE_ITEM = re_compile(r"^\s*(?:\d+\.|\[\d+\])\s+\S+\s*$")
#: a link's number before its text
_LINK_NUMBER = re_compile(r"\[(\d{1,4})\]")
#: an image or form control as a text browser draws it
_WIDGET = re_compile(r"\[(?:IMG|INLINE|LINK|BUTTON|EMBED|ISMAP|USEMAP|icon|image|_+)\]|\(BUTTON\)|\(submit\)")
#: a list bullet at a line's start: lynx * + o #, elinks and w3m • ◦ ▪ ·
_BULLET = re_compile(r"^(\s*)[*+o#•◦▪·](?=\s+\S)")
#: a page's download list under its label (附件下载：), one link a line: the label line
_DOWNLOAD_LABEL = re_compile(r"^\s*(?:附件下载|相关附件|下载附件|相关下载|附件下载列表)\s*[：:]?\s*$")
#: one of its links: a file's name with its type (1.任务清单.docx)
_DOWNLOAD_ITEM = re_compile(r"^\s*\S.{0,80}?\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|csv)\s*$", re.IGNORECASE)
#: the fewest link numbers counting up from 1 that make a text a dump without its list of addresses
_NUMBERS_MIN = 3

#: the corner a table's bottom rule opens with
_BOTTOM_CORNERS = "└┗╚╘╙┕┖"
_VERTICAL = frozenset("│┃║╎╏┆┇┊┋|")
_HORIZONTAL = frozenset("─━═╌╍┄┅┈┉-=")


def _box(ch: str) -> bool:
    return "\u2500" <= ch <= "\u257f" or ch in "+|-="


def _rule(line: str) -> bool:
    """A table's horizontal rule: box characters (or ASCII + - = |) only, a horizontal stroke among them."""
    s = line.strip()
    if len(s) < 3 or not any(c in _HORIZONTAL for c in s):
        return False
    if not ("\u2500" <= s[0] <= "\u257f" or s[0] in "+|"):
        return False
    return all(_box(c) or c == " " for c in s) and (any("\u2500" <= c <= "\u257f" for c in s) or "+" in s)


def _row_line(line: str) -> bool:
    """A line of a table's cells: it opens and closes with a bar or a joint (a rowspan cell's text beside
    the rules of the columns next to it: │一├──┼──┤)."""
    s = line.strip()
    return len(s) >= 2 and _edge_char(s[0]) and _edge_char(s[-1])


def _edge_char(ch: str) -> bool:
    return ch in _VERTICAL or ch == "+" or ("\u2500" <= ch <= "\u257f" and ch not in _HORIZONTAL)


# -- widths ------------------------------------------------------------------------------------------


def _wide(ch: str) -> bool:
    return ch >= "\u1100" and unicodedata.east_asian_width(ch) in ("W", "F")


def _cjk2(ch: str) -> int:
    """A terminal's width: CJK two columns, box characters one (w3m, elinks in a UTF-8 locale)."""
    return 2 if _wide(ch) else 1


def _box2(ch: str) -> int:
    """CJK and box characters two columns (a CJK locale that draws ambiguous characters wide)."""
    return 2 if _wide(ch) or "\u2500" <= ch <= "\u257f" else 1


def _narrow(ch: str) -> int:
    """Every character one column (links, and lynx builds that count characters)."""
    return 1


Width = Callable[[str], int]
_MODELS: tuple[Width, ...] = (_cjk2, _box2, _narrow)


def _columns(line: str, width: Width) -> list[int]:
    """The column each character of ``line`` starts at."""
    out, col = [], 0
    for ch in line:
        out.append(col)
        col += width(ch)
    return out


def _text_width(s: str, width: Width) -> int:
    return sum(width(c) for c in s)


# -- link numbers and the list of addresses ------------------------------------------------------------


def _references_start(lines: list[str]) -> int | None:
    """The index of the first heading of the lists of addresses at the end (References ⏎ Visible
    links: ⏎ 1. … ⏎ Hidden links: ⏎ 9. …), if the dump has them."""
    for i in range(len(lines) - 1, -1, -1):
        if not _REFERENCES.match(lines[i]):
            continue
        below = [ln for ln in lines[i + 1 : i + 5] if ln.strip()]
        if not below or not (_REFERENCE_ITEM.match(below[0]) or _REFERENCES.match(below[0])):
            continue
        j = i
        while j > 0 and (
            not lines[j - 1].strip() or _REFERENCE_ITEM.match(lines[j - 1]) or _REFERENCES.match(lines[j - 1])
        ):
            j -= 1
        return next(k for k in range(j, i + 1) if _REFERENCES.match(lines[k]))
    return None


def _counted_numbers(text: str) -> int:
    """How far the link numbers of ``text`` count up from 1 in order of appearance (0: they do not)."""
    expected = 1
    for m in _LINK_NUMBER.finditer(text):
        if int(m.group(1)) == expected:
            expected += 1
    return expected - 1


# -- box tables ----------------------------------------------------------------------------------------


def _table_end(lines: list[str], i: int) -> int:
    """The line after the box table whose top rule is ``lines[i]``, or ``i`` when there is none."""
    j = i + 1
    while j < len(lines) and (_rule(lines[j]) or _row_line(lines[j])):
        j += 1
        if lines[j - 1].lstrip()[:1] in _BOTTOM_CORNERS:
            break  # a bottom rule: a table set right under it (a card a task) is a table of its own
    rules = sum(1 for ln in lines[i:j] if _rule(ln))
    rows = sum(1 for ln in lines[i:j] if not _rule(ln))
    return j if rules >= 2 and rows >= 1 else i


def _model(block: list[str]) -> Width:
    """The width model under which the table's bars and joints line up best: the most of them stand
    where those of other lines do (a wrong model scatters them, each CJK character off by one)."""
    best, score = _MODELS[0], -1
    for model in _MODELS:
        at: dict[int, int] = {}
        for line in block:
            for x in _edges(line, _columns(line, model)):
                at[x] = at.get(x, 0) + 1
        hits = sum(n for n in at.values() if n >= 2)
        if hits > score:
            best, score = model, hits
    return best


def _piece(line: str, cols: list[int], left: int, right: int) -> str:
    """The characters of ``line`` between the bars at columns ``left`` and ``right``."""
    return line[bisect.bisect_right(cols, left) : bisect.bisect_left(cols, right)]


#: CJK punctuation no line may open with: it goes with the word before it
_NO_LINE_START = frozenset("，。、；：！？）》」』”’〕】")


def _first_word_width(s: str, width: Width) -> int:
    """The width of what ``s`` starts with that a wrap would not split: up to the first place where two
    CJK characters meet or a blank stands (a browser breaks between ideographs, not inside 45个 or
    2025年6月, nor before ，)."""
    n = 1
    while n < len(s):
        a, b = s[n - 1], s[n]
        if b.isspace() or (_wide(a) and _wide(b) and b not in _NO_LINE_START):
            break
        n += 1
    return _text_width(s[:n], width)


def _cell_text(pieces: list[str], width: Width) -> str:
    """A cell's lines as one text: a line that stops where the next one's first word would not have
    fit was wrapped and is joined to it; one that stops short ended a line of the cell (a line break)."""
    lines = [p.rstrip() for p in pieces]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ""
    room = max(_text_width(p, width) for p in pieces)
    filled = [ln for ln in lines if ln.strip()]
    lead = min(len(ln) - len(ln.lstrip()) for ln in filled)
    trail = min(len(p) - len(p.rstrip()) for p in pieces if p.strip())
    if lead and trail:
        room -= 2  # a browser's padding (elinks: a column each side; w3m sets text against the bars)
    out = ""
    prev = ""
    for ln in lines:
        s = ln.strip()
        if not s:
            if out:
                prev = ""
            continue
        if out:
            wrapped = prev and _text_width(prev, width) + _first_word_width(s, width) > room
            if not wrapped:
                out += "\n"
            else:
                out += _glue(prev[-1], s[0])
        out += s
        prev = s
    return out


#: the most columns a browser's table is read with (more: bars strewn through text, not a table)
_MAX_COLUMNS = 40


def _edges(line: str, cols: list[int]) -> list[int]:
    """The columns of the line's bars and joints (an ASCII ``+`` only beside a ``-`` or ``=``: a cell's
    text may hold a plus sign)."""
    out = []
    for k, ch in enumerate(line):
        if ch in _VERTICAL or ("\u2500" <= ch <= "\u257f" and ch not in _HORIZONTAL):
            out.append(cols[k])
        elif ch == "+" and any(0 <= j < len(line) and line[j] in "-=" for j in (k - 1, k + 1)):
            out.append(cols[k])
    return out


def _table_rows(block: list[str]) -> list[list]:
    """The rows of the box table ``block``, for :meth:`BlockWriter.table`. A line is cut into the grid's
    columns at every bar or joint any line of the table has; in each column it holds a rule (horizontal
    strokes only) or a cell's text. A rule closes the column's cell; a line with a rule in any column
    starts a new row, and a column without one there goes on with its cell (merged down: a rowspan
    cell's text stands beside the rules of the columns next to it). Within a line, columns with no bar
    between them are one cell (merged across)."""
    width = _model(block)
    cols = [_columns(line, width) for line in block]
    edges = [set(_edges(line, cs)) for line, cs in zip(block, cols, strict=True)]
    xs = sorted(set().union(*edges))
    if not 2 <= len(xs) <= _MAX_COLUMNS + 1:
        return []
    n = len(xs) - 1
    texts: dict[int, list[str]] = {}  # cell -> its pieces, line by line
    cells: list[tuple[int, int, int]] = []  # cell -> (row it starts in, first column, last column)
    owner: list[dict[int, int]] = []  # per row: column -> cell
    current: list[int | None] = [None] * n
    row = -1
    for line, cs, bars in zip(block, cols, edges, strict=True):
        pieces = [_piece(line, cs, xs[c], xs[c + 1]) for c in range(n)]
        ruled = [bool(p) and all(ch in _HORIZONTAL or ch == "+" for ch in p) for p in pieces]
        if any(ruled):
            row += 1
            owner.append({})
            for c in range(n):
                if ruled[c]:
                    current[c] = None
        if row < 0:
            continue
        c = 0
        while c < n:
            if ruled[c]:
                c += 1
                continue
            c1 = c
            while c1 + 1 < n and xs[c1 + 1] not in bars and not ruled[c1 + 1]:
                c1 += 1
            cid = current[c]
            if cid is None or cells[cid][1:] != (c, c1):
                cid = len(cells)
                cells.append((row, c, c1))
                texts[cid] = []
                for cc in range(c, c1 + 1):
                    current[cc] = cid
            texts[cid].append("".join(pieces[c : c1 + 1]) if c1 == c else _piece(line, cs, xs[c], xs[c1 + 1]))
            for cc in range(c, c1 + 1):
                owner[row].setdefault(cc, cid)
            c = c1 + 1
    joined = {cid: _cell_text(pieces, width) for cid, pieces in texts.items()}
    return _rows(owner, cells, joined, n)


def _rows(owner: list[dict[int, int]], cells: list[tuple[int, int, int]], joined: dict[int, str], n: int) -> list[list]:
    """The table's rows for :meth:`BlockWriter.table`: a cell's text in the row and column it starts at,
    MERGED_LEFT in the columns it covers to its right, None in the rows below it covers."""
    out: list[list] = []
    for r, cells_of in enumerate(owner):
        values: list = []
        for c in range(n):
            cid = cells_of.get(c)
            if cid is None:
                values.append("")
                continue
            start, c0, _ = cells[cid]
            if c != c0:
                values.append(MERGED_LEFT if values else "")
            elif start == r:
                values.append(joined[cid])
            else:
                values.append(None)
        if any(isinstance(v, str) and v for v in values):
            out.append(values)
    return out


# -- paragraphs ------------------------------------------------------------------------------------------


def _margin(lines: list[str]) -> int:
    """The spaces most text lines start with (lynx and elinks: 3; a centred title or a table may
    start further left)."""
    counts: dict[int, int] = {}
    for ln in lines:
        if ln.strip():
            k = len(ln) - len(ln.lstrip(" "))
            counts[k] = counts.get(k, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else 0


def _indent(line: str, width: Width) -> int:
    """The columns of blank a line starts with (a full-width space two)."""
    return _text_width(line[: len(line) - len(line.lstrip())], width)


#: the narrowest wrap width a dump is taken to have (a terminal: 76–80 columns; as many characters
#: where a build counts a CJK character as one)
_WRAP_MIN = 60
#: the fewest lines that must end at the wrap width
_WRAP_LINES = 3


def _wrap_width(lines: list[str], width: Width) -> int | None:
    """The column the dump wrapped its paragraphs at: the line end (give or take a column) that most
    long lines reach — a table's or a metadata box's lines may run past it — None when fewer than
    three lines reach one."""
    counts: dict[int, int] = {}
    for ln in lines:
        e = _text_width(ln.rstrip(), width)
        if e >= _WRAP_MIN:
            counts[e] = counts.get(e, 0) + 1
    best, most = None, 0
    for e in sorted(counts):
        n = counts[e] + counts.get(e - 1, 0)
        if n >= most:
            best, most = e, n
    return best if most >= _WRAP_LINES else None


def _wrapped(line: str, following: str, wrap: int, margin: int, width: Width) -> bool:
    """Does the paragraph of ``line`` go on at ``following``: both start at the margin (a centred or
    right-aligned line is a line of its own), and the next line's first word would not have fit?"""
    if not following.strip() or _rule(following) or _row_line(following):
        return False
    if "  " in line.strip() or "  " in following.strip():
        return False  # columns set apart by blanks (a table without rules, a metadata box): lines of their own
    if _indent(line, width) > margin + 4 or _indent(following, width) > margin + 4:
        return False
    s = following.strip()
    gap = 1 if line.rstrip()[-1:].isascii() and s[:1].isascii() else 0
    return _text_width(line.rstrip(), width) + gap + _first_word_width(s, width) > wrap


def _glue(a: str, b: str) -> str:
    """What joins a wrapped line's end ``a`` to the next line's start ``b``: a blank between two Latin
    words (the wrap took it), nothing elsewhere (CJK wraps anywhere, and a number cut in two — 202 ⏎ 5年
    — is one number)."""
    return " " if a.isascii() and a.isalpha() and b.isascii() and b.isalpha() else ""


def _joined(line: str, following: str) -> str:
    a, b = line.rstrip(), following.strip()
    return a + _glue(a[-1:], b[:1]) + b


def _download_lists(lines: list[str]) -> list[str]:
    """A page's download list (附件下载： ⏎ 1.任务清单.docx ⏎ 2.台账.xlsx) on one line, as the page shows
    it beside its label: a link list, not numbered items of the text."""
    out: list[str] = []
    blanks: list[str] = []  # blank lines after a download label, kept if no link follows
    for ln in lines:
        listing = bool(out) and (_DOWNLOAD_LABEL.match(out[-1]) is not None or _download_line(out[-1]))
        if listing and not ln.strip():
            blanks.append(ln)
            continue
        if listing and _DOWNLOAD_ITEM.match(ln):
            out[-1] = out[-1].rstrip() + " " + ln.strip()
            blanks.clear()
            continue
        out += blanks
        blanks.clear()
        out.append(ln)
    return out + blanks


def _download_line(line: str) -> bool:
    """A download label with its links on it already."""
    head, sep, rest = line.partition("：") if "：" in line else line.partition(":")
    return bool(sep) and _DOWNLOAD_LABEL.match(head + sep) is not None and rest.strip() != ""


#: a line that ends a sentence may end its paragraph too, even where it fills the width
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def _goes_on(lines: list[str], k: int, wrap: int, width: Width) -> bool:
    """After a full line that ends a sentence, is ``lines[k]`` more of its paragraph: a full line
    itself, or the paragraph's last (a blank line or the end after it)? A table laid out one cell a
    line (lynx) has a long task cell ending in 。 and its short unit cells under it, no blank between."""
    if _text_width(lines[k].rstrip(), width) >= wrap - 4:
        return True
    return k + 1 >= len(lines) or not lines[k + 1].strip()


def _paragraphs(lines: list[str], width: Width) -> list[str]:
    """``lines`` (no table among them) with each wrapped paragraph joined into one line. The margin
    stays: a table laid out in columns keeps its alignment."""
    margin = _margin(lines)
    wrap = _wrap_width(lines, width)
    out: list[str] = []
    last = ""  # the last line as the dump wrote it (out[-1] may be several joined)
    for k, ln in enumerate(lines):
        if (
            out
            and wrap is not None
            and last.strip()
            and _wrapped(last, ln, wrap, margin, width)
            and (not last.rstrip().endswith(_SENTENCE_ENDS) or _goes_on(lines, k, wrap, width))
        ):
            out[-1] = _joined(out[-1], ln)
        else:
            out.append(ln)
        last = ln
    return _download_lists(out)


def render(text: str, *, numbers: bool = True) -> tuple[str, list[Table]] | None:
    """``(text, tables)`` for a text browser's dump; None when ``text`` is not one (no list of link
    addresses, no link numbers counting up, no table a browser drew). ``numbers=False``: link numbers
    alone do not make a dump (a Markdown text's [1] [2] [3] are its notes)."""
    lines = text.split("\n")
    refs = _references_start(lines)
    body = lines[:refs] if refs is not None else lines
    counted = _counted_numbers("\n".join(body))
    tables_at: dict[int, int] = {}
    i = 0
    while i < len(body):
        if _rule(body[i]):
            end = _table_end(body, i)
            if end > i:
                tables_at[i] = end
                i = end
                continue
        i += 1
    drawn = any(_browser_drawn(body[i:end]) for i, end in tables_at.items())
    if refs is None and (counted < _NUMBERS_MIN or not numbers) and not drawn:
        return None
    limit = counted

    def clean(line: str) -> str:
        if limit:
            line = _LINK_NUMBER.sub(lambda m: "" if int(m.group(1)) <= limit else m.group(0), line)
        line = _WIDGET.sub("", line)
        return _BULLET.sub(lambda m: m.group(1) + " ", line)

    writer = BlockWriter()
    plain: list[str] = []
    width = _wrap_model(body, tables_at)

    def flush() -> None:
        for ln in _paragraphs(plain, width):
            writer.paragraph(ln.rstrip())
        plain.clear()

    i = 0
    while i < len(body):
        if i in tables_at:
            end = tables_at[i]
            rows = _table_rows([clean(ln) for ln in body[i:end]])
            if rows:
                flush()
                writer.table(rows)
            i = end
            continue
        plain.append(clean(body[i]))
        i += 1
    flush()
    return writer.text(), writer.tables


def _browser_drawn(block: list[str]) -> bool:
    """Is the table a browser's drawing: in box characters, or in ASCII with a rule between two bars
    (|--+----|, w3m -no-graph, links)? A Markdown grid table (pandoc: +---+---+, rules always between
    two +) is the Markdown reader's."""
    return any("\u2500" <= ch <= "\u257f" for ln in block for ch in ln) or any(
        _rule(ln) and ln.strip().startswith("|") for ln in block
    )


def _wrap_model(body: list[str], tables_at: dict[int, int]) -> Width:
    """How the dump counted columns when it wrapped its paragraphs: CJK two columns (w3m, elinks), or
    one (lynx builds that count characters) — whichever makes more lines end at one width."""
    skip = {k for i, end in tables_at.items() for k in range(i, end)}
    lines = [ln for k, ln in enumerate(body) if k not in skip and ln.strip()]
    best, reach = _cjk2, -1
    for model in (_cjk2, _narrow):
        wrap = _wrap_width(lines, model)
        if wrap is None:
            continue
        n = sum(1 for ln in lines if wrap - 1 <= _text_width(ln.rstrip(), model) <= wrap)
        if n > reach:
            best, reach = model, n
    return best
