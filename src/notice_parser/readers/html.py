"""HTML: a whole page (gov.cn article, WeChat article, CMS page) or a crawled
fragment (``<tbody><tr><td id="UCAP-CONTENT"><p>…``, a JSP page) → the visible
text of its content, with block-level breaks, and its data tables.

Stages, each a small function:

1. :func:`decode_html` — bytes → str. An explicit ``--encoding`` wins, then a
   BOM, then the page's own declaration (``<meta charset>``, ``http-equiv``,
   ``<?xml encoding>``, JSP ``pageEncoding``), then :func:`.text.decode`.
   GBK declarations are read as GB18030 (its superset); GB2312 as GB2312 when
   every byte is valid in it, else as GB18030 (:data:`EXACT_FIRST`). A UTF-8 page
   with a few corrupt bytes is read as UTF-8 with U+FFFD and a warning rather
   than as GB18030 mojibake.
2. :func:`clean_source` — drop what is not HTML: ``<?xml …?>``, ``<% … %>``
   JSP/ASP blocks, a DOCTYPE internal subset (``<!ENTITY`` declarations are
   never expanded, only reported), and characters XML forbids.
3. Parse with ``lxml.html.HTMLParser(no_network=True, …)``: libxml2's HTML
   parser loads no DTD, fetches nothing and leaves unknown entities as text.
4. :func:`find_container` — the content block: a known CMS container (id or
   class, see :data:`CONTAINER_HINTS`) holding a fair share of the page's
   Chinese text; else descend from ``<body>`` while one child holds the text
   and its siblings are navigation, headers, footers or link lists.
5. :class:`_Writer` renders the container.

Text rules (what every span indexes):

* Block elements (p, div, li, h1–h6, tr, table, section …) start and end a
  line; ``<br>`` ends a line, and an empty line made by ``<br>`` (``<p><br></p>``)
  becomes one blank line; runs of blank lines collapse to one.
* Inside a line, runs of ASCII whitespace (source indentation, line wraps)
  become one space, and none is kept at the start or end of a line — as a
  browser shows it. Every other character is kept as written: U+00A0 from
  ``&nbsp;`` and U+3000 indentation stay. ``<pre>`` keeps its whitespace.
* Entities are decoded by the parser; an undefined one (``&x;``) stays as
  written, as a browser shows it.
* Dropped: script, style, noscript, template, head, forms' controls, iframes,
  svg, comments, processing instructions, and elements hidden by
  ``display:none`` / ``visibility:hidden`` / ``hidden`` inside the container.

Tables. A ``<table>`` holding another table is a layout table: its cells are
rendered as ordinary blocks and it is not reported. Every other table is a
data table, laid out on the HTML grid (rowspan/colspan, the way a browser
places cells) and rendered as

* one line per ``<tr>``; the line holds one field per grid position from the
  first column up to the row's last occupied one, fields separated by one
  ``\\t``;
* a field is the text of the cell that starts there; a position covered by a
  rowspan or colspan from another cell, or left empty by a short row, is an
  empty field (so columns line up);
* a cell's own block breaks (its ``<p>``s, ``<br>``) become ``\\n`` inside the
  field, never at its start or end; ASCII whitespace inside a cell collapses
  as above, so a cell holds no ``\\t``;
* a ``<caption>`` is a line of its own before the rows (outside ``Table.span``).

The :class:`~notice_parser.readers.Table` has one ``rows[i]`` per rendered line
and one :class:`~notice_parser.readers.Cell` per grid position: a cell that
starts there has ``span`` = exactly its field (``text[span]`` is the cell text;
``(p, p)`` at its place when empty) and ``merged=False``; a position covered
by a rowspan *or* colspan has the carrying cell's span and ``merged=True``; a
hole has an empty span at its place. ``Table.span`` runs from the start of the
first row to the end of the last (no trailing newline).

Bounds: the input size is capped by ``ReadOptions.max_bytes``; colspan is cut
to 1000 and rowspan to the rows left; a document's tables together may lay
out at most :data:`MAX_GRID_CELLS` positions (past that a table is rendered as
plain lines, with a warning); rendering stops after :data:`MAX_ELEMENTS`
elements, with a warning. The walk is iterative, so deep nesting cannot
overflow the stack.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from ..compiled import re_compile
from ..errors import ReaderError
from ..lexicon import alternation
from ..lexicon.document import ANNEX_WORD, PAGE_TITLE_GENRES, SITE_TITLE_SEPARATORS
from ..lexicon.markers import MARKER_STYLES
from ..model import ParseWarning, WarningCode
from . import Cell, ReadOptions, ReadResult, Table
from .numbering import format_number
from .sniff import markup_codec
from .text import decode

#: Most grid positions all data tables of one document may lay out.
MAX_GRID_CELLS = 1_000_000
#: Most elements rendered; the rest of a pathological page is dropped with a warning.
MAX_ELEMENTS = 2_000_000
MAX_COLSPAN = 1000
#: a page showing fewer Chinese characters than this may be a portal's shell whose notice is in its <script> state
STATE_SHELL_MAX_CJK = 1500

# --------------------------------------------------------------------------- decoding

_DECLARED = (
    # <meta charset="gbk">, <meta http-equiv=… content="text/html; charset=gb2312">
    re_compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I),
    # <?xml version="1.0" encoding="gb2312"?>
    re_compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I),
    # <%@ page … pageEncoding="UTF-8" %> / charset=UTF-8 in a JSP directive
    re_compile(rb"""<%@[^>]{0,400}?(?:pageEncoding\s*=\s*"|charset\s*=\s*)([A-Za-z0-9_.:-]{2,40})""", re.I),
)
#: Declared names read as a superset that decodes everything they promise.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}
#: Declared names read in their own codec first, when every byte is valid in it: GB2312's own table maps two
#: bytes otherwise than GBK's (A1AA is U+2015 ―, A1A4 U+30FB ・; GBK: U+2014 —, U+00B7 ·), and the page is
#: the characters its declared charset names — what Python's codec, iconv and libxml2 read (the superset
#: only where a GBK character outside GB2312 shows the page is really GBK: 朱镕基)
EXACT_FIRST = frozenset({"gb2312"})
_BOM_PREFIXES = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def declared_charset(data: bytes) -> str | None:
    """The encoding the page declares in its first 8 KB, as a Python codec name (a superset of it:
    ``_SUPERSETS``).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    >>> declared_charset(b'<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>')
    'utf-8'
    >>> declared_charset(b'<p>no declaration</p>') is None
    True
    """
    name = declared_name(data)
    return None if name is None else _SUPERSETS.get(name, _SUPERSETS.get(name.replace("-", ""), name))


