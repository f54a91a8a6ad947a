"""The only place that knows the stage order:

    read → context → tables → segment (lines, header, sections) → measures →
    deadlines/targets → model

Each stage is a function here that takes plain values and returns new ones
(warnings go to the context); ``benchmarks/`` call the same functions. Region
rules (deadlines, targets) are rows of ``REGION_RULES``, imported plainly:
adding a rule adds an import and a row.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from .canonical import with_canonical
from .context import Context, Region
from .errors import StrictModeError
from .extract.cards import as_cards, card_measure_ids, card_years, text_cards, with_card_sections
from .extract.clauses import find_clauses
from .extract.deadlines import find_deadlines
from .extract.flat_tables import fill_merged, find_text_tables
from .extract.measures import build_measures, measure_ends
from .extract.tables import join_continued, measures_from_tables, outside_rows, targets_from_tables
from .extract.targets import find_targets
from .extract.units import note_issuers, release_names
from .lexicon.document import PORTAL_METADATA_LABELS
from .model import (
    Deadline,
    Measure,
    NoticeDocument,
    Source,
    Target,
    WarningCode,
    share_strings,
    update_in_place,
    walk_sections,
)
from .readers import ReadResult, Table
from .segment.layout import private_use
from .segment.segmentation import Segmentation, segment
from .spans import squeeze

#: (name, rule) — each rule is f(ctx, region) -> list of items
REGION_RULES: list[tuple[str, Callable[[Context, Region], list]]] = [
    ("deadlines", find_deadlines),
    ("targets", find_targets),
]


@dataclass(frozen=True)
class Extracted:
    """What the extraction rules give: the measures, and every deadline and
    target (table rows' included), in text order."""

    measures: list[Measure]
    deadlines: list[Deadline]
    targets: list[Target]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run(read: ReadResult, *, sha256: str, name: str, strict: bool = False) -> NoticeDocument:
    """The document of what a reader read from bytes of digest ``sha256`` (:func:`sha256_of`:
    the caller hashes them when it reads them and need not hold them through the parse)."""
    ctx = start_context(read)
    tables = find_tables(ctx, read)
    seg = segment_text(ctx, read, tables)
    found = extract(ctx, seg, tables)
    # (model.share_strings) Three memos per parse, not one: this one, segment_text's and with_canonical's.
    # One memo handed through all three was measured (5 MB notice, tracemalloc): the document 3 KB smaller
    # (of the 7,282 strings the sections and the extracted items both hold, 7,240 are one object already:
    # a measure takes its section's strings; no unit name or raw equals any of them), the parse's peak
    # 0.31 MB higher (31.01 -> 31.33 MB: segment_text's memo, 10,478 strings, kept through the extraction)
    share_strings(chain(found.measures, found.deadlines, found.targets), {})
    notice, sections, warnings = seg.notice, list(seg.sections), ctx.warnings
    skipped = [(k.kind, k.span, k.reason) for k in ctx.skipped]
    # what the rules derived and kept for this parse (the context's views and memos, the regions)
    # goes before the units are completed and the document is checked, which reuse its memory
    del ctx, seg, tables
    doc = NoticeDocument(
        source=Source(name=name, format=read.format, encoding=read.encoding, sha256=sha256),
        text=read.text,
        notice=notice,
        sections=sections,
        measures=with_canonical(found.measures, notice, read.text),
        deadlines=found.deadlines,
        targets=found.targets,
        warnings=warnings,
    )
    doc._skipped = skipped
    if strict and doc.warnings:
        raise StrictModeError(doc.warnings)
    return doc


def start_context(read: ReadResult) -> Context:
    """The context every stage writes its warnings to, holding the reader's."""
    ctx = Context(read.text)
    ctx.warnings.extend(read.warnings)
    pua = private_use(read.text)
    if pua:
        ctx.warn(*pua)
    return ctx


#: a metadata box is short (a task table that names a 文号 column runs on for rows)
_METADATA_ROWS = 8


def _is_metadata_box(text: str, table: Table) -> bool:
    """A short table whose cells label two or more of a page's metadata fields (索引号：, 发文字号：)."""
    if len(table.rows) > _METADATA_ROWS:
        return False
    cells = {squeeze(text[slice(*c.span)]).rstrip("：:") for row in table.rows for c in row if not c.merged}
    return len(cells & PORTAL_METADATA_LABELS) >= 2


def find_tables(ctx: Context, read: ReadResult) -> list[Table]:
    """The reader's task tables and those that reached us as text (tabs, a
    cell per paragraph, one line), in text order."""
    # a page's 信息公开 metadata box (索引号 | X | 主题分类 | Y; 发文字号 | Z) saved with the page into a .docx/.doc/.rtf:
    # no task table (the page's own reader leaves it outside the article), so it takes no table<N>
    tables = [t for t in read.tables if not _is_metadata_box(read.text, t)]
    tables = join_continued(read.text, tables)  # a table continued as a table of its own (（续表）) is one
    for table in tables:
        if read.format == "txt" or table.plain:
            fill_merged(read.text, table)  # an empty cell under a merged one carries its value down
    known = [*tables, *text_cards(ctx.text, [t.span for t in tables])]  # a card flattened a row a line
    found = sorted([*known, *find_text_tables(ctx, [t.span for t in known])], key=lambda t: t.span)
    return as_cards(ctx.text, found)  # a task card (任务名称 | 1. 建设…; 牵头单位 | …) as its one-row table


def segment_text(ctx: Context, read: ReadResult, tables: list[Table]) -> Segmentation:
    """Segment the text; the context learns the notice year and the headings."""
    seg = segment(
        ctx,
        links=read.links,
        page_title=read.page_title,
        page_lines=read.page_lines,
        tables=[t.span for t in tables],
        holds_clauses=_holds_clauses,
        grids=tables,
        boxes=read.boxes,
    )
    seg = with_card_sections(seg, tables)  # a card whose task name is numbered is a section
    # a notice repeats its markers (model.share_strings; a memo of its own: why, at run's)
    share_strings(walk_sections(seg.sections), {})
    ctx.notice_year = seg.notice_year
    ctx.headings = {k: v for k, v in seg.headings.items() if v}
    return seg


def _holds_clauses(text: str, start: int, end: int) -> bool:
    return bool(find_clauses(Context(text), start, end))  # a look-ahead: its warnings are dropped


def region_items(ctx: Context, seg: Segmentation, rule: Callable[[Context, Region], list]) -> list:
    """The items ``rule`` finds in every region, in region order."""
    return [item for region in seg.regions for item in rule(ctx, region)]


def extract(ctx: Context, seg: Segmentation, tables: list[Table]) -> Extracted:
    """Measures of the sections and the task tables, with their deadlines and targets."""
    note_issuers(ctx, seg.notice.issuers)  # (the unit rules ask whether a zone's body issued the notice)
    measures = build_measures(ctx, list(seg.regions), dict(seg.headings), dict(seg.markers))
    release_names(ctx)
    ctx.measure_ends = measure_ends(measures)  # read by the deadline rule (REGION_RULES), so measures go first
    items = {rule_name: region_items(ctx, seg, rule) for rule_name, rule in REGION_RULES}
    if tables:
        rows = measures_from_tables(ctx, tables, section_at=seg.section_at, title=seg.notice.title)
        measures = outside_rows(measures, rows)  # a clause inside a row is the row's
        rows = card_measure_ids(rows, tables, measures)  # a numbered card's measure takes its section's id
        measures = [*measures, *rows]
    release_names(ctx)
    # the top-level lists hold every item, table rows' included
    deadlines = _union(items["deadlines"], [d for m in measures for d in m.deadlines])
    targets = _union(items["targets"], [t for m in measures for t in m.targets])
    if tables:  # an indicator table's value cells (主要指标: 指标 | 单位 | 基期值 | 2025年 | 2027年)
        targets = _union(targets, targets_from_tables(ctx, tables, seg.section_at, targets))
    card_years(ctx.text, tables, deadlines, chain(targets, (t for m in measures for t in m.targets)))
    if not seg.sections and not any(m.id.startswith("table") for m in measures):
        ctx.warn(
            WarningCode.NO_SECTIONS,
            "no numbered section (一、 （一） 1. …) and no task table was found; the body is unstructured",
        )
    d_index, t_index = _SpanIndex(deadlines), _SpanIndex(targets)
    return Extracted([_with_items(m, d_index, t_index) for m in measures], deadlines, targets)


def _union(first: list, more: list) -> list:
    """``first`` plus the items of ``more`` at spans it lacks, in text order."""
    seen = {(x.span, x.raw) for x in first}
    out = list(first)
    for x in more:
        if (x.span, x.raw) not in seen:
            seen.add((x.span, x.raw))
            out.append(x)
    return sorted(out, key=lambda x: x.span)


class _SpanIndex:
    """Items in text order, found by the span they lie in with a bisection
    (every measure against every item was quadratic on long checklists)."""

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda x: x.span)  # already sorted: stable, same order
        self.starts = [x.span[0] for x in self.items]

    def within(self, a: int, b: int) -> list:
        """The items with ``a <= start`` and ``end <= b``, in order."""
        out = []
        for i in range(bisect.bisect_left(self.starts, a), bisect.bisect_right(self.starts, b)):
            if self.items[i].span[1] <= b:
                out.append(self.items[i])
        return out


def _with_items(m: Measure, deadlines: _SpanIndex, targets: _SpanIndex) -> Measure:
    a, b = m.span
    inside = deadlines.within(a, b)
    tins = targets.within(a, b)
    if inside or tins or m.deadlines or m.targets:  # in place: the measure is not handed out yet
        update_in_place(m, {"deadlines": m.deadlines or inside, "targets": m.targets or tins})
    return m
