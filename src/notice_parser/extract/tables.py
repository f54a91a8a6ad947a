"""Task tables (整改清单, 任务分工表, 考核细则) → one measure per data row.

A table is read when one of its first rows is a header naming a task column
and at least one responsibility column (vocabulary and its order in
:mod:`notice_parser.lexicon.table_headers`). A second header row right below
(``责任单位`` over ``牵头单位 | 配合单位``) refines the columns it covers.

Every later row that names at least one unit is a *data row* and yields a
measure; rows without units (总分, a 一、 group row, an empty row) and header
rows repeated further down are skipped and not counted. For table ``N``
(counted from 1 over every table of the document, read or not) the ``M``-th
data row gives:

* ``id`` ``table<N>.row<M>``, ``section_id`` None;
* ``heading``: the task cell's text, whitespace removed (None when empty); of
  several task columns, the best-ranked header wins (整改任务 over 整改措施
  over 考核项目 …), then the leftmost;
* ``span``: the row, from its first own cell to its last (merged cells do not
  count), trimmed of whitespace;
* units from each role column's cell through ``split_units`` (a cell whose
  lines each read as unit names is split at its line breaks first); a merged cell
  (rowspan/colspan) has the carrying cell's span, so its units are grounded
  there and repeat in every row it covers; a unit named twice in a row keeps
  one role, lead before responsible before supporting;
* ``deadlines``: ``find_deadlines`` over the row, and over each merged
  deadline cell that lies outside the row (a 完成时限 carried down);
* ``targets``: ``find_targets`` over the row.

A table with no such header yields nothing. When it still clearly lists
units — a column whose cells read as unit names, or role columns with no task
column — a ``table_not_read`` / ``table_task_column_guessed`` warning says so.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from ..compiled import regex_compile
from ..lexicon import alternation
from ..lexicon import table_headers as TH
from ..lexicon.roles import (
    BODY_OWNER_ENDS,
    BRANCH_OF,
    BRANCH_PLACE_MAX,
    CELL_LINE_GROUP_BODIES,
    CELL_LINE_GROUP_HEADS,
    CELL_LINE_GROUP_WORDS,
    CELL_LINE_ROLE_ENDS,
    DEPARTMENT_FIELDS,
    FIRST_LISTED_LEADS,
    ORGAN_SUFFIXES,
    OWNED_BODY_HEADS,
    ROLE_VERBS,
)
from ..lexicon.table_headers import (
    ASSESSED_SUBJECT_JOINS,
    ASSESSED_SUBJECT_REACH,
    ASSESSED_SUBJECT_ROLES,
    ASSESSED_SUBJECT_WORDS,
    ASSESSED_UNIT_WORDS,
    GROUP_ROW_MARKER,
    GROUP_ROW_MAX_CELLS,
    LONE_UNIT_NOTE,
    NAME_CONTINUATIONS,
    NON_UNIT_ENDINGS,
    NOTE_NAMED,
    NOTE_REST,
    NOTE_SUPPORTING_WORDS,
    NUMBER_HEADERS,
    SEVERAL_UNITS_WORDS,
    TABLE_CONTINUED_LINE,
    TABLE_NOTE,
    TABLE_NOTE_LABELS,
    TABLE_NOTE_OPENINGS,
    TABLE_NOTE_REACH,
    UNIT_MARK_SYMBOLS,
    UNIT_SUFFIXES,
    classify_header,
    header_key,
    indicator_column,
    looks_like_units,
    unit_parts,
)
from ..lexicon.target_words import COUNTER_UNITS, UNIT_WORDS
from ..model import ByDeadline, Measure, Target, Unit, WarningCode
from ..numerals import MULTIPLIER_WORDS, parse_number
from ..readers import Cell, Table
from ..segment.table_sections import category_rows, outside_spans, problem_cells, row_span, scoring_header
from ..spans import squeeze
from .clauses import find_clauses, parse_clause
from .context import Context, Region
from .deadlines import find_deadlines as deadline_rule
from .headers import header_kind, period_columns, period_deadlines
from .measures import clause_roles, split_role_marks
from .targets import find_targets as target_rule
from .units import split_units as unit_rule

ROLES = ("lead", "responsible", "supporting")
#: Rows searched for the header.
MAX_HEADER_ROW = 6

SplitUnits = Callable[[Context, int, int], list[Unit]]
FindItems = Callable[[Context, Region], list]
SectionAt = Callable[[int], str | None]


@cache  # compiled on first use (0.7 ms): only a document with a table needs it
def _table_note() -> regex.Pattern[str]:
    # the phrase may close a later sentence of the note: 注：“✓”表示…；…须于季度末前完成。责任单位中排在第一位的为牵头单位。
    return regex_compile(
        r"(?:(?:"
        + alternation(TABLE_NOTE_LABELS)
        + r")[0-9一二三１-９]?[：:]|"
        + alternation(TABLE_NOTE_OPENINGS)
        + r")(?:[^。]{0,80}。){0,4}?[^。]{0,30}?"
        + TABLE_NOTE
    )


@cache  # compiled on first use: only a document-wide 列第一位者为牵头单位 reads it
def _note_rest() -> regex.Pattern[str]:
    return regex_compile(NOTE_REST)


@cache  # compiled on first use: only a table's note with a rest of units reads it
def _note_supporting() -> regex.Pattern[str]:
    return regex_compile(alternation(NOTE_SUPPORTING_WORDS))


@dataclass(frozen=True)
class Note:
    """注：主要责任单位第一个为牵头单位，其余为主要配合单位 — the first unit of
    the column (``kind``; None: every role column) leads, the others take ``rest``."""

    kind: str | None
    rest: str | None
    #: only a cell of several units: 列有多个单位的，排在第一位的为牵头单位 (SEVERAL_UNITS_WORDS)
    several: bool = False
    #: the leads are the units a cell marks (标注“（牵头）”的为牵头单位): no first unit is made lead,
    #: the others beside a marked lead take ``rest``
    marked: bool = False
    #: units the note goes on to give a role of their own (，其余为配合单位；各乡镇人民政府负责本辖区内…):
    #: name → role, kept wherever the unit stands in a cell
    named: tuple[tuple[str, str], ...] = ()
    #: the leads are the units a symbol marks after their name (标★的为牵头单位: 区教育局★、区财政局)
    symbol: bool = False


def table_note(text: str, table: Table) -> Note | None:
    """The first-listed-leads note written under (or just above) a table."""
    after, before = TABLE_NOTE_REACH
    lo, hi = max(0, table.span[0] - before), min(len(text), table.span[1] + after)
    compact = "".join(text[lo:hi].split())
    m = _table_note().search(compact)
    if m is None:
        return None
    kind = classify_header(m.group("col"))[0] if m.group("col") else None
    rest = m.group("rest")
    rest_role = None if rest is None else "supporting" if _note_supporting().search(rest) else "responsible"
    said = m.group(0)
    head = said[said.rfind("。") + 1 :]  # the phrase's own sentence: 列出两个及以上部门的，第一个为牵头部门
    several = any(w in head for w in SEVERAL_UNITS_WORDS)
    named = _note_named(compact, m.end()) if rest_role == "supporting" else ()
    symbol = m.group("symbol") is not None
    marked = m.group("marked") is not None or symbol
    return Note(kind if kind in ROLES else None, rest_role, several, marked, named, symbol)


@cache  # compiled on first use: only a table's note with a rest of units reads it
def _note_named_pattern() -> regex.Pattern[str]:
    return regex_compile(NOTE_NAMED)


def _note_named(compact: str, end: int) -> tuple[tuple[str, str], ...]:
    """The units the note's next clause gives their own role: ；各乡镇人民政府负责本辖区内相关问题整改 →
    (各乡镇人民政府, responsible), where the note made the others supporting."""
    m = _note_named_pattern().match(compact, end)
    if m is None:
        return ()
    role = "supporting" if _note_supporting().search(m["verb"]) else "responsible"
    # (split at 、 only: 和 is inside names, 县住房和城乡建设局)
    return tuple((name, role) for name in m["who"].split("、") if name)


_FIRST_LISTED = regex_compile(FIRST_LISTED_LEADS)
#: the longest 列第一位者为牵头单位-like phrase, with room to spare
_FIRST_LISTED_REACH = 64


class _StatedBefore:
    """Is 列第一位者为牵头单位 written before an offset? Asked for the tables in
    text order, each question reads only the text the previous one did not
    (a search of the whole text before every table was quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.read_to = 0  # text[:read_to] holds no such phrase
        self.found = False
        self.start = self.end = 0  # where the phrase found starts and ends

    def __call__(self, pos: int) -> bool:
        if self.found:
            return True
        if pos < self.read_to:
            return _FIRST_LISTED.search(self.text, 0, pos) is not None
        lo = max(0, self.read_to - _FIRST_LISTED_REACH)
        m = _FIRST_LISTED.search(self.text, lo, pos)
        self.found, self.end = m is not None, m.end() if m else 0
        self.start = m.start() if m else 0
        self.read_to = pos
        return self.found

    def several(self) -> bool:
        """Does the phrase's own sentence make it a rule for cells of several units only?"""
        if not self.found:
            return False
        lo = max(self.text.rfind(c, 0, self.start) for c in "。；;\n") + 1
        head = self.text[lo : self.start]
        return any(w in head for w in SEVERAL_UNITS_WORDS)

    def rest(self) -> str | None:
        """The role the phrase found gives the other units (，其余为配合单位 → supporting), if it says."""
        m = _note_rest().match(self.text, self.end) if self.found else None
        if m is None:
            return None
        return "supporting" if _note_supporting().search(m["rest"]) else "responsible"


@cache  # compiled on first use: only an assessment table whose units' role no header names asks
def _assessed_subject() -> regex.Pattern[str]:
    return regex_compile(
        alternation(ASSESSED_SUBJECT_WORDS)
        + alternation(ASSESSED_SUBJECT_JOINS)
        + f"[^。；;\\n]{{0,{ASSESSED_SUBJECT_REACH}}}?(?P<role>"
        + alternation(w for w, _ in ASSESSED_SUBJECT_ROLES)
        + ")"
    )


class _AssessedRole:
    """The role the last sentence before an offset that says whom the document
    assesses gives them (本细则考核对象为承担…牵头任务的市直部门 → lead). The
    text is searched once, when a table first asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[tuple[int, str]] | None = None

    def __call__(self, pos: int) -> str | None:
        if self.found is None:
            roles = dict(ASSESSED_SUBJECT_ROLES)
            self.found = [(m.start(), roles[m.group("role")]) for m in _assessed_subject().finditer(self.text)]
        before = [role for start, role in self.found if start < pos]
        return before[-1] if before else None


def _document_convention(stated_before: _StatedBefore, table: Table) -> Note | None:
    """列第一位者为牵头单位 stated for the whole document before the table
    holds for its rows too (the first unit of a row without a lead column leads), for
    cells of several units only where it says so, or where the table's note gives a unit
    alone its column's role (未标注的单一单位为责任单位)."""
    if not stated_before(table.span[0]):
        return None
    return Note(None, stated_before.rest(), stated_before.several() or _lone_unit_note(stated_before.text, table))


@cache  # compiled on first use: only a table under a document-wide 列第一位者为牵头单位 asks
def _lone_unit_pattern() -> regex.Pattern[str]:
    return regex_compile(LONE_UNIT_NOTE)


def _lone_unit_note(text: str, table: Table) -> bool:
    """Does a note under (or just above) the table give a unit alone in its cell its column's role?"""
    after, before = TABLE_NOTE_REACH
    lo, hi = max(0, table.span[0] - before), min(len(text), table.span[1] + after)
    outside = text[lo : table.span[0]] + "\n" + text[table.span[1] : hi]
    return _lone_unit_pattern().search("".join(outside.split())) is not None


def _note_named_roles(roles: dict[str, list[Unit]], named: dict[str, str]) -> dict[str, list[Unit]]:
    """A unit the note gives its own role (各乡镇人民政府负责…) takes it in every row, unless it leads."""
    out: dict[str, list[Unit]] = {r: [] for r in roles}
    for role, units in roles.items():
        for u in units:
            out[named.get(u.name, role) if role != "lead" else role].append(u)
    return out


def _symbol_marks(roles: dict[str, list[Unit]], note: Note) -> dict[str, list[Unit]]:
    """The units a symbol marks (区教育局★, as the note says: 标★的为牵头单位) lead, named without it; beside a
    marked lead, the row's other units of a plain role column (责任单位) take the note's ``rest`` (其余为配合单位)."""
    out: dict[str, list[Unit]] = {r: [] for r in roles}
    for role, units in roles.items():
        for u in units:
            name = u.name.strip(UNIT_MARK_SYMBOLS)
            if name and name != u.name:
                out["lead"].append(u.model_copy(update={"name": name}))
            else:
                out[role].append(u)
    if out["lead"] and note.rest and note.rest != "responsible":
        out[note.rest] += out["responsible"]
        out["responsible"] = []
    return out


def _apply_note(roles: dict[str, list[Unit]], note: Note, text: str = "") -> dict[str, list[Unit]]:
    """The first unit of the note's column leads; the others take the note's role. A first unit
    whose cell names its role with a verb after it (区营商环境服务中心负责 ⏎ 区直各有关单位配合) keeps
    that role: the rule fills in the roles of a plain list."""
    if note.marked or (roles["lead"] and note.kind != "lead"):
        return roles
    kind = note.kind or next((r for r in ROLES if roles[r]), None)
    if kind is None or not roles[kind]:
        return roles
    units = roles[kind]
    if note.several and len(units) < 2:
        return roles
    if text and _verb_after(text, units[0]):
        return roles
    out = {r: list(v) for r, v in roles.items()}
    out[kind] = []
    out["lead"] = [*out["lead"], units[0]] if kind != "lead" else [units[0]]
    out[note.rest or kind] += units[1:]
    return out


def _verb_after(text: str, unit: Unit) -> bool:
    """Is ``unit`` followed by a role verb of its own (区营商环境服务中心负责, 区工商联配合)?"""
    return text.startswith(_ROLE_VERB_WORDS, unit.span[1])


_ROLE_VERB_WORDS = tuple(ROLE_VERBS)


@dataclass(frozen=True)
class Columns:
    """What each grid column of a table holds, and where the data begins."""

    kinds: dict[int, str]  # column -> task / lead / responsible / supporting / deadline / ignore
    task: int | None  # the column the heading comes from
    first_data_row: int
    #: a column of row-header units (no role header): a row whose cell there is no
    #: unit of its own (a 一、 row whose heading spans it) is no data row
    unit_col: int | None = None


@cache  # compiled on first use: only a document with two tables reads it
def _continued_line() -> regex.Pattern[str]:
    return regex_compile(TABLE_CONTINUED_LINE)


def join_continued(text: str, tables: list[Table]) -> list[Table]:
    """The tables, a table continued as a table of its own joined to the one it goes on from: its first row
    repeats that table's first row (the header again, a page on: 序号 | 工作任务 | 责任单位 | 完成时限) and nothing
    stands between them but blank lines, 续表 lines and page marks (two Word tables with nothing between them, which
    Word draws as one; a Word table a writer broke at a page and headed （续表）). Its rows go on counting
    (table1.row3, not table2.row1), and its category rows are the same list's (gangling: one 分工表 over three pages)."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, table):
            out[-1] = Table(span=(prev.span[0], table.span[1]), rows=[*prev.rows, *table.rows], plain=prev.plain)
        else:
            out.append(table)
    return out


def _goes_on(text: str, prev: Table, table: Table) -> bool:
    if not prev.rows or not table.rows or len(prev.rows[0]) != len(table.rows[0]) or prev.plain != table.plain:
        return False
    head = [squeeze(cell_text(text, c)) for c in prev.rows[0]]
    if head != [squeeze(cell_text(text, c)) for c in table.rows[0]] or not _is_header(
        _classify_row(text, prev.rows[0])
    ):
        return False
    lines = (squeeze(line) for line in text[prev.span[1] : table.span[0]].split("\n"))
    return all(not line or _continued_line().fullmatch(line) for line in lines)


def measures_from_tables(
    ctx: Context,
    tables: list[Table],
    *,
    section_at: SectionAt | None = None,
    title: str | None = None,
    split_units: SplitUnits = unit_rule,
    find_deadlines: FindItems = deadline_rule,
    find_targets: FindItems = target_rule,
) -> list[Measure]:
    """One measure per data row of every task table, in document order.
    ``section_at(offset)`` names the section a table sits in (its rows and
    their items take that id); ``title`` is the document's (it may say the
    units a table lists row by row are 责任单位). The rules are the project's own, imported
    plainly; a test may pass stand-ins to check this module alone."""
    measures: list[Measure] = []
    stated_before = _StatedBefore(ctx.text)
    assessed = _AssessedRole(ctx.text)
    for n, table in enumerate(tables, start=1):
        columns = find_columns(ctx.text, table) or row_header_columns(ctx.text, table, title, assessed)
        if columns is None:
            _warn_if_units(ctx, table, n)
            continue
        if columns.task is None:
            columns = _guess_task_column(ctx, table, n, columns)
            if columns is None:
                continue
        sid = section_at(table.span[0]) if section_at else None
        note = table_note(ctx.text, table) or _document_convention(stated_before, table)
        measures += _measures_of(
            ctx, table, n, columns, split_units, find_deadlines, find_targets, sid, note, section_at
        )
    return measures


def cell_text(text: str, cell: Cell) -> str:
    return text[cell.span[0] : cell.span[1]]


def _classify_row(text: str, row: list[Cell]) -> dict[int, tuple[str | None, int]]:
    return {c: header_kind(cell_text(text, cell)) for c, cell in enumerate(row)}  # (一季度 | 6月: time columns)


def _is_header(kinds: dict[int, tuple[str | None, int]]) -> bool:
    found = {k for k, _ in kinds.values()}
    has_role = bool(found & set(ROLES))
    return has_role and ("task" in found or "deadline" in found)


def _continues_header(text: str, row: list[Cell], kinds: dict[int, tuple[str | None, int]]) -> bool:
    """A row below a header made only of header words (and cells merged from above); a category
    row is none, though its name may hold one (一、组织领导（15分）, 二、重点任务 across the row)."""
    own = [c for c, cell in enumerate(row) if not cell.merged and squeeze(cell_text(text, cell))]
    return bool(own) and all(kinds[c][0] is not None for c in own) and not _category_row(text, row, own)


def _category_row(text: str, row: list[Cell], own: list[int]) -> bool:
    """A row that opens with a 一、-style number, or writes its one name across the whole row (a
    merged cell; from a Markdown export the name repeated in every cell, or written in the first
    cell with the others left blank): it names a group of the rows below, it refines no column above."""
    first = squeeze(cell_text(text, row[own[0]]))
    if len(row) < 2 or group_marker().match(first) is not None:
        return len(row) >= 2
    across = len(own) == 1 and all(cell.span == row[own[0]].span for cell in row)
    repeated = len(own) == len(row) and all(squeeze(cell_text(text, row[c])) == first for c in own)
    first_only = own == [0] and not any(cell.merged for cell in row[1:])
    return across or repeated or first_only


def find_columns(text: str, table: Table) -> Columns | None:
    """The header of a task table, or None when the table has none.

    ``task`` is None (with a warning left to the caller) when role columns
    exist but no task column and no text column to fall back on.
    """
    for h, row in enumerate(table.rows[:MAX_HEADER_ROW]):
        kinds = _classify_row(text, row)
        if not _is_header(kinds) or _fill_in_row(text, row):
            continue
        layers, last = _header_layers(text, table, h, kinds)
        width = max(len(layer) for layer in layers)
        merged: dict[int, tuple[str, int]] = {}
        for c in range(width):
            for layer in reversed(layers):  # the lowest header row is the most specific
                kind, rank = layer.get(c, (None, 0))
                if kind is not None:
                    merged[c] = (kind, rank)
                    break
        tasks = [(rank, c) for c, (kind, rank) in merged.items() if kind == "task"]
        task = min(tasks)[1] if tasks else None
        return Columns({c: k for c, (k, _) in merged.items()}, task, last + 1)
    return None


def _fill_in_row(text: str, row: list[Cell]) -> bool:
    """A row of a form to fill in (a 回执: 承办单位（盖章）| ␣ | 填报日期 | ␣): its labels stand beside blank cells
    as many as they are, so it heads no column; a header's cells are all written (or merged from one that is)."""
    own = [c for c in row if not c.merged]
    blank = sum(not squeeze(cell_text(text, c)) for c in own)
    return blank > 0 and blank >= len(own) - blank


