"""The 台账 workbook, written with XlsxWriter.

Sheets 任务清单, 责任分解, 时限, 目标 and 单位汇总 (see :mod:`.tables`): Chinese
headers, the header row frozen, an auto-filter over every column, fixed
widths per column, long text wrapped, dates as real Excel dates
(``yyyy-mm-dd``). Strings are written as strings: a cell that starts with
``=`` or looks like a number or a URL stays text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO

import xlsxwriter

from ..model import NoticeDocument
from .tables import Table, workbook_tables

MAX_CELL = 32767  # Excel's limit on the characters of one cell
LINE_HEIGHT = 15  # points per line of the default 11-point font
MAX_LINES = 8  # a row shows at most this many lines; the cell keeps the whole text
_CUT = "…（截断）"


def _cell_text(value: str) -> str:
    if len(value) <= MAX_CELL:
        return value
    return value[: MAX_CELL - len(_CUT)] + _CUT


def _width(text: str) -> int:
    """Display width: a CJK or full-width character takes two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _lines(table: Table, row: list) -> int:
    """How many lines the row's wrapped cells need at their column widths
    (neither Excel nor LibreOffice sizes rows of a generated file by itself),
    at most MAX_LINES."""
    need = 1
    for col, value in zip(table.columns, row, strict=True):
        if col.kind != "wrap" or not value:
            continue
        per_line = max(int(col.width) - 1, 1)
        n = sum(max(1, -(-_width(part) // per_line)) for part in str(value).split("\n"))
        need = max(need, n)
        if need >= MAX_LINES:
            return MAX_LINES
    return need


def write(docs: list[NoticeDocument], out: Path | IO[str]) -> None:
    if not isinstance(out, Path):
        raise TypeError("an xlsx workbook is written to a file")
    wb = xlsxwriter.Workbook(
        str(out),
        {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
    )
    try:
        formats = {
            "header": wb.add_format(
                {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter"}
            ),
            "text": wb.add_format({"valign": "top"}),
            "wrap": wb.add_format({"valign": "top", "text_wrap": True}),
            "date": wb.add_format({"valign": "top", "num_format": "yyyy-mm-dd"}),
            "int": wb.add_format({"valign": "top", "num_format": "0"}),
            "num": wb.add_format({"valign": "top"}),
        }
        for table in workbook_tables(docs):
            _sheet(wb, table, formats)
    finally:
        wb.close()


def _sheet(wb, table: Table, formats: dict) -> None:
    ws = wb.add_worksheet(table.sheet)
    for c, col in enumerate(table.columns):
        ws.set_column(c, c, col.width, formats["wrap" if col.kind == "wrap" else "text"])
        ws.write_string(0, c, col.header, formats["header"])
    for r, row in enumerate(table.rows, start=1):
        lines = _lines(table, row)
        if lines > 1:
            ws.set_row(r, lines * LINE_HEIGHT)
        for c, (col, value) in enumerate(zip(table.columns, row, strict=True)):
            if value is None or value == "":
                continue
            fmt = formats[col.kind]
            if col.kind == "date":
                ws.write_datetime(r, c, dt.date.fromisoformat(value), fmt)
            elif col.kind in ("int", "num") and isinstance(value, (int, float)):
                ws.write_number(r, c, value, fmt)
            else:
                ws.write_string(r, c, _cell_text(str(value)), fmt)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)
