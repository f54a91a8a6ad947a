"""Build tests/fixtures/numbering/ (a dev script: LibreOffice is needed here, never at run time).

The invented notices of tests/word_numbering_docs.py, whose section markers come only from Word automatic
numbering, as .docx (written by the module) and as LibreOffice saves them in the other Word carriers the readers
share readers/numbering.py with: Word 97 .doc ("MS Word 97"), RTF and Word 2003 XML. Run from the repository root::

    python scripts/make_numbering_fixtures.py

Only the plan is converted: LibreOffice reads ``w:lvlRestart w:val="0"`` (the regulation's articles counting on
across its chapters) as a restart per chapter, so its renditions of the regulation would carry its own misreading.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "numbering"
sys.path.insert(0, str(ROOT / "tests"))

from fixture_office import soffice  # noqa: E402
from word_numbering_docs import plan_docx, regulation_docx  # noqa: E402

TARGETS = (("doc:MS Word 97", "doc"), ("rtf", "rtf"), ("xml:MS Word 2003 XML", "xml"))


def main() -> None:
    if not shutil.which("soffice"):
        sys.exit(
            "make_numbering_fixtures: LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui"
        )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "regulation.docx").write_bytes(regulation_docx())
    plan = OUT / "plan.docx"
    plan.write_bytes(plan_docx())
    with tempfile.TemporaryDirectory() as tmp:
        for target, ext in TARGETS:
            shutil.copy(soffice(plan, target, Path(tmp)), OUT / f"plan.{ext}")


if __name__ == "__main__":
    main()