def _header_layers(
    text: str, table: Table, h: int, kinds: dict[int, tuple[str | None, int]]
) -> tuple[list[dict[int, tuple[str | None, int]]], int]:
    """The header row ``h`` and the rows below it made only of header words; the last one's index."""
    layers = [kinds]
    last = h
    while last + 1 < len(table.rows):
        below = table.rows[last + 1]
        below_kinds = _classify_row(text, below)
        if not _continues_header(text, below, below_kinds):
            break
        layers.append(below_kinds)
        last += 1
    return layers, last


def row_header_columns(
    text: str, table: Table, title: str | None = None, assessed: Callable[[int], str | None] | None = None
) -> Columns | None:
    """A table with a task header but no role column whose rows are headed by
    unit names (an assessment table: 考核项目 over 重点考核部门 | 县委农工部).
    The unit column takes the role the table or the document gives those
    units: a header over them that calls them the assessed ones (考核对象), a
    group cell beside them under the same header that names a role
    (重点考核部门: a 考核 body → responsible), else, in a table whose header
    scores (分值, 评分标准), a title that calls the assessed units 责任单位,
    else the sentence before the table that says whom the document assesses
    (``assessed``: 考核对象为承担…牵头任务的市直部门 → lead).
    None when there is no such column or nothing says its role."""
    for h, row in enumerate(table.rows[:MAX_HEADER_ROW]):
        kinds = _classify_row(text, row)
        if not any(kind == "task" for kind, _ in kinds.values()):
            continue
        first = _header_layers(text, table, h, kinds)[1] + 1
        col = unit_column(text, table.rows[first:])
        if col is None or col >= len(row) or kinds[col][0] not in (None, "task"):
            return None
        role = _named_role(header_key(cell_text(text, row[col]))) or _group_role(text, table.rows[first:], row, col)
        if role is None and any(scoring_header(text, r) for r in table.rows[h:first]):
            # only a table that scores: a contact list under such a title lists no tasks
            role = _named_role(title) or (assessed(table.span[0]) if assessed else None)
        if role is None:
            return None
        out = {c: kind for c, (kind, _) in kinds.items() if kind is not None}
        out[col] = role
        tasks = [(rank, c) for c, (kind, rank) in kinds.items() if kind == "task" and row[c].span != row[col].span]
        return Columns(out, min(tasks)[1] if tasks else None, first, unit_col=col)
    return None