def declared_name(data: bytes) -> str | None:
    """The codec the page declares in its first 8 KB, as Python names it (not widened to a superset).

    >>> declared_name(b'<meta charset="GB2312">')
    'gb2312'
    """
    head = data[:8192]
    for pattern in _DECLARED:
        m = pattern.search(head)
        if not m:
            continue
        name = m.group(1).decode("ascii", "replace").lower()
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


_NON_ASCII = re_compile("[^\x00-\x7f]")
#: Latin-1 and Latin Extended characters and U+FFFD, less the Latin-1 signs
#: real Chinese text uses (nbsp § ° ± ² ³ · × ÷).
_MOJIBAKE = re_compile(
    "[\u0080-\u009f\u00a1-\u00a6\u00a8-\u00af\u00b4-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u024f\ufffd]"
)


def mojibake_share(text: str) -> float:
    """Share of non-ASCII characters that are Latin-1/Latin Extended letters or
    U+FFFD — what Chinese decoded with the wrong codec turns into.

    >>> mojibake_share("国务院办公厅“无废城市”")
    0.0
    >>> mojibake_share("å›½åŠ¡é™¢") > 0.5
    True
    """
    non_ascii = _NON_ASCII.subn("", text)[1]
    if not non_ascii:
        return 0.0
    bad = _MOJIBAKE.subn("", text)[1]
    return bad / non_ascii


def _charset_wrong(declared: str, why: str) -> ParseWarning:
    return ParseWarning(code=WarningCode.DECLARED_CHARSET_WRONG, message=f"the page declares {declared} but {why}")


def _in_declared_charset(data: bytes, declared: str, warnings: list[ParseWarning]) -> str | None:
    """The page in the (non-UTF) charset it declares; None, with a warning,
    when its bytes do not decode or decode to mojibake."""
    try:
        text = data.decode(declared)
    except (UnicodeError, LookupError):  # charset=undefined names a codec that refuses everything
        warnings.append(_charset_wrong(declared, f"its bytes are not valid {declared}"))
        return None
    if mojibake_share(text) < 0.3:
        return text
    warnings.append(_charset_wrong(declared, "that decodes to mojibake"))
    return None


def in_exact_charset(data: bytes, name: str) -> str | None:
    """``data`` in the codec ``name`` itself (:data:`EXACT_FIRST`), or None when a byte is not valid in it
    or the text is mojibake (the superset is tried next, without a warning: a GB2312 page with a GBK
    character is ordinary)."""
    try:
        text = data.decode(name)
    except (UnicodeError, LookupError):
        return None
    return text if mojibake_share(text) < 0.3 else None


def _guessed(data: bytes, name: str) -> tuple[str, str, list[ParseWarning]]:
    """:func:`.text.decode`'s choice. It judges by the share of CJK among all
    characters, which markup drowns; judge by the non-ASCII characters instead."""
    text, enc, more = decode(data, name=name)
    more = [w for w in more if w.code != WarningCode.SUSPECT_DECODING]
    if mojibake_share(text) >= 0.3:
        message = f"decoded as {enc} but the text looks garbled; pass --encoding if this is wrong"
        more.append(ParseWarning(code=WarningCode.SUSPECT_DECODING, message=message))
    return text, enc, more


def decode_html(data: bytes, options: ReadOptions) -> tuple[str, str, list[ParseWarning]]:
    """Return ``(text, encoding, warnings)`` for HTML bytes (see the module doc)."""
    if options.encoding or data.startswith(_BOM_PREFIXES):
        return decode(data, encoding=options.encoding, name=options.name)
    codec = markup_codec(data)
    if codec is not None:  # UTF-16/32 without a BOM, or UTF-7: its declaration cannot be read in the bytes
        return data.decode(codec, errors="replace"), codec, []
    warnings: list[ParseWarning] = []
    exact = declared_name(data)
    if exact is not None and exact in EXACT_FIRST and (text := in_exact_charset(data, exact)) is not None:
        return text, exact, warnings
    declared = declared_charset(data)
    if declared and not declared.startswith("utf"):
        text = _in_declared_charset(data, declared, warnings)
        if text is not None:
            return text, declared, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    non_ascii = _NON_ASCII.subn("", loose)[1]
    if bad <= max(3, non_ascii // 500):
        # a UTF-8 page with a few corrupt bytes, not a page in another codec
        message = f"{bad} byte sequence(s) are not valid UTF-8; replaced by U+FFFD"
        warnings.append(ParseWarning(code=WarningCode.REPLACEMENT_CHARACTERS, message=message))
        return loose, "utf-8", warnings
    if declared and declared.startswith("utf"):
        warnings.append(_charset_wrong(declared, f"its bytes are not valid {declared}"))
    text, enc, more = _guessed(data, options.name)
    return text, enc, warnings + more


# --------------------------------------------------------------------------- cleaning

_XML_DECL = re_compile(r"\A\s*<\?xml[^>]*\?>")
_DOCTYPE_SUBSET = re_compile(r"<!DOCTYPE[^>\[]*\[")
_SUBSET_END = re_compile(r"\]\s*>")
_XML_FORBIDDEN = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


#: a start tag longer than this (tens of thousands of attributes) is cut:
#: libxml2 checks attributes against each other, super-linear in their count
MAX_TAG_CHARS = 8192
_HUGE_TAG = re_compile(r"<([A-Za-z][A-Za-z0-9:_-]{0,40})(\s[^<>]{" + str(MAX_TAG_CHARS) + r",})>")


def _cut_tag(m: re.Match) -> str:
    attrs = m.group(2)[:MAX_TAG_CHARS]
    cut = max(attrs.rfind(" "), attrs.rfind("\t"), attrs.rfind("\n"))
    return f"<{m.group(1)}{attrs[:cut] if cut > 0 else ''}>"


def clean_source(source: str) -> tuple[str, list[ParseWarning]]:
    """Remove what is not HTML before parsing; report what that changed.

    >>> clean_source('<%@ page pageEncoding="UTF-8"%><p>一、<%= x %>总体要求</p>')[0]
    '<p>一、总体要求</p>'
    >>> clean_source("<p " + " ".join(f"a{i}=1" for i in range(9000)) + ">一、</p>")[0][-14:]
    'a1161=1>一、</p>'
    >>> text, warnings = clean_source('<!DOCTYPE html [<!ENTITY a "AAAA">]><p>&a;</p>')
    >>> text, warnings[0].code.value
    ('<p>&a;</p>', 'entities_ignored')
    """
    warnings: list[ParseWarning] = []
    source = _XML_DECL.sub("", source, count=1)
    m = _DOCTYPE_SUBSET.search(source, 0, 65536)
    if m:
        end = _SUBSET_END.search(source, m.end())
        stop = end.end() if end else len(source)
        if "<!ENTITY" in source[m.start() : stop]:
            warnings.append(
                ParseWarning(
                    code=WarningCode.ENTITIES_IGNORED, message="the DOCTYPE declares entities; they are not expanded"
                )
            )
        source = source[: m.start()] + source[stop:]
    if "<%" in source:
        source = _drop_server_blocks(source)
    source, huge = _HUGE_TAG.subn(_cut_tag, source)
    if huge:
        warnings.append(
            ParseWarning(
                code=WarningCode.ATTRIBUTES_DROPPED,
                message=f"{huge} tag(s) over {MAX_TAG_CHARS} characters cut to that length",
            )
        )
    bad = len(_XML_FORBIDDEN.findall(source))
    if bad:
        source = _XML_FORBIDDEN.sub("", source)
        warnings.append(
            ParseWarning(
                code=WarningCode.CONTROL_CHARACTERS, message=f"{bad} control character(s) removed from the HTML"
            )
        )
    return source, warnings


def _drop_server_blocks(source: str) -> str:
    """Remove ``<% … %>`` blocks in one linear pass (an unclosed one runs to the end)."""
    out, i = [], 0
    while True:
        j = source.find("<%", i)
        if j < 0:
            out.append(source[i:])
            break
        out.append(source[i:j])
        k = source.find("%>", j + 2)
        if k < 0:
            break
        i = k + 2
    return "".join(out)


# --------------------------------------------------------------------------- element classes

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul".split()
)
#: Never visible as text.
SKIP_TAGS = frozenset(
    "script style noscript template head title meta link iframe frame frameset object embed applet svg math "
    "canvas video audio map select option textarea button input img area base".split()
)
_HIDDEN_STYLE = re_compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

