"""MHT / MHTML ("single file web page", what Word and WPS save as "Web 档案",
often under a .doc name): a MIME ``multipart/related`` message whose
``text/html`` part is the page, quoted-printable or base64, in the charset
its MIME header names (GBK is read as GB18030, its superset; GB2312 as itself when every byte is
GB2312, else as GB18030).

The message is split with the standard library's :mod:`email` parser; the
page part is the one the root's ``start`` parameter names, else the first
``text/html`` part; where that is a frameset (Excel's workbook: the sheets
are other parts), the part its first frame shows. Its bytes are decoded (``--encoding`` first, then the
part's MIME charset, then the page's own ``<meta charset>``, then the
HTML reader's guesses) and the text is read by :mod:`.html`, so Word's HTML
(``mso-`` styles, conditional comments around list markers) is handled there.
Images and the other parts are ignored.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import replace

from ..compiled import re_compile
from ..errors import DecodeError, ReaderError
from ..model import ParseWarning, WarningCode
from . import ReadOptions, ReadResult
from . import html as html_reader

#: most MIME parts looked at: a Word MHT has one per image
MAX_PARTS = 10_000
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}


def _exact_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip('"').lower()).name
    except LookupError:
        return None


def _codec(name: str | None) -> str | None:
    found = _exact_codec(name)
    if found is None:
        return None
    return _SUPERSETS.get(found, _SUPERSETS.get(found.replace("-", ""), found))


def html_part(data: bytes, options: ReadOptions):
    """The page part of the message (an :class:`email.message.Message`)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the email parser is lenient; this is defensive
        raise ReaderError(f"not a valid MHT file: {exc}".splitlines()[0], name=options.name) from None
    if not message.is_multipart():
        if message.get_content_type() == "text/html":
            return message
        raise ReaderError("not a valid MHT file: the MIME message has no parts", name=options.name)
    param = message.get_param("start")
    start = param.strip("<>") if isinstance(param, str) else ""
    pages = []
    page = None
    for n, part in enumerate(message.walk()):
        if n > MAX_PARTS:
            break
        if part.is_multipart() or part.get_content_type() != "text/html":
            continue
        pages.append(part)
        if start and (part.get("Content-ID", "").strip().strip("<>") == start or part.get("Content-Location") == start):
            page = part
    page = page or (pages[0] if pages else None)
    if page is None:
        raise ReaderError("not a valid MHT file: no text/html part in the MIME message", name=options.name)
    return _framed_page(page, pages) or page


#: a frame of a frameset page and the page it shows (Excel's workbook as a web archive: a frameset over
#: sheet001.htm and tabstrip.htm)
_FRAME_SRC = re_compile(rb"""<frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def _framed_page(page, pages: list):
    """Where the page part is a frameset (Excel saves a workbook so: the sheets are other parts), the part
    its first frame shows (the first sheet), else None."""
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or b"<frameset" not in payload[:20000].lower():
        return None
    for src in _FRAME_SRC.findall(payload):
        name = src.decode("latin-1").replace("\\", "/").rsplit("/", 1)[-1].lower()
        for part in pages:
            location = (part.get("Content-Location") or "").replace("\\", "/").lower()
            if part is not page and name and location.rsplit("/", 1)[-1] == name:
                return part
    return None


def read(data: bytes, options: ReadOptions) -> ReadResult:
    part = html_part(data, options)
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReaderError("not a valid MHT file: the text/html part is empty", name=options.name)
    warnings: list[ParseWarning] = []
    mime_charset = _codec(part.get_content_charset())
    encoding = None
    exact = _exact_codec(part.get_content_charset())
    if options.encoding:
        encoding = options.encoding
    elif exact is not None and exact in html_reader.EXACT_FIRST and html_reader.in_exact_charset(payload, exact):
        encoding = exact  # (GB2312 read as GB2312 where it is: see html_reader.EXACT_FIRST)
    elif mime_charset:
        try:
            payload.decode(mime_charset)
            encoding = mime_charset
        except UnicodeDecodeError:
            warnings.append(
                ParseWarning(
                    code=WarningCode.DECLARED_CHARSET_WRONG,
                    message=f"the MIME part declares {mime_charset} but its bytes are not",
                )
            )
    if encoding:
        try:
            source = payload.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise DecodeError(f"the text/html part is not valid {encoding}", name=options.name) from None
    else:
        source, encoding, more = html_reader.decode_html(payload, replace(options, encoding=None))
        warnings += more
    result = html_reader.read(source.encode("utf-8"), replace(options, encoding="utf-8"))
    result.format = "mht"
    result.encoding = encoding
    result.warnings = warnings + result.warnings
    return result
