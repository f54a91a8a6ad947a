"""What a small file may make the readers allocate is bounded (issue 12):
Word numbering start values, grid spans, HTML tags with tens of thousands of
attributes, and input read past ``--max-bytes``. Each test is a reproducer of
``shared/repro/make_inputs.py`` or ``patch_doc_numbering.py``; none is timed:
without the bounds they run for minutes and take gigabytes.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import olefile
import pytest
from docx_parts import document as _document
from docx_parts import docx_bytes as _docx
from docx_parts import numbering as _numbering
from docx_parts import para as _para

import notice_parser
from notice_parser.errors import DocumentTooLarge
from notice_parser.readers.doc import parse_fib

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NUMBERED = _para("关于印发方案的通知") + "".join(_para("加强领导（市环保局负责）", True) for _ in range(20))


def test_a_huge_roman_list_start_is_clamped_to_words_bound():
    data = _docx(_document(NUMBERED), _numbering("100000000000", "lowerRoman"))
    doc = notice_parser.parse(data, name="r1.docx")
    # 32767 (Word's largest start) in lowerRoman, then 32768
    assert "m" * 32 + "dcclxvii、加强领导" in doc.text
    assert "m" * 32 + "dcclxviii、加强领导" in doc.text


def test_a_huge_letter_list_start_is_clamped_to_words_bound():
    data = _docx(_document(NUMBERED), _numbering("2000000000", "lowerLetter"))
    doc = notice_parser.parse(data, name="r1.docx")
    assert "\n" + "g" * 1261 + "、加强领导" in doc.text  # 32767 = 1260 × 26 + 7: the 7th letter, 1261 times


@pytest.mark.parametrize("span", ["1000000", "99999999999999999999"])
def test_a_huge_grid_span_is_capped(span):
    head = "<w:tr>" + "".join(f"<w:tc>{_para(h)}</w:tc>" for h in ("整改任务", "牵头单位")) + "</w:tr>"
    cell = f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{_para("市环保局")}</w:tc>'
    data = _docx(_document(_para("通知") + f"<w:tbl>{head}<w:tr>{cell}{cell}</w:tr></w:tbl>"))
    read = notice_parser.readers.read_bytes(data, notice_parser.readers.ReadOptions(name="r2.docx"))
    assert [len(row) for row in read.tables[0].rows] == [2, 2000]


WORDML = "http://schemas.microsoft.com/office/word/2003/wordml"


def _wordml_p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


@pytest.mark.parametrize("span", ["1000000", "99999999999999999999"])
def test_a_huge_word_2003_xml_grid_span_and_grid_before_are_capped(span):
    """Word 2003 XML (readers/wordml.py) caps gridSpan and gridBefore with the .docx reader's MAX_GRID_SPAN."""
    head = "<w:tr>" + "".join(f"<w:tc>{_wordml_p(h)}</w:tc>" for h in ("整改任务", "牵头单位")) + "</w:tr>"
    cell = f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{_wordml_p("市环保局")}</w:tc>'
    before = f'<w:trPr><w:gridBefore w:val="{span}"/></w:trPr>'
    body = _wordml_p("通知") + f"<w:tbl>{head}<w:tr>{cell}{cell}</w:tr><w:tr>{before}{cell}</w:tr></w:tbl>"
    data = f'<?xml version="1.0"?><w:wordDocument xmlns:w="{WORDML}"><w:body>{body}</w:body></w:wordDocument>'
    read = notice_parser.readers.read_bytes(data.encode(), notice_parser.readers.ReadOptions(name="r2.xml"))
    assert read.format == "wordml"
    assert [len(row) for row in read.tables[0].rows] == [2, 2000, 2000]


def test_a_doc_list_level_starting_at_2_31_is_clamped(tmp_path):
    """patch_doc_numbering.py: every LVL of a numbered .doc set to iStartAt 2**31-1, lowerLetter."""
    dst = tmp_path / "patched.doc"
    shutil.copyfile(FIXTURES / "tianshui-2017-30-numbered.doc", dst)
    ole = olefile.OleFileIO(str(dst), write_mode=True)
    fib = parse_fib(ole.openstream("WordDocument").read())
    table = bytearray(ole.openstream(fib.table_stream).read())
    pos = fib.fc_lst
    count = struct.unpack_from("<H", table, pos)[0]
    pos += 2
    levels = []
    for _ in range(count):
        levels.append(1 if table[pos + 26] & 1 else 9)
        pos += 28
    for n in levels:
        for _ in range(n):
            struct.pack_into("<iB", table, pos, 2**31 - 1, 4)
            cb_chpx, cb_papx = table[pos + 24], table[pos + 25]
            pos += 28 + cb_papx + cb_chpx
            cch = struct.unpack_from("<H", table, pos)[0]
            pos += 2 + 2 * cch
    ole.write_stream(fib.table_stream, bytes(table))
    ole.close()
    doc = notice_parser.parse(dst)
    assert "g" * 1261 in doc.text  # 32767 in lowerLetter, not 2**31-1 (82 million letters)
    assert len(doc.text) < 200_000


def test_an_html_tag_with_40000_attributes_is_cut_before_parsing():
    page = "<html><body><p " + " ".join(f"a{i}=1" for i in range(40000)) + ">一、x</p></body></html>"
    doc = notice_parser.parse(page.encode(), name="r9.html")
    assert doc.text.strip() == "一、x"
    assert ("attributes_dropped", "1 tag(s) over 8192 characters cut to that length") in [
        (w.code, w.message) for w in doc.warnings
    ]


def test_parse_text_has_a_limit():
    with pytest.raises(DocumentTooLarge, match=r"^<text>: text too large: 1001 characters, the limit is 1000$"):
        notice_parser.parse_text("一" * 1001, max_chars=1000)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_max_bytes_stops_reading_dev_zero():
    with pytest.raises(DocumentTooLarge, match=r"^/dev/zero: file too large: over 1000 bytes"):
        notice_parser.parse("/dev/zero", max_bytes=1000)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_max_bytes_stops_reading_standard_input():
    with open("/dev/zero", "rb") as zero:
        r = subprocess.run(
            [sys.executable, "-m", "notice_parser", "-", "--max-bytes", "1000"],
            stdin=zero,
            capture_output=True,
            timeout=120,
        )
    assert r.returncode == 3
    assert (
        r.stderr.decode()
        == "parse-notice: -: file too large: over 1000 bytes, the limit is 1000 (raise it with --max-bytes)\n"
    )
