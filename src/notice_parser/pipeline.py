"""The only place that knows the stage order:

    read → lines → header → sections → measures → deadlines/targets → model

Each stage takes plain values and returns new ones. Region rules (deadlines,
targets) are rows of ``REGION_RULES``, imported plainly: adding a rule adds
an import and a row.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable

import regex

from .canonical import with_canonical
from .context import Context, Region
from .errors import StrictModeError
from .extract.deadlines import find_deadlines
from .extract.flat_tables import fill_merged, find_text_tables
from .extract.measures import build_measures
from .extract.tables import measures_from_tables
from .extract.targets import find_targets
from .extract.units import split_units
from .lexicon.document import ATTACHMENT_WORD
from .model import Measure, NoticeDocument, Source, walk_sections
from .readers import ReadResult
from .segment.header import parse_date, read_header
from .segment.layout import (
    DATE,
    contents_span,
    ends_like_title,
    front_matter,
    is_date_line,
    layout_lines,
    looks_like_title,
)
from .segment.sections import build_sections

#: (name, rule) — each rule is f(ctx, region) -> list of items
REGION_RULES: list[tuple[str, Callable[[Context, Region], list]]] = [
    ("deadlines", find_deadlines),
    ("targets", find_targets),
]

_YEAR_IN_TITLE = regex.compile(r"((?:19|20)\d{2})(?:年|—|-|－|–|至)")


def notice_year(notice) -> int | None:
    """The year a deadline without a year belongs to: the notice date's,
    else the first year in its title ("数字山东2019行动方案", "（2024-2025年）")."""
    if notice.date:
        return int(notice.date[:4])
    for title in (notice.title, notice.plan_title):
        if title:
            m = _YEAR_IN_TITLE.search(title)
            if m:
                return int(m.group(1))
    return None


def _title_year_from_text(lines) -> int | None:
    for ln in lines[:6]:
        m = _YEAR_IN_TITLE.search(ln.compact)
        if m and looks_like_title(ln):
            return int(m.group(1))
    return None


def _preamble_date_year(text: str, end: int) -> int | None:
    """Last resort: the latest full date written before the body starts
    ("2020年9月11日，…电视电话会议" dates a notice that carries no date)."""
    years = [int(d[:4]) for d in (parse_date(m.group(0)) for m in DATE.finditer(text, 0, end)) if d]
    return max(years) if years else None


def run(read: ReadResult, data: bytes, *, name: str, strict: bool = False) -> NoticeDocument:
    text = read.text
    ctx = Context(text)
    for code, message in read.warnings:
        ctx.warn(code, message)
    pua = regex.search(r"[\ue000-\uf8ff]", text)
    if pua:
        count = len(regex.findall(r"[\ue000-\uf8ff]", text))
        ctx.warn(
            "private_use_character",
            f"{count} private-use character(s) (a symbol-font glyph lost in extraction), first U+{ord(pua.group()):04X}",
            (pua.start(), pua.end()),
        )
    # a crawler's or exporter's key-value header is metadata, not body; a
    # line that lost its line breaks is read as virtual lines
    front = front_matter(text)
    lines = layout_lines(text, front.end if front else 0)
    header = read_header(text, lines, read.links, front, read.page_title)
    notice = header.notice
    ctx.notice_year = notice_year(notice) or _title_year_from_text(lines)

    boundaries = list(header.boundaries)
    boundaries += [ln.start for ln in lines if ln.start > header.header_end and is_date_line(ln)]
    # a document title inside the body (a notice issuing several documents)
    titles = [ln.start for ln in lines if ln.start > header.header_end and looks_like_title(ln)]
    # task tables that reached us as text (tabs, a cell per paragraph, one line)
    if read.format == "txt":
        for table in read.tables:
            fill_merged(text, table)  # an empty cell under a merged one carries its value down
    tables = sorted([*read.tables, *find_text_tables(ctx, [t.span for t in read.tables])], key=lambda t: t.span)
    table_spans = [t.span for t in tables] + header.attachment_spans
    contents = contents_span(lines)
    if contents:
        table_spans.append(contents)  # a table of contents repeats the headings
    table_spans += _plain_annexes(ctx, lines, header.header_end)
    tree = build_sections(ctx, header.header_end, len(text), boundaries, soft_boundaries=titles, exclude=table_spans)

    if ctx.notice_year is None:
        first = tree.sections[0].span[0] if tree.sections else len(text)
        ctx.notice_year = _preamble_date_year(text, first)
    headings = {s.id: s.heading for s in walk_sections(tree.sections)}
    ctx.headings = {k: v for k, v in headings.items() if v}
    markers = {s.id: s.marker for s in walk_sections(tree.sections)}
    measures = build_measures(ctx, tree.regions, headings, markers)

    regions = list(tree.regions)
    items: dict[str, list] = {}
    for rule_name, rule in REGION_RULES:
        items[rule_name] = [item for region in regions for item in rule(ctx, region)]

    if tables:
        rules = dict(REGION_RULES)
        measures += measures_from_tables(
            ctx,
            tables,
            split_units=split_units,
            find_deadlines=rules["deadlines"],
            find_targets=rules["targets"],
            section_at=_section_at(tree.sections),
        )

    # the top-level lists hold every item, table rows' included
    deadlines = _union(items.get("deadlines", []), [d for m in measures for d in m.deadlines])
    targets = _union(items.get("targets", []), [t for m in measures for t in m.targets])
    if not tree.sections and not any(m.id.startswith("table") for m in measures):
        ctx.warn(
            "no_sections",
            "no numbered section (一、 （一） 1. …) and no task table was found; the body is unstructured",
        )
    d_index, t_index = _SpanIndex(deadlines), _SpanIndex(targets)
    measures = [_with_items(m, d_index, t_index) for m in measures]
    measures = with_canonical(measures, notice, text)

    doc = NoticeDocument(
        source=Source(name=name, format=read.format, encoding=read.encoding, sha256=hashlib.sha256(data).hexdigest()),
        text=text,
        notice=notice,
        sections=tree.sections,
        measures=measures,
        deadlines=deadlines,
        targets=targets,
        warnings=ctx.warnings,
    )
    doc._skipped = [(k.kind, k.span, k.reason) for k in ctx.skipped]
    if strict and doc.warnings:
        raise StrictModeError(doc.warnings)
    return doc


_ANNEX_HEAD = regex.compile(r"^" + ATTACHMENT_WORD + r"[0-9０-９一二三四五六七八九十]*[：:]?$")
#: on a line that lost its line breaks the annex title runs on: 附件2016年X分工表
_GLUED_ANNEX_HEAD = regex.compile(
    r"^" + ATTACHMENT_WORD + r"(?:[0-9０-９一二三四五六七八九十]{1,2}(?![0-9０-９]|年))?(?![：:，,。、的中所下])\S"
)
_ANNEX_NUMBER = regex.compile(r"^" + ATTACHMENT_WORD + r"[0-9０-９一二三四五六七八九十]{0,2}[：:]?")


def _annex_title(lines, k: int) -> str:
    head = lines[k]
    rest = _ANNEX_NUMBER.sub("", head.compact)
    if rest:
        return rest
    return lines[k + 1].compact if k + 1 < len(lines) else ""


def _plain_annexes(ctx: Context, lines, after: int) -> list[tuple[int, int]]:
    """Annex bodies (a line "附件" or "附件2" standing alone — or, where the
    line breaks are lost, "附件" running into its title — to the next one or
    the end) that assign no responsibility: their numbered lists (领导小组
    名单, 职责, a flattened 分工表) are not sections of the document. An annex
    that holds clauses (a 考评指标 or 任务分工 list), or that is a plan the
    notice issues (its title ends like one: …三年行动计划（2024-2026年）),
    stays: it is a document the notice issues."""
    from .extract.clauses import find_clauses

    heads = [
        k
        for k, ln in enumerate(lines)
        if ln.start > after and (_ANNEX_HEAD.match(ln.compact) or (ln.virtual and _GLUED_ANNEX_HEAD.match(ln.compact)))
    ]
    spans = []
    for n, k in enumerate(heads):
        head = lines[k]
        end = lines[heads[n + 1]].start if n + 1 < len(heads) else len(ctx.text)
        if ends_like_title(_annex_title(lines, k)):
            continue
        probe = Context(ctx.text)  # no warnings from this look-ahead
        if not find_clauses(probe, head.start, end):
            spans.append((head.start, end))
    return spans


def _section_at(sections):
    """offset → id of the innermost section whose span holds it (None outside all)."""
    flat = list(walk_sections(sections))

    def at(pos: int) -> str | None:
        inside = [s for s in flat if s.span[0] <= pos < s.span[1]]
        return max(inside, key=lambda s: s.level).id if inside else None

    return at


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
    if not inside and not tins and not m.deadlines and not m.targets:
        return m
    return m.model_copy(update={"deadlines": m.deadlines or inside, "targets": m.targets or tins})
