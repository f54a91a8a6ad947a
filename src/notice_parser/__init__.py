"""notice_parser: Chinese government notices (公文) to source-grounded JSON.

>>> import notice_parser
>>> doc = notice_parser.parse_text("关于印发某方案的通知\\n一、总体要求\\n（一）加强领导。（牵头单位：市环保局）\\n")
>>> [s.id for s in doc.sections], doc.measures[0].lead_units[0].name
(['1'], '市环保局')
"""

from __future__ import annotations

import os

from .defaults import DEFAULT_MAX_BYTES
from .errors import NoticeParserError, ReaderError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .emit import to_json
    from .model import NoticeDocument

# ``import notice_parser`` stays light (no pydantic models, no compiled patterns, not even typing): the CLI
# handles a Ctrl-C from its first moment, and a program that imports the package but does
# not parse pays nothing. NoticeDocument and to_json are read on first use.
_LAZY = {"NoticeDocument": "model", "to_json": "emit"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__version__ = "0.1.0"
__all__ = [
    "NoticeDocument",
    "NoticeParserError",
    "ReaderError",
    "parse",
    "parse_many",
    "parse_text",
    "render_html",
    "to_json",
]


def parse(
    source: str | os.PathLike | bytes,
    *,
    format: str | None = None,
    encoding: str | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
) -> NoticeDocument:
    """Parse a notice from a path or from bytes.

    ``format`` (txt, doc, docx, html) overrides detection by content;
    ``encoding`` overrides text decoding. Raises :class:`ReaderError` for a
    document that cannot be read; with ``strict=True`` any warning raises
    :class:`~notice_parser.errors.StrictModeError` listing all of them.
    """
    from .pipeline import run, sha256_of
    from .readers import ReadOptions, read_bytes
    from .readers.limits import read_at_most

    hint = None
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        name = name or "<bytes>"
    else:
        from pathlib import Path

        path = Path(source)
        name = name or str(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ReaderError(f"cannot open: {exc.strerror or exc}", name=name) from None
        if size > max_bytes:
            from .errors import DocumentTooLarge

            raise DocumentTooLarge(f"file too large: {size} bytes, the limit is {max_bytes}", name=name)
        try:
            with open(path, "rb") as fh:
                data = read_at_most(fh, max_bytes)  # /dev/zero, a FIFO: stat says 0 bytes
        except OSError as exc:
            raise ReaderError(f"cannot read: {exc.strerror or exc}", name=name) from None
        if len(data) > max_bytes:
            from .errors import DocumentTooLarge

            raise DocumentTooLarge(f"file too large: over {max_bytes} bytes (raise it with --max-bytes)", name=name)
        hint = path.suffix.lstrip(".") or None
    options = ReadOptions(name=name, encoding=encoding, max_bytes=max_bytes)
    read = read_bytes(data, options, format=format, hint=hint)
    sha256, data = sha256_of(data), b""  # not held through the parse (5 MB of a 5 MB notice)
    return run(read, sha256=sha256, name=name, strict=strict)


def parse_text(
    text: str, *, name: str = "<text>", strict: bool = False, max_chars: int = DEFAULT_MAX_BYTES
) -> NoticeDocument:
    """Parse a notice that is already a string (newlines are normalised).

    A text longer than ``max_chars`` code points raises
    :class:`~notice_parser.errors.DocumentTooLarge`; lone surrogates become
    U+FFFD (with a warning), since they cannot be written as UTF-8.
    """
    from .errors import DocumentTooLarge
    from .pipeline import run, sha256_of
    from .readers import ReadResult, scrub_surrogates
    from .readers.text import find_text_tables, normalise_newlines

    if len(text) > max_chars:
        raise DocumentTooLarge(f"text too large: {len(text)} characters, the limit is {max_chars}", name=name)
    text, surrogates = scrub_surrogates(normalise_newlines(text))
    sha256 = sha256_of(text.encode("utf-8"))
    read = ReadResult(text=text, format="txt", encoding="utf-8", tables=find_text_tables(text))
    if surrogates:
        read.warnings.append(surrogates)
    return run(read, sha256=sha256, name=name, strict=strict)


def parse_many(paths, *, workers: int | None = None, **options):
    """Parse many files in ``workers`` processes (default: the number of
    cores); yields a :class:`NoticeDocument` or an
    :class:`~notice_parser.batch.ErrorRecord` per path, in order. ``options``
    are those of :func:`parse` (format, encoding, max_bytes, strict)."""
    from .batch import parse_many as _parse_many

    return _parse_many(paths, workers=workers, **options)


def render_html(doc: NoticeDocument) -> str:
    """The review page of ``doc``: one self-contained HTML file showing the
    notice text with every extracted item highlighted (see :mod:`notice_parser.review`)."""
    from .review import render_html as _render_html

    return _render_html(doc)
