"""Task tables that reached us as text: rebuilt into :class:`Table` objects.

A task table (序号 / 任务 / 牵头单位 / 配合单位 / 完成时限 …) often loses its
grid on the way: a text export separates cells by tabs, a web page or a
converter puts each cell in its own paragraph, a crawler runs the whole
table into one line. The header — a run of column names the vocabulary of
:mod:`notice_parser.lexicon.table_headers` knows, with a role column and a
task or time column — is what shows it is a table; the rows are rebuilt
from it:

* **tabs**: a header line whose cells are separated by tabs, and the lines
  with tabs after it, one row each;
* **one cell per paragraph**: three or more header lines in a row; the data
  lines after them are cut into rows at the running numbers of the 序号
  column (1, 2, 3 …), or in groups of the header's width when there is no
  such column. A row with fewer cells than columns (empty cells lost) is
  aligned by what each cell holds: unit names go to the role columns, a
  time to the time column, from the right; the text cells fill the columns
  on the left; a row with more cells joins the extra text to its task cell;
* **one line, a space between cells** (a crawled page whose body is one
  line): from the 序号 on, each space-separated cell is read as a paragraph
  of the previous case; a task cell split at a space is joined again;
* **one line**: the column names run together (序号主要工作任务…完成时限主要
  责任单位…) and so does the body; a row ends where a time value is
  followed by a run of unit names (…3月区经发局区环土局), which is what the
  (time, unit) columns look like with the separators gone.

A role or time cell left empty under a filled one (a merged cell whose value
is written on the first row of its group) carries the value down, as the
readers do for merged cells. Where a header is found but the rows cannot be
rebuilt, a ``table_not_read`` warning names the header.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import NamedTuple

import regex

from ..compiled import re_compile, regex_compile
from ..lexicon import alternation
from ..lexicon import roles as RV
from ..lexicon import table_headers as TH
from ..lexicon import time_words as TW
from ..lexicon.formats import PDF_PAGE_NUMBER
from ..lexicon.markers import CN_ONE_TO_TEN
from ..lexicon.table_headers import (
    TIME_CELL_BY_WORDS,
    TIME_CELL_MONTH_PARTS,
    TIME_CELL_WORDS,
    TIME_CELL_YEAR_WORDS,
    classify_header,
    header_key,
    indicator_column,
    looks_like_units,
)
from ..model import WarningCode
from ..readers import Cell, Table
from ..spans import NON_WHITESPACE, SpanCover, squeeze, strip_span
from .context import Context
from .headers import header_kind
from .tables import find_columns, group_marker, group_row

ROLES = ("lead", "responsible", "supporting")
#: the longest group row written on a line of its own inside a tab table
GROUP_LINE_MAX_CHARS = 40


@cache  # compiled on first use (0.5 ms): only a table's cells are asked
def _time_cell() -> regex.Pattern[str]:
    """A time cell: 2024年底前, 6月, 全年, 长期坚持, 2023年3月-6月."""
    return regex_compile(
        r"^(?:[0-9０-９]{4}年|"
        + alternation(TIME_CELL_YEAR_WORDS)
        + r")?(?:[0-9０-９]{1,2}月(?:份)?)?(?:"
        + alternation(TIME_CELL_MONTH_PARTS)
        + r"|[0-9０-９]{1,2}日)?"
        r"(?:"
        + alternation(TIME_CELL_BY_WORDS)
        + r")?(?:[-—―～至~].{0,12})?$|^(?:"
        + alternation(TIME_CELL_WORDS)
        + r")"
    )


#: the most digits a running number may have: a table of 999 999 rows (three digits cut a long
#: table silently at its 999th row: the 1000 was read as text of row 999); bounded, so the number's
#: int() stays cheap on a hostile line of digits
MAX_SERIAL_DIGITS = 6
_SERIAL = re_compile(  # (re: anchored, no regex-only feature)
    rf"^[（(]?([0-9０-９]{{1,{MAX_SERIAL_DIGITS}}})[)）]?[.．、]?$"
)
_SERIAL_KEYS = ("序号", "编号")
#: the header row may hold at most this many cells that are no known column name
_MAX_UNKNOWN = 1
#: a header laid out by position names at least this many known columns on its first line
_MIN_KNOWN_NAMES = 2


@dataclass
class _Line:
    start: int
    end: int  # end of the text, before the line break

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(_Line(pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _kinds(text: str, spans: list[tuple[int, int]], indicators: bool = False) -> list[str | None] | None:
    """Column kinds when ``spans`` are a task-table header, else None. With ``indicators``, an
    indicator table's header counts too (指标 | 单位 | 基期值 | 2025年 | 2027年 | 属性 [| 责任单位]:
    a task column and a target column, its other names known to :func:`indicator_column`)."""
    return _kinds_of([text[a:b] for a, b in spans], indicators)


def _kinds_of(names: list[str], indicators: bool = False, counts: bool = False) -> list[str | None] | None:
    """:func:`_kinds` of the column names ``names``. With ``counts`` (a header laid out by position,
    its names placed in columns), any number of other columns may stand beside a 序号, a role and a
    time column: a 任务分解表's places and quantities (县（市、区） | 改造小区数（个） | 涉及户数（户）)."""
    if len(names) < 3:
        return None
    kinds = [classify_header(name)[0] for name in names]
    found = set(kinds)
    extra = [indicator_column(name) if k is None and indicators else None for k, name in zip(kinds, names, strict=True)]
    unknown = sum(
        1 for k, x, name in zip(kinds, extra, names, strict=True) if k is None and x is None and squeeze(name)
    )
    if unknown > _MAX_UNKNOWN and not (
        counts and header_key(names[0]) in _SERIAL_KEYS and found & set(ROLES) and "deadline" in found
    ):
        return None
    if "task" in found and "target" in extra:
        return kinds
    if not (found & set(ROLES)) or not ({"task", "deadline"} & found):
        return None
    return kinds


def _known_names(text: str, spans: list[tuple[int, int]]) -> int:
    """How many of the cells are column names a task or indicator table may have."""
    return sum(1 for a, b in spans if classify_header(text[a:b])[0] is not None or indicator_column(text[a:b]))


def _is_time(s: str) -> bool:
    """A time cell: one time value, or a few joined (2025年6月30日前完成、长期坚持; 立行立改并长期坚持;
    2025年5月底前完成排查，2025年9月底前完成整治: each value, its 完成 and a short object cut off)."""
    s = squeeze(s)
    if not s or len(s) > 2 * _TIME_VALUE_CHARS:
        return False
    parts = _TIME_JOIN.split(s)
    return len(parts) <= _TIME_VALUES and all(_time_value(_TIME_DONE.sub("", p)) for p in parts)


def _time_value(s: str) -> bool:
    return (
        bool(s)
        and len(s) <= _TIME_VALUE_CHARS
        and _time_cell().match(s) is not None
        and any(ch in s for ch in TW.TIME_CELL_CHARS)
    )


#: a time value's length at most, and how many a cell may join
_TIME_VALUE_CHARS = 24
_TIME_VALUES = 3
#: what joins time values in one cell, and the 完成 (and a short object: 完成排查) closing one
_TIME_JOIN = re_compile(f"[{TW.TIME_CELL_JOINERS}]|(?<=[{TW.TIME_CELL_AND_AFTER}]){TW.TIME_CELL_AND_WORD}")
_TIME_DONE = re_compile(f"{TW.TIME_CELL_DONE_WORD}[^0-9０-９{TW.TIME_CELL_DATE_CHARS}]{{0,6}}$")


def _is_units(s: str) -> bool:
    return bool(squeeze(s)) and looks_like_units(s)


#: the most characters a role cell that names its units' roles is read over (a sentence is longer)
_MARKED_UNITS_CHARS = 60
#: what separates the parts of such a cell, each with its own role (X牵头，Y配合)
_ROLE_PARTS = re_compile("[，,；;]")


@cache  # compiled on first use: only a role cell that is no plain list of units asks
def _role_verb_end() -> re.Pattern[str]:
    """A role verb closing a part of a role cell (市住房城乡建设局牵头, 市水务局配合, 各县（市、区）负责落实)."""
    verbs = sorted(RV.ROLE_VERBS, key=len, reverse=True)
    return re_compile("(?:" + "|".join(map(re.escape, verbs)) + r")$")


