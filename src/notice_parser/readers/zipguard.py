"""The zip guard of the Office Open XML readers (.docx, .xlsx): what a zip may hold before anything inflates it.

A zip is refused, before any part of it is inflated, for too many entries, a declared inflated size past
``max_bytes`` or an entry that expands absurdly (a zip bomb). Whoever then reads a part for a peek (a directory
walk looking for parse-notice's own ledger) reads a bounded prefix of it (:func:`read_head`), never the whole part.
"""

from __future__ import annotations

import zipfile

#: more entries than this is a zip bomb (a document has a few dozen)
MAX_ENTRIES = 10_000
#: an entry expanding more than this many times (and past MIN_BOMB_BYTES) is a zip bomb
MAX_RATIO = 200
MIN_BOMB_BYTES = 5 * 1024 * 1024


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
