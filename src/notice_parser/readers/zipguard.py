"""The zip guard of the Office Open XML readers (.docx, .xlsx): one guard, taking the part the format needs and
the format's label, so the two readers refuse the same things in the same words.

:func:`check_zip` refuses, before any part is inflated, too many entries, a declared inflated size past
``max_bytes`` or an entry that expands absurdly (a zip bomb, :func:`bomb`), an encrypted entry, and a zip without
the format's main part; then it inflates every entry in chunks (:func:`scan_entry`), stopping once ``max_bytes``
have come out in all, and refuses a part that declares a DTD or an entity in any XML encoding (UTF-8, UTF-16,
UTF-32: OOXML never needs one, and no parser downstream is relied on to ignore it). Whoever reads a part for a peek
(a directory walk looking for parse-notice's own ledger) reads a bounded prefix of it (:func:`read_head`).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from ..errors import DocumentTooLarge, EncryptedDocument, ReaderError
from . import ReadOptions

#: more entries than this is a zip bomb (a document has a few dozen)
MAX_ENTRIES = 10_000
#: an entry expanding more than this many times (and past MIN_BOMB_BYTES) is a zip bomb
MAX_RATIO = 200
MIN_BOMB_BYTES = 5 * 1024 * 1024

#: a DTD or an entity declared in an XML part, in every encoding XML may be in
DTD_MARKERS = tuple(
    m.encode(enc)
    for enc in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for m in ("<!DOCTYPE", "<!ENTITY")
)
_MARKER_OVERLAP = max(len(m) for m in DTD_MARKERS)
#: how much of an entry is inflated at a time
_CHUNK = 1 << 16


def printable(s: str, limit: int = 120) -> str:
    """One printable line for an error message (names inside a damaged zip can be anything)."""
    return "".join(c if c.isprintable() else "?" for c in s)[:limit]


def bomb(infos: list[zipfile.ZipInfo], max_bytes: int, label: str) -> str | None:
    """Why the entries ``infos`` of a zip are a zip bomb (the error's text, ``label`` naming the format: .docx,
    .xlsx), or None: too many entries, more than ``max_bytes`` declared in all, one entry past MIN_BOMB_BYTES
    that expands more than MAX_RATIO times. Nothing is inflated.

    >>> info = zipfile.ZipInfo("xl/workbook.xml"); info.file_size, info.compress_size = 1 << 30, 1 << 20
    >>> bomb([info], 50 << 20, ".xlsx")
    'zip bomb: the .xlsx expands to 1073741824 bytes, the limit is 52428800 (raise it with --max-bytes)'
    >>> bomb([info], 2 << 30, ".xlsx")
    'zip bomb: xl/workbook.xml expands 1024 times'
    """
    if len(infos) > MAX_ENTRIES:
        return f"zip bomb: {len(infos)} entries in the {label}, the limit is {MAX_ENTRIES}"
    declared = sum(i.file_size for i in infos)
    if declared > max_bytes:
        return (
            f"zip bomb: the {label} expands to {declared} bytes, the limit is {max_bytes} (raise it with --max-bytes)"
        )
    for info in infos:
        if info.file_size > MIN_BOMB_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            return f"zip bomb: {printable(info.filename)} expands {info.file_size // max(info.compress_size, 1)} times"
    return None


def read_head(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The first ``limit`` bytes of the entry ``name`` inflated, and no more (however large the entry says or
    turns out to be)."""
    with zf.open(name) as part:
        return part.read(limit)


def check_zip(
    data: bytes, options: ReadOptions, *, label: str, has_main: Callable[[list[zipfile.ZipInfo]], bool], main: str
) -> None:
    """Refuse a zip that is not a sane ``label`` file (.docx, .xlsx) before anything parses it: a damaged zip, a
    bomb (:func:`bomb`), no main part (``has_main`` of the entries is false; ``main`` names it in the message), an
    encrypted entry, an XML part declaring a DTD or an entity, more than ``max_bytes`` inflated in all.

    Raises :class:`DocumentTooLarge` for a bomb, :class:`EncryptedDocument`, :class:`ReaderError` for the rest."""
    name = options.name
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReaderError(f"not a valid {label}: the zip archive is damaged or truncated", name=name) from None
    with zf:
        infos = zf.infolist()
        problem = bomb(infos, options.max_bytes, label)
        if problem is not None:
            raise DocumentTooLarge(problem, name=name)
        if not has_main(infos):
            raise ReaderError(f"not {_article(label)} {label}: the zip holds no {main}", name=name)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise EncryptedDocument(
                    f"encrypted: the {label} entry {printable(info.filename)} needs a password", name=name
                )
            total = scan_entry(zf, info, total, options, label)


def _article(label: str) -> str:
    """The article before a format's label as it is read aloud (a .docx, an .xlsx)."""
    return "an" if label[1:2] in ("x", "o") else "a"


def scan_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, total: int, options: ReadOptions, label: str) -> int:
    """Inflate one entry in chunks, refusing a DTD or entity declaration and stopping past ``max_bytes`` inflated in
    all; returns the new total. Every entry is looked at, whatever its name (the main part may be named anything)
    and in any XML encoding (UTF-8/16/32)."""
    name = options.name
    tail = b""
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > options.max_bytes:
                    raise DocumentTooLarge(
                        f"zip bomb: the {label} expands past {options.max_bytes} bytes (raise it with --max-bytes)",
                        name=name,
                    )
                window = tail + chunk
                if any(marker in window for marker in DTD_MARKERS):
                    raise ReaderError(
                        f"unsafe XML: {printable(info.filename)} declares a DTD or entities, which "
                        f"{_article(label)} {label} never needs",
                        name=name,
                    )
                tail = window[-_MARKER_OVERLAP:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ReaderError(
            f"not a valid {label}: {printable(info.filename)} cannot be inflated ({printable(str(exc))})",
            name=name,
        ) from None
    return total
