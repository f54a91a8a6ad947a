"""Word 97-2003 .doc in pure Python: olefile + a small piece-table reader.

Pipeline ([MS-DOC] section numbers in brackets):

1. olefile opens the compound file; a file holding ``EncryptionInfo`` is an
   encrypted .docx/.xlsx container and is refused as encrypted.
2. The FIB at the start of the ``WordDocument`` stream [2.5.1]: ``wIdent``
   0xA5EC, ``nFib`` (Word 97 or later), ``fEncrypted``/``fObfuscated`` (→
   :class:`EncryptedDocument`), ``fWhichTblStm`` (0Table or 1Table),
   ``ccpText`` (length of the main text) and ``fcClx``/``lcbClx``.
3. The CLX in the table stream [2.9.38]: skip the Prc records, read the
   PlcPcd: n+1 character positions and n piece descriptors, each piece
   either UTF-16LE at ``fc`` or "compressed" 8-bit cp1252 at ``fc/2``.
4. Paragraph properties from the PAPX FKPs [2.9.175, 2.9.177] (through the
   PlcfBtePapx): only the table sprms are read - ``sprmPFInTable``,
   ``sprmPFTtp`` (this cell mark ends a row), ``sprmPItap``, and on the row
   end ``sprmTDefTable`` (cell boundaries, vertical-merge flags) and
   ``sprmTVertMerge``.
   ``sprmPIlfo``/``sprmPIlvl`` mark a paragraph with Word automatic numbering;
   the lists come from the PlfLst (LSTF + LVL: start, nfc, number text with
   level placeholders) and the PlfLfo [2.9.147, 2.9.150, 2.9.131], and the
   marker is rendered as in readers/docx.py ("一、", "(一)", "1.": the counters
   of readers/numbering.py, per list (LSTF), restarted where an LFO whose
   LFOLVL overrides a level's start (fStartAt) is first used, a level by the
   levels above it unless its LVLF says fNoRestart (then only above
   ilvlRestartLim); fLegal renders every level as decimal; a tab after the
   marker is not rendered). Lists attached through a paragraph style are not
   read.
5. Characters to text: ``\\r`` ends a paragraph, ``\\x07`` ends a cell (or,
   when the paragraph is a TTP, the row); fields ``\\x13 code \\x14 result
   \\x15`` keep their result only; ``\\x0b`` is a line break; other control
   characters are dropped.

If the PAPX cannot be read, a row end is recognised by the Word convention
that the row-end mark directly follows the last cell mark ("\\x07\\x07"),
and a warning says so.

Tables are rendered exactly as by the .docx reader (see ``readers/docx.py``):
one line per row, cells joined by ``\\t``, paragraphs in a cell by ``\\n``;
each cell is listed once per grid column it covers (columns from the union
of the rows' cell boundaries), vertically merged continuation cells carry the
span of the cell above with ``merged=True``.

Every offset read from the file is checked against the stream it points
into; anything that does not fit raises :class:`ReaderError` naming the
structure, so a truncated or corrupt file fails fast and in bounded memory.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ..compiled import re_compile
from ..errors import EncryptedDocument, ReaderError
from ..model import ParseWarning, WarningCode
from . import Cell, ReadOptions, ReadResult, Table
from .limits import MAX_GRID_SPAN, MAX_LIST_START
from .numbering import NFC, format_number
from .numbering import ListCounters as Counters

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

sprmPFInTable = 0x2416
sprmPFTtp = 0x2417
sprmPItap = 0x6649
sprmPFInnerTableCell = 0x244B
sprmPFInnerTtp = 0x244C
sprmTDefTable = 0xD608
sprmTVertMerge = 0xD62B
sprmPChgTabs = 0xC615
sprmPIlvl = 0x260A
sprmPIlfo = 0x460B
#: a paragraph's properties too large for its FKP page: a 4-byte offset into the Data stream [2.6.2]
sprmPHugePapx = 0x6646

_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


class _Bad(Exception):
    """Internal: a structure does not fit; becomes a ReaderError with the name."""


def _u16(buf: bytes, off: int, what: str) -> int:
    if off < 0 or off + 2 > len(buf):
        raise _Bad(f"{what} lies outside its stream")
    return struct.unpack_from("<H", buf, off)[0]


def _u32(buf: bytes, off: int, what: str) -> int:
    if off < 0 or off + 4 > len(buf):
        raise _Bad(f"{what} lies outside its stream")
    return struct.unpack_from("<I", buf, off)[0]


# ----------------------------------------------------------------- OLE level
def refuse_ole_non_word(data: bytes, options: ReadOptions):
    """Open the compound file; refuse encrypted OOXML containers. Returns the OleFileIO."""
    import olefile

    name = options.name
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:
        raise ReaderError(
            f"not a valid .doc: the OLE2 compound file is damaged ({exc})".splitlines()[0], name=name
        ) from None
    if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
        ole.close()
        raise EncryptedDocument("encrypted: a password is needed", name=name)
    return ole


def _stream(ole, stream: str, name: str, limit: int) -> bytes:
    try:
        size = ole.get_size(stream)
    except Exception:
        size = 0
    if size > limit:
        from ..errors import DocumentTooLarge

        raise DocumentTooLarge(f"the {stream} stream is {size} bytes, the limit is {limit}", name=name)
    try:
        with ole.openstream(stream) as fh:
            return fh.read()
    except Exception as exc:
        raise ReaderError(
            f"not a valid .doc: the {stream} stream cannot be read ({exc})".splitlines()[0], name=name
        ) from None


# ----------------------------------------------------------------------- FIB
@dataclass
class Fib:
    n_fib: int
    table_stream: str
    ccp_text: int
    fc_clx: int
    lcb_clx: int
    fc_bte_papx: int
    lcb_bte_papx: int
    fc_lst: int = 0
    lcb_lst: int = 0
    fc_lfo: int = 0
    lcb_lfo: int = 0


def parse_fib(word: bytes) -> Fib:
    if len(word) < 0x9A + 8 * 34:
        raise _Bad("the FIB is truncated")
    ident = _u16(word, 0, "wIdent")
    if ident != 0xA5EC:
        raise _Bad(f"the WordDocument stream does not start with a Word FIB (wIdent {ident:#06x})")
    n_fib = _u16(word, 2, "nFib")
    flags = _u16(word, 0x0A, "FIB flags")
    if flags & 0x0100 or flags & 0x8000:
        raise EncryptedDocument("encrypted: a password is needed")
    if n_fib < 101:
        raise _Bad(f"a Word 6/95 file (nFib {n_fib}) is not supported; save it as Word 97-2003 .doc or .docx")
    table = "1Table" if flags & 0x0200 else "0Table"
    pos = 0x20
    csw = _u16(word, pos, "FIB csw")
    pos += 2 + 2 * csw
    cslw = _u16(word, pos, "FIB cslw")
    lw = pos + 2
    if cslw < 4:
        raise _Bad("the FIB has no text length (cslw too small)")
    ccp_text = _u32(word, lw + 4 * 3, "FIB ccpText")
    pos = lw + 4 * cslw
    cb = _u16(word, pos, "FIB cbRgFcLcb")
    blob = pos + 2
    if cb < 34:
        raise _Bad("the FIB has no piece table pointer (cbRgFcLcb too small)")

    def pair(i: int) -> tuple[int, int]:
        return _u32(word, blob + 8 * i, "FIB fc"), _u32(word, blob + 8 * i + 4, "FIB lcb")

    fc_clx, lcb_clx = pair(33)
    fc_bte, lcb_bte = pair(13)
    lists = (*pair(73), *pair(74)) if cb > 74 else (0, 0, 0, 0)  # fcPlfLst/lcbPlfLst, fcPlfLfo/lcbPlfLfo
    return Fib(n_fib, table, ccp_text, fc_clx, lcb_clx, fc_bte, lcb_bte, *lists)


# ---------------------------------------------------------------- piece table
@dataclass
class Piece:
    cp_start: int
    cp_end: int
    fc: int  # byte offset in WordDocument
    compressed: bool

    def fc_of(self, cp: int) -> int:
        return self.fc + (cp - self.cp_start) * (1 if self.compressed else 2)


def parse_pieces(table: bytes, fib: Fib, word_len: int) -> list[Piece]:
    start, end = fib.fc_clx, fib.fc_clx + fib.lcb_clx
    if fib.lcb_clx == 0 or end > len(table):
        raise _Bad("the piece table (CLX) lies outside the table stream")
    pos = start
    while pos < end and table[pos] == 0x01:  # Prc: clxt, cbGrpprl, grpprl
        cb = struct.unpack_from("<h", table, pos + 1)[0] if pos + 3 <= end else -1
        if cb < 0:
            raise _Bad("a Prc in the piece table is malformed")
        pos += 3 + cb
    if pos >= end or table[pos] != 0x02:
        raise _Bad("the piece table (Pcdt) is missing")
    lcb = _u32(table, pos + 1, "Pcdt size")
    plc = pos + 5
    if plc + lcb > end or lcb < 16 or (lcb - 4) % 12:
        raise _Bad("the piece table (PlcPcd) has an impossible size")
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", table, plc)
    pieces = []
    for i in range(n):
        d = plc + 4 * (n + 1) + 8 * i
        fc_raw = _u32(table, d + 2, "piece fc")
        compressed = bool(fc_raw & 0x40000000)
        fc = fc_raw & 0x3FFFFFFF
        if compressed:
            fc //= 2
        cp0, cp1 = cps[i], cps[i + 1]
        if cp1 < cp0:
            raise _Bad("the piece table is out of order")
        width = 1 if compressed else 2
        if fc + (cp1 - cp0) * width > word_len:
            raise _Bad("a text piece lies outside the WordDocument stream (truncated file?)")
        pieces.append(Piece(cp0, cp1, fc, compressed))
    return pieces


def piece_text(word: bytes, pieces: list[Piece], limit: int) -> str:
    """The first ``limit`` characters of the text the pieces describe."""
    out: list[str] = []
    got = 0
    for p in pieces:
        if got >= limit:
            break
        take = min(p.cp_end - p.cp_start, limit - got)
        if p.compressed:
            out.append(word[p.fc : p.fc + take].decode("cp1252", errors="replace"))
        else:
            out.append(word[p.fc : p.fc + 2 * take].decode("utf-16-le", errors="replace"))
        got += take
    return "".join(out)


# ----------------------------------------------------------------------- PAPX
@dataclass
class ParaProps:
    in_table: bool = False
    ttp: bool = False
    itap: int = 0
    inner_cell: bool = False
    inner_ttp: bool = False
    cell_edges: tuple[int, ...] = ()  # rgdxaCenter of the row (on a TTP)
    vmerge: tuple[int, ...] = ()  # per cell: 0 none, 1 continue, 3 restart (on a TTP)
    ilfo: int = 0  # list (LFO) of an automatically numbered paragraph, 1-based; 0 none
    ilvl: int = 0  # its list level


def _table_def(op: bytes) -> tuple[tuple[int, ...], list[int]] | None:
    """sprmTDefTable: the row's cell edges and each cell's vertical-merge flags (None: cut short)."""
    itc = op[0]
    edges_end = 1 + 2 * (itc + 1)
    if len(op) < edges_end:
        return None
    vmerge = []
    for i in range(itc):
        t = edges_end + 20 * i
        if t + 2 > len(op):
            vmerge.append(0)
            continue
        grf = struct.unpack_from("<H", op, t)[0]
        vmerge.append((grf >> 5) & 0x3)
    return struct.unpack_from(f"<{itc + 1}h", op, 1), vmerge


def parse_sprms(grpprl: bytes) -> ParaProps:
    props = ParaProps()
    pos, end = 0, len(grpprl)
    vmerge: list[int] = []
    while pos + 2 <= end:
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == sprmTDefTable:
                if pos + 2 > end:
                    break
                size = struct.unpack_from("<H", grpprl, pos)[0] - 1
                pos += 2
            elif sprm == sprmPChgTabs and pos < end and grpprl[pos] == 255:
                break  # rare long form; nothing after it matters to us
            else:
                if pos >= end:
                    break
                size = grpprl[pos]
                pos += 1
        else:
            size = _OPERAND_SIZE[spra]
        op = grpprl[pos : pos + size]
        pos += size
        if len(op) < size:
            break
        if sprm == sprmPFInTable:
            props.in_table = bool(op[0])
        elif sprm == sprmPFTtp:
            props.ttp = bool(op[0])
        elif sprm == sprmPItap:
            props.itap = struct.unpack("<I", op)[0]
        elif sprm == sprmPFInnerTableCell:
            props.inner_cell = bool(op[0])
        elif sprm == sprmPIlfo:
            props.ilfo = struct.unpack("<h", op)[0]
        elif sprm == sprmPIlvl:
            props.ilvl = op[0]
        elif sprm == sprmPFInnerTtp:
            props.inner_ttp = bool(op[0])
        elif sprm == sprmTDefTable and len(op) >= 1:
            table = _table_def(op)
            if table is not None:
                props.cell_edges, vmerge = table
        elif sprm == sprmTVertMerge and len(op) >= 2:
            itc, flag = op[0], op[1]
            if itc >= len(vmerge):
                vmerge.extend([0] * (itc + 1 - len(vmerge)))
            vmerge[itc] = flag
    props.vmerge = tuple(vmerge)
    return props


def _huge_papx(grpprl: bytes, data: bytes) -> bytes:
    """The grpprl a sprmPHugePapx points to in the Data stream (a PrcData: a 2-byte size, then the
    sprms), with the FKP's own sprms after it; ``grpprl`` itself when it holds none. Word and
    LibreOffice put a table row's end properties there when the row's cell definitions
    (sprmTDefTable, borders, shading) do not fit the page: without them the row ends were lost."""
    if len(grpprl) < 6 or struct.unpack_from("<H", grpprl, 0)[0] != sprmPHugePapx:
        return grpprl
    offset = struct.unpack_from("<I", grpprl, 2)[0]
    if offset + 2 > len(data):
        return grpprl[6:]
    size = struct.unpack_from("<H", data, offset)[0]
    return data[offset + 2 : offset + 2 + size] + grpprl[6:]


def parse_papx_runs(
    word: bytes, table: bytes, fib: Fib, data: bytes = b""
) -> tuple[list[int], list[int], list[ParaProps]]:
    """Sorted runs ``(fc_start, fc_end, props)`` of paragraph properties, as three lists."""
    start, lcb = fib.fc_bte_papx, fib.lcb_bte_papx
    if lcb < 8 or start + lcb > len(table) or (lcb - 4) % 8:
        raise _Bad("the paragraph property index (PlcfBtePapx) lies outside the table stream")
    n = (lcb - 4) // 8
    pns = struct.unpack_from(f"<{n}I", table, start + 4 * (n + 1))
    starts: list[int] = []
    ends: list[int] = []
    props: list[ParaProps] = []
    cache: dict[bytes, ParaProps] = {}
    for pn in pns:
        page = (pn & 0x3FFFFF) * 512
        if page + 512 > len(word):
            raise _Bad("a paragraph property page (FKP) lies outside the WordDocument stream")
        fkp = word[page : page + 512]
        crun = fkp[511]
        if 4 * (crun + 1) + 13 * crun > 511:
            raise _Bad("a paragraph property page (FKP) is malformed")
        fcs = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        for i in range(crun):
            boff = fkp[4 * (crun + 1) + 13 * i] * 2
            grpprl = b""
            if boff:
                cb = fkp[boff]
                if cb:
                    body = fkp[boff + 1 : boff + 1 + 2 * cb - 1]
                else:
                    cb2 = fkp[boff + 1] if boff + 1 < 512 else 0
                    body = fkp[boff + 2 : boff + 2 + 2 * cb2]
                grpprl = _huge_papx(body[2:], data)  # skip istd
            p = cache.get(grpprl)
            if p is None:
                p = cache[grpprl] = parse_sprms(grpprl)
            starts.append(fcs[i])
            ends.append(fcs[i + 1])
            props.append(p)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [ends[i] for i in order], [props[i] for i in order]


# ------------------------------------------------------------------- lists


@dataclass
class Level:
    start: int
    fmt: str
    text: str  # the number text with placeholders: a char < "\x09" at a position in ``places`` is a level
    places: tuple[int, ...]  # 0-based positions of the placeholders in ``text``
    follow: int  # 0 tab, 1 space, 2 nothing
    legal: bool = False  # fLegal: every level shown as decimal
    restart: int | None = None  # fNoRestart: ilvlRestartLim (restarted only by a level above it); None: any above


@dataclass
class ListInstance:
    """An LFO: the list (LSTF) it is an instance of, its levels, and the levels whose start it overrides."""

    lsid: int
    levels: list[Level]
    starts: dict[int, int]


def _parse_level(table: bytes, pos: int) -> tuple[Level, int]:
    """The LVL at ``pos`` and the position after it."""
    if pos + 28 > len(table):
        raise _Bad("a list level (LVL) lies outside the table stream")
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    nums = table[pos + 6 : pos + 15]
    follow = table[pos + 15]
    cb_chpx, cb_papx, restart_lim = table[pos + 24], table[pos + 25], table[pos + 26]
    pos += 28 + cb_papx + cb_chpx
    cch = _u16(table, pos, "list level text")
    text = table[pos + 2 : pos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    pos += 2 + 2 * cch
    places = tuple(n - 1 for n in nums if 0 < n <= len(text))
    start = max(0, min(start, MAX_LIST_START))  # Word's bounds; a patched iStartAt may say 2**31-1
    restart = restart_lim if flags & 0x08 else None
    return Level(start, NFC.get(nfc, "decimal"), text, places, follow, bool(flags & 0x04), restart), pos


def parse_lists(table: bytes, fib: Fib) -> dict[int, ListInstance]:
    """ilfo (1-based) -> its list, from the PlfLst + LVLs and the PlfLfo (with the LFOLVL overrides of its
    LfoData)."""
    if not fib.lcb_lst or not fib.lcb_lfo:
        return {}
    pos = fib.fc_lst
    count = _u16(table, pos, "list count (PlfLst)")
    pos += 2
    lstfs = []
    for _ in range(count):
        if pos + 28 > len(table):
            raise _Bad("a list (LSTF) lies outside the table stream")
        lsid = struct.unpack_from("<i", table, pos)[0]
        simple = table[pos + 26] & 0x01
        lstfs.append((lsid, 1 if simple else 9))
        pos += 28
    by_lsid: dict[int, list[Level]] = {}
    for lsid, n_levels in lstfs:  # the LVLs follow the PlfLst directly
        levels = []
        for _ in range(n_levels):
            level, pos = _parse_level(table, pos)
            levels.append(level)
        by_lsid[lsid] = levels
    pos = fib.fc_lfo
    n_lfo = _u32(table, pos, "list override count (PlfLfo)")
    if pos + 4 + 16 * n_lfo > len(table):
        raise _Bad("the list overrides (PlfLfo) lie outside the table stream")
    lfos = [struct.unpack_from("<iIIB", table, pos + 4 + 16 * i) for i in range(n_lfo)]
    overrides = _lfo_overrides(table, pos + 4 + 16 * n_lfo, [lfo[3] for lfo in lfos])
    out = {}
    for i, (lsid, *_) in enumerate(lfos):
        if lsid in by_lsid:
            levels = list(by_lsid[lsid])
            starts: dict[int, int] = {}
            for ilvl, start, replaced in overrides[i]:
                if replaced is not None and ilvl < len(levels):
                    levels[ilvl] = replaced
                if start is not None:
                    starts[ilvl] = start
            out[i + 1] = ListInstance(lsid, levels, starts)
    return out


def _lfo_overrides(table: bytes, pos: int, counts: list[int]) -> list[list[tuple[int, int | None, Level | None]]]:
    """Per LFO, its LFOLVLs [2.9.132, 2.9.133]: (level, the start it sets or None, the LVL it gives or None). The
    LfoData follow the LFOs; where they cannot be read, no LFO overrides anything (as before they were read)."""
    out: list[list[tuple[int, int | None, Level | None]]] = [[] for _ in counts]
    try:
        for i, n in enumerate(counts):
            pos += 4  # cp
            for _ in range(n):
                if pos + 8 > len(table):
                    raise _Bad("an LFOLVL lies outside the table stream")
                start, flags = struct.unpack_from("<iI", table, pos)
                pos += 8
                level = None
                if flags & 0x20:  # fFormatting: an LVL follows
                    level, pos = _parse_level(table, pos)
                if flags & 0x10:  # fStartAt
                    start = level.start if level is not None else max(0, min(start, MAX_LIST_START))
                out[i].append((flags & 0x0F, start if flags & 0x10 else None, level))
    except _Bad:
        return [[] for _ in counts]
    return out


class ListCounters:
    """Word automatic numbering of .doc paragraphs, rendered as readers/docx.py does."""

    def __init__(self, lists: dict[int, ListInstance]) -> None:
        self.lists = lists
        self.counters = Counters()

    def marker(self, props: ParaProps) -> str:
        instance = self.lists.get(props.ilfo)
        if instance is None or props.ilvl >= len(instance.levels):
            return ""
        levels = instance.levels
        ilvl = props.ilvl
        level = levels[ilvl]
        counters = self.counters.advance(
            instance.lsid,
            props.ilfo,
            ilvl,
            {k: instance.starts.get(k, lv.start) for k, lv in enumerate(levels)},
            restarted=instance.starts.keys(),
            restart_after={k: lv.restart for k, lv in enumerate(levels) if lv.restart is not None},
        )
        follow = " " if level.follow == 1 else ""
        if level.fmt == "bullet":
            return level.text + follow
        # a level numbered like a level above it is drawn indented under it (readers/docx.py NESTED_INDENT)
        out = [NESTED_INDENT * ilvl] if any(_shape(levels[k]) == _shape(level) for k in range(ilvl)) else []
        for i, ch in enumerate(level.text):
            if i in level.places and ord(ch) < 9:
                k = ord(ch)
                lv = levels[k] if k < len(levels) else level
                fmt = "decimal" if level.legal else lv.fmt
                out.append(format_number(counters.get(k, instance.starts.get(k, lv.start)), fmt))
            else:
                out.append(ch)
        return "".join(out) + follow


#: the indent of a nested level's marker, as readers/docx.py writes it
NESTED_INDENT = "\u3000\u3000"


def _shape(level: Level) -> tuple[str, str]:
    """A level's marker with its numbers taken out: (format, 'X%.' pattern)."""
    text = "".join("%" if i in level.places and ord(ch) < 9 else ch for i, ch in enumerate(level.text))
    return level.fmt, text