def _is_marked_units(s: str) -> bool:
    """A role cell whose units carry their roles (市住房城乡建设局牵头，市水务局配合): each part, cut at
    ，；, is a list of units closed by a role verb."""
    s = squeeze(s)
    if not s or len(s) > _MARKED_UNITS_CHARS:
        return False
    parts = [p for p in _ROLE_PARTS.split(s) if p]
    verb = _role_verb_end()
    cut = [verb.sub("", p) for p in parts]
    return any(c != p for c, p in zip(cut, parts, strict=True)) and all(c and looks_like_units(c) for c in cut)


def _fits(kind: str | None, s: str) -> bool:
    if kind in ROLES:
        return _is_units(s) or _is_marked_units(s)
    if kind == "deadline":
        return _is_time(s)
    return not (_is_units(s) or _is_time(s))


def _filled(text: str, cell: Cell) -> bool:
    return bool(squeeze(text[cell.span[0] : cell.span[1]]))


def _carry_down(text: str, rows: list[list[Cell]], kinds: list[str | None]) -> None:
    """An empty role or time cell under a filled one takes its value (a
    merged cell written once for its group). A supporting column carries
    only when the whole row names no unit. A group row (一、…方面（3项）,
    :func:`~notice_parser.extract.tables.group_row`) neither takes nor gives
    a value: a merged cell does not run across it."""
    by_column = {c: kind for c, kind in enumerate(kinds) if kind is not None}
    groups = [group_row(text, row, by_column) for row in rows]
    for r in range(1, len(rows)):
        row, above = rows[r], rows[r - 1]
        if groups[r] or groups[r - 1] or _total_row(text, row):
            continue
        row_has_units = any(
            kinds[c] in ROLES and c < len(row) and _filled(text, row[c]) and not row[c].merged
            for c in range(len(kinds))
        )
        for c, kind in enumerate(kinds):
            if kind not in (*ROLES, "deadline") or c >= len(row) or c >= len(above):
                continue
            if _filled(text, row[c]) or not _filled(text, above[c]):
                continue
            if kind == "supporting" and row_has_units:
                continue
            row[c] = Cell(above[c].span, merged=True)


def _total_row(text: str, row: list[Cell]) -> bool:
    """A row of totals (合计 | 220 | 16000 under the 序号 or the column after it): no task's, so no
    merged cell runs into it."""
    return any(squeeze(text[c.span[0] : c.span[1]]).startswith(TH.INDICATOR_TOTAL_ROWS) for c in row[:2])


def _empty(at: int) -> Cell:
    return Cell((at, at))


# -- tabs -------------------------------------------------------------------


#: what separates cells on a line: a tab, or (a PDF or console export) a run of
#: two or more spaces
#: (plain patterns tried on every line: run by ``re``, see :mod:`notice_parser.lexicon`)
_TAB = re_compile(r"\t")
_SPACES = re_compile(r"\t|[ \u3000\u00a0]{2,}")


def _tab_cells(text: str, line: _Line, sep: re.Pattern[str] = _TAB) -> list[tuple[int, int]]:
    a, b = strip_span(text, line.start, line.end) if sep is _SPACES else (line.start, line.end)
    out, pos = [], a
    for m in sep.finditer(text, a, b):
        out.append(strip_span(text, pos, m.start()))
        pos = m.end()
    out.append(strip_span(text, pos, b))
    return out


def _tab_table(text: str, paragraphs: _Paragraphs, i: int) -> tuple[Table, int] | None:
    """A table whose header is ``lines[i]``, cells separated by tabs or runs of spaces (the caller,
    :func:`_table_at`, has seen that the line is short enough and holds a separator)."""
    lines = paragraphs.lines
    line = lines[i]
    for sep in (_TAB, _SPACES):
        # (spaces are cells' separators inside the line only: its indent is stripped first)
        a, b = (line.start, line.end) if sep is _TAB else strip_span(text, line.start, line.end)
        if sep.search(text, a, b):
            header = _tab_cells(text, line, sep)
            if sep is _SPACES and "\t" not in text[a:b] and _known_names(text, header) >= _MIN_KNOWN_NAMES:
                # laid out by position: the header may go on below (序⏎号, 2025⏎年), read with it
                return _layout_table(text, lines, i, header, paragraphs)
            kinds = _kinds(text, header, indicators=True)
            if kinds is not None:
                break
    else:
        return None
    width = len(kinds)
    rows = [[Cell(s) for s in header]]
    j = i + 1
    last = i
    while j < len(lines):
        ln = lines[j]
        body = text[ln.start : ln.end]
        if not squeeze(body):
            j += 1
            continue
        cells = [Cell(s) for s in _tab_cells(text, ln, sep)]
        if len(cells) < 2:
            if not _group_line(text, lines, j, sep):
                break
            cells = [Cell(strip_span(text, ln.start, ln.end))]  # a group row: 一、…方面（3项） on its own line
        cells = cells[:width] + [_empty(ln.end)] * (width - len(cells))
        rows.append(cells)
        last = j
        j += 1
    if len(rows) < 2:
        return None
    table = Table(span=strip_span(text, line.start, lines[last].end), rows=rows)
    fill_merged(text, table)  # below every header row (责任单位 over 牵头单位 | 配合单位)
    return table, last + 1


def _group_line(text: str, lines: list[_Line], j: int, sep: re.Pattern[str]) -> bool:
    """Is ``lines[j]``, a line without cells inside a tab table, a group row
    (一、落实党的路线方针政策方面（3项）: a 一、-style number, short, no sentence
    end) with a row of cells after it (the table goes on below it)?"""
    s = squeeze(lines[j].text(text))
    if len(s) > GROUP_LINE_MAX_CHARS or "。" in s or group_marker().match(s) is None:
        return False
    k = j + 1
    while k < len(lines) and not squeeze(lines[k].text(text)):
        k += 1
    return k < len(lines) and len(_tab_cells(text, lines[k], sep)) >= 2


# -- laid out by position (pdftotext -layout) ---------------------------------


@dataclass
class LayoutTable(Table):
    """A table read from text laid out by position (``pdftotext -layout``, a console export): a
    cell wrapped over lines has the span from its first line to its last, which holds the other
    columns' text of the lines between (农村千兆光网覆盖行政村 … 市工业和信息化局，中国电信邢台分 ⏎
    数 … 公司、中国移动…). ``pieces`` are the (column, start, end) of every line of every cell;
    :meth:`column_text` blanks out the rest."""

    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    #: the columns' texts made so far (the measures and the targets of the table read them)
    _columns: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    _blank: str | None = field(default=None, repr=False, compare=False)

    def column_text(self, text: str, column: int) -> str:
        """``text[span[0]:span[1]]`` with everything but column ``column``'s pieces blanked (spaces,
        line breaks kept): the same length, so a cell's offsets read its own text there."""
        if column in self._columns:
            return self._columns[column]
        a, b = self.span
        if self._blank is None:
            self._blank = _NOT_LINE_BREAK.sub(" ", text[a:b])
        blank = self._blank
        out, pos = [], a
        for _, s, e in sorted(p for p in self.pieces if p[0] == column):
            out += [blank[pos - a : s - a], text[s:e]]
            pos = e
        out.append(blank[pos - a :])
        self._columns[column] = "".join(out)
        return self._columns[column]


_NOT_LINE_BREAK = re_compile(r"[^\n]")
#: the lines after a header looked at for rows that fill every column (they place the columns)
LAYOUT_PROBE_LINES = 80
#: how much more than its index (counted from 0) a page's number may be (a cover left unnumbered)
PAGE_NUMBER_OFFSET = 2
#: the most lines a header laid out by position goes on over below its first (序⏎号, 2025⏎年)
LAYOUT_HEADER_LINES = 3
#: how far (positions) a wrapped cell's line may run past the start of the next column
LAYOUT_OVERRUN = 2
#: a table continued on a new page says so: （续表）, 续表1, 续上表
_CONTINUED = re_compile(r"^[（(]?(?:续表|续上表|接上表)[0-9０-９一二三四五六七八九十]*[)）]?$")
#: a table's title repeated on a new page: 表1 …, 附表2 …
_TABLE_TITLE = re_compile(r"^附?表[0-9０-９一二三四五六七八九十]+")


@cache  # compiled on first use: only a table laid out by position asks
def _wide() -> re.Pattern[str]:
    """Characters a layout export gives two positions (CJK, full-width forms)."""
    return re_compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _position(text: str, line: _Line, at: int, wide: bool) -> int:
    """Where offset ``at`` of ``line`` is on the page: characters from the line's start, or (``wide``)
    display positions, a CJK character two."""
    n = at - line.start
    return n + len(_wide().findall(text, line.start, at)) if wide else n