#: a column is read as listing units when this many of its cells, and this share, are unit names
MIN_UNIT_CELLS = 3
UNIT_CELL_SHARE = 0.6


def unit_column(text: str, rows: list[list[Cell]]) -> int | None:
    """The first column whose own cells (a cell spanning it from the left is
    not, nor one spanning on over the next column: a group's heading,
    市场主体准入与政务服务（35分） across the row) mostly read as unit names."""
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        cells = {
            row[c].span
            for row in rows
            if c < len(row) and not _spans_from_left(row, c) and not _spans_from_left(row, c + 1)
        }
        values = [text[s:e] for s, e in sorted(cells) if squeeze(text[s:e])]
        units = [v for v in values if looks_like_units(v)]
        if len(units) >= MIN_UNIT_CELLS and len(units) >= UNIT_CELL_SHARE * len(values):
            return c
    return None


def _spans_from_left(row: list[Cell], c: int) -> bool:
    return 0 < c < len(row) and row[c].merged and row[c].span == row[c - 1].span


def _own_unit_cell(text: str, row: list[Cell], c: int) -> bool:
    """Does the row hold a unit of its own in column ``c`` (carried down from above counts)?"""
    return c < len(row) and not _spans_from_left(row, c) and looks_like_units(cell_text(text, row[c]))


