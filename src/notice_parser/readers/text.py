"""Plain text: detect the encoding, decode, normalise newlines, nothing else.

Order of trust: a BOM (UTF-8, UTF-16/32), then UTF-7 (ASCII bytes whose
``+base64`` runs decode to Chinese), then strict UTF-8, then
UTF-16 without BOM (when every other byte is zero), then GB18030 (a superset
of GBK and GB2312), then Big5, and only then charset-normalizer's guess.
The result is checked for a plausible share of CJK characters; a decode that
looks wrong is kept but warned about.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from ..errors import DecodeError
from ..lexicon.formats import MAIL_FORWARD_WORDS, MAIL_TOP_HEADERS
from ..model import ParseWarning, WarningCode
from . import Cell, ReadOptions, ReadResult, Table
from .sniff import utf7_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalise_newlines(text: str) -> str:
    r"""CRLF and lone CR become LF; nothing else changes.

    >>> normalise_newlines("一、\r\n二、\r三、\n")
    '一、\n二、\n三、\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def cjk_share(text: str) -> float:
    """Share of CJK ideographs and CJK punctuation among non-space characters."""
    chars = [c for c in text[:20000] if not c.isspace()]
    if not chars:
        return 0.0
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return cjk / len(chars)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError: the 'undefined' codec refuses everything
        return None


def _truncated(data: bytes, encoding: str) -> str | None:
    """Decode a file that is valid but for an incomplete last character."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and _try(data[: exc.start], encoding) is not None:
            return data[: exc.start].decode(encoding) + "\ufffd"
    except LookupError:
        return None
    return None


def _lenient(data: bytes, encoding: str) -> tuple[str | None, bool]:
    """Strict decoding, else decoding that forgives a cut last character;
    the flag says whether it had to."""
    text = _try(data, encoding)
    if text is not None:
        return text, False
    text = _truncated(data, encoding)
    return text, text is not None


#: (text, encoding, warnings)
Decoded = tuple[str, str, list[ParseWarning]]


def _truncation_warning(cut: bool) -> list[ParseWarning]:
    return (
        [
            ParseWarning(
                code=WarningCode.TRUNCATED_TEXT,
                message="the file ends inside a character; the last bytes were replaced by U+FFFD",
            )
        ]
        if cut
        else []
    )


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    """Decode in the encoding the caller named, or say why not."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding '{encoding}'", name=name) from None
    text = _try(data, encoding)
    if text is None:
        raise DecodeError(f"the bytes are not valid {encoding}", name=name)
    return text


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ASCII leaves zero bytes on one side, but Chinese
    text has almost none, so also judge by what decodes out."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) / 2)
    odd_zero = data[1::2].count(0) / (len(data) / 2)
    order = ("utf-16-le", "utf-16-be") if odd_zero >= even_zero else ("utf-16-be", "utf-16-le")
    for enc in order:
        text = _try(data, enc)
        if text is not None and "\x00" not in text and cjk_share(text) > 0.5:
            return text, enc
    return None


def _chinese_codecs(data: bytes) -> Decoded | None:
    """GB18030 or Big5, whichever gives more Chinese (GB18030 on a tie)."""
    candidates = []
    for enc in ("gb18030", "big5"):
        text, cut = _lenient(data, enc)
        if text is not None:
            candidates.append((cjk_share(text), enc, text, cut))
    if not candidates:
        return None
    share, enc, text, cut = max(candidates, key=lambda c: (c[0], c[1] == "gb18030"))
    warnings = _truncation_warning(cut)
    if share < 0.2:
        warnings.append(
            ParseWarning(
                code=WarningCode.SUSPECT_DECODING,
                message=f"decoded as {enc} but few Chinese characters came out; pass --encoding if this is wrong",
            )
        )
    return text, enc, warnings


