"""Multi-row headers of progress tables: time columns split into periods.

A 工作计划's progress table (进度安排表) often writes its time column as a
header over one sub-column per period, and marks in each row the periods a
task is due in::

    序号 | 工作任务 | 完成时限 (over 4)                 | 责任单位 (over 2)
         |          | 一季度 | 二季度 | 三季度 | 四季度 | 牵头 | 配合
    1    | 摸底     | ✓      |        |        |        | 局城建科 | 各街道办事处
    2    | 方案设计 | 完成60% | ✓     |        |        | …

Other offices write 时间安排 / 进度安排 over months (1月 … 12月, 1-3月) or
years (2025年 | 2026年), a year over quarters in a three-row header
(2025年 over 一季度 … 四季度), halves (上半年 | 下半年), and mark with ✓ √ ● ○ ★,
完成X% or a word (完成, 启动). A period label is a time header
(:func:`header_kind`), so the row of them under 完成时限 is a header row and its
columns are time columns; a row's mark under one is a time limit at the end of
that period (:func:`period_deadlines`): raw and span are the period's header
cell, the date its last day, the year the one written over it, else the
notice's. A cell that says nothing (—, /, ×, 无) marks no period; a mark
written across several periods (a Gantt bar, one merged cell) is due at the end
of its last one.

Nothing is compiled at import: the patterns are built on the first table read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ..compiled import regex_compile
from ..lexicon.table_headers import classify_header
from ..lexicon.time_words import FIRST_HALF, NO_MARKS, PERIOD_LABEL
from ..model import ByDeadline, Deadline
from ..numerals import parse_number
from ..readers import Cell, Table
from ..spans import squeeze
from .context import Context, Region


@cache  # compiled on first use: only a table's header asks
def _period_label() -> regex.Pattern[str]:
    return regex_compile(PERIOD_LABEL)


#: a period header: the year written in it (or None) and the last month it covers (plain tuples, no
#: class made at import)
Period = tuple[int | None, int]


def _month(s: str) -> int | None:
    n = parse_number(s)
    return int(n) if n is not None and n == int(n) and 1 <= n <= 12 else None


def period_label(text: str) -> Period | None:
    """The period a header cell names, or None.

    >>> period_label("一季度"), period_label("第4季度末")
    ((None, 3), (None, 12))
    >>> period_label("2026年"), period_label("2025年下半年"), period_label("1-3月"), period_label("十一月")
    ((2026, 12), (2025, 12), (None, 3), (None, 11))
    >>> period_label("完成时限"), period_label("季度"), period_label("13月")
    (None, None, None)
    """
    key = squeeze(text)
    if not key or len(key) > 12:
        return None
    m = _period_label().match(key)
    if m is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    quarter = m.group("quarter") or m.group("q")
    if quarter:
        q = _month(quarter)
        return (year, q * 3) if q is not None and q <= 4 else None
    if m.group("half"):
        return (year, 6 if m.group("half") == FIRST_HALF else 12)
    if m.group("month"):
        month = _month(m.group("month"))
        first = _month(m.group("from")) if m.group("from") else None
        if month is None or (m.group("from") and (first is None or first > month)):
            return None
        return (year, month)
    return (year, 12) if year is not None else None


def header_kind(text: str) -> tuple[str | None, int]:
    """A header cell's kind (:func:`~notice_parser.lexicon.table_headers.classify_header`); a period
    label (一季度, 6月, 2025年) is a time column.

    >>> header_kind("二季度"), header_kind("牵头"), header_kind("局城建科")
    (('deadline', 0), ('lead', 0), (None, 0))
    """
    kind = classify_header(text)
    if kind[0] is None and period_label(text) is not None:
        return "deadline", 0
    return kind


#: a time column headed by a period: its header cell's span, and the last day of the period
PeriodColumn = tuple[tuple[int, int], str]


def period_columns(ctx: Context, table: Table, first_data_row: int) -> dict[int, PeriodColumn]:
    """The columns of a table's header (rows above ``first_data_row``) headed by a period, with its
    end: the lowest header cell over the column that names a period gives it, a year written in a
    header cell above it (2025年 over 一季度) its year, else the notice's year."""
    out: dict[int, PeriodColumn] = {}
    header = table.rows[:first_data_row]
    width = max((len(row) for row in header), default=0)
    for c in range(width):
        labels = [(row[c].span, p) for row in header if c < len(row) and (p := _cell_period(ctx.text, row[c]))]
        if not labels:
            continue
        span, period = labels[-1]
        year, month = period
        for _, (upper, _) in reversed(labels[:-1]):
            year = upper if year is None else year
        year = year if year is not None else ctx.notice_year
        if year is not None:
            out[c] = (_trimmed(ctx.text, span), _month_end(year, month))
    return out


def _cell_period(text: str, cell: Cell) -> Period | None:
    s, e = cell.span
    return period_label(text[s:e]) if s < e else None


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _month_end(year: int, month: int) -> str:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else _MONTH_DAYS[month - 1]
    return f"{year:04d}-{month:02d}-{days:02d}"


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def period_deadlines(
    ctx: Context, row: list[Cell], periods: dict[int, PeriodColumn], region: Region, found: Sequence[Deadline] = ()
) -> list[Deadline]:
    """The time limits a row marks in its period columns: one at the end of each period whose cell
    holds a mark (✓, ●, 完成60%), of the last period a mark merged across several covers. A cell that
    writes its own time (3月15日前 under 一季度; ``found``: the row's time limits read so far) is due then."""
    out: list[Deadline] = []
    for c, ((s, e), date) in sorted(periods.items()):
        if c >= len(row) or not _marks(ctx.text, row[c]) or _holds_time(row[c], found):
            continue
        if c + 1 < len(row) and c + 1 in periods and row[c + 1].merged and row[c + 1].span == row[c].span:
            continue  # a bar across periods: due at its end
        out.append(ByDeadline(raw=ctx.text[s:e], span=(s, e), section_id=region.section_id, date=date))
    return out


def _holds_time(cell: Cell, found: Sequence[Deadline]) -> bool:
    s, e = cell.span
    return any(s <= d.span[0] and d.span[1] <= e for d in found)


def _marks(text: str, cell: Cell) -> bool:
    s, e = cell.span
    key = squeeze(text[s:e])
    return bool(key) and key not in NO_MARKS