#: Content containers of the CMSs Chinese government sites run, strongest
#: first: ("id" | "class", lower-case value). A class matches one class token.
CONTAINER_HINTS = (
    ("id", "ucap-content"),  # gov.cn (UCAP CMS)
    ("class", "trs_editor"),  # TRS WCM, most provincial and city sites
    ("class", "trs_ueditor"),
    ("id", "js_content"),  # WeChat article body
    ("class", "rich_media_content"),
    ("class", "pages_content"),  # gov.cn 政策 pages
    ("id", "zoom"),  # gov.cn older pages, many provinces ("字号 大 中 小" targets it)
    ("id", "zoomcon"),
    ("id", "fontzoom"),
    ("class", "zoom"),
    ("class", "article-content"),
    ("class", "article_content"),
    ("class", "articlecontent"),
    ("id", "article-content"),
    ("class", "news_content"),
    ("class", "zwnr"),  # 正文内容
    ("class", "zw"),
    ("id", "article"),
    ("class", "article"),
    ("id", "content"),
    ("class", "content"),
    ("class", "main-content"),
    ("id", "main-content"),
)
#: A container must hold at least this share of the page's Chinese characters.
CONTAINER_MIN_SHARE = 0.2

_BOILERPLATE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_BOILERPLATE_TOKEN = re_compile(
    r"(?:^|[-_])(?:nav|navbar|menu|header|head|footer|foot|breadcrumbs?|crumbs?|sidebar|share|copyright|"
    r"toolbar|login|search|topbar|bottom|banner|logo|links?|friendlinks?)(?:[-_]|$)",
    re.I,
)
#: Headings outside the container that are the notice's title (WeChat keeps it there).
_TITLE_HINTS = (("id", "activity-name"), ("class", "rich_media_title"))
_GENRE = re_compile(f"({alternation(PAGE_TITLE_GENRES)})")


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _matches(el, attr: str, value: str) -> bool:
    got = el.get(attr)
    if not got:
        return False
    if attr == "id":
        return got.strip().lower() == value
    return value in got.lower().split()


def _is_hidden(el) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _is_boilerplate(el) -> bool:
    if _tag(el) in _BOILERPLATE_TAGS:
        return True
    for attr in ("id", "class"):
        for token in (el.get(attr) or "").split():
            if _BOILERPLATE_TOKEN.search(token):
                return True
    return False


_CJK_CHARS = re_compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def _cjk(s: str | None) -> int:
    """Chinese ideographs in ``s``."""
    return _CJK_CHARS.subn("", s)[1] if s else 0


@dataclass
class _Counts:
    """Chinese characters under each element (skip tags excluded), and how
    many of them sit inside links."""

    cjk: dict = field(default_factory=dict)
    linked: dict = field(default_factory=dict)

    @classmethod
    def of(cls, root) -> _Counts:
        counts = cls()
        for _event, el in etree.iterwalk(root, events=("end",)):
            tag = _tag(el)
            if not tag or tag in SKIP_TAGS:
                counts.cjk[el] = counts.linked[el] = 0
                continue
            total = _cjk(el.text)
            linked = 0
            for child in el:
                total += counts.cjk.get(child, 0) + _cjk(child.tail)
                linked += counts.linked.get(child, 0)
            counts.cjk[el] = total
            counts.linked[el] = total if tag == "a" else linked
        return counts


# --------------------------------------------------------------------------- container

_NO_DESCEND = frozenset("table ul ol dl p pre blockquote h1 h2 h3 h4 h5 h6 li".split())


def find_container(body, counts: _Counts):
    """Return ``(element, how)``: the element holding the content, and
    ``"hint"`` (a known CMS container), ``"densest"`` or ``"body"``."""
    total = counts.cjk.get(body, 0)
    if total:
        index = _attribute_index(body)
        for attr, value in CONTAINER_HINTS:
            # a link list (a menu with class="content") is never the content
            found = [
                el for el in index.get((attr, value), ()) if counts.linked.get(el, 0) < 0.5 * counts.cjk.get(el, 0)
            ]
            if found:
                best = max(found, key=lambda el: counts.cjk.get(el, 0))
                if counts.cjk.get(best, 0) >= CONTAINER_MIN_SHARE * total:
                    return best, "hint"
    node, how = body, "body"
    while True:
        kids = [k for k in node if _tag(k) and _tag(k) not in SKIP_TAGS and counts.cjk.get(k, 0)]
        if not kids:
            break
        best = max(kids, key=lambda k: counts.cjk[k] - counts.linked.get(k, 0))  # text, not links
        if _tag(best) in _NO_DESCEND or _is_data_table_part(best):
            break
        others = [k for k in kids if k is not best]
        if not all(_leavable(k, counts) for k in others):
            break
        node, how = best, "densest"
    return node, how


def _attribute_index(root) -> dict:
    """``{("id", value) | ("class", token): [elements]}``, lower-cased, one pass."""
    index: dict = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("id")
        if ident:
            index.setdefault(("id", ident.strip().lower()), []).append(el)
        for token in (el.get("class") or "").lower().split():
            index.setdefault(("class", token), []).append(el)
    return index


def _is_data_table_part(el) -> bool:
    """tbody/tr/td of a table that is not a layout table (one without nested tables)."""
    if _tag(el) not in ("tbody", "thead", "tfoot", "tr", "td", "th"):
        return False
    table = next((a for a in el.iterancestors() if _tag(a) == "table"), None)
    return table is not None and not _is_layout_table(table)


