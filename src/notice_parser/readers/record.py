"""The notice stored as data: a crawler's JSON record, and a single-page portal's page state.

A crawler saves a notice as a record (one JSON object in a ``.json`` file, or one line of a JSON
Lines file): ``{"title": …, "url": …, "pub_date": …, "publisher": …, "doc_no": …, "content":
"<p style=…>…</p>…", "attachments": […]}``, Chinese often as ``\\uXXXX`` escapes (``ensure_ascii``).
Field names vary with the crawler and the site's API: ``content`` / ``contentHtml`` / ``body`` /
``html`` / ``text`` / ``article`` / ``正文``, ``title`` / ``标题``, ``docNo`` / ``doc_no`` / ``文号`` /
``发文字号``, and the record may sit inside an API response (``{"code": 0, "data": {"detail":
{…}}}``) or hold its body as ``{"rendered": "<p>…"}``. A single-page portal saved before it
rendered shows an empty shell (nav, "页面加载中……", footer) and keeps the same record in a
``<script>``: ``window.__INITIAL_STATE__ = {…}`` (serialize-javascript's ``\\u003C`` escapes),
``window.__NUXT__ = (function(a, b){return {…}}(…))``, ``<script id="__NEXT_DATA__"
type="application/json">``, ``self.__next_f.push([1, "…"])``.

Both are read the same way. :func:`_pairs` lexes the JSON or JavaScript (strings, brackets and
``key:`` names; nothing is evaluated) into (name, value) pairs, each with the objects around it.
The body is the longest string of a body field (else the longest Chinese string): its HTML is
read by the HTML reader, a plain text by the text reader, and the document's ``text`` is that
body's text, every span pointing into it. The record's title, 文号, dates and publisher, from
the body's object or the objects around it, become the page's own lines outside the text
(``page_title``, ``page_lines`` — what an HTML page's 信息公开 table gives), which the header
uses only where the body itself shows none. The record's list of download files is site chrome
and is not read.

A JSON file that is parse-notice's own output (``schema_version``, ``source``, ``text``) or an
error record is refused: a directory parsed into itself twice never reads its outputs as inputs
(:func:`looks_like_record` is the directory walk's test).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import unescape as html_unescape

from ..compiled import re_compile
from ..errors import ReaderError
from ..lexicon.records import BODY_FIELD_NAMES, RECORD_FIELDS
from ..model import ParseWarning, WarningCode
from . import ReadOptions, ReadResult

#: a string literal (JSON or JavaScript, either quote), a bracket, or a bare name before a colon (JavaScript).
#: A literal runs to its closing quote, else to the line's end (an unclosed one is taken as one token, never
#: tried again from each escaped quote inside it: linear); a name starts only where a name starts.
_TOKEN = re_compile(
    r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'?"
    r"|[{}\[\]]"
    r"|(?<![\w$])[A-Za-z_$][\w$]*(?=\s*:)"
)
_ESCAPE = re_compile(r"\\(u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|\n|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}
_CJK = re_compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_MARKUP = re_compile(r"(?i)<(?:p|div|br|span|table|tr|td|h[1-6]|strong|b|section|article|li|ul|ol|font|img|a)\b[^<>]*>")


_KEY_NOISE = re_compile(r"[_\-\s]")


def _key(name: str) -> str:
    """A field name as compared: lower case, without ``_``, ``-`` and blanks (docNo = doc_no)."""
    return _KEY_NOISE.sub("", name).lower()


#: field names (compared as :func:`_key` writes them) of the notice's body
BODY_FIELDS = frozenset(_key(k) for k in BODY_FIELD_NAMES)
#: names of an object that only wraps its parent field's value ({"content": {"rendered": "<p>…"}})
_WRAPPERS = frozenset(_key(k) for k in ("rendered", "value", "raw", "html", "text", "content", "zh", "cn"))
#: the record's fields (lexicon.records), their names as :func:`_key` writes them
_FIELD_KEYS = tuple((label, tuple(_key(n) for n in names)) for label, names in RECORD_FIELDS)
#: Chinese characters a body needs (a short abstract or a label is no notice)
MIN_BODY_CJK = 20
#: Chinese characters a string needs to be taken as the body when no field names one
MIN_UNNAMED_CJK = 100
#: longest value of a header field (a title, a 文号, a date)
_FIELD_MAX = 300
#: most characters of script or JSON lexed (a page's state, a record)
MAX_LEXED = 20_000_000


def unescape(literal: str) -> str:
    r"""The value of a JSON or JavaScript string literal's body (without its quotes).

    >>> unescape(r"\u003Cp\u003E\u84ec\u5ddd\u002F\x41\"\n")
    '<p>蓬川/A"\n'
    """
    if "\\" not in literal:
        return literal
    text = _ESCAPE.sub(_unescaped, literal)
    if any("\ud800" <= c <= "\udfff" for c in text):  # a pair of \uD83D\uDE00 escapes: one character
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _unescaped(m: re.Match[str]) -> str:
    e = m.group(1)
    if e[0] == "u" and len(e) > 1:
        return chr(min(int(e[2:-1] if e[1] == "{" else e[1:], 16), 0x10FFFF))
    if e[0] == "x" and len(e) == 3:
        return chr(int(e[1:], 16))
    return _SIMPLE_ESCAPES.get(e, e)


@dataclass(frozen=True)
class _Pair:
    """A string value and where it sits: its field name, the name of the object it is in (or of
    the array it is an item of), the path of open objects and arrays (ids, outermost first) and
    its place in the source."""

    key: str
    parent: str
    value: str
    path: tuple[int, ...]
    pos: int
    #: the id of the array it is an item of (no name of its own), else -1
    array: int = -1


def _pairs(source: str) -> list[_Pair]:
    """The string values of JSON or JavaScript ``source``, each with its field name and the
    objects around it (nothing is evaluated; a name in an array's item is the array's name)."""
    out: list[_Pair] = []
    stack: list[tuple[int, str, bool]] = []  # (id, the name of the field it is the value of, is an array)
    pending: str | None = None
    ids = 0
    for m in _TOKEN.finditer(source, 0, min(len(source), MAX_LEXED)):
        tok = m.group(0)
        c = tok[0]
        if c in "{[":
            ids += 1
            stack.append((ids, pending or (stack[-1][1] if stack and stack[-1][2] else ""), c == "["))
            pending = None
            continue
        if c in "}]":
            if stack:
                stack.pop()
            pending = None
            continue
        after = source[m.end() : m.end() + 40].lstrip()
        if c not in "\"'":  # a bare name before ":"
            pending = tok
            continue
        value = unescape(_literal_body(tok))
        if after.startswith(":"):
            pending = value
            continue
        path = tuple(s[0] for s in stack)
        parent = stack[-1][1] if stack else ""
        if pending is not None:
            out.append(_Pair(_key(pending), _key(parent), value, path, m.start()))
            pending = None
        elif stack and stack[-1][2] and parent:  # an item of a named array ("content": ["…", "…"])
            out.append(_Pair(_key(parent), _key(parent), value, path, m.start(), stack[-1][0]))
    return out


def _literal_body(tok: str) -> str:
    r"""A string token without its quotes (an unclosed one without its opening quote).

    >>> _literal_body('"abc"'), _literal_body('"abc'), _literal_body(r'"a\"'), _literal_body(r'"a\\"')
    ('abc', 'abc', 'a\\"', 'a\\\\')
    """
    body = tok[1:]
    if len(body) and body[-1] == tok[0]:
        inner = body[:-1]
        if (len(inner) - len(inner.rstrip("\\"))) % 2 == 0:  # not an escaped quote
            return inner
    return body


def _cjk(s: str) -> int:
    return _CJK.subn("", s)[1] if s else 0


def _names(p: _Pair) -> tuple[str, ...]:
    """The names a value goes by: its own, and its object's when it only wraps that (rendered)."""
    return (p.key, p.parent) if p.key in _WRAPPERS and p.parent else (p.key,)