def _group_role(text: str, rows: list[list[Cell]], header: list[Cell], col: int) -> str | None:
    """The role named by the group cells left of the unit column under its header (重点考核部门)."""
    group = [c for c in range(col) if header[c].span == header[col].span]
    found = {
        classify_header(cell_text(text, row[c]))[0]
        for row in rows
        if _own_unit_cell(text, row, col)
        for c in group
        if c < len(row)
    }
    roles = found & set(ROLES)
    return roles.pop() if len(roles) == 1 else None


def _named_role(name: str | None) -> str | None:
    """A title or a header that calls the assessed units 责任单位 (考核对象) makes a row-header unit responsible."""
    return "responsible" if name and any(w in squeeze(name) for w in ASSESSED_UNIT_WORDS) else None


def _guess_task_column(ctx: Context, table: Table, n: int, columns: Columns) -> Columns | None:
    """Role columns but no task header: take the unlabelled column with the
    longest text, and say so."""
    text = ctx.text
    data = table.rows[columns.first_data_row :]
    width = max((len(r) for r in data), default=0)
    lengths = {}
    for c in range(width):
        if columns.kinds.get(c) is not None:
            continue
        lengths[c] = sum(len(squeeze(cell_text(text, r[c]))) for r in data if c < len(r))
    if not lengths or max(lengths.values()) == 0:
        ctx.warn(
            WarningCode.TABLE_NOT_READ,
            f"table {n} has role columns but no task column; no measures were made from it",
            table.span,
        )
        return None
    task = max(lengths, key=lambda c: (lengths[c], -c))
    header = (
        squeeze(cell_text(text, table.rows[columns.first_data_row - 1][task]))
        if task < len(table.rows[columns.first_data_row - 1])
        else ""
    )
    ctx.warn(
        WarningCode.TABLE_TASK_COLUMN_GUESSED,
        f"table {n} has no 整改任务/工作任务-like header; headings are taken from column {task + 1} ({header or 'unlabelled'})",
        table.span,
    )
    return Columns(columns.kinds, task, columns.first_data_row)


def _measures_of(
    ctx, table, n, columns, split_units, find_deadlines, find_targets, sid=None, note=None, section_at=None
) -> list[Measure]:
    """The measures of one table. In a task table row ``M`` is the ``M``-th
    data row (a repeated header, a category row 一、民生保障 is not counted);
    in an assessment table (a header that scores, :func:`scoring_header`) it
    is the ``M``-th row below the header, 总分 and group rows counted (the
    scheme of the assessment golds), when the rows that name units carry
    序号 numbers of their own (:func:`_numbers_unit_rows`); where the 序号
    column numbers only the groups (一、 merged down over the units' rows),
    the units' rows are counted as a task table's are. A row broken over a
    page, :func:`_continues_above`, is not counted again."""
    text = ctx.text
    header_signature = _signature(text, table.rows[columns.first_data_row - 1], columns)
    by_position = _by_position(text, table, columns)
    out: list[Measure] = []
    problems = problem_cells(text, table)
    views = _ColumnViews(ctx, table)
    periods = period_columns(ctx, table, columns.first_data_row)  # 完成时限 over 一季度 … 四季度
    m = 0
    groups = frozenset() if by_position else category_rows(text, table)
    for r, row in enumerate(table.rows[columns.first_data_row :], start=columns.first_data_row):
        if out and out[-1].id == f"table{n}.row{m}" and _continues_above(text, row, columns):
            continue
        if by_position:
            m += 1
        if _signature(text, row, columns) == header_signature or r in groups:
            continue  # the header repeated (a table continued over pages), a category row (| **2** | **强化…** | |)
        if columns.unit_col is not None and not _own_unit_cell(text, row, columns.unit_col):
            continue  # a 一、 or 总分 row: its heading spans the unit column
        if not _holds_own_cell(text, row, columns) or group_row(text, row, columns.kinds):
            continue  # a category row 二、教育医疗 under which the lead is carried down
        roles = _row_roles(ctx, row, columns, split_units, note, views)
        if not any(roles.values()):
            continue
        start, end = row_span(text, row)
        # a row inside the table's own sections (an assessment table): its
        # items are the sections', given to it by the span it covers
        own = section_at(start) if section_at else None
        in_sections = own is not None and own != sid
        region = Region(start, end, own if in_sections else sid)
        # (the row without its problem cell: 问题描述 states what was found, not what is due)
        pieces = [] if in_sections else outside_spans(region, problems)
        deadlines = _row_deadlines(ctx, row, columns, region, pieces, find_deadlines, periods)
        if not by_position:
            m += 1
        out.append(
            Measure(
                id=f"table{n}.row{m}",
                section_id=region.section_id,
                heading=_row_heading(text, row, columns, views),
                span=(start, end),
                lead_units=roles["lead"],
                responsible_units=roles["responsible"],
                supporting_units=roles["supporting"],
                deadlines=deadlines,
                targets=_collect([t for piece in pieces for t in find_targets(ctx, piece)]),
            )
        )
    return out


class _ColumnViews:
    """A table laid out by position (:class:`~notice_parser.extract.flat_tables.LayoutTable`) read
    one column at a time: a cell wrapped over lines spans the other columns' text of the lines
    between, which its column's view (a context over the table's stretch with the rest blanked)
    leaves out. Any other table has none (:meth:`get` is None)."""

    def __init__(self, ctx: Context, table: Table) -> None:
        self._ctx = ctx
        self._table = table
        self._views: dict[int, Context] = {}
        self.offset = table.span[0]

    def get(self, column: int) -> Context | None:
        column_text = getattr(self._table, "column_text", None)
        if column_text is None:
            return None
        if column not in self._views:
            self._views[column] = Context(column_text(self._ctx.text, column), notice_year=self._ctx.notice_year)
        return self._views[column]

    def cell_text(self, text: str, row: list[Cell], column: int) -> str:
        """The cell's own text (its column's lines only)."""
        view = self.get(column)
        s, e = row[column].span
        return text[s:e] if view is None else view.text[s - self.offset : e - self.offset]

    def units(self, ctx: Context, column: int, span: tuple[int, int], read) -> dict[str, list[Unit]]:
        """``read(ctx, span)`` (a cell's roles) over the column's view, the units placed back in the text."""
        view = self.get(column)
        if view is None:
            return read(ctx, span)
        off = self.offset
        found = read(view, (span[0] - off, span[1] - off))
        return {
            role: [
                u.model_copy(
                    update={
                        "span": (u.span[0] + off, u.span[1] + off),
                        "raw": ctx.text[u.span[0] + off : u.span[1] + off],
                    }
                )
                for u in units
            ]
            for role, units in found.items()
        }