# ----------------------------------------------------------------- rendering
_DROP = {chr(c) for c in range(0x20)} - {"\t", "\n"}
#: a run of characters that are not control characters (tab and newline are ordinary), or one control character
_TOKENS = re_compile(r"[^\x00-\x08\x0b-\x1f]+|[\x00-\x08\x0b-\x1f]")
_NO_PROPS = ParaProps()


class _Builder:
    """Turns the character stream into text, rows and tables."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []
        self.line: list[str] = []  # current paragraph (or current cell paragraph)
        self.cell_paras: list[str] = []  # finished paragraphs of the current cell
        self.row: list[str] = []  # finished cells of the current row
        self.rows: list[tuple[list[str], tuple[int, ...], tuple[int, ...]]] = []
        self.first_block = True

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _new_block(self) -> None:
        if not self.first_block:
            self._emit("\n")
        self.first_block = False

    def end_paragraph(self) -> None:
        if self.rows:
            self.flush_table()
        self._new_block()
        self._emit("".join(self.line))
        self.line = []

    def end_cell_paragraph(self) -> None:
        self.cell_paras.append("".join(self.line))
        self.line = []

    def end_cell(self) -> None:
        self.end_cell_paragraph()
        self.row.append("\n".join(self.cell_paras))
        self.cell_paras = []

    def end_row(self, props: ParaProps) -> None:
        # text typed after the last cell mark and before the row mark is dropped by Word too
        self.line = []
        self.cell_paras = []
        self.rows.append((self.row, props.cell_edges, props.vmerge))
        self.row = []

    def flush_table(self) -> None:
        rows = self.rows
        self.rows = []
        if self.row:  # cells without a row end: keep them as a row
            rows.append((self.row, (), ()))
            self.row = []
        # the grid: union of every row's cell boundaries
        edges = sorted({e for _, es, _ in rows for e in es})
        self._new_block()
        start = self.pos
        out_rows: list[list[Cell]] = []
        carried: dict[int, tuple[int, int]] = {}
        for r, (cells, es, vm) in enumerate(rows):
            if r:
                self._emit("\n")
            row: list[Cell] = []
            for c, text in enumerate(cells):
                if c:
                    self._emit("\t")
                span = (self.pos, self.pos + len(text))
                self._emit(text)
                if len(es) == len(cells) + 1 and edges:
                    col0 = bisect_right(edges, es[c]) - 1
                    col1 = bisect_right(edges, es[c + 1]) - 1
                    cols = range(col0, max(min(col1, col0 + MAX_GRID_SPAN), col0 + 1))
                else:
                    cols = range(c, c + 1)
                flag = vm[c] if c < len(vm) else 0
                if flag == 1 and cols.start in carried:
                    row.extend(Cell(span=carried[cols.start], merged=True) for _ in cols)
                    continue
                for k in cols:
                    if flag:
                        carried[k] = span
                    else:
                        carried.pop(k, None)
                row.append(Cell(span=span))
                row.extend(Cell(span=span, merged=True) for _ in range(len(cols) - 1))
            out_rows.append(row)
        self.tables.append(Table(span=(start, self.pos), rows=out_rows))

    def finish(self) -> str:
        if self.row or self.cell_paras:
            if self.line:
                self.end_cell()
            self.flush_table()
        elif self.rows:
            self.flush_table()
        if self.line:
            self._new_block()
            self._emit("".join(self.line))
        self._emit("\n")
        return "".join(self.parts)


def _fallback_row_end(chars: str, cp: int, b: _Builder) -> bool:
    """Without paragraph properties: does the cell mark at ``cp`` close the row?

    Word writes the row-end mark right after the last cell mark, so a mark
    following a mark with nothing between closes the row - unless the row is
    still shorter than the table's first row (then it is an empty cell). The
    first row itself ends at its first double mark, so an empty cell in the
    first row, or a first cell with several paragraphs in a later row, can
    still be misread; the reader warns when it uses this fallback.
    """
    if cp == 0 or chars[cp - 1] != "\x07" or b.line or b.cell_paras:
        return False
    if b.rows:
        return len(b.row) >= len(b.rows[0][0])
    return True


class _Fields:
    """Field marks: text between \\x13 (begin) and \\x14 (separator) is a
    field's code and is hidden; its result, up to \\x15 (end), is kept."""

    def __init__(self) -> None:
        self.open: list[bool] = []  # per open field: True while in its code part
        self.hidden = 0  # number of open fields currently in their code part

    def mark(self, ch: str) -> bool:
        """Take a field mark; False for any other character."""
        if ch == "\x13":
            self.open.append(True)
            self.hidden += 1
        elif ch == "\x14":
            if self.open and self.open[-1]:
                self.open[-1] = False
                self.hidden -= 1
        elif ch == "\x15":
            if self.open and self.open.pop():
                self.hidden -= 1
        else:
            return False
        return True


