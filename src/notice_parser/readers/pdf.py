"""PDF with a text layer, read with pypdfium2 (PDFium, the engine of Chrome).

Text comes from the characters and their boxes, not from the PDF's own text
order: characters are grouped into lines by their vertical position and
ordered left to right, so glyphs drawn out of order (quotation marks in
many Chinese fonts) land where they are seen. Then:

* page numbers (``— 3 —``, ``- 3 -``, ``第3页 共9页``, ``3/9``) and running
  headers or footers (a line repeated at the top or bottom of most pages) are
  dropped;
* lines are joined into paragraphs: a line that runs to the right margin
  continues on the next line (also across a page break) unless the next line
  is indented;
* a table drawn with ruling lines becomes a :class:`Table` (rows and cells
  from the grid of horizontal and vertical rules).

A PDF without any text (a scan) is refused: OCR is not supported.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..compiled import regex_compile
from ..errors import EncryptedDocument, ReaderError
from ..lexicon.formats import PDF_NO_LINE_END, PDF_NO_LINE_START, PDF_PAGE_NUMBER, PDF_TITLE_ENDS
from ..lexicon.markers import MARKER_STYLES
from . import ReadOptions, ReadResult
from .blocks import MERGED_LEFT, BlockWriter

MAX_PAGES = 3000
MAX_CHARS = 5_000_000
_PAGE_NUMBER = regex_compile(PDF_PAGE_NUMBER)
_DIGITS = regex_compile(r"\d+")
_URL_START = regex_compile(r"(?i)(?:https?://|www\.)")
_URL_END = regex_compile(r"(?i)(?:https?://|www\.)[!-~]*$")
_PARAGRAPH_ENDS = "。；;：:！？!?）)」』”"
_MARKER_START = regex_compile("|".join(f"(?:{pattern})" for _, pattern, _ in MARKER_STYLES).replace("?P<num>", ""))


@dataclass
class _Line:
    top: float
    bottom: float
    left: float
    right: float
    size: float
    text: str
    page: int
    # (left, right, character), the character with the blank the text layer writes before it inside the line
    cells: list[tuple[float, float, str]] = field(default_factory=list)


@dataclass
class _Page:
    width: float
    height: float
    lines: list[_Line]
    grids: list[_Grid]


def _open(data: bytes, options: ReadOptions):
    import pypdfium2 as pdfium

    if b"%%EOF" not in data[-4096:]:
        raise ReaderError("not a valid PDF: the file is truncated (no end-of-file marker)", name=options.name)
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocument("encrypted: a password is needed", name=options.name) from None
        raise ReaderError(f"not a valid PDF: {exc}".splitlines()[0], name=options.name) from None


#: the blanks of a text layer between words on a line (a cell's units set apart: 化工园区办事处 科技创新局), not
#: its line ends
_LINE_BLANKS = " \u00a0\u3000"
#: what :func:`_chars` says came before a character in the text layer: a blank on the line, or a blank the
#: document wrote at the end of the line before (a cell's text wrapped at it: 综合执法局 ⏎区属国有企业)
_BLANK, _WRAP_BLANK = " ", "\n"
#: a gap between two characters, as a share of their size, that is a blank's (a word gap, not the loose
#: boxes of two glyphs that touch)
_BLANK_GAP = 0.15


def _chars(textpage):
    """The page's characters with their boxes, each with what came before it in the text layer (``_BLANK``,
    ``_WRAP_BLANK`` or "") and its order among them."""
    n = textpage.count_chars()
    full = textpage.get_text_range(0, n) if n else ""
    same = len(full) == n
    blank, written, order = "", False, 0
    for i in range(n):
        ch = full[i] if same else textpage.get_text_range(i, 1)
        if not ch or ch.isspace():
            if ch in _LINE_BLANKS:
                blank = _BLANK
                written = written or not _generated(textpage, i)
            else:  # a line end
                blank = _WRAP_BLANK if blank and written else ""
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if right < left or top < bottom:
            continue
        yield ch, left, bottom, right, top, blank, order
        blank, written, order = "", False, order + 1


def _generated(textpage, i: int) -> bool:
    """Did PDFium make up the blank at ``i`` (from a gap between characters: not the document's)?"""
    import pypdfium2.raw as pdfium_c

    return bool(pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1)


def _cell_chars(g: list[tuple[Any, ...]]) -> list[tuple[float, float, str]]:
    """A line's characters (ordered left to right) as (left, right, text), the text with a blank before
    it where the text layer has one between it and the character to its left: the one just before it in
    the layer too (not a quotation mark drawn out of order, or a line above), with a gap between them, and
    neither a digit or Latin letter (PDFium makes up blanks between a number's narrow glyphs: 2025 年). A
    character keeps a blank written at the end of the layer's line before it: where a cell's text wraps at
    it, the wrap closes up with the blank (:func:`_cell_text`)."""
    out = []
    for k, c in enumerate(g):
        blank = ""
        if len(c) < 7:
            pass  # (no text layer to say)
        elif c[5] == _WRAP_BLANK:
            blank = _WRAP_BLANK
        elif k and c[5] and g[k - 1][6] == c[6] - 1 and c[1] - g[k - 1][3] > _BLANK_GAP * (c[4] - c[2]):
            before, after = g[k - 1][0], c[0]
            if not ((before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())):
                blank = " "
        out.append((c[1], c[3], blank + c[0]))
    return out


def _lines(chars: Sequence[tuple[Any, ...]], page: int) -> list[_Line]:
    """Group characters into lines (top to bottom), each ordered left to right. A character is (text,
    left, bottom, right, top), and from a PDF's text layer also what came before it and its order
    (:func:`_chars`; an OFD's characters come without)."""
    if not chars:
        return []
    heights = [c[4] - c[2] for c in chars]
    tol = max(1.0, statistics.median(heights) * 0.45)
    ordered = sorted(chars, key=lambda c: -(c[2] + c[4]) / 2)
    groups: list[list] = []
    # the line's centre: the mean of its characters' centres weighted by their heights, not the first
    # (highest) one's: a quotation mark or a superscript sits high, and a full stop or a Latin p after
    # it fell out of the line (1.提升… read as 1提升… and a line of its own, .)
    centre, weight, moment = None, 0.0, 0.0
    for c in ordered:
        mid = (c[2] + c[4]) / 2
        height = max(c[4] - c[2], 0.1)
        if centre is not None and abs(centre - mid) <= tol:
            groups[-1].append(c)
            weight, moment = weight + height, moment + height * mid
        else:
            groups.append([c])
            weight, moment = height, height * mid
        centre = moment / weight
    out = []
    for g in groups:
        g.sort(key=lambda c: c[1])
        size = statistics.median([c[4] - c[2] for c in g])
        parts = [g[0][0]]
        for prev, cur in itertools.pairwise(g):
            if cur[1] - prev[3] > size * 0.6:
                parts.append(" ")
            parts.append(cur[0])
        out.append(
            _Line(
                top=max(c[4] for c in g),
                bottom=min(c[2] for c in g),
                left=g[0][1],
                right=max(c[3] for c in g),
                size=size,
                text="".join(parts),
                page=page,
                cells=_cell_chars(g),
            )
        )
    return out


@dataclass
class _Grid:
    xs: list[float]  # column rules, left to right
    ys: list[float]  # row rules, top to bottom
    horizontal: list[tuple[float, float, float]]  # (y, left, right) of every horizontal rule
    vertical: list[tuple[float, float, float]] = field(default_factory=list)  # (x, bottom, top)

    def covers(self, y: float, x: float) -> bool:
        """Is there a rule at height ``y`` across ``x`` (else the cells above and below are merged)?"""
        return any(abs(hy - y) <= 2.0 and hl - 1 <= x <= hr + 1 for hy, hl, hr in self.horizontal)

    def divides(self, x: float, y: float) -> bool:
        """Is there a rule at ``x`` down through height ``y`` (else the cells left and right are merged)?
        A grid read without its vertical rules divides everywhere."""
        return not self.vertical or any(abs(vx - x) <= 2.0 and vb - 1 <= y <= vt + 1 for vx, vb, vt in self.vertical)


def _grids(page) -> list[_Grid]:
    """A ruled table: thin path objects clustered into column and row rules."""
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    try:
        objects = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2))
    except Exception:  # a damaged content stream: no grid
        return []
    for obj in objects[:20000]:
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if h <= 2.5 and w > 8:
            horizontal.append(((top + bottom) / 2, left, right))
        elif w <= 2.5 and h > 8:
            vertical.append(((left + right) / 2, bottom, top))
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    xs = _cluster([v[0] for v in vertical])
    ys = sorted(_cluster([h[0] for h in horizontal]), reverse=True)
    if len(xs) < 3 or len(ys) < 3:  # at least two columns and two rows
        return []
    return [_Grid(xs, ys, horizontal, vertical)]


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _read_pages(pdf, options: ReadOptions) -> list[_Page]:
    if len(pdf) > MAX_PAGES:
        raise ReaderError(f"too many pages: {len(pdf)}, the limit is {MAX_PAGES}", name=options.name)
    pages = []
    total = 0
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        chars = list(_chars(textpage))
        total += len(chars)
        if total > MAX_CHARS:
            raise ReaderError(f"too much text: over {MAX_CHARS} characters", name=options.name)
        pages.append(_Page(width, height, _lines(chars, index), _grids(page)))
    return pages


