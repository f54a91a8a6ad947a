"""Format invariance: notices converted by the programs a notice really passes through (LibreOffice's
``soffice --convert-to``, a browser's print to PDF) score against the gold of their source.

The converted files are in tests/fixtures/converted/ (made with benchmarks/format_matrix.py, which
converts every document that has a gold and prints the matrix document x format). Each floor is a
little under the figure the conversion scored when it was added, and at most the source's own."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import ROOT, SHARED

import notice_parser
from notice_parser.emit import to_json

SCORER = SHARED / "eval" / "score.py"
CONVERTED = ROOT / "tests" / "fixtures" / "converted"
GOLD = ROOT / "tests" / "gold"

#: converted file -> (gold, floor on overall, the source's own figure when added)
FIXTURES = {
    # .txt -> Word (soffice --convert-to docx / doc): a tab-separated 整改清单 typed in the paragraphs
    "hengshui-2025-anquan-xuncha-zhenggai.lo.docx": (GOLD / "redteam7" / "hengshui-2025-anquan-xuncha-zhenggai", 0.99),
    "loudi-2024-duchai-zhenggai-qingdan.lo.doc": (GOLD / "redteam6" / "loudi-2024-duchai-zhenggai-qingdan", 0.99),
    # an .html page -> Word 97 (soffice --infilter="HTML (StarWriter)" --convert-to doc): its 整改清单 table's
    # row ends carry their properties in the Data stream (sprmPHugePapx); 0.258 before, the page 0.997
    "zhouzhi-2024-ducha-zhenggai-qingdan.lo.doc": (GOLD / "redteam4" / "zhouzhi-2024-ducha-zhenggai-qingdan", 0.99),
}


@pytest.fixture(scope="module")
def score():
    if not SCORER.exists():
        pytest.skip(f"the scorer {SCORER} is not here (shared/ lies beside the repository in CI)")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_converted_scores(name, score):
    gold, floor = FIXTURES[name]
    pred = json.loads(to_json(notice_parser.parse(CONVERTED / name)))
    report = score(pred, json.loads(gold.with_suffix(".gold.json").read_text(encoding="utf-8")))
    assert report["overall"] >= floor, (name, report["overall"])


def test_tab_table_typed_into_word():
    """A .txt 整改清单 of tab-separated rows imported into Word keeps its rows as measures: the
    tabs are in the .docx/.doc paragraphs, not in a Word table (before: 16 measures as .txt, 5 as .docx)."""
    txt = notice_parser.parse(ROOT / "tests" / "redteam7" / "hengshui-2025-anquan-xuncha-zhenggai.txt")
    docx = notice_parser.parse(CONVERTED / "hengshui-2025-anquan-xuncha-zhenggai.lo.docx")
    assert docx.source.format == "docx"

    def rows(doc):
        return [
            (m.id, sorted(u.name for u in m.lead_units), sorted(u.name for u in m.responsible_units))
            for m in doc.measures
        ]

    assert len(txt.measures) == 16
    assert rows(docx) == rows(txt)


def test_libreoffice_pdf_header_and_table_cells():
    """A real LibreOffice PDF (tests/redteam8/jiangxi…): the signature's date set to the right at the
    foot of page 1 does not run on into the plan title opening page 2 (the left margin is where the
    lines that go on start, not the median line start, which was the 2-character indent); two units
    set one a line in a table cell stay two (a line that stops short of the cell's edge ends its
    paragraph), a name wrapped at the edge is closed up."""
    doc = notice_parser.parse(ROOT / "tests" / "redteam8" / "jiangxi-2025-xianyu-shangye-tisheng.pdf")
    assert doc.notice.issuers == ["江西省商务厅", "江西省发展和改革委员会", "江西省财政厅", "江西省农业农村厅"]
    assert doc.notice.date == "2025-03-28"
    by_id = {m.id: m for m in doc.measures}
    assert [u.name for u in by_id["table1.row2"].supporting_units] == ["省供销合作社", "各设区市人民政府"]
    assert [u.name for u in by_id["table1.row7"].supporting_units] == ["省人力资源社会保障厅", "省农业农村厅", "团省委"]
    assert [u.name for u in by_id["table1.row8"].supporting_units] == ["省发展改革委", "省商务厅", "赣州市人民政府"]
    assert "2027年6月底前" in doc.text and "人民银行江西省分行" in doc.text


def test_doc_row_ends_whose_properties_are_in_the_data_stream():
    """LibreOffice (and Word) put a table row end's properties (sprmTDefTable, borders, shading) in the
    Data stream when they do not fit the FKP page, leaving sprmPHugePapx and its offset there: the row
    ends are read from it, so the .doc's table has the page's 21 rows of 7 cells and the same measures
    (before: one run of cells, every row end read as a cell mark outside any table)."""
    from notice_parser.readers import ReadOptions
    from notice_parser.readers import doc as doc_reader

    path = CONVERTED / "zhouzhi-2024-ducha-zhenggai-qingdan.lo.doc"
    read = doc_reader.read(path.read_bytes(), ReadOptions())
    assert [(len(t.rows), len(t.rows[0])) for t in read.tables] == [(21, 7)]
    page = notice_parser.parse(ROOT / "tests" / "redteam4" / "zhouzhi-2024-ducha-zhenggai-qingdan.html")
    doc = notice_parser.parse(path)
    assert _roles(doc) == _roles(page)
    assert _roles(doc)[0] == ("table1.row1", ["县秦岭办"], [], ["县自然资源局", "相关镇政府"])
    assert len(doc.measures) == 16


def _roles(doc):
    return [
        (
            m.id,
            *(sorted(u.name for u in getattr(m, r)) for r in ("lead_units", "responsible_units", "supporting_units")),
        )
        for m in doc.measures
    ]


def test_doc_row_end_mark_in_no_table_ends_the_row(monkeypatch):
    """Where a row end's properties cannot be read (the Data stream left out), its cell mark, in no
    table by the properties that are read, still ends the row: 21 rows, not one run of cells."""
    from notice_parser.readers import ReadOptions
    from notice_parser.readers import doc as doc_reader

    monkeypatch.setattr(doc_reader, "_huge_papx", lambda grpprl, data: grpprl)
    path = CONVERTED / "zhouzhi-2024-ducha-zhenggai-qingdan.lo.doc"
    read = doc_reader.read(path.read_bytes(), ReadOptions())
    assert [len(t.rows) for t in read.tables] == [21]
    assert read.text.count("\n") > 21
