"""Word 2003 XML (WordprocessingML 2003: one XML file whose root is
``<w:wordDocument>`` in ``http://schemas.microsoft.com/office/word/2003/wordml``),
what Word 2003 and WPS save as "XML 文档", often under a .doc name.

Read with lxml under the .docx safety rules: a file that declares a DTD or an
entity is refused before parsing (Word never writes one), the parser resolves
no entity, loads no DTD and touches no network, and lxml's limits on depth and
node size stay on. The body is rendered by :class:`.BlockWriter` as the .docx
reader renders it:

* ``w:p`` is a line: ``w:t`` text, ``w:tab`` ``\\t``, ``w:br``/``w:cr`` ``\\n``,
  ``w:sym`` its character; field instructions, deleted text, footnotes and
  drawings/text boxes (``w:pict``) are not read; ``w:hlink``, ``w:fldSimple``,
  ``w:ins``, ``wx:sect``/``wx:sub-section`` and custom-XML wrappers are read
  through;
* list numbering: ``w:pPr/w:listPr`` (``w:ilvl``, ``w:ilfo``; or the
  paragraph style's ``w:listPr``) → ``w:lists/w:list[@w:ilfo]`` → its
  ``w:ilst`` → ``w:listDef`` → ``w:lvl`` (``w:start``, ``w:nfc``,
  ``w:lvlText``, ``w:suff``), with a list's ``w:lvlOverride/w:startOverride``.
  The marker is rendered like the .doc/.docx readers do it ("一、", "（一）",
  counters per list, a level resets the deeper ones, no tab after it); when
  Word stored the marker it showed (``wx:t``), that text is used;
* ``w:tbl/w:tr/w:tc``: a ``w:gridSpan`` cell is listed once per grid column,
  a ``w:vmerge`` continuation (or ``w:hmerge`` continuation) carries the cell
  above (to the left). (LibreOffice's "MS Word 2003 XML" export drops a
  vertically merged cell instead of writing ``w:vmerge``; Word then shows the
  row's cells shifted left, and so does this reader.)
"""

from __future__ import annotations

from lxml import etree

from ..errors import ReaderError
from . import ReadOptions, ReadResult
from .blocks import MERGED_ABOVE, MERGED_LEFT, BlockWriter
from .docx import _DTD_MARKERS
from .limits import MAX_GRID_SPAN, MAX_LIST_START, bounded_int
from .numbering import NFC, format_number
from .sniff import markup_as_utf8

NS = "http://schemas.microsoft.com/office/word/2003/wordml"
W = "{" + NS + "}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"