def _paragraph_mark(b: _Builder, p: ParaProps | None) -> None:
    """\\r: the end of a paragraph, or of a paragraph inside a cell."""
    if p is not None and (p.in_table or p.itap >= 1):
        b.end_cell_paragraph()
    elif p is None and b.row:  # fallback: a paragraph mark in the middle of a row
        b.end_cell_paragraph()
    else:
        b.end_paragraph()


def _cell_mark(chars: str, cp: int, b: _Builder, p: ParaProps | None, number: Callable[[ParaProps], None]) -> None:
    """\\x07: the end of a cell or (with TTP) of a row."""
    if p is None:  # fallback: see _fallback_row_end
        if _fallback_row_end(chars, cp, b):
            b.end_row(_NO_PROPS)
        else:
            b.end_cell()
    elif p.itap > 1 and not p.ttp:  # a nested table's mark: keep inside the outer cell
        if p.inner_ttp:
            b.end_cell_paragraph()
        else:
            b.line.append("\t")
    elif p.ttp:
        b.end_row(p)
    elif not p.in_table and p.itap == 0 and b.row:
        # a cell mark in no table: the row's end mark, whose row properties Word or LibreOffice
        # wrote where they are not read (a PAPX too large for its page goes to the Data stream)
        b.end_row(_NO_PROPS)
    else:
        number(p)
        b.end_cell()


