"""The .docx reader: text in document order, Word numbering, tables with spans.

Fixtures come from scripts/make_fixtures.py; small documents that test one
feature are built here with python-docx.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from notice_parser.errors import DocumentTooLarge
from notice_parser.readers import ReadOptions, read_bytes
from notice_parser.readers.docx import read as read_docx

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TIANSHUI_TXT = (ROOT / "corpora" / "tianshui-2017-30.txt").read_text(encoding="utf-8")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def read_fixture(name: str, **kw):
    return read_bytes((FIXTURES / name).read_bytes(), ReadOptions(name=name, **kw))


def stripped_lines(text: str) -> list[str]:
    return [line.strip() for line in text.rstrip("\n").split("\n")]


def to_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def cell_texts(result, table_index: int = 0) -> list[list[str]]:
    return [[result.text[c.span[0] : c.span[1]] for c in row] for row in result.tables[table_index].rows]


# ------------------------------------------------------------------ Tianshui
def test_tianshui_docx_text_is_the_txt_line_for_line():
    result = read_fixture("tianshui-2017-30.docx")
    assert result.format == "docx"
    assert result.text.rstrip("\n") == TIANSHUI_TXT.rstrip("\n")
    assert result.tables == []
    assert result.warnings == []


def test_numbered_docx_uses_word_numbering_not_typed_markers():
    xml = zipfile.ZipFile(FIXTURES / "tianshui-2017-30-numbered.docx").read("word/document.xml").decode()
    assert xml.count("<w:numPr>") == 70
    assert "一、指导思想" not in xml
    assert ">指导思想" in xml


def test_word_numbering_is_rendered_as_the_markers_a_reader_sees():
    result = read_fixture("tianshui-2017-30-numbered.docx")
    lines = stripped_lines(result.text)
    assert lines == stripped_lines(TIANSHUI_TXT)
    for heading in ("一、指导思想", "六、保障措施", "(十)深化环保体制机制改革", "(五)及时公开信息。"):
        assert any(line.startswith(heading) for line in lines), heading
    assert any(line.startswith("6.强化生态环境保护责任考") for line in lines)


@pytest.mark.parametrize(
    "name",
    [
        "tianshui-2017-30.docx",
        "tianshui-2017-30-numbered.docx",
        "tianshui-2017-30.doc",
        "tianshui-2017-30.gb18030.txt",
        "tianshui-2017-30.utf16.txt",
        "tianshui-2017-30.utf16le.txt",
    ],
)
def test_every_copy_of_the_tianshui_notice_reads_as_the_same_lines(name):
    assert stripped_lines(read_fixture(name).text) == stripped_lines(TIANSHUI_TXT)


# ------------------------------------------------------------------ 整改清单
EXPECTED = json.loads((FIXTURES / "zhenggai-qingdan.json").read_text(encoding="utf-8"))


def test_checklist_table_has_a_header_and_one_row_per_measure():
    result = read_fixture("zhenggai-qingdan.docx")
    assert len(result.tables) == 1
    rows = cell_texts(result)
    assert rows[0] == ["序号", "整改任务", "整改措施", "牵头单位", "责任单位", "整改时限"]
    assert len(rows) == 1 + 22
    assert all(len(row) == 6 for row in rows)
    for got, want in zip(rows[1:], EXPECTED["rows"], strict=True):
        assert got == [want[h] for h in EXPECTED["header"]]


def test_checklist_deadlines_and_units_are_cell_values():
    rows = cell_texts(read_fixture("zhenggai-qingdan.docx"))
    assert rows[1][5] == "2017年12月底前"
    assert rows[2][5] == "长期坚持"
    assert rows[12][3] == "市环保局、市林业局"
    assert rows[19][4].startswith("秦州区委和区政府、麦积区委和区政府")


def test_vertically_merged_lead_unit_is_carried_down_with_the_span_of_its_cell():
    result = read_fixture("zhenggai-qingdan.docx")
    table = result.tables[0]
    merged_rows = [r for r, row in enumerate(table.rows) if row[3].merged]
    assert merged_rows == [5, 13, 19, 20]
    assert table.rows[5][3].span == table.rows[4][3].span
    assert table.rows[20][3].span == table.rows[18][3].span
    assert result.text[slice(*table.rows[20][3].span)] == "市环保局"
    assert not any(c.merged for c in table.rows[5] if c is not table.rows[5][3])


def test_a_cell_with_two_paragraphs_is_joined_by_a_newline():
    rows = cell_texts(read_fixture("zhenggai-qingdan.docx"))
    assert (
        rows[6][2]
        == "加强燃煤锅炉整治，2017年底前城市建成区10蒸吨以下燃煤锅炉全部淘汰。\n城市建成区全面禁止新建燃煤锅炉。"
    )


def test_table_rows_are_rendered_as_lines_of_tab_separated_cells():
    result = read_fixture("zhenggai-qingdan.docx")
    table = result.tables[0]
    lines = result.text.split("\n")
    assert lines[0] == "天水市贯彻落实中央环境保护督察反馈意见整改措施清单"
    assert lines[1] == "序号\t整改任务\t整改措施\t牵头单位\t责任单位\t整改时限"
    assert (
        lines[5]
        == "4\t全面落实“党政同责、一岗双责”\t建立健全涵盖党委、政府领导班子成员及其部门的生态环境保护责任体系。\t市委办公室、市政府办公室\t各县区委和县区政府、市环委会各成员单位\t2017年9月底前"
    )
    assert lines[6].split("\t")[3] == ""  # the covered cell renders its own (empty) text
    start, end = table.span
    assert result.text[start:end].startswith("序号\t") and result.text[start:end].endswith("2017年12月底前")
    assert result.text[end:].lstrip("\n").startswith("注：各县区")
    assert all(start <= c.span[0] <= c.span[1] <= end for row in table.rows for c in row)


# ------------------------------------------------------------ small documents
def add_list(document, levels: list[tuple[str, str]], start: int = 1) -> str:
    numbering = document.part.numbering_part.element
    aid = max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))), default=0) + 1
    nid = max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}">{lvls}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return str(nid)


def numbered(document, text: str, num_id: str, ilvl: int = 0):
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().insert(
        0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


def test_chinese_counting_passes_ten_as_a_reader_would_write_it():
    d = docx.Document()
    nid = add_list(d, [("chineseCountingThousand", "%1、")])
    for i in range(12):
        numbered(d, f"第{i + 1}项", nid)
    lines = read_docx(to_bytes(d), ReadOptions()).text.split("\n")
    assert lines[0] == "一、第1项"
    assert lines[9] == "十、第10项"
    assert lines[11] == "十二、第12项"


def test_a_new_parent_item_restarts_the_numbering_below_it():
    d = docx.Document()
    nid = add_list(d, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
    numbered(d, "总体要求", nid, 0)
    numbered(d, "加强领导", nid, 1)
    numbered(d, "明确分工", nid, 2)
    numbered(d, "落实责任", nid, 2)
    numbered(d, "强化考核", nid, 1)
    numbered(d, "及时报送", nid, 2)
    numbered(d, "主要任务", nid, 0)
    numbered(d, "推进整改", nid, 1)
    text = read_docx(to_bytes(d), ReadOptions()).text
    assert text.split("\n") == [
        "一、总体要求",
        "（一）加强领导",
        "1.明确分工",
        "2.落实责任",
        "（二）强化考核",
        "1.及时报送",
        "二、主要任务",
        "（一）推进整改",
        "",
    ]


def test_each_numbering_instance_counts_on_its_own():
    d = docx.Document()
    first = add_list(d, [("ideographTraditional", "%1、")])
    second = add_list(d, [("decimal", "%1.")], start=3)
    numbered(d, "甲项", first)
    numbered(d, "第三条", second)
    numbered(d, "乙项", first)
    numbered(d, "第四条", second)
    assert read_docx(to_bytes(d), ReadOptions()).text.split("\n")[:4] == [
        "甲、甲项",
        "3.第三条",
        "乙、乙项",
        "4.第四条",
    ]


def test_numbering_inherited_from_the_paragraph_style_is_rendered():
    d = docx.Document()
    nid = add_list(d, [("chineseCounting", "%1、")])
    style = d.styles["Heading 1"]
    style.element.get_or_add_pPr().insert(0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="{nid}"/></w:numPr>'))
    d.add_paragraph("指导思想", style="Heading 1")
    d.add_paragraph("正文")
    d.add_paragraph("工作要求", style="Heading 1")
    assert read_docx(to_bytes(d), ReadOptions()).text.split("\n")[:3] == ["一、指导思想", "正文", "二、工作要求"]


def test_headers_footers_and_field_codes_are_not_in_the_text():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉：天水市人民政府"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    p = d.add_paragraph("详见")
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(
        parse_xml(f'<w:r xmlns:w="{W_NS}"><w:instrText> HYPERLINK "http://www.tianshui.gov.cn" </w:instrText></w:r>')
    )
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t>市政府网站</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'))
    p.add_run("。")
    text = read_docx(to_bytes(d), ReadOptions()).text
    assert text == "详见市政府网站。\n"


def test_a_cell_spanning_grid_columns_is_listed_once_per_column():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for c, h in enumerate(("整改任务", "牵头单位", "整改时限")):
        t.cell(0, c).text = h
    t.cell(1, 0).text = "清理违建项目"
    t.cell(1, 1).merge(t.cell(1, 2)).text = "市林业局（2018年底前）"
    for c, v in enumerate(("开展督察", "市环保局", "长期坚持")):
        t.cell(2, c).text = v
    result = read_docx(to_bytes(d), ReadOptions())
    row = result.tables[0].rows[1]
    assert len(row) == 3
    assert [result.text[slice(*c.span)] for c in row] == [
        "清理违建项目",
        "市林业局（2018年底前）",
        "市林业局（2018年底前）",
    ]
    assert [c.merged for c in row] == [False, False, True]
    assert result.text.split("\n")[1] == "清理违建项目\t市林业局（2018年底前）"
    assert cell_texts(result)[2] == ["开展督察", "市环保局", "长期坚持"]


def test_paragraphs_and_tables_keep_document_order():
    d = docx.Document()
    d.add_paragraph("一、工作任务")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "任务"
    t.cell(0, 1).text = "单位"
    d.add_paragraph("二、工作要求")
    result = read_docx(to_bytes(d), ReadOptions())
    assert result.text == "一、工作任务\n任务\t单位\n二、工作要求\n"
    assert result.tables[0].span == (7, 12)


def test_decompressed_size_over_max_bytes_is_refused_before_parsing():
    data = (FIXTURES / "tianshui-2017-30.docx").read_bytes()
    with pytest.raises(
        DocumentTooLarge, match=r"^small\.docx: zip bomb: the \.docx expands to \d+ bytes, the limit is 100000"
    ):
        read_docx(data, ReadOptions(name="small.docx", max_bytes=100_000))


def test_a_table_nested_in_a_cell_is_flattened_into_that_cell_once():
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "整改措施"
    cell = outer.cell(0, 1)
    cell.text = "分工如下"
    inner = cell.add_table(rows=2, cols=2)
    for r, pair in enumerate((("市环保局", "牵头"), ("市林业局", "配合"))):
        for c, v in enumerate(pair):
            inner.cell(r, c).text = v
    result = read_docx(to_bytes(d), ReadOptions())
    assert len(result.tables) == 1
    # python-docx leaves an empty paragraph after the nested table, as Word requires
    assert cell_texts(result) == [["整改措施", "分工如下\n市环保局\t牵头\n市林业局\t配合\n"]]


def test_a_row_wrapped_in_a_content_control_keeps_its_place():
    import io

    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    import notice_parser

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for i, r in enumerate(t.rows):
        r.cells[0].text, r.cells[1].text = f"任务{i}", f"单位{i}"
    tr2 = t._tbl.findall(qn("w:tr"))[1]
    sdt = etree.Element(qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    tr2.addprevious(sdt)
    content.append(tr2)
    buf = io.BytesIO()
    d.save(buf)
    text = notice_parser.parse(buf.getvalue(), format="docx").text
    assert text.index("任务0") < text.index("任务1") < text.index("任务2")