def _layout_columns(text: str, lines: list[_Line], i: int, header: list[tuple[int, int]]) -> tuple[bool, list[float]]:
    """How the lines below the header ``lines[i]`` place their cells: counted in characters or in
    display positions (whichever puts the cells of the rows that fill every column nearer the
    column names), and each column's position (the median of those rows' cells, else its name's)."""
    width = len(header)
    full: list[tuple[_Line, list[tuple[int, int]]]] = []
    for j in range(i + 1, min(len(lines), i + 1 + LAYOUT_PROBE_LINES)):
        if _SPACES.search(text, *strip_span(text, lines[j].start, lines[j].end)):
            cells = _tab_cells(text, lines[j], _SPACES)
            if len(cells) == width:
                full.append((lines[j], cells))
    head = lines[i]
    best: tuple[float, bool, list[float]] | None = None
    for wide in (False, True):
        names = [_position(text, head, a, wide) for a, _ in header]
        cost = sum(abs(_position(text, ln, cells[c][0], wide) - names[c]) for ln, cells in full for c in range(width))
        if full:
            cols = [
                float(sorted(_position(text, ln, cells[c][0], wide) for ln, cells in full)[len(full) // 2])
                for c in range(width)
            ]
        else:
            cols = [float(p) for p in names]
        if best is None or cost < best[0]:
            best = (cost, wide, cols)
    assert best is not None
    return best[1], best[2]


def _place(text: str, line: _Line, cols: list[float], wide: bool) -> tuple[list[tuple[int, int, int]], bool]:
    """The line's cells under their columns, (column, start, end) each, and whether each ends before
    the next column begins (a wrapped cell's line does; a paragraph running across the columns does
    not). Pieces that fall in one column are one piece."""
    out: list[tuple[int, int, int]] = []
    fits = True
    for a, b in _tab_cells(text, line, _SPACES):
        if a == b:
            continue
        p = _position(text, line, a, wide)
        c = min(range(len(cols)), key=lambda k: abs(cols[k] - p))
        if out and c <= out[-1][0]:
            out[-1] = (out[-1][0], out[-1][1], b)
            c = out[-1][0]
        else:
            out.append((c, a, b))
        if c + 1 < len(cols) and _position(text, line, b, wide) > cols[c + 1] + LAYOUT_OVERRUN:
            fits = False
    return out, fits


Piece = tuple[int, int, int]  # (column, start, end) of a cell's line


class _LayoutRun:
    """The state of :func:`_layout_table` over the lines below a header."""

    def __init__(self, text: str, lines: list[_Line], i: int, header: list[tuple[int, int]]) -> None:
        self.text, self.lines, self.i, self.header = text, lines, i, header
        self.width = len(header)
        keys = [header_key(text[a:b]) for a, b in header]
        self.joined_keys = "".join(keys)  # (a repeated header is compared whole: its names may fall apart otherwise)
        self.serial = keys[0] in _SERIAL_KEYS
        self.wide, self.cols = _layout_columns(text, lines, i, header)
        self.head_pieces: list[list[Piece]] = [[(c, a, b)] for c, (a, b) in enumerate(header)]
        self.rows: list[list[list[Piece]]] = []  # per row, per column, its pieces
        self.expected = 1  # the next running number
        self.after_group = False  # a group row just read: the running number may start again at 1
        self.repeated = False  # a header repeated on a new page: its own lines below it are skipped
        self.page_break = False
        self.head_lines: set[str] = set()  # the header's own lines below its first
        self.last = i  # the last line of the table
        # a header of two rows (完成时限 over 一季度 … 四季度, 责任单位 over 牵头 | 配合): per column, the
        # name over it (None where the column's name stands alone), and the line of the sub-names
        self.parents: list[tuple[int, int] | None] = []
        self.sub_line: int | None = None
        self._two_rows()

    def _two_rows(self) -> None:
        """Read the line under the header as its second row where it holds sub-columns: short names a
        time or role column splits into (periods: 一季度, 上半年, 3月, 2025年; roles: 牵头, 配合), each run
        of them under the first row's name of that kind nearest it; that name's column becomes theirs."""
        text, lines = self.text, self.lines
        j = self.i + 1
        while j < len(lines) and not squeeze(lines[j].text(text)):
            j += 1
        if j >= len(lines) or j > self.i + 2:
            return
        subs = _tab_cells(text, lines[j], _SPACES)
        kinds = [_sub_header_kind(text[a:b]) for a, b in subs]
        if len(subs) < 2 or None in kinds:
            return
        line_i, line_j = lines[self.i], lines[j]
        centre = [
            (_position(text, line_i, a, self.wide) + _position(text, line_i, b, self.wide)) / 2 for a, b in self.header
        ]
        parent_kinds = [_sub_header_kind(text[a:b]) for a, b in self.header]
        under: dict[int, list[int]] = {}
        k = 0
        while k < len(subs):
            e = k
            while e + 1 < len(subs) and kinds[e + 1] == kinds[k]:
                e += 1
            mid = (_position(text, line_j, subs[k][0], self.wide) + _position(text, line_j, subs[e][1], self.wide)) / 2
            fits = [c for c, pk in enumerate(parent_kinds) if pk == kinds[k] and c not in under]
            if not fits:
                return
            parent = min(fits, key=lambda c: abs(centre[c] - mid))
            under[parent] = list(range(k, e + 1))
            k = e + 1
        if not any(len(v) >= 2 for v in under.values()):
            return
        columns: list[tuple[float, Piece, tuple[int, int] | None]] = []
        for c, (a, b) in enumerate(self.header):
            if c in under:
                for n in under[c]:
                    sa, sb = subs[n]
                    columns.append((_position(text, line_j, sa, self.wide), (0, sa, sb), (a, b)))
            else:
                columns.append((_position(text, line_i, a, self.wide), (0, a, b), None))
        columns.sort(key=lambda x: x[0])
        self.cols = [x[0] for x in columns]
        self.head_pieces = [[(c, piece[1], piece[2])] for c, (_, piece, _) in enumerate(columns)]
        self.parents = [x[2] for x in columns]
        self.width = len(columns)
        self.sub_line = j
        self.head_lines.add(squeeze(lines[j].text(text)))
        self.last = j

    def header_band(self) -> int:
        """Read the header's own lines below its first (序⏎号, 基期值⏎（2024年）, 2025⏎年: up to
        :data:`LAYOUT_HEADER_LINES`, each fitting the columns and opening no row); the index of the
        line after them. The 序号 column is known from the names as they read whole."""
        j = self.i + 1 if self.sub_line is None else self.sub_line + 1
        taken = 0
        while j < len(self.lines) and taken < LAYOUT_HEADER_LINES:
            ln = self.lines[j]
            s = squeeze(ln.text(self.text))
            if not s:
                j += 1
                continue
            pieces, fits = _place(self.text, ln, self.cols, self.wide)
            first = squeeze(self.text[pieces[0][1] : pieces[0][2]]) if pieces and pieces[0][0] == 0 else ""
            if not fits or _SERIAL.match(first) or _ends_table(s) or (len(pieces) > self.width // 2 + 1 and first):
                break
            for piece in pieces:
                self.head_pieces[piece[0]].append(piece)
            self.head_lines.add(s)
            self.last = j
            taken += 1
            j += 1
        self.serial = header_key(self.names()[0]) in _SERIAL_KEYS
        return j

    def periods(self) -> frozenset[int]:
        """The sub-columns of a time column (一季度 … 四季度 under 完成时限)."""
        return frozenset(
            c
            for c, p in enumerate(self.parents)
            if p is not None and _sub_header_kind(self.text[p[0] : p[1]]) == "time"
        )

    def names(self) -> list[str]:
        """The column names, each read whole over the header's lines (a sub-column's after the name
        over it: 完成时限一季度, 责任单位牵头)."""
        over = [self.text[p[0] : p[1]] if p is not None else "" for p in self.parents] or [""] * self.width
        return [o + "".join(self.text[a:b] for _, a, b in col) for o, col in zip(over, self.head_pieces, strict=True)]

    def furniture(self, raw: str, s: str, j: int, pages: _Paragraphs) -> bool:
        """Is the line a page's, not the table's: its number, its running header, （续表） or the
        table's title after a page break?"""
        if _DASHED_PAGE_NUMBER.fullmatch(s) or (
            _page_number().fullmatch(s) and not (s.isdigit() and not pages.may_number_page(self.lines[j].start, int(s)))
        ):
            self.page_break = True
            return True
        if raw.lstrip(" \u3000").startswith(_FORM_FEED):
            self.page_break = True
            if pages.page_first_lines[s] >= 2:
                return True  # the running header
        return self.page_break and (_CONTINUED.match(s) is not None or _TABLE_TITLE.match(s) is not None)

    def starts_row(self, pieces: list[Piece]) -> bool:
        """Does the line start a row: the next running number (or a group's 一、) in the 序号 column,
        or, without one, cells in half the columns or more?"""
        if not self.serial:
            return len(pieces) >= max(2, (self.width + 1) // 2)
        if not pieces or pieces[0][0] > 1:
            return False
        first = squeeze(self.text[pieces[0][1] : pieces[0][2]])
        if len(pieces) >= 2 and first.startswith(TH.INDICATOR_TOTAL_ROWS):
            return True  # a row of totals (合计 under 序号 or the column after it, its number cell empty)
        if pieces[0][0] != 0:
            return False
        number = _SERIAL.match(first)
        n = int(number.group(1).translate(_FULLWIDTH)) if number is not None else 0
        if n and (n == self.expected or (self.after_group and n == 1)):
            self.expected, self.after_group = n + 1, False
            return True
        return group_marker().match(first) is not None

    def group_row(self, j: int, s: str) -> bool:
        """Is ``lines[j]`` (``s`` squeezed) a group row between the rows (一、安全发展理念和责任落实方面 on
        a line of its own): a 一、-style number, short, no sentence end, the next filled line opening
        with the next running number or with 1 (the 序号 starting again in every group)? Not a heading
        of the text after the table (三、保障措施 ⏎ 加强领导。), which :func:`_ends_table` ends it at."""
        if not self.serial or len(s) > GROUP_LINE_MAX_CHARS or "。" in s or group_marker().match(s) is None:
            return False
        for ln in self.lines[j + 1 : j + 3]:
            first = ln.text(self.text).split(None, 1)
            if first:
                number = _SERIAL.match(first[0])
                return number is not None and int(number.group(1).translate(_FULLWIDTH)) in (self.expected, 1)
        return False

    def line(self, j: int, pages: _Paragraphs) -> bool:
        """Read ``lines[j]`` into the table; False where the table ends before it."""
        ln = self.lines[j]
        raw = ln.text(self.text)
        s = squeeze(raw)
        if not s or self.furniture(raw, s, j, pages):
            return True
        if self.group_row(j, s):
            a, b = strip_span(self.text, ln.start, ln.end)
            self.rows.append([[(0, a, b)] if c == 0 else [] for c in range(self.width)])
            self.after_group, self.repeated, self.page_break, self.last = True, False, False, j
            return True
        if _ends_table(s):
            return False
        pieces, fits = _place(self.text, ln, self.cols, self.wide)
        if (
            s[:1] == self.joined_keys[:1]
            and "".join(header_key(self.text[a:b]) for _, a, b in pieces) == self.joined_keys
        ):
            self.repeated = True  # the header again, on a new page
            return True
        if self.repeated and s in self.head_lines:
            return True  # a line of the repeated header (（2024年） under 基期值)
        if self.starts_row(pieces):
            self.rows.append([[p for p in pieces if p[0] == c] for c in range(self.width)])
            self.repeated = self.page_break = False
            self.last = j
            return True
        if not fits or (self.serial and pieces and pieces[0][0] == 0 and (len(pieces) < 2 or not self.rows)):
            # (a line of a row whose cells are centred may set its task's next line under the 序号: it
            # goes on in other columns too; a line of its own there is the text after the table)
            return False
        if not self.rows and not self.repeated:  # the header's own lines go on (基期值 ⏎ （2024年）)
            for piece in pieces:
                self.head_pieces[piece[0]].append(piece)
            self.head_lines.add(s)
            self.last = j
            return True
        if not self.rows:
            return False
        for piece in pieces:
            self.rows[-1][piece[0]].append(piece)
        self.page_break = False
        self.last = j
        return True

    def table(self) -> LayoutTable:
        text = self.text
        pieces = [p for col in self.head_pieces for p in col] + [p for row in self.rows for col in row for p in col]
        out_rows = [[Cell((col[0][1], col[-1][2])) for col in self.head_pieces]]
        if self.parents:  # two header rows, as a Word table's: the name over its sub-columns, merged across
            pieces += [(c, p[0], p[1]) for c, p in enumerate(self.parents) if p is not None]
            top = [
                Cell(p, merged=c > 0 and self.parents[c - 1] == p) if p is not None else Cell(cell.span)
                for c, (p, cell) in enumerate(zip(self.parents, out_rows[0], strict=True))
            ]
            below = [Cell(cell.span, merged=p is None) for p, cell in zip(self.parents, out_rows[0], strict=True)]
            out_rows = [top, below]
        for row in self.rows:
            at = min(p[1] for col in row for p in col)
            out_rows.append([Cell((col[0][1], col[-1][2])) if col else _empty(at) for col in row])
        span = strip_span(text, self.header[0][0], self.lines[self.last].end)
        return LayoutTable(span=span, rows=out_rows, pieces=pieces)


def _layout_table(
    text: str, lines: list[_Line], i: int, header: list[tuple[int, int]], pages: _Paragraphs
) -> tuple[Table, int] | None:
    """A table laid out by position (``pdftotext -layout``): its header ``lines[i]`` (column names
    separated by runs of spaces), then rows whose cells sit under the names and wrap over lines
    (a line that holds only some columns goes on with the row above it). A row starts at the next
    running number of the 序号 column (without one: a line that fills half the columns or more). A
    page break inside the table is skipped — the page number, the running header that opens the
    next page, （续表）, the table's title and its header repeated — and so are blank lines. The
    table ends at the first line that is none of these: a note (注：), a heading, a paragraph whose
    text runs across the columns."""
    run = _LayoutRun(text, lines, i, header)
    start = run.header_band()
    if _kinds_of(run.names(), indicators=True, counts=True) is None:
        return None
    for j in range(start, len(lines)):
        if not run.line(j, pages):
            break
    if not run.rows:
        return None
    table = run.table()
    fill_merged(text, table, run.periods())
    return table, run.last + 1


def _sub_header_kind(name: str) -> str | None:
    """What a header's second-row name splits its column into: ``"time"`` (一季度, 上半年, 3月, 2025年,
    完成时限), ``"role"`` (牵头, 配合, 责任单位), else None."""
    kind = header_kind(name)[0]
    if kind == "deadline":
        return "time"
    return "role" if kind in ROLES else None


@cache  # compiled on first use: only a table laid out by position asks
def _page_number() -> regex.Pattern[str]:
    return regex_compile(PDF_PAGE_NUMBER)


# -- one cell per paragraph -------------------------------------------------


#: a character that is no whitespace (as :func:`~notice_parser.spans.squeeze` removes it): a line
#: without one is blank
_FILLED = re_compile(NON_WHITESPACE)

#: characters no column name holds (none is a Han character or whitespace, so _HEADER_LINE refuses
#: a line that has one)
_NO_COLUMN_NAME_CHARS = "：:，,。；;、．.0-9０-９"
#: the first tests of a column name's line, on the raw line in one ``re`` call: at most 40 characters
#: (no column name is longer), none of them sentence punctuation or a digit
_MAY_BE_COLUMN_NAME = re_compile(f"[^{_NO_COLUMN_NAME_CHARS}]{{0,40}}")
#: a paragraph that may be a column name: a few characters, no sentence punctuation
_HEADER_LINE = regex_compile(r"^[\p{Han}A-Za-z（）()]{2,14}$")
#: a paragraph that may be an indicator table's year column (2025年, 2024年基期值, 基期值（2024年）,
#: 2027年目标值): short, digits allowed, no sentence punctuation (:func:`indicator_column` decides)
_YEAR_COLUMN_LINE = re_compile(r"[^：:，,。；;、．.]{2,14}")
#: the first test of such a line, on the raw line (as :data:`_MAY_BE_COLUMN_NAME`, digits allowed)
_MAY_BE_YEAR_COLUMN = re_compile(r"[^：:，,。；;、．.]{0,40}")


def _column_name_line(s: str) -> bool:
    """Is ``s`` (squeezed) a line a column name may stand on: a task table's (序号, 牵头单位) or an
    indicator table's year, base or unit column (2025年, 2024年基期值, 单位)?"""
    if _HEADER_LINE.match(s) and not _SECTION_LINE.match(s):
        return classify_header(s)[0] is not None or indicator_column(s) is not None
    return _YEAR_COLUMN_LINE.fullmatch(s) is not None and indicator_column(s) is not None


#: the most lines a header flattened one cell per paragraph takes: its columns, a title or two above
_MAX_HEADER_LINES = 14


def _paragraph_header(text: str, lines: list[_Line], i: int) -> tuple[list[_Line], int] | None:
    """Consecutive short lines that are all column names (blank lines between allowed), from
    ``lines[i]``, which the caller (:func:`_table_at`) has seen ``_MAY_BE_COLUMN_NAME``. No names
    and the index of the line reached where the run is longer than a header can be."""
    heads: list[_Line] = []
    j = i
    too_long = False
    while True:
        raw = lines[j].text(text)
        s = squeeze(raw)
        if s:
            if "\t" in raw or not _column_name_line(s):
                break
            if not too_long:
                heads.append(lines[j])
                too_long = len(heads) > _MAX_HEADER_LINES
        j += 1
        if j == len(lines) or not (
            _MAY_BE_COLUMN_NAME.fullmatch(text, lines[j].start, lines[j].end)
            or _MAY_BE_YEAR_COLUMN.fullmatch(text, lines[j].start, lines[j].end)
        ):
            break
    if too_long:  # no header is so long: a list of names, no header starts before its last lines
        return [], j
    if len(heads) < 3:
        return None  # (dropping the lines above 序号 leaves fewer)
    # a title line just above (某县任务分工) is no column: the header starts at 序号; without a 序号,
    # after the title lines that close as a table's title (江州市城市更新主要指标表)
    keys = [header_key(h.text(text)) for h in heads]
    titles = next((k for k, key in enumerate(keys) if not key.endswith(TH.TABLE_TITLE_ENDS)), 0)
    first = next((k for k, key in enumerate(keys) if key in _SERIAL_KEYS), titles)
    heads = heads[first:]
    if len(heads) < 3:
        return None
    return heads, j


def _align(
    text: str, cells: list[_Line], kinds: list[str | None], serial: bool, values: bool = False
) -> list[Cell] | None:
    """The row's cells placed under the columns; None when they cannot be. With ``values`` (an
    indicator table's row: 指标 | 单位 | 基期值 | 2025年 | 2027年), the text cells left of the role and
    time columns fill them from the left: the cell left empty is a later year's."""
    width = len(kinds)
    if len(cells) == width:
        return [Cell(strip_span(text, c.start, c.end)) for c in cells]
    out: list[Cell | None] = [None] * width
    rest = list(cells)
    first = 0
    if serial and rest:
        out[0] = Cell(strip_span(text, rest[0].start, rest[0].end))
        rest = rest[1:]
        first = 1
    # the short columns on the right, from the right, by what the cell holds; a run of role columns takes
    # the run of unit cells before it from its left (the lead is the column a task never leaves empty),
    # extra unit cells (one name per cell) joining its last column
    text_cols = [c for c in range(first, width) if kinds[c] in ("task", None)]
    right_of_text = max(text_cols) + 1 if text_cols else first
    c = width - 1
    while c >= right_of_text:
        if kinds[c] in ROLES:
            c0 = c
            while c0 - 1 >= right_of_text and kinds[c0 - 1] in ROLES:
                c0 -= 1
            _place_units(text, rest, out, c0, c)
            c = c0 - 1
            continue
        if rest and _fits(kinds[c], rest[-1].text(text)):
            last = rest.pop()
            out[c] = Cell(strip_span(text, last.start, last.end))
        c -= 1
    # the text columns on the left: extra cells join the last one, missing ones are empty; the first
    # is never the one left empty (the task, the indicator: 合计 of 合计 | 180 | 预期性 | 市发展改革委)
    left = [c for c in range(first, right_of_text) if out[c] is None]
    if not left and rest:
        return None
    if values and len(rest) <= len(left):
        left = left[: len(rest)]
    elif 0 < len(rest) < len(left) and left[0] == first:
        out[first] = Cell(strip_span(text, rest[0].start, rest[0].end))
        left, rest = left[1:], rest[1:]
    if len(rest) <= len(left):
        for c, cell in zip(left[len(left) - len(rest) :], rest, strict=True):
            out[c] = Cell(strip_span(text, cell.start, cell.end))
    else:
        for c, cell in zip(left[:-1], rest, strict=False):
            out[c] = Cell(strip_span(text, cell.start, cell.end))
        tail = rest[len(left) - 1 :]
        out[left[-1]] = Cell(strip_span(text, tail[0].start, tail[-1].end))
    at = cells[-1].end if cells else 0
    return [c if c is not None else _empty(at) for c in out]


def _place_units(text: str, rest: list[_Line], out: list[Cell | None], c0: int, c1: int) -> None:
    """Role columns ``c0..c1`` take the unit cells at the end of ``rest`` (taken off it): one per column
    from the left, the extra ones together in the last."""
    units: list[_Line] = []
    while rest and _fits("responsible", rest[-1].text(text)):
        units.insert(0, rest.pop())
    n = c1 - c0 + 1
    for k, cell in enumerate(units[: n - 1] if len(units) > n else units):
        out[c0 + k] = Cell(strip_span(text, cell.start, cell.end))
    if len(units) > n:
        tail = units[n - 1 :]
        out[c1] = Cell(strip_span(text, tail[0].start, tail[-1].end))


class _Paragraphs:
    """The document's lines, indexed once: where each starts, and which hold
    text (a table's rows are read over these, skipping blank lines)."""

    def __init__(self, text: str, lines: list[_Line]) -> None:
        self.lines = lines
        self._text = text

    @cached_property  # on first use: only a table laid out by position over a page break reads them
    def page_first_lines(self) -> collections.Counter[str]:
        """How often each first line of a page (after a form feed) is written, whitespace removed: a
        running header opens most pages."""
        text = self._text
        return collections.Counter(squeeze(page.split("\n", 1)[0]) for page in text.split(_FORM_FEED)[1:])

    @cached_property  # on first use: only a table laid out by position with a number alone on a line reads them
    def form_feeds(self) -> list[int]:
        return [k for k, ch in enumerate(self._text) if ch == _FORM_FEED]

    def may_number_page(self, at: int, number: int) -> bool:
        """May ``number``, alone on a line at offset ``at``, be its page's number: the page (counted
        at the form feeds) numbered 1 to 3 more than its index? Else it is text (the 5 of ≤12.5 that
        wraps to the foot of the page, under its column)."""
        return 0 <= number - bisect.bisect_right(self.form_feeds, at) <= PAGE_NUMBER_OFFSET

    @cached_property  # on first use: only a document with a paragraph table's header reads them
    def starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    @cached_property
    def filled(self) -> list[int]:
        text = self._text
        return [k for k, ln in enumerate(self.lines) if _FILLED.search(text, ln.start, ln.end)]

    def index(self, line: _Line) -> int:
        k = bisect.bisect_left(self.starts, line.start)
        return k if k < len(self.starts) and self.starts[k] == line.start else len(self.lines)

    def filled_from(self, j: int) -> _Filled:
        return _Filled(self, bisect.bisect_left(self.filled, j))


class _Filled:
    """The lines with text from a line on, as a read-only sequence (a copy of
    the rest of the document for every table header was quadratic)."""

    def __init__(self, paragraphs: _Paragraphs, first: int) -> None:
        self._p = paragraphs
        self._first = first

    def __len__(self) -> int:
        return len(self._p.filled) - self._first

    def __getitem__(self, k: int) -> _Line:
        return self._p.lines[self._p.filled[self._first + k]]

    def chunk(self, k: int, n: int) -> list[_Line]:
        """``n`` lines from the ``k``-th on (fewer at the end)."""
        return [self[i] for i in range(k, min(k + n, len(self)))]


class _Header(NamedTuple):
    lines: list[_Line]
    kinds: list[str | None]
    keys: list[str]
    serial: bool  # the first column holds the running numbers (序号)
    values: bool  # an indicator table's header: its rows' cells are values by year (2025年, 目标值)


def _paragraph_table(ctx: Context, paragraphs: _Paragraphs, i: int) -> tuple[Table | None, int] | None:
    text = ctx.text
    found = _paragraph_header(text, paragraphs.lines, i)
    if found is None:
        return None
    heads, j = found
    if not heads:  # (a run of names too long for a header: on from where a header may still start)
        return None, max(i + 1, j - _MAX_HEADER_LINES)
    kinds = _kinds(text, [(h.start, h.end) for h in heads], indicators=True)
    if kinds is None:
        return None
    keys = [header_key(h.text(text)) for h in heads]
    values = any(
        indicator_column(h.text(text)) == "target" for h, kind in zip(heads, kinds, strict=True) if kind is None
    )
    header = _Header(heads, kinds, keys, keys[0] in _SERIAL_KEYS, values)
    data = paragraphs.filled_from(j)
    groups = _serial_groups(text, data, header) if header.serial else _width_groups(text, data, header)
    rows = [[Cell((h.start, h.end)) for h in heads]]
    first_lines: list[collections.Counter[str]] = []
    for g in groups:
        g = _without_page_furniture(text, g, first_lines)
        row = _align(text, _unwrapped(text, g, kinds, header.serial) or g, kinds, header.serial, header.values)
        if row is None:
            ctx.warn(
                WarningCode.TABLE_NOT_READ,
                f"a table flattened one cell per paragraph ({'/'.join(keys)}) could not be rebuilt at "
                f"{squeeze(g[0].text(text))[:20]}; no measures were made from it",
                (heads[0].start, g[-1].end),
            )
            return None, paragraphs.index(g[-1] if g else heads[-1]) + 1
        rows.append(row)
    if len(rows) < 2:
        ctx.warn(
            WarningCode.TABLE_NOT_READ,
            f"a table header flattened one cell per paragraph ({'/'.join(keys)}) is followed by no row "
            "that could be rebuilt; no measures were made from it",
            (heads[0].start, heads[-1].end),
        )
        return None, paragraphs.index(heads[-1]) + 1
    _carry_down(text, rows[1:], kinds)
    end_line = groups[-1][-1]
    return Table(span=(heads[0].start, end_line.end), rows=rows), paragraphs.index(end_line) + 1


def _serial_groups(text: str, data: _Filled, header: _Header) -> list[list[_Line]]:
    """Rows cut at the running numbers of the 序号 column (1, 2, 3 …)."""
    width = len(header.kinds)
    groups: list[list[_Line]] = []
    expected = 1
    k = 0
    after_group = False
    while k < len(data):
        m = _SERIAL.match(squeeze(data[k].text(text)))
        if m is None and _group_paragraph(text, data, k, expected):
            groups.append([data[k]])  # a group row (一、…方面（3项）) before the row numbered next
            after_group = True
            if _group_paragraph(text, data, k, 1):
                expected = 1  # … or numbered 1 again: the 序号 starts again in every group
            k += 1
            continue
        # (a row holds its number, its task and one more cell before the next number can start a row:
        # 1 每个街道新建 2 个老年助餐点 …)
        short = bool(groups) and len(groups[-1]) < 3 and not after_group
        after_group = False
        if not m or int(m.group(1).translate(_FULLWIDTH)) != expected or short:
            if not groups:
                break
            # a repeated header (a table continued over pages) is skipped
            if [header_key(d.text(text)) for d in data.chunk(k, width)] == header.keys:
                k += width
                continue
            groups[-1].append(data[k])
            if len(groups[-1]) > 3 * width:
                break
            k += 1
            continue
        groups.append([data[k]])
        expected += 1
        k += 1
    if groups:  # the last row: no more cells than the header has columns, up to its time cell if the
        # time column is the last one (what follows on a crawled page's line is the page's: 抄送, 【关闭】)
        keep: list[_Line] = []
        for ln in groups[-1]:
            if (len(keep) >= width and header.kinds[-1] != "deadline") or (keep and _ends_table(ln.text(text))):
                break
            keep.append(ln)
        timed = [k for k, ln in enumerate(keep) if k >= 2 and _time_ends(text, keep, k)]
        groups[-1] = keep[: timed[0] + 1] if timed else keep[:width]
    return groups


#: a page number on a line of its own between dashes (— 6 —, - 6 -): a page break inside a table
_DASHED_PAGE_NUMBER = re_compile(r"[—―－\-–─]+[0-9０-９]{1,4}[—―－\-–─]+")
_FORM_FEED = "\f"


def _without_page_furniture(text: str, lines: list[_Line], memo: list[collections.Counter[str]]) -> list[_Line]:
    """A table row's lines without a PDF's page furniture (pdftotext keeps it where the page
    breaks): the page number (— 6 —), and the running header that opens a later page
    (\\f钦政办发〔2025〕15号: a form feed, then a line that opens another page too)."""
    out = []
    for line in lines:
        s = squeeze(line.text(text))
        if _DASHED_PAGE_NUMBER.fullmatch(s):
            continue
        if s and line.text(text).lstrip(" \u3000").startswith(_FORM_FEED):
            if not memo:  # (the pages' first lines counted once per table, when a row holds a page break)
                memo.append(collections.Counter(squeeze(page.split("\n", 1)[0]) for page in text.split(_FORM_FEED)[1:]))
            if memo[0][s] >= 2:
                continue
        out.append(line)
    return out


#: the most lines one wrapped cell is cut back from (a cell of six lines of seven characters is a
#: sentence; the search stays linear in a row's lines)
MAX_WRAPPED_LINES = 6
#: what opens a line that goes on from the line above it in a wrapped cell: a list or sentence mark,
#: a closing bracket, or the rest of a date (月30日前 under 2025年9)
_GOES_ON_CHARS = "、，,；;。：:）)》”％%月日"
#: what closes a line whose cell goes on below it: a list mark, an opening bracket
_GOES_ON_AFTER = "、，,；;（(《“"


def _unwrapped(text: str, lines: list[_Line], kinds: list[str | None], serial: bool) -> list[_Line] | None:
    """A row of a table whose cells wrap over several lines each (pdftotext of a ruled table:
    ``2``/``公共场所分类垃``/``圾桶替换``/``市城市管理局``/``市交通运输局、``/``市林业局``/``2025年6``/
    ``月底前``), cut back into one stretch per column: of every way to cut the lines into as many
    cells as there are columns, the one whose role cells read as unit names and whose time cell
    reads as a time, with no cell opening on a line that goes on from the one above (、市住房和城,
    月30日前), and whose wrapped lines are each as long as the cell's longest (a wrapped cell fills
    its width up to its last line). None when the lines are no more than the columns, or the best
    cut leaves a role or time cell that does not fit (the row is then aligned as it stands), or
    the cells are no lines of their own (a line's space-separated words: a wrap is a line break)."""
    if any("\n" not in text[a.end : b.start] for a, b in itertools.pairwise(lines)):
        return None
    width = len(kinds)
    first = 1 if serial else 0
    body = lines[first:]
    cols = kinds[first:]
    n, w = len(body), len(cols)
    if n <= w or w == 0:
        return None
    texts = [squeeze(ln.text(text)) for ln in body]
    neg = float("-inf")
    # best[c][i]: the best score of cutting body[:i] into the first c columns; cut[c][i]: where the c-th began
    best = [[neg] * (n + 1) for _ in range(w + 1)]
    cut = [[0] * (n + 1) for _ in range(w + 1)]
    best[0][0] = 0.0
    for c in range(1, w + 1):
        for i in range(c, n - (w - c) + 1):
            for a in range(max(c - 1, i - MAX_WRAPPED_LINES), i):
                if best[c - 1][a] == neg:
                    continue
                score = best[c - 1][a] + _cell_score(cols[c - 1], texts, a, i)
                if score > best[c][i]:
                    best[c][i], cut[c][i] = score, a
    if best[w][n] == neg:
        return None
    stretches: list[_Line] = []
    i = n
    for c in range(w, 0, -1):
        a = cut[c][i]
        stretches.insert(0, _Line(body[a].start, body[i - 1].end))
        i = a
    cells = [*lines[:first], *stretches]
    for kind, cell in zip(kinds, cells, strict=True):
        if kind in (*ROLES, "deadline") and not _fits_wrapped(kind, squeeze(cell.text(text))):
            return None
    return cells if len(cells) == width else None


def _cell_score(kind: str | None, texts: list[str], a: int, b: int) -> float:
    """How well lines ``a..b-1`` (their texts) read as one cell of a column of ``kind``."""
    s = "".join(texts[a:b])
    score = 0.0
    if kind in (*ROLES, "deadline"):
        score += 3 if _fits_wrapped(kind, s) else -3
    elif _is_units(s) or _is_time(s):
        score -= 1
    if a > 0 and texts[a] and texts[a - 1]:
        before, here = texts[a - 1][-1], texts[a][0]
        if here in _GOES_ON_CHARS or before in _GOES_ON_AFTER or (before.isdigit() and here.isdigit()):
            score -= 5
    longest = max(len(t) for t in texts[a:b])
    score -= sum(1 for t in texts[a : b - 1] if len(t) < longest)
    return score


def _fits_wrapped(kind: str | None, s: str) -> bool:
    """A time cell reads as a time; a role cell as unit names, the last one maybe wrapped in the
    middle of a list (各县、区人民政府), and with no digit (收站点120个 is the task's last line)."""
    if kind == "deadline":
        return _is_time(s)
    return bool(s) and not any(ch.isdigit() for ch in s) and (looks_like_units(s) or s.endswith(TH.UNIT_SUFFIXES))


def _time_ends(text: str, keep: list[_Line], k: int) -> bool:
    """Does the time cell end with ``keep[k]``: the line is a time, or closes one wrapped from the line
    above (2025年1/2月底前)?"""
    here = squeeze(keep[k].text(text))
    if _is_time(here):
        return True
    above = squeeze(keep[k - 1].text(text))
    return bool(here) and here[0] in _GOES_ON_CHARS + "0123456789" and _is_time(above + here)


def _group_paragraph(text: str, data: _Filled, k: int, expected: int) -> bool:
    """Is ``data[k]`` a group row (一、落实党的路线方针政策方面（3项）: a 一、-style
    number, short, no sentence end) right before the row numbered ``expected``, or 1
    (a 序号 that starts again in every group)?"""
    s = squeeze(data[k].text(text))
    if len(s) > GROUP_LINE_MAX_CHARS or "。" in s or group_marker().match(s) is None or k + 1 >= len(data):
        return False
    m = _SERIAL.match(squeeze(data[k + 1].text(text)))
    return m is not None and int(m.group(1).translate(_FULLWIDTH)) in (expected, 1)


def _width_groups(text: str, data: _Filled, header: _Header) -> list[list[_Line]]:
    """Rows of the header's width, while the role and time cells fit their columns. Where the next
    cells make no such row and the last column is a role or time column, a row ends at the next cell
    that fits it: a row one of whose empty cells was dropped (合计 | 180 | 预期性 | 市发展改革委), or whose
    cell wrapped over two lines (:func:`_align` and :func:`_unwrapped` place its cells)."""
    width = len(header.kinds)
    last_kind = header.kinds[-1]
    groups: list[list[_Line]] = []
    k = 0
    while k < len(data):
        chunk = data.chunk(k, width)
        if [header_key(d.text(text)) for d in chunk] == header.keys:
            k += width
            continue
        if len(chunk) == width and all(
            _fits(kind, d.text(text)) or not squeeze(d.text(text))
            for kind, d in zip(header.kinds, chunk, strict=True)
            if kind in (*ROLES, "deadline")
        ):
            groups.append(chunk)
            k += width
            continue
        if last_kind not in (*ROLES, "deadline"):
            break
        end = None
        for e in range(k, min(len(data), k + 2 * width)):
            s = data[e].text(text)
            if _ends_table(s) or (e > k and [header_key(d.text(text)) for d in data.chunk(e, width)] == header.keys):
                break
            if e > k and _fits(last_kind, s):
                end = e
                break
        if end is None:
            break
        groups.append(data.chunk(k, end - k + 1))
        k = end + 1
    return groups


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


_SECTION_LINE = re_compile(  # (re: anchored, no regex-only feature)
    f"^(?:[{CN_ONE_TO_TEN}]+、|[（(][{CN_ONE_TO_TEN}]+[）)]|第[{CN_ONE_TO_TEN}]+[章节条部分])"
)


def _ends_table(s: str) -> bool:
    """A line after a table's last row that is no cell: a note, an annex, a
    heading of the text that goes on."""
    s = squeeze(s)
    return s.startswith(("注：", "注:", "附件", "备注：")) or len(s) > 200 or _SECTION_LINE.match(s) is not None


# -- one line, a space between cells --------------------------------------


#: a space between two cells of a table a crawler ran into one line
_CELL_GAP = re_compile(r"[ \u3000\u00a0]+")
#: where such a table's header may start: a 序号 column name, then a space
_SPACED_SERIAL = re_compile("(?:" + "|".join(_SERIAL_KEYS) + r")(?=[ \u3000\u00a0])")
#: a header has at most this many columns: its first cells are read before the rest of the line is
_MAX_COLUMNS = 12


def _cells_between(text: str, a: int, b: int, limit: int | None = None) -> list[_Line]:
    """The space-separated cells of ``text[a:b]`` (at most ``limit``), as one-line paragraphs."""
    out: list[_Line] = []
    pos = a
    for m in _CELL_GAP.finditer(text, a, b):
        if m.start() > pos:
            out.append(_Line(pos, m.start()))
            if limit is not None and len(out) == limit:
                return out
        pos = m.end()
    if pos < b:
        out.append(_Line(pos, b))
    return out


def _spaced_table(ctx: Context, lines: list[_Line], i: int) -> tuple[Table | None, int] | None:
    """A table run into one line with a space between its cells (a crawled page:
    ``序号 重点任务 牵头单位 配合单位 完成时限 1 新增… 区民政局 各乡镇（街道） 2024年12月底前 2 …``):
    from its 序号 on, each cell is read as a paragraph of a table flattened one cell per paragraph
    (rows cut at the running numbers, a row's empty cells placed by what the others hold)."""
    text, line = ctx.text, lines[i]
    pos = line.start
    while (m := _SPACED_SERIAL.search(text, pos, line.end)) is not None:
        probe = _cells_between(text, m.start(), line.end, _MAX_COLUMNS + 1)
        head = _paragraph_header(text, probe, 0)
        if head is None or len(head[0]) > _MAX_COLUMNS or _kinds(text, [(h.start, h.end) for h in head[0]]) is None:
            # (on past the cells the probe read as column names: each cell is probed once, linear on a
            # line of 序号 after 序号)
            pos = max(m.end(), head[0][-1].end if head is not None and head[0] else 0)
            continue
        # (a header found: the rest of the line is cut into cells once, whatever comes of it)
        cells = _glued_serials(text, _cells_between(text, m.start(), line.end))
        found = _paragraph_table(ctx, _Paragraphs(text, cells), 0)
        return (found[0] if found is not None else None), i + 1
    return None


def _glued_serials(text: str, cells: list[_Line]) -> list[_Line]:
    """The cells of a table run into one line where nothing separates its rows: the next row's
    number is glued to the cell that ends the row before (完成时限1 企业开办…, …2025年6月30日前2
    工程建设…, 长期坚持5 …); where a cell ends in the number the next row takes and what comes
    before it is a column name or a time, the number is cut off into a cell of its own."""
    out: list[_Line] = []
    expected = 1
    for cell in cells:
        s = cell.text(text).translate(_FULLWIDTH)
        number = str(expected)
        if s == number:
            expected += 1
        elif s.endswith(number) and len(s) > len(number) and not s[-len(number) - 1].isdigit():
            head = s[: -len(number)]
            if classify_header(head)[0] is not None or _is_time(head):
                cut = cell.end - len(number)
                out += [_Line(cell.start, cut), _Line(cut, cell.end)]
                expected += 1
                continue
        out.append(cell)
    return out


# -- the whole table on one line --------------------------------------------

#: two header words side by side (a word's last character, the next one's first): a run of
#: three holds two such joins, a middle word's length apart (a scan 6x cheaper than the run's)
_HEADER_JOIN = regex_compile(f"[{TH.RUN_ON_HEADER_LAST_CHARS}][{TH.RUN_ON_HEADER_FIRST_CHARS}]")


def _may_hold_run_on_header(text: str, start: int, end: int) -> bool:
    joins = [m.start() for m in _HEADER_JOIN.finditer(text, start, end, overlapped=True)]
    for n, a in enumerate(joins):
        for b in joins[n + 1 :]:
            if b - a > TH.RUN_ON_HEADER_LONGEST:
                break
            if b - a >= 2:
                return True
    return False


# compiled on first use (0.5 ms each): few documents write a whole table on one line
@cache
def _run_on_header() -> regex.Pattern[str]:
    return regex_compile(r"(?:" + TH.RUN_ON_HEADER_WORD + r"){3,}")


@cache
def _header_token() -> regex.Pattern[str]:
    return regex_compile(TH.RUN_ON_HEADER_WORD)


@cache
def _row_end() -> regex.Pattern[str]:
    return regex_compile(
        r"(?P<time>" + TH.RUN_ON_TIME_VALUE + r")(?P<units>(?:" + TH.RUN_ON_UNIT_NAME + r"[、，,和及]?)+)"
    )


def _run_on_table(ctx: Context, lines: list[_Line], i: int) -> tuple[Table | None, int] | None:
    text = ctx.text
    line = lines[i]  # (40 characters or more: see _table_at)
    if not _may_hold_run_on_header(text, line.start, line.end):
        return None
    for m in _run_on_header().finditer(text, line.start, line.end):
        a = m.start()
        tokens = [t.span() for t in _header_token().finditer(text, a, m.end())]
        kinds = _kinds(text, tokens)
        if kinds is not None:
            break
    else:
        return None
    try:
        t_col = kinds.index("deadline")
    except ValueError:
        t_col = -1
    role_cols = [c for c, k in enumerate(kinds) if k in ROLES]
    header_names = "/".join(squeeze(text[x:y]) for x, y in tokens)
    if t_col >= 0 and len(role_cols) == 1 and role_cols[0] == t_col - 1 and kinds[0] == "ignore":
        # 序号 … 责任单位 完成时限: rows are cut at their running numbers
        rows = _units_then_time_rows(text, tokens, kinds, role_cols[0], t_col, line.end)
        if rows is not None:
            return Table(span=(a, rows[-1][t_col].span[1]), rows=rows), i + 1
    if t_col < 0 or len(role_cols) != 1 or role_cols[0] != t_col + 1:
        ctx.warn(
            WarningCode.TABLE_NOT_READ,
            f"a table run into one line ({header_names}) could not be rebuilt: its rows have no (时限, 单位) "
            "columns side by side to find them by; no measures were made from it",
            (a, line.end),
        )
        return None, i + 1
    role_col = role_cols[0]
    task_cols = [c for c, k in enumerate(kinds) if k == "task" and c < t_col]
    task_col = task_cols[-1] if task_cols else None
    rows = [[Cell(t) for t in tokens]]
    pos = tokens[-1][1]
    for rm in _row_end().finditer(text, pos, line.end):
        row = [_empty(rm.start()) for _ in kinds]
        if task_col is not None:
            # the task starts at the row's own running number (…领导机制1、建立…)
            own = [
                x.start() for x in _RUNNING_NUMBER.finditer(text, pos, rm.start("time")) if int(x.group(1)) == len(rows)
            ]
            for c in task_cols:  # the heading column is whichever task column ranks best
                row[c] = Cell(strip_span(text, own[-1] if own else pos, rm.start("time")))
        row[t_col] = Cell(rm.span("time"))
        row[role_col] = Cell(rm.span("units"))
        rows.append(row)
        pos = rm.end()
    if len(rows) < 3:
        ctx.warn(
            WarningCode.TABLE_NOT_READ,
            f"a table run into one line ({header_names}) could not be rebuilt; no measures were made from it",
            (a, line.end),
        )
        return None, i + 1
    return Table(span=(a, rows[-1][role_col].span[1]), rows=rows), i + 1


@cache  # (compiled on first use, as _run_on_header)
def _unit_full() -> regex.Pattern[str]:
    return regex_compile(TH.RUN_ON_UNIT_NAME)


_UNIT_START_CHARS = "区市县省各相有"


def _units_at_end(text: str, a: int, b: int) -> int | None:
    """Where a run of unit names that ends at ``b`` begins (names taken from
    the right, each the shortest that reads as one), or None."""
    start = None
    u = b
    while u > a:
        while u > a and text[u - 1] in "、，,":
            u -= 1
        k = next(
            (
                k
                for k in range(u - 2, max(a, u - 17) - 1, -1)
                if text[k] in _UNIT_START_CHARS and _unit_full().fullmatch(text, k, u)
            ),
            None,
        )
        if k is None:
            break
        while k - 1 >= a and text[k - 1] in _UNIT_START_CHARS and _unit_full().fullmatch(text, k - 1, u):
            k -= 1  # 县市场监管局: the level before a name that starts with 市场
        start = u = k
    return start


#: patterns of the run-on rows, compiled once: a row's running number, and a
#: time value that ends a row (the next number, the line's end or a 注 follows)
_RUNNING_NUMBER = regex_compile(r"(?<![0-9０-９])([0-9０-９]+)[、.．]")
_ROW_NUMBER = regex_compile(r"\s*([0-9０-９]+)[、.．]?")


@cache  # compiled on first use
def _time_ends_row() -> regex.Pattern[str]:
    return regex_compile(rf"(?P<time>{TH.RUN_ON_TIME_VALUE})(?=\s*(?P<next>[0-9０-９]+)|\s*$|\s*注)")


def _time_before(text: str, pos: int, end: int, following: int):
    """The first time value in ``text[pos:end]`` followed by the row number
    ``following``, the end, or a 注 (a time value followed by another number
    is part of the task)."""
    while (tm := _time_ends_row().search(text, pos, end)) is not None:
        if tm.group("next") is None or int(tm.group("next")) == following:
            return tm
        pos = tm.start() + 1
    return None


def _units_then_time_rows(text, tokens, kinds, role_col, t_col, end) -> list[list[Cell]] | None:
    """Rows of a run-on table whose units come right before the time
    (序号 任务 责任单位 完成时限): each row starts at its running number and
    ends at a time value followed by the next number (or the line's end)."""
    rows = [[Cell(t) for t in tokens]]
    task_cols = [c for c, k in enumerate(kinds) if k == "task" and c < role_col]
    pos, n = tokens[-1][1], 1
    while True:
        m = _ROW_NUMBER.match(text, pos, end)
        if m is None or int(m.group(1)) != n:
            break
        tm = _time_before(text, m.end(), end, n + 1)
        if tm is None:
            return None
        us = _units_at_end(text, m.end(), tm.start())
        if us is None or us <= m.end():
            return None
        row = [_empty(m.start()) for _ in kinds]
        row[0] = Cell(strip_span(text, m.start(), m.end()))
        for c in task_cols:
            row[c] = Cell(strip_span(text, m.end(), us))
        row[role_col] = Cell((us, tm.start()))
        row[t_col] = Cell(tm.span("time"))
        rows.append(row)
        pos, n = tm.end(), n + 1
    return rows if len(rows) >= 3 else None


def fill_merged(text: str, table: Table, periods: frozenset[int] = frozenset()) -> None:
    """Carry empty role and time cells down in a table read from plain text
    (tabs, Markdown pipes), where a merged cell leaves its later rows empty. The ``periods`` columns
    (一季度 … 四季度 under 完成时限) do not carry: a period's empty cell marks nothing."""
    columns = find_columns(text, table)
    if columns is None:
        return
    width = max(len(r) for r in table.rows)
    kinds = [columns.kinds.get(c) if c not in periods else None for c in range(width)]
    rows = table.rows[columns.first_data_row :]
    for r in rows:
        r += [_empty(r[-1].span[1] if r else table.span[1])] * (width - len(r))
    _carry_down(text, rows, kinds)


def _table_at(ctx: Context, paragraphs: _Paragraphs, i: int) -> tuple[Table | None, int] | None:
    """A table whose header starts at line ``i``. The readers' first tests of the line are made here,
    once, and a reader is called only where they pass (most lines pass none: a call per reader and
    line cost more than the tests)."""
    text, lines = ctx.text, paragraphs.lines
    a, b = lines[i].start, lines[i].end
    # a header of column names separated by a tab or a run of spaces is short
    if b - a <= 200 and _SPACES.search(text, a, b):
        found = _tab_table(text, paragraphs, i)
        if found is not None:
            return found
    if _MAY_BE_COLUMN_NAME.fullmatch(text, a, b):
        in_paragraphs = _paragraph_table(ctx, paragraphs, i)
        if in_paragraphs is not None:
            return in_paragraphs
    if b - a < 40:
        return None
    # a whole table run into one line is long: its cells separated by a space, or by nothing
    return _spaced_table(ctx, lines, i) or _run_on_table(ctx, lines, i)


def find_text_tables(ctx: Context, covered: list[tuple[int, int]]) -> list[Table]:
    """Task tables written as text outside ``covered`` (the tables a reader
    already returned), rebuilt into tables; warnings for those that cannot be."""
    text = ctx.text
    lines = _lines(text)
    paragraphs = _Paragraphs(text, lines)
    inside = SpanCover(covered) if covered else None  # (none: no line is asked)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not _FILLED.search(text, ln.start, ln.end) or (inside is not None and inside.holds(ln.start)):
            i += 1
            continue
        found = _table_at(ctx, paragraphs, i)
        if found is None:
            i += 1
            continue
        table, nxt = found
        if table is not None:
            tables.append(table)
        i = max(nxt, i + 1)
    return tables
