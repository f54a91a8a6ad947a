"""Spreadsheets: .xlsx (openpyxl), .xls (Excel 97-2003 BIFF8, xlrd) and .csv.

A 任务台账 kept in a spreadsheet is read as the same blocks a .docx of it gives, so the table rules
need nothing of their own (:class:`.BlockWriter` renders them):

* every visible sheet in the workbook's order; hidden sheets, rows and columns are skipped, and so
  are rows and columns left empty;
* a sheet whose rows each hold one cell (a notice typed one paragraph per row in column A, or in
  cells merged across) is paragraphs;
* any other sheet is one table from its header row (the first row that fills at least three
  cells, or every column of a narrower grid) on: the rows above it (the title merged across, the
  填报单位（盖章）：…　填报日期：… line) are paragraphs before the table, and the rows after its last
  row of two or more cells (注：1.… 2.…) paragraphs after it. A merged cell is given once and then as
  merged to the left (a category row merged across, 责任单位 over 牵头单位 | 配合单位) or above (a
  unit merged down over several tasks), as a Word table's gridSpan and vMerge are;
* a cell's text is what Excel shows: a date as its number format writes it (2026年6月30日,
  2026-06-30, 2026/6/30 for the short date, 6月30日), 0.95 under a ``0%`` format as 95%, a
  formula's cached value; in-cell line breaks stay line breaks.

A .csv (Excel on Chinese Windows writes GB18030/GBK without a BOM, CRLF; others UTF-8 with a BOM)
has no merges: its rows are laid out the same way, and its table is marked ``plain`` so that an
empty cell under a merged one carries the value down as in a table typed as text. A research
dataset's CSV (a header ``id,title,pub_date,publisher,doc_no,url,content`` and rows whose content
cell is a whole notice) is a crawler's record (:mod:`.record`): its body is the text, its fields
the header's.

openpyxl and xlrd are imported here only, on the spreadsheet path.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..compiled import re_compile
from ..errors import DocumentTooLarge, EncryptedDocument, ReaderError
from . import ReadOptions, ReadResult, Table
from .blocks import MERGED_ABOVE, MERGED_LEFT, BlockWriter

#: a sheet with more cells than this in its used range is refused (a million rows of formatting)
MAX_CELLS = 2_000_000
#: a header row fills at least this many cells (or every column of a narrower grid), and covers at least 3/5 of
#: the columns the widest row covers
HEADER_MIN_CELLS = 3
HEADER_SHARE_NUM, HEADER_SHARE_DEN = 3, 5
#: between the cells of a row read as a paragraph (填报单位：X　　填报日期：Y)
PARAGRAPH_JOIN = "\u3000\u3000"


# ---------------------------------------------------------------- a cell as Excel shows it

#: built-in number formats that openpyxl does not know: the zh-CN ones (ECMA-376 18.8.30), and the short
#: date and date-time as Chinese Windows shows them
_BUILTIN_DATES = {
    14: "yyyy/m/d",
    22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"',
    28: 'm"月"d"日"',
    29: 'm"月"d"日"',
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"',
    33: 'h"时"mm"分"ss"秒"',
    34: '上午/下午h"时"mm"分"',
    35: '上午/下午h"时"mm"分"ss"秒"',
    36: 'yyyy"年"m"月"',
    50: 'yyyy"年"m"月"',
    51: 'm"月"d"日"',
    52: 'yyyy"年"m"月"',
    53: 'm"月"d"日"',
    54: 'm"月"d"日"',
    55: '上午/下午h"时"mm"分"',
    56: '上午/下午h"时"mm"分"ss"秒"',
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}
#: the system's long date ([$-F800]) and time ([$-F400]) as Chinese Windows writes them
_SYSTEM_FORMATS = {"F800": 'yyyy"年"m"月"d"日"', "F400": "h:mm:ss"}

_SYSTEM = re_compile(r"\[\$-(F800|F400)\][^;]*", re.I)
_BRACKET = re_compile(r"\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]")
_DATE_TOKEN = re_compile(
    r'"[^"]*"|\\.|_.|\*.|yyyy|yy|e|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|aaaa|aaa|hh|h|ss|s|AM/PM|A/P|上午/下午|\.0+|.',
    re.I,
)
_NUMBER_RUN = re_compile(r"[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+")
_WEEKDAYS = "一二三四五六日"
_CN_DIGITS = "〇一二三四五六七八九"


def _sections(fmt: str) -> list[str]:
    """A number format's ;-separated sections (a ; inside quotes is text)."""
    out, part, quoted, k = [], [], False, 0
    while k < len(fmt):
        c = fmt[k]
        if c == '"':
            quoted = not quoted
        elif c == "\\" and not quoted and k + 1 < len(fmt):
            part.append(fmt[k : k + 2])
            k += 2
            continue
        elif c == ";" and not quoted:
            out.append("".join(part))
            part = []
            k += 1
            continue
        part.append(c)
        k += 1
    out.append("".join(part))
    return out


