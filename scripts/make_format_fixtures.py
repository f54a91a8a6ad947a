"""Build the fixtures of published formats under tests/fixtures/formats/ (a dev
script: LibreOffice is needed here, never at run time).

Needs ``apt-get install -y libreoffice-writer-nogui fonts-noto-cjk`` (Chinese
glyphs in the PDFs) and ``pip install pypdf`` (dev only, to encrypt a PDF).
Run from the repository root::

    python scripts/make_format_fixtures.py

What it writes:

* ``tianshui-2017-30.pdf`` and ``zhenggai-qingdan.pdf`` - the .docx fixtures
  exported by LibreOffice (the 整改清单 table keeps its ruling lines and a
  vertically merged 牵头单位 cell);
* ``shandong-2019-paged.pdf`` - corpora/shandong-2019-shuzi-shandong.txt as a
  multi-page document with a running header and a ``— N —`` page number in
  the footer of every page, so that the reader must drop both and join the
  paragraphs cut by page breaks;
* ``scan.pdf`` - one page holding only an image (no text layer);
* ``truncated.pdf`` - the first 60 % of the Tianshui PDF;
* ``encrypted.pdf`` - the Tianshui PDF with the user password "secret".

The ".doc files that are not Word binaries" (``python scripts/make_format_fixtures.py doc``):

* ``tianshui-2017-30{,-numbered}.rtf`` and ``zhenggai-qingdan.rtf`` -
  LibreOffice "Rich Text Format" (Chinese as ``\\uN`` escapes);
  ``tianshui-2017-30-gbk.rtf`` - the corpus text as Word and WPS write RTF:
  ``\\ansicpg936``, a ``\\fcharset134`` font and Chinese as ``\\'xx`` GBK
  bytes (``\\uN?`` only for what GBK lacks);
* ``tianshui-2017-30.html``, ``zhenggai-qingdan.html`` - LibreOffice "HTML
  (StarWriter)" (not the numbered notice: StarWriter writes Word numbering as
  a bare ``<ol>``, so its 一、/（一） formats are lost in the HTML itself);
* ``tianshui-2017-30.mht`` - that HTML as Word's "single file web page": MIME
  multipart/related, the page in GB2312 (GBK), quoted-printable;
* ``tianshui-2017-30{,-numbered}.xml`` - LibreOffice "MS Word 2003 XML"
  (numbering as w:listPr; not the 整改清单: its export drops a vertically
  merged cell instead of writing w:vmerge, so the tests build their tables);
* ``tianshui-2017-30-wps.doc`` / ``.wps`` - the Word 97 .doc fixture with a
  ``WpsCustomData`` stream, as WPS writes it (the directory entry of its
  SummaryInformation stream renamed in place); ``old-kingsoft.wps`` - an OLE2
  file without a WordDocument stream;
* every Tianshui rendition again under a .doc name (``tianshui-2017-30-rtf.doc`` …),
  as government sites serve them;
* bad files: ``corrupt.rtf`` (braces that never close, cut in the middle),
  ``truncated.xml`` (Word 2003 XML cut in half) and ``dtd.xml`` (a Word 2003
  XML declaring an entity).

OFD (``python scripts/make_format_fixtures.py ofd``; no tool here writes OFD,
so the files are built from the page structure of GB/T 33190-2016 itself):

* ``tianshui-2017-30.ofd`` - the corpus text set on A4 pages (``OFD.xml`` →
  ``Doc_0/Document.xml`` → ``Doc_0/Pages/Page_N/Content.xml``): one
  ``ofd:TextObject`` per printed line with its ``Boundary`` (mm), a
  ``ofd:TextCode`` with ``X``/``Y`` and ``DeltaX`` (``g N d`` runs for
  Chinese, explicit advances where half-width characters are mixed in), 28
  full-width characters to a line, paragraphs wrapped to the margin and
  continued across pages, a first-line indent where the text has one, and a
  ``— N —`` page number at the foot of every page; also ``tianshui-2017-30-ofd.doc``;
* ``zhenggai-qingdan.ofd`` - the 整改清单 table of the .docx fixture drawn as
  an OFD table: cell text in TextObjects, borders as thin ``ofd:PathObject``
  boxes, the vertically merged 牵头单位 cell drawn once with no rule through it;
* ``truncated.ofd`` (the first 60 %), ``corrupt.ofd`` (a page whose XML is
  cut) and ``dtd.ofd`` (OFD.xml declaring an entity).
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

from fixture_office import soffice

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "formats"


def paged_docx(txt: Path, dest: Path) -> None:
    """The corpus text as a .docx with a running header and a — PAGE — footer."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(14)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for line in txt.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line.strip())
    section = document.sections[0]
    section.header.paragraphs[0].text = "山东省人民政府公报"
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    footer.add_run(" —")
    document.save(dest)