def _row_heading(text: str, row: list[Cell], columns: Columns, views: _ColumnViews | None = None) -> str | None:
    """The row's task cell, whitespace removed (None when there is none or it is empty)."""
    if columns.task is None or columns.task >= len(row):
        return None
    if views is not None:
        return squeeze(views.cell_text(text, row, columns.task)) or None
    return squeeze(cell_text(text, row[columns.task])) or None


def _by_position(text: str, table: Table, columns: Columns) -> bool:
    """Are the table's rows counted by position (an assessment table whose unit rows carry 序号 numbers)?"""
    scoring = any(scoring_header(text, row) for row in table.rows[: columns.first_data_row])
    return scoring and _numbers_unit_rows(text, table, columns)


def _numbers_unit_rows(text: str, table: Table, columns: Columns) -> bool:
    """Does a row that names units write a 序号 of its own? A table without a 序号 column: no, its
    rows are numbered as a task table's, category rows (一、组织领导（15分） across the row) not
    counted: nothing numbers them as rows (考核内容|评分标准|分值|责任科室 with items 1.–17.)."""
    header = table.rows[: columns.first_data_row]
    numbers = {c for row in header for c, cell in enumerate(row) if header_key(cell_text(text, cell)) in NUMBER_HEADERS}
    if not numbers:
        return False
    unit_cols = [c for c, kind in columns.kinds.items() if kind in ROLES]
    for row in table.rows[columns.first_data_row :]:
        if not any(c < len(row) and not row[c].merged and squeeze(cell_text(text, row[c])) for c in numbers):
            continue
        if any(
            c < len(row) and not _spans_from_left(row, c) and looks_like_units(cell_text(text, row[c]))
            for c in unit_cols
        ):
            return True
    return False


@cache  # compiled on first use: only a table's rows ask
def group_marker() -> regex.Pattern[str]:
    return regex_compile(GROUP_ROW_MARKER)


def group_row(text: str, row: list[Cell], kinds: dict[int, str]) -> bool:
    """A group (category) row of a task table, which names no task: its name
    written once across the row into a role column (a cell spanning the row,
    or, from a Markdown export, the same text repeated in every cell:
    一、落实党的路线方针政策方面（3项）), or a 一、-style number and the group's
    name in its first cells with every role and time cell empty
    (三 | 基层党组织建设方面（1项） | | |)."""
    own = [squeeze(cell_text(text, cell)) for cell in row if not cell.merged]
    own = [t for t in own if t]
    if not own:
        return False
    marks = [c for c, kind in kinds.items() if c < len(row) and (kind in ROLES or kind == "deadline")]
    if len(set(own)) == 1 and any(
        _spans_from_left(row, c) or squeeze(cell_text(text, row[c])) == own[0] for c in marks
    ):
        return True
    return (
        len(own) <= GROUP_ROW_MAX_CELLS
        and group_marker().match(own[0]) is not None
        and not any(squeeze(cell_text(text, row[c])) for c in marks)
    )


def _heading_across(row: list[Cell], c: int, kinds: dict[int, str]) -> bool:
    """Is the role cell in column ``c`` a cell spanning into it from a column that is no role
    column (a group's name written across the row: 三、 | 基层党组织建设方面（1项） over the rest)?"""
    first = c
    while _spans_from_left(row, first):
        first -= 1
    return first != c and kinds.get(first) not in ROLES


def _holds_own_cell(text: str, row: list[Cell], columns: Columns) -> bool:
    """Does the row write a task or a unit of its own (not only cells carried down from above)?"""
    cols = {c for c, kind in columns.kinds.items() if kind in ROLES or kind == "task"}
    if columns.task is not None:
        cols.add(columns.task)
    return any(c < len(row) and not row[c].merged and squeeze(cell_text(text, row[c])) for c in cols)


def _continues_above(text: str, row: list[Cell], columns: Columns) -> bool:
    """A row with nothing in its first column, its role columns and its time
    columns, right below a data row, is that row continued (a PDF or Word
    table row broken over a page: only its text cells go on). A role or time
    cell carried down from above (a rowspan lead, a Markdown blank under a
    lead) or a time of its own makes it a row of its own: one lead over
    several tasks is the normal shape of a task table."""
    if not row or row[0].merged or squeeze(cell_text(text, row[0])):
        return False
    return not any(
        (kind in ROLES or kind == "deadline") and c < len(row) and (row[c].merged or squeeze(cell_text(text, row[c])))
        for c, kind in columns.kinds.items()
    )


def _row_roles(
    ctx: Context,
    row: list[Cell],
    columns: Columns,
    split_units: SplitUnits,
    note: Note | None,
    views: _ColumnViews | None = None,
):
    """The units of a row's role cells, each named once, in its strongest role."""
    roles: dict[str, list[Unit]] = {r: [] for r in ROLES}
    seen_spans: set[tuple[str, tuple[int, int]]] = set()
    for c, kind in sorted(columns.kinds.items()):
        if kind not in ROLES or c >= len(row):
            continue
        span = row[c].span
        if (kind, span) in seen_spans or span[0] == span[1] or _heading_across(row, c, columns.kinds):
            continue
        seen_spans.add((kind, span))
        rest = note.rest if note else None

        def read(cx: Context, sp: tuple[int, int], kind: str = kind, rest: str | None = rest) -> dict[str, list[Unit]]:
            return _cell_roles(cx, sp, kind, split_units, rest)

        found = read(ctx, span) if views is None else views.units(ctx, c, span, read)
        for role, units in found.items():
            roles[role] += units
    if note is not None:
        roles = _symbol_marks(roles, note) if note.symbol else _apply_note(roles, note, ctx.text)
        if note.named:
            roles = _note_named_roles(roles, dict(note.named))
    for role, units in _task_cell_roles(ctx, row, columns).items():
        roles[role] += units
    return _one_role_per_unit(roles)


def _task_cell_roles(ctx: Context, row: list[Cell], columns: Columns) -> dict[str, list[Unit]]:
    """The units of a responsibility clause written in the row's own task cell
    (获得用气（市住房城乡建设局配合）。…): the row is that clause's measure, so
    they are the row's, in the roles the clause's words name."""
    roles: dict[str, list[Unit]] = {r: [] for r in ROLES}
    spans = {row[c].span for c, kind in columns.kinds.items() if kind == "task" and c < len(row) and not row[c].merged}
    for start, end in sorted(spans):
        for clause in find_clauses(ctx, start, end):
            if clause.parts:
                for role, units in clause_roles(ctx, clause, first_listed_leads=clause.first_listed_leads).items():
                    roles[role] += units
    return roles


def outside_rows(measures: list[Measure], rows: list[Measure]) -> list[Measure]:
    """``measures`` (a section's clauses) without those whose clause ends inside
    a table row that is a measure: the row carries that clause (:func:`_task_cell_roles`)."""
    spans = sorted(m.span for m in rows if m.id.startswith("table"))
    if not spans:
        return measures
    starts = [s for s, _ in spans]
    out = []
    for m in measures:
        k = bisect.bisect_right(starts, m.span[1] - 1) - 1
        if k < 0 or m.span[1] > spans[k][1]:
            out.append(m)
    return out


