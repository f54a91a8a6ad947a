"""OFD (GB/T 33190): fixtures built by scripts/make_format_fixtures.py from the
standard's page structure (no tool here writes OFD), plus small files made
here: text in reading order, lines rebuilt from positions, page numbers
dropped, paragraphs joined across pages, ruled tables read as rows."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import CORPORA, ROOT

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions, read_bytes, sniff_format

FORMATS = ROOT / "tests" / "fixtures" / "formats"
NS = "http://www.ofdspec.org/2016"


def _units(m):
    return [[u.name for u in getattr(m, f"{r}_units")] for r in ("lead", "responsible", "supporting")]


def _bare(text: str) -> list[str]:
    return [x.replace(" ", "").replace("\xa0", "").replace("\u3000", "") for x in text.splitlines() if x.strip()]


@pytest.fixture(scope="module")
def tianshui():
    return notice_parser.parse(FORMATS / "tianshui-2017-30.ofd")


def test_an_ofd_is_found_from_its_content_whatever_its_name():
    data = (FORMATS / "tianshui-2017-30-ofd.doc").read_bytes()
    assert sniff_format(data, hint="doc") == "ofd"
    assert sniff_format(data[: len(data) // 2], hint="docx") == "ofd"  # a truncated one too: its local headers say so
    doc = notice_parser.parse(data, name="notice.doc")
    assert doc.source.format == "ofd"
    assert doc.notice.doc_number == "市委发〔2017〕30号"


def test_lines_are_rebuilt_into_the_paragraphs_of_the_text(tianshui):
    # every paragraph wrapped over printed lines, and over page breaks, is one line again
    assert _bare(tianshui.text) == _bare(notice_parser.parse(CORPORA / "tianshui-2017-30.txt").text)


def test_page_numbers_are_not_text(tianshui):
    assert "— 3 —" not in tianshui.text and "—3—" not in tianshui.text.replace(" ", "")
    assert len(zipfile.ZipFile(FORMATS / "tianshui-2017-30.ofd").namelist()) > 12  # it has many pages


def test_sections_and_measures_are_those_of_the_text(tianshui):
    txt = notice_parser.parse(CORPORA / "tianshui-2017-30.txt")
    assert [(s.id, s.heading) for s in walk_sections(tianshui.sections)] == [
        (s.id, s.heading) for s in walk_sections(txt.sections)
    ]
    assert [(m.id, _units(m)) for m in tianshui.measures] == [(m.id, _units(m)) for m in txt.measures]


def test_a_ruled_table_is_read_row_by_row_with_its_merged_cell():
    ofd = notice_parser.parse(FORMATS / "zhenggai-qingdan.ofd")
    docx = notice_parser.parse(ROOT / "tests" / "fixtures" / "zhenggai-qingdan.docx")
    assert [m.id for m in ofd.measures] == [f"table1.row{i}" for i in range(1, 23)]
    assert [_units(m) for m in ofd.measures] == [_units(m) for m in docx.measures]
    assert _units(ofd.measures[4])[0] == ["市委办公室", "市政府办公室"]  # 牵头单位 merged down from row 4


def _ofd(objects: str, *, base_loc: str = "Pages/Page_0/Content.xml") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{NS}" Version="1.1" DocType="OFD"><ofd:DocBody>'
            "<ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        z.writestr(
            "Doc_0/Document.xml",
            f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea>'
            "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>"
            f'<ofd:Pages><ofd:Page ID="1" BaseLoc="{base_loc}"/></ofd:Pages></ofd:Document>',
        )
        z.writestr(
            "Doc_0/Pages/Page_0/Content.xml",
            f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>',
        )
    return out.getvalue()


def _obj(x: float, y: float, text: str, extra: str = "", code: str = 'X="0" Y="4"') -> str:
    return (
        f'<ofd:TextObject ID="9" Boundary="{x} {y} 150 6" Size="4" {extra}>'
        f"<ofd:TextCode {code}>{text}</ofd:TextCode></ofd:TextObject>"
    )


def test_characters_drawn_one_by_one_and_out_of_order_are_read_where_they_are_seen():
    # one TextObject per character, the second line drawn first, a block of the page nested in a PageBlock
    prose = "现将方案印发给你们，请结合实际认真贯彻执行，并将落实情况及时报送。"  # sets the right margin
    line0 = "".join(_obj(30 + 4 * i, 30, ch) for i, ch in enumerate(prose))
    line2 = "".join(_obj(30 + 4 * i, 50, ch) for i, ch in enumerate("加强领导"))
    line1 = "".join(_obj(30 + 4 * i, 40, ch) for i, ch in reversed(list(enumerate("一、总体要求"))))
    result = read_bytes(_ofd(f"<ofd:PageBlock>{line2}</ofd:PageBlock>{line1}{line0}"), ReadOptions(name="a.ofd"))
    assert result.format == "ofd"
    assert result.text == f"{prose}\n一、总体要求\n加强领导\n"


def test_delta_x_runs_and_a_scaling_ctm_place_the_characters():
    # "g 3 4" = three advances of 4 mm; the CTM halves the object: the second code still follows the first
    a = _obj(30, 40, "一、总体", code='X="0" Y="4" DeltaX="g 3 4"')
    b = _obj(30, 40, "要求", extra='CTM="0.5 0 0 0.5 0 0"', code='X="32" Y="8" DeltaX="8"')
    c = _obj(30, 50, "加强领导")
    result = read_bytes(_ofd(c + b + a), ReadOptions())
    assert result.text == "一、总体要求加强领导\n"  # one paragraph: 要求 lands right after 总体, on its line


def test_an_ofd_whose_page_is_missing_is_refused_in_one_line():
    with pytest.raises(notice_parser.ReaderError) as info:
        notice_parser.parse(_ofd(_obj(30, 40, "x"), base_loc="Pages/Page_9/Content.xml"), name="p.ofd")
    assert str(info.value) == "p.ofd: not a valid OFD file: the part Doc_0/Pages/Page_9/Content.xml is missing"


def test_an_ofd_without_text_objects_is_refused_as_a_scan():
    with pytest.raises(notice_parser.ReaderError) as info:
        notice_parser.parse(_ofd('<ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="7"/>'), name="s.ofd")
    assert str(info.value) == "s.ofd: no text: the OFD pages hold no text objects (a scan?); OCR is not supported"
