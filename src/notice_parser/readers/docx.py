"""Word .docx: body paragraphs and tables in document order, as one text.

Pipeline: check the zip (:func:`check_zip`) → python-docx opens the package →
walk the body XML (``w:p``, ``w:tbl``, block ``w:sdt``) → one string.
Headers, footers, footnotes, comments and text boxes are not read.

Rendering (every span indexes this text, half-open, in code points):

* a paragraph is one line; ``w:tab`` is ``\\t``, ``w:br``/``w:cr`` is ``\\n``;
  field codes (``w:instrText``) are dropped, their results kept;
* Word automatic numbering (``w:numPr`` on the paragraph or its style) is
  rendered as the marker a reader sees: ``lvlText`` with each ``%N`` replaced
  by the counter of level N-1 in its ``numFmt`` ("一、", "（一）", "1.");
  the list is the paragraph's ``w:numPr`` or its style's (its level, when
  the style gives none, the ``w:lvl`` whose ``w:pStyle`` names the style),
  through a numbering style's link (``w:numStyleLink``); counters run per
  list definition (readers/numbering.py: two numIds of one abstractNum count
  on, a ``startOverride`` counts again, ``lvlRestart`` limits which levels
  reset a deeper one; ``isLgl`` shows every level as decimal). The suffix
  Word puts after a marker (a tab by default) is not rendered, a ``space``
  suffix is rendered as one space, so "一、指导思想" reads as if typed;
* a table row is one line: cells joined by ``\\t``, a cell's paragraphs
  joined by ``\\n`` (so a row with multi-paragraph cells spans several lines;
  :class:`Cell` spans, not lines, are the truth for tables). ``text[cell.span]``
  is exactly that cell's text;
* a cell spanning n grid columns (``gridSpan``) is rendered once and listed n
  times in its row: first ``merged=False``, then ``merged=True`` with the same
  span, so every row has one :class:`Cell` per grid column;
* a cell continuing a vertical merge (``vMerge`` without ``restart``) renders
  its own (usually empty) text but is listed as ``Cell(span=<span of the cell
  that carries the value>, merged=True)``;
* a table nested in a cell is flattened into the cell text (rows as lines,
  cells joined by tab) and is not returned as a separate :class:`Table`.

Safety: the zip is checked before python-docx sees it (entry count, total
decompressed size against ``options.max_bytes`` measured while inflating,
compression ratio), and every XML part is refused if it declares a DTD or an
entity (OOXML never needs one; python-docx's parser does not resolve entities
but we do not rely on that). An encrypted .docx is an OLE2 file holding an
``EncryptionInfo`` stream and is refused as :class:`EncryptedDocument`.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import ReaderError
from ..model import ParseWarning, WarningCode
from . import Cell, ReadOptions, ReadResult, Table, zipguard
from .doc import refuse_ole_non_word
from .limits import MAX_GRID_SPAN, MAX_LIST_START, bounded_int
from .numbering import NUM_FORMATS, ListCounters, format_number
from .zipguard import DTD_MARKERS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: (the zip guard is the one the OOXML readers share, readers/zipguard.py; wordml checks its text with its markers)
_DTD_MARKERS = DTD_MARKERS


# --------------------------------------------------------------------- safety
def _has_document(infos: list[zipfile.ZipInfo]) -> bool:
    return any(i.filename == "word/document.xml" or i.filename.endswith("document.xml") for i in infos)


def check_zip(data: bytes, options: ReadOptions) -> None:
    """Refuse a zip that is not a sane .docx before anything parses it (:func:`.zipguard.check_zip`: a bomb is
    :class:`DocumentTooLarge`; a broken zip, no document part or an XML part carrying a DTD/entity declaration
    :class:`ReaderError`)."""
    zipguard.check_zip(data, options, label=".docx", has_main=_has_document, main="word/document.xml")


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(W + tag) if el is not None else None
    if child is None:
        return default
    return child.get(W + "val", default)


class Numbering:
    """Levels of numbering.xml, and the running counters of its lists (:class:`.numbering.ListCounters`: per
    ``abstractNum``, restarted by an instance's ``startOverride``, a level by ``lvlRestart``)."""

    def __init__(self, numbering_el, styles_el) -> None:
        self.abstract: dict[str | None, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str | None, dict[int, dict]]] = {}
        self.counters = ListCounters()
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.unknown_formats: set[str] = set()
        #: a numbering style's id -> the numId its definition is reached by (``w:numStyleLink``)
        style_num: dict[str, str] = {}
        #: an abstractNum that holds no levels of its own but names the numbering style that does
        linked: dict[str | None, str] = {}
        if numbering_el is not None:
            for an in numbering_el.findall(W + "abstractNum"):
                aid = an.get(W + "abstractNumId")
                self.abstract[aid] = {int(lvl.get(W + "ilvl", "0")): self._level(lvl) for lvl in an.findall(W + "lvl")}
                link = _val(an, "numStyleLink")
                if link:
                    linked[aid] = link
            for num in numbering_el.findall(W + "num"):
                overrides: dict[int, dict] = {}
                for ov in num.findall(W + "lvlOverride"):
                    ilvl = int(ov.get(W + "ilvl", "0"))
                    entry: dict = {}
                    lvl = ov.find(W + "lvl")
                    if lvl is not None:
                        entry.update(self._level(lvl))
                    start = _val(ov, "startOverride")
                    if start is not None:
                        entry["start"] = bounded_int(start, 1, 0, MAX_LIST_START)
                        entry["restarted"] = True  # (a level replaced by a w:lvl alone counts on with the list)
                    overrides[ilvl] = entry
                self.nums[num.get(W + "numId")] = (_val(num, "abstractNumId"), overrides)
        if styles_el is not None:
            based: dict[str, str | None] = {}
            own: dict[str, tuple[str | None, int | None]] = {}
            for st in styles_el.findall(W + "style"):
                sid = st.get(W + "styleId")
                b = _val(st, "basedOn")
                if b:
                    based[sid] = b
                numpr = st.find(f"{W}pPr/{W}numPr")
                if numpr is not None:
                    level = _val(numpr, "ilvl")
                    own[sid] = (_val(numpr, "numId"), int(level) if level is not None else None)
                    if st.get(W + "type") == "numbering" and own[sid][0]:
                        style_num[sid] = own[sid][0]  # type: ignore[assignment]
            for sid in set(own) | set(based):
                cur: str | None = sid
                seen: set[str] = set()
                while cur and cur not in own and cur not in seen:
                    seen.add(cur)
                    cur = based.get(cur)
                if cur in own:
                    self.style_numpr[sid] = own[cur]
        #: an abstractNum linked to a numbering style -> the abstractNum that defines the style's levels
        self.defined_by: dict[str | None, str | None] = {}
        for aid, link in linked.items():
            target = self.nums.get(style_num.get(link, ""), (None, {}))[0]
            if target is not None and target != aid and target not in linked:
                self.defined_by[aid] = target

    @staticmethod
    def _level(lvl) -> dict:
        out: dict = {}
        for key, tag in (("fmt", "numFmt"), ("text", "lvlText"), ("suff", "suff"), ("style", "pStyle")):
            v = _val(lvl, tag)
            if v is not None:
                out[key] = v
        start = _val(lvl, "start")
        if start is not None:
            out["start"] = bounded_int(start, 1, 0, MAX_LIST_START)
        restart = _val(lvl, "lvlRestart")
        if restart is not None:
            out["restart"] = bounded_int(restart, 0, 0, 9)
        if lvl.find(W + "isLgl") is not None:
            out["legal"] = True
        return out

    def _definition(self, num_id: str) -> str | None:
        """The abstractNum whose levels and counters ``num_id`` uses (through a numbering style's link)."""
        abstract_id = self.nums.get(num_id, (None, {}))[0]
        return self.defined_by.get(abstract_id, abstract_id)

    def _levels(self, num_id: str) -> dict[int, dict]:
        overrides = self.nums.get(num_id, (None, {}))[1]
        levels = {k: dict(v) for k, v in self.abstract.get(self._definition(num_id), {}).items()}
        for ilvl, entry in overrides.items():
            levels.setdefault(ilvl, {}).update(entry)
        return levels

    def marker(self, p_el) -> str:
        """The marker Word shows before paragraph ``p_el`` ("" when unnumbered); advances counters."""
        ppr = p_el.find(W + "pPr")
        num_id = ilvl = style = None
        if ppr is not None:
            style = _val(ppr, "pStyle")
            if style in self.style_numpr:
                num_id, ilvl = self.style_numpr[style]
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_id = _val(numpr, "numId", num_id)
                v = _val(numpr, "ilvl")
                if v is not None:
                    ilvl = int(v)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        levels = self._levels(num_id)
        if ilvl is None:
            # a heading style given the list but no level: the level linked to the style (w:lvl/w:pStyle)
            ilvl = next((k for k, lv in sorted(levels.items()) if style and lv.get("style") == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        overridden = [k for k, entry in self.nums[num_id][1].items() if entry.get("restarted")]
        counters = self.counters.advance(
            self._definition(num_id),
            num_id,
            ilvl,
            {k: lv.get("start", 1) for k, lv in levels.items()},
            restarted=overridden,
            restart_after={k: lv["restart"] for k, lv in levels.items() if "restart" in lv},
        )
        text = level.get("text", "")
        if level.get("fmt") == "bullet":
            return text + (" " if level.get("suff") == "space" else "")
        indent = NESTED_INDENT * ilvl if any(_shape(levels.get(k, {})) == _shape(level) for k in range(ilvl)) else ""
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, {})
                value = counters.get(k, lv.get("start", 1))
                fmt = "decimal" if level.get("legal") else lv.get("fmt", "decimal")
                if fmt not in NUM_FORMATS:
                    self.unknown_formats.add(fmt)
                text = text.replace(token, format_number(value, fmt))
        return indent + text + (" " if level.get("suff") == "space" else "")


#: a level numbered as a level above it (%1. and %2., as LibreOffice saves an HTML <ol> in an <ol>) is
#: drawn by Word indented under it: its marker is written after this indent per level (the HTML
#: reader's for a nested list), so that 1. under 1. nests as on the page
NESTED_INDENT = "\u3000\u3000"


def _shape(level: dict) -> tuple:
    """A level's marker with its numbers taken out: (format, 'X%.' pattern)."""
    text = level.get("text")
    if text is None:
        return (None,)
    for k in range(9):
        text = text.replace(f"%{k + 1}", "%")
    return (level.get("fmt", "decimal"), text)


# ------------------------------------------------------------------ rendering
_SKIP = {
    W + t
    for t in (
        "pPr",
        "rPr",
        "instrText",
        "delText",
        "del",
        "drawing",
        "pict",
        "object",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
        "fldChar",
        "moveFrom",
    )
}


def _inline_text(el, out: list[str]) -> None:
    """Append the visible text under a paragraph-level element to ``out``."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            if child.text:
                out.append(child.text)
        elif tag in (W + "tab", W + "ptab"):
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            if child.get(W + "type") not in ("page", "column"):
                out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == MC + "AlternateContent":
            continue
        else:
            _inline_text(child, out)


class _Renderer:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []

    def emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def paragraph_text(self, p_el) -> str:
        out = [self.numbering.marker(p_el)]
        _inline_text(p_el, out)
        return "".join(out)

    def blocks(self, container) -> list:
        """Block-level children of a body/cell, with block ``w:sdt`` unwrapped."""
        found = []
        for child in container:
            if child.tag in (W + "p", W + "tbl"):
                found.append(child)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    found.extend(self.blocks(content))
            elif child.tag in (W + "customXml",):
                found.extend(self.blocks(child))
        return found

    def flat_text(self, container) -> str:
        """Text of a cell: paragraphs joined by newline, nested tables flattened."""
        lines = []
        for block in self.blocks(container):
            if block.tag == W + "p":
                lines.append(self.paragraph_text(block))
            else:
                for tr in block.findall(W + "tr"):
                    lines.append("\t".join(self.flat_text(tc) for tc in tr.findall(W + "tc")))
        return "\n".join(lines)

    def body(self, body_el) -> None:
        first = True
        for block in self.blocks(body_el):
            if not first:
                self.emit("\n")
            first = False
            if block.tag == W + "p":
                self.emit(self.paragraph_text(block))
            else:
                self.table(block)
        self.emit("\n")

    def table(self, tbl) -> None:
        start = self.pos
        rows: list[list[Cell]] = []
        carried: dict[int, tuple[int, int]] = {}  # grid column -> span of the cell carrying a vertical merge
        trs = _children_through_sdt(tbl, W + "tr")
        for r, tr in enumerate(trs):
            if r:
                self.emit("\n")
            col = int(_val(tr.find(W + "trPr"), "gridBefore", "0") or 0)
            row: list[Cell] = []
            tcs = _children_through_sdt(tr, W + "tc")
            for c, tc in enumerate(tcs):
                if c:
                    self.emit("\t")
                tcpr = tc.find(W + "tcPr")
                span_cols = bounded_int(_val(tcpr, "gridSpan", "1"), 1, 1, MAX_GRID_SPAN)
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                text = self.flat_text(tc)
                cell_span = (self.pos, self.pos + len(text))
                self.emit(text)
                if vmerge is not None and vmerge.get(W + "val", "continue") != "restart" and col in carried:
                    cells = [Cell(span=carried[col], merged=True) for _ in range(span_cols)]
                else:
                    if vmerge is not None:  # restart (or a continue with nothing above): this cell carries the value
                        for k in range(span_cols):
                            carried[col + k] = cell_span
                    else:
                        for k in range(span_cols):
                            carried.pop(col + k, None)
                    cells = [Cell(span=cell_span)] + [Cell(span=cell_span, merged=True) for _ in range(span_cols - 1)]
                row.extend(cells)
                col += span_cols
            rows.append(row)
        self.tables.append(Table(span=(start, self.pos), rows=rows))


# ---------------------------------------------------------------------- entry
def _related_element(part, reltype: str):
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError, NotImplementedError):
        return None


def read(data: bytes, options: ReadOptions) -> ReadResult:
    if data[:8] == OLE_MAGIC:
        refuse_ole_non_word(data, options)
        raise ReaderError("not a .docx: this is an OLE2 (Word 97-2003) file; read it as doc", name=options.name)
    if data[:2] != b"PK":
        raise ReaderError("not a .docx: the file is not a zip archive", name=options.name)
    check_zip(data, options)

    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise ReaderError(
            f"not a valid .docx: {type(exc).__name__}: {exc}".splitlines()[0], name=options.name
        ) from None
    part = document.part
    numbering = Numbering(_related_element(part, RT.NUMBERING), _related_element(part, RT.STYLES))
    renderer = _Renderer(numbering)
    body = document.element.body
    renderer.body(body)
    text = "".join(renderer.parts)
    warnings: list[ParseWarning] = []
    if numbering.unknown_formats:
        warnings.append(
            ParseWarning(
                code=WarningCode.UNKNOWN_NUMBERING,
                message=f"numbering format(s) {', '.join(sorted(numbering.unknown_formats))} rendered as decimal",
            )
        )
    if not text.strip():
        raise ReaderError("empty document: the .docx body has no text", name=options.name)
    return ReadResult(text=text, format="docx", encoding=None, tables=renderer.tables, warnings=warnings)


def _children_through_sdt(parent, tag: str) -> list:
    """Children of ``parent`` with ``tag``, in document order, looking through
    content controls (w:sdt/w:sdtContent) that wrap rows or cells."""
    out = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                out.extend(c for c in content if c.tag == tag)
    return out
