"""RTF (what Word, WPS and LibreOffice save as "Rich Text Format", often
under a .doc name): paragraphs and tables, rendered by :class:`.BlockWriter`
as the .docx reader renders them.

Why not striprtf: it was checked (0.0.35) and keeps the text and decodes
``\\uN`` and ``\\'xx`` by the font charset, but it renders ``\\cell`` as ``|``
and ``\\row`` as a newline and drops the cell definitions, so a table's
cells, a cell holding several paragraphs and merged cells cannot be told
apart afterwards. This module reads RTF's small grammar itself (groups,
control words, destinations; RTF 1.9.1):

* text is decoded per run: ``\\uN`` is a Unicode code point (its ``\\ucN``
  fallback characters are skipped; UTF-16 surrogate pairs are joined);
  ``\\'xx`` and raw 8-bit bytes are bytes in the code page of the current
  font's ``\\fcharsetN`` (134 = GBK, read as GB18030; 136 = Big5; 128 =
  Shift-JIS …), else of ``\\ansicpgN``;
* destinations that are not body text are skipped: the font, colour, style
  and list tables, ``\\info``, pictures and objects, headers and footers,
  footnotes, field instructions (a field's result is kept), shapes and
  text boxes, and every ``{\\*\\…}`` group; hidden text (``\\v``) is dropped;
* the rendered list marker Word writes for readers without list support
  (``{\\listtext 一、\\tab}``, ``{\\pntext …}``) is kept, without its tab, so
  "一、指导思想" reads as typed;
* ``\\par`` ends a paragraph; inside a table (``\\intbl``) it ends a
  paragraph of the cell. ``\\cell`` ends a cell, ``\\row`` a row; the row's
  cell definitions (``\\cellxN`` with ``\\clvmrg`` for a cell continuing a
  vertical merge, ``\\clmrg`` for a horizontally merged one) give the grid:
  columns from all right edges of the table's rows, a cell as wide as k
  grid columns is listed k times, a ``\\clvmrg`` cell carries the span of
  the cell above. Nested tables (``\\nestcell``, ``\\nestrow``) are
  flattened into their cell's text.

A damaged file is refused: braces that never close (a truncated or cut
file), a closing brace with no group open, or nesting deeper than
:data:`MAX_DEPTH`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..compiled import re_compile
from ..errors import ReaderError
from ..model import ParseWarning, WarningCode
from . import ReadOptions, ReadResult
from .blocks import MERGED_ABOVE, MERGED_LEFT, BlockWriter

MAX_DEPTH = 1000

_TOKEN = re_compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with its parameter; one space delimiter is eaten
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the current code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line breaks in the file are not text
    rb"|([^\\{}\r\n]+)"  # a run of text
    rb"|\\",  # a lone backslash at the end
    re.S,
)

#: \fcharsetN -> codec (GB2312/GBK fonts are read as GB18030, their superset)
CHARSETS = {
    2: "cp1252",
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "gb18030",
    136: "big5hkscs",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
    254: "cp437",
    255: "cp850",
}
_CODEPAGES = {936: "gb18030", 950: "big5hkscs", 54936: "gb18030", 65001: "utf-8"}

#: destinations whose text is not body text
#: a level numbered like a level above it is written after this indent per level (readers/docx.py)
NESTED_INDENT = "\u3000\u3000"
#: a marker's numbers, taken out to compare its shape with another's (1. and 2. alike)
_MARKER_DIGITS = re_compile("[0-9０-９]+|[一二三四五六七八九十百]+|[a-zA-Z]+|[ⅰ-ⅿⅠ-Ⅿ]+")

SKIPPED = frozenset(
    """fonttbl colortbl stylesheet info pict object objdata header headerl headerr headerf footer footerl
    footerr footerf footnote annotation atnid atnauthor atndate atnref xe tc txe rxe themedata colorschememapping
    datastore latentstyles listtable listoverridetable rsidtbl generator xmlnstbl pgdsctbl shp shpinst shprslt
    shptxt shppict nonshppict fldinst formfield filetbl revtbl protusertbl userprops docvar template listpicture
    wgrffmtfilter ftnsep ftnsepc aftnsep aftnsepc ftncn aftncn blipuid sp sn sv passwordhash factoidname
    bkmkstart bkmkend mmathPr do dptxbxtext comment company author operator title subject keywords doccomm
    hlinkbase buptim creatim printim revtim falt panose fname leveltext levelnumbers""".split()
)
SPECIAL = {
    "tab": "\t",
    "line": "\n",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "zwj": "\u200d",
    "zwnj": "\u200c",
}
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "{": "{", "}": "}", "\\": "\\", "\t": "\t"}


@dataclass
class _State:
    uc: int = 1
    font: int | None = None
    skip: bool = False  # inside a destination that is not body text
    hidden: bool = False
    intbl: bool = False
    marker: bool = False  # inside {\listtext} or {\pntext}
    fonttbl: bool = False


@dataclass
class _CellDef:
    right: int
    vmerge_cont: bool = False
    hmerge_cont: bool = False


@dataclass
class _Table:
    rows: list[tuple[list[str], list[_CellDef]]] = field(default_factory=list)


class _Reader:
    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}
        self.writer = BlockWriter()
        self.line: list[str] = []  # text of the current paragraph
        self.pending = bytearray()  # bytes waiting to be decoded in the current code page
        self.skip_chars = 0  # \uc fallback characters still to skip
        self.cell_paragraphs: list[str] = []
        self.row_cells: list[str] = []
        self.cell_defs: list[_CellDef] = []
        self._next_def = _CellDef(0)
        self.table = _Table()
        self.replaced = 0
        self.marker: list[str] = []  # the text of a {\listtext} group, kept without its spaces and tab
        # the paragraph's list (\ls) and level (\ilvl), its marker, and per list the shape of the marker last
        # seen at each level (a level numbered like a level above it is drawn indented under it)
        self.para_list: int | None = None
        self.para_level = 0
        self.para_marker = ""
        self.shapes: dict[tuple[int, int], str] = {}
        # font table parsing
        self._font_id: int | None = None
        self._font_charset: int | None = None

    # ------------------------------------------------------------ text
    def codec(self, state: _State) -> str:
        if state.font is not None and state.font in self.fonts:
            return self.fonts[state.font]
        return self.codepage

    def flush_bytes(self, state: _State) -> None:
        if not self.pending:
            return
        data = bytes(self.pending)
        self.pending.clear()
        text = data.decode(self.codec(state), errors="replace")
        if "\ufffd" in text and self.codec(state) != self.codepage:
            other = data.decode(self.codepage, errors="replace")
            if other.count("\ufffd") < text.count("\ufffd"):
                text = other
        self.replaced += text.count("\ufffd")
        self.add(text, state)

    def add(self, text: str, state: _State) -> None:
        if state.skip or state.hidden or state.fonttbl:
            return
        if state.marker:
            self.marker.append(text)
            return
        self.line.append(text)

    # ------------------------------------------------------- structure
    def end_paragraph(self, state: _State) -> None:
        text = _join_surrogates("".join(self.line))
        self.line.clear()
        text = self.nested(text)
        if state.intbl:
            self.cell_paragraphs.append(text)
            return
        self.flush_table()
        self.writer.paragraph(text)

    def nested(self, text: str) -> str:
        """The paragraph's text, indented (as the .docx reader writes it: readers/docx.py NESTED_INDENT per
        level) where its marker is numbered like a marker of a level above it in its list (1. under 1.,
        as LibreOffice saves an HTML <ol> inside an <ol>)."""
        marker, self.para_marker = self.para_marker, ""
        if not marker or self.para_list is None:
            return text
        shape = _MARKER_DIGITS.sub("#", marker)
        level = self.para_level
        self.shapes[(self.para_list, level)] = shape
        if level and any(self.shapes.get((self.para_list, k)) == shape for k in range(level)):
            return NESTED_INDENT * level + text
        return text

    def end_cell(self) -> None:
        if self.line:
            self.cell_paragraphs.append(_join_surrogates("".join(self.line)))
            self.line.clear()
        self.row_cells.append("\n".join(self.cell_paragraphs).strip("\n"))
        self.cell_paragraphs = []

    def end_row(self) -> None:
        if self.line or self.cell_paragraphs:
            self.end_cell()
        self.table.rows.append((self.row_cells, list(self.cell_defs)))
        self.row_cells = []

    def flush_table(self) -> None:
        if not self.table.rows:
            return
        rows = self.table.rows
        self.table = _Table()
        edges = sorted({d.right for _, defs in rows for d in defs})
        grid: list[list[object]] = []
        for cells, defs in rows:
            row: list[object] = []  # a cell's text, MERGED_LEFT or MERGED_ABOVE
            col = 0
            for k, text in enumerate(cells):
                d = defs[k] if k < len(defs) else None
                width = 1
                if d is not None and edges:
                    right_col = edges.index(d.right) if d.right in edges else col
                    width = max(1, right_col - col + 1)
                if d is not None and d.hmerge_cont and row:
                    row.extend([MERGED_LEFT] * width)
                elif d is not None and d.vmerge_cont:
                    row.extend([MERGED_ABOVE] * width)
                else:
                    row.append(text)
                    row.extend([MERGED_LEFT] * (width - 1))
                col += width
            grid.append(row)
        self.writer.table(grid)

    # ---------------------------------------------------- control words
    def word(self, name: str, arg: int | None, state: _State) -> None:
        if name == "u" and arg is not None:
            self.unicode(arg, state)
            return
        self.skip_chars = 0
        if name == "uc":
            state.uc = max(0, arg or 0)
        elif name in SKIPPED:
            state.skip = True
        elif self.font_word(name, arg, state) or self.table_word(name, arg, state):
            pass
        elif name in ("listtext", "pntext"):
            state.marker = True
        elif name == "pard" and not state.marker:
            self.para_list, self.para_level = None, 0
        elif name == "ls":
            self.para_list = arg
        elif name == "ilvl":
            self.para_level = max(0, min(arg or 0, 8))
        elif name == "v":
            state.hidden = arg != 0
        elif name == "par" or (name in ("sect", "page") and not state.intbl):
            if not state.skip and not state.fonttbl:
                self.end_paragraph(state)
        elif name in SPECIAL:
            self.add(SPECIAL[name], state)

    def unicode(self, arg: int, state: _State) -> None:
        """``\\uN``: a signed 16-bit code unit (its fallback characters are skipped)."""
        self.flush_bytes(state)
        code = arg + 65536 if arg < 0 else arg  # -1 is U+FFFF
        if not 0 <= code <= 0x10FFFF:
            raise ReaderError(f"not a valid RTF file: \\u{arg} is not a Unicode character", name=self.options.name)
        self.add(chr(code), state)
        self.skip_chars = state.uc

    def font_word(self, name: str, arg: int | None, state: _State) -> bool:
        """The font table and code pages: True when ``name`` was one of them."""
        if name == "fonttbl":
            state.fonttbl = True
        elif name == "f":
            if state.fonttbl:
                self._font_id, self._font_charset = arg, None
            else:
                self.flush_bytes(state)
                state.font = arg
        elif name in ("fcharset", "cpg"):
            if state.fonttbl and self._font_id is not None and arg is not None:
                codec = (
                    (self.codepage if arg in (0, 1) else CHARSETS.get(arg)) if name == "fcharset" else _codepage(arg)
                )
                if codec:
                    self.fonts[self._font_id] = codec
        elif name == "ansicpg" and arg is not None:
            self.codepage = _codepage(arg) or self.codepage
            for k, v in list(self.fonts.items()):
                if v == "cp1252":
                    self.fonts[k] = self.codepage
        else:
            return False
        return True

    def table_word(self, name: str, arg: int | None, state: _State) -> bool:
        """Rows, cells and cell definitions: True when ``name`` was one of them."""
        if name in ("pard", "intbl", "itap"):
            state.intbl = name == "intbl" or (name == "itap" and bool(arg))
        elif name in ("cell", "row"):
            if not state.skip and name == "cell":
                self.end_cell()
            elif not state.skip:
                self.end_row()
        elif name in ("nestcell", "nestrow"):
            self.add("\t" if name == "nestcell" else "\n", state)
        elif name == "trowd":
            if not state.skip:
                self.cell_defs = []
                self._next_def = _CellDef(0)
        elif name in ("clvmrg", "clmrg"):
            if name == "clvmrg":
                self._next_def.vmerge_cont = True
            else:
                self._next_def.hmerge_cont = True
        elif name == "cellx" and arg is not None and not state.skip:
            self._next_def.right = arg
            self.cell_defs.append(self._next_def)
            self._next_def = _CellDef(0)
        else:
            return False
        return True

    def brace(self, opening: bool, data: bytes, pos: int, state: _State, stack: list[_State]) -> _State:
        """Open or close a group; the state that follows."""
        if opening:
            if len(stack) >= MAX_DEPTH:
                raise ReaderError(
                    f"not a valid RTF file: groups nested deeper than {MAX_DEPTH}", name=self.options.name
                )
            stack.append(state)
            inner = _State(**vars(state))
            if data[pos : pos + 2] == b"\\*":
                inner.skip = True
            return inner
        if not stack:
            raise ReaderError("not a valid RTF file: a closing brace with no group open", name=self.options.name)
        if state.fonttbl and not stack[-1].fonttbl:
            self._font_id = None
        if state.marker and not stack[-1].marker:
            self.para_marker = "".join(self.marker).strip(" \t\u3000")
            self.line.append(self.para_marker)
            self.marker.clear()
        return stack.pop()

    def symbol(self, sym: str, state: _State) -> None:
        self.skip_chars = 0
        if sym == "*":
            state.skip = True
        elif sym in SYMBOLS:
            self.add(SYMBOLS[sym], state)
        elif sym in "\r\n" and not state.skip:
            self.end_paragraph(state)  # a backslash before a line break is \par

    def run(self, text: bytes, state: _State) -> None:
        """A run of text bytes: ASCII is added, anything else waits for its code page."""
        if self.skip_chars:
            cut = min(self.skip_chars, len(text))
            self.skip_chars -= cut
            text = text[cut:]
        if not text or state.skip or state.hidden or state.fonttbl:
            return
        if text.isascii():
            self.flush_bytes(state)
            self.add(text.decode("ascii"), state)
        else:
            self.pending.extend(text)

    def read(self, data: bytes) -> None:
        state = _State()
        stack: list[_State] = []
        pos, n = 0, len(data)
        while pos < n:
            m = _TOKEN.match(data, pos)
            if m is None:  # pragma: no cover - the pattern matches any byte
                break
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if hexbyte is None and text is None and self.pending:
                self.flush_bytes(state)
            if brace is not None:
                self.skip_chars = 0
                state = self.brace(brace == b"{", data, pos, state, stack)
                if brace == b"}" and not stack:
                    break  # the document group is closed; anything after it is not RTF
            elif word is not None:
                name = word.decode("ascii")
                if name == "bin" and arg:
                    pos += max(0, int(arg))
                    continue
                self.word(name, int(arg) if arg else None, state)
            elif hexbyte is not None:
                if self.skip_chars:
                    self.skip_chars -= 1
                elif not (state.skip or state.hidden):
                    self.pending.append(int(hexbyte, 16))
            elif symbol is not None:
                self.symbol(symbol.decode("latin-1"), state)
            elif text is not None:
                self.run(text, state)
        self.finish(state, stack)

    def finish(self, state: _State, stack: list[_State]) -> None:
        if stack:
            raise ReaderError(
                f"not a valid RTF file: {len(stack)} group(s) never closed (the file is damaged or truncated)",
                name=self.options.name,
            )
        if self.line:
            self.end_paragraph(state)
        if self.row_cells or self.cell_paragraphs:
            self.end_row()
        self.flush_table()


def _codepage(n: int) -> str | None:
    name = _CODEPAGES.get(n, f"cp{n}")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _join_surrogates(text: str) -> str:
    """\\uN escapes of a character outside the BMP come as two UTF-16 surrogates."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise ReaderError("not an RTF file: it does not start with {\\rtf", name=options.name)
    reader = _Reader(options)
    reader.read(data)
    text = reader.writer.text()
    if not text.strip():
        raise ReaderError("empty document: the RTF file has no text", name=options.name)
    warnings: list[ParseWarning] = []
    if reader.replaced:
        warnings.append(
            ParseWarning(
                code=WarningCode.REPLACEMENT_CHARACTERS,
                message=f"{reader.replaced} undecodable byte sequence(s) replaced by U+FFFD",
            )
        )
    return ReadResult(text=text, format="rtf", tables=reader.writer.tables, warnings=warnings)
