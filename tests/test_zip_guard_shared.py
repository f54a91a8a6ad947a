"""The zip guard the Office Open XML readers share (readers/zipguard.py), and the directory walk's peek into a found
.xlsx (readers/sheet.own_output_file): a zip bomb is refused before anything inflates it, and the walk, looking
for parse-notice's own ledger, reads a bounded prefix of xl/workbook.xml, after the same size and ratio checks.

REVIEW14 item 1: the walk inflated a whole xl/workbook.xml of 1.5 GB of blanks (3.1 GB RSS, 40 s) before the
reader's guard ran. Item 7: the .xlsx reader had a copy of the .docx guard that read each part whole and looked for
ASCII and UTF-16-LE DOCTYPE only; both readers now use one guard (chunked, DOCTYPE and ENTITY in UTF-8/16/32).
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from notice_parser.batch import expand_inputs
from notice_parser.errors import DocumentTooLarge, EncryptedDocument, ReaderError
from notice_parser.readers import ReadOptions, read_bytes
from notice_parser.readers.sheet import own_output_file

OWN_SHEETS = (
    '<sheet name="任务清单" sheetId="1"/><sheet name="责任分解" sheetId="2"/><sheet name="单位汇总" sheetId="3"/>'
)


def workbook(path: Path, workbook_xml: bytes, **parts: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", workbook_xml)
        for name, data in parts.items():
            z.writestr(name.replace("__", "/"), data)
    return path


def peak_of(call) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def bomb_xml(size: int) -> bytes:
    return b'<workbook><sheets><sheet name="Sheet1" sheetId="1"/></sheets>' + b" " * size + b"</workbook>"


def test_the_walk_does_not_inflate_a_workbook_xml_bomb(tmp_path):
    book = workbook(tmp_path / "book.xlsx", bomb_xml(40 << 20))  # 40 MB of blanks, deflated to ~40 KB
    assert book.stat().st_size < 200_000
    own, peak = peak_of(lambda: own_output_file(str(book)))
    assert own is False
    assert peak < 4 << 20, peak  # the whole part inflated is 40 MB
    # the walk lists it, and the reader refuses it as the bomb it is
    assert [Path(i.name).name for i in expand_inputs([str(tmp_path)])] == ["book.xlsx"]
    with pytest.raises(DocumentTooLarge, match=r"^book\.xlsx: zip bomb: xl/workbook\.xml expands \d+ times$"):
        read_bytes(book.read_bytes(), ReadOptions(name="book.xlsx"), hint="xlsx")


def test_a_bomb_in_another_part_is_no_ledger_either(tmp_path):
    # parse-notice's sheet names, but a worksheet that expands 1000 times: not skipped as our ledger, refused
    book = workbook(
        tmp_path / "ledger.xlsx",
        f"<workbook><sheets>{OWN_SHEETS}</sheets></workbook>".encode(),
        xl__worksheets__sheet1__xml=b"<worksheet>" + b" " * (20 << 20) + b"</worksheet>",
    )
    assert own_output_file(str(book)) is False
    assert [Path(i.name).name for i in expand_inputs([str(tmp_path)])] == ["ledger.xlsx"]


def test_a_ledger_whose_workbook_part_is_long_is_still_found_by_its_first_bytes(tmp_path):
    # the sheet list comes first; 3 MB of defined names after it are not read
    names = "".join(f'<definedName name="n{k}">任务清单!$A${k}</definedName>' for k in range(60000))
    xml = f"<workbook><sheets>{OWN_SHEETS}</sheets><definedNames>{names}</definedNames></workbook>".encode()
    assert len(xml) > 3_000_000
    book = workbook(tmp_path / "mine.xlsx", xml)
    own, peak = peak_of(lambda: own_output_file(str(book)))
    assert own is True
    assert peak < 1 << 20, peak
    assert expand_inputs([str(tmp_path)]) == []


def test_a_workbook_with_one_of_the_ledger_sheets_only_is_read(tmp_path):
    xml = '<workbook><sheets><sheet name="任务清单" sheetId="1"/></sheets></workbook>'.encode()
    book = workbook(tmp_path / "own-list.xlsx", xml)
    assert own_output_file(str(book)) is False  # someone's own 任务清单, not parse-notice's three sheets


# ---------------------------------------------------------------- one guard for .docx and .xlsx (item 7)

#: each format's main part, the least a reader needs to get as far as the guard's XML scan
MAIN = {
    "docx": (
        "word/document.xml",
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ),
    "xlsx": ("xl/workbook.xml", b"<workbook><sheets/></workbook>"),
}
LABEL = {"docx": ".docx", "xlsx": ".xlsx"}
ARTICLE = {"docx": "a", "xlsx": "an"}


def package(fmt: str, part: str, data: bytes, *, encrypted: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(MAIN[fmt][0], MAIN[fmt][1])
        z.writestr(part, data)
    out = bytearray(buf.getvalue())
    if encrypted:  # the entry's central directory record says it is encrypted (flag bit 0)
        at = out.rindex(b"PK\x01\x02", 0, out.rindex(part.encode()))
        out[at + 8] |= 0x1
    return bytes(out)


def read(fmt: str, data: bytes, **options):
    return read_bytes(data, ReadOptions(name=f"x.{fmt}", **options), hint=fmt)


DECLARATIONS = [
    (marker + "<x/>").encode(enc)
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for marker in ('<!DOCTYPE x [<!ENTITY a "b">]>', '<!ENTITY a "b">')
]


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("xml", DECLARATIONS, ids=range(len(DECLARATIONS)))
def test_both_readers_refuse_a_dtd_or_an_entity_in_any_xml_encoding(fmt, xml):
    part = "xl/worksheets/sheet1.xml" if fmt == "xlsx" else "word/styles.xml"
    with pytest.raises(ReaderError) as info:
        read(fmt, package(fmt, part, xml))
    label = LABEL[fmt]
    assert (
        str(info.value)
        == f"x.{fmt}: unsafe XML: {part} declares a DTD or entities, which {ARTICLE[fmt]} {label} never needs"
    )


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_declaration_across_two_chunks_is_seen(fmt):
    # 65536-byte chunks: the marker starts 4 bytes before the end of the first
    xml = b"<a>" + b"x" * (65536 - 3 - 4) + b"<!ENTITY a 'b'><a/>"
    with pytest.raises(ReaderError, match="declares a DTD or entities"):
        read(fmt, package(fmt, "xl/styles.xml" if fmt == "xlsx" else "word/styles.xml", xml))


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_part_is_inflated_in_chunks_not_whole(fmt):
    # 4.5 MB that compresses well but is no bomb (under MIN_BOMB_BYTES), with a DTD at its end
    row = b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    xml = b"<worksheet><sheetData>" + row * (4_500_000 // len(row)) + b"</sheetData><!DOCTYPE x></worksheet>"
    data = package(fmt, "xl/worksheets/sheet2.xml", xml)

    def refused():
        with pytest.raises(ReaderError, match="declares a DTD"):
            read(fmt, data)

    _, peak = peak_of(refused)
    assert peak < 1_500_000, peak  # the whole part would be 4.5 MB


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_both_readers_refuse_the_same_bombs_in_the_same_words(fmt):
    label = LABEL[fmt]
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        z.writestr(MAIN[fmt][0], MAIN[fmt][1])
        for k in range(10_001):
            z.writestr(f"p/{k}", b"")
    with pytest.raises(
        DocumentTooLarge, match=rf"^x\.{fmt}: zip bomb: 10002 entries in the \{label}, the limit is 10000$"
    ):
        read(fmt, many.getvalue())
    big = package(fmt, "docProps/custom.xml", b"<a>" + b"0123456789" * 20_000 + b"</a>")
    with pytest.raises(
        DocumentTooLarge,
        match=rf"^x\.{fmt}: zip bomb: the \{label} expands to \d+ bytes, the limit is 100000 \(raise it with --max-bytes\)$",
    ):
        read(fmt, big, max_bytes=100_000)
    with pytest.raises(
        EncryptedDocument, match=rf"^x\.{fmt}: encrypted: the \{label} entry docProps/app\.xml needs a password$"
    ):
        read(fmt, package(fmt, "docProps/app.xml", b"<a/>", encrypted=True))