@dataclass
class Record:
    """A notice record: its body and its header fields (label → value)."""

    body: str
    fields: dict[str, str]
    #: records in the source that hold a body (only the longest is read)
    count: int = 1


def find_record(source: str, *, named_only: bool = False) -> Record | None:
    """The notice record of a JSON or JavaScript source: the longest body (a named body field,
    else — unless ``named_only`` — the longest Chinese string), and the header fields of its
    object and the objects around it; None when nothing holds a body.

    >>> r = find_record('{"code":0,"data":{"detail":{"title":"关于X的通知","docNo":"某政发〔2026〕1号",'
    ...                 '"content":"\\\\u003Cp\\\\u003E各乡镇人民政府：现将方案印发给你们，请认真抓好落实，结合实际贯彻执行。\\\\u003C/p\\\\u003E"},'
    ...                 '"prev":{"title":"关于Y的通知"}}}')
    >>> r.body[:10], r.fields["标题"], r.fields["文号"]
    ('<p>各乡镇人民政府', '关于X的通知', '某政发〔2026〕1号')
    """
    pairs = _pairs(source)
    bodies = [p for p in pairs if BODY_FIELDS.intersection(_names(p))]
    # an array of paragraphs ("content": ["…", "…"]) is one body
    joined: dict[int, _Pair] = {}
    for p in bodies:
        if p.array >= 0:
            first = joined.get(p.array)
            joined[p.array] = p if first is None else replace(first, value=first.value + "\n" + p.value)
    bodies = [p for p in bodies if p.array < 0] + list(joined.values())
    scored = [(n, p) for p in bodies if (n := _cjk(p.value)) >= MIN_BODY_CJK]
    if not scored and not named_only:
        scored = [(n, p) for p in pairs if (n := _cjk(p.value)) >= MIN_UNNAMED_CJK]
    if not scored:
        return None
    _, body = max(scored, key=lambda s: s[0])
    holders = {p.path for _, p in scored}
    fields: dict[str, str] = {}
    for label, names in _FIELD_KEYS:
        best: tuple[int, int, str] | None = None  # (depth of the shared object, -distance, value)
        for p in pairs:
            if p is body or not p.value.strip() or len(p.value) > _FIELD_MAX or not set(names).intersection(_names(p)):
                continue
            # (a wrapper's value belongs to the object that holds the wrapper: {"title": {"rendered": …}})
            path = p.path[:-1] if p.key in _WRAPPERS and p.parent else p.path
            if path != body.path[: len(path)]:  # in another object than the body's or one around it
                continue
            rank = (len(path), -abs(p.pos - body.pos), p.value.strip())
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is not None:
            fields[label] = best[2]
    return Record(body.value, fields, count=len(holders))


