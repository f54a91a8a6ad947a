"""Readers: bytes in, a :class:`ReadResult` out, one module per format.

Every reader has the signature ``read(data: bytes, options: ReadOptions) ->
ReadResult``. The text it returns is what every span indexes: newlines are
``\\n`` and nothing else is removed. Tables are rendered into that text (one
line per row, cells separated by a tab; a cell's own paragraphs are joined
by ``\\n``, so a row with a multi-paragraph cell covers several lines) and are
also returned as :class:`Table` objects whose cell spans point into the
text, so table rows become measures with grounded units. Rely on the spans,
not on the lines.

Format detection looks at the content (see :func:`sniff_format`): OLE2
magic (a ``WpsCustomData`` stream makes it WPS), a ZIP holding ``OFD.xml``
(OFD) or ``word/document.xml`` (docx), ``%PDF-``, ``{\\rtf``, a MIME
``multipart/related`` header (MHT), a ``<w:wordDocument`` root (Word 2003
XML), HTML markup, a JSON object whose body field holds Chinese text (a
crawler's record, :mod:`.record`), a ZIP holding ``xl/workbook.xml`` (xlsx), an OLE2 file
holding a ``Workbook`` stream (xls), a ``.csv`` name (:mod:`.sheet`), else text. The file extension is only a hint, and
``format=`` overrides both.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import get_args

from ..compiled import re_compile
from ..defaults import DEFAULT_MAX_BYTES
from ..errors import DocumentTooLarge, ReaderError, UnsupportedFormat
from ..model import Format, ParseWarning, WarningCode
from .sniff import sniff_format

FORMATS: tuple[Format, ...] = get_args(Format)
_ALIASES = {
    "text": "txt",
    "htm": "html",
    "xhtml": "html",
    "jsp": "html",
    "md": "txt",
    "mhtml": "mht",
    "eml": "mht",
    "et": "wps",
    "xlsm": "xlsx",
    "xml": "wordml",
    "jsonl": "json",
    "ndjson": "json",
}

#: format name -> module under notice_parser.readers exposing read(data, options)
READERS = {
    "txt": "text",
    "html": "html",
    "mht": "mht",
    "docx": "docx",
    "doc": "doc",
    "wps": "wps",
    "rtf": "rtf",
    "wordml": "wordml",
    "pdf": "pdf",
    "ofd": "ofd",
    "json": "record",
    "xlsx": "sheet",
    "xls": "sheet",
    "csv": "sheet",
}


@dataclass
class ReadOptions:
    name: str = "<input>"
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Cell:
    """One table cell. ``text[span]`` is the cell's text as rendered.

    Every row has one Cell per grid column. A position covered by a merge —
    vertical (rowspan, vMerge continue) or horizontal (colspan, gridSpan) —
    has ``merged=True`` and the span of the cell that carries the value.
    """

    span: tuple[int, int]
    merged: bool = False


@dataclass
class Table:
    span: tuple[int, int]
    rows: list[list[Cell]] = field(default_factory=list)
    #: typed as text (tabs) in a document of another format, not the format's own table: an empty
    #: cell under a merged one is empty, as in plain text
    plain: bool = False


@dataclass
class ReadResult:
    text: str
    format: Format
    encoding: str | None = None
    tables: list[Table] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    #: hyperlinks as (start, end, href): the span of the link text in ``text``
    links: list[tuple[int, int, str]] = field(default_factory=list)
    #: the page's own title (HTML ``<title>``), outside ``text``: the notice
    #: title where the document itself shows none
    page_title: str | None = None
    #: the page's own lines outside ``text`` (an HTML page's 信息公开 table cells, an
    #: 附件： line after the article), each with its link's address or None: the
    #: header's fields where the notice's text gives none
    page_lines: tuple[tuple[str, str | None], ...] = ()
    #: the spans of a page's boxes (a writing tool's callouts: :::tips, !!! note, > [!info]): their numbered
    #: items are the box's own list, no sections (readers.markdown)
    boxes: list[tuple[int, int]] = field(default_factory=list)


SURROGATE = re_compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> tuple[str, ParseWarning | None]:
    """Lone surrogates (from ``--encoding utf-7`` or ``unicode_escape``, or a
    Python string) become U+FFFD, one code point for one, so every offset
    stays; they cannot be written as UTF-8 JSON. Returns the text and a
    warning when there were any.

    >>> text, warning = scrub_surrogates("a" + chr(0xD800) + "b")
    >>> text, warning.code.value, warning.message
    ('a\ufffdb', 'lone_surrogates', '1 lone surrogate code point(s) replaced by U+FFFD')
    """
    text, count = SURROGATE.subn("\ufffd", text)
    if not count:
        return text, None
    return text, ParseWarning(
        code=WarningCode.LONE_SURROGATES, message=f"{count} lone surrogate code point(s) replaced by U+FFFD"
    )


def normalise_format(fmt: str, *, name: str = "<input>") -> str:
    f = fmt.lower().lstrip(".")
    f = _ALIASES.get(f, f)
    if f not in FORMATS:
        import difflib

        close = difflib.get_close_matches(f, FORMATS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else f" Known formats: {', '.join(FORMATS)}."
        raise UnsupportedFormat(f"unknown format '{fmt}'.{hint}", name=name)
    return f


def _typed_tab_tables(result: ReadResult) -> None:
    """Tab-separated tables typed into a document's paragraphs (a table pasted into Word as text, a
    .txt imported into Word): the tables :func:`.text.find_text_tables` reads in plain text, where
    they lie outside the reader's own tables."""
    from .text import find_text_tables

    own = [t.span for t in result.tables]
    found = [t for t in find_text_tables(result.text) if not any(a < t.span[1] and t.span[0] < b for a, b in own)]
    if found:
        for t in found:
            t.plain = True
        result.tables = sorted([*result.tables, *found], key=lambda t: t.span)


def read_bytes(data: bytes, options: ReadOptions, *, format: str | None = None, hint: str | None = None) -> ReadResult:
    """Read ``data`` in ``format`` (or the sniffed one) and return its text."""
    if len(data) > options.max_bytes:
        # a stream is read up to one byte past the limit (readers.limits.read_at_most)
        size = f"over {options.max_bytes} bytes" if len(data) == options.max_bytes + 1 else f"{len(data)} bytes"
        raise DocumentTooLarge(
            f"file too large: {size}, the limit is {options.max_bytes} (raise it with --max-bytes)",
            name=options.name,
        )
    if not data.strip():
        raise ReaderError("empty file: there is no text to parse", name=options.name)
    if format is not None:
        fmt = normalise_format(format, name=options.name)
    else:
        hint_fmt = None
        if hint:
            try:
                hint_fmt = normalise_format(hint, name=options.name)
            except UnsupportedFormat:
                hint_fmt = None
        fmt = sniff_format(data, hint=hint_fmt)
    module = importlib.import_module(f".{READERS[fmt]}", __name__)
    try:
        result = module.read(data, options)
        result.text, warning = scrub_surrogates(result.text)
        if warning:
            result.warnings.append(warning)
        if result.format != "txt" and "\t" in result.text:
            _typed_tab_tables(result)
        return result
    except ReaderError:
        raise
    except (MemoryError, RecursionError) as exc:  # pragma: no cover - defensive
        raise ReaderError(f"cannot read as {fmt}: {type(exc).__name__}", name=options.name) from None
    except Exception as exc:  # a malformed file must never surface as a traceback
        raise ReaderError(f"cannot read as {fmt}: {exc}", name=options.name) from None
