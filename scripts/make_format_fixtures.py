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


def main() -> int:
    if not shutil.which("soffice"):
        sys.exit("make_format_fixtures: LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui")
    OUT.mkdir(parents=True, exist_ok=True)
    fixtures = ROOT / "tests" / "fixtures"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
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
    print("wrote", ", ".join(sorted(p.name for p in OUT.iterdir())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