def record_fields(names: list[str], values: list[str] | None = None) -> dict[str, str]:
    """The header fields (label -> value) a row of named values holds (a dataset's CSV row), its
    ``names`` as :func:`_key` writes them, each label's most trusted name first; with no ``values``,
    the labels the names hold (each with "").

    >>> record_fields(["id", "title", "pubdate", "docno", "content"], ["7", "关于X的通知", "2026-06-01", "", "…"])
    {'标题': '关于X的通知', '发布日期': '2026-06-01'}
    """
    fields: dict[str, str] = {}
    for label, keys in _FIELD_KEYS:
        for key in keys:
            if key not in names:
                continue
            k = names.index(key)
            value = "" if values is None else (values[k].strip() if k < len(values) else "")
            if values is None or (value and len(value) <= _FIELD_MAX):
                fields[label] = value
                break
    return fields


def _has_markup(body: str) -> bool:
    return _MARKUP.search(body, 0, 200_000) is not None


def read_record(record: Record, options: ReadOptions, *, fmt: str, encoding: str | None) -> ReadResult:
    """The record's body read as what it is (HTML or text), with the record's header fields as
    the page's own lines outside the text."""
    body = record.body
    if not _has_markup(body) and "&lt;" in body and _has_markup(unescaped := html_unescape(body)):
        body = unescaped  # the HTML stored escaped (&lt;p&gt;…&lt;/p&gt;): the page's markup
    sub = ReadOptions(name=options.name, encoding="utf-8", max_bytes=max(options.max_bytes, 4 * len(body)))
    data = body.encode("utf-8", "surrogatepass")
    if _has_markup(body):
        from . import html

        result = html.read(data, sub)
    else:
        from . import text

        result = text.read(data, sub)
        for table in result.tables:
            table.plain = True  # typed as text: an empty cell under a merged one is empty, as in a .txt
    from .entities import decode_entities

    # (a field copied from the page's HTML keeps its entities: 关于印发&ldquo;十大行动&rdquo;方案的通知)
    fields = {label: " ".join(decode_entities(value).split()) for label, value in record.fields.items()}
    lines = tuple((f"{label}：{value}", None) for label, value in fields.items())
    title = fields.get("标题")
    result.page_title = title or result.page_title
    result.page_lines = lines + tuple(result.page_lines)
    result.format = fmt  # type: ignore[assignment]
    result.encoding = encoding
    if record.count > 1:
        result.warnings.append(
            ParseWarning(
                code=WarningCode.RECORDS_SKIPPED,
                message=f"{record.count} records hold a notice body; only the longest is read",
            )
        )
    return result