def _cn_number(n: int) -> str:
    """1..99 as a date's [DBNum1] writes a month or day: 六, 十, 三十."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def date_text(value: datetime | date | time, fmt: str) -> str:
    """A date or time as the number format ``fmt`` shows it.

    >>> d = datetime(2026, 6, 30, 14, 5)
    >>> [date_text(d, f) for f in ('yyyy"年"m"月"d"日"', "yyyy-mm-dd", "yyyy/m/d", "m月d日", "[DBNum1]yyyy年m月d日")]
    ['2026年6月30日', '2026-06-30', '2026/6/30', '6月30日', '二〇二六年六月三十日']
    >>> date_text(d, "yyyy/m/d h:mm"), date_text(d, "[$-F800]dddd, mmmm dd, yyyy"), date_text(d, "General")
    ('2026/6/30 14:05', '2026年6月30日', '2026/6/30 14:05')
    """
    system = _SYSTEM.search(fmt)
    if system:
        fmt = _SYSTEM_FORMATS[system.group(1).upper()]
    section = _sections(fmt)[0]
    chinese = "dbnum1" in section.lower() or "dbnum2" in section.lower()
    section = _BRACKET.sub("", section)
    if not section.strip() or section.strip().lower() in ("general", "g/通用格式", "@"):
        section = "yyyy/m/d h:mm" if isinstance(value, datetime) and (value.hour or value.minute) else "yyyy/m/d"
    if isinstance(value, time):
        value = datetime(1899, 12, 31, value.hour, value.minute, value.second)
    elif not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    tokens = [m.group(0) for m in _DATE_TOKEN.finditer(section)]
    twelve = any(t.upper() in ("AM/PM", "A/P", "上午/下午") for t in tokens)
    out: list[str] = []
    for k, tok in enumerate(tokens):
        # (m after h or before s is the minute)
        before = next((t.lower() for t in reversed(tokens[:k]) if t.strip() and t[0].isalpha()), "")
        after = next((t.lower() for t in tokens[k + 1 :] if t.strip() and t[0].isalpha()), "")
        minute = before.startswith("h") or after.startswith("s")
        out.append(_date_token(tok, value, chinese=chinese, twelve=twelve, minute=minute))
    return "".join(out)


def _date_token(tok: str, value: datetime, *, chinese: bool, twelve: bool, minute: bool) -> str:
    """One token of a date format, rendered."""
    low = tok.lower()
    if tok[0] in '"\\_*' or tok.startswith(".0"):
        # a quoted text, an escaped character, a space as wide as a character, a fill, a second's fraction
        return tok[1:-1] if tok[0] == '"' else tok[1] if tok[0] == "\\" else " " if tok[0] == "_" else ""
    if low in ("m", "mm") and minute:
        return f"{value.minute:02d}" if low == "mm" else str(value.minute)
    if low in ("h", "hh"):
        hour = value.hour % 12 or 12 if twelve else value.hour
        return f"{hour:02d}" if low == "hh" else str(hour)
    if low in ("am/pm", "a/p"):
        return ("AM" if value.hour < 12 else "PM")[: 1 if low == "a/p" else 2]
    if tok == "上午/下午":
        return "上午" if value.hour < 12 else "下午"
    fields = {
        "yyyy": "".join(_CN_DIGITS[int(c)] for c in f"{value.year:04d}") if chinese else f"{value.year:04d}",
        "yy": f"{value.year % 100:02d}",
        "m": _cn_number(value.month) if chinese else str(value.month),
        "mm": f"{value.month:02d}",
        "mmm": f"{value.month}月",
        "d": _cn_number(value.day) if chinese else str(value.day),
        "dd": f"{value.day:02d}",
        "ddd": _WEEKDAYS[value.weekday()],
        "dddd": "星期" + _WEEKDAYS[value.weekday()],
        "s": str(value.second),
        "ss": f"{value.second:02d}",
    }
    aliases = {"e": "yyyy", "mmmm": "mmm", "mmmmm": "mmm", "aaa": "ddd", "aaaa": "dddd"}
    return fields.get(aliases.get(low, low), tok)


def _general(value: float) -> str:
    """A number in the General format: an integer as one, else at most ten significant digits."""
    if value == int(value) and abs(value) < 1e11:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        return f"{float(mantissa):.5g}E{int(exp):+03d}"
    return text


def _format_pieces(section: str) -> list[tuple[bool, str]]:
    """A number format's section as (literal, text) pieces: "…" and \\x stay as written, _x pads a space, *x fills
    nothing; every other character is a piece of the format's code."""
    pieces: list[tuple[bool, str]] = []
    k = 0
    while k < len(section):
        c = section[k]
        if c == '"':
            end = section.find('"', k + 1)
            end = len(section) if end < 0 else end
            pieces.append((True, section[k + 1 : end]))
            k = end + 1
        elif c in "\\_*" and k + 1 < len(section):
            pieces.append((True, section[k + 1] if c == "\\" else " " if c == "_" else ""))
            k += 2
        else:
            pieces.append((False, c))
            k += 1
    return pieces