def _strip_running(pages: list[_Page]) -> None:
    """Drop page numbers and headers/footers repeated at the same edge of most pages."""
    edge_counts: dict[str, int] = {}
    for p in pages:
        for line in _edge_lines(p):
            key = _DIGITS.sub("#", line.text.replace(" ", ""))
            edge_counts[key] = edge_counts.get(key, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    offsets = _bare_number_offsets(pages)
    for index, p in enumerate(pages):
        edges = {id(line) for line in _edge_lines(p)}
        kept = []
        for line in p.lines:
            if id(line) in edges:
                if _browser_print(line, p):
                    continue  # a browser's print header or footer, on one page as on many
                bare = line.text.replace(" ", "")
                if bare.isdigit() and int(bare) - index not in offsets:
                    pass  # a number alone whose page does not count like the others: a table cell's last line
                elif _PAGE_NUMBER.fullmatch(bare) or (
                    len(pages) > 1 and edge_counts.get(_DIGITS.sub("#", bare), 0) >= need
                ):
                    continue
            kept.append(line)
        p.lines = kept


def _browser_print(line: _Line, p: _Page) -> bool:
    """Is the edge line ``line`` of page ``p`` the header (the stamp and the page's title) or footer (its
    address and 1/4) a browser prints a web page with (readers.layout.print_header, print_footer)?"""
    from .layout import print_footer, print_header

    return (line is p.lines[0] and print_header(line.text)) or (line is p.lines[-1] and print_footer(line.text))


def _bare_number_offsets(pages: list[_Page]) -> set[int]:
    """How the pages that print their number alone (3, not — 3 —) count: number less page index, the
    offsets at least two such pages share, else that of a first page numbered 1 or 2 (a cover page
    left unnumbered). A number alone at a page's foot that counts otherwise is text (a table's cell
    that goes on at the foot of the page: the 5 of ≤12.5)."""
    found: dict[int, int] = {}
    for index, p in enumerate(pages):
        for line in _edge_lines(p):
            bare = line.text.replace(" ", "")
            if bare.isdigit() and len(bare) <= 4:
                found[int(bare) - index] = found.get(int(bare) - index, 0) + 1
    shared = {k for k, n in found.items() if n >= 2}
    return shared or {k for k in found if k in (1, 2)}


def _edge_lines(p: _Page) -> list[_Line]:
    """The first and last lines of a page when they sit in its top or bottom tenth."""
    if not p.lines:
        return []
    out = []
    first, last = p.lines[0], p.lines[-1]
    if first.top >= p.height * 0.88:
        out.append(first)
    if last is not first and last.bottom <= p.height * 0.12:
        out.append(last)
    return out


def _table_rows(lines: list[_Line], grid: _Grid) -> list[list]:
    """The grid's rows of cell texts: None where a cell merges with the one above, MERGED_LEFT where
    with the one to its left."""
    xs, ys = grid.xs, grid.ys
    ncols = len(xs) - 1
    # each grid row's lines per cell; a cell spanning columns (no rule between them in the row: a group
    # row 一、提升政务服务效能 across the table) is one cell, its columns after the first merged; a position
    # merged with the cell above (no rule between) gives its lines to that cell: a vertically merged
    # cell's text set in the middle of its rows (重点任⏎务 in a two-row header) is the one cell's
    grid_rows: list[list[list[tuple[float, float, str, float]] | None]] = []
    limits: list[list[float]] = []
    spanned: list[set[int]] = []  # per grid row, the columns a cell to their left covers
    owner = [0] * ncols
    for r, (top, bottom) in enumerate(itertools.pairwise(ys)):
        runs = _column_runs(grid, (top + bottom) / 2)
        cells: list[list[tuple[float, float, str, float]] | None] = [None] * ncols
        for c0, c1 in runs:
            parts: list[tuple[float, float, str, float]] = []
            for line in lines:
                if bottom <= (line.top + line.bottom) / 2 <= top:
                    chars = [c for c in line.cells if xs[c0] <= (c[0] + c[1]) / 2 < xs[c1 + 1]]
                    if chars:
                        parts.append((chars[0][0], chars[-1][1], _joined(chars), _first_word(chars)))
            cells[c0] = parts
        starts = {c0 for c0, _ in runs}
        for col in sorted(starts):
            if r > 0 and not grid.covers(top, (xs[col] + xs[col + 1]) / 2):
                above = grid_rows[owner[col]][col]
                if above is not None:
                    above.extend(cells[col] or [])
                    cells[col] = None
                    continue
            owner[col] = r
        grid_rows.append(cells)
        ends = {c0: c1 for c0, c1 in runs}
        spanned.append({col for c0, c1 in runs for col in range(c0 + 1, c1 + 1)})
        limits.append([xs[ends.get(col, col) + 1] - _CELL_PADDING for col in range(ncols)])
    rows: list[list] = []
    for cells, limit, spans in zip(grid_rows, limits, spanned, strict=True):
        row = [
            MERGED_LEFT if col in spans else None if parts is None else _cell_text(parts, limit[col])
            for col, parts in enumerate(cells)
        ]
        if any(row):
            rows.append(row)
    return rows


def _column_runs(grid: _Grid, y: float) -> list[tuple[int, int]]:
    """The cells of the grid row through height ``y`` as runs of columns (first, last)."""
    runs: list[tuple[int, int]] = []
    start = 0
    for col in range(1, len(grid.xs) - 1):
        if grid.divides(grid.xs[col], y):
            runs.append((start, col - 1))
            start = col
    runs.append((start, len(grid.xs) - 2))
    return runs


#: a table cell's inner margin, right side (Word's and Writer's default, 0.19 cm), in points
_CELL_PADDING = 5.4


def _joined(chars: list[tuple[float, float, str]]) -> str:
    """The text of a cell's characters on one line, with the blanks of the text layer between them; a blank
    before the first is kept only where the document wrote it at the end of the line before (the cell's
    text wrapped at it: see :func:`_cell_text`), not one between this cell and the one to its left."""
    return "".join(c[2] for c in chars).lstrip(_BLANK).replace(_WRAP_BLANK, _BLANK)


def _first_word(chars: list[tuple[float, float, str]]) -> float:
    """The width of what a line starts with that no line break may split: a run of Latin letters or
    digits (200场次, 2027年), else one character, with the punctuation no line may open with after it
    (作，: a line stops a character short where its last character would leave ， to open the next)
    and the character after an opening bracket no line may end with (（市)."""
    n = 1
    while n < len(chars) and _unbroken(chars[n - 1][2], chars[n][2]):
        n += 1
    return chars[n - 1][1] - chars[0][0]


def _unbroken(before: str, after: str) -> bool:
    if after in PDF_NO_LINE_START or before in PDF_NO_LINE_END:
        return True
    return before.isascii() and before.isalnum() and after.isascii() and after.isalnum()


def _cell_text(parts: list[tuple[float, float, str, float]], limit: float) -> str:
    """A cell's lines: a line that stops where the next line's first word would not have fit was
    wrapped (省人力资源社会⏎保障厅 is one name, 2027年6⏎月底前 one date) and is closed up; a line
    that stops short of that ends a paragraph of the cell (two units set one a line)."""
    out = ""
    for i, (_left, _right, text, first) in enumerate(parts):
        wrapped = i > 0 and limit - parts[i - 1][1] < first + 2.0
        if i and not wrapped:
            out += "\n"
        out += text if wrapped else text.lstrip(" ")  # a wrap at a blank keeps it: 综合执法局 区属国有企业
    return out


def _in_grid(line: _Line, grid: _Grid) -> bool:
    xs, ys = grid.xs, grid.ys
    mid = (line.top + line.bottom) / 2
    return ys[-1] <= mid <= ys[0] and xs[0] - 2 <= line.left and line.right <= xs[-1] + 2


def _runs_on(line: _Line, following: _Line, left: float, right: float, size: float) -> bool:
    """Does the paragraph of ``line`` go on at ``following``? It does when the
    line runs to the right margin, or when it fills most of the width and
    stops without closing punctuation (a number or word the layout would not
    break) and what follows is prose, not a short line of its own (a 文号);
    a link that stops short of the margin ends its paragraph."""
    if line.left > left + size * 4:
        return False  # set to the right (a signature, a date) or centred: a line of its own
    if line.text.endswith(PDF_TITLE_ENDS):
        return False  # a title's end (关于印发…的通知 filling its line): the 主送 or 文号 line is its own
    if _URL_END.search(line.text) and not ("!" <= following.text[:1] <= "~"):
        return False  # a link that fills the line goes on only in link characters (原文链接：http://… ⏎ 本地目录：)
    if line.right >= right - size * 3:
        return True
    if _URL_START.match(line.text):
        return False  # a link that stops short of the margin is a line of its own
    width = right - left
    if line.right - left < width * 0.7 or line.text[-1:] in _PARAGRAPH_ENDS:
        return False
    return following.right - left >= width * 0.7 or following.text[-1:] in _PARAGRAPH_ENDS


# -- tables without ruling lines -------------------------------------------------

#: a gap wider than this share of the characters' size separates two cells of a line (the reader's own
#: word gap is 0.6: a table's gutter is wider than a space)
_CELL_GAP = 1.0
#: a header of an unruled table names at least this many columns the vocabulary knows
_MIN_KNOWN_COLUMNS = 3


def _runs(line: _Line) -> list[tuple[float, float, str]]:
    """The line's characters cut at wide gaps: (left, right, text) of each run."""
    out: list[list] = []
    for lt, rt, ch in line.cells:
        if out and lt - out[-1][1] <= line.size * _CELL_GAP:
            out[-1][1] = rt
            out[-1][2] += ch.replace(_WRAP_BLANK, _BLANK)
        else:
            out.append([lt, rt, ch.lstrip(_BLANK + _WRAP_BLANK)])
    return [(a, b, t) for a, b, t in out]


def _column_of(xs: list[float], x: float, size: float) -> int:
    """The column whose left edge is the last at or before ``x`` (a character's left, give or take)."""
    return max(0, bisect.bisect_right(xs, x + size * 0.5) - 1)


def _fits_columns(line: _Line, xs: list[float]) -> bool:
    """Does every run of the line lie inside one column (a paragraph runs across them)?"""
    for a, b, _ in _runs(line):
        if _column_of(xs, a, line.size) != _column_of(xs, b - line.size * 0.5, line.size):
            return False
    return True


def _pieces(line: _Line, xs: list[float]) -> list[tuple[float, float, str, float] | None]:
    """The line's text in each column, as :func:`_table_rows` reads a ruled table's lines."""
    cols: list[list[tuple[float, float, str]]] = [[] for _ in xs]
    for c in line.cells:
        cols[_column_of(xs, c[0], line.size)].append(c)
    return [(cs[0][0], cs[-1][1], _joined(cs), _first_word(cs)) if cs else None for cs in cols]


def _unruled_header(lines: list[_Line], i: int) -> list[float] | None:
    """The left edges of the columns when ``lines[i]`` opens an unruled table's header: three or more
    runs, whose texts, with those of the header's lines below it (序⏎号, 2025⏎年), name at least
    three columns the table vocabulary knows, a role or target column among them."""
    from ..lexicon.table_headers import classify_header, indicator_column

    runs = _runs(lines[i])
    if len(runs) < 3:
        return None
    xs = _body_edges(lines, i, runs)
    texts = [t for _, _, t in runs]
    for line in lines[i + 1 : i + 4]:
        if line.page != lines[i].page or not _fits_columns(line, xs) or _serial_row(line, xs, 1):
            break
        if _group_line(line, xs):
            break
        for c, piece in enumerate(_pieces(line, xs)):
            if piece is not None:
                texts[c] += piece[2]
    kinds = [classify_header(t)[0] or indicator_column(t) for t in texts]
    known = [k for k in kinds if k is not None]
    if len(known) < _MIN_KNOWN_COLUMNS or not {"lead", "responsible", "supporting", "target"} & set(known):
        return None
    return xs


#: how many lines below an unruled header :func:`_body_edges` looks at
_EDGE_LINES = 24


def _body_edges(lines: list[_Line], i: int, runs: list[tuple[float, float, str]]) -> list[float]:
    """The left edges of the columns of the unruled header ``runs`` (on ``lines[i]``), as the rows below
    draw them. A spreadsheet printed without borders centres its labels (具体措施 over a wide column)
    while the cells' text starts at the column's left: a column starts at the leftmost place where two
    lines or more start text between the label before it and its own label, else at its label."""
    page, size = lines[i].page, lines[i].size
    lefts = [a for line in lines[i + 1 : i + 1 + _EDGE_LINES] if line.page == page for a, _, _ in _runs(line)]
    out = [runs[0][0]]
    for k in range(1, len(runs)):
        inside = sorted(a for a in lefts if runs[k - 1][1] < a <= runs[k][0])
        edge = next((a for a in inside if sum(abs(b - a) <= size * 0.5 for b in inside) >= 2), runs[k][0])
        out.append(edge)
    return out


def _serial_row(line: _Line, xs: list[float], expected: int) -> bool:
    """Does the line open row ``expected``: that number alone in the first column?"""
    first = _pieces(line, xs)[0]
    return first is not None and first[2].strip() == str(expected)


def _group_line(line: _Line, xs: list[float]) -> bool:
    """Does the line write a group (category) row: a 一、-style number first, in the first column, and
    the group's name beside it (三 | 生活垃圾治理) or across the row (三、生活垃圾治理 in a merged cell)?"""
    from ..lexicon.table_headers import GROUP_ROW_MARKER, GROUP_ROW_MAX_CELLS

    runs = _runs(line)
    if not runs or _column_of(xs, runs[0][0], line.size) != 0 or len(runs) > GROUP_ROW_MAX_CELLS:
        return False
    return regex_compile(GROUP_ROW_MARKER).match(runs[0][2].strip()) is not None


def _unruled_table(lines: list[_Line], i: int, xs: list[float]) -> tuple[list[list[str | None]], int]:
    """The rows of the unruled table whose header opens at ``lines[i]`` (the header first) and the
    index of its last line. A row opens at the next number of the first column (序号), or, without
    one, at a line that fills half the columns or more; a line of only some columns goes on with
    the row above; the header repeated on a new page is skipped; the table ends at a line whose
    text runs across the columns (a paragraph, 注：…)."""
    header_text = lines[i].text
    rows: list[list[list[tuple[float, float, str, float]]]] = [[[] for _ in xs]]
    serial = any(_serial_row(line, xs, 1) for line in lines[i + 1 : i + 5])
    expected, last, band = 1, i, True
    repeated: set[str] = set()
    header_band = {header_text}
    for j in range(i, len(lines)):
        line = lines[j]
        if j > i and line.text == header_text:
            band = True  # the header repeated on a new page
            repeated = header_band
            continue
        if band and line.text in repeated:
            continue
        group = j > i and _group_line(line, xs)
        if j > i and not group and not _fits_columns(line, xs):
            break
        pieces = _pieces(line, xs)
        if group and not _fits_columns(line, xs):  # its name across the row: the first cell's
            pieces = [(line.left, line.right, line.text, 0.0)] + [None] * (len(xs) - 1)
        opens = _serial_row(line, xs, expected) if serial else sum(p is not None for p in pieces) * 2 >= len(xs)
        if group:
            rows.append([[] for _ in xs])
            band = False
        elif j > i and opens:
            rows.append([[] for _ in xs])
            expected, band = expected + 1, False
        elif band and not repeated and len(rows) == 1 and j > i:
            header_band.add(line.text)
        for c, piece in enumerate(pieces):
            if piece is not None:
                rows[-1][c].append(piece)
        last = j
    # a column wraps short of the next one's text by both cells' padding
    limits = [x - 2 * _CELL_PADDING for x in xs[1:]] + [max(ln.right for ln in lines[i : last + 1])]
    return [[_cell_text(cell, limits[c]) for c, cell in enumerate(row)] for row in rows], last


# -- unruled tables whose cells are centred in their rows (an HTML table's cells, valign middle) ----------

#: a gap between two characters of a line, as a share of their size, that parts two cells of a table whose
#: columns are narrow (a gutter of two cells' padding: 2024年基 | 2025, 公里 | 96); CJK glyphs touch
_NARROW_GAP = 0.3
#: the most lines a centred header takes (a name over three lines, set between one-line names)
_BAND_LINES = 4
#: how far (a share of the characters' size) a line of a centred row may sit from the row's middle line
_ROW_REACH = 2.6


def _fine_runs(line: _Line) -> list[tuple[float, float, list[tuple[float, float, str]]]]:
    """The line's characters cut at every gap of :data:`_NARROW_GAP`: (left, right, characters) of each."""
    out: list[tuple[float, float, list[tuple[float, float, str]]]] = []
    for c in line.cells:
        if out and c[0] - out[-1][1] <= line.size * _NARROW_GAP:
            out[-1] = (out[-1][0], c[1], [*out[-1][2], c])
        else:
            out.append((c[0], c[1], [c]))
    return out


def _overlaps(above: _Line, below: _Line) -> bool:
    """Do two lines share height (a centred one-line cell set between the two lines of another)?"""
    return above.page == below.page and below.top > above.bottom


def _centred_header(lines: list[_Line], i: int) -> tuple[list[float], int] | None:
    """The columns' left edges and the band's last line when ``lines[i]`` opens a header whose names are
    centred in their row (2024年基 2025 2026 2027 ⏎ 指标名称 单位 属性 责任单位 ⏎ 期值 年 年 年: the
    one-line names set between the lines of the two-line ones, so the lines share height): the runs of the
    band's lines, merged where they overlap across, are the columns; their texts, top to bottom, name
    three or more columns the table vocabulary knows, a role or target column among them."""
    band = [lines[i]]
    while len(band) < _BAND_LINES and i + len(band) < len(lines) and _overlaps(band[-1], lines[i + len(band)]):
        band.append(lines[i + len(band)])
    if len(band) < 2:
        return None
    return _band_columns(band, i)


def _band_columns(band: list[_Line], i: int) -> tuple[list[float], int] | None:
    """The columns of the header lines ``band`` (the first is ``lines[i]``) and the band's last line's
    index, as :func:`_centred_header` reads them; None when they name too few known columns."""
    from ..lexicon.table_headers import classify_header, indicator_column

    spans: list[list[float]] = []
    for lt, rt, _ in sorted((r for line in band for r in _fine_runs(line)), key=lambda r: r[0]):
        if spans and lt < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], rt)
        else:
            spans.append([lt, rt])
    if len(spans) < 3:
        return None
    xs = [a for a, _ in spans]
    texts = ["" for _ in xs]
    for line in band:
        for lt, _, chars in _fine_runs(line):
            texts[_column_of(xs, lt, line.size)] += _joined(chars)
    kinds = [classify_header(t)[0] or indicator_column(t) for t in texts]
    known = [k for k in kinds if k is not None]
    if len(known) < _MIN_KNOWN_COLUMNS or not {"lead", "responsible", "supporting", "target"} & set(known):
        return None
    return xs, i + len(band) - 1


