"""A PDF 整改清单 whose 责任单位 cells set units apart by blanks (redteam13 tingan's family): the invented
fixtures tests/fixtures/qingdan/zhenggai-spaced-units-*.pdf (scripts/make_qingdan_fixtures.py), a Writer
table exported by LibreOffice with and without ruling lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from notice_parser import parse
from notice_parser.readers import ReadOptions, read_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "qingdan"


def _parse(name: str):
    return parse(FIXTURES / name)


SPACED_UNITS = {
    "table1.row1": ["区消防救援大队", "区科技局"],  # one space
    "table1.row2": ["区住房和城乡建设局", "区城市管理局"],  # two spaces
    "table1.row3": ["区市场监管局", "区商务局"],  # an ideographic space
    "table1.row4": ["区教育局", "区卫生健康局"],  # paragraphs
    "table1.row5": ["区发展改革局", "区财政局", "各街道办事处"],  # a space, then a paragraph
    "table1.row6": ["区自然资源局", "区生态环境分局", "区农业农村局", "各镇人民政府"],  # wraps at a space
    "table1.row7": ["区人力资源和社会保障局"],  # one name wrapped inside itself
    "table1.row8": ["区属国有企业（某城投集团）", "各园区办事处"],  # a name closing with an aside
}


@pytest.mark.parametrize("name", ["zhenggai-spaced-units-ruled.pdf", "zhenggai-spaced-units-unruled.pdf"])
def test_pdf_cell_units_set_apart_by_blanks_are_several(name):
    result = _parse(name)
    got = {m.id: m.responsible_units for m in result.measures}
    assert {k: [u.name for u in v] for k, v in got.items()} == SPACED_UNITS
    leads = [[u.name for u in m.lead_units] for m in result.measures]
    assert leads[0] == ["区应急管理局"] and leads[2] == ["区消防救援大队"]
    for m in result.measures:  # every unit points at its own name in the text
        for u in m.responsible_units:
            assert result.text[u.span[0] : u.span[1]] == u.raw


def test_pdf_cell_text_keeps_the_blank_between_units_and_closes_up_a_wrapped_name():
    data = (FIXTURES / "zhenggai-spaced-units-ruled.pdf").read_bytes()
    read = read_bytes(data, ReadOptions(name="x.pdf"), hint="pdf")
    cells = [read.text[slice(*row[4].span)] for row in read.tables[0].rows]
    assert cells[1] == "区消防救援大队 区科技局"
    assert cells[7] == "区人力资源和社会保障局"  # wrapped inside the name: no blank, no break
    assert cells[8] == "区属国有企业（某城投集团） 各园区办事处"
    deadlines = [read.text[slice(*row[5].span)] for row in read.tables[0].rows]
    assert deadlines[1] == "2025年6月30日前"  # no blank made up between a number's glyphs and 年


def test_pdf_cell_blanks_do_not_change_tables_without_them():
    """A cell of justified or wrapped text, where PDFium makes up blanks from gaps and from glyphs drawn out
    of order (quotation marks), keeps its text: the 完成时限 header wrapped as 完成时⏎限 is one word."""
    data = (Path(__file__).parent / "fixtures" / "converted" / "qujing-2025-gaobiaozhun-nongtian.lo.pdf").read_bytes()
    read = read_bytes(data, ReadOptions(name="x.pdf"), hint="pdf")
    header = [read.text[slice(*c.span)] for c in read.tables[-1].rows[0]]
    assert "完成时限" in header
    assert " " not in "".join(read.text[slice(*c.span)] for row in read.tables[-1].rows for c in row)