def _row_deadlines(ctx, row, columns, region, pieces, find_deadlines, periods) -> list:
    """The row's time limits: in its text (``pieces``), in its 时限 cells, and the periods it marks
    (完成时限 over 一季度 … 四季度: :func:`~notice_parser.extract.headers.period_deadlines`)."""
    deadlines = _collect([d for piece in pieces for d in find_deadlines(ctx, piece)])
    deadlines = _collect(deadlines + _deadline_cells(ctx, row, columns, region, find_deadlines))
    return _collect(deadlines + period_deadlines(ctx, row, periods, region, deadlines))


def _deadline_cells(ctx: Context, row: list[Cell], columns: Columns, region: Region, find_deadlines: FindItems):
    """A 时限 cell read on its own (a bare 3月 there is a time limit), and a
    merged one that lies outside the row."""
    out: list = []
    for c, kind in columns.kinds.items():
        if kind != "deadline" or c >= len(row):
            continue
        s, e = row[c].span
        if s < e and (not row[c].merged or e <= region.start or s >= region.end):
            out += find_deadlines(ctx, Region(s, e, region.section_id)) or _date_cell(ctx.text, s, e, region.section_id)
    return out


@cache  # compiled on first use: only a 时限 cell that gives no time limit asks
def _full_date() -> regex.Pattern[str]:
    # (and as a spreadsheet's yyyy-mm-dd date format shows it, or a system's export writes it: 2027-06-30)
    return regex_compile(r"(?P<y>(?:19|20)\d{2})(?:年(?P<m>\d{1,2})月(?P<d>\d{1,2})日|-(?P<m>\d{1,2})-(?P<d>\d{1,2}))")