#: elements whose text is not body text
_SKIP = {W + t for t in ("pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "pict", "footnote", "endnote", "delText")}
_SKIP |= {W + "instrText", W + "del", W + "tblGrid", "{http://schemas.microsoft.com/aml/2001/core}annotation"}


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(tag) if el is not None else None
    if child is None:
        return default
    return child.get(W + "val", default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _nfc(code: int) -> str:
    """Word's nfc code as a numFmt name. 10 (ideographDigital: 10 is 一〇) is
    what LibreOffice's export writes for 一, 二, 三 counting, and a notice
    numbered 一〇、 does not exist: it is read as chineseCounting (十)."""
    return "chineseCounting" if code == 10 else NFC.get(code, "decimal")


class _Lists:
    def __init__(self, root) -> None:
        defs: dict[str, dict[int, dict]] = {}
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_list: dict[str, tuple[str | None, int]] = {}
        lists = root.find(W + "lists")
        if lists is not None:
            for ld in lists.findall(W + "listDef"):
                levels = {}
                for lvl in ld.findall(W + "lvl"):
                    levels[_int(lvl.get(W + "ilvl"), 0)] = {
                        "start": bounded_int(_val(lvl, W + "start"), 1, 0, MAX_LIST_START),
                        "fmt": _nfc(_int(_val(lvl, W + "nfc"), 0)),
                        "text": _val(lvl, W + "lvlText", "") or "",
                        "suff": (_val(lvl, W + "suff", "Tab") or "Tab").lower(),
                    }
                defs[ld.get(W + "listDefId", "")] = levels
            for lst in lists.findall(W + "list"):
                starts = {}
                for ov in lst.findall(W + "lvlOverride"):
                    start = _val(ov, W + "startOverride")
                    if start is not None:
                        starts[_int(ov.get(W + "ilvl"), 0)] = bounded_int(start, 1, 0, MAX_LIST_START)
                self.instances[lst.get(W + "ilfo", "")] = (_val(lst, W + "ilst", "") or "", starts)
        self.defs = defs
        styles = root.find(W + "styles")
        if styles is not None:
            for st in styles.findall(W + "style"):
                lp = st.find(f"{W}pPr/{W}listPr")
                if lp is not None and _val(lp, W + "ilfo"):
                    self.style_list[st.get(W + "styleId", "")] = (_val(lp, W + "ilfo"), _int(_val(lp, W + "ilvl"), 0))

    def marker(self, ppr) -> str:
        if ppr is None:
            return ""
        ilfo, ilvl = None, 0
        style = _val(ppr, W + "pStyle")
        if style in self.style_list:
            ilfo, ilvl = self.style_list[style]
        lp = ppr.find(W + "listPr")
        shown = None
        if lp is not None:
            ilfo = _val(lp, W + "ilfo", ilfo)
            ilvl = _int(_val(lp, W + "ilvl"), ilvl)
            t = lp.find(WX + "t")
            if t is not None:
                shown = t.get(WX + "val")
        if not ilfo or ilfo == "0" or ilfo not in self.instances:
            return shown or ""
        ilst, overrides = self.instances[ilfo]
        levels = self.defs.get(ilst, {})
        level = levels.get(ilvl)
        if level is None:
            return shown or ""
        counters = self.counters.setdefault(ilfo, {})
        counters[ilvl] = counters.get(ilvl, overrides.get(ilvl, level["start"]) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        suffix = " " if level["suff"] == "space" else ""
        if shown is not None:
            return shown + suffix
        text = level["text"]
        if level["fmt"] == "bullet":
            return text + suffix
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, level)
                value = counters.get(k, overrides.get(k, lv["start"]))
                text = text.replace(token, format_number(value, lv["fmt"]))
        return text + suffix


class _Renderer:
    def __init__(self, lists: _Lists) -> None:
        self.lists = lists
        self.writer = BlockWriter()

    def blocks(self, container):
        """Block children (w:p, w:tbl) in order, through section and wrapper elements."""
        for child in container:
            if not isinstance(child.tag, str):
                continue
            if child.tag in (W + "p", W + "tbl"):
                yield child
            elif child.tag not in _SKIP:
                yield from self.blocks(child)

    def inline(self, el, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "sym":
                code = child.get(W + "char", "")
                try:
                    value = int(code, 16)
                    if value >= 0xF000:  # a symbol font's private-use range
                        value -= 0xF000
                    out.append(chr(value))
                except ValueError:
                    pass
            elif tag == W + "p":  # a paragraph inside a wrapper (rare): its own line
                out.append("\n" + self.paragraph_text(child))
            else:
                self.inline(child, out)

    def paragraph_text(self, p) -> str:
        out = [self.lists.marker(p.find(W + "pPr"))]
        self.inline(p, out)
        return "".join(out)

    def cell_text(self, tc) -> str:
        lines = []
        for block in self.blocks(tc):
            if block.tag == W + "p":
                lines.append(self.paragraph_text(block))
            else:
                for tr in block.iter(W + "tr"):
                    lines.append("\t".join(self.cell_text(c) for c in tr.findall(W + "tc")))
        return "\n".join(lines)

    def table(self, tbl) -> list[list]:
        rows: list[list] = []
        for tr in tbl.findall(W + "tr"):
            row: list = [""] * bounded_int(_val(tr.find(W + "trPr"), W + "gridBefore"), 0, 0, MAX_GRID_SPAN)
            tcs = tr.findall(W + "tc")
            for tc in tcs:
                tcpr = tc.find(W + "tcPr")
                span = bounded_int(_val(tcpr, W + "gridSpan"), 1, 1, MAX_GRID_SPAN)
                vmerge = tcpr.find(W + "vmerge") if tcpr is not None else None
                hmerge = tcpr.find(W + "hmerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(W + "val", "continue") != "restart":
                    row.extend([MERGED_ABOVE] * span)
                elif hmerge is not None and hmerge.get(W + "val", "continue") != "restart" and row:
                    row.extend([MERGED_LEFT] * span)
                else:
                    row.append(self.cell_text(tc))
                    row.extend([MERGED_LEFT] * (span - 1))
            rows.append(row)
        return rows

    def body(self, body) -> None:
        for block in self.blocks(body):
            if block.tag == W + "p":
                self.writer.paragraph(self.paragraph_text(block))
            else:
                self.writer.table(self.table(block))


def parse_xml(data: bytes, options: ReadOptions, what: str):
    """Parse one XML document under the .docx rules (no DTD, no entities, no network)."""
    head = data[:65536]
    if any(marker in head for marker in _DTD_MARKERS) or any(marker in data for marker in _DTD_MARKERS[:2]):
        raise ReaderError(f"unsafe XML: {what} declares a DTD or entities, which it never needs", name=options.name)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, remove_comments=True
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        msg = (exc.msg or "").splitlines()[0] if exc.msg else "unreadable"
        raise ReaderError(f"not a valid {what}: the XML is damaged or truncated ({msg})", name=options.name) from None


def read(data: bytes, options: ReadOptions) -> ReadResult:
    root = parse_xml(markup_as_utf8(data), options, "Word 2003 XML file")
    if root.tag != W + "wordDocument":
        raise ReaderError(
            f"not a Word 2003 XML file: the root element is <{etree.QName(root).localname}>, not <w:wordDocument>",
            name=options.name,
        )
    body = root.find(W + "body")
    if body is None:
        raise ReaderError("not a valid Word 2003 XML file: it has no <w:body>", name=options.name)
    renderer = _Renderer(_Lists(root))
    renderer.body(body)
    text = renderer.writer.text()
    if not text.strip():
        raise ReaderError("empty document: the Word 2003 XML body has no text", name=options.name)
    return ReadResult(text=text, format="wordml", tables=renderer.writer.tables)