def _centred_pieces(line: _Line, xs: list[float]) -> tuple[list[list[tuple[float, float, str]]], bool, int]:
    """The line's characters per column, each fine run in the column its left edge is in; whether the
    line is a table's (a run that crosses columns is a merged cell only beside cells of its own line: 合计
    （2025—2027年累计投资） | 180 | …, else it is a paragraph's); and how many columns its runs cover."""
    cols: list[list[tuple[float, float, str]]] = [[] for _ in xs]
    runs = _fine_runs(line)
    crossing = False
    covered: set[int] = set()
    for lt, rt, chars in runs:
        c = _column_of(xs, lt, line.size)
        end = _column_of(xs, rt - line.size * 0.5, line.size)
        crossing = crossing or end > c
        covered.update(range(c, max(c, end) + 1))
        cols[c].extend(chars)
    return cols, not crossing or len(runs) >= 2, len(covered)


def _opens_centred(line: _Line, xs: list[float], serial: bool, expected: int) -> bool:
    """Is ``line`` the middle line of row ``expected``: its number alone in the 序号 column (a one-line cell
    is set in the row's middle), or, without a 序号 column, runs over half the columns or more?"""
    if serial:
        return _serial_row(line, xs, expected)
    return _centred_pieces(line, xs)[2] >= max(2, (len(xs) + 1) // 2)


def _centred_rows(lines: list[_Line], i: int, xs: list[float]) -> bool:
    """Are the rows under the header ``lines[i]`` centred: the first line below it opens no row (it is the
    first line of a cell that wraps, set above the row's middle), a line soon after it does, and two of
    the lines share height (a cell's line set between two lines of another: a top-aligned table's header
    that goes on below, 基期值 ⏎ （2024年）, shares none)?"""
    below = [line for line in lines[i + 1 : i + 7] if line.page == lines[i].page]
    serial = any(_serial_row(line, xs, 1) for line in below)
    return (
        bool(below)
        and any(_overlaps(a, b) for a, b in itertools.pairwise(below))
        and not _opens_centred(below[0], xs, serial, 1)
        and any(_opens_centred(line, xs, serial, 1) for line in below[1:5])
    )


_Chars = list[tuple[float, float, str]]
_Part = tuple[float, float, str, float]


def _part(chars: _Chars) -> _Part:
    """A cell's line as :func:`_cell_text` reads it."""
    return (chars[0][0], chars[-1][1], _joined(chars), _first_word(chars))


def _centred_lines(
    lines: list[_Line], band_end: int, header: list[str], xs: list[float]
) -> tuple[list[tuple[_Line, list[_Chars]]], list[int], list[int]]:
    """The table's lines after its header band (the header repeated on a new page skipped), up to the
    first paragraph's line: each with its characters per column, its index in ``lines``, and how many
    columns it covers."""
    taken: list[tuple[_Line, list[_Chars]]] = []
    at: list[int] = []
    width: list[int] = []
    j = band_end + 1
    while j < len(lines):
        if lines[j].text == header[0] and [x.text for x in lines[j : j + len(header)]] == header:
            j += len(header)
            continue
        cols, fits, covered = _centred_pieces(lines[j], xs)
        if not fits:
            break
        taken.append((lines[j], cols))
        at.append(j)
        width.append(covered)
        j += 1
    return taken, at, width


def _middle_lines(taken: list[tuple[_Line, list[_Chars]]], width: list[int], xs: list[float]) -> list[int]:
    """Which taken lines are rows' middle lines: those of the running numbers (a one-line cell is set in
    its row's middle), or without a 序号 column the lines over half the columns or more."""
    if not any(_serial_row(line, xs, 1) for line, _ in taken[:6]):
        return [k for k in range(len(taken)) if width[k] >= max(2, (len(xs) + 1) // 2)]
    anchors, expected = [], 1
    for k, (line, _) in enumerate(taken):
        if _serial_row(line, xs, expected):
            anchors.append(k)
            expected += 1
    return anchors


def _owners(taken: list[tuple[_Line, list[_Chars]]], anchors: list[int]) -> dict[int, int]:
    """The middle line each taken line belongs to: the nearest on its page within :data:`_ROW_REACH`; at
    the top of a page before its first row, the last row of the page before (a row the page break cut);
    none after the last row out of its reach (the text after the table, which ends there)."""

    def mid(line: _Line) -> float:
        return (line.top + line.bottom) / 2

    owner: dict[int, int] = {}
    for k, (line, _) in enumerate(taken):
        near = [
            a
            for a in anchors
            if taken[a][0].page == line.page and abs(mid(taken[a][0]) - mid(line)) <= _ROW_REACH * line.size
        ]
        if near:
            owner[k] = min(near, key=lambda a: abs(mid(taken[a][0]) - mid(line)))
            continue
        before = [a for a in anchors if a < k]
        if before and not any(taken[a][0].page == line.page for a in before):
            owner[k] = before[-1]
        elif anchors and k > anchors[-1]:
            break
    return owner


def _centred_table(lines: list[_Line], i: int, band_end: int, xs: list[float]) -> tuple[list[list[str | None]], int]:
    """The rows of an unruled table whose cells are centred in their rows, under the header band
    ``lines[i..band_end]``: a row's middle line fills half the columns or more (or holds the next 序号),
    and each line that fills fewer belongs to the middle line nearest it on its page (the first and last
    lines of the cells that wrap, set above and below it). The header repeated on a new page is skipped;
    the table ends at a paragraph's line or a line no row reaches."""
    header = [line.text for line in lines[i : band_end + 1]]
    head_cols: list[list[_Part]] = [[] for _ in xs]
    for line in lines[i : band_end + 1]:
        for c, chars in enumerate(_centred_pieces(line, xs)[0]):
            if chars:
                head_cols[c].append(_part(chars))
    taken, at, width = _centred_lines(lines, band_end, header, xs)
    anchors = _middle_lines(taken, width, xs)
    index = {a: n + 1 for n, a in enumerate(anchors)}
    rows: list[list[list[_Part]]] = [head_cols]
    rows += [[[] for _ in xs] for _ in anchors]
    last = band_end
    for k, a in sorted(_owners(taken, anchors).items()):
        for c, chars in enumerate(taken[k][1]):
            if chars:
                rows[index[a]][c].append(_part(chars))
        last = max(last, at[k])
    limits = [x - 2 * _CELL_PADDING for x in xs[1:]] + [max(ln.right for ln in lines[i : last + 1])]
    return [[_cell_text(cell, limits[c]) for c, cell in enumerate(row)] for row in rows], last


def _unruled_tables(body: list[_Line]) -> dict[int, tuple[int, list[list[str | None]], int]]:
    """Tables drawn without ruling lines (their cells come out as runs of text on each line): the
    line index where each starts → (its last line's index, rows, column count)."""
    out: dict[int, tuple[int, list[list[str | None]], int]] = {}
    i = 0
    while i < len(body):
        xs = _unruled_header(body, i) if len(body[i].cells) >= 3 else None
        centred = _centred_header(body, i) if xs is None and len(body[i].cells) >= 2 else None
        if xs is not None:
            fine = _band_columns([body[i]], i)  # (columns as narrow as a centred table's gutters part them)
            if fine is not None and _centred_rows(body, i, fine[0]):
                centred = fine
        if xs is None and centred is None:
            i += 1
            continue
        if centred is not None:
            xs = centred[0]
            rows, last = _centred_table(body, i, centred[1], xs)
        else:
            assert xs is not None
            rows, last = _unruled_table(body, i, xs)
        if len(rows) >= 2:
            out[i] = (last, rows, len(xs))
            i = last + 1
        else:
            i += 1
    return out


def _left_margin(body: list[_Line]) -> float:
    """The text's left margin: the leftmost edge that a share of the lines start at. Not the median
    edge: where most paragraphs are one or two lines long (a plan's run-in items), the lines that open
    a paragraph at a 2-character indent outnumber those that go on at the margin."""
    lefts = sorted(round(line.left) for line in body)
    need = max(2, len(lefts) // 10)
    for i, x in enumerate(lefts):
        near = bisect.bisect_right(lefts, x + 2) - i
        if near >= need:
            return x
    return statistics.median_low(lefts)


def _blocks(pages: list[_Page]) -> list[tuple[str, object]]:
    """Paragraphs ("p", text) and tables ("t", (rows, column count)) in reading order."""
    body = [line for p in pages for line in p.lines]
    if not body:
        return []
    left = _left_margin(body)
    rights = sorted(line.right for line in body)
    right = rights[int(len(rights) * 0.9)]
    size = statistics.median([line.size for line in body])
    blocks: list[tuple[str, object]] = []
    paragraph: list[str] = []
    open_line: _Line | None = None

    def flush() -> None:
        nonlocal open_line
        if paragraph:
            blocks.append(("p", "".join(paragraph)))
            paragraph.clear()
        open_line = None

    owners = [{id(line): gi for gi, g in enumerate(p.grids) for line in p.lines if _in_grid(line, g)} for p in pages]
    free = [line for p, owner in zip(pages, owners, strict=True) for line in p.lines if id(line) not in owner]
    found = _unruled_tables(free)
    unruled = {id(free[i]): (rows, n) for i, (_, rows, n) in found.items()}
    inside = {id(free[k]) for i, (last, _, _) in found.items() for k in range(i + 1, last + 1)}
    for p, owner in zip(pages, owners, strict=True):
        emitted: set[int] = set()
        for line in p.lines:
            if id(line) in unruled:
                flush()
                blocks.append(("t", unruled[id(line)]))
                continue
            if id(line) in inside:
                continue
            gi = owner.get(id(line))
            if gi is not None:
                if gi not in emitted:
                    flush()
                    grid = p.grids[gi]
                    rows = _table_rows([x for x in p.lines if owner.get(id(x)) == gi], grid)
                    blocks.append(("t", (rows, len(grid.xs) - 1)))
                    emitted.add(gi)
                continue
            new_block = line.left > left + size * 0.4 or _URL_START.match(line.text)
            if open_line is not None and _MARKER_START.match(line.text):
                # a marker starts a section unless the line before ran to the margin (统一、 wrapped to 一、)
                new_block = new_block or open_line.right < right - size * 3 or open_line.text[-1:] in _PARAGRAPH_ENDS
            if open_line is not None and not new_block and _runs_on(open_line, line, left, right, size):
                paragraph.append(line.text)  # the paragraph goes on (also across a page break)
            else:
                flush()
                paragraph.append(line.text)
            open_line = line
    flush()
    return _join_tables(blocks)


def _join_tables(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A table that goes on over a page break is one table: consecutive
    tables with the same number of columns are joined. The header row a
    table repeats on every page is kept once, and a row the page break
    splits (its first cell, the 序号, empty on the new page, the next
    numbered row the one after it) is one row again."""
    out: list[tuple[str, object]] = []
    for kind, value in blocks:
        if kind == "t" and out and out[-1][0] == "t" and out[-1][1][1] == value[1]:  # type: ignore[index]
            before: list[list] = out[-1][1][0]  # type: ignore[index]
            rows: list[list] = value[0]  # type: ignore[index]
            if rows and before and len(before) > 1 and rows[0] == before[0]:
                rows = rows[1:]
            if rows and before and _split_row(before[-1], rows):
                before[-1] = [_joined_cell(a, b) for a, b in zip(before[-1], rows[0], strict=False)]
                rows = rows[1:]
            before.extend(rows)
            continue
        out.append((kind, value))
    return out


def _text(cell: object) -> str:
    """A cell's text: "" for a merged position (None, MERGED_LEFT)."""
    return cell.strip() if isinstance(cell, str) else ""


def _row_number(cell: object) -> int | None:
    bare = _text(cell)
    return int(bare) if bare.isdigit() and len(bare) <= 4 else None


def _split_row(last: list, rows: list[list]) -> bool:
    """Does the first row of a table's next page go on with ``last``, the row the page break cut?
    Where the first column numbers the rows: ``last`` has a number N, the new row none (but text
    elsewhere), and the next numbered row below is N + 1 (or there is none)."""
    n = _row_number(last[0]) if last else None
    first = rows[0]
    if n is None or _text(first[0]) or not any(_text(c) for c in first[1:]):
        return False
    for row in rows[1:]:
        m = _row_number(row[0])
        if m is not None:
            return m == n + 1
    return True


def _joined_cell(a: object, b: object) -> object:
    if not isinstance(b, str) or not b:
        return a
    return a + b if isinstance(a, str) else b


def _render(pages: list[_Page]) -> BlockWriter:
    writer = BlockWriter()
    for kind, value in _blocks(pages):
        if kind == "p":
            writer.paragraph(value)  # type: ignore[arg-type]
        else:
            writer.table(value[0])  # type: ignore[index]
    return writer


def read(data: bytes, options: ReadOptions) -> ReadResult:
    pdf = _open(data, options)
    try:
        pages = _read_pages(pdf, options)
    finally:
        pdf.close()
    if not any(p.lines for p in pages):
        raise ReaderError("no text layer: this PDF is a scan; OCR is not supported", name=options.name)
    _strip_running(pages)
    writer = _render(pages)
    return ReadResult(text=writer.text(), format="pdf", tables=writer.tables)