def _date_cell(text: str, s: int, e: int, section_id: str | None) -> list[ByDeadline]:
    """A 时限 cell that writes a full date and nothing else (2027年6月30日 or 2027-06-30, no 前: a spreadsheet's 完成时限) is
    due that day; in running text such a date says when something happened."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    m = _full_date().fullmatch(text, s, e)
    if m is None:
        return []
    try:
        day = datetime.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return []
    return [ByDeadline(raw=text[s:e], span=(s, e), section_id=section_id, date=day.isoformat())]


def _signature(text: str, row: list[Cell], columns: Columns) -> tuple[str, ...]:
    return tuple(squeeze(cell_text(text, row[c])) for c in sorted(columns.kinds) if c < len(row))


def _cell_units(ctx: Context, span: tuple[int, int], split_units: SplitUnits) -> list[Unit]:
    """Units of one cell, split at its line breaks where the text before a break
    reads as unit names and so does the line after it (one ``<p>`` or ``<br>`` per
    unit or per list of units: 市数据管理局 市行政服务中心管委会⏎市市场监管局、市税务局);
    the rest goes to ``split_units`` as it stands, which closes up a name broken over
    lines (市城市管理局⏎、市住房和城⏎乡建设局: no line of it but the first is a name)."""
    start, end = span
    lines, pos = [], start
    for line in ctx.text[start:end].split("\n"):
        if squeeze(line):
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(lines) < 2:
        return split_units(ctx, start, end)
    pieces = [lines[0]]
    # the last piece's verdict: True (reads as units), False (does not), None (no part: 、 alone)
    verdict = _units_verdict(ctx.text[lines[0][0] : lines[0][1]])
    opened = _ends_in_aside(ctx.text[lines[0][0] : lines[0][1]], False)  # its last bracket an opening one?
    for a, b in lines[1:]:
        if verdict is True and looks_like_units(ctx.text[a:b]) and not _owned_line(ctx.text, pieces[-1], (a, b)):
            pieces.append((a, b))
            opened = _ends_in_aside(ctx.text[a:b], False)
            continue
        # the merged piece is judged from the two verdicts (its parts are theirs), not read again whole:
        # that made a cell of many lines quadratic; read again only where an aside may run over the
        # break (各县（市、⏎区）), whose separators then cut no part
        s, gap = pieces[-1][0], ctx.text[pieces[-1][1] : b]
        if opened and ("）" in gap or ")" in gap):
            verdict = _units_verdict(ctx.text[s:b])
        elif verdict is not False:
            more = _units_verdict(gap)
            verdict = verdict if more is None else more if verdict is None else verdict and more
        opened = _ends_in_aside(gap, opened)
        pieces[-1] = (s, b)
    return [unit for a, b in pieces for unit in split_units(ctx, a, b)]


def _owned_line(text: str, before: tuple[int, int], line: tuple[int, int]) -> bool:
    """Does ``line`` name a body that needs the owner the line ``before`` closes with (:func:`_owned_by`)?"""
    return _owned_by(squeeze(text[before[0] : before[1]]), squeeze(text[line[0] : line[1]]))


def _owned_by(above: str, own: str) -> bool:
    """Does a cell's line ``own`` open with a body that needs its owner (OWNED_BODY_HEADS) right after a line
    ``above`` that closes with one (BODY_OWNER_ENDS): 市委⏎宣传部 is one name; or is it a branch named by its
    place alone after a line that closes with the kind of organ it is a branch of (BRANCH_OF: 市生态环境局⏎
    柏坪分局 is one name, 市税务局⏎城南分局)? (``above`` compacted; its last characters are enough.)"""
    if own.startswith(OWNED_BODY_HEADS) and above.endswith(BODY_OWNER_ENDS):
        return True
    branch = next((w for w in BRANCH_OF if own.endswith(w)), None)
    if branch is None or not above.endswith(BRANCH_OF[branch]):
        return False
    place = own[: -len(branch)]  # (a place, not a field: 应急管理局⏎市场监管分局 are two units)
    return (
        2 <= len(place) <= BRANCH_PLACE_MAX
        and place.isalpha()
        and not place.endswith(ORGAN_SUFFIXES)
        and not place.endswith(DEPARTMENT_FIELDS)
    )


def _units_verdict(text: str) -> bool | None:
    """:func:`looks_like_units`, None where the text has no part to judge (、 alone)."""
    if looks_like_units(text):
        return True
    return False if unit_parts(text) else None


def _ends_in_aside(text: str, before: bool) -> bool:
    """Is the last bracket of ``text`` an opening one (``before``: was it so before ``text``, which
    holds none)?"""
    for ch in reversed(text):
        if ch in "（(":
            return True
        if ch in "）)":
            return False
    return before


def _cell_roles(
    ctx: Context, span: tuple[int, int], kind: str, split_units: SplitUnits, rest: str | None = None
) -> dict[str, list[Unit]]:
    """Roles named inside a role cell override the column's role:
    "市住建局牵头，市城管局配合", "市发展改革委（牵头）、市工信局",
    "A、B、C（列第一位的为牵头单位）". A plain list takes the column's role,
    or ``rest`` (the role a first-listed-leads note gives the others: ，其余为
    配合单位) beside a lead the cell marks. A cell whose writer broke it into
    lines of units (:func:`_cell_pieces`) is read line by line."""
    out: dict[str, list[Unit]] = {r: [] for r in ROLES}
    plain: list[Unit] = []
    pieces = _cell_pieces(ctx.text, *span)
    for start, end in pieces:
        clause = parse_clause(ctx.text, start, end)
        if clause is not None and not clause.bare and clause.parts:
            for role, units in clause_roles(ctx, clause, first_listed_leads=clause.first_listed_leads).items():
                out[role] += units
            continue
        cell_units = _cell_units(ctx, (start, end), split_units)
        marked, units = split_role_marks(cell_units, ctx, whole_cell=len(pieces) == 1)
        for role, marked_units in marked.items():
            out[role] += marked_units
        plain += units
    out[rest if rest and out["lead"] else kind] += plain
    return out


#: what closes a line of a role cell that its writer broke after a unit: a name's last word, a role
#: mark's bracket (市环保局（牵头）), a role verb (市生态环境局配合, 各县市区人民政府落实)
_PIECE_ENDS = (*UNIT_SUFFIXES, *CELL_LINE_GROUP_WORDS, "）", ")", "〕", "】", *CELL_LINE_ROLE_ENDS)
#: what opens a line that goes on with the line above: a list separator, or a role mark alone
_PIECE_GOES_ON = ("、", "，", ",", "；", "（", "(", "〔")


def _cell_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A role cell cut at the line breaks its writer typed (Alt+Enter in a spreadsheet, one
    ``<p>`` per line): between two lines that each close a unit, a role mark or a role verb,
    unless the second goes on with the first (、市住建局; a role mark alone: 市自然资源和规划局⏎
    （牵头）). Any other break is a name wrapped over lines (市住房和城⏎乡建设局) and joins."""
    pieces: list[tuple[int, int]] = []
    pos = start
    tail = ""  # the last piece's last characters, blanks out: enough to tell how it ends (not read again whole)
    group = False  # the last line names a group (有关部门): it closes too
    for line in text[start:end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        s = squeeze(line)
        if not s:
            continue
        # (a name broken inside a word that ends like a unit, 市住房和城乡⏎建设局, 市卫生健康委⏎员会, joins)
        closed = pieces and (group or (tail.endswith(_PIECE_ENDS) and not tail.endswith(NON_UNIT_ENDINGS)))
        line_group = s.startswith(CELL_LINE_GROUP_HEADS) and s.endswith(CELL_LINE_GROUP_BODIES)
        if pieces and (
            not closed
            or not (line_group or s.endswith(_PIECE_ENDS))
            or s.startswith(_PIECE_GOES_ON)
            or s.startswith(NAME_CONTINUATIONS)
            or _owned_by(tail, s)  # 市委⏎宣传部, 市生态环境局⏎柏坪分局
        ):
            pieces[-1] = (pieces[-1][0], b)
            tail = (tail + s)[-_PIECE_END_MAX:]
        else:
            pieces.append((a, b))
            tail = s[-_PIECE_END_MAX:]
        group = line_group
    return pieces or [(start, end)]


_PIECE_END_MAX = max(map(len, _PIECE_ENDS))


def clause_roles_from_units(units: list[Unit], kind: str) -> dict[str, list[Unit]]:
    out, rest = split_role_marks(units)
    out[kind] += rest
    return out


def _one_role_per_unit(roles: dict[str, list[Unit]]) -> dict[str, list[Unit]]:
    """Drop repeats: a name keeps its first role in lead → responsible → supporting order."""
    seen: set[str] = set()
    out: dict[str, list[Unit]] = {}
    for role in ROLES:
        kept = []
        for unit in roles[role]:
            if unit.name not in seen:
                seen.add(unit.name)
                kept.append(unit)
        out[role] = kept
    return out


def _collect(items: list) -> list:
    """Items in text order, one per (span, kind)."""
    seen, out = set(), []
    for item in sorted(items, key=lambda i: tuple(i.span)):
        key = (tuple(item.span), getattr(item, "kind", None))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _warn_if_units(ctx: Context, table: Table, n: int) -> None:
    """Say so when a table we do not read clearly lists units."""
    text = ctx.text
    c = unit_column(text, table.rows)
    if c is None:
        return
    cells = {row[c].span for row in table.rows if c < len(row) and not _spans_from_left(row, c)}
    units = [squeeze(text[s:e]) for s, e in sorted(cells) if looks_like_units(text[s:e])]
    ctx.warn(
        WarningCode.TABLE_NOT_READ,
        f"table {n} lists units in a column ({'、'.join(units[:3])} …) but has no 牵头单位/责任单位 header "
        "and nothing says their role; no measures were made from it",
        table.span,
    )


# -- indicator tables: a target per value cell ---------------------------------


@dataclass(frozen=True)
class IndicatorColumns:
    """The columns of an indicator table (指标 | 单位 | 基期值 | 2025年 | 2027年 | 属性 | 责任单位)."""

    indicator: int
    unit: int | None
    baseline: int | None
    baseline_year: int | None
    targets: tuple[tuple[int, int | None], ...]  # (column, the year its values are due; None: not said)
    first_data_row: int


@cache  # compiled on first use: only an indicator table's header asks
def _year_in_header() -> regex.Pattern[str]:
    return regex_compile(r"((?:19|20)[0-9]{2})年")


def indicator_columns(
    text: str, table: Table, views: _ColumnViews | None = None, notice_year: int | None = None
) -> IndicatorColumns | None:
    """The header of an indicator table: a task column (指标, 指标名称) and at least one target
    column (2025年, 目标值: :func:`~notice_parser.lexicon.table_headers.indicator_column`); None
    for any other table. Without a base column, the first of several year columns is the base
    when its year is before the notice's (指标 | 2020年 | 2025年 in a notice of 2021: 2020 is the
    status quo the targets start from)."""
    for h, row in enumerate(table.rows[:MAX_HEADER_ROW]):
        texts = [views.cell_text(text, row, c) if views else cell_text(text, cell) for c, cell in enumerate(row)]
        kinds = [indicator_column(t) for t in texts]
        targets = [c for c, k in enumerate(kinds) if k == "target" and not row[c].merged]
        if not targets:
            continue
        tasks = [c for c, t in enumerate(texts) if classify_header(t)[0] == "task"]
        if not tasks or tasks[0] > min(targets):
            return None
        below = _year_row(text, table, h, texts, kinds, views)
        if below is not None:  # 目标值 over 2027年 | 2030年: the years of the row below head the columns
            h += 1
            kinds = [below[c][0] if c in below else k for c, k in enumerate(kinds)]
            texts = [below[c][1] if c in below else t for c, t in enumerate(texts)]
            targets = [c for c, k in enumerate(kinds) if k == "target" and (c in below or not row[c].merged)]
        first = {kind: c for c, kind in reversed(list(enumerate(kinds))) if kind}
        if "baseline" not in first and len(targets) >= 2 and notice_year is not None:
            year = _year_in_header().search(squeeze(texts[targets[0]]))
            if year is not None and int(year.group(1)) < notice_year:
                first["baseline"], targets = targets[0], targets[1:]
        base = first.get("baseline")
        base_year = _year_in_header().search(squeeze(texts[base])) if base is not None else None
        return IndicatorColumns(
            indicator=tasks[0],
            unit=first.get("measure_unit"),
            baseline=base,
            baseline_year=int(base_year.group(1)) if base_year else None,
            targets=tuple(
                (c, int(y.group(1)) if (y := _year_in_header().search(squeeze(texts[c]))) else None) for c in targets
            ),
            first_data_row=h + 1,
        )
    return None


def _year_row(
    text: str, table: Table, h: int, texts: list[str], kinds: list[str | None], views: _ColumnViews | None
) -> dict[int, tuple[str | None, str]] | None:
    """A second header row that writes the years under a 目标值 (or 基期值) cell spread over
    several columns (目标值 ⏎ 2027年 | 2030年; 基期值 ⏎ 2024年): column → (the kind of the header
    cell above, the year's header), for every column under such a cell (merged across, or left empty
    after it by a plain-text export); None when the row below is no such row (a data row)."""
    if h + 1 >= len(table.rows):
        return None
    top, row = table.rows[h], table.rows[h + 1]
    out: dict[int, tuple[str | None, str]] = {}
    above: str | None = None  # the kind of the header cell over this column
    for c, cell in enumerate(row):
        across = c > 0 and c < len(top) and top[c].merged and top[c].span == top[c - 1].span
        if c < len(top) and not across and squeeze(texts[c]):
            above = kinds[c]
        s = squeeze(views.cell_text(text, row, c) if views else cell_text(text, cell))
        if cell.merged or not s:
            continue
        if above not in ("target", "baseline") or not indicator_column(s) or not _year_in_header().search(s):
            return None  # a cell of its own that is no year under 目标值/基期值: a data row
        out[c] = (above, s)
    return out if any(kind == "target" for kind, _ in out.values()) else None


@cache  # compiled on first use: only an indicator table's cells ask
def _value_cell() -> regex.Pattern[str]:
    """A value cell: a bound, a number (万/亿 maybe), a unit of its own maybe, a bound after."""
    before = alternation(TH.INDICATOR_CELL_BOUNDS_BEFORE)
    after = alternation([*TH.INDICATOR_CELL_BOUNDS_AFTER, *TH.INDICATOR_CELL_APPROX])
    return regex_compile(
        rf"^(?P<cmp>{before})?(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<mult>{alternation(MULTIPLIER_WORDS)})?(?P<unit>[^0-9\s]{{0,8}}?)(?P<after>{after})?$"
    )


def _plain_unit(unit: str) -> tuple[float, str]:
    """The multiplier a unit column's 万/亿 carries and the unit left (亿元 → 1e8, 元), when what is left
    is a plain unit word (/10万 keeps its 万: it is no multiplier)."""
    for word in MULTIPLIER_WORDS:
        if unit.startswith(word) and unit[len(word) :] in UNIT_WORDS:
            return parse_number("1" + word) or 1.0, unit[len(word) :]
    return 1.0, unit


@cache  # compiled on first use: only an indicator table without a 单位 column asks
def _last_aside() -> regex.Pattern[str]:
    # (a footnote mark may follow it: 公共充电桩（万个）*, its note under the table)
    return regex_compile(r"[（(]([^（()）]{1,8})[)）][*＊※]?$")


def _unit_aside(indicator: str) -> tuple[str, str]:
    """An indicator cell that closes with its unit in brackets (营业收入（亿元）, 研发投入占比（%）): the
    indicator without it, and the unit; else the cell as it is and no unit."""
    m = _last_aside().search(indicator)
    if m is None:
        return indicator, ""
    unit = m.group(1)
    plain = _plain_unit(unit)[1]
    if plain in UNIT_WORDS or plain in COUNTER_UNITS or plain in TH.INDICATOR_ASIDE_UNITS:
        return indicator[: m.start()], unit
    return indicator, ""


def _cell_value(s: str) -> tuple[str | None, float, str, bool] | None:
    """(comparator written, value, unit written in the cell, approximate) of a value cell (75左右 is
    about 75: ``==``, approximate); None when it holds no single value."""
    m = _value_cell().match(s)
    if m is None:
        return None
    after = m["after"] or ""
    approx = after in TH.INDICATOR_CELL_APPROX
    cmp = TH.INDICATOR_CELL_BOUNDS_BEFORE.get(m["cmp"] or "") or TH.INDICATOR_CELL_BOUNDS_AFTER.get(after)
    value = parse_number(m["num"] + (m["mult"] or "")) or 0.0
    unit = m["unit"] or ""
    return ("==" if approx else cmp), value, unit, approx


def targets_from_tables(
    ctx: Context,
    tables: list[Table],
    section_at: SectionAt | None = None,
    found: list[Target] = (),  # type: ignore[assignment]
) -> list[Target]:
    """A target per value cell of every indicator table (:func:`indicator_columns`): the row's
    indicator, the column's year, the bound the cell writes (≥92, ≤12.5; a bare number is a level
    to reach), the unit of the 单位 column (亿元 → 元, the value scaled) or of the cell, the row's
    基期值 as the baseline with the year its header names. A cell a target of ``found`` already
    reads (≥90% read as a sentence) is left to it. (A cell that restates a goal the section's text
    states is a target of its own: the table is a statement of its own, as most golds read it.)"""
    text = ctx.text
    taken = _Found(found)
    out: list[Target] = []
    for table in tables:
        views = _ColumnViews(ctx, table)
        cols = indicator_columns(text, table, views if views.get(0) is not None else None, ctx.notice_year)
        if cols is None:
            continue
        sid = section_at(table.span[0]) if section_at else None
        header = [squeeze(cell_text(text, c)) for c in table.rows[cols.first_data_row - 1]]
        for row in table.rows[cols.first_data_row :]:
            if len(row) <= max(c for c, _ in cols.targets) or [squeeze(cell_text(text, c)) for c in row] == header:
                continue
            out += _row_targets(text, row, cols, views, sid, taken)
    return out


class _Found:
    """The targets found before the indicator tables are read: where they lie, and what they state."""

    def __init__(self, found: list[Target]) -> None:
        self.spans = sorted((t.span[0], t.span[1]) for t in found)
        self.starts = [s for s, _ in self.spans]

    def covers(self, s: int, e: int) -> bool:
        """Does a target found lie across ``[s, e)``?"""
        k = bisect.bisect_right(self.starts, e) - 1
        return k >= 0 and self.spans[k][1] > s


def _row_targets(
    text: str,
    row: list[Cell],
    cols: IndicatorColumns,
    views: _ColumnViews,
    sid: str | None,
    taken: _Found,
) -> list[Target]:
    """The targets of one row of an indicator table (none for a group row 一、… or a 合计 row). A
    bare cell takes the bound the row's other cells write (0 in a row of ≤1.5 is at most 0), else
    it is a level to reach."""
    indicator = squeeze(views.cell_text(text, row, cols.indicator))
    unit = squeeze(views.cell_text(text, row, cols.unit)) if cols.unit is not None and cols.unit < len(row) else ""
    if not indicator or group_marker().match(indicator) or indicator.startswith(TH.INDICATOR_TOTAL_ROWS):
        return []
    if not unit:  # the unit in the indicator's cell: 储能产业营业收入（亿元）
        indicator, unit = _unit_aside(indicator)
    mult, unit = _plain_unit(unit)
    baseline = None
    if cols.baseline is not None and cols.baseline < len(row):
        b = _cell_value(squeeze(views.cell_text(text, row, cols.baseline)))
        baseline = b[1] * mult if b is not None and not b[2] else None
    cells = []
    for c, year in cols.targets:
        s, e = row[c].span
        raw = squeeze(views.cell_text(text, row, c))  # (its own lines: ≤12. ⏎ 5 under a page break)
        if not raw or row[c].merged or raw in TH.INDICATOR_NO_VALUE or taken.covers(s, e):
            continue  # (covered: read as a sentence already)
        v = _cell_value(raw)
        if v is not None:
            cells.append((s, e, year, v))
    written = [v[0] for *_, v in cells if v[0] and v[0] != "=="]
    row_cmp = written[0] if written and len(set(written)) == 1 else TH.INDICATOR_BARE_COMPARATOR
    out = []
    for s, e, year, (cmp, value, own_unit, approx) in cells:
        base = baseline if not own_unit else None
        out.append(
            Target(
                raw=text[s:e],
                span=(s, e),
                section_id=sid,
                indicator=indicator,
                comparator=cmp or row_cmp,  # type: ignore[arg-type]
                value=round(value * (1.0 if own_unit else mult), 6),
                unit=own_unit or unit or None,
                baseline=round(base, 6) if base is not None else None,
                baseline_year=cols.baseline_year if base is not None else None,
                year=year,
                approx=approx,
            )
        )
    return out