def _leavable(el, counts: _Counts) -> bool:
    """May the descent leave this sibling of the content behind?"""
    if _tag(el) in ("h1", "h2", "h3") or any("title" in (el.get(a) or "").lower() for a in ("id", "class")):
        return False
    if _is_boilerplate(el) or _is_hidden(el):
        return True
    cjk = counts.cjk.get(el, 0)
    return cjk == 0 or counts.linked.get(el, 0) >= 0.5 * cjk


def _is_layout_table(table) -> bool:
    """A table that lays out the page, not a grid of data: one that nests tables, or one whose text
    stands in a single column (an old site's <table><tr><td class="bt">title</td></tr><tr><td>the
    body</td></tr> stacks blocks one above another, between empty spacer cells at most; a grid of
    data has two columns of text at least)."""
    if any(True for _ in table.iterdescendants("table")):
        return True
    rows = _table_parts(table)[0]
    return bool(rows) and all(sum(1 for cell in row if _has_text(cell)) <= 1 for row in rows)


def _has_text(el) -> bool:
    return any(t.strip() for t in el.itertext())


def find_title(root, container, counts: _Counts):
    """A title heading outside ``container`` that its text does not repeat, or None."""
    if container is root or _tag(container) == "body":
        return None
    inside = set(container.iter())
    head = "".join(_CJK_CHARS.findall(container.text_content()[:3000]))
    candidates = []
    for attr, value in _TITLE_HINTS:
        candidates += [el for el in root.iter() if isinstance(el.tag, str) and _matches(el, attr, value)]
    candidates += list(root.iter("h1")) + list(root.iter("h2"))
    for el in candidates:
        if el in inside or any(a in inside for a in el.iterancestors()) or container in set(el.iter()):
            continue
        if any(_is_boilerplate(a) for a in [el, *el.iterancestors()]):
            continue
        title = "".join(_CJK_CHARS.findall(el.text_content()))
        if len(title) >= 6 and _GENRE.search(title) and title not in head:
            return el
    return _title_block_before(root, container, counts, head)


#: how many text blocks before the container are looked at for its title (the breadcrumb, the title,
#: the date and source bar lie between)
_TITLE_BLOCKS_BEFORE = 4


def _title_block_before(root, container, counts: _Counts, head: str):
    """The title of a page that writes it in no heading (an old table-layout site's red title cell,
    <td class="bt">; a <div class="title">): one of the last text blocks before ``container`` in the
    page, not a link, whose text ends like a document's title and is not repeated in the text."""
    before: list = []
    for el in root.iter():
        if el is container:
            break
        if not isinstance(el.tag, str) or _tag(el) not in BLOCK_TAGS or any(_tag(k) in BLOCK_TAGS for k in el):
            continue
        if counts.cjk.get(el, 0) and not _is_hidden(el):
            before.append(el)
            if len(before) > _TITLE_BLOCKS_BEFORE:
                before.pop(0)
    for el in reversed(before):
        cjk = counts.cjk.get(el, 0)
        if cjk < 6 or counts.linked.get(el, 0) * 2 > cjk or any(_is_boilerplate(a) for a in [el, *el.iterancestors()]):
            continue
        text = _ANY_WS.sub("", el.text_content())
        if len(text) <= 120 and _GENRE_END.search(text) and not _SENTENCE_END.search(text):
            if "".join(_CJK_CHARS.findall(text)) not in head:
                return el
    return None


# --------------------------------------------------------------------------- writer

_ASCII_WS = re_compile(r"[ \t\n\r\f]+")
_ASCII_WS_KEEP = re_compile(r"([ \t\n\r\f]+)")
#: characters that a wrapped source line joins without a space
_HAN_EDGE = re_compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60\u2018-\u201d\u2014\u2015\u2026]")


# --------------------------------------------------------------------------- list numbering

#: an <ol>'s ``type`` attribute and the CSS ``list-style-type`` values -> (the Word numFmt that renders
#: the counter, the text after it), as a browser draws the item's number; None: no number drawn
_OL_TYPES: dict[str, tuple[str, str] | None] = {
    "1": ("decimal", ". "),
    "a": ("lowerLetter", ". "),
    "A": ("upperLetter", ". "),
    "i": ("lowerRoman", ". "),
    "I": ("upperRoman", ". "),
    "decimal": ("decimal", ". "),
    "decimal-leading-zero": ("decimalZero", ". "),
    "lower-alpha": ("lowerLetter", ". "),
    "lower-latin": ("lowerLetter", ". "),
    "upper-alpha": ("upperLetter", ". "),
    "upper-latin": ("upperLetter", ". "),
    "lower-roman": ("lowerRoman", ". "),
    "upper-roman": ("upperRoman", ". "),
    "cjk-ideographic": ("chineseCounting", "\u3001"),
    "simp-chinese-informal": ("chineseCounting", "\u3001"),
    "trad-chinese-informal": ("chineseCounting", "\u3001"),
    "cjk-decimal": ("ideographDigital", "\u3001"),
    "none": None,
    "disc": None,
    "circle": None,
    "square": None,
}
#: the indent a browser draws a list inside a list item with, per level of nesting
_NESTED_INDENT = "\u3000\u3000"
#: the deepest nesting drawn with its own indent (as deep as sections nest by indent); deeper lists
#: are drawn at this indent
_MAX_NESTED_INDENT = 8
_LIST_STYLE = re_compile(r"list-style(?:-type)?\s*:\s*([^;]*)", re.I)


def _list_type(el, inherited: tuple[str, str] | None, *, attribute: bool = True) -> tuple[str, str] | None:
    """How ``el`` (an <ol> or an <li>) numbers its items: its CSS list-style-type, else its
    ``type`` attribute (case matters: a and A differ; not where a style sheet rules the list's
    style: ``attribute`` false), else ``inherited``."""
    m = _LIST_STYLE.search(el.get("style") or "")
    if m:
        for word in m.group(1).lower().split():
            if word in _OL_TYPES:
                return _OL_TYPES[word]
    kind = (el.get("type") or "").strip() if attribute else ""
    return _OL_TYPES[kind] if kind in ("1", "a", "A", "i", "I") else inherited


def _int_attr(el, name: str) -> int | None:
    try:
        return int((el.get(name) or "").strip())
    except ValueError:
        return None


#: a list marker of its own at the start of an item's text (一、 （一） 1. 1、 第一条 ①): a CMS that draws
#: no number (``ol{list-style:none}``, often in a sheet the page links) writes it in the item
_OWN_MARKER = re_compile("|".join(pattern.replace("(?P<num>", "(") for _, pattern, _ in MARKER_STYLES))
#: a number drawn in letters or Roman numerals only up to this; past it (or below 1) in digits
_MAX_LETTERED = 100
#: a selector naming lists or their items (``ol``, ``ul,ol``, ``.article ol li``) in a <style> rule
_LIST_RULE = re_compile(r"([^{}]*)\{([^{}]*)\}")
_LIST_SELECTOR = re_compile(r"(?:^|[\s>])(?:ol|li)$", re.I)


