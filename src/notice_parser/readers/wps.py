"""WPS Office files: ``.wps`` and ``.doc`` saved by WPS.

Since WPS 2005 a WPS document is a Word 97-2003 binary (an OLE2 compound
file with a ``WordDocument`` stream) with WPS's own extra streams, most often
``WpsCustomData``; it is read by :mod:`.doc` and reported as ``wps``. An old
Kingsoft WPS binary (WPS 97/2000 and earlier) has no ``WordDocument`` stream
and its layout is not published: it is refused with a one-line error saying
how to convert it.
"""

from __future__ import annotations

from ..errors import ReaderError
from . import ReadOptions, ReadResult
from . import doc as doc_reader

_OLD_WPS = (
    "it has no Word 97-2003 WordDocument stream (an old Kingsoft WPS or a Microsoft Works file), "
    "whose layout is not published; open it in WPS Office and save it as .doc or .docx"
)


def read(data: bytes, options: ReadOptions) -> ReadResult:
    if data[:8] != doc_reader.OLE_MAGIC:
        raise ReaderError(f"not a readable WPS file: {_OLD_WPS}", name=options.name)
    ole = doc_reader.refuse_ole_non_word(data, options)
    try:
        has_word = ole.exists("WordDocument")
    finally:
        ole.close()
    if not has_word:
        raise ReaderError(f"not a readable WPS file: {_OLD_WPS}", name=options.name)
    result = doc_reader.read(data, options)
    result.format = "wps"
    return result
