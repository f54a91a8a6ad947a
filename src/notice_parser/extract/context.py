"""What every extraction rule gets besides the text: the document's facts
(notice year) and a place to put warnings.

Rules never stop the parse: they call :meth:`Context.warn` and go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ParseWarning


@dataclass(frozen=True)
class Region:
    """A stretch ``[start, end)`` of ``text`` that belongs to one section's
    own text (children excluded); ``section_id`` is None outside every
    numbered section (the preamble)."""

    start: int
    end: int
    section_id: str | None
    level: int = 0


@dataclass
class Context:
    text: str
    notice_year: int | None = None
    warnings: list[ParseWarning] = field(default_factory=list)

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, span=span))