def sheet_unnumbered(root) -> bool:
    """Whether a <style> rule of the page draws its lists with no number (``ol,ul{list-style:none}``)."""
    for style in root.iter("style"):
        for sel, body in _LIST_RULE.findall(style.text or ""):
            m = _LIST_STYLE.search(body)
            if m and "none" in m.group(1).lower().split():
                if any(_LIST_SELECTOR.search(part.strip()) for part in sel.split(",")):
                    return True
    return False


def _writes_own_marker(li) -> bool:
    head = ""
    for piece in li.itertext():
        head += piece.lstrip() if not head else piece
        if len(head) >= 12:
            break
    return _OWN_MARKER.match(head) is not None


def _drawn_number(counter: int, num_fmt: str) -> str:
    if num_fmt.endswith(("Letter", "Roman")) and not 1 <= counter <= _MAX_LETTERED:
        num_fmt = "decimal"
    return format_number(counter, num_fmt)


#: how an endnote list's items are drawn: as the note's reference mark ([1]), not as a "1." item
_ENDNOTE_MARK = ("decimal", " ")
#: the container of a page's notes: pandoc's ``<section class="footnotes" role="doc-endnotes">``,
#: Python-Markdown's ``div.footnote``, kramdown's ``div.footnotes``, markdown-it's ``section.footnotes``
_NOTES_CLASS = re_compile(r"(?:^|[\s_-])(?:foot|end)notes?(?:$|[\s_-])", re.I)
#: a note's link back to its reference mark (pandoc ``#fnref1``, Python-Markdown ``#fnref:1``, kramdown
#: ``#fnref:1``, markdown-it ``#fnref1``, Word ``#_ftnref1`` / ``#_ednref1``)
_BACKLINK = re_compile(r"#_?(?:fn|ftn|edn|en)ref", re.I)


def _endnote_list(ol, items: list) -> bool:
    """Whether the <ol> ``ol`` holds a page's footnotes or endnotes (a converter's notes at the end, each
    linking back to its reference mark): its numbers are the marks [1]… in the text, not the items of a
    numbered list of the notice."""
    for el in (ol, *ol.iterancestors()):
        if (el.get("role") or "") in ("doc-endnotes", "doc-footnotes") or _NOTES_CLASS.search(el.get("class") or ""):
            return True
    return bool(items) and all(
        any(_BACKLINK.match(a.get("href") or "") or (a.get("role") or "") == "doc-backlink" for a in li.iter("a"))
        for li in items
    )


def list_item_marks(ol, *, unnumbered: bool = False) -> dict[int, str]:
    """The number a browser draws before each item of the <ol> ``ol`` (by the item's id): the counter
    starts at ``start`` (or the item count, counting down, when ``reversed``), an item's ``value``
    sets it, and it is drawn in the list's type ("1. ", "a. ", "一、"), after an indent per list
    the list is nested in; items drawn without a number (list-style-type: none, a bullet, or a
    page sheet that says so: ``unnumbered``) and items whose text writes a marker of its own are
    left out; a hidden item counts no number."""
    items = [li for li in ol if _tag(li) == "li" and not _is_hidden(li)]
    step = -1 if ol.get("reversed") is not None else 1
    start = _int_attr(ol, "start")
    counter = start if start is not None else (len(items) if step < 0 else 1)
    kind = _list_type(ol, None if unnumbered else _OL_TYPES["1"], attribute=not unnumbered)
    # a list inside a list is drawn one step further in
    depth = sum(1 for up in ol.iterancestors() if _tag(up) in ("ol", "ul"))
    indent = _NESTED_INDENT * min(depth, _MAX_NESTED_INDENT)
    if _endnote_list(ol, items):
        kind, indent = _ENDNOTE_MARK, ""
    marks: dict[int, str] = {}
    for li in items:
        value = _int_attr(li, "value")
        if value is not None:
            counter = value
        drawn = kind if kind is _ENDNOTE_MARK else _list_type(li, kind, attribute=not unnumbered)
        if drawn is not None and counter >= 0 and not _writes_own_marker(li):
            num_fmt, after = drawn
            number = _drawn_number(counter, num_fmt)
            marks[id(li)] = indent + (f"[{number}]{after}" if drawn is _ENDNOTE_MARK else number + after)
        counter += step
    return marks


@dataclass
class _GridCell:
    el: object
    row: int
    col: int
    span: tuple[int, int] | None = None


