"""The segmentation stage as one call: a text → its notice fields, the year
its deadlines belong to, and its numbered sections with the regions the
extraction rules read.

    lines (key-value header, virtual lines) → header → boundaries and the
    stretches that hold no sections (tables, 附件 list, table of contents,
    plain annexes) → section tree → notice year
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from ..compiled import regex_compile
from ..context import Context, Region
from ..lexicon.document import ATTACHMENT_WORDS, CHROME_VERBS
from ..lexicon.markers import BLOCK_LABEL_WORDS
from ..lexicon.table_headers import classify_header
from ..model import Notice, Section, walk_sections
from ..readers import Cell, Table
from .annexes import ClauseProbe, plain_annexes
from .header import Header, parse_date, read_header
from .layout import (
    DATE,
    Line,
    contents_span,
    front_matter,
    is_attachment_header,
    is_boilerplate,
    is_date_line,
    is_footer,
    is_marker_line,
    layout_lines,
    looks_like_title,
)
from .sections import SectionTree, build_sections
from .table_sections import (
    MAX_HEADER_ROW,
    note_lists,
    outside_spans,
    problem_cells,
    row_counts,
    table_part,
    table_sections,
)

_YEAR_IN_TITLE = regex_compile(r"((?:19|20)\d{2})(?:年|—|―|-|－|–|~|～|至|到)")
#: one year a plan is for, not an end of a period (2027年, 2027年度; not （2025—2027年）)
#: the first month of the last quarter: a plan for next year issued from then on dates its yearless deadlines in it
_LAST_QUARTER_MONTH = 10
_PLAN_YEAR = regex_compile(r"(?<![0-9—–\-－―~～至到])((?:19|20)\d{2})年(?!度?[—–\-－―~～至到])")


@dataclass(frozen=True)
class Segmentation:
    """What segmentation gives the extraction rules."""

    notice: Notice
    #: where the notice header ends
    header_end: int
    #: the numbered sections, outermost first
    sections: tuple[Section, ...]
    #: the preamble, then every section's own text (children excluded), in text order
    regions: tuple[Region, ...]
    #: the year a deadline without a year belongs to (None: unknown)
    notice_year: int | None

    @cached_property
    def _flat(self) -> tuple[Section, ...]:
        return tuple(walk_sections(list(self.sections)))

    @cached_property
    def headings(self) -> Mapping[str, str]:
        """Section id → run-in heading (maybe empty)."""
        return {s.id: s.heading for s in self._flat}

    @cached_property
    def markers(self) -> Mapping[str, str]:
        """Section id → marker as written."""
        return {s.id: s.marker for s in self._flat}

    @cached_property
    def _child_starts(self) -> dict[int, list[int]]:
        """``id()`` of a section (0 for the top) → the starts of its children."""
        out = {0: [s.span[0] for s in self.sections]}
        out.update((id(s), [c.span[0] for c in s.children]) for s in self._flat)
        return out

    def section_at(self, pos: int) -> str | None:
        """The id of the innermost section whose span holds offset ``pos``
        (None outside all). Children lie inside their parent and siblings
        follow one another (the model checks the first, the section ends the
        second), so the sections holding ``pos`` are found by descending the
        tree with a bisection at each level."""
        found: Section | None = None
        level: Sequence[Section] = self.sections
        key = 0
        while level:
            i = bisect.bisect_right(self._child_starts[key], pos) - 1
            if i < 0 or pos >= level[i].span[1]:
                break
            found = level[i]
            level, key = found.children, id(found)
        return found.id if found else None


def segment(
    ctx: Context,
    *,
    links: Sequence[tuple[int, int, str]] = (),
    page_title: str | None = None,
    page_lines: Sequence[tuple[str, str | None]] = (),
    tables: Sequence[tuple[int, int]] = (),
    holds_clauses: ClauseProbe,
    grids: Sequence[Table] = (),
    boxes: Sequence[tuple[int, int]] = (),
) -> Segmentation:
    """Segment ``ctx.text`` (warnings go to ``ctx``). ``links``,
    ``page_title`` and ``page_lines`` are the reader's; ``tables`` the spans of the task tables
    found so far (their numbers are no section markers); ``holds_clauses``
    tells an annex that assigns responsibility from one that does not.
    ``grids`` are the tables themselves: a body with no numbered text takes
    the sections of its assessment tables (:mod:`.table_sections`). ``boxes`` are the spans of the reader's
    boxes (a writing tool's callouts): their numbered items are no sections."""
    text = ctx.text
    # a crawler's or exporter's key-value header is metadata, not body; a
    # line that lost its line breaks is read as virtual lines
    front = front_matter(text)
    lines = layout_lines(text, front.end if front else 0)
    header = read_header(text, lines, links, front, page_title, page_lines, tables)
    after = header.header_end
    spaced_heads = [ln.start for ln in lines if ln.start > after and _spaced_annex_head(ln)]
    boundaries = [
        *_page_boundaries(text, lines, header.boundaries),
        *(ln.start for ln in lines if ln.start > after and is_date_line(ln) and not _date_in_sentence(text, ln)),
        # the lines of the 附件 list, and an 附：X label that names an appended table: what follows is annex
        # material, outside every numbered section (wuxi-2025: 附：…指标分解表 after the last item)
        *(start for start, _ in header.attachment_spans if start > after),
        *spaced_heads,
    ]
    # a document title inside the body (a notice issuing several documents)
    titles = [ln.start for ln in lines if ln.start > after and looks_like_title(ln)]
    tree = build_sections(
        ctx,
        after,
        len(text),
        boundaries,
        soft_boundaries=titles,
        # (the numbered notes under a table, 说明： 1. 2. 3., are the table's, no sections)
        exclude=[
            *_no_sections(text, lines, header, tables, holds_clauses, _task_tables(text, grids)),
            *note_lists(text, grids),
            *boxes,
        ],
        annex_heads=[ln.start for ln in lines if ln.start > after and is_attachment_header(ln)] + spaced_heads,
        counted=row_counts(text, grids) if grids else (),
    )
    if grids:  # the sections of the tables: the body's, or a part after the text's
        tree = (_table_tree(text, after, grids) if not tree.sections else table_part(text, tree, grids)) or tree
        tree = _without_problem_cells(text, tree, grids)
    year = notice_year(header.notice) or _title_year_from_text(lines)
    if year is None:
        year = _preamble_date_year(text, tree.sections[0].span[0] if tree.sections else len(text))
    return Segmentation(header.notice, after, tuple(tree.sections), tuple(tree.regions), year)


def _without_problem_cells(text: str, tree: SectionTree, grids: Sequence[Table]) -> SectionTree:
    """``tree`` whose regions leave out an 整改清单's problem cells (问题描述, 审计发现的问题) and progress cells: they
    state what was found or done, no section's text where the table stands in one (a row's own reading leaves them
    out already)."""
    problems = sorted(span for g in grids for span in problem_cells(text, g))
    if not problems:
        return tree
    return replace(tree, regions=[p for r in tree.regions for p in outside_spans(r, problems)])


_HAN = regex_compile(r"\p{Han}")


def _is_block_label(ln: Line) -> bool:
    """A line that opens with a label in 【】 of a 整改 block (【问题4】…, 【整改措施】…: ``BLOCK_LABEL_WORDS``), which
    the header takes for a repository's 【发布日期】 metadata."""
    c = ln.compact
    close = c.find("】", 1, 12) if c.startswith("【") else -1
    if close < 0:
        return False
    label = c[1:close]
    # (a heading set in 【】, 【第二部分　重点任务】, is a marker's line: a boundary as before)
    return any(w in label for w in BLOCK_LABEL_WORDS) and not is_marker_line(Line(0, len(label), label))


#: what follows a date inside a sentence (对2019年1月1日后认定的…, 2025年3月1日起施行), never a signature date
DATE_IN_SENTENCE_NEXT = ("后", "前", "起", "以来", "以后", "以前", "至", "止", "开始", "之", "内", "的")


#: an annex head whose title, set off by a space, opens with a year: 附件1 2025年全市生态环境主要指标分解表 (without its
#: line's spaces it reads as 附件12025年…, which the header's rule leaves alone)
_SPACED_ANNEX = regex_compile("^(?:" + "|".join(ATTACHMENT_WORDS) + r")[0-9０-９]{1,2}[ \u3000\t]+(?:19|20)\d{2}年")


def _spaced_annex_head(ln: Line) -> bool:
    """Whether ``ln`` is an annex head whose title opens with a year after a space (``_SPACED_ANNEX``)."""
    return ln.text.startswith(ATTACHMENT_WORDS) and _SPACED_ANNEX.match(ln.text) is not None


def _date_in_sentence(text: str, ln: Line) -> bool:
    """Whether the date line ``ln``, cut from a line that lost its breaks, is a date of a sentence that runs on
    (jinan-2019 collapsed: 对2019年１月１日后认定的国家中小企业公共服务示范平台…), not a signature date."""
    return ln.virtual and text.startswith(DATE_IN_SENTENCE_NEXT, ln.end)


def _page_boundaries(text: str, lines: Sequence[Line], boundaries: Sequence[int]) -> list[int]:
    """The header's boundaries (page chrome, footers, annex heads), less the 【】 labels of a 整改 block
    (``_is_block_label``) and a chrome word that is a verb of the body too (``CHROME_VERBS``)
    where, on a line that lost its breaks, it runs on into words that are no chrome: 。打印票证等 (guowuyuan-2020
    老年人, its breaks lost), 。关闭取缔… — cut out as a line of its own, it is the body's, not a page's 打印."""
    starts = [ln.start for ln in lines]
    out = []
    for b in boundaries:
        i = bisect.bisect_left(starts, b)
        ln = lines[i] if i < len(starts) and starts[i] == b else None
        nxt = lines[i + 1] if ln is not None and i + 1 < len(lines) else None
        if ln is not None and _is_block_label(ln):
            continue
        if (
            ln is not None
            and nxt is not None
            and ln.virtual
            and nxt.start == ln.end
            and _HAN.match(text, ln.end)
            and ln.compact in CHROME_VERBS
            and not (is_boilerplate(nxt) or is_footer(nxt) or is_attachment_header(nxt) or is_date_line(nxt))
        ):
            continue
        out.append(b)
    return out


def _table_tree(text: str, body_start: int, grids: Sequence[Table]) -> SectionTree | None:
    """The sections of the assessment tables, with the text before, between
    (a paragraph between two tables) and after them outside every section."""
    sections, regions = table_sections(text, grids)
    if not sections:
        return None
    starts = [s.span[0] for s in sections] + [len(text)]
    ends = [body_start] + [s.span[1] for s in sections]
    outside = [Region(a, b, None, 0) for a, b in zip(ends, starts, strict=True)]
    return SectionTree(sections, sorted([*outside, *regions], key=lambda r: r.start), 1)


def _task_tables(text: str, grids: Sequence[Table]) -> list[tuple[int, int]]:
    """The spans of the task tables: a header row among the first ``MAX_HEADER_ROW`` that names a role column
    (责任单位, 牵头单位) and a task or time-limit column, as the table rule reads a header (its rows are measures)."""
    return [g.span for g in grids if any(_task_header(text, row) for row in g.rows[:MAX_HEADER_ROW])]


#: the longest cell read as a header (its asides and spaces included): a longer one is a data cell, not read
_HEADER_CELL_MAX = 64


def _task_header(text: str, row: Sequence[Cell]) -> bool:
    kinds = {classify_header(text[a:b])[0] for a, b in (c.span for c in row) if b - a <= _HEADER_CELL_MAX}
    return not _ROLE_KINDS.isdisjoint(kinds) and ("task" in kinds or "deadline" in kinds)


#: the kinds of a table column that assign a row's task to units
_ROLE_KINDS = frozenset({"lead", "responsible", "supporting"})


def _no_sections(
    text: str,
    lines: list[Line],
    header: Header,
    tables: Sequence[tuple[int, int]],
    holds_clauses: ClauseProbe,
    task_tables: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The stretches whose numbers are no section markers: tables, the 附件
    list, a table of contents (it repeats the headings), plain annexes (not one that holds a task table:
    ``task_tables``)."""
    contents = contents_span(lines)
    return [
        *tables,
        *header.attachment_spans,
        *([contents] if contents else []),
        *plain_annexes(text, lines, header.header_end, holds_clauses, task_tables),
    ]


def notice_year(notice: Notice) -> int | None:
    """The year a deadline without a year belongs to: the notice date's,
    else the first year in its title ("数字山东2019行动方案", "（2024-2025年）").
    A plan for the next year issued in the last quarter (澜溪县2027年…行动方案 issued 2026-11-25, weixin-2026, red team
    12) is the exception: its 6月底前 is the plan year's. Issued earlier (《2027年度部门预算编制工作方案》 of 2026-08-10),
    its yearless 9月15日前, 10月底前 are the preparation's, in the notice's own year."""
    if notice.date:
        year = int(notice.date[:4])
        m = _PLAN_YEAR.search(notice.plan_title) if notice.plan_title else None
        late = int(notice.date[5:7]) >= _LAST_QUARTER_MONTH
        return year + 1 if late and m and int(m.group(1)) == year + 1 else year
    for title in (notice.title, notice.plan_title):
        if title:
            m = _YEAR_IN_TITLE.search(title)
            if m:
                return int(m.group(1))
    return None


def _title_year_from_text(lines: Sequence[Line]) -> int | None:
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
