"""Format detection from the content (:func:`sniff_format`), and the codec of
markup saved in a wide or 7-bit Unicode form (:func:`markup_codec`).

Markup re-saved as UTF-16/32 or UTF-7 shows none of its tags in the raw
bytes; read as text it becomes megabytes of tags parsed as prose. Such a
file is recognised by a byte-order mark, by the NUL bytes ASCII leaves in
UTF-16/32 (one in two, or three in four, on one side), or by ``+ADw-``
(UTF-7 for ``<``, which some encoders write) or runs of ``+base64`` that
decode to Chinese (UTF-7 text between literal tags), and only the first
64 KB are decoded to look at it.
"""

from __future__ import annotations

import io
import struct
import zipfile

from ..compiled import re_compile

#: bytes of the head decoded to judge a wide or UTF-7 encoded file
HEAD = 65536

_MIME_HEADER = re_compile(rb"(?im)^content-type:\s*multipart/related")
_WORDML = re_compile(rb"<(?:\w+:)?wordDocument\b")
_WORDML_NS = b"http://schemas.microsoft.com/office/word/2003/wordml"
_MARKUP_STARTS = (
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
_MARKUP_TAGS = (b"</p>", b"<br", b"</div>", b"</td>")
#: UTF-7 for "<": Python and most encoders never write "<" directly
_UTF7_LT = b"+ADw-"


def _zip_names(data: bytes) -> list[str]:
    """Entry names of a zip: from its central directory, or (truncated zip)
    from the local headers at the start of the file."""
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
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:
        return None


_XML_DECLARED_ENCODING = re_compile(r"""(?P<head>\A\s*<\?xml[^>]*?encoding\s*=\s*(?P<quote>["']))[^"']*(?P=quote)""")


def bom_encoding(data: bytes) -> str | None:
    """utf-32 or utf-16 when ``data`` starts with that byte-order mark, else None.

    >>> bom_encoding("<p>".encode("utf-16")), bom_encoding(b"<p>")
    ('utf-16', None)
    """
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


def _nul_encoding(head: bytes) -> str | None:
    """The UTF-16/32 byte order the NUL bytes of ``head`` show (ASCII in
    UTF-32 leaves three NULs in four, in UTF-16 one in two), else None.

    >>> [_nul_encoding("<p>加强领导</p>".encode(e)) for e in ("utf-16-le", "utf-32-be", "utf-8")]
    ['utf-16-le', 'utf-32-be', None]
    """
    quads = len(head) // 4
    if quads < 2:
        return None
    zero = [head[k : 4 * quads : 4].count(0) / quads for k in range(4)]
    if zero[2] > 0.9 and zero[3] > 0.9 and zero[0] < 0.5:
        return "utf-32-le"
    if zero[0] > 0.9 and zero[1] > 0.9 and zero[3] < 0.5:
        return "utf-32-be"
    even, odd = (zero[0] + zero[2]) / 2, (zero[1] + zero[3]) / 2
    if odd >= 0.3 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.3 and odd <= 0.05:
        return "utf-16-be"
    return None


def _looks_like_html(head: bytes, hint: str | None) -> bool:
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_MARKUP_STARTS) or (hint == "html" and head.startswith(b"<")):
        return True
    return any(tag in head for tag in _MARKUP_TAGS)


_UTF7_RUN = re_compile(rb"\+[A-Za-z0-9+/]{4,}")


def utf7_text(head: bytes) -> bool:
    """Whether ASCII bytes are Chinese written in UTF-7 (runs of ``+base64``
    that decode to CJK characters, not a URL's ``a+b``).

    >>> utf7_text("一、总体要求 1. 加强领导。".encode("utf-7")), utf7_text(b"a+b c+dddd e+ffff g+hhhh")
    (True, False)
    """
    if not head.isascii() or len(_UTF7_RUN.findall(head, 0, 8192)) < 2:
        return False
    wide = [c for c in head.decode("utf-7", errors="ignore") if c > "\x7f"]
    cjk = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return len(wide) >= 4 and cjk >= 0.8 * len(wide)


def markup_codec(data: bytes) -> str | None:
    """The codec of HTML saved as UTF-16/32 without a byte-order mark, or as
    UTF-7, judged on the first 64 KB; None for anything else (a BOM'd file
    is decoded by its BOM).

    >>> page = "<html><body><p>一、总体要求</p><p>加强领导</p></body></html>"
    >>> [markup_codec(page.encode(e)) for e in ("utf-16-le", "utf-32-le", "utf-7", "utf-8")]
    ['utf-16-le', 'utf-32-le', 'utf-7', None]
    """
    head = data[:HEAD]
    codec = _nul_encoding(head[:4096])
    if codec is None and ((_UTF7_LT in head and b"<" not in head) or utf7_text(head)):
        codec = "utf-7"
    if codec is None:
        return None
    return codec if _looks_like_html(head.decode(codec, errors="ignore").encode("utf-8"), "html") else None


