"""Format invariance: notices converted by the programs a notice really passes through (LibreOffice's
``soffice --convert-to``, a browser's print to PDF) score against the gold of their source.

The converted files are in tests/fixtures/converted/ (made with benchmarks/format_matrix.py, which
converts every document that has a gold and prints the matrix document x format). Each floor is a
little under the figure the conversion scored when it was added, and at most the source's own."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

import notice_parser
from notice_parser.emit import to_json

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
    # .docx -> PDF (soffice --convert-to pdf): a 分工表 with a two-row header (责任单位 over 牵头|配合, the
    # other header cells merged over both rows and wrapped: 重点任⏎务), narrow cells wrapping names
    # (各县⏎（市、区）农业农村局) and a row cut by the page break; 0.886 before, the .docx 0.944
    "qujing-2025-gaobiaozhun-nongtian.lo.pdf": (GOLD / "redteam6" / "qujing-2025-gaobiaozhun-nongtian", 0.94),
}


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


def test_pdf_table_cells_merged_wrapped_and_cut_by_a_page():
    """The LibreOffice PDF of qujing's 分工表: a header cell spanning two columns is one cell, one merged over two rows keeps its wrapped
    second line (重点任务, not 重点任 and a row of 务), a name wrapped at an opening bracket is closed up
    (各县（市、区）农业农村局), and row 2, cut by the page break inside （2025—2030年）, is one row."""
    doc = notice_parser.parse(CONVERTED / "qujing-2025-gaobiaozhun-nongtian.lo.pdf")
    # (责任单位 spans the 牵头 and 配合 columns: one cell, the position it covers merged, as a Word table's)
    assert "序号\t重点任务\t主要内容\t责任单位\t完成时限\n" in doc.text
    assert "编制县级高标准农田建设规划（2025—2030年）" in doc.text
    rows = {m.id: m for m in doc.measures if m.id.startswith("table")}
    assert len(rows) == 7
    assert [u.name for u in rows["table1.row2"].supporting_units] == ["局计划财务科", "各县（市、区）农业农村局"]
    assert [u.name for u in rows["table1.row7"].lead_units] == ["各县（市、区）农业农村局"]


def test_pdf_table_row_split_by_a_page_break_is_one_row():
    """A table going on over a page break: the header row repeated on the new page is kept once, and
    the new page's first row, with no 序号 of its own, goes on with the row the break cut when the next
    numbered row is the one after it (minchuan's 整改清单, rows 7 and 8, as LibreOffice prints it)."""
    from notice_parser.readers.pdf import _join_tables

    header = ["序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限"]
    row7 = [
        "7",
        "餐饮油烟和露天焚烧管控存在",
        "县城区餐饮单位油烟净化设施安装率达到",
        "赵国强（县委副",
        "县综合执法局、县农业农村局",
        "2025年10月",
    ]
    cut = [
        "",
        "薄弱环节，秸秆露天焚烧火点屡禁不止。",
        "100%；落实秸秆禁烧网格化责任。",
        "书记）",
        "牵头，各乡镇人民政府落实",
        "31日前",
    ]
    group = ["三、", "水污染防治方面（4项）", "", "", "", ""]
    row8 = [
        "8",
        "岷江支流桃溪河出境断面水质不能稳定达标。",
        "实施桃溪河流域综合治理。",
        "陈立新（县长）",
        "县生态环境分局牵头",
        "2025年12月底前",
    ]
    blocks = [("t", ([header, row7], 6)), ("t", ([header, cut, group, row8], 6))]
    [(kind, (rows, width))] = _join_tables(blocks)
    assert (kind, width) == ("t", 6)
    assert rows[0] == header and header not in rows[1:]
    assert rows[1] == [
        "7",
        "餐饮油烟和露天焚烧管控存在薄弱环节，秸秆露天焚烧火点屡禁不止。",
        "县城区餐饮单位油烟净化设施安装率达到100%；落实秸秆禁烧网格化责任。",
        "赵国强（县委副书记）",
        "县综合执法局、县农业农村局牵头，各乡镇人民政府落实",
        "2025年10月31日前",
    ]
    assert rows[2:] == [group, row8]
    # a first row with no number that the next numbered row does not follow is a row of its own
    other = [header, ["", "薄弱环节", "", "", "", ""], ["9", "x", "", "", "", ""]]
    [(_, (rows, _))] = _join_tables([("t", ([header, row7], 6)), ("t", (other, 6))])
    assert len(rows) == 4


def test_pdf_line_keeps_a_full_stop_below_a_high_quotation_mark():
    """Characters are grouped into a line around the mean of their centres, not the first (highest)
    one's: in LibreOffice's PDF of jinan-2024 (a .txt), a line holding “ (drawn high) lost the low
    full stop of its marker and the descender of PFlops: 1提升… and a line of its own, . (the boxes
    are the PDF's own, in points)."""
    from notice_parser.readers.pdf import _lines

    chars = [
        ("1", 76.8, 212.0, 82.8, 218.6),
        (".", 82.8, 212.0, 88.8, 215.6),
        ("提", 88.8, 211.2, 98.8, 220.4),
        ("升", 98.8, 211.2, 108.8, 220.4),
        ("“", 108.8, 216.6, 114.8, 220.9),
        ("东", 114.8, 211.2, 124.8, 220.4),
        ("F", 124.8, 212.0, 130.8, 218.6),
        ("p", 130.8, 209.9, 136.8, 217.4),
        ("下", 76.8, 191.2, 86.8, 200.4),  # the next line, 20 pt below
    ]
    assert [line.text for line in _lines(chars, 0)] == ["1.提升“东Fp", "下"]


def test_pdf_a_link_filling_its_line_ends_there():
    """A line that ends inside a link runs on only in link characters: 原文链接：http://….html filling
    the line is not glued to the 本地目录： line under it (wucheng's front matter as a PDF: measures
    0.00 -> 1.00), while a link wrapped at the margin still goes on."""
    from notice_parser.readers.pdf import _Line, _runs_on

    def line(text, left, right, top):
        return _Line(top=top, bottom=top - 11, left=left, right=right, size=11.0, text=text, page=0)

    link = line("原文链接:http://www.wuch.gov.cn/art/2024/4/19/art_1229171234_41", 74, 536, 500)
    assert not _runs_on(link, line("本地目录:art/2024/4/19/4156789_金华市婺城区", 74, 530, 480), 74, 536, 11.0)
    assert _runs_on(link, line("56789.html", 74, 130, 480), 74, 536, 11.0)
    prose = line("为贯彻落实商务部等部门关于县域商业体系建设的部署要求，进一步畅通工业品下", 74, 536, 500)
    assert _runs_on(prose, line("乡和农产品进城双向流通渠道。", 74, 300, 480), 74, 536, 11.0)


def test_pdf_group_row_spanning_the_table_is_one_cell():
    """A group row written across the whole table (no rule between its columns): one cell, not its
    text cut at the column rules (一、\t思想认识… / 一、提\t升政务服务效能). minchuan's .doc printed by
    LibreOffice: its group rows 一、–六、 are the sections of the 整改清单 again."""
    from notice_parser.readers.pdf import _column_runs, _Grid

    # a 3-column grid whose middle rule stops above a full-width group row (y 100–120)
    grid = _Grid(
        xs=[0.0, 50.0, 150.0, 250.0],
        ys=[140.0, 120.0, 100.0],
        horizontal=[(140.0, 0.0, 250.0), (120.0, 0.0, 250.0), (100.0, 0.0, 250.0)],
        vertical=[(0.0, 100.0, 140.0), (50.0, 120.0, 140.0), (150.0, 120.0, 140.0), (250.0, 100.0, 140.0)],
    )
    assert _column_runs(grid, 130.0) == [(0, 0), (1, 1), (2, 2)]
    assert _column_runs(grid, 110.0) == [(0, 2)]


def test_pdf_a_title_filling_its_line_ends_its_paragraph():
    """A title line that reaches the margin (…的通知 filling the line) does not run on into the 主送 line
    under it (LibreOffice's PDF of meitan: the recipients began 湄潭县人民政府办公室关于印发…的通知各镇
    （街道）…); a title cited in the text stands in 《》 and a line breaking inside it still runs on."""
    from notice_parser.readers.pdf import _Line, _runs_on

    def line(text, right, top):
        return _Line(top=top, bottom=top - 11, left=74, right=right, size=11.0, text=text, page=0)

    title = line("湄潭县人民政府办公室关于印发《湄潭县茶产业高质量发展三年行动方案（2024—2026年）》的通知", 536, 600)
    assert not _runs_on(
        title, line("各镇（街道）人民政府（办事处），县政府各部门，县直各单位：", 400, 580), 74, 536, 11.0
    )
    cited = line("根据《中共湄潭县委湄潭县人民政府关于加快推进茶产业高质量发展的意见》和《关于印发", 536, 600)
    assert _runs_on(cited, line("茶产业三年行动方案的通知》要求，结合实际，制定本方案。", 400, 580), 74, 536, 11.0)