# --------------------------------------------------------------------------- .json / .jsonl files

#: the first keys of parse-notice's own output (Notice JSON) and of its error records
_OWN_OUTPUT = re_compile(r'\A[\s\[]*\{\s*"(?:schema_version|source)"\s*:')
#: a field name and the start of its string value, or of the first string one object or array down
#: ({"content": {"rendered": "<p>…"}}, {"body": ["…", …]})
_KEY_AND_STRING = re_compile(
    r'"((?:[^"\\\n]|\\.){1,60})"\s*:\s*(?:\{\s*"[^"\\\n]{1,30}"\s*:\s*|\[\s*)?"([^"\\\n]*(?:\\.[^"\\\n]*)*)'
)


def own_output(text: str) -> bool:
    """Whether ``text`` is parse-notice's own output: a Notice JSON (its first key schema_version),
    an error record ({"source": …, "error": …}) or a JSONL file of them.

    >>> own_output('{"schema_version": "1", "source": {"name": "a.txt"}, "text": "一、"}')
    True
    >>> own_output('{"title": "关于X的通知", "content": "<p>…</p>"}')
    False
    """
    return _OWN_OUTPUT.match(text[:4096]) is not None


def _head_text(head: bytes) -> str:
    """The first bytes of a file as text: by its byte-order mark, else UTF-8 (a character cut at the
    end forgiven), else GB18030."""
    from .sniff import bom_encoding

    if (wide := bom_encoding(head)) is not None:
        return head.decode(wide, "ignore").lstrip("\ufeff")
    try:
        return head.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return head[: exc.start].decode("utf-8").lstrip("\ufeff")
        return head.decode("gb18030", "ignore")


def looks_like_record(head: bytes) -> bool:
    """Whether the first bytes of a ``.json`` / ``.jsonl`` file are a notice record: JSON whose
    body field (content, body, 正文 …) holds Chinese text, and not parse-notice's own output.
    A directory walk reads only such files.

    >>> looks_like_record('{"title": "关于X的通知", "content": "<p>各乡镇人民政府：现将方案印发给你们，请认真贯彻落实。</p>"}'.encode())
    True
    >>> looks_like_record(b'{"title": "\\\\u5173\\\\u4e8e", "content": "\\\\u5404\\\\u4e61\\\\u9547\\\\u4eba\\\\u6c11\\\\u653f\\\\u5e9c"}')
    False
    >>> looks_like_record('{"schema_version": "1", "text": "各乡镇人民政府：现将方案印发给你们，请认真贯彻落实。"}'.encode())
    False
    """
    text = _head_text(head)
    if not text.lstrip().startswith(("{", "[")) or own_output(text):
        return False
    for m in _KEY_AND_STRING.finditer(text):  # (a body may run on past the head: its start is enough)
        if _key(unescape(m.group(1))) in BODY_FIELDS and _cjk(unescape(m.group(2))) >= MIN_BODY_CJK:
            return True
    # an array of short paragraphs, a body further down
    return any(BODY_FIELDS.intersection(_names(p)) and _cjk(p.value) >= MIN_BODY_CJK for p in _pairs(text))