#: control characters that stand for text
_CONTROL_TEXT = {"\x0b": "\n", "\x1e": "-"}


def render(chars: str, props_at, lists: ListCounters | None = None) -> tuple[str, list[Table]]:
    """Render the main text; ``props_at(cp)`` gives the ParaProps of the paragraph ending at ``cp``.

    ``props_at`` returns None when no paragraph properties could be read;
    ``lists`` renders automatic numbering markers in front of numbered paragraphs.
    """
    b = _Builder()

    def number(p: ParaProps | None) -> None:
        if lists is not None and p is not None and p.ilfo > 0:
            mark = lists.marker(p)
            if mark:
                b.line.insert(0, mark)

    fields = _Fields()
    for m in _TOKENS.finditer(chars):
        ch = m.group()
        if len(ch) > 1 or ch >= " " or ch in "\t\n":  # a run of ordinary text
            if not fields.hidden:
                b.line.append(ch)
            continue
        if fields.mark(ch) or fields.hidden:
            continue
        cp = m.start()
        if ch == "\r":
            p = props_at(cp)
            number(p)
            _paragraph_mark(b, p)
        elif ch == "\x07":
            _cell_mark(chars, cp, b, props_at(cp), number)
        elif ch in _CONTROL_TEXT:
            b.line.append(_CONTROL_TEXT[ch])
        elif ch == "\x0c":
            if b.line:
                b.end_paragraph()
        elif ch not in _DROP:
            b.line.append(ch)
    text = b.finish()
    return text, b.tables


