"""Text decoding: detect, never guess silently, never refuse a near-valid file."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPORA
from hypothesis import given, settings
from hypothesis import strategies as st

from notice_parser.errors import DecodeError
from notice_parser.readers.text import decode, find_text_tables, normalise_newlines

TIANSHUI = (CORPORA / "tianshui-2017-30.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-7"])
def test_every_supported_encoding_decodes_to_the_same_text(encoding):
    text, found, warnings = decode(TIANSHUI.encode(encoding))
    assert text == TIANSHUI
    assert warnings == []
    assert found.replace("-sig", "").startswith(encoding.split("-")[0].replace("gbk", "gb18030"))


def test_ascii_text_with_plus_signs_is_not_taken_for_utf7():
    text, found, _ = decode(b"1+1=2; see a+bcde, f+ghij and k+lmno+pqrs")
    assert (text, found) == ("1+1=2; see a+bcde, f+ghij and k+lmno+pqrs", "utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_a_file_cut_inside_its_last_character_decodes_with_a_warning(encoding):
    data = TIANSHUI.rstrip().encode(encoding)[:-1]
    text, _, warnings = decode(data)
    assert text.endswith("\ufffd")
    assert text[:-1] == TIANSHUI.rstrip()[:-1]
    assert [w.code for w in warnings] == ["truncated_text"]


def test_an_explicit_encoding_that_does_not_fit_is_a_decode_error():
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(TIANSHUI.encode("gb18030"), encoding="utf-8", name="a.txt")


def test_unknown_encoding_name_is_a_decode_error():
    with pytest.raises(DecodeError, match="unknown encoding 'gb9999'"):
        decode(b"abc", encoding="gb9999")


def test_newlines_are_normalised_and_nothing_else_changes():
    assert normalise_newlines("一、\r\n\u3000（一）\r二、 \n") == "一、\n\u3000（一）\n二、 \n"


def test_gbk_text_decodes_as_gb18030():
    sample = "各县区党委和人民政府：现将方案印发给你们，请认真贯彻执行。"
    text, found, _ = decode(sample.encode("gbk"))
    assert (text, found) == (sample, "gb18030")


def test_a_tab_separated_table_in_plain_text_becomes_measures_per_row():
    import notice_parser

    text = (
        "关于某整改清单的通知\n序号\t反馈问题\t整改措施\t牵头单位\t责任单位\t完成时限\n"
        "1\t扬尘污染\t强化扬尘管控\t市住建局\t各县区政府\t2021年底前\n"
        "2\t水体黑臭\t治理黑臭水体\t市水务局\t市环保局、市住建局\t2022年6月底前\n"
        "3\t秸秆焚烧\t禁止焚烧\t市农业农村局\t各县区政府\t长期坚持\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3"]
    assert [u.name for u in doc.measures[1].responsible_units] == ["市环保局", "市住建局"]
    assert [d.date for d in doc.measures[1].deadlines] == ["2022-06-30"]


MARKDOWN = CORPORA.parent / "tests" / "fixtures" / "markdown" / "jiangning-2023-laji-fenlei.md"


def test_markdown_export_renders_markup_away_and_reads_its_pipe_table():
    import notice_parser
    from notice_parser.model import walk_sections

    doc = notice_parser.parse(MARKDOWN)
    n = doc.notice
    assert n.title == "南京市江宁区城市管理局关于印发《江宁区生活垃圾分类提质增效工作方案》的通知"
    assert n.doc_number == "江宁城管发〔2023〕17号"
    assert n.issuers == ["南京市江宁区城市管理局"]
    assert n.recipients == ["各街道办事处", "区各有关单位"]
    assert n.date == "2023-03-17"
    assert n.plan_title == "江宁区生活垃圾分类提质增效工作方案"
    assert [a.title for a in n.attachments] == ["重点任务清单"]
    assert n.attachments[0].url == "https://example.invalid/files/rwqd.xlsx"
    got = [(s.id, s.heading) for s in walk_sections(doc.sections)]
    assert got == [
        ("1", "工作目标"),
        ("2", "重点任务"),
        ("2.1", "完善分类设施"),
        ("2.2", "规范收运体系"),
        ("3", "保障措施"),
    ]
    assert not any(ch in doc.text for ch in "#*|")
    rows = {m.id: m for m in doc.measures if m.id.startswith("table")}
    assert sorted(rows) == ["table1.row1", "table1.row2"]
    assert [u.name for u in rows["table1.row1"].lead_units] == ["区城管局"]
    assert [u.name for u in rows["table1.row1"].supporting_units] == ["区发改委", "区财政局"]
    assert [d.date for d in rows["table1.row2"].deadlines] == ["2023-12-31"]
    clause = next(m for m in doc.measures if m.id == "2.1")
    assert [u.name for u in clause.responsible_units] == ["区城管局", "各街道"]
    for m in doc.measures:
        for u in m.lead_units + m.responsible_units + m.supporting_units:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


def test_markdown_is_recognised_only_by_its_markup():
    from notice_parser.readers.markdown import looks_like_markdown

    assert looks_like_markdown("# 关于X的通知\n各区：")
    assert looks_like_markdown("序号 | 任务\n--- | ---\n1 | 治理")
    assert not looks_like_markdown("一、总体要求\n（一）指导思想。\n附件：1.X清单")
    assert not looks_like_markdown("标题: 关于X的通知\n发布时间: 2023-10-28\n==== 正文 ====\n各区：")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="|#-*> \t\n:a中", max_size=60))
def test_the_markdown_gate_lets_every_markdown_text_through(text):
    from notice_parser.readers.markdown import looks_like_markdown
    from notice_parser.readers.text import _may_be_markdown

    assert _may_be_markdown(text) or not looks_like_markdown(text)


def test_a_plain_notice_does_not_import_the_markdown_reader():
    code = "import sys; from notice_parser import parse; parse(sys.argv[1]); print('notice_parser.readers.markdown' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code, str(CORPORA / "tianshui-2017-30.txt")], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_tab_tables_need_enough_tabs_for_their_rows():
    three_rows = "序号\t任务\t责任单位\n1\t治理\t市环保局\n2\t监测\t市水务局"  # 6 tabs: the fewest a table has
    assert [t.span for t in find_text_tables(three_rows)] == [(0, 30)]
    assert find_text_tables(three_rows[:-1].replace("\t市水务", "市水务")) == []  # 5 tabs
    assert find_text_tables("甲\t乙\t丙\n" * 2, min_rows=1)[0].span == (0, 5 + 1 + 5)
    assert find_text_tables("没有制表符的正文\n" * 100) == []


def _cells_text(text, table):
    return [[text[c.span[0] : c.span[1]] for c in row] for row in table.rows]


def test_spreadsheet_cells_with_line_breaks_come_quoted_and_stay_one_cell():
    # Excel / WPS / LibreOffice / Google Sheets copy: CRLF rows (LF after normalise_newlines), a cell with
    # Alt+Enter breaks quoted, inner quotes doubled, a group row with empty trailing cells
    text = normalise_newlines(
        "序号\t整改措施\t责任单位\r\n"
        "一、大气污染防治方面\t\t\r\n"
        '1\t"1.开展""散乱污""企业排查；\n2.建立台账。"\t"市生态环境局（牵头）\n市工业和信息化局"\r\n'
        '2\t"""一河一策""编制"\t市水利局\r\n'
        "3\t立行立改\t市住房和城乡建设局\r\n"
    )
    (table,) = find_text_tables(text)
    assert _cells_text(text, table) == [
        ["序号", "整改措施", "责任单位"],
        ["一、大气污染防治方面", "", ""],
        ["1", '1.开展""散乱污""企业排查；\n2.建立台账。', "市生态环境局（牵头）\n市工业和信息化局"],
        ["2", '""一河一策""编制', "市水利局"],
        ["3", "立行立改", "市住房和城乡建设局"],
    ]


