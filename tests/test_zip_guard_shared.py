"""The zip guard the Office Open XML readers share (readers/zipguard.py), and the directory walk's peek into a found
.xlsx (readers/sheet.own_output_file): a zip bomb is refused before anything inflates it, and the walk, looking
for parse-notice's own ledger, reads a bounded prefix of xl/workbook.xml, after the same size and ratio checks.

REVIEW14 item 1: the walk inflated a whole xl/workbook.xml of 1.5 GB of blanks (3.1 GB RSS, 40 s) before the
reader's guard ran.
"""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from notice_parser.batch import expand_inputs
from notice_parser.errors import DocumentTooLarge
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
    with pytest.raises(DocumentTooLarge, match=r"^book\.xlsx: zip bomb: "):
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