def _half_up(value: float, places: int) -> Decimal:
    """``value`` rounded as Excel shows it: to 15 significant digits first (0.945 * 100 is 94.5, not
    94.49999999999999), then half away from zero (94.5% under 0% shows 95%, not the even 94%)."""
    return Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number_text(value: float, fmt: str) -> str:
    """A number as the number format ``fmt`` shows it.

    >>> [number_text(0.95, f) for f in ("0%", "0.0%", "General", "0.00")]
    ['95%', '95.0%', '0.95', '0.95']
    >>> number_text(12000, "#,##0"), number_text(3, '0"个"'), number_text(2.5, '0.0"万元"'), number_text(-4, "0;(0)")
    ('12,000', '3个', '2.5万元', '(4)')
    """
    sections = _sections(fmt)
    section = sections[0]
    if value < 0 and len(sections) > 1:
        section, value = sections[1], -value
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    section = _BRACKET.sub("", section)
    if section.strip().lower() in ("", "general", "g/通用格式", "@"):
        return _general(value)
    pieces = _format_pieces(section)
    code = "".join(t if not lit else "\x00" for lit, t in pieces)
    if "E+" in code.upper() or "/" in code:
        return _general(value)
    if "%" in code:
        value *= 100
    run = _NUMBER_RUN.search(code)
    if run is None:
        return "".join(t for _, t in pieces).replace("%", "%")
    spec = run.group(0)
    integer, _, decimals = spec.partition(".")
    places = sum(1 for c in decimals if c in "0#?")
    rendered = f"{_half_up(abs(value), places):{',' if ',' in integer else ''}.{places}f}"
    if decimals and "0" not in decimals:  # #.## drops trailing zeros
        rendered = rendered.rstrip("0").rstrip(".")
    if "0" not in integer and rendered.startswith("0"):
        rendered = rendered[1:]
    if value < 0:
        rendered = "-" + rendered
    out: list[str] = []
    pos = 0
    for lit, t in pieces:
        if lit:
            out.append(t)
        elif run.start() <= pos < run.end():
            if pos == run.start():
                out.append(rendered)
        else:
            out.append(t)
        pos += 1
    return "".join(out)


