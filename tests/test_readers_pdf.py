"""PDF with a text layer (fixtures made by scripts/make_format_fixtures.py
with LibreOffice): reading order, page furniture dropped, paragraphs joined
across page breaks, ruled tables read as tables."""

from __future__ import annotations

import pytest
from conftest import CORPORA, ROOT

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import sniff_format

FORMATS = ROOT / "tests" / "fixtures" / "formats"


def _units(m):
    return [[u.name for u in getattr(m, f"{r}_units")] for r in ("lead", "responsible", "supporting")]


def test_a_pdf_is_detected_from_its_content_whatever_its_name():
    data = (FORMATS / "tianshui-2017-30.pdf").read_bytes()
    assert sniff_format(data, hint="doc") == "pdf"
    doc = notice_parser.parse(data, name="notice.doc")
    assert doc.source.format == "pdf"
    assert doc.notice.doc_number == "市委发〔2017〕30号"


def test_quotation_marks_are_read_where_they_are_seen():
    doc = notice_parser.parse(FORMATS / "tianshui-2017-30.pdf")
    assert "切实强化环境保护“党政同责、一岗双责”，" in doc.text.replace(",", "，")


@pytest.fixture(scope="module")
def paged():
    return notice_parser.parse(FORMATS / "shandong-2019-paged.pdf")


def test_running_header_and_page_numbers_are_not_text(paged):
    assert "山东省人民政府公报" not in paged.text
    for line in paged.text.splitlines():
        assert not line.strip().startswith("— "), line


def test_no_section_is_split_at_a_page_break(paged):
    txt = notice_parser.parse(CORPORA / "shandong-2019-shuzi-shandong.txt")
    assert [(s.id, s.heading) for s in walk_sections(paged.sections)] == [
        (s.id, s.heading) for s in walk_sections(txt.sections)
    ]
    assert [(m.id, _units(m)) for m in paged.measures] == [(m.id, _units(m)) for m in txt.measures]
    assert len(paged.measures) == 68
    # every paragraph cut by a line wrap or a page break is one line again: the lines are the .txt's
    assert [x.strip() for x in paged.text.splitlines() if x.strip()] == [
        x.strip() for x in txt.text.splitlines() if x.strip()
    ]


def test_a_ruled_table_is_read_row_by_row_with_merged_cells():
    pdf = notice_parser.parse(FORMATS / "zhenggai-qingdan.pdf")
    docx = notice_parser.parse(ROOT / "tests" / "fixtures" / "zhenggai-qingdan.docx")
    assert [m.id for m in pdf.measures] == [f"table1.row{i}" for i in range(1, 23)]
    assert [_units(m) for m in pdf.measures] == [_units(m) for m in docx.measures]
    assert [[d.model_dump(exclude={"span", "raw"}) for d in m.deadlines] for m in pdf.measures] == [
        [d.model_dump(exclude={"span", "raw"}) for d in m.deadlines] for m in docx.measures
    ]
    row5 = pdf.measures[4]
    assert _units(row5)[0] == ["市委办公室", "市政府办公室"]  # 牵头单位 merged down from row 4