def _streams(data: bytes, options: ReadOptions) -> tuple[bytes, bytes, Fib, bytes]:
    """The WordDocument and table streams, the FIB that says which table stream, and the Data
    stream (empty when there is none)."""
    name = options.name
    if data[:8] != OLE_MAGIC:
        raise ReaderError("not a .doc: the file is not an OLE2 compound file", name=name)
    ole = refuse_ole_non_word(data, options)
    try:
        if not ole.exists("WordDocument"):
            raise ReaderError("not a Word document: the OLE2 file has no WordDocument stream", name=name)
        word = _stream(ole, "WordDocument", name, options.max_bytes)
        try:
            fib = parse_fib(word)
        except EncryptedDocument as exc:
            raise EncryptedDocument(exc.problem, name=name) from None
        if not ole.exists(fib.table_stream):
            raise ReaderError(f"not a valid .doc: the {fib.table_stream} stream is missing", name=name)
        table = _stream(ole, fib.table_stream, name, options.max_bytes)
        extra = _stream(ole, "Data", name, options.max_bytes) if ole.exists("Data") else b""
    except _Bad as exc:
        raise ReaderError(f"not a valid .doc: {exc}", name=name) from None
    finally:
        ole.close()
    return word, table, fib, extra


class _PropsAt:
    """The paragraph properties at a character position (None: no PAPX was read)."""

    def __init__(self, pieces: list[Piece], papx: tuple[list[int], list[int], list[ParaProps]]) -> None:
        self.pieces = pieces
        self.piece_starts = [p.cp_start for p in pieces]
        self.starts, self.ends, self.plist = papx

    def __call__(self, cp: int) -> ParaProps | None:
        if not self.starts:
            return None
        i = bisect_right(self.piece_starts, cp) - 1
        if i < 0:
            return _NO_PROPS
        fc = self.pieces[i].fc_of(cp)
        j = bisect_right(self.starts, fc) - 1
        if j < 0 or fc >= self.ends[j]:
            return _NO_PROPS
        return self.plist[j]