def _sniff_markup(data: bytes, hint: str | None) -> str:
    """Text formats told apart by their first bytes: RTF, MHT, Word 2003 XML, HTML, else text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _MIME_HEADER.search(head) and head[:1].isalpha():
        return "mht"
    if _WORDML.search(head) and _WORDML_NS in data[:HEAD]:
        return "wordml"
    if hint == "wps" and b"\x00" in data[:4096]:
        return "wps"  # an old Kingsoft WPS binary: the WPS reader says why it cannot be read
    if hint == "txt":
        return "txt"
    if head[:1] in (b"{", b"[") and (hint == "json" or _record_head(data)):
        return "json"  # a crawler's JSON record (readers.record)
    lowered = head.lower()
    if lowered.startswith(_MARKUP_STARTS) or (hint == "html" and lowered.startswith(b"<")):
        return "html"
    if any(tag in data[:HEAD].lower() for tag in _MARKUP_TAGS):
        return "html"
    return "txt"


def _record_head(data: bytes) -> bool:
    """A crawler's JSON record, or parse-notice's own output (which the record reader refuses)."""
    from .record import looks_like_record, own_output

    return looks_like_record(data[:HEAD]) or own_output(data[:4096].decode("utf-8", "ignore"))


def _sniff_binary(data: bytes, hint: str | None) -> str | None:
    """OLE2 (xls, doc or wps), zip (ofd, xlsx or docx) and PDF by their magic; None for anything else."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        streams = _ole_streams(data)
        if (streams & {"Workbook", "Book"} and "WordDocument" not in streams) if streams is not None else hint == "xls":
            return "xls"  # Excel 97-2003 (BIFF8; Book: BIFF5), also as WPS saves it; a damaged one by its name
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
        if "xl/workbook.xml" in names:
            return "xlsx"
        if not any(n.startswith("word/") for n in names) and (
            hint == "xlsx" or any(n.startswith("xl/") for n in names)
        ):
            return "xlsx"  # a damaged or cut workbook (its xl/ parts, or its name): the .xlsx reader says what is wrong
        return "docx"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
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
    >>> sniff_format('{"title": "关于X的通知", "content": "<p>各乡镇人民政府：现将方案印发给你们，请认真贯彻落实。</p>"}'.encode())
    'json'
    >>> [sniff_format("<p>加强领导</p><p>压实责任</p>".encode(e)) for e in ("utf-16", "utf-16-be", "utf-32-le", "utf-7")]
    ['html', 'html', 'html', 'html']
    """
    binary = _sniff_binary(data, hint)
    if binary is not None:
        return binary
    if hint == "csv":
        return "csv"  # (a spreadsheet's comma-separated export: by its name only)
    wide = bom_encoding(data)
    if wide is not None:  # markup saved as UTF-16/32 is still markup: look at it decoded
        sniffed = _sniff_markup(data[:HEAD].decode(wide, errors="ignore").encode("utf-8"), hint)
        return sniffed if sniffed in ("html", "txt", "rtf", "wordml", "json") else "txt"
    codec = markup_codec(data) if hint != "txt" else None
    if codec is not None:  # wide or 7-bit markup without a BOM: Word 2003 XML stays Word 2003 XML
        return "wordml" if _sniff_markup(_utf8_head(data, codec), hint) == "wordml" else "html"
    return _sniff_markup(data, hint)


def _utf8_head(data: bytes, codec: str) -> bytes:
    return data[:HEAD].decode(codec, errors="ignore").encode("utf-8")


def markup_as_utf8(data: bytes) -> bytes:
    """XML or markup saved as UTF-16/32 (with or without a BOM) or UTF-7, as
    UTF-8 bytes whose XML declaration says so; other bytes unchanged. Readers
    that check the bytes (a DTD guard) and parse them see one encoding.

    >>> markup_as_utf8('<?xml version="1.0" encoding="UTF-16"?><a>加强</a>'.encode("utf-16")).decode()
    '<?xml version="1.0" encoding="UTF-8"?><a>加强</a>'
    >>> markup_as_utf8(b"<a>x</a>")
    b'<a>x</a>'
    """
    codec = bom_encoding(data) or markup_codec(data)
    if codec is None:
        return data
    text = data.decode(codec, errors="replace").lstrip("\ufeff")
    return _XML_DECLARED_ENCODING.sub(r"\g<head>UTF-8\g<quote>", text, count=1).encode("utf-8")
