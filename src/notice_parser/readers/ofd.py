"""OFD (GB/T 33190-2016, 版式文档): a zip of XML parts, read with lxml.

No maintained Python package reads OFD text reliably (easyofd renders pages
through PyMuPDF, AGPL, and ofdparser/pyofd are unmaintained), so the parts
are read here, under the .docx safety rules: the zip is bounded (entry count,
inflated size against ``--max-bytes``, compression ratio), each part is read
with a bounded inflate, and an XML part declaring a DTD or an entity is
refused; lxml resolves no entity and touches no network.

Structure followed (GB/T 33190 §7): ``OFD.xml`` → ``ofd:DocBody/ofd:DocRoot``
(e.g. ``Doc_0/Document.xml``) → ``ofd:Pages/ofd:Page/@BaseLoc`` in order
(relative to the document's folder, e.g. ``Pages/Page_0/Content.xml``) →
``ofd:Content/ofd:Layer`` → ``ofd:TextObject`` (also inside
``ofd:PageBlock``), whose ``Boundary="x y w h"`` places it on the page (in
mm), whose ``CTM`` may scale it, and whose ``ofd:TextCode`` elements put their
characters at ``X``/``Y`` (the baseline, relative to the boundary) advancing
by ``DeltaX`` (``g N d`` repeats ``d`` N times). The page size is the page's
``ofd:Area/ofd:PhysicalBox`` or the document's ``ofd:PageArea``. Templates
(running headers, stamps) and annotations are not read.

Every character becomes a box on its page and the rest is the PDF reader's:
lines from positions, page numbers and repeated headers/footers dropped,
paragraphs re-joined across line and page breaks, ruled tables (thin
``ofd:PathObject`` boxes) read as rows.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from ..errors import DocumentTooLarge, EncryptedDocument, ReaderError
from . import ReadOptions, ReadResult
from .pdf import MAX_CHARS, MAX_PAGES, _Grid, _lines, _Page, _render, _strip_running
from .wordml import parse_xml

MAX_ENTRIES = 10_000
MAX_RATIO = 200
MIN_BOMB_BYTES = 5 * 1024 * 1024
MM_TO_PT = 72 / 25.4
DEFAULT_BOX = (0.0, 0.0, 210.0, 297.0)


class _Parts:
    """The zip, opened and bounded; ``read(path)`` inflates one part within the budget."""

    def __init__(self, data: bytes, options: ReadOptions) -> None:
        self.options = options
        name = options.name
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise ReaderError("not a valid OFD file: the zip archive is damaged or truncated", name=name) from None
        infos = self.zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DocumentTooLarge(f"zip bomb: {len(infos)} entries in the OFD, the limit is {MAX_ENTRIES}", name=name)
        declared = sum(i.file_size for i in infos)
        if declared > options.max_bytes:
            raise DocumentTooLarge(
                f"zip bomb: the OFD expands to {declared} bytes, the limit is {options.max_bytes} "
                "(raise it with --max-bytes)",
                name=name,
            )
        for info in infos:
            if info.file_size > MIN_BOMB_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise DocumentTooLarge(f"zip bomb: {_printable(info.filename)} expands too far", name=name)
        self.by_name = {i.filename.lstrip("/").lower(): i for i in infos}
        self.total = 0

    def read(self, path: str) -> bytes:
        info = self.by_name.get(path.lstrip("/").lower())
        if info is None:
            raise ReaderError(f"not a valid OFD file: the part {_printable(path)} is missing", name=self.options.name)
        if info.flag_bits & 0x1:
            raise EncryptedDocument("encrypted: a password is needed", name=self.options.name)
        chunks = []
        try:
            with self.zf.open(info) as fh:
                while chunk := fh.read(1 << 16):
                    self.total += len(chunk)
                    if self.total > self.options.max_bytes:
                        raise DocumentTooLarge(
                            f"zip bomb: the OFD expands past {self.options.max_bytes} bytes (raise it with --max-bytes)",
                            name=self.options.name,
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise ReaderError(
                f"not a valid OFD file: {_printable(info.filename)} cannot be inflated ({_printable(str(exc))})",
                name=self.options.name,
            ) from None
        return b"".join(chunks)

    def xml(self, path: str):
        return parse_xml(self.read(path), self.options, f"OFD part {_printable(path)}")


def _printable(s: str, limit: int = 120) -> str:
    return "".join(c if c.isprintable() else "?" for c in s)[:limit]


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _child(el, name: str):
    for c in el:
        if _local(c) == name:
            return c
    return None


def _find(el, *path: str):
    for name in path:
        if el is None:
            return None
        el = _child(el, name)
    return el


def _numbers(text: str | None) -> list[float]:
    out = []
    for token in (text or "").replace(",", " ").split():
        try:
            out.append(float(token))
        except ValueError:
            continue
    return out


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    n = _numbers(text)
    return (n[0], n[1], n[2], n[3]) if len(n) == 4 else None


def deltas(text: str | None) -> list[float]:
    """``DeltaX``/``DeltaY``: numbers, where ``g N d`` stands for N times d.

    >>> deltas("g 3 5.5 2.75 g 2 5")
    [5.5, 5.5, 5.5, 2.75, 5.0, 5.0]
    """
    tokens = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens) and len(out) < MAX_CHARS:
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                count, value = int(float(tokens[i + 1])), float(tokens[i + 2])
            except ValueError:
                break
            out.extend([value] * max(0, min(count, MAX_CHARS - len(out))))
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            pass
        i += 1
    return out


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return posixpath.normpath(loc.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, loc))


class _PageReader:
    def __init__(self, height: float) -> None:
        self.height = height
        self.chars: list[tuple[str, float, float, float, float]] = []
        self.horizontal: list[tuple[float, float, float]] = []
        self.vertical: list[tuple[float, float, float]] = []

    def walk(self, container, depth: int = 0) -> None:
        if depth > 50:
            return
        for obj in container:
            kind = _local(obj)
            if kind == "TextObject":
                self.text_object(obj)
            elif kind == "PathObject":
                self.path_object(obj)
            elif kind in ("PageBlock", "Layer", "CompositeObject", "Content"):
                self.walk(obj, depth + 1)

    def text_object(self, obj) -> None:
        box = _box(obj.get("Boundary"))
        if box is None:
            return
        bx, by = box[0], box[1]
        size = (_numbers(obj.get("Size")) or [3.5])[0]
        ctm = _numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(d) or abs(a) or 1.0
        glyph = size * scale
        x = y = 0.0
        for code in obj:
            if _local(code) != "TextCode":
                continue
            text = code.text or ""
            x = _numbers(code.get("X"))[0] if code.get("X") else x
            y = _numbers(code.get("Y"))[0] if code.get("Y") else y
            dx, dy = deltas(code.get("DeltaX")), deltas(code.get("DeltaY"))
            cx, cy = x, y
            for i, ch in enumerate(text):
                if len(self.chars) >= MAX_CHARS:
                    return
                px, py = a * cx + c * cy + e + bx, b * cx + d * cy + f + by
                advance = dx[i] if i < len(dx) else (dx[-1] if dx else size)
                if not ch.isspace():
                    base = self.height - py  # OFD's y grows downwards, the PDF reader's upwards
                    width = max(advance * scale, glyph * 0.5) if ch.isascii() else glyph
                    self.chars.append(
                        (
                            ch,
                            px * MM_TO_PT,
                            (base - glyph * 0.2) * MM_TO_PT,
                            (px + width) * MM_TO_PT,
                            (base + glyph * 0.8) * MM_TO_PT,
                        )
                    )
                cx += advance
                if i < len(dy):
                    cy += dy[i]
            x, y = cx, cy

    def path_object(self, obj) -> None:
        """A thin box is a rule of a table (how OFD producers draw table borders)."""
        box = _box(obj.get("Boundary"))
        if box is None or len(self.horizontal) + len(self.vertical) > 20000:
            return
        x, y, w, h = box
        if h <= 0.9 and w > 3:
            mid = self.height - (y + h / 2)
            self.horizontal.append((mid * MM_TO_PT, x * MM_TO_PT, (x + w) * MM_TO_PT))
        elif w <= 0.9 and h > 3:
            self.vertical.append(
                ((x + w / 2) * MM_TO_PT, (self.height - y - h) * MM_TO_PT, (self.height - y) * MM_TO_PT)
            )

    def grids(self) -> list[_Grid]:
        from .pdf import _cluster

        if len(self.horizontal) < 3 or len(self.vertical) < 3:
            return []
        xs = _cluster([v[0] for v in self.vertical])
        ys = sorted(_cluster([h[0] for h in self.horizontal]), reverse=True)
        if len(xs) < 3 or len(ys) < 3:
            return []
        return [_Grid(xs, ys, self.horizontal)]


def _pages(parts: _Parts, options: ReadOptions) -> list[_Page]:
    root = parts.xml("OFD.xml")
    if _local(root) != "OFD":
        raise ReaderError(f"not a valid OFD file: OFD.xml's root is <{_local(root)}>, not <ofd:OFD>", name=options.name)
    doc_root = _find(root, "DocBody", "DocRoot")
    if doc_root is None or not (doc_root.text or "").strip():
        raise ReaderError("not a valid OFD file: OFD.xml names no DocRoot", name=options.name)
    doc_path = _resolve("", doc_root.text)
    document = parts.xml(doc_path)
    base = posixpath.dirname(doc_path)
    area = _find(document, "CommonData", "PageArea", "PhysicalBox")
    default_box = (_box(area.text) if area is not None else None) or DEFAULT_BOX
    page_list = _find(document, "Pages")
    refs = [p for p in page_list if _local(p) == "Page"] if page_list is not None else []
    if not refs:
        raise ReaderError("not a valid OFD file: the document has no pages", name=options.name)
    if len(refs) > MAX_PAGES:
        raise ReaderError(f"too many pages: {len(refs)}, the limit is {MAX_PAGES}", name=options.name)
    pages = []
    total = 0
    for index, ref in enumerate(refs):
        loc = ref.get("BaseLoc")
        if not loc:
            raise ReaderError(f"not a valid OFD file: page {index + 1} has no BaseLoc", name=options.name)
        page = parts.xml(_resolve(base, loc))
        area = _find(page, "Area", "PhysicalBox")
        box = (_box(area.text) if area is not None else None) or default_box
        reader = _PageReader(box[3])
        content = _child(page, "Content")
        if content is not None:
            reader.walk(content)
        total += len(reader.chars)
        if total > MAX_CHARS:
            raise ReaderError(f"too much text: over {MAX_CHARS} characters", name=options.name)
        pages.append(_Page(box[2] * MM_TO_PT, box[3] * MM_TO_PT, _lines(reader.chars, index), reader.grids()))
    return pages


def read(data: bytes, options: ReadOptions) -> ReadResult:
    parts = _Parts(data, options)
    with parts.zf:
        pages = _pages(parts, options)
    if not any(p.lines for p in pages):
        raise ReaderError(
            "no text: the OFD pages hold no text objects (a scan?); OCR is not supported", name=options.name
        )
    _strip_running(pages)
    writer = _render(pages)
    return ReadResult(text=writer.text(), format="ofd", tables=writer.tables)