def _text_and_props(
    word: bytes, table: bytes, fib: Fib, warnings: list[ParseWarning], extra: bytes = b""
) -> tuple[str, _PropsAt]:
    """The main text's characters and its paragraph properties (raises _Bad)."""
    pieces = parse_pieces(table, fib, len(word))
    total = pieces[-1].cp_end if pieces else 0
    if fib.ccp_text > total:
        raise _Bad(f"the text length ({fib.ccp_text}) is beyond the piece table ({total})")
    if fib.ccp_text > len(word):  # every character takes at least one byte of the stream
        raise _Bad(f"the text length ({fib.ccp_text}) is beyond the WordDocument stream ({len(word)} bytes)")
    chars = piece_text(word, pieces, fib.ccp_text)
    try:
        papx = parse_papx_runs(word, table, fib, extra)
    except _Bad as exc:
        papx = ([], [], [])
        message = f"{exc}; table rows found by the \\x07\\x07 convention"
        warnings.append(ParseWarning(code=WarningCode.DOC_NO_PARAGRAPH_PROPERTIES, message=message))
    return chars, _PropsAt(pieces, papx)


def read(data: bytes, options: ReadOptions) -> ReadResult:
    name = options.name
    word, table, fib, extra = _streams(data, options)
    warnings: list[ParseWarning] = []
    try:
        chars, props_at = _text_and_props(word, table, fib, warnings, extra)
    except _Bad as exc:
        raise ReaderError(f"not a valid .doc: {exc}", name=name) from None
    lists = None
    if props_at.starts:
        try:
            lists = ListCounters(parse_lists(table, fib))
        except _Bad as exc:
            message = f"{exc}; automatic numbering markers are not rendered"
            warnings.append(ParseWarning(code=WarningCode.DOC_NO_LIST_NUMBERING, message=message))
    text, tables = render(chars, props_at, lists)
    if not text.strip():
        raise ReaderError("empty document: the .doc has no text", name=name)
    if "\ufffd" in text:
        message = f"{text.count(chr(0xFFFD))} undecodable character(s) (U+FFFD) in the text"
        warnings.append(ParseWarning(code=WarningCode.REPLACEMENT_CHARACTERS, message=message))
    return ReadResult(text=text, format="doc", encoding=None, tables=tables, warnings=warnings)