def _guessed(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess, with a warning."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return None
    warning = ParseWarning(
        code=WarningCode.SUSPECT_DECODING,
        message=f"encoding guessed as {best.encoding}; pass --encoding if this is wrong",
    )
    return str(best), best.encoding, [warning]


#: the share of a UTF-8 text's characters that may be broken bytes (a tool that cut a character in two)
_BROKEN_UTF8_SHARE = 0.02


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences, U+FFFD in their place: a text tool that cuts characters at a
    byte count (html2text and elinks in a table's cell, a crawler that truncated a field) leaves a
    handful in a text that is UTF-8 everywhere else, where GB18030 and Big5 fail or give nonsense. None
    when more are broken (the text is in another encoding) or too little Chinese comes out."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken > max(2, len(text) * _BROKEN_UTF8_SHARE) or cjk_share(text) < 0.3:
        return None
    return text


def decode(data: bytes, *, encoding: str | None = None, name: str = "<input>") -> Decoded:
    """Return ``(text, encoding, warnings)`` for text bytes."""
    if encoding:
        return _decode_as(data, encoding, name), encoding, []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, cut = _lenient(data, enc)
            if text is not None:
                return text.lstrip("\ufeff"), enc, _truncation_warning(cut)
    if utf7_text(data[:65536]):  # ASCII bytes that are Chinese in UTF-7, not ASCII text
        text = _try(data, "utf-7")
        if text is not None:
            return text, "utf-7", []
    text, cut = _lenient(data, "utf-8")
    if text is not None:
        return text, "utf-8", _truncation_warning(cut)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8", []
    wide = _utf16_without_bom(data)
    if wide is not None:
        return wide[0], wide[1], []
    if b"\x00" in data[:8192]:
        raise DecodeError("binary data, not text (it contains NUL bytes)", name=name)
    found = _chinese_codecs(data) or _guessed(data)
    if found is None:
        raise DecodeError("not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)", name=name)
    return found


#: how far a quoted spreadsheet cell may run before an unclosed quote is taken as text
_QUOTED_CELL_MAX = 4000


def _quoted_end(text: str, start: int) -> int:
    """Where the quoted field opening at ``text[start] == '"'`` closes (the index
    of its closing quote), or -1. Spreadsheets (Excel, WPS, LibreOffice, Google
    Sheets) quote a copied cell that holds a line break, a tab or a quote; an
    inner quote is doubled; the closing quote is followed by a tab or the row's
    end. A lone inner quote means the field was never quoted ("散乱污"企业…)."""
    limit = min(len(text), start + _QUOTED_CELL_MAX)
    i = start + 1
    while True:
        q = text.find('"', i, limit)
        if q < 0:
            return -1
        nxt = text[q + 1 : q + 2]
        if nxt == '"':
            i = q + 2
        elif nxt in ("\t", "\n", ""):
            return q
        else:
            return -1


def _row(text: str, pos: int) -> tuple[list[Cell], int]:
    """The tab-separated fields of the row starting at ``pos``, the position
    after its line break, and whether a quoted field carried it over a line
    break. A field that opens with a quote that closes before a tab or the
    line's end is one cell (its span inside the quotes), line breaks and all."""
    cells: list[Cell] = []
    n = len(text)
    while True:
        end = -1
        if text.startswith('"', pos):
            end = _quoted_end(text, pos)
        if end >= 0:
            cells.append(Cell(span=(pos + 1, end)))
            stop = end + 1
        else:
            tab, nl = text.find("\t", pos), text.find("\n", pos)
            stop = min(x for x in (tab, nl, n) if x >= 0)
            cells.append(Cell(span=(pos, stop)))
        if stop < n and text[stop] == "\t":
            pos = stop + 1
            continue
        return cells, stop + 1


def _line_cells(text: str, pos: int, end: int) -> list[Cell]:
    """The tab-separated fields of the line ``text[pos:end]``, quotes left as text."""
    cells = []
    for field in text[pos:end].split("\t"):
        cells.append(Cell(span=(pos, pos + len(field))))
        pos += len(field) + 1
    return cells


#: how many lines a row whose cells hold unquoted line breaks may run over
_WRAPPED_ROW_LINES = 20


def _wrapped_row(text: str, pos: int, tabs: int, want: int) -> int:
    """Where a row that holds ``tabs`` of its table's ``want`` tabs on its first line ends, when the
    lines from ``pos`` bring exactly the rest (a Word table copied as text: a cell's paragraphs are
    lines of their own, unquoted — 1⇥开展排查；⏎建立台账。⇥市环保局⇥2024年底前); -1 when they do not,
    or a blank line comes first."""
    n = len(text)
    for _ in range(_WRAPPED_ROW_LINES):
        if pos > n:
            return -1
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if not text[pos:end].strip():
            return -1
        tabs += text.count("\t", pos, end)
        if tabs >= want:
            return end if tabs == want else -1
        pos = end + 1
    return -1


def find_text_tables(text: str, *, min_rows: int = 2) -> list[Table]:
    r"""Tab-separated tables in plain text (exports of spreadsheets and Word
    tables): runs of at least ``min_rows`` + 1 consecutive rows that each
    hold the same number (≥ 2) of tabs. Each cell's span is exactly the text
    between its tabs. A cell pasted from a spreadsheet with line breaks in it
    comes quoted (``"1.…⏎2.…"``): it is one cell spanning its lines, the
    quotes left outside the span. A row whose cells hold line breaks without
    quotes (a Word table copied as text) runs on over the lines that bring
    the rest of its tabs.

    >>> t = find_text_tables("序号\t任务\t责任单位\n1\t治理\t市环保局\n2\t监测\t市水务局\n")[0]
    >>> len(t.rows), [len(r) for r in t.rows]
    (3, [3, 3, 3])
    >>> t = find_text_tables('序号\t任务\t单位\n1\t"一是治理；\n二是监测"\t市环保局\n2\t监测\t市水务局\n')[0]
    >>> len(t.rows), t.rows[1][1].span
    (3, (12, 22))
    """
    tables: list[Table] = []
    if text.count("\t") < 2 * (min_rows + 1):
        return tables  # too few tabs for min_rows + 1 lines of two or more (no line is visited)
    run: list[list[Cell]] = []
    run_tabs = -1
    pos = 0
    n = len(text)
    quoted = '"' in text
    groups: list[list[Cell]] = []  # group lines waiting for the row after them

    def close() -> None:
        if len(run) > min_rows:
            tables.append(Table(span=(run[0][0].span[0], run[-1][-1].span[1]), rows=list(run)))

    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        cells, after = _row_at(text, pos, line_end, quoted, run_tabs if run else -1)
        tabs = len(cells) - 1
        if tabs == 0 and run and run_tabs >= 2 and _group_line(text[pos:line_end]):
            # a group row whose empty cells lost their tabs (一、…方面 ⏎ 1⇥…): the run takes it if a row follows
            groups.append([Cell(span=(pos, line_end)), *(Cell(span=(line_end, line_end)) for _ in range(run_tabs))])
            pos = after
            continue
        if groups and _repeats(text, cells, run[0]):
            close()  # a group heading above a table of its own (一、… ⏎ 序号⇥… ⏎ 1⇥…): the text's, not a row
            run = []
        if tabs >= 2 and (tabs == run_tabs or not run):
            run += groups if run else []
            run.append(cells)
            run_tabs = tabs
        else:
            close()
            run, run_tabs = ([cells], tabs) if tabs >= 2 else ([], -1)
        groups = []
        pos = after
    close()
    return tables


def _row_at(text: str, pos: int, line_end: int, quoted: bool, run_tabs: int) -> tuple[list[Cell], int]:
    """The cells of the row starting at ``pos`` (its line ends at ``line_end``) and the position after it:
    quoted fields carried over line breaks, or a row of a run of ``run_tabs`` tabs (-1: no run) wrapped
    over lines without quotes."""
    if quoted and text.find('"', pos, line_end) >= 0:
        cells, after = _row(text, pos)
        if len(cells) < 3 and after > line_end + 1:  # a quote that is not a cell: one line only
            cells, after = _line_cells(text, pos, line_end), line_end + 1
    else:
        cells, after = _line_cells(text, pos, line_end), line_end + 1
    tabs = len(cells) - 1
    if 0 < tabs < run_tabs and (joined := _wrapped_row(text, after, tabs, run_tabs)) >= 0:
        cells, after = _line_cells(text, pos, joined), joined + 1
    return cells, after


def _repeats(text: str, row: list[Cell], first: list[Cell]) -> bool:
    """Does ``row`` write the same cells as ``first`` (a table's header row written again)?"""
    return len(row) == len(first) and all(
        text[a.span[0] : a.span[1]].strip() == text[b.span[0] : b.span[1]].strip()
        for a, b in zip(row, first, strict=True)
    )


#: the longest group row (一、安全发展理念和责任落实方面（5项）) taken on a line of its own inside a tab table
_GROUP_LINE_MAX_CHARS = 40


def _group_line(line: str) -> bool:
    """A group row written on a line of its own, its empty cells' tabs trimmed: a 一、-style
    number, short, no sentence end."""
    s = "".join(line.split())
    return 0 < len(s) <= _GROUP_LINE_MAX_CHARS and "。" not in s and _group_marker().match(s) is not None


@cache  # compiled on first use: only a line without tabs inside a tab table asks
def _group_marker() -> re.Pattern[str]:
    from ..compiled import re_compile
    from ..lexicon.table_headers import GROUP_ROW_MARKER

    return re_compile(GROUP_ROW_MARKER)


def read(data: bytes, options: ReadOptions) -> ReadResult:
    text, enc, warnings = decode(data, encoding=options.encoding, name=options.name)
    text = normalise_newlines(text)
    if not text.strip():
        from ..errors import ReaderError

        raise ReaderError("empty file: there is no text to parse", name=options.name)
    if text.count("\ufffd") > 0:
        warnings.append(
            ParseWarning(
                code=WarningCode.REPLACEMENT_CHARACTERS,
                message=f"{text.count(chr(0xFFFD))} undecodable character(s) (U+FFFD) in the text",
            )
        )
    if _may_be_message(text) and (mail := _quoted_reader().mail_text(data)) is not None:
        if mail[1] == _quoted_reader().HTML_BODY:  # a saved e-mail whose body is HTML: read as a web archive
            from . import mht

            return mht.read(data, options)
        text, enc = normalise_newlines(mail[0]), mail[1]  # a saved e-mail (.eml): its text/plain body
    if _may_be_message(text) and (forwarded := _quoted_reader().forwarded_document(text)) is not None:
        text = forwarded  # a notice forwarded in an e-mail: the notice, its "> " marks off (readers.quoted)
    if "&" in text:  # a crawler's text with its &ldquo; &#12288; left: decoded (readers.entities)
        text = _entities().decode_if_encoded(text, warnings)
    if "\f" in text:  # a PDF's text: its pages' numbers and running headers off (readers.layout)
        from .layout import strip_page_furniture

        text = strip_page_furniture(text) or text
    if _may_be_dump(text) and (dump := _dump_reader().render(text, numbers=not _markdown(text))) is not None:
        # a text browser's dump of a crawled page (lynx, w3m, elinks, links): link numbers, wrapping and
        # box tables undone (readers.dump)
        text, tables = dump
        return ReadResult(text=text, format="txt", encoding=enc, tables=tables, warnings=warnings)
    if _may_be_markdown(text) and _markdown_reader().looks_like_markdown(text):
        # a Markdown export: markup rendered away, pipe tables read as tables
        if "$" in text:  # a converter's inline LaTeX ($\geq 85\%$) drawn as it reads (readers.latex)
            from .latex import render_math

            text = render_math(text)
        title = _markdown_reader().title_heading(text)  # (its # title: the header's title if the text shows none)
        boxes: list[tuple[int, int]] = []
        text, tables, links = _markdown_reader().render(text, boxes)
        tables += [t for t in find_text_tables(text) if not any(_overlaps(t.span, m.span) for m in tables)]
        tables.sort(key=lambda t: t.span)
        return ReadResult(
            text=text,
            format="txt",
            encoding=enc,
            tables=tables,
            warnings=warnings,
            links=links,
            page_title=title,
            boxes=boxes,
        )
    tables = find_text_tables(text)
    if "|" in text or "｜" in text:  # rows a crawler joined with " | " (readers.entities)
        tables = _entities().with_pipe_tables(text, tables)
    return ReadResult(text=text, format="txt", encoding=enc, tables=tables, warnings=warnings)


def _may_be_markdown(text: str) -> bool:
    """What ``looks_like_markdown`` needs to say yes (a pipe table has a ``|``, a heading a
    ``#``, a bold line ``**`` or ``__``, front matter a first line ``---``, a crawled page's
    links ``](``, a writing tool's marks): without it the Markdown reader (and its patterns) is not even imported."""
    return (
        "|" in text
        or "#" in text
        or "**" in text
        or "__" in text
        or "](" in text
        or text[:200000].split("\n", 1)[0].strip() == "---"
        or any(mark in text for mark in _TOOL_MARKS)
    )


#: what a writing tool's export without other markup holds (readers.markdown._TOOL_MARK): a task's box, a
#: wikilink, a container's colons, a template tag, an outline's indented block, a property
_TOOL_MARKS = ("[ ]", "[x]", "[X]", "[[", ":::", "!!!", "???", "{%", "\t-", "\t*", "\t+", "::")


#: what a text browser's dump shows that a notice's text does not: its list of link addresses, a link
#: number, a box table's corner (light, heavy, double, ASCII)
_DUMP_SIGNS = ("References", "Visible links", "Hidden links", "鏈結", "リンク", "[1]", "┌", "┏", "╔", "┍", "┎", "+--")


def _may_be_dump(text: str) -> bool:
    """What :func:`.dump.render` needs to say yes: else readers.dump is not even imported."""
    return any(sign in text for sign in _DUMP_SIGNS)


def _markdown(text: str) -> bool:
    return _may_be_markdown(text) and _markdown_reader().looks_like_markdown(text)


def _dump_reader():
    from . import dump

    return dump


def _may_be_message(text: str) -> bool:
    """A header word at the top or a forwarded-message line: else readers.quoted is not imported."""
    return (
        any(w in text[:400] for w in MAIL_TOP_HEADERS)
        or "From:" in text[:2000]
        or any(w in text for w in MAIL_FORWARD_WORDS)
    )


def _quoted_reader():
    from . import quoted

    return quoted


def _entities():
    from . import entities

    return entities


def _markdown_reader():
    from . import markdown

    return markdown


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
