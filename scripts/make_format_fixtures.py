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
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "formats"


def soffice(src: Path, target: str, workdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(workdir), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    ext = target.split(":")[0]
    return workdir / f"{src.stem}.{ext}"


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


#: the groups of fixtures; ``python scripts/make_format_fixtures.py doc ofd`` rebuilds only those
GROUPS = {"pdf": pdf_files, "doc": word_files}


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