class _Writer:
    """Accumulates the text and knows the current offset, so spans are exact."""

    def __init__(self, *, strip_boilerplate: bool) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.line_has_text = False
        self.line_has_url = False
        self.pending_break = False
        self.pending_space = False
        self.tail_newlines = 0
        self.in_cell = False
        self.strip_boilerplate = strip_boilerplate
        self.tables: list[Table] = []
        self.warnings: list[ParseWarning] = []
        self.elements = 0
        self.grid_budget = MAX_GRID_CELLS
        self.stopped = False
        self.links: list[tuple[int, int, str]] = []
        self._open_links: dict[int, tuple[int, str]] = {}
        #: the numbers a browser draws before the items of the <ol> lists met (``list_item_marks``)
        self._item_marks: dict[int, str] = {}
        #: a <style> rule of the page draws lists with no number (``sheet_unnumbered``; None: not read yet)
        self._unnumbered: bool | None = None
        #: a list item's number was just written: the item's first block (<li><p>…) stays on its line
        self.marked = False

    # -- low level
    def _emit(self, s: str) -> None:
        self.marked = False
        if s:
            self.parts.append(s)
            self.pos += len(s)
            stripped = s.rstrip("\n")
            self.tail_newlines = (self.tail_newlines + len(s)) if not stripped else len(s) - len(stripped)

    def _newline(self) -> None:
        self._emit("\n")
        self.line_has_text = False
        self.line_has_url = False
        self.pending_space = False

    def _flush(self) -> None:
        if self.pending_break:
            self.pending_break = False
            if self.line_has_text:
                self._newline()
        if self.pending_space and self.line_has_text:
            self._emit(" ")
        self.pending_space = False

    def _list_marks(self, ol) -> None:
        if self._unnumbered is None:
            self._unnumbered = sheet_unnumbered(ol.getroottree().getroot())
        self._item_marks.update(list_item_marks(ol, unnumbered=self._unnumbered))

    # -- what the walk calls
    def text(self, s: str | None) -> None:
        if not s:
            return
        pieces = _ASCII_WS_KEEP.split(s)
        for i in range(0, len(pieces), 2):
            word = pieces[i]
            if i:
                gap = pieces[i - 1]
                # a source line break between two Han characters is no space:
                # 各省、自治区⏎直辖市 is one line as the page shows it
                wrapped = "\n" in gap or "\r" in gap
                last = self.parts[-1] if self.parts and self.line_has_text and not self.line_has_url else ""
                before = last[-1:]  # (never inside a web address: its spaces are its own)
                if not (wrapped and before and _HAN_EDGE.match(before) and word and _HAN_EDGE.match(word[0])):
                    self.pending_space = True
            if word:
                self._flush()
                self._emit(word)
                self.line_has_text = True
                if "://" in word or "www." in word:
                    self.line_has_url = True

    def pre_text(self, s: str | None) -> None:
        if not s:
            return
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        if self.in_cell:
            s = s.replace("\t", " ")
        for i, line in enumerate(s.split("\n")):
            if i:
                self.hard_break()
            if line:
                self._flush()
                self._emit(line)
                self.line_has_text = True

    def item_mark(self, mark: str) -> None:
        """Write the number a browser draws before a list item ("1. "): visible text, so sections and
        spans see it."""
        self._flush()
        self._emit(mark.rstrip(" "))
        self.line_has_text = True
        self.pending_space = mark.endswith(" ")
        self.marked = True

    def block(self) -> None:
        if self.line_has_text:
            self.pending_break = True
        self.pending_space = False

    def hard_break(self) -> None:
        if self.in_cell:  # inside a cell a break never ends or doubles a field
            if self.line_has_text:
                self.pending_break = True
            self.pending_space = False
            return
        if self.pending_break:
            self._flush()
        if self.line_has_text:
            self._newline()
        elif self.parts and self.tail_newlines < 2:
            self._newline()  # an empty line: one blank line at most
        self.pending_space = False

    def finish(self) -> str:
        text = "".join(self.parts).rstrip("\n")
        return text + "\n" if text else ""

    # -- the walk
    def render(self, root) -> None:
        """Render ``root``'s content (not its tail)."""
        stack: list[tuple[int, Any]] = [(0, root)]  # (op, a text or an element)
        pre = 0
        while stack:
            op, item = stack.pop()
            if op == 1:  # text
                (self.pre_text if pre else self.text)(item)
                continue
            el = item
            tag = _tag(el)
            if op == 2:  # close
                if tag == "pre":
                    pre -= 1
                if tag == "a" and id(el) in self._open_links:
                    start, href = self._open_links.pop(id(el))
                    if self.pos > start:
                        self.links.append((start, self.pos, href))
                if tag in BLOCK_TAGS:
                    self.marked = False  # an item that ends with its number only still ends its line
                    self.block()
                continue
            if self.stopped:
                continue
            self.elements += 1
            if self.elements > MAX_ELEMENTS:
                self.stopped = True
                self.warnings.append(
                    ParseWarning(
                        code=WarningCode.HTML_TRUNCATED,
                        message=f"the page has more than {MAX_ELEMENTS} elements; the rest is not read",
                    )
                )
                continue
            if not tag or tag in SKIP_TAGS:
                continue
            if el is not root and (_is_hidden(el) or (self.strip_boilerplate and _is_boilerplate(el))):
                continue
            if tag == "br":
                self.hard_break()
                continue
            if not self.in_cell and self._tabular(el, tag):
                continue
            if tag in BLOCK_TAGS and not self.marked:
                self.block()
            if tag == "ol":
                self._list_marks(el)
            elif tag == "li" and id(el) in self._item_marks:
                self.item_mark(self._item_marks.pop(id(el)))
            if tag == "pre":
                pre += 1
            if tag == "a" and el.get("href"):
                self._flush()
                self._open_links[id(el)] = (self.pos, el.get("href").strip())
            stack.append((2, el))
            for child in reversed(el):
                stack.append((1, child.tail))
                stack.append((0, child))
            stack.append((1, el.text))

    # -- tables
    def _tabular(self, el, tag: str) -> bool:
        """Render ``el`` when it is a table, a table laid out without <table> or a <dl>; did it?"""
        if tag == "table" and not _is_layout_table(el):
            self.table(el)
        elif tag in _GRID_TAGS and len(el) >= 2 and (div_rows := div_grid_rows(el)) is not None:
            self.table(el, div_rows)
        elif tag == "dl":
            self.description_list(el)
        else:
            return False
        return True

    def description_list(self, dl) -> None:
        """A <dl>: each term on a line with its (first) description, ``term：description`` (a colon
        after a term that does not close with its own), as a 公文 writes a field: <dt>牵头单位</dt>
        <dd>省商务厅</dd> is 牵头单位：省商务厅 (a page's CSS draws the two side by side or one under the
        other); a further <dd> of the same term on a line of its own."""
        after_term = False
        for child in dl:
            tag = _tag(child)
            if not tag or tag in SKIP_TAGS or _is_hidden(child):
                continue
            if tag == "dd" and after_term:
                self.pending_break = self.pending_space = False
                if not _TERM_CLOSED.search(self.parts[-1]):
                    self._emit("：")
                self.line_has_text = True
                self.marked = True  # (as after a list item's number: the description's block stays on the line)
                self.render(child)
                self.block()
                after_term = False
                continue
            self.block()
            self.render(child)
            self.block()
            after_term = tag == "dt" and self.line_has_text

    def table(self, table, div_rows: list[tuple[Any, list]] | None = None) -> None:
        hidden: set[int] = set()
        # (a table laid out without <table>: its rows as div_grid_rows found them)
        rows, extra, captions = _table_parts(table, hidden) if div_rows is None else ([c for _, c in div_rows], [], [])
        for caption in captions:
            self.block()
            self.render(caption)
            self.block()
        for el in extra:  # stray content inside the table: shown before it, as browsers do
            self.block()
            self.render(el)
            self.block()
        grid = _lay_out(rows, self.grid_budget)
        if grid is None:
            self.warnings.append(
                ParseWarning(
                    code=WarningCode.TABLE_TOO_LARGE,
                    message="a table lays out too many cells; it is read as plain lines",
                )
            )
            for tr in rows:
                for cell in tr:
                    self.block()
                    self.render(cell)
                    self.block()
            return
        placed, widths, used = grid
        self.grid_budget -= used
        self.block()
        out_rows: list[list[Cell]] = []
        start = end = None
        for r, width in enumerate(widths):
            if not width or r in hidden:
                continue  # (a hidden row is no row of the table: nothing of it is seen)
            self._flush()
            if self.line_has_text or self.pending_break:
                self._newline()
            row_start = self.pos
            cells: list[Cell] = []
            for c in range(width):
                if c:
                    self._emit("\t")
                gc = placed.get((r, c))
                if gc is None:
                    cells.append(Cell(span=(self.pos, self.pos)))
                elif gc.row == r and gc.col == c:
                    # a hidden cell (a hidden column's: Excel writes its cells display:none) keeps its place, empty
                    gc.span = (self.pos, self.pos) if _is_hidden(gc.el) else self._cell(gc.el)
                    cells.append(Cell(span=gc.span))
                else:
                    cells.append(Cell(span=gc.span or (self.pos, self.pos), merged=True))
            self.line_has_text = True
            self.pending_break = True
            if start is None:
                start = row_start
            end = self.pos
            out_rows.append(cells)
        if out_rows and start is not None and end is not None:
            self.tables.append(Table(span=(start, end), rows=out_rows))

    def _cell(self, el) -> tuple[int, int]:
        self.in_cell = True
        self.line_has_text = self.pending_break = self.pending_space = False
        start = self.pos
        self.render(el)
        self.pending_break = self.pending_space = False
        self.in_cell = False
        return start, self.pos


