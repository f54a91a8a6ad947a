"""The Word 97-2003 .doc reader: piece table text, table marks, fields, damaged files."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path

import olefile
import pytest

from notice_parser.errors import EncryptedDocument, ReaderError
from notice_parser.readers import ReadOptions, read_bytes
from notice_parser.readers import doc as doc_reader
from notice_parser.readers.doc import ParaProps, render

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TIANSHUI_TXT = (ROOT / "corpora" / "tianshui-2017-30.txt").read_text(encoding="utf-8")
EXPECTED = json.loads((FIXTURES / "zhenggai-qingdan.json").read_text(encoding="utf-8"))


def read_doc(data: bytes, name: str = "a.doc"):
    return doc_reader.read(data, ReadOptions(name=name))


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def cell_texts(result) -> list[list[str]]:
    return [[result.text[slice(*c.span)] for c in row] for row in result.tables[0].rows]


def patched(data: bytes, stream: str, offset: int, value: bytes) -> bytes:
    """A copy of an OLE file with ``value`` written into ``stream`` at ``offset``."""
    buf = io.BytesIO(data)
    ole = olefile.OleFileIO(buf, write_mode=True)
    body = bytearray(ole.openstream(stream).read())
    body[offset : offset + len(value)] = value
    ole.write_stream(stream, bytes(body))
    ole.close()
    return buf.getvalue()


FC_CLX = 0x9A + 8 * 33  # fcClx in the FIB of a Word 97 file with the usual csw/cslw


# ------------------------------------------------------------------ real files
def test_tianshui_doc_text_is_the_txt_line_for_line():
    result = read_bytes(fixture("tianshui-2017-30.doc"), ReadOptions(name="tianshui-2017-30.doc"))
    assert result.format == "doc"
    assert result.text.rstrip("\n") == TIANSHUI_TXT.rstrip("\n")
    assert result.warnings == []


def test_doc_and_docx_of_the_same_document_read_identically():
    doc = read_doc(fixture("zhenggai-qingdan.doc"))
    docx = read_bytes(fixture("zhenggai-qingdan.docx"), ReadOptions())
    assert doc.text == docx.text
    assert doc.tables == docx.tables


def test_checklist_doc_rows_come_from_the_row_end_marks():
    result = read_doc(fixture("zhenggai-qingdan.doc"))
    assert result.warnings == []  # the PAPX (TTP marks) were read, not the fallback
    rows = cell_texts(result)
    assert rows[0] == EXPECTED["header"]
    assert len(rows) == 23 and all(len(r) == 6 for r in rows)
    for got, want in zip(rows[1:], EXPECTED["rows"], strict=True):
        assert got == [want[h] for h in EXPECTED["header"]]


def test_vertical_merge_flags_in_the_doc_carry_the_lead_unit_down():
    table = read_doc(fixture("zhenggai-qingdan.doc")).tables[0]
    assert [r for r, row in enumerate(table.rows) if row[3].merged] == [5, 13, 19, 20]
    assert table.rows[19][3].span == table.rows[20][3].span == table.rows[18][3].span


def test_without_paragraph_properties_rows_end_at_the_double_cell_mark(monkeypatch):
    def broken(*args):
        raise doc_reader._Bad("a paragraph property page (FKP) lies outside the WordDocument stream")

    monkeypatch.setattr(doc_reader, "parse_papx_runs", broken)
    result = read_doc(fixture("zhenggai-qingdan.doc"))
    assert [w.code for w in result.warnings] == ["doc_no_paragraph_properties"]
    rows = cell_texts(result)
    assert rows[0] == EXPECTED["header"]
    assert len(rows) == 23
    # empty (merged-over) cells and the two-paragraph cell survive; merges are unknown without properties
    for got, want in zip(rows[1:], EXPECTED["rows"], strict=True):
        assert got[:3] + got[4:] == [want[h] for h in EXPECTED["header"] if h != "牵头单位"]
    assert rows[5][3] == ""


# ------------------------------------------------------- characters to text
def no_props(cp: int) -> ParaProps:
    return ParaProps()


def test_field_codes_keep_only_their_result():
    text, _ = render('详见\x13 HYPERLINK "http://www.tianshui.gov.cn" \x14市政府网站\x15。\r', no_props)
    assert text == "详见市政府网站。\n"


def test_nested_fields_and_fields_without_result_are_dropped_cleanly():
    chars = "第\x13 PAGE \x15页\x13 IF \x13 DATE \x14x\x15 \x14二〇一七年\x15止\r"
    assert render(chars, no_props)[0] == "第页二〇一七年止\n"


def test_line_breaks_become_newlines_and_other_control_characters_go():
    assert (
        render("一、总体要求\x0b（一）加强领导\x01\x08\r非\x1e断\x1f行\r", no_props)[0]
        == "一、总体要求\n（一）加强领导\n非-断行\n"
    )


def test_cell_and_row_marks_become_tab_separated_lines_with_exact_spans():
    chars = "前言\r牵头单位\x07责任单位\x07\x07市环保局\r市林业局\x07\x07\x07正文\r"
    in_cell = ParaProps(in_table=True)
    row_end = ParaProps(in_table=True, ttp=True, cell_edges=(0, 1000, 2000), vmerge=(0, 0))
    marks = {13: row_end, 25: row_end}  # the mark after each row's last cell mark closes the row

    def props_at(cp: int) -> ParaProps:
        if cp in (2, 28):  # the paragraphs before and after the table
            return ParaProps()
        return marks.get(cp, in_cell)

    text, tables = render(chars, props_at)
    assert text == "前言\n牵头单位\t责任单位\n市环保局\n市林业局\t\n正文\n"
    rows = [[text[slice(*c.span)] for c in row] for row in tables[0].rows]
    assert rows == [["牵头单位", "责任单位"], ["市环保局\n市林业局", ""]]
    assert text[slice(*tables[0].span)] == "牵头单位\t责任单位\n市环保局\n市林业局\t"


# ------------------------------------------------------------ damaged files
def test_fib_encryption_flag_is_refused_as_encrypted():
    data = fixture("tianshui-2017-30.doc")
    flags = struct.unpack_from("<H", olefile.OleFileIO(io.BytesIO(data)).openstream("WordDocument").read(), 0x0A)[0]
    bad = patched(data, "WordDocument", 0x0A, struct.pack("<H", flags | 0x0100))
    with pytest.raises(EncryptedDocument, match=r"^x\.doc: encrypted: a password is needed$"):
        read_doc(bad, "x.doc")


def test_a_piece_table_pointer_outside_the_table_stream_is_a_clear_error():
    bad = patched(fixture("tianshui-2017-30.doc"), "WordDocument", FC_CLX, struct.pack("<I", 0x7FFFFFF0))
    with pytest.raises(
        ReaderError, match=r"^x\.doc: not a valid \.doc: the piece table \(CLX\) lies outside the table stream$"
    ):
        read_doc(bad, "x.doc")


def test_a_word_6_file_is_refused_with_what_would_work():
    bad = patched(fixture("tianshui-2017-30.doc"), "WordDocument", 2, struct.pack("<H", 0x65 - 1))
    with pytest.raises(
        ReaderError, match=r"Word 6/95 file \(nFib 100\) is not supported; save it as Word 97-2003 \.doc or \.docx"
    ):
        read_doc(bad, "x.doc")


def test_a_wrong_magic_in_the_word_stream_is_not_a_word_document():
    bad = patched(fixture("tianshui-2017-30.doc"), "WordDocument", 0, b"\x00\x00")
    with pytest.raises(ReaderError, match=r"does not start with a Word FIB"):
        read_doc(bad, "x.doc")


def test_every_truncation_of_a_doc_fails_cleanly_and_fast():

    data = fixture("zhenggai-qingdan.doc")
    problems = set()
    for n in range(0, len(data), 509):
        try:
            read_bytes(data[:n], ReadOptions(name="t.doc"))
        except ReaderError as exc:
            assert str(exc).startswith("t.doc: ") and "\n" not in str(exc)
            problems.add(exc.problem.split(":")[0])
        else:  # pragma: no cover - a truncated file must not read
            pytest.fail(f"a .doc truncated to {n} bytes was read")
    assert problems <= {"empty file", "not a valid .doc", "not a Word document", "cannot read as doc"}


def test_word_automatic_numbering_in_a_doc_is_rendered_as_typed_markers():
    result = read_doc(fixture("tianshui-2017-30-numbered.doc"))
    lines = [line.strip() for line in result.text.rstrip("\n").split("\n")]
    assert lines == [line.strip() for line in TIANSHUI_TXT.rstrip("\n").split("\n")]
    assert "一、指导思想" in lines
    assert any(line.startswith("(十)深化环保体制机制改革") for line in lines)
    assert result.warnings == []


def test_the_numbered_doc_really_stores_numbering_not_typed_markers():
    data = fixture("tianshui-2017-30-numbered.doc")
    word = olefile.OleFileIO(io.BytesIO(data)).openstream("WordDocument").read()
    assert "指导思想".encode("utf-16-le") in word
    assert "一、指导思想".encode("utf-16-le") not in word
