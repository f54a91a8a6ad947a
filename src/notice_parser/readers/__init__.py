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
XML), HTML markup, else text. The file extension is only a hint, and
``format=`` overrides both.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field

from ..errors import DocumentTooLarge, ReaderError, UnsupportedFormat

#: Default cap on the input size, and on the decompressed size of a .docx.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

FORMATS = ("txt", "html", "mht", "docx", "doc", "wps", "rtf", "wordml", "pdf", "ofd")
_ALIASES = {
    "text": "txt",
    "htm": "html",
    "xhtml": "html",
    "jsp": "html",
    "md": "txt",
    "mhtml": "mht",
    "eml": "mht",
    "et": "wps",
    "xml": "wordml",
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


@dataclass
class ReadResult:
    text: str
    format: str
    encoding: str | None = None
    tables: list[Table] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    #: hyperlinks as (start, end, href): the span of the link text in ``text``
    links: list[tuple[int, int, str]] = field(default_factory=list)
    #: the page's own title (HTML ``<title>``), outside ``text``: the notice
    #: title where the document itself shows none
    page_title: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> tuple[str, tuple[str, str] | None]:
    """Lone surrogates (from ``--encoding utf-7`` or ``unicode_escape``, or a
    Python string) become U+FFFD, one code point for one, so every offset
    stays; they cannot be written as UTF-8 JSON. Returns the text and a
    warning when there were any.

    >>> scrub_surrogates("a" + chr(0xD800) + "b")
    ('a\ufffdb', ('lone_surrogates', '1 lone surrogate code point(s) replaced by U+FFFD'))
    """
    text, count = _SURROGATE.subn("\ufffd", text)
    if not count:
        return text, None
    return text, ("lone_surrogates", f"{count} lone surrogate code point(s) replaced by U+FFFD")


def normalise_format(fmt: str, *, name: str = "<input>") -> str:
    f = fmt.lower().lstrip(".")
    f = _ALIASES.get(f, f)
    if f not in FORMATS:
        import difflib

        close = difflib.get_close_matches(f, FORMATS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else f" Known formats: {', '.join(FORMATS)}."
        raise UnsupportedFormat(f"unknown format '{fmt}'.{hint}", name=name)
    return f


def _zip_names(data: bytes) -> list[str]:
    """Entry names of a zip: from its central directory, or (truncated zip)
    from the local headers at the start of the file."""
    import io
    import struct
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return zf.namelist()[:10_000]
    except Exception:
        pass
    names: list[str] = []
    pos = 0
    while len(names) < 200:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0 or pos + 30 > len(data):
            break
        n = struct.unpack_from("<H", data, pos + 26)[0]
        names.append(data[pos + 30 : pos + 30 + n].decode("utf-8", "replace"))
        pos += 30 + n
    return names


def _ole_streams(data: bytes) -> set[str] | None:
    """Names of the streams of an OLE2 compound file (None if it does not open)."""
    import io

    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:
        return None


_MIME_HEADER = re.compile(rb"(?im)^content-type:\s*multipart/related")
_WORDML = re.compile(rb"<(?:\w+:)?wordDocument\b")
_WORDML_NS = b"http://schemas.microsoft.com/office/word/2003/wordml"


def _wide_encoding(data: bytes) -> str | None:
    """utf-32 or utf-16 when ``data`` starts with that byte-order mark, else None.

    >>> _wide_encoding("<p>".encode("utf-16")), _wide_encoding(b"<p>")
    ('utf-16', None)
    """
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


def sniff_format(data: bytes, *, hint: str | None = None) -> str:
    """Decide the format from the bytes; ``hint`` (an extension) breaks ties.

    >>> sniff_format(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(100))
    'doc'
    >>> sniff_format(b"{\\\\rtf1\\\\ansi\\\\ansicpg936 {\\\\fonttbl}}", hint="doc")
    'rtf'
    >>> sniff_format(b"MIME-Version: 1.0\\r\\nContent-Type: multipart/related; boundary=x\\r\\n", hint="doc")
    'mht'
    >>> sniff_format(b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">')
    'wordml'
    >>> sniff_format("<p>一、总体要求</p>".encode())
    'html'
    >>> sniff_format("一、总体要求".encode())
    'txt'
    >>> sniff_format("<p>一、总体要求</p>".encode("utf-16"))
    'html'
    """
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        streams = _ole_streams(data)
        # WPS names its own streams (WpsCustomData, …); a .wps name is believed unless it is encrypted OOXML
        if streams is not None and (
            any("wps" in s.lower() for s in streams) or (hint == "wps" and "EncryptionInfo" not in streams)
        ):
            return "wps"
        return "doc"
    if data[:4] == b"PK\x03\x04":
        names = _zip_names(data)
        if any(n.lstrip("/").lower() == "ofd.xml" for n in names):
            return "ofd"
        return "docx"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    wide = _wide_encoding(data)
    if wide is not None:  # markup saved as UTF-16/32 is still markup: look at it decoded
        sniffed = sniff_format(data[:65536].decode(wide, errors="ignore").encode("utf-8"), hint=hint)
        return sniffed if sniffed in ("html", "txt", "rtf", "wordml") else "txt"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _MIME_HEADER.search(head) and head[:1].isalpha():
        return "mht"
    if _WORDML.search(head) and _WORDML_NS in data[:65536]:
        return "wordml"
    if hint == "wps" and b"\x00" in data[:4096]:
        return "wps"  # an old Kingsoft WPS binary: the WPS reader says why it cannot be read
    head = head.lower()
    if hint in ("txt",):
        return "txt"
    markup = (
        b"<html",
        b"<!doctype",
        b"<body",
        b"<div",
        b"<p",
        b"<table",
        b"<tbody",
        b"<td",
        b"<span",
        b"<%@",
        b"<meta",
        b"<head",
    )
    if head.startswith(markup) or (hint == "html" and head.startswith(b"<")):
        return "html"
    if any(tag in data[:65536].lower() for tag in (b"</p>", b"<br", b"</div>", b"</td>")):
        return "html"
    return "txt"


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
        return result
    except ReaderError:
        raise
    except (MemoryError, RecursionError) as exc:  # pragma: no cover - defensive
        raise ReaderError(f"cannot read as {fmt}: {type(exc).__name__}", name=options.name) from None
    except Exception as exc:  # a malformed file must never surface as a traceback
        raise ReaderError(f"cannot read as {fmt}: {exc}", name=options.name) from None