def cell_text(value: Any, fmt: str | None) -> str:
    """What a cell shows: text as typed (its line breaks as ``\\n``), a number or date by its format."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return _cell_string(value)
    if isinstance(value, (datetime, date, time)):
        return date_text(value, fmt or "General")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, (int, float)):
        return number_text(float(value), fmt or "General")
    return _cell_string(str(value))


_ESCAPED = re_compile(r"_x([0-9A-Fa-f]{4})_")


def _cell_string(value: str) -> str:
    """A string cell's text: OOXML's _xHHHH_ escapes (_x000D_ before a line break) decoded, line breaks as ``\\n``,
    blanks at the edges off."""
    if "_x" in value:
        value = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "\n".join(line.strip() for line in value.strip().split("\n"))


# ---------------------------------------------------------------- a sheet as blocks


@dataclass
class Grid:
    """A sheet's visible cells: ``values[r][c]`` is a cell's text, None under a merge (``merges`` maps it
    to the merge's first cell)."""

    values: list[list[str | None]]
    anchors: dict[tuple[int, int], tuple[int, int]]


def _layout(grid: Grid) -> list[list[Any]]:
    """The grid as BlockWriter rows: text, MERGED_LEFT or MERGED_ABOVE; empty rows and columns off. A merge
    whose first cell is empty is no merge (empty cells)."""
    rows: list[list[Any]] = []
    for r, row in enumerate(grid.values):
        out: list[Any] = []
        for c, v in enumerate(row):
            if v is not None:
                out.append(v)
                continue
            ar, ac = grid.anchors[(r, c)]
            if not grid.values[ar][ac]:
                out.append("")
            elif ar == r:
                out.append(MERGED_LEFT)
            elif ac == c:
                out.append(MERGED_ABOVE)
            else:
                out.append(MERGED_LEFT)
        rows.append(out)
    width = max((len(r) for r in rows), default=0)
    keep = [c for c in range(width) if any((isinstance(x[c], str) and x[c]) or x[c] is MERGED_ABOVE for x in rows)]
    rows = [[x[c] for c in keep] for x in rows]
    # a first kept column must not continue a dropped one
    for x in rows:
        if x and x[0] is MERGED_LEFT:
            x[0] = ""
    return [x for x in rows if any(isinstance(v, str) and v for v in x)]


def _filled(row: list[Any]) -> int:
    """The cells a row fills: its own texts and the merges that carry down into it."""
    return sum(1 for v in row if (isinstance(v, str) and v) or v is MERGED_ABOVE)


def _joined(row: list[Any]) -> str:
    """A row's cells as one paragraph; a label (填报日期：) runs on into the cell after it."""
    out = ""
    for v in row:
        if isinstance(v, str) and v:
            out += (PARAGRAPH_JOIN if out and not out.endswith(("：", ":")) else "") + v
    return out


def _covered(row: list[Any]) -> int:
    """The columns a row's cells cover: its own texts, the merges that carry down into it and across it."""
    return sum(1 for v in row if (isinstance(v, str) and v) or v is MERGED_ABOVE or v is MERGED_LEFT)


#: a cell that is a form's field, label and value in one (填报单位（盖章）：某县…, 填报日期：2026/11/30), not a column name
_FORM_FIELD = re_compile(r"[^：:\n]{1,12}[：:]\s*\S")


def _form_line(row: list[Any]) -> bool:
    first = next((v for v in row if isinstance(v, str) and v), "")
    return _FORM_FIELD.match(first) is not None


def write_sheet(writer: BlockWriter, rows: list[list[Any]], *, plain: bool = False) -> None:
    """One sheet's rows as paragraphs and a table (the module's docstring says which)."""
    if not rows:
        return
    filled = [_filled(r) for r in rows]
    covered = [_covered(r) for r in rows]
    most = max(covered)
    need = max(2, min(HEADER_MIN_CELLS, len(rows[0])))
    # the header row: cells of its own across most of the columns the widest row covers, and no form field
    # (the title merged across and the 填报单位（盖章）：…　填报日期：… line above it are not)
    head = next(
        (
            k
            for k, r in enumerate(rows)
            if filled[k] >= need and covered[k] * HEADER_SHARE_DEN >= most * HEADER_SHARE_NUM and not _form_line(r)
        ),
        None,
    )
    multi = [k for k, n in enumerate(filled) if n >= 2 and not _form_line(rows[k])]
    if head is None or not multi:
        for r in rows:
            writer.paragraph(_joined(r))
        return
    last = multi[-1]
    for r in rows[:head]:
        writer.paragraph(_joined(r))
    body = [list(r) for r in rows[head : last + 1]]
    for c in range(len(body[0])):  # a merge that began above the table is none inside it
        for r in body:
            if r[c] is not MERGED_ABOVE:
                break
            r[c] = ""
    writer.table(body)
    if plain:
        writer.tables[-1].plain = True
    for r in rows[last + 1 :]:
        writer.paragraph(_joined(r))


def table_rows(text: str, table: Table) -> list[list[Any]]:
    """A reader's table as :func:`write_sheet` takes its rows: a merged position as MERGED_LEFT (the cell to its
    left carries it) or MERGED_ABOVE; empty rows and columns off.

    >>> w = BlockWriter()
    >>> w.table([["一、组织领导", MERGED_LEFT], ["序号", "任务"], ["1", "加强"], [MERGED_ABOVE, "领导"]])
    >>> table_rows(w.text(), w.tables[0])
    [['一、组织领导', MERGED_LEFT], ['序号', '任务'], ['1', '加强'], [None, '领导']]
    """
    values: list[list[str | None]] = []
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(table.rows):
        out: list[str | None] = []
        for c, cell in enumerate(row):
            if cell.merged and c and row[c - 1].span == cell.span:
                out.append(None)
                anchors[(r, c)] = anchors.get((r, c - 1), (r, c - 1))
            elif cell.merged and r and c < len(table.rows[r - 1]) and table.rows[r - 1][c].span == cell.span:
                out.append(None)
                anchors[(r, c)] = anchors.get((r - 1, c), (r - 1, c))
            else:
                out.append(_cell_string(text[slice(*cell.span)]))
        values.append(out)
    width = max((len(v) for v in values), default=0)
    for v in values:
        v += [""] * (width - len(v))
    return _layout(Grid(values, anchors))


def _result(writer: BlockWriter, fmt: str, options: ReadOptions, encoding: str | None = None) -> ReadResult:
    text = writer.text()
    if not text.strip():
        raise ReaderError(f"empty {fmt}: no visible sheet holds any text", name=options.name)
    return ReadResult(text=text, format=fmt, encoding=encoding, tables=writer.tables)  # type: ignore[arg-type]


def _grid(nrows: int, ncols: int, value, visible_rows: list[int], visible_cols: list[int], merges) -> Grid:
    """The visible part of a sheet: ``value(r, c)`` gives a cell's text, ``merges`` the (first row, last row,
    first column, last column) of every merged range (0-based, inclusive)."""
    if len(visible_rows) * len(visible_cols) > MAX_CELLS:
        raise DocumentTooLarge(
            f"sheet too large: {len(visible_rows)} rows x {len(visible_cols)} columns, the limit is {MAX_CELLS} cells"
        )
    row_at = {r: k for k, r in enumerate(visible_rows)}
    col_at = {c: k for k, c in enumerate(visible_cols)}
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    carriers: dict[tuple[int, int], tuple[int, int]] = {}  # the first visible cell of a merge -> its first cell
    for r0, r1, c0, c1 in merges:
        rs = [row_at[r] for r in range(r0, min(r1, nrows - 1) + 1) if r in row_at]
        cs = [col_at[c] for c in range(c0, min(c1, ncols - 1) + 1) if c in col_at]
        if not rs or not cs:
            continue
        carriers[(rs[0], cs[0])] = (r0, c0)
        for r in rs:
            for c in cs:
                if (r, c) != (rs[0], cs[0]):
                    covered[(r, c)] = (rs[0], cs[0])
    values: list[list[str | None]] = []
    for vr, r in enumerate(visible_rows):
        row: list[str | None] = []
        for vc, c in enumerate(visible_cols):
            if (vr, vc) in covered:
                row.append(None)
            else:
                src = carriers.get((vr, vc), (r, c))
                row.append(value(*src))
        values.append(row)
    return Grid(values, covered)


# ---------------------------------------------------------------- .xlsx


def _has_workbook(infos: list[zipfile.ZipInfo]) -> bool:
    return any(i.filename == "xl/workbook.xml" for i in infos)


def read_xlsx(data: bytes, options: ReadOptions) -> ReadResult:
    from .zipguard import check_zip  # (the .docx reader's: sizes, ratio, encryption, DTDs, read in chunks)

    check_zip(data, options, label=".xlsx", has_main=_has_workbook, main="xl/workbook.xml")
    import openpyxl
    from openpyxl.utils.datetime import from_excel
    from openpyxl.worksheet.worksheet import Worksheet

    try:
        with warnings.catch_warnings():  # (a sheet's data validation, conditional formats, a WPS extension: no text)
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:
        raise ReaderError(f"not a readable .xlsx: {type(exc).__name__}: {exc}"[:300], name=options.name) from None
    writer = BlockWriter()
    for ws in wb.worksheets:
        if not isinstance(ws, Worksheet) or ws.sheet_state != "visible":
            continue
        cells = ws._cells  # (row, column) -> cell, only the cells the file holds
        filled = [k for k, cell in cells.items() if cell.value is not None and cell.value != ""]
        if not filled:
            continue
        nrows = max(r for r, _ in filled)
        ncols = max(c for _, c in filled)
        hidden_cols: set[int] = set()
        for dim in ws.column_dimensions.values():
            if dim.hidden and dim.min and dim.max:
                hidden_cols.update(range(dim.min, min(dim.max, ncols) + 1))
        rows = [r for r in range(1, nrows + 1) if not (r in ws.row_dimensions and ws.row_dimensions[r].hidden)]
        cols = [c for c in range(1, ncols + 1) if c not in hidden_cols]

        def value(r: int, c: int, cells=cells) -> str:
            cell = cells.get((r + 1, c + 1))
            if cell is None or cell.value is None:
                return ""
            v = cell.value
            fmt = cell.number_format
            fmt_id = getattr(cell._style, "numFmtId", 0) if cell.has_style else 0
            if fmt_id in _BUILTIN_DATES:
                fmt = _BUILTIN_DATES[fmt_id]
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    v = from_excel(v, epoch=wb.epoch)
            return cell_text(v, fmt)

        if not writer.parts and _own_ledger([value(0, c) for c in range(min(ncols, 20))]):
            raise _refuse_own(options)
        merges = [(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
        grid = _grid(nrows, ncols, value, [r - 1 for r in rows], [c - 1 for c in cols], merges)
        write_sheet(writer, _layout(grid))
    return _result(writer, "xlsx", options)


# ---------------------------------------------------------------- .xls


def read_xls(data: bytes, options: ReadOptions) -> ReadResult:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    except Exception as exc:
        message = str(exc)
        if "encrypt" in message.lower() or "password" in message.lower():
            raise EncryptedDocument("encrypted: the .xls needs a password", name=options.name) from None
        raise ReaderError(f"not a readable .xls: {message}"[:300], name=options.name) from None
    writer = BlockWriter()
    for sheet in book.sheets():
        if sheet.visibility != 0 or not sheet.nrows or not sheet.ncols:
            continue
        rows = [r for r in range(sheet.nrows) if not (r in sheet.rowinfo_map and sheet.rowinfo_map[r].hidden)]
        cols = [c for c in range(sheet.ncols) if not (c in sheet.colinfo_map and sheet.colinfo_map[c].hidden)]

        def value(r: int, c: int, sheet=sheet) -> str:
            if r >= sheet.nrows or c >= sheet.row_len(r):
                return ""
            cell = sheet.cell(r, c)
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                return ""
            xf = (
                book.xf_list[cell.xf_index] if cell.xf_index is not None and cell.xf_index < len(book.xf_list) else None
            )
            fmt_key = xf.format_key if xf is not None else 0
            fmt = _BUILTIN_DATES.get(fmt_key) or (
                book.format_map[fmt_key].format_str if fmt_key in book.format_map else ""
            )
            if cell.ctype == xlrd.XL_CELL_DATE or (fmt_key in _BUILTIN_DATES and cell.ctype == xlrd.XL_CELL_NUMBER):
                try:
                    return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode), fmt)
                except Exception:
                    return _general(cell.value)
            if cell.ctype == xlrd.XL_CELL_BOOLEAN:
                return cell_text(bool(cell.value), fmt)
            if cell.ctype == xlrd.XL_CELL_ERROR:
                return xlrd.error_text_from_code.get(cell.value, "")
            return cell_text(cell.value, fmt)

        merges = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
        grid = _grid(sheet.nrows, sheet.ncols, value, rows, cols, merges)
        write_sheet(writer, _layout(grid))
    return _result(writer, "xls", options)


# ---------------------------------------------------------------- .csv

_DELIMITERS = (",", "\t", ";")


def _delimiter(text: str) -> str:
    """The delimiter the first lines use most (outside quotes): a comma, a tab or a semicolon."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    lines = 0
    for ch in text[:20000]:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in counts:
                counts[ch] += 1
            elif ch == "\n":
                lines += 1
                if lines >= 30:
                    break
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_rows(text: str) -> list[list[str]]:
    """The rows of a CSV text (quoted cells may hold delimiters, quotes and line breaks)."""
    import csv

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    return [list(row) for row in reader]


#: a dataset's own fields, beside a record's (lexicon.records): a row's address or key (a 台账's header has none)
_DATASET_FIELDS = frozenset(("url", "link", "href", "id", "docid", "source", "来源", "链接", "网址", "原文链接"))


def _dataset_record(rows: list[list[str]]):
    """A research dataset's rows as a crawler's record: a header of field names with a body field (content, 正文 …)
    and a title, date or 文号 field or a row's address or key (url, id), and a body cell that is a whole notice. None
    for anything else."""
    from .record import BODY_FIELDS, MIN_BODY_CJK, MIN_UNNAMED_CJK, Record, _cjk, _key, record_fields

    if len(rows) < 2:
        return None
    header = [_key(h.strip().lstrip("\ufeff")) for h in rows[0]]
    body_cols = [k for k, h in enumerate(header) if h in BODY_FIELDS]
    if not body_cols or not (record_fields(header) or _DATASET_FIELDS.intersection(header)) or _ledger_header(rows[0]):
        return None
    best: tuple[int, int, int] | None = None  # (CJK count, row, column)
    holders = 0
    for r, row in enumerate(rows[1:], start=1):
        counts = [(_cjk(row[c]), c) for c in body_cols if c < len(row)]
        if not counts:
            continue
        n, c = max(counts)
        if n >= MIN_BODY_CJK:
            holders += 1
            if best is None or n > best[0]:
                best = (n, r, c)
    if best is None or best[0] < MIN_UNNAMED_CJK:  # a whole notice, not a 台账's 内容 cell
        return None
    _, r, c = best
    row = rows[r]
    fields = record_fields(header, row)
    return Record(row[c], fields, count=holders)


#: what a column that gives each row's time limit says (办理时限, 完成时间, 截止日期, 办结期限): a dataset's own dates
#: (发布日期, 成文日期, 施行日期, 更新时间, 采集时间) say none of it
_DUE_WORDS = ("时限", "完成时间", "截止", "办结")


def _ledger_header(cells: list[str]) -> bool:
    """A 台账's header, whatever other fields it has (a 督办 system's export: 序号,标题,内容,承办单位,配合单位,办理时限):
    a column of units in a role (牵头单位, 承办单位, 配合单位, 责任单位) or of time limits. Its rows are tasks, its 内容
    a task's text, not a dataset's record of a whole notice."""
    from ..lexicon.table_headers import classify_header

    for cell in cells:
        kind = classify_header(cell.lstrip("\ufeff"))[0]
        if kind in ("lead", "responsible", "supporting") or (kind == "deadline" and any(w in cell for w in _DUE_WORDS)):
            return True
    return False


def read_csv(data: bytes, options: ReadOptions) -> ReadResult:
    from .text import decode, normalise_newlines

    text, encoding, warnings = decode(data, encoding=options.encoding, name=options.name)
    text = normalise_newlines(text.lstrip("\ufeff"))
    rows = csv_rows(text)
    if rows and _own_ledger(rows[0]):
        raise _refuse_own(options)
    record = _dataset_record(rows)
    if record is not None:
        from .record import read_record

        result = read_record(record, options, fmt="csv", encoding=encoding)
        result.warnings[:0] = warnings
        return result
    width = max((len(r) for r in rows), default=0)
    values: list[list[str | None]] = []
    for r in rows:
        values.append([*(_cell_string(v) for v in r), *[""] * (width - len(r))])
    grid = Grid(values, {})
    writer = BlockWriter()
    write_sheet(writer, _layout(grid), plain=True)
    result = _result(writer, "csv", options, encoding)
    result.warnings[:0] = warnings
    return result


# ---------------------------------------------------------------- parse-notice's own ledger

#: the first columns of every table parse-notice's --to csv / --to xlsx writes (export.tables), and a later one
_OWN_HEADER = ("文件", "编号")
_OWN_COLUMN = "所属章节"
#: sheets of the workbook parse-notice's --to xlsx writes (export.tables)
_OWN_SHEETS = frozenset({"任务清单", "责任分解", "单位汇总"})
_SHEET_NAME = re_compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"")
#: how much of a found workbook's xl/workbook.xml is read for its sheets' names (they come first)
_OWN_HEAD = 65536


def _own_ledger(first_row: list[str]) -> bool:
    cells = [c.strip().lstrip("\ufeff") for c in first_row]
    return tuple(cells[:2]) == _OWN_HEADER and _OWN_COLUMN in cells


def _refuse_own(options: ReadOptions) -> ReaderError:
    return ReaderError("this is parse-notice's own output (a ledger), not a document", name=options.name)


def own_output_file(path: str) -> bool:
    """Whether a .csv or .xlsx found in a directory is a ledger parse-notice wrote (--to csv / --to xlsx):
    a directory parsed into itself never reads its outputs as inputs."""
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
        if head[:4] == b"PK\x03\x04":
            from . import DEFAULT_MAX_BYTES
            from .zipguard import bomb, read_head

            with zipfile.ZipFile(path) as zf:
                if bomb(zf.infolist(), DEFAULT_MAX_BYTES, ".xlsx") is not None:
                    return False  # (the reader refuses it, and says why)
                workbook = read_head(zf, "xl/workbook.xml", _OWN_HEAD)
            return _OWN_SHEETS <= {m.decode("utf-8", "replace") for m in _SHEET_NAME.findall(workbook)}
        from .text import decode

        text = decode(head[:4096])[0]
        return _own_ledger(text.split("\n", 1)[0].rstrip("\r").split(","))
    except Exception:
        return False


# ---------------------------------------------------------------- entry


def read(data: bytes, options: ReadOptions) -> ReadResult:
    """A spreadsheet, by its bytes: a zip is .xlsx, an OLE2 compound file .xls, anything else .csv."""
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data, options)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return read_xls(data, options)
    return read_csv(data, options)
