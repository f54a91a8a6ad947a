"""A damaged or cut .xlsx is refused as an .xlsx (REVIEW14 item 6): a zip whose workbook part cannot be read was
called a .docx whatever its name or its other parts said (parse-notice: trunc.xlsx: not a valid .docx: …). The sniffer
now takes a zip without word/ parts for a workbook when its readable parts are xl/ ones or its name says .xlsx/.xlsm.
Exit 3, one line, nothing written, as before.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from notice_parser import cli
from notice_parser.readers.sniff import sniff_format

ROOT = Path(__file__).resolve().parent
HEYANG = next((ROOT / "redteam24").glob("heyang-*.xlsx"))
FENGQI = next((ROOT / "redteam24").glob("fengqi-*.docx"))


def refused(tmp_path: Path, name: str, data: bytes, capsys) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.json"
    assert cli.main([str(path), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and not out.exists(), err
    return err.strip().removeprefix(f"parse-notice: {path}: ")


@pytest.mark.parametrize("name", ["trunc.xlsx", "trunc.xlsm"])
def test_a_workbook_cut_short_says_xlsx(tmp_path, capsys, name):
    cut = HEYANG.read_bytes()[:3000]  # the reviewer's cut: the local headers of its first parts only
    assert refused(tmp_path, name, cut, capsys) == "not a valid .xlsx: the zip archive is damaged or truncated"


def test_a_cut_workbook_under_another_name_says_xlsx_by_its_xl_parts(tmp_path, capsys):
    cut = HEYANG.read_bytes()[:3000]
    assert refused(tmp_path, "book.docx", cut, capsys) == "not a valid .xlsx: the zip archive is damaged or truncated"


def test_a_zip_named_xlsx_without_a_workbook_says_so(tmp_path, capsys):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("docProps/app.xml", "<Properties/>")
    assert refused(tmp_path, "empty.xlsx", buf.getvalue(), capsys) == "not an .xlsx: the zip holds no xl/workbook.xml"


def test_a_cut_docx_stays_a_docx_whatever_its_name(tmp_path, capsys):
    cut = FENGQI.read_bytes()[:3000]
    for name in ("cut.docx", "cut.xlsx"):  # its readable parts are word/ ones
        problem = refused(tmp_path, name, cut, capsys)
        assert problem.startswith("not a valid .docx"), problem


def test_the_sniffer():
    cut = HEYANG.read_bytes()[:3000]
    assert [sniff_format(cut, hint=h) for h in (None, "xlsx", "docx")] == ["xlsx", "xlsx", "xlsx"]
    bare = b"PK\x03\x04" + bytes(40)  # no readable name at all: the name decides
    assert [sniff_format(bare, hint=h) for h in (None, "xlsx", "docx")] == ["docx", "xlsx", "docx"]
