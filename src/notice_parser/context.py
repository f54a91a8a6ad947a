"""What every extraction rule gets besides the text: the document's facts
(notice year) and a place to put warnings.

Rules never stop the parse: they call :meth:`Context.warn` and go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from typing import Literal, NamedTuple

from .model import ParseWarning, WarningCode
from .tuples import new


@dataclass(frozen=True)
class Region:
    """A stretch ``[start, end)`` of ``text`` that belongs to one section's
    own text (children excluded); ``section_id`` is None outside every
    numbered section (the preamble)."""

    start: int
    end: int
    section_id: str | None
    level: int = 0


class Skip(NamedTuple):
    """A time expression or quantity a rule read and deliberately left out:
    ``kind`` (``time``, ``number``), its span, and the reason code (a named
    tuple: a rule may record one per candidate, thousands in a long list)."""

    kind: Literal["time", "number"]
    span: tuple[int, int]
    reason: str


@dataclass
class Context:
    text: str
    notice_year: int | None = None
    warnings: list[ParseWarning] = field(default_factory=list)
    #: section id → heading, for rules that read a section's kind (基本情况)
    headings: dict[str, str] = field(default_factory=dict)
    #: where each section measure ends, in order (set by build_measures): a deadline repeated after one is the next measure's own
    measure_ends: tuple[int, ...] = ()
    #: views of ``text`` a rule derives once per parse (key → value, the rule's own type);
    #: kept here rather than in module caches keyed by whole texts, so nothing outlives
    #: the parse or is shared between threads
    views: dict[str, object] = field(default_factory=dict)
    #: what the rules read and left out, with the reason (``--explain``, benchmarks/)
    skipped: list[Skip] = field(default_factory=list)

    def warn(self, code: WarningCode, message: str, span: tuple[int, int] | None = None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, span=span))

    def skip(self, kind: Literal["time", "number"], span: tuple[int, int], reason: str) -> None:
        self.skipped.append(new(Skip, (kind, span, reason)))  # (tuples.new: no Python call)

    def skip_all(self, kind: Literal["time", "number"], spans: list[tuple[int, int]], reasons: list[str]) -> None:
        """:meth:`skip` of each span with its reason, in order (no call per record: a list may leave out thousands)."""
        # (map and zip run in C, no bytecode per record: 20 % faster than a comprehension on 20,000; a list
        # first, so that lists of unequal lengths add nothing)
        if not (spans or reasons):
            return  # (most regions leave nothing out: no iterators built)
        self.skipped += list(map(new, repeat(Skip), zip(repeat(kind, len(spans)), spans, reasons, strict=True)))

    def ancestor_headings(self, section_id: str | None) -> list[str]:
        """Headings of a section and of every section above it ("1.2.3" → 1, 1.2, 1.2.3)."""
        if not section_id:
            return []
        parts = section_id.split(".")
        return [h for k in range(1, len(parts) + 1) if (h := self.headings.get(".".join(parts[:k])))]
