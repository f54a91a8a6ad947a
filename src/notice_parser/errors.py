"""One base error for everything the library refuses, and its kinds.

The CLI maps :class:`ReaderError` (a document it cannot read) to exit code 3
and prints ``str(err)``, which always names the file and the problem.
"""

from __future__ import annotations


class NoticeParserError(Exception):
    """Base of every error the library raises on purpose."""


class ReaderError(NoticeParserError):
    """The input could not be read as a document."""

    def __init__(self, problem: str, *, name: str = "<input>") -> None:
        self.problem = problem
        self.name = name
        super().__init__(f"{name}: {problem}")


class UnsupportedFormat(ReaderError):
    """The format is not one we read (or is misspelt)."""


class DecodeError(ReaderError):
    """Text bytes that decode in no supported encoding."""


class EncryptedDocument(ReaderError):
    """A password-protected .doc/.docx."""


class DocumentTooLarge(ReaderError):
    """Input (or its decompressed parts) over the configured limit."""


class StrictModeError(NoticeParserError):
    """``strict=True`` and the parse produced warnings; lists all of them."""

    def __init__(self, warnings: list) -> None:
        self.warnings = warnings
        lines = "; ".join(f"{w.code}: {w.message}" for w in warnings)
        super().__init__(f"{len(warnings)} warning(s) in strict mode: {lines}")
