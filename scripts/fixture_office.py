"""Helpers the fixture scripts share (make_numbering_fixtures, make_qingdan_fixtures, make_format_fixtures,
make_indicator_pdfs, make_sheet_pdfs): a LibreOffice conversion (docx_pdfs: build each .docx, print it to PDF,
copy it out) and the python-docx pieces of a printed notice. Imported by the scripts run from this directory
(``python scripts/make_….py`` puts it first on sys.path)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def soffice(src: Path, target: str, workdir: Path) -> Path:
    """``src`` converted by LibreOffice to ``target`` (a filter spec, e.g. ``pdf`` or ``doc:MS Word 97``) in
    ``workdir``; the converted file's path."""
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(workdir), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return workdir / f"{src.stem}.{target.split(':')[0]}"


def soffice_missing(what: str = "") -> bool:
    """Whether LibreOffice's soffice is missing (then said on stderr, with ``what`` it was needed for)."""
    if shutil.which("soffice"):
        return False
    print("soffice (LibreOffice) is needed" + (f" for {what}" if what else ""), file=sys.stderr)
    return True


def docx_pdfs(builds: Iterable[tuple[str, Callable[[Path], None]]], out: Path) -> list[Path]:
    """For each (name, build): ``build`` writes name.docx in a temporary directory, LibreOffice prints it to PDF
    and the PDF is copied to ``out``/name.pdf; the copies' paths, in order (printed as they are made)."""
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, build in builds:
            src = work / f"{name}.docx"
            build(src)
            made.append(Path(shutil.copy(soffice(src, "pdf", work), out / f"{name}.pdf")))
            print(made[-1])
    return made


def paragraph(document, how: str, text: str, page_break_before: bool = False) -> None:
    """A paragraph of ``text`` added to a python-docx ``document``: centred, right-aligned, first-line indented
    (``how`` = center, right, indent) or left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = document.add_paragraph()
    p.paragraph_format.page_break_before = page_break_before
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(
        how, WD_ALIGN_PARAGRAPH.LEFT
    )
    if how == "indent":
        p.paragraph_format.first_line_indent = Pt(28)
    p.add_run(text)


def no_borders(table) -> None:
    """A python-docx ``table`` drawn with no rules (a layout table)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)