#: the elements a table laid out without <table> is written in (div_grid_rows)
_GRID_TAGS = frozenset(("div", "ul", "ol", "section"))
#: a term that closes with its own colon (负责单位：) takes no other
_TERM_CLOSED = re_compile(r"[：:]\s*$")
#: a grid's header names at least this many columns
_GRID_MIN_COLUMNS = 3


def _elements(el) -> list:
    """``el``'s element children that show (no comment, script or hidden element)."""
    return [c for c in el if isinstance(c.tag, str) and _tag(c) not in SKIP_TAGS and not _is_hidden(c)]


def _own_text(el) -> bool:
    """Does ``el`` hold text of its own, outside its element children?"""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def div_grid_rows(el) -> list[tuple[Any, list]] | None:
    """The rows (each the row's element and its cells) of a table a page lays out without <table>,
    or None. A CSS grid or display:table of divs (<div class="tbl"><div class="tr"><div
    class="td">), ARIA roles (role="table" / "row" / "cell", rows in role="rowgroup"), a UI kit's
    divs (el-table, ant-table, Bootstrap .row / .col-*), a list (<ul><li><span>…): each child of
    ``el`` is a row whose element children are its cells, or a group of such rows (a thead or tbody
    written in divs). It is a table when its first row is a task table's header — three cells or
    more, a role column among them and a task or time column (序号 | 任务 | 牵头单位 | 配合单位 |
    完成时限) — and no row has more cells than the header; a row of fewer cells is a group row
    (一、…) or a row whose last cells are empty."""
    from ..lexicon.table_headers import classify_header

    children = _elements(el)
    if len(children) < 2 or _own_text(el):
        return None
    first = _elements(children[0])
    if len(first) < _GRID_MIN_COLUMNS:
        first = _elements(first[0]) if len(first) == 1 else []  # a header row inside its group
        if len(first) < _GRID_MIN_COLUMNS:
            return None
    kinds = {classify_header("".join(cell.itertext()))[0] for cell in first}
    if not ({"lead", "responsible", "supporting"} & kinds and {"task", "deadline"} & kinds):
        return None
    width = len(first)
    rows: list[tuple[Any, list]] = []
    for child in children:
        if _own_text(child):
            return None
        cells = _elements(child)
        if (
            cells
            and all(len(_elements(c)) >= 1 and not _own_text(c) for c in cells)
            and (len(_elements(cells[0])) >= _GRID_MIN_COLUMNS or len(cells) == 1)
        ):
            rows.extend((row, _elements(row)) for row in cells)  # a group of rows
        else:
            rows.append((child, cells))
    if len(rows) < 2 or any(len(cells) > width for _, cells in rows):
        return None
    return rows


def _table_parts(table, hidden: set[int] | None = None):
    """Rows (each a list of td/th), stray elements, captions — of this table only. ``hidden`` is given
    the indexes of the rows hidden by their style or a hidden row group's (Excel's 发布为网页 keeps a
    hidden row as ``<tr height=0 style='display:none'>``; it still counts in the rowspans around it)."""
    rows: list[list] = []
    extra: list = []
    captions: list = []

    def visit(parent, concealed=False):
        for child in parent:
            tag = _tag(child)
            if tag == "tr":
                if hidden is not None and (concealed or _is_hidden(child)):
                    hidden.add(len(rows))
                rows.append([c for c in child if _tag(c) in ("td", "th")])
            elif tag in ("thead", "tbody", "tfoot"):
                visit(child, concealed or _is_hidden(child))
            elif tag == "caption":
                captions.append(child)
            elif tag and tag not in ("col", "colgroup") and tag not in SKIP_TAGS:
                extra.append(child)

    visit(table)
    return rows, extra, captions


_DIGITS = re_compile(r"\d+")


def _span_attr(el, name: str, cap: int) -> int:
    raw = (el.get(name) or "").strip()
    digits = _DIGITS.match(raw)
    if not digits:
        return 1
    n = int(digits.group()[:7])
    if n == 0 and name == "rowspan":
        return cap  # rowspan="0": to the end of the table
    return max(1, min(n, cap))


def _lay_out(rows, budget: int):
    """The HTML table algorithm: ``{(r, c): _GridCell}``, each row's width and
    the positions used; None when over ``budget``."""
    placed: dict[tuple[int, int], _GridCell] = {}
    widths = [0] * len(rows)
    used = 0
    for r, cells in enumerate(rows):
        c = 0
        for el in cells:
            while (r, c) in placed:
                c += 1
            colspan = _span_attr(el, "colspan", MAX_COLSPAN)
            rowspan = _span_attr(el, "rowspan", len(rows) - r)
            gc = _GridCell(el, r, c)
            used += colspan * rowspan
            if used > budget:
                return None
            for dr in range(rowspan):
                for dc in range(colspan):
                    placed.setdefault((r + dr, c + dc), gc)
                widths[r + dr] = max(widths[r + dr], c + colspan)
            c += colspan
    return placed, widths, used


# --------------------------------------------------------------------------- reader


def make_parser(*, deep: bool = False) -> lxml.html.HTMLParser:
    """libxml2's HTML parser, offline: it loads no DTD, fetches nothing and
    expands no declared entity. ``deep`` lifts the nesting limit from 256 to
    2048 levels (pages of unclosed ``<font>`` tags nest that deep); a parser is
    made per call because lxml parsers must not be shared between threads."""
    return lxml.html.HTMLParser(
        no_network=True,  # never fetch anything
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,
        recover=True,
        huge_tree=deep,
        compact=True,
    )