def test_a_quote_that_is_no_spreadsheet_quoting_stays_text():
    # a cell typed with quotes around a name only ("散乱污"企业…: a lone inner quote) and a
    # line of prose opening with a quote are not quoted fields: nothing runs on over line breaks
    text = '序号\t问题\t单位\n1\t"散乱污"企业反弹\t市生态环境局\n2\t"1.排查\n2.整治"\t市水利局\n"六个百分之百"落实不到位。\n'
    (table,) = find_text_tables(text)
    assert _cells_text(text, table) == [
        ["序号", "问题", "单位"],
        ["1", '"散乱污"企业反弹', "市生态环境局"],
        ["2", "1.排查\n2.整治", "市水利局"],
    ]
    assert find_text_tables('"甲\n乙"\t丙\n' * 3) == []  # one tab a row: no table, quotes or not


def test_a_word_table_copied_as_text_keeps_a_cell_s_paragraphs_in_its_row():
    # Word copies a table as text with tabs between cells and a cell's paragraphs as plain lines: the row
    # runs on over the lines that bring the rest of its tabs; a blank line or a tab too many ends the try
    text = (
        "序号\t整改措施\t责任单位\t完成时限\n"
        "1\t1.开展排查；\n2.建立台账。\t市生态环境局\n市工业和信息化局\t2024年底前\n"
        "2\t立行立改\t市水利局\t长期坚持\n"
        "3\t完成验收\t市财政局\n\n说明：\t见附件\t\t\t另附\n"
    )
    (table,) = find_text_tables(text)
    assert _cells_text(text, table) == [
        ["序号", "整改措施", "责任单位", "完成时限"],
        ["1", "1.开展排查；\n2.建立台账。", "市生态环境局\n市工业和信息化局", "2024年底前"],
        ["2", "立行立改", "市水利局", "长期坚持"],
    ]
