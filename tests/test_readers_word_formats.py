"""The files Word and WPS save under a .doc name that are not Word 97
binaries — Word "Web page" HTML, MHT, WPS — found from their content and
read (fixtures by scripts/make_format_fixtures.py)."""

from __future__ import annotations

import base64

import pytest
from conftest import ROOT

import notice_parser
from notice_parser.readers import sniff_format

FORMATS = ROOT / "tests" / "fixtures" / "formats"


@pytest.mark.parametrize(
    ("fixture", "found"),
    [
        ("tianshui-2017-30-html.doc", "html"),
        ("tianshui-2017-30-mht.doc", "mht"),
        ("tianshui-2017-30-wps.doc", "wps"),
        ("tianshui-2017-30.wps", "wps"),
        ("tianshui-2017-30.pdf", "pdf"),
    ],
)
def test_the_format_is_found_from_the_content_not_the_name(fixture, found):
    data = (FORMATS / fixture).read_bytes()
    for hint in ("doc", "docx", None):
        assert sniff_format(data, hint=hint) == found


def test_a_word_97_doc_without_wps_streams_is_still_doc():
    assert sniff_format((ROOT / "tests" / "fixtures" / "tianshui-2017-30.doc").read_bytes(), hint="doc") == "doc"


#: Word's "Web page" HTML: mso- styles, conditional comments, and the list
#: marker inside <![if !supportLists]> … <![endif]> with nbsp padding
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;}
@list l0:level1 {mso-level-number-format:chinese-counting; mso-level-text:%1、;} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center><span style='font-size:22.0pt'>关于印发某方案的通知<o:p></o:p></span></p>
<p class=MsoListParagraph style='text-indent:-32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]><span
style='font-family:黑体'>总体要求<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span>加强领导。（牵头单位：市环保局；责任单位：市财政局）<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div></body></html>"""


def _units(doc):
    return [([u.name for u in m.lead_units], [u.name for u in m.responsible_units]) for m in doc.measures]


def test_word_web_page_html_keeps_list_markers_from_conditional_comments():
    doc = notice_parser.parse(WORD_HTML.encode("gbk"), name="web-page.doc")
    assert doc.source.format == "html"
    assert doc.source.encoding == "gb2312"  # (as declared: every byte is GB2312)
    assert [(s.id, s.marker, s.heading) for s in doc.sections] == [("1", "一、", "总体要求")]
    assert _units(doc) == [(["市环保局"], ["市财政局"])]
    assert "mso-" not in doc.text and "WordDocument" not in doc.text


def _mht(part_headers: list[str], body: bytes) -> bytes:
    head = "\r\n".join(
        [
            "MIME-Version: 1.0",
            'Content-Type: multipart/related; boundary="B"; type="text/html"',
            "",
            "--B",
            *part_headers,
            "",
        ]
    ).encode()
    return head + b"\r\n" + body + b"\r\n--B--\r\n"


def test_mht_base64_gbk_part_without_a_meta_charset_is_decoded_by_its_mime_charset():
    page = WORD_HTML.replace('<meta http-equiv=Content-Type content="text/html; charset=gb2312">', "")
    body = base64.encodebytes(page.encode("gbk"))
    data = _mht(["Content-Transfer-Encoding: base64", 'Content-Type: text/html; charset="gbk"'], body)
    doc = notice_parser.parse(data, name="page.mht")
    assert doc.source.format == "mht"
    assert doc.source.encoding == "gb18030"
    assert _units(doc) == [(["市环保局"], ["市财政局"])]


def test_mht_quoted_printable_fixture_is_gb2312_and_reads_like_the_html():
    data = (FORMATS / "tianshui-2017-30.mht").read_bytes()
    assert b"Content-Transfer-Encoding: quoted-printable" in data
    assert "中共天水市委".encode("gbk") not in data  # the Chinese is escaped (=D6=D0…)
    mht = notice_parser.parse(data, name="a.doc")
    html = notice_parser.parse(FORMATS / "tianshui-2017-30.html")
    assert mht.source.encoding == "gb2312"
    # the same text, but for the two characters GB2312's own table maps otherwise than GBK's: A1AA is U+2015 (―,
    # the html's U+2014 —), A1A4 is U+30FB (・, the html's U+00B7 ·) — as Python's codec, iconv and libxml2 read it
    assert mht.text == html.text.translate({0x2014: 0x2015, 0xB7: 0x30FB})
    assert "―" in mht.text and "・" in mht.text


def test_an_mht_without_an_html_part_is_refused_in_one_line():
    data = _mht(["Content-Type: image/png", "Content-Transfer-Encoding: base64"], b"iVBORw0KGgo=")
    with pytest.raises(notice_parser.ReaderError) as info:
        notice_parser.parse(data, name="pic.mht")
    assert str(info.value) == "pic.mht: not a valid MHT file: no text/html part in the MIME message"


def test_a_wps_doc_is_read_by_the_doc_reader_and_reported_as_wps():
    wps = notice_parser.parse(FORMATS / "tianshui-2017-30-wps.doc")
    doc = notice_parser.parse(ROOT / "tests" / "fixtures" / "tianshui-2017-30.doc")
    assert (wps.source.format, doc.source.format) == ("wps", "doc")
    assert wps.text == doc.text


# ---------------------------------------------------------------------- RTF
def _rtf(body: bytes) -> bytes:
    return (
        b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Arial;}"
        b"{\\f1\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}" + body + b"}"
    )


def test_rtf_chinese_as_gbk_bytes_unicode_escapes_and_skipped_fallbacks():
    body = (
        b"\\pard\\f1 \\'d2\\'bb\\'a1\\'a2\\'d7\\'dc\\'cc\\'e5\\'d2\\'aa\\'c7\\'f3\\par"  # 一、总体要求 in GBK
        b"\\pard\\uc2\\u21152\\'bc\\'d3\\u24378\\'c7\\'bf\\uc1 (\\u8220?A\\u8221?)"  # 加强 with 2-byte fallbacks, “A”
        b"{\\*\\bkmkstart x}{\\field{\\*\\fldinst HYPERLINK \"u\"}{\\fldrslt \\'c1\\'ec\\'b5\\'bc}}\\par"  # 领导
        b"{\\header \\'d2\\'b3\\'c3\\'bc\\par}{\\v hidden}\\u-10174?\\u-8265?\\par"  # a page header, 𠮷
    )
    result = notice_parser.readers.read_bytes(_rtf(body), notice_parser.readers.ReadOptions(name="x.doc"))
    assert result.format == "rtf"
    assert result.text == "一、总体要求\n加强(“A”)领导\n𠮷\n"


def test_rtf_list_marker_text_is_kept_without_its_tab():
    body = b"{\\listtext\\pard\\plain  \\u19968\\'3f\\u12289\\'3f\\tab}\\u24635?\\u20307?\\par"
    result = notice_parser.readers.read_bytes(_rtf(body), notice_parser.readers.ReadOptions())
    assert result.text == "一、总体\n"


def test_rtf_table_cells_paragraphs_and_merges():
    row1 = b"\\trowd\\cellx1000\\cellx2000\\cellx3000\\intbl A\\cell B1\\par B2\\cell C\\cell\\row"
    row2 = b"\\trowd\\cellx1000\\clvmrg\\cellx2000\\cellx3000\\intbl D\\cell\\cell E\\cell\\row"
    row3 = b"\\trowd\\cellx2000\\cellx3000\\intbl F\\cell G\\cell\\row"
    result = notice_parser.readers.read_bytes(
        _rtf(b"\\pard T\\par " + row1 + row2 + row3 + b"\\pard after\\par"), notice_parser.readers.ReadOptions()
    )
    text = result.text
    assert text == "T\nA\tB1\nB2\tC\nD\t\tE\nF\tG\nafter\n"
    [table] = result.tables
    cells = [[(text[slice(*c.span)], c.merged) for c in row] for row in table.rows]
    assert cells == [
        [("A", False), ("B1\nB2", False), ("C", False)],
        [("D", False), ("B1\nB2", True), ("E", False)],
        [("F", False), ("F", True), ("G", False)],
    ]


def test_the_rtf_table_of_the_rectification_list_reads_as_the_docx_does():
    from notice_parser.readers import ReadOptions, read_bytes

    rtf = read_bytes((FORMATS / "zhenggai-qingdan.rtf").read_bytes(), ReadOptions())
    docx = read_bytes((ROOT / "tests" / "fixtures" / "zhenggai-qingdan.docx").read_bytes(), ReadOptions())
    assert rtf.text == docx.text
    assert [[(c.span, c.merged) for c in row] for row in rtf.tables[0].rows] == [
        [(c.span, c.merged) for c in row] for row in docx.tables[0].rows
    ]
    assert rtf.tables[0].rows[5][3].merged  # 牵头单位 merged down (\clvmrg)


def test_a_truncated_rtf_is_refused_in_one_line():
    data = (FORMATS / "tianshui-2017-30.rtf").read_bytes()
    with pytest.raises(notice_parser.ReaderError) as info:
        notice_parser.parse(data[: len(data) // 2], name="cut.doc")
    assert (
        str(info.value) == "cut.doc: not a valid RTF file: 2 group(s) never closed (the file is damaged or truncated)"
    )


# ------------------------------------------------------------ Word 2003 XML
def _wordml(body: str, lists: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
        f"{lists}<w:body><wx:sect>{body}<w:sectPr/></wx:sect></w:body></w:wordDocument>"
    ).encode()


LISTS = (
    '<w:lists><w:listDef w:listDefId="3">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="（%2）"/>'
    '<w:suff w:val="Space"/></w:lvl></w:listDef>'
    '<w:list w:ilfo="1"><w:ilst w:val="3"/></w:list>'
    '<w:list w:ilfo="2"><w:ilst w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride>'
    "</w:list></w:lists>"
)


def _p(text: str, ilfo: int | None = None, ilvl: int = 0, shown: str | None = None) -> str:
    lp = ""
    if ilfo is not None:
        wx = f'<wx:t wx:val="{shown}"/>' if shown else ""
        lp = f'<w:pPr><w:listPr><w:ilvl w:val="{ilvl}"/><w:ilfo w:val="{ilfo}"/>{wx}</w:listPr></w:pPr>'
    return f"<w:p>{lp}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_wordml_list_numbering_is_rendered_from_the_list_definitions():
    body = (
        _p("总体要求", 1)
        + _p("加强领导", 1, 1)
        + _p("压实责任", 1, 1)
        + _p("主要任务", 1)
        + _p("深化改革", 1, 1)
        + _p("另起", 2)
        + _p("照录", 1, 0, shown="第三条")
    )
    result = notice_parser.readers.read_bytes(_wordml(body, LISTS), notice_parser.readers.ReadOptions(name="a.doc"))
    assert result.format == "wordml"
    assert (
        result.text
        == "一、总体要求\n（一） 加强领导\n（二） 压实责任\n二、主要任务\n（一） 深化改革\n九、另起\n第三条照录\n"
    )


def test_wordml_tables_grid_span_vmerge_and_hmerge():
    def tc(text, pr=""):
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{_p(text)}</w:tc>"

    rows = [
        tc("序号") + tc("任务", '<w:gridSpan w:val="2"/>') + tc("牵头单位"),
        tc("1") + tc("甲") + tc("乙", '<w:hmerge w:val="restart"/>') + tc("市环保局", '<w:vmerge w:val="restart"/>'),
        tc("2") + tc("丙") + tc("", "<w:hmerge/>") + tc("", "<w:vmerge/>"),
    ]
    table = "<w:tbl><w:tblGrid>" + '<w:gridCol w:w="900"/>' * 4 + "</w:tblGrid>"
    table += "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
    result = notice_parser.readers.read_bytes(_wordml(_p("表") + table), notice_parser.readers.ReadOptions())
    text = result.text
    assert text == "表\n序号\t任务\t牵头单位\n1\t甲\t乙\t市环保局\n2\t丙\t\n"  # a vmerge cell is an empty field
    cells = [[(text[slice(*c.span)], c.merged) for c in row] for row in result.tables[0].rows]
    assert cells == [
        [("序号", False), ("任务", False), ("任务", True), ("牵头单位", False)],
        [("1", False), ("甲", False), ("乙", False), ("市环保局", False)],
        [("2", False), ("丙", False), ("丙", True), ("市环保局", True)],
    ]


def test_wordml_skips_deleted_text_footnotes_and_field_codes_and_keeps_hyperlinks():
    body = (
        "<w:p><w:r><w:t>加强</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
        "<w:r><w:footnote><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote></w:r><w:r><w:tab/></w:r>"
        '<w:r><w:instrText>PAGE</w:instrText></w:r><w:hlink w:dest="http://x.cn"><w:r><w:t>领导</w:t></w:r></w:hlink>'
        "</w:p>"
    )
    result = notice_parser.readers.read_bytes(_wordml(body), notice_parser.readers.ReadOptions())
    assert result.text == "加强 领导\n"  # a tab inside a paragraph is a space, as in every BlockWriter format


def test_wordml_with_an_entity_is_refused_before_parsing():
    data = _wordml(_p("x")).replace(b"?>\n<?mso", b'?>\n<!DOCTYPE w [<!ENTITY e "lol">]>\n<?mso', 1)
    with pytest.raises(notice_parser.ReaderError) as info:
        notice_parser.parse(data, name="e.xml")
    assert str(info.value) == "e.xml: unsafe XML: Word 2003 XML file declares a DTD or entities, which it never needs"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-7"])
def test_word_2003_xml_saved_in_another_unicode_form_is_still_word_xml(encoding):
    """Review of 764be7b: wide/UTF-7 markup without a BOM was taken for HTML, so a
    Word 2003 XML file lost its line breaks (one line) and got a wrong title."""
    xml = (FORMATS / "tianshui-2017-30.xml").read_text(encoding="utf-8")
    data = xml.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"', 1).encode(encoding)
    doc = notice_parser.parse(data, name="x.xml")
    assert doc.source.format == "wordml"
    assert (
        doc.notice.title == "中共天水市委天水市人民政府关于印发《天水市贯彻落实中央环境保护督察反馈意见整改方案》的通知"
    )
    assert len(doc.text.splitlines()) == 119


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16"])
def test_word_2003_xml_with_a_dtd_is_refused_in_any_unicode_form(encoding):
    xml = (FORMATS / "tianshui-2017-30.xml").read_text(encoding="utf-8")
    data = xml.replace("?>\n", '?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n', 1).encode(encoding)
    with pytest.raises(notice_parser.ReaderError, match="unsafe XML"):
        notice_parser.parse(data, name="x.xml")