def _hit_limit(parser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def parse_html(source: str, name: str):
    """Parse ``source``; return ``(root, warnings)``."""
    warnings: list[ParseWarning] = []
    try:
        parser = make_parser()
        root = lxml.html.document_fromstring(source, parser=parser)
        if _hit_limit(parser):
            parser = make_parser(deep=True)
            root = lxml.html.document_fromstring(source, parser=parser)
            if _hit_limit(parser):
                warnings.append(
                    ParseWarning(
                        code=WarningCode.HTML_TRUNCATED,
                        message="elements nest more than 2048 deep; the text after that point is lost",
                    )
                )
            else:
                warnings.append(
                    ParseWarning(
                        code=WarningCode.HTML_DEEPLY_NESTED,
                        message="elements nest more than 256 deep (unclosed tags?); read with the higher limit",
                    )
                )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReaderError(f"cannot read as html: {exc}", name=name) from None
    return root, warnings


def read(data: bytes, options: ReadOptions) -> ReadResult:
    source, encoding, warnings = decode_html(data, options)
    source, more = clean_source(source)
    warnings += more
    if not source.strip():
        raise ReaderError("empty file: there is no text to parse", name=options.name)
    root, more = parse_html(source, options.name)
    warnings += more
    body = root.find("body")
    if body is None:
        body = root
    counts = _Counts.of(body)
    container, how = find_container(body, counts)
    writer = _Writer(strip_boilerplate=how != "hint")
    title = find_title(body, container, counts)
    if title is not None:
        writer.render(title)
        writer.block()
    writer.render(container)
    text = writer.finish()
    if (shown := _cjk(text)) < STATE_SHELL_MAX_CJK and "<script" in source:  # an unrendered portal (readers.record)
        from .record import page_state

        if (state := page_state(root, shown, options, encoding)) is not None:
            return state
    if not text.strip():
        raise ReaderError("no visible text in the HTML", name=options.name)
    warnings += writer.warnings
    bad = text.count("\ufffd")
    if bad and not any(w.code == WarningCode.REPLACEMENT_CHARACTERS for w in warnings):
        warnings.append(
            ParseWarning(
                code=WarningCode.REPLACEMENT_CHARACTERS, message=f"{bad} undecodable character(s) (U+FFFD) in the text"
            )
        )
    links = [(a, min(b, len(text)), href) for a, b, href in writer.links if a < len(text)]
    tables = writer.tables
    if excel_page(source) and (laid := excel_sheet_text(text, tables)) is not None:
        text, tables, links = *laid, []  # a sheet Excel saved as a web page, laid out as the sheet itself
    return ReadResult(
        text=text,
        format="html",
        encoding=encoding,
        tables=tables,
        warnings=warnings,
        links=links,
        page_title=page_title(root),
        page_lines=page_lines(body, container),
    )


# ---------------------------------------------------------------- a sheet Excel saved as a web page

#: Excel's 另存为网页 / 发布为网页 page: <meta name=ProgId content=Excel.Sheet>, <meta name=Generator content="Microsoft
#: Excel 15">, <div x:publishsource="Excel">
_EXCEL_PAGE = re_compile(
    r"""<meta\s[^>]*?content=["']?(?:Excel\.Sheet|Microsoft Excel)|x:publishsource=["']?Excel""", re.I
)


def excel_page(source: str) -> bool:
    """Whether the page is a worksheet Excel saved as a web page.

    >>> excel_page("<html><head><meta name=ProgId content=Excel.Sheet></head>"), excel_page("<p>一、</p>")
    (True, False)
    """
    return _EXCEL_PAGE.search(source, 0, 20_000) is not None


def excel_sheet_text(text: str, tables: list[Table]) -> tuple[str, list[Table]] | None:
    """An Excel page whose text is its tables only, laid out as the spreadsheet reader lays out a sheet
    (:func:`.sheet.write_sheet`): the title and 填报单位 rows above the header and the 说明/注 rows (with the
    signature Excel pages put in them) after the last row of cells are paragraphs, the rest the table. None
    when the page holds text outside its tables (then it is read as any page)."""
    if not tables:
        return None
    pos = 0
    for table in tables:
        if text[pos : table.span[0]].strip():
            return None
        pos = table.span[1]
    if text[pos:].strip():
        return None
    from .blocks import BlockWriter
    from .sheet import table_rows, write_sheet

    writer = BlockWriter()
    for table in tables:
        write_sheet(writer, table_rows(text, table))
    return writer.text(), writer.tables


_GENRE_END = re_compile(_GENRE.pattern + r"(?:[（(][^（）()]{1,20}[）)])?$")
#: sentence punctuation: a block that holds it is prose, not a title
_SENTENCE_END = re_compile("[。；;！？]")
#: what separates a page title from the site's name: X的通知_广州市卫生健康委员会, X - 中国政府网
_TITLE_SEPARATORS = re_compile(SITE_TITLE_SEPARATORS)


def page_title(root) -> str | None:
    """The text of ``<title>`` without the site's name around it: the part
    that names a document (ends in a genre word), or None."""
    el = root.find(".//title")
    if el is None:
        return None
    raw = _ASCII_WS.sub(" ", el.text_content() or "").strip()
    for part in _TITLE_SEPARATORS.split(raw):
        part = part.strip()
        if len(_CJK_CHARS.findall(part)) >= 6 and _GENRE_END.search(part):
            return part
    return None


#: the elements whose text is one line of the page around the notice (a metadata cell, an attachment line)
_PAGE_LINE_TAGS = ("td", "th", "li", "dd", "dt", "p", "div")
_ANY_WS = re_compile(r"\s+")
#: at most this many lines around the notice are kept (a page's metadata and attachments are near it)
_PAGE_LINES_MAX = 400


def _text_sizes(body, limit: int) -> dict:
    """Each element's text_content() length without whitespace (capped at ``limit`` + 1), children
    before parents: each text read once (text_content() of every nested block of a deep page was
    quadratic in its depth)."""
    size: dict = {}
    for el in reversed(list(body.iter())):
        n = len(_ANY_WS.sub("", el.text or "")) if isinstance(el.tag, str) else 0  # a comment's is no text
        for child in el:
            if n > limit:
                break
            n += size[child] + len(_ANY_WS.sub("", child.tail or ""))
        size[el] = min(n, limit + 1)
    return size


def page_lines(body, container) -> tuple[tuple[str, str | None], ...]:
    """The page's own lines outside ``container``: the text of each block that
    holds no other block (a 信息公开 table's cell 文号：, the next cell's
    德政办发〔2025〕9号; an attachment line 附件：X.xlsx after the article),
    whitespace removed, with None; and after a line that starts with the
    annex word, each of its links as (link text, address)."""
    if container is body:
        return ()
    inside = set(container.iter())
    sizes = _text_sizes(body, 300)
    out: list[tuple[str, str | None]] = []
    for el in body.iter(*_PAGE_LINE_TAGS):
        if len(out) >= _PAGE_LINES_MAX:
            break
        if el in inside or any(_tag(k) in BLOCK_TAGS for k in el) or _is_hidden(el):
            continue
        if not 0 < sizes[el] <= 300:
            continue
        line = _ANY_WS.sub("", el.text_content())
        out.append((line, None))
        if line.startswith(ANNEX_WORD):
            for a in el.iter("a"):
                name = _ANY_WS.sub("", a.text_content())
                if name:
                    out.append((name, a.get("href")))
    return tuple(out)
