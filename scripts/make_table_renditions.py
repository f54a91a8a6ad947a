"""Build the table renditions under tests/fixtures/renditions/ (a dev script: LibreOffice and poppler's
``pdftotext`` are needed here, never at run time).

Needs ``apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils``. Run from the repository
root::

    python scripts/make_table_renditions.py

The hidden sets hold the same notices as PDF, HTML and text exports; a table is what diverges most between
them. For each source below, LibreOffice opens it (an HTML page through Writer's HTML filter, a .docx as it
is), saves it as .docx, then from that .docx as:

* ``NAME.lines.txt`` — LibreOffice's "Text (encoded)" export: a table's cells one per line, an empty cell
  dropped, a merged cell written once;
* ``NAME.pdf`` — Writer's PDF export;
* ``NAME.layout.txt`` — that PDF as ``pdftotext -layout`` prints it (cells placed by position, a header
  cell wrapped over two lines, form feeds between pages).

Sources: tests/redteam10/jiangzhou (an 8-column indicator table, no 序号, no rules), tests/redteam16/cenchuan
(a progress table whose header has two rows: 完成时限 over 一季度…四季度, 责任单位 over 牵头|配合),
tests/fixtures/renditions/renwu-qingdan.html (written for this: a 22-row task list, no rules, a <thead> that
LibreOffice repeats on every page, cells that wrap over two or three lines, centred in their rows as an HTML
cell is).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "renditions"

SOURCES = {
    "jiangzhou-indicators": ROOT / "tests/redteam10/jiangzhou-2025-chengshi-gengxin-xingdong-jihua.html",
    "cenchuan-progress": ROOT / "tests/redteam16/cenchuan-2026-yiwu-jiaoyu-junheng-gongzuo-jihua.docx",
    "renwu-qingdan": OUT / "renwu-qingdan.html",
    "deqing-lists": ROOT / "tests/redteam3/deqing-2025-weilai-xiangcun.html",
}
#: the renditions each source gives (the tables' three by default); deqing's page, whose 重点任务 is an <ol>
#: of <ol>s, only as RTF (``NAME.rtf``: its list levels in \ls/\ilvl, each marker in {\listtext 1.})
KINDS = {"deqing-lists": ("rtf",)}


def soffice(src: Path, target: str, outdir: Path, infilter: str | None = None) -> Path:
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/table_renditions_lo", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return outdir / f"{src.stem}.{target.split(':')[0]}"


def build(name: str, src: Path, work: Path) -> None:
    staged = work / f"{name}{src.suffix}"
    shutil.copy(src, staged)
    if src.suffix == ".docx":
        docx = staged
    else:
        docx = soffice(staged, "docx:MS Word 2007 XML", work / "docx", "HTML (StarWriter)")
    kinds = KINDS.get(name, ("lines", "pdf", "layout"))
    if "rtf" in kinds:
        shutil.copy(soffice(docx, "rtf:Rich Text Format", work / "rtf"), OUT / f"{name}.rtf")
    if "lines" in kinds:
        txt = soffice(docx, "txt:Text (encoded):UTF8", work / "txt")
        shutil.copy(txt, OUT / f"{name}.lines.txt")
    if "pdf" in kinds:
        pdf = soffice(docx, "pdf:writer_pdf_Export", work / "pdf")
        shutil.copy(pdf, OUT / f"{name}.pdf")
        if shutil.which("pdftotext"):
            subprocess.run(["pdftotext", "-layout", str(pdf), str(OUT / f"{name}.layout.txt")], check=True)
    print(name, "->", ", ".join(p.name for p in sorted(OUT.glob(f"{name}.*"))))


def main() -> int:
    if not shutil.which("soffice"):
        print("LibreOffice (soffice) is needed", file=sys.stderr)
        return 1
    names = sys.argv[1:] or list(SOURCES)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            build(name, SOURCES[name], Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
