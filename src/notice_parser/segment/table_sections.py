"""The sections of an assessment table (考核细则, 目标管理考核, 评分表) on a page
whose text holds no numbered section: the whole body is one table.

The table is recognised by its header (:mod:`notice_parser.lexicon.table_headers`):
a running-number column (序号), a task column (考核项目, 考核内容 …), and a
header word that scores or assesses (各项分值, 评分标准, 考核项目: a task
table's 序号 column, 整改清单 or 任务分工表, gives no sections). Then:

* each row whose 序号 cell holds a number opens a section: the 一、 style is
  the outer level, the 1 2 3 rows under it the next; its marker is the cell
  as written, its heading the task cell of the row (of a task header that
  covers several grid columns, 考核项目 over 重点考核部门 | 县委农工部, the
  innermost cell with text);
* a row with no number of its own (a 序号 cell merged from above, or empty)
  continues the section above it; the section ends with its last row;
* numbered items at the line starts of a task or scoring cell (1. 2. in a
  评分标准 cell) are sections one level deeper, under the row's section;
  their heading is the item up to its first 。 (the cell's line breaks closed
  up), a trailing list separator dropped. Only the numbered row's own items
  are: those of the row itself and of the rows that continue it under its
  heading cell (a department's sub-rows, its cell merged down over them). A
  row with no number but a heading of its own (a department row under a
  一、 group whose 序号 is merged down: 一、 | 市市场监管局 | 10 | … | 1.…
  2.…) is an unnumbered entry of the group: its items, which start again in
  every such row, number nothing; its text is the group's.

Ids follow the numbers as written, counting on where a number does not
follow its previous sibling (a number written twice, 30 then 30; a list that
starts again at 1 in the next sub-row of one department): the ids of one
parent stay unique. A section's own text (its span without its children's)
is its regions: a department's text after its items (a sub-row without items)
is still its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from ..compiled import re_compile
from ..context import Region
from ..lexicon.markers import MARKER_STYLES
from ..lexicon.roles import LABEL_PATTERN
from ..lexicon.table_headers import (
    ASSESSMENT_HEADER_WORDS,
    CRITERIA_HEADER_WORDS,
    NUMBER_HEADERS,
    TABLE_NOTE_LABELS,
    classify_header,
    header_key,
    problem_header,
)
from ..model import Section
from ..numerals import parse_cn_number
from ..readers import Cell, Table
from ..spans import WHITESPACE_CHARS, squeeze, strip_span
from .sections import Candidate, SectionTree, find_candidates

#: Rows searched for the header.
MAX_HEADER_ROW = 6
#: a 序号 cell written as a bare number (1, 2, 3): the rank of the 1. style
#: (up to six digits, as a flattened table's 序号 column: a table of more than 999 rows numbers on)
_BARE_NUMBER = re_compile(r"[0-9０-９]{1,6}")
_BARE_RANK = next(rank for name, _, rank in MARKER_STYLES if name == "ar_dot")
#: … or as a decimal path (1.1, 2.3: the row's number under its group's): a rank just inside the bare number's
_DECIMAL = re_compile(r"[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+")
_DECIMAL_RANK = _BARE_RANK + 0.5
#: … or as a bare Chinese numeral (一, 二): the rank of the 一、 style
_BARE_CN_RANK = next(rank for name, _, rank in MARKER_STYLES if name == "cn_dun")
_BARE_CN_MAX = 3
#: the styles of a task table's group rows: 一、 (or a bare 一) and （一）
_GROUP_RANKS = frozenset(rank for name, _, rank in MARKER_STYLES if name in ("cn_dun", "cn_paren"))
#: … and a bare number's, where the task rows count apart from the groups (:func:`_counted_apart`)
_GROUP_OR_BARE = _GROUP_RANKS | {_BARE_RANK}
#: punctuation inside a sentence or closing one: a category's name (a heading) has none
_SENTENCE_MARKS = "，。；,;"
#: what closes a heading's tail: list separators left after the item's text
_TRAILING = "；;，,.．、：:" + WHITESPACE_CHARS


@dataclass(frozen=True)
class _Layout:
    """Where the numbers, headings and items of an assessment table are."""

    first_row: int
    number_col: int
    heading_cols: tuple[int, ...]  # the best task header's grid columns, outermost first
    fallback_cols: tuple[int, ...]  # the other task columns, best first
    item_cols: tuple[int, ...]
    assessing: bool  # a header word says the table scores or assesses


@dataclass
class _Node:
    number: int
    marker: str
    heading: str
    start: int
    end: int
    children: list[_Node] = field(default_factory=list)


def table_sections(text: str, tables: Sequence[Table]) -> tuple[list[Section], list[Region]]:
    """The sections of the assessment tables among ``tables`` and their own-text regions,
    in text order. Several such tables each number from their own order (``2.1.3``)."""
    found = [roots for roots in (_table_roots(text, t) for t in tables) if roots]
    sections: list[Section] = []
    for k, roots in enumerate(found, start=1):
        prefix = str(k) if len(found) > 1 else None
        sections += [_to_section(node, 1, prefix) for node in roots]
    regions: list[Region] = []
    for sec in sections:
        _own_regions(text, sec, regions)
    return sections, _outside(regions, [span for t in tables for span in problem_cells(text, t)])


#: how far after a table its numbered notes are looked for (characters): a 说明 of a few items
NOTE_LIST_REACH = 4000
#: the marker styles a table's notes count in (1. 1、 （1） 1） ①): a note list is no body section
_NOTE_STYLES = frozenset(("ar_dot", "ar_paren", "ar_half_paren", "circled"))


# compiled on first use: a table with a note under it is rare
@cache
def _note_label() -> re.Pattern[str]:
    """The label line of a table's notes right under it (说明：, 注：, 填表说明：, 备注1：), maybe with its first item,
    or the label alone on its line (a heading: ### 说明)."""
    return re_compile(
        r"[ \t\u3000]*(?:填表)?(?:" + "|".join(TABLE_NOTE_LABELS) + r")[0-9０-９]{0,2}[ \t\u3000]*(?:[：:]|(?=\n|\Z))"
    )


def note_lists(text: str, tables: Sequence[Table]) -> list[tuple[int, int]]:
    """The numbered notes under the tables (a 台账 exported from an online document, a 清单 saved as
    a page: the table, then 说明： and 1. 2. 3. on the lines after it, or 注：1.…), whose numbers are
    the notes' and no section markers (fuyu S3): from the label to the last note's marker, for each
    table whose next line (blank lines aside) opens with a note label and whose notes count 1, 2, 3
    in one style from the label's line or the next, before the next table and within
    ``NOTE_LIST_REACH``. A heading of a higher style (一、 after the notes) ends them."""
    out: list[tuple[int, int]] = []
    starts = sorted(t.span[0] for t in tables)
    for table in tables:
        start = table.span[1]
        while start < len(text) and text[start] in WHITESPACE_CHARS:
            start += 1
        start = text.rfind("\n", 0, start) + 1
        label = _note_label().match(text, start)
        if label is None:
            continue
        # the first note: on the label's line or the next line with text
        nl = text.find("\n", label.end())
        first = nl
        while 0 <= first < len(text) and text[first] in WHITESPACE_CHARS:
            first += 1
        first = text.find("\n", first) if nl >= 0 else -1
        k = bisect.bisect_right(starts, start)
        end = min(len(text), label.end() + NOTE_LIST_REACH, starts[k] if k < len(starts) else len(text))
        run: list[Candidate] = []
        for c in find_candidates(text, label.end(), end, inline=False):
            if not run:
                if c.number != 1 or c.style not in _NOTE_STYLES or 0 <= first < c.start:
                    break  # (the body's own （一） 一、 after a table are its sections, never a note's numbers)
                run.append(c)
            elif c.style == run[0].style and c.number == run[-1].number + 1:
                run.append(c)
            elif c.style == run[0].style or c.rank < run[0].rank:
                break  # a number out of the run, or a heading over it
        # a numbered item that assigns the task (（牵头单位：X）, 责任单位：Y) is the body's, no note: the run
        # ends before it
        for i, c in enumerate(run):
            stop = run[i + 1].start if i + 1 < len(run) else text.find("\n\n", c.end, end)
            if _role_label().search(text, c.end, stop if stop >= 0 else end):
                del run[i:]
                break
        if run:
            out.append((start, run[-1].end))
    return out


@cache  # compiled on first use: a table with a note under it is rare
def _role_label() -> re.Pattern[str]:
    """A responsibility label with its colon (牵头单位：, 责任单位:, 配合部门：): what a task says, and a note not."""
    return re_compile(r"(?:" + LABEL_PATTERN + r")[ \t\u3000]*[：:]")


def problem_cells(text: str, table: Table) -> list[tuple[int, int]]:
    """The cells of an 整改清单's problem column (问题描述, 存在问题: :func:`problem_header`) and of a column
    that reports progress (完成情况, 整改进展) below its header, in text order: they state what was found or
    what has been done, so the rules read no target or time in them."""
    for h, row in enumerate(table.rows[:MAX_HEADER_ROW]):
        cols = {c for c, cell in enumerate(row) if problem_header(text[slice(*cell.span)])}
        if not cols or not any(classify_header(text[slice(*cell.span)])[0] not in (None, "task") for cell in row):
            continue
        spans = {r[c].span for r in table.rows[h + 1 :] for c in cols if c < len(r) and not _spans_on_from(r, c)}
        return sorted(span for span in spans if span[0] < span[1])
    return []


def _spans_on_from(row: list[Cell], c: int) -> bool:
    """Does the cell at ``c`` span into it from the left (a group's name across the row)?"""
    return 0 < c < len(row) and row[c].merged and row[c].span == row[c - 1].span


def outside_spans(region: Region, spans: Sequence[tuple[int, int]]) -> list[Region]:
    """``region`` without the ``spans`` (sorted) inside it, as the regions left."""
    out, pos = [], region.start
    for a, b in spans:
        if b <= pos or a >= region.end:
            continue
        if a > pos:
            out.append(replace(region, start=pos, end=a))
        pos = max(pos, b)
    if pos < region.end:
        out.append(replace(region, start=pos, end=region.end))
    return out


def _outside(regions: list[Region], spans: list[tuple[int, int]]) -> list[Region]:
    if not spans:
        return regions
    spans.sort()
    return [piece for region in regions for piece in outside_spans(region, spans)]


def table_part(text: str, tree: SectionTree, tables: Sequence[Table]) -> SectionTree | None:
    """A numbered text's sections (``tree``) followed by those of the tables after them that
    have their own (a notice's 一、…四、 and the 整改清单 it encloses, whose category rows
    start again at 一、): each such table is a further document part, every id prefixed with
    its part's order (the text's too, where it was one part; a second enclosed list's 一、 is
    ``3.1``). One table whose numbers go on from the text's (五、 after 四、) extends it
    unprefixed. None when no table after the text has sections, or a table's first number
    neither restarts nor follows on."""
    last = max(sec.span[1] for sec in tree.sections)
    found = [roots for roots in (_table_roots(text, t) for t in tables if t.span[0] >= last) if roots]
    if not found:
        return None
    sections, regions, parts = list(tree.sections), list(tree.regions), tree.parts
    table: list[Section] = []
    first = found[0][0].number
    if len(found) == 1 and parts == 1 and first == len(sections) + 1 and sections[-1].id == str(len(sections)):
        table = [_to_section(node, 1, None) for node in found[0]]  # 五、 after the text's 一、…四、
    elif all(roots[0].number == 1 for roots in found):
        if parts == 1:
            sections = [_prefixed(sec, "1") for sec in sections]
            regions = [r if r.section_id is None else replace(r, section_id=f"1.{r.section_id}") for r in regions]
        for roots in found:
            parts += 1
            table += [_to_section(node, 1, str(parts)) for node in roots]
    else:
        return None
    own: list[Region] = []
    for sec in table:
        _own_regions(text, sec, own)
    own = _outside(own, [span for t in tables for span in problem_cells(text, t)])
    return SectionTree([*sections, *table], sorted([*regions, *own], key=lambda r: r.start), parts)


def _prefixed(sec: Section, prefix: str) -> Section:
    return sec.model_copy(
        update={"id": f"{prefix}.{sec.id}", "children": [_prefixed(ch, prefix) for ch in sec.children]}
    )


def _table_roots(text: str, table: Table) -> list[_Node]:
    layout = _layout(text, table)
    if layout is None:
        return []
    rows = table.rows[layout.first_row :]
    marks = [_row_mark(text, row, layout.number_col) for row in rows]
    ranks = sorted({m.rank for m in marks if m is not None})
    if not ranks:
        return []
    group_ranks: frozenset[float] = frozenset()  # a task table's group rows' ranks: their sections hold no items
    if not layout.assessing:
        task_marks = _task_table_marks(text, rows, marks, layout.number_col)
        if task_marks is None:
            return _category_column_roots(text, rows, layout)
        marks, group_ranks = task_marks
    roots: list[_Node] = []
    stack: list[tuple[float, _Node]] = []
    numbered_head: tuple[int, int] | None = None  # the heading cell of the last numbered row
    for row, mark in zip(rows, marks, strict=True):
        end = row_span(text, row)[1]
        head = _heading_cell(text, row, layout)
        if mark is not None:
            numbered_head = head
            while stack and stack[-1][0] >= mark.rank:
                stack.pop()
            siblings = stack[-1][1].children if stack else roots
            start, stop = strip_span(text, *row[layout.number_col if mark.col < 0 else mark.col].span)
            node = _Node(_count_on(siblings, mark.number), squeeze(text[start : mark.end]), "", start, end)
            node.heading = _heading(text, mark.end, stop) or _row_heading(text, row, layout)
            siblings.append(node)
            stack.append((mark.rank, node))
        elif not stack:
            continue  # a row before the first number (总分): no section
        for _, open_node in stack:
            open_node.end = max(open_node.end, end)
        if stack[-1][0] in group_ranks:
            continue  # a task table's row that is no section: its items are no sections either
        if mark is not None or head is None or head == numbered_head:
            _add_items(text, row, layout, stack[-1][1])
    return roots


def row_counts(text: str, tables: Sequence[Table]) -> list[tuple[int, int]]:
    """Where each task table ends and how far its 序号 column counts: the rows numbered 1, 2, … N
    (bare numbers, running on through the table; category rows 一、… aside) are the first N items of
    the list they belong to, so a list that goes on after the table at N+1 (cards headed 9. 10. below
    a grid of rows 1–8: xinyuan S1) keeps counting across parents as a list in the text does. Sorted
    by end; none for an assessment table (its rows are sections already), nor for a 序号 that is no
    such count (a decimal path, numbers starting again under every group)."""
    out: list[tuple[int, int]] = []
    for table in tables:
        layout = _layout(text, table)
        if layout is None or layout.assessing:
            continue
        count = 0
        for row in table.rows[layout.first_row :]:
            mark = _row_mark(text, row, layout.number_col) if layout.number_col < len(row) else None
            if mark is None or mark.rank in _GROUP_RANKS:
                continue  # no number of its own, a category row (一、提升政务服务效能)
            if mark.rank != _BARE_RANK or mark.number != count + 1:
                break  # a decimal path, a number that starts again
            count += 1
        else:
            if count:
                out.append((table.span[1], count))
    return sorted(out)


def category_rows(text: str, table: Table) -> frozenset[int]:
    """The rows (indices into ``table.rows``) of a task table that are its category rows, the groups
    :func:`_task_table_marks` makes sections of: they name no task, so they are no measure either
    (| **2** | **强化数字基础支撑** | | | between rows 1.4 and 2.1 of a Markdown 台账, whose blank cells
    would carry row 1.4's units down)."""
    layout = _layout(text, table)
    if layout is None or layout.assessing:
        return frozenset()
    rows = table.rows[layout.first_row :]
    marks = [_row_mark(text, row, layout.number_col) for row in rows]
    found = _task_table_marks(text, rows, marks, layout.number_col) if any(marks) else None
    groups = _unnumbered_groups(text, rows, marks, layout.number_col)
    if found is not None:
        groups += [i for i, mark in enumerate(found[0]) if mark is not None and mark.rank in found[1]]
    return frozenset(layout.first_row + i for i in groups)


def _unnumbered_groups(text: str, rows: list[list[Cell]], marks: list[_Mark | None], c: int) -> list[int]:
    """The category rows that carry no number (| | **提升政务服务效能** | | |: a name alone, the 序号 blank)
    of a table that opens with one, each followed by a numbered row: no sections (they number nothing),
    no tasks (a Markdown export's blank role cells, filled from the row above, gave them its units)."""
    lone = [
        i
        for i, (row, mark) in enumerate(zip(rows, marks, strict=True))
        if mark is None and c < len(row) and not row[c].merged and _lone_cell(text, row) not in (None, c)
    ]
    if len(lone) < 2 or lone[0] != 0 or any(i + 1 >= len(rows) or marks[i + 1] is None for i in lone):
        return []
    return lone


def _task_table_marks(
    text: str, rows: list[list[Cell]], marks: list[_Mark | None], c: int
) -> tuple[list[_Mark | None], frozenset[float]] | None:
    """The rows of a task table (整改清单, 任务分工表) that are sections, and the ranks of its
    group rows; None when it has none. A task table whose rows are grouped under category
    rows (一、提升政务服务效能 across the row, or 三、 | 基层党组织建设方面（1项） with the rest
    empty) is the numbered body of the list it issues: the groups are sections, and so are
    the rows under them where the 序号 is a section marker — written （一） or 1. (a style of
    the marker grammar), or bare numbers that start again at 1 under a later group in a
    column that writes such markers too (（一）（二） under one group, 1 2 3 under the next:
    the groups' own lists). A column of bare numbers alone labels the rows (the measures
    ``table<N>.row<M>``), not sections, whether they run on through the whole table (1–5,
    6–9) or start again in every group (a spreadsheet's 序号, pasted); so does a decimal
    path (1.1, 1.2, 2.1 under groups numbered 一 二 or 1 2: a docs tool's 任务台账, fuyu
    S2), which still tells the groups numbered 1 2 from the rows; so do bare row numbers
    that count apart from the groups' 1 2 3 (:func:`_counted_apart`). A table without at least
    two group rows, of one rank, gives no sections (a 序号 column alone numbers rows)."""
    group_marks = _group_marks(text, rows, marks, c)
    groups = set(group_marks)
    group_ranks = {mark.rank for mark in group_marks.values()}
    if len(groups) < 2 or not _nested(group_marks):
        return None
    outer, group_rank = min(group_ranks), max(group_ranks)  # (categories and their subcategories: 一、 over （一）)
    if any(m is not None and m.rank < outer for m in marks):
        return None
    out: list[_Mark | None] = [None] * len(rows)
    for i, group in group_marks.items():
        out[i] = group
    bare: list[list[int]] = []  # the bare numbers of the rows under each group, in order
    for i, (row, found) in enumerate(zip(rows, marks, strict=True)):
        if i in groups:
            bare.append([])
        elif found is not None and found.rank > group_rank and bare and _bare_number(text, row[c]):
            bare[-1].append(found.number)
    first = min(groups)
    # (a decimal 序号, 1.1 1.2 2.1, labels the rows too: the task table's row ids, not its sections — fuyu S2)
    under = [
        i
        for i, found in enumerate(marks)
        if i not in groups and found and found.rank > group_rank and i > first and found.rank != _DECIMAL_RANK
    ]
    # bare numbers are the sheet's row labels unless the column writes the list's own markers too: a 序号
    # that numbers one group （一）（二） and the next 1 2 3 is one list in two dresses (nanping S2), a
    # column of bare numbers alone, running on or starting again in every group, labels rows (zhouzhi S3,
    # loudi S3, hengshui S3)
    marked = any(not _bare_number(text, rows[i][c]) for i in under)
    restarts = marked and any(numbers[:1] == [1] for numbers in bare[1:])
    for i in under:
        if restarts or not _bare_number(text, rows[i][c]):
            out[i] = marks[i]
    return out, frozenset(group_ranks)


def _group_marks(text: str, rows: list[list[Cell]], marks: list[_Mark | None], c: int) -> dict[int, _Mark]:
    """The category rows (:func:`_group_row`) by their marks: numbered as groups (一、, （一）), or with bare
    numbers 1 2 3 over rows numbered 1.1 1.2 2.1 (a decimal 序号 says which rows are the groups') or over
    rows numbered 1 2 3 whose own count tells them from the groups' (:func:`_counted_apart`)."""
    decimal = any(m is not None and m.rank == _DECIMAL_RANK for m in marks)
    found = {
        i: mark
        for i, (row, mark) in enumerate(zip(rows, marks, strict=True))
        if mark and mark.rank in _GROUP_OR_BARE and _group_row(text, row, c if mark.col < 0 else mark.col, mark)
    }
    bare = [i for i, mark in found.items() if mark.rank == _BARE_RANK]
    if decimal:  # a category 2 heads rows 2.1 2.2: a task's item 2.… at a page break heads none
        return {i: mark for i, mark in found.items() if mark.rank != _BARE_RANK or _heads(text, rows, marks, c, i)}
    if bare and not _counted_apart(marks, bare):
        return {i: mark for i, mark in found.items() if mark.rank != _BARE_RANK}
    return found


def _heads(text: str, rows: list[list[Cell]], marks: list[_Mark | None], c: int, i: int) -> bool:
    """Is the next numbered row after row ``i`` (numbered N) a decimal path under N (N.1, N.2)?"""
    number = found.number if (found := marks[i]) is not None else 0
    for row, mark in zip(rows[i + 1 :], marks[i + 1 :], strict=True):
        if mark is None:
            continue
        if mark.rank != _DECIMAL_RANK:
            return False
        head = squeeze(text[slice(*row[c].span)]).translate(_FULLWIDTH_DIGITS).replace("．", ".")
        return head.split(".", 1)[0] == str(number)
    return False


def _counted_apart(marks: list[_Mark | None], groups: list[int]) -> bool:
    """Are the rows ``groups`` (a bare number and a name, nothing else: | **2** | **强化数字基础支撑** | | |)
    the category rows of a table whose task rows are bare numbers too? They are when the table opens
    with the first of them, they count 1, 2, 3, and the numbered rows under each count apart from
    them: on through the whole table (1 2 | 3 4 | 5 6) or again from 1 under every one (1 2 | 1 2),
    every category with a row of its own. A task row left with its number and name alone (its other
    cells carried down from the row above, a Markdown blank under a merged lead: | 5 | 任务 | | |) is
    no category: it breaks these counts, and the table's bare numbers give no sections."""
    first = next((i for i, mark in enumerate(marks) if mark is not None), None)
    if len(groups) < 2 or groups[0] != first:
        return False
    numbers = [mark.number for i in groups if (mark := marks[i]) is not None]
    if numbers != list(range(1, len(groups) + 1)):
        return False
    runs: list[list[int]] = []
    opened = set(groups)
    for i, mark in enumerate(marks):
        if i in opened:
            runs.append([])
        elif mark is not None and runs:
            if mark.rank != _BARE_RANK:
                return False
            runs[-1].append(mark.number)
    if not all(runs):
        return False
    flat = [n for run in runs for n in run]
    return flat == list(range(1, len(flat) + 1)) or all(run == list(range(1, len(run) + 1)) for run in runs)


def _category_column_roots(text: str, rows: list[list[Cell]], layout: _Layout) -> list[_Node]:
    """The sections of a task table that writes its categories in a column of their own, left of the
    task column (类别 | 序号 | 重点任务 …, 一、政务服务提质增效 merged down over the category's rows) instead
    of in rows across it: every row's cell in that column is a category's — its first row's cell opens
    with a marker of the 一、 or （一） style, the rows after it are merged into it — and the markers count
    1, 2, 3 (rows across the whole table after them, a 说明, aside). Each category is a section over its
    rows (its heading the cell after the marker); the rows stay the list's measures, their 序号 no
    sections. None such: no sections."""
    for c in range(min(layout.heading_cols)):
        if c != layout.number_col:
            roots = _category_column(text, rows, c)
            if len(roots) >= 2:
                return roots
    return []


def _category_column(text: str, rows: list[list[Cell]], c: int) -> list[_Node]:
    roots: list[_Node] = []
    cell_span, style = (0, 0), ""  # the last category's cell and its marker's style
    for r, row in enumerate(rows):
        end = row_span(text, row)[1]
        if roots and row[c].merged and row[c].span == cell_span:
            roots[-1].end = max(roots[-1].end, end)
            continue
        start, stop = strip_span(text, *row[c].span)
        found = find_candidates(text, start, stop, inline=False) if start < stop else []
        mark = found[0] if found else None
        if (
            mark is None
            or mark.start != start
            or mark.rank not in _GROUP_RANKS
            or mark.number != len(roots) + 1
            or (roots and mark.style != style)
        ):
            return roots if all(_across(rest) for rest in rows[r:]) else []
        head = _heading(text, mark.end, stop)
        roots.append(_Node(mark.number, squeeze(text[start : mark.end]), head, row_span(text, row)[0], end))
        cell_span, style = row[c].span, mark.style
    return roots


def _across(row: list[Cell]) -> bool:
    """A row of one cell across the table (a 说明 under it)."""
    return len({cell.span for cell in row}) == 1


def _nested(group_marks: dict[int, _Mark]) -> bool:
    """Are the group rows one level (一、 …) or categories over subcategories (一、 over （一）…): at most two
    ranks, the first row of the outer one, each inner run starting again at 1 under every outer row?"""
    ranks = sorted({mark.rank for mark in group_marks.values()})
    if len(ranks) == 1:
        return True
    if len(ranks) > 2:
        return False
    ordered = [group_marks[i] for i in sorted(group_marks)]
    if ordered[0].rank != ranks[0]:
        return False
    inner = 0
    for mark in ordered:
        if mark.rank == ranks[0]:
            inner = 0
        elif mark.number != inner + 1:
            return False
        else:
            inner += 1
    return True


def _bare_number(text: str, cell: Cell) -> bool:
    start, end = strip_span(text, *cell.span)
    return _BARE_NUMBER.fullmatch(text, start, end) is not None


def _group_row(text: str, row: list[Cell], c: int, mark: _Mark) -> bool:
    """A category row of a task table: its number and its name, and nothing else — one
    cell across the row (一、提升政务服务效能), the same text repeated in every cell (a
    Markdown export), or the number alone in its cell and the name in one more
    (三、 | 基层党组织建设方面（1项） | | |)."""
    own: list[str] = []
    for cell in row:
        if cell.merged:
            continue
        value = squeeze(text[slice(*cell.span)])
        if value and value not in own:
            own.append(value)
    number = squeeze(text[slice(*row[c].span)])
    if not own or own[0] != number:
        return False
    if len(own) == 1:
        return True
    return len(own) == 2 and mark.end >= strip_span(text, *row[c].span)[1]


def _heading_cell(text: str, row: list[Cell], layout: _Layout) -> tuple[int, int] | None:
    """The span of the row's innermost heading cell, None when it is empty."""
    c = layout.heading_cols[-1]
    if c >= len(row):
        return None
    span = row[c].span
    return span if squeeze(text[span[0] : span[1]]) else None


def _layout(text: str, table: Table) -> _Layout | None:
    """The header row that names a 序号 column and a task column, read."""
    for h, row in enumerate(table.rows[:MAX_HEADER_ROW]):
        keys = [header_key(text[slice(*cell.span)]) for cell in row]
        number = next((c for c, k in enumerate(keys) if k in NUMBER_HEADERS), None)
        kinds = [classify_header(text[slice(*cell.span)]) for cell in row]
        tasks = sorted((rank, c) for c, (kind, rank) in enumerate(kinds) if kind == "task")
        if number is None or not tasks:
            continue
        best = row[tasks[0][1]].span
        heading_cols = tuple(c for c, cell in enumerate(row) if cell.span == best)
        items = tuple(
            c
            for c, (kind, _) in enumerate(kinds)
            if c != number and (kind == "task" or any(w in keys[c] for w in CRITERIA_HEADER_WORDS))
        )
        return _Layout(
            first_row=_after_header(text, table, h),
            number_col=number,
            heading_cols=heading_cols,
            fallback_cols=tuple(c for _, c in tasks if c not in heading_cols),
            item_cols=items,
            assessing=scoring_header(text, row),
        )
    return None


def scoring_header(text: str, row: list[Cell]) -> bool:
    """Does a header row score or assess (各项分值, 评分标准): the header of an
    assessment table, whose 序号 rows are sections and whose rows are counted
    by position (a task table's are not)."""
    return any(any(w in header_key(text[slice(*cell.span)]) for w in ASSESSMENT_HEADER_WORDS) for cell in row)


def _after_header(text: str, table: Table, h: int) -> int:
    """The first row below header row ``h`` that is not made of header words too."""
    r = h + 1
    while r < len(table.rows):
        own = [squeeze(text[slice(*c.span)]) for c in table.rows[r] if not c.merged]
        own = [t for t in own if t]
        if not own or any(classify_header(t)[0] is None for t in own):
            break
        r += 1
    return r


class _Mark(NamedTuple):
    rank: float  # the style's rank: 一、 ranks before 1
    number: int
    end: int  # where the marker ends: text after it in a cell spanning on to the right is the heading
    col: int = -1  # the cell it is in when not the 序号 cell's (a category written in the task column)


def _row_mark(text: str, row: list[Cell], c: int) -> _Mark | None:
    """The number of a row (:func:`_row_marker`), None where its 序号 cell is merged from above. Where
    the 序号 cell is empty and the row's only text is one cell that opens with a group's marker (or a
    1. one: :func:`_group_marks` tells a category from a task's item), that cell is the row's (a
    spreadsheet's category typed into the wide task column, the 序号 left blank:
    | 一、加快综合交通网建设 | | |, or merged across the columns after the 序号)."""
    if row[c].merged:
        return None
    start, end = strip_span(text, *row[c].span)
    if start < end:
        return _row_marker(text, row, c)
    lone = _lone_cell(text, row)
    if lone is None:
        return None
    mark = _row_marker(text, row, lone)
    if mark is None or mark.rank not in _GROUP_OR_BARE:
        return None
    # a 1. cell that reads as a sentence is a task's item run on over a page break, no category's name
    if mark.rank == _BARE_RANK and any(p in text[slice(*row[lone].span)] for p in _SENTENCE_MARKS):
        return None
    return mark._replace(col=lone)


def _lone_cell(text: str, row: list[Cell]) -> int | None:
    """The one cell of the row that writes text of its own (spanning on to the right, maybe), the cells
    carried down from the row above aside (a Markdown export's blank role cells, filled from above)."""
    spans = {cell.span for cell in row if not cell.merged and squeeze(text[slice(*cell.span)])}
    if len(spans) != 1:
        return None
    return next(k for k, cell in enumerate(row) if cell.span in spans)


def _row_marker(text: str, row: list[Cell], c: int) -> _Mark | None:
    """The number of a row's 序号 cell: the cell is a number (一、, 1, 一), or, where
    it spans on into the next columns, a number and the group's heading (一、组织领导)."""
    start, end = strip_span(text, *row[c].span)
    if start == end:
        return None
    if _BARE_NUMBER.fullmatch(text, start, end):
        return _Mark(_BARE_RANK, int(squeeze(text[start:end]).translate(_FULLWIDTH_DIGITS)), end)
    if _DECIMAL.fullmatch(text, start, end):
        last = squeeze(text[start:end]).translate(_FULLWIDTH_DIGITS).replace("．", ".").rsplit(".", 1)[1]
        return _Mark(_DECIMAL_RANK, int(last), end)
    bare = parse_cn_number(text[start:end]) if end - start <= _BARE_CN_MAX else None
    if bare:
        return _Mark(_BARE_CN_RANK, bare, end)
    found = find_candidates(text, start, end, inline=False)
    if not found or found[0].start != start:
        return None
    alone = not text[found[0].end : end].strip(WHITESPACE_CHARS)
    # the group's name across the row: the cell spans on, or every other cell is empty (a text export's
    # group line 一、…方面（2项） among tab-separated rows; a Markdown export's blank cells, which carry the
    # row above down) or repeats it (a Markdown export)
    own = squeeze(text[start:end])
    spans_on = (c + 1 < len(row) and row[c + 1].span == row[c].span) or all(
        squeeze(text[slice(*cell.span)]) in ("", own)
        for k, cell in enumerate(row)
        if k != c and not (cell.merged and cell.span != row[c].span)
    )
    return _Mark(found[0].rank, found[0].number, found[0].end) if alone or spans_on else None


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _count_on(siblings: list[_Node], written: int) -> int:
    """The number as written, or the next one where it does not follow the previous sibling."""
    if siblings and written <= siblings[-1].number:
        return siblings[-1].number + 1
    return written


def row_span(text: str, row: list[Cell]) -> tuple[int, int]:
    """A table row in the text: from its first own cell to its last (merged cells do not count), trimmed."""
    own = [cell.span for cell in row if not cell.merged] or [row[0].span]
    return strip_span(text, min(s for s, _ in own), max(e for _, e in own))


def _row_heading(text: str, row: list[Cell], layout: _Layout) -> str:
    """The innermost heading cell with text (else the next task column's): its
    text before its items, or its first item's where it opens with one."""
    for c in (*reversed(layout.heading_cols), *layout.fallback_cols):
        if c >= len(row):
            continue
        start, end = row[c].span
        items = _cell_items(text, start, end)
        head = _heading(text, start, items[0].start if items else end)
        if not head and items:
            head = _heading(text, items[0].end, items[1].start if len(items) > 1 else end)
        if head:
            return head
    return _group_name(text, row, layout)


def _group_name(text: str, row: list[Cell], layout: _Layout) -> str:
    """A group row whose name stands outside the task columns (一 | 综合考核 | | 40):
    its first own cell after the number that is not a bare number (a score)."""
    for c in range(layout.number_col + 1, len(row)):
        start, end = strip_span(text, *row[c].span)
        if start < end and not row[c].merged and not _BARE_NUMBER.fullmatch(text, start, end):
            return _heading(text, start, end)
    return ""


def _heading(text: str, start: int, end: int) -> str:
    """A cell's or an item's text up to its first 。, line breaks closed up."""
    head = squeeze(text[start:end])
    return head.split("。", 1)[0].rstrip(_TRAILING)


def _add_items(text: str, row: list[Cell], layout: _Layout, node: _Node) -> None:
    """The numbered items of the row's own task and scoring cells, under ``node``."""
    for c in layout.item_cols:
        if c >= len(row) or row[c].merged:
            continue  # a merged cell was read in the row (or column) that carries it
        start, end = row[c].span
        items = _cell_items(text, start, end)
        for i, item in enumerate(items):
            stop = items[i + 1].start if i + 1 < len(items) else end
            stop = strip_span(text, item.start, stop)[1]
            child = _Node(
                _count_on(node.children, item.number),
                text[item.start : item.end].strip(WHITESPACE_CHARS),
                _heading(text, item.end, stop),
                item.start,
                stop,
            )
            node.children.append(child)


def _cell_items(text: str, start: int, end: int) -> list[Candidate]:
    """The numbered list of a cell: markers of one style at line starts
    counting 1, 2, 3 … (a glued one after a sentence end continues it)."""
    run: list[Candidate] = []
    for c in find_candidates(text, start, end, inline=False):
        if not run:
            if c.number == 1 and c.strength == "line":
                run.append(c)
        elif c.style == run[0].style and (c.number == run[-1].number + 1 or (c.number == 1 and c.strength == "line")):
            run.append(c)
    return run


def _to_section(node: _Node, level: int, parent_id: str | None) -> Section:
    sid = str(node.number) if parent_id is None else f"{parent_id}.{node.number}"
    return Section(
        id=sid,
        marker=node.marker,
        level=level,
        heading=node.heading,
        span=(node.start, node.end),
        children=[_to_section(ch, level + 1, sid) for ch in node.children],
    )


def _own_regions(text: str, sec: Section, out: list[Region]) -> None:
    """``sec``'s span without its children's, as regions (the stretches with text), in text order."""
    pos = sec.span[0]
    for ch in [*sec.children, None]:
        start, stop = strip_span(text, pos, ch.span[0] if ch else sec.span[1])
        if start < stop:
            out.append(Region(start, stop, sec.id, sec.level))
        if ch is not None:
            _own_regions(text, ch, out)
            pos = ch.span[1]