def scan_pdf() -> bytes:
    """A one-page PDF whose only content is a grey image: what a scanner makes."""
    width, height = 200, 100
    pixels = zlib.compress(bytes((x * 7 + y * 3) % 256 for y in range(height) for x in range(width)))
    content = b"q 400 0 0 200 100 500 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(pixels)) + pixels + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def gbk_rtf(txt: Path) -> bytes:
    """The text as Word/WPS write Chinese RTF: GBK bytes as \\'xx under a \\fcharset134 font."""
    out = [
        b"{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052",
        b"{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}"
        b"{\\f1\\fnil\\fcharset134\\fprq2 \\'cb\\'ce\\'cc\\'e5;}}",
        b"{\\*\\generator make_format_fixtures;}\\paperw11906\\paperh16838",
    ]
    for line in txt.read_text(encoding="utf-8").splitlines():
        body = []
        for ch in line:
            if ch in "\\{}":
                body.append(b"\\" + ch.encode())
            elif ord(ch) < 128:
                body.append(ch.encode())
            else:
                try:
                    body.append(b"".join(b"\\'%02x" % b for b in ch.encode("gbk")))
                except UnicodeEncodeError:
                    body.append(b"\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        out.append(b"\\pard\\plain\\qj\\f1\\fs32 {\\f1\\fs32 " + b"".join(body) + b"}\\par")
    out.append(b"}")
    return b"\r\n".join(out)


def mht(html: bytes) -> bytes:
    """Word's "single file web page": the page re-encoded in GB2312 (GBK), quoted-printable."""
    import quopri

    page = html.decode("utf-8").replace("charset=utf-8", "charset=gb2312")
    body = quopri.encodestring(page.encode("gbk", errors="xmlcharrefreplace"))
    boundary = b"----=_NextPart_01D3F5A1.6C2B9E40"
    return b"\r\n".join(
        [
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/related; boundary="' + boundary + b'"',
            b"",
            "此文档为“单个文件网页”，也称为“Web 档案”文件。".encode("gbk"),
            b"",
            b"--" + boundary,
            b"Content-Location: file:///C:/D0C5A1E2/tianshui-2017-30.htm",
            b"Content-Transfer-Encoding: quoted-printable",
            b'Content-Type: text/html; charset="gb2312"',
            b"",
            body.replace(b"\n", b"\r\n"),
            b"",
            b"--" + boundary,
            b"Content-Location: file:///C:/D0C5A1E2/tianshui-2017-30.files/filelist.xml",
            b"Content-Transfer-Encoding: base64",
            b'Content-Type: text/xml; charset="utf-8"',
            b"",
            b"PHhtbCB4bWxuczpvPSJ1cm46c2NoZW1hcy1taWNyb3NvZnQtY29tOm9mZmljZTpvZmZpY2UiLz4=",
            b"",
            b"--" + boundary + b"--",
            b"",
        ]
    )


def rename_ole_stream(data: bytes, old: str, new: str) -> bytes:
    """Rename a stream of an OLE2 file in place (its 128-byte directory entry)."""
    old_name = old.encode("utf-16-le") + b"\0\0"
    at = data.index(old_name.ljust(64, b"\0")[:64])
    entry = new.encode("utf-16-le").ljust(64, b"\0")
    out = bytearray(data)
    out[at : at + 64] = entry
    out[at + 64 : at + 66] = (len(new) * 2 + 2).to_bytes(2, "little")
    return bytes(out)


def word_files(work: Path) -> None:
    """RTF, Word HTML, MHT, Word 2003 XML and WPS renditions (see the module doc)."""
    fixtures = ROOT / "tests" / "fixtures"
    for name in ("tianshui-2017-30", "tianshui-2017-30-numbered", "zhenggai-qingdan"):
        for target, ext in (("rtf", "rtf"), ("html:HTML (StarWriter)", "html"), ("xml:MS Word 2003 XML", "xml")):
            if name.endswith("-numbered") and ext == "html":
                continue  # StarWriter HTML writes Word numbering as a bare <ol>: the 一、/（一） formats are lost
            if name == "zhenggai-qingdan" and ext == "xml":
                continue  # LibreOffice's Word 2003 XML drops vertically merged cells (no w:vmerge)
            shutil.copy(soffice(fixtures / f"{name}.docx", target, work), OUT / f"{name}.{ext}")
    (OUT / "tianshui-2017-30-gbk.rtf").write_bytes(gbk_rtf(ROOT / "corpora" / "tianshui-2017-30.txt"))
    (OUT / "tianshui-2017-30.mht").write_bytes(mht((OUT / "tianshui-2017-30.html").read_bytes()))
    word = (fixtures / "tianshui-2017-30.doc").read_bytes()
    wps = rename_ole_stream(word, "\x05SummaryInformation", "WpsCustomData")
    (OUT / "tianshui-2017-30-wps.doc").write_bytes(wps)
    (OUT / "tianshui-2017-30.wps").write_bytes(wps)
    (OUT / "old-kingsoft.wps").write_bytes(rename_ole_stream(word, "WordDocument", "WpsContents"))
    for src, as_doc in (
        ("tianshui-2017-30.rtf", "tianshui-2017-30-rtf.doc"),
        ("tianshui-2017-30-gbk.rtf", "tianshui-2017-30-gbk-rtf.doc"),
        ("tianshui-2017-30.html", "tianshui-2017-30-html.doc"),
        ("tianshui-2017-30.mht", "tianshui-2017-30-mht.doc"),
        ("tianshui-2017-30.xml", "tianshui-2017-30-wordml.doc"),
        ("tianshui-2017-30-numbered.xml", "tianshui-2017-30-numbered-wordml.doc"),
    ):
        shutil.copy(OUT / src, OUT / as_doc)
    rtf = (OUT / "tianshui-2017-30.rtf").read_bytes()
    (OUT / "corrupt.rtf").write_bytes(rtf[: len(rtf) // 2].replace(b"}", b""))
    xml = (OUT / "tianshui-2017-30.xml").read_bytes()
    (OUT / "truncated.xml").write_bytes(xml[: len(xml) // 2])
    (OUT / "dtd.xml").write_bytes(
        xml.replace(b"?>", b'?>\n<!DOCTYPE w:wordDocument [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
    )


def pdf_files(work: Path) -> None:
    fixtures = ROOT / "tests" / "fixtures"
    for name in ("tianshui-2017-30", "zhenggai-qingdan"):
        pdf = soffice(fixtures / f"{name}.docx", "pdf", work)
        shutil.copy(pdf, OUT / f"{name}.pdf")
    paged = work / "shandong-2019-paged.docx"
    paged_docx(ROOT / "corpora" / "shandong-2019-shuzi-shandong.txt", paged)
    shutil.copy(soffice(paged, "pdf", work), OUT / "shandong-2019-paged.pdf")
    data = (OUT / "tianshui-2017-30.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(data[: len(data) * 6 // 10])
    (OUT / "scan.pdf").write_bytes(scan_pdf())
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="AES-128")
    with open(OUT / "encrypted.pdf", "wb") as f:
        writer.write(f)


OFD_NS = "http://www.ofdspec.org/2016"
OFD_SIZE = 5.5  # mm: a 三号-like body size
OFD_LEFT, OFD_TOP, OFD_PITCH, OFD_LINES = 28.0, 37.0, 10.0, 22
OFD_CHARS = 28  # full-width characters to a line


def _ofd_width(ch: str, size: float = OFD_SIZE) -> float:
    return size / 2 if ord(ch) < 0x2E80 and ch not in "“”‘’" else size


def _delta_x(text: str, size: float) -> str:
    widths = [_ofd_width(ch, size) for ch in text[:-1]]
    if widths and all(w == widths[0] for w in widths):
        return f"g {len(widths)} {widths[0]:g}"
    return " ".join(f"{w:g}" for w in widths)


def _text_object(oid: int, x: float, baseline: float, text: str, size: float = OFD_SIZE) -> str:
    from xml.sax.saxutils import escape

    width = sum(_ofd_width(ch, size) for ch in text)
    return (
        f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {baseline - size:g} {width:g} {size * 1.2:g}" '
        f'Font="3" Size="{size:g}"><ofd:TextCode X="0" Y="{size:g}" DeltaX="{_delta_x(text, size)}">'
        f"{escape(text)}</ofd:TextCode></ofd:TextObject>"
    )


def _wrap(text: str, chars: float) -> list[str]:
    """``text`` cut into lines of at most ``chars`` full-width characters."""
    lines, line, width = [], "", 0.0
    for ch in text:
        w = _ofd_width(ch, 1.0)
        if width + w > chars + 1e-6:
            lines.append(line)
            line, width = "", 0.0
        if ch.isspace() and not line and lines:
            continue  # a space at a line break is dropped, as layout engines do
        line += ch
        width += w
    lines.append(line)
    return lines


def _ofd_zip(pages: list[str], title: str) -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ofd = (
        f'{head}<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f"<ofd:DocID>6f0c2d7a9e3b4c1d8a5f2e7b1c9d0a3e</ofd:DocID><ofd:Title>{title}</ofd:Title>"
        "<ofd:CreationDate>2017-07-05</ofd:CreationDate></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    document = (
        f'{head}<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>999999</ofd:MaxUnitID>'
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{refs}</ofd:Pages></ofd:Document>"
    )
    res = (
        f'{head}<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", ofd)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/PublicRes.xml", res)
        for i, content in enumerate(pages):
            page = (
                f'{head}<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                f'</ofd:Area><ofd:Content><ofd:Layer ID="{i + 1}00000" Type="Body">{content}</ofd:Layer>'
                "</ofd:Content></ofd:Page>"
            )
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", page)
    return out.getvalue()


def text_ofd(txt: Path) -> bytes:
    """The text set on A4 pages, one TextObject per printed line (see the module doc)."""
    pages: list[list[str]] = [[]]
    row = 0
    oid = 1

    def page_number() -> None:
        nonlocal oid
        label = f"— {len(pages)} —"
        width = sum(_ofd_width(ch) for ch in label)
        pages[-1].append(_text_object(oid, 105 - width / 2, 297 - 20, label, 5.0))
        oid += 1

    for source in txt.read_text(encoding="utf-8").splitlines():
        text = source.strip()
        lead = len(source) - len(source.lstrip(" \u3000"))
        indent = min(lead, OFD_CHARS - 4) * OFD_SIZE / (2 if source[:1] == " " else 1)
        for k, line in enumerate(_wrap(text, OFD_CHARS - (indent / OFD_SIZE)) if text else [""]):
            if row == OFD_LINES:
                page_number()
                pages.append([])
                row = 0
            if line:
                x = OFD_LEFT + (indent if k == 0 else 0)
                pages[-1].append(_text_object(oid, x, OFD_TOP + row * OFD_PITCH, line))
                oid += 1
            row += 1
            if k == 0 and indent:
                indent = 0.0
    page_number()
    return _ofd_zip(["".join(p) for p in pages], "天水市贯彻落实中央环境保护督察反馈意见整改方案")


def table_ofd(docx_path: Path) -> bytes:
    """The first table of a .docx drawn as an OFD table: ruled cells, wrapped text."""
    import docx

    document = docx.Document(docx_path)
    title = document.paragraphs[0].text.strip()
    table = document.tables[0]
    widths = [12.0, 26.0, 50.0, 24.0, 26.0, 18.0]  # mm, 156 in all
    size = 3.5
    pitch = 5.0
    xs = [OFD_LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    pages: list[list[str]] = [[_text_object(1, OFD_LEFT, OFD_TOP, title, 5.5)]]
    oid = 2
    y = OFD_TOP + 6
    above: list[str | None] = [None] * len(widths)
    for r, tr in enumerate(table.rows):
        cells = [tr.cells[c].text.strip() for c in range(len(widths))]
        merged = [r > 0 and tr.cells[c]._tc is table.rows[r - 1].cells[c]._tc for c in range(len(widths))]
        wrapped = [
            _wrap(text, (w - 2) / size) if not m else [] for text, w, m in zip(cells, widths, merged, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * pitch + 2
        if y + height > 297 - 30:
            pages.append([])
            y = OFD_TOP
            merged = [False] * len(widths)
        parts = pages[-1]
        for c, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                if line:
                    parts.append(_text_object(oid, xs[c] + 1, y + 1 + (k + 1) * pitch - 1, line, size))
                    oid += 1
        for c in range(len(widths)):  # the rule above each cell, unless the cell continues the one above
            if not merged[c]:
                parts.append(
                    f'<ofd:PathObject ID="{oid}" Boundary="{xs[c]:g} {y:g} {widths[c]:g} 0.25" LineWidth="0.25">'
                    f"<ofd:AbbreviatedData>M 0 0 L {widths[c]:g} 0</ofd:AbbreviatedData></ofd:PathObject>"
                )
                oid += 1
        for x in xs:
            parts.append(
                f'<ofd:PathObject ID="{oid}" Boundary="{x:g} {y:g} 0.25 {height:g}" LineWidth="0.25">'
                f"<ofd:AbbreviatedData>M 0 0 L 0 {height:g}</ofd:AbbreviatedData></ofd:PathObject>"
            )
            oid += 1
        y += height
        above = cells
        last_bottom = y
        if r == len(table.rows) - 1 or y + 12 > 297 - 30:
            parts.append(
                f'<ofd:PathObject ID="{oid}" Boundary="{xs[0]:g} {last_bottom:g} {xs[-1] - xs[0]:g} 0.25" '
                'LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L 156 0</ofd:AbbreviatedData></ofd:PathObject>'
            )
            oid += 1
    del above
    return _ofd_zip(["".join(p) for p in pages], title)


def ofd_files(work: Path) -> None:
    data = text_ofd(ROOT / "corpora" / "tianshui-2017-30.txt")
    (OUT / "tianshui-2017-30.ofd").write_bytes(data)
    (OUT / "tianshui-2017-30-ofd.doc").write_bytes(data)
    (OUT / "zhenggai-qingdan.ofd").write_bytes(table_ofd(ROOT / "tests" / "fixtures" / "zhenggai-qingdan.docx"))
    (OUT / "truncated.ofd").write_bytes(data[: len(data) * 6 // 10])
    src = zipfile.ZipFile(io.BytesIO(data))
    for name, change in (
        ("corrupt.ofd", lambda n, b: b[: len(b) // 2] if n.endswith("Page_1/Content.xml") else b),
        ("dtd.ofd", lambda n, b: b.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1) if n == "OFD.xml" else b),
    ):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                z.writestr(info.filename, change(info.filename, src.read(info.filename)))
        (OUT / name).write_bytes(out.getvalue())


#: the groups of fixtures; ``python scripts/make_format_fixtures.py doc ofd`` rebuilds only those
GROUPS = {"pdf": pdf_files, "doc": word_files, "ofd": ofd_files}


def main() -> int:
    groups = sys.argv[1:] or list(GROUPS)
    if any(g not in GROUPS for g in groups):
        sys.exit(f"make_format_fixtures: groups are {', '.join(GROUPS)}")
    if set(groups) & {"pdf", "doc"} and not shutil.which("soffice"):
        sys.exit("make_format_fixtures: LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for group in groups:
            GROUPS[group](Path(tmp))
    print("wrote", ", ".join(sorted(p.name for p in OUT.iterdir())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