def read(data: bytes, options: ReadOptions) -> ReadResult:
    """A ``.json`` / ``.jsonl`` crawler record: its body read as HTML or text."""
    from .text import decode

    source, encoding, _ = decode(data, encoding=options.encoding, name=options.name)
    source = source.lstrip("\ufeff")
    if own_output(source):
        raise ReaderError(
            "this is parse-notice's own output (Notice JSON or an error record), not a document", name=options.name
        )
    record = find_record(source)
    if record is None:
        raise ReaderError(
            "JSON with no notice in it: no field (content, body, text, 正文 …) holds Chinese text", name=options.name
        )
    return read_record(record, options, fmt="json", encoding=encoding)


# --------------------------------------------------------------------------- a page's state in <script>

#: a script that sets a page's state: the name of a framework's or a site's state object
_STATE_SCRIPT = re_compile(r"__[A-Z][A-Z_]*__|__next_f|__NEXT_DATA__|window\.\w+\s*=|\bvar\s+\w+\s*=\s*[\[{]")
#: the string literal handed to JSON.parse
_PARSED_STRING = re_compile(r"""JSON\.parse\(\s*("[^"\\\n]*(?:\\.[^"\\\n]*)*"?|'[^'\\\n]*(?:\\.[^'\\\n]*)*'?)""")
#: a Chinese character written as an escape (\u84ec)
_ESCAPED_CJK = re_compile(r"\\u(?:[4-9][0-9A-Fa-f]{3}|3[4-9A-Fa-f][0-9A-Fa-f]{2})")
#: the share of its Chinese characters a state's body must exceed the visible text by (a rendered
#: page keeps its state too: then the visible text is the notice)
_STATE_OVER_VISIBLE = 2


def page_state(root, visible_cjk: int, options: ReadOptions, encoding: str | None) -> ReadResult | None:
    """A page whose visible body holds no notice but whose ``<script>`` state does (a single-page
    portal saved before it rendered): the state's notice record read as the document, or None.
    A state's body must hold :data:`MIN_UNNAMED_CJK` Chinese characters and twice as many as the
    page shows."""
    chunks: list[str] = []
    flight: list[str] = []
    for el in root.iter("script"):
        if el.get("src") or not el.text:
            continue
        code = el.text
        if _cjk(code) + len(_ESCAPED_CJK.findall(code)) < MIN_UNNAMED_CJK:
            continue  # a program, not a state: too little Chinese to hold a notice
        if "__next_f" in code:  # Next.js streams its payload as string chunks: one text, lexed again
            flight.extend(unescape(m.group(0)[1:-1]) for m in _TOKEN.finditer(code) if m.group(0)[0] == '"')
        elif (el.get("type") or "").endswith("json") or _STATE_SCRIPT.search(code):
            chunks.append(code)
            # a state stored as a JSON string (window.__INITIAL_STATE__ = JSON.parse("{\"article\": …}")): lexed again
            chunks.extend(unescape(_literal_body(m.group(1))) for m in _PARSED_STRING.finditer(code))
    if flight:
        chunks.append("".join(flight))
    best: Record | None = None
    for code in chunks:
        record = find_record(code)
        if record is not None and (best is None or _cjk(record.body) > _cjk(best.body)):
            best = record
    if best is None:
        return None
    body_cjk = _cjk(best.body)
    if body_cjk < MIN_UNNAMED_CJK or body_cjk <= _STATE_OVER_VISIBLE * visible_cjk:
        return None
    result = read_record(best, options, fmt="html", encoding=encoding)
    result.warnings.insert(
        0,
        ParseWarning(
            code=WarningCode.TEXT_FROM_PAGE_STATE,
            message="the page shows no notice: its text is the notice record of the page's <script> state",
        ),
    )
    return result
