"""Every kind of bad file is refused with one line naming the file and the problem.

Library: ``read_bytes`` raises the right :class:`ReaderError` subclass (how
long that takes is the fuzz script's business, benchmarks/fuzz_readers.py,
never a timed test). CLI: ``parse-notice FILE -o OUT`` exits 3 with one stderr line
naming the file and writes nothing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from notice_parser.errors import DecodeError, DocumentTooLarge, EncryptedDocument, ReaderError
from notice_parser.readers import ReadOptions, read_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: fixture, error class, the problem (a regex matched at the start of err.problem)
BAD_FILES = [
    ("empty.docx", ReaderError, r"empty file: there is no text to parse$"),
    ("random.bin", DecodeError, r"binary data, not text"),
    ("truncated.doc", ReaderError, r"not a valid \.doc: the OLE2 compound file is damaged"),
    ("truncated.docx", ReaderError, r"not a valid \.docx: the zip archive is damaged or truncated$"),
    ("bomb.docx", DocumentTooLarge, r"zip bomb: the \.docx expands to \d+ bytes, the limit is 52428800"),
    ("xxe.docx", ReaderError, r"unsafe XML: word/document\.xml declares a DTD or entities"),
    ("billion-laughs.docx", ReaderError, r"unsafe XML: word/document\.xml declares a DTD or entities"),
    ("encrypted.docx", EncryptedDocument, r"encrypted: a password is needed$"),
    ("encrypted.doc", EncryptedDocument, r"encrypted: a password is needed$"),
    ("formats/scan.pdf", ReaderError, r"no text layer: this PDF is a scan; OCR is not supported$"),
    ("formats/truncated.pdf", ReaderError, r"not a valid PDF: the file is truncated"),
    ("formats/encrypted.pdf", EncryptedDocument, r"encrypted: a password is needed$"),
    ("formats/corrupt.rtf", ReaderError, r"not a valid RTF file: groups nested deeper than 1000$"),
    (
        "formats/truncated.xml",
        ReaderError,
        r"not a valid Word 2003 XML file: the XML is damaged or truncated \(.*line \d+",
    ),
    ("formats/dtd.xml", ReaderError, r"unsafe XML: Word 2003 XML file declares a DTD or entities"),
    ("formats/truncated.ofd", ReaderError, r"not a valid OFD file: the zip archive is damaged or truncated$"),
    (
        "formats/corrupt.ofd",
        ReaderError,
        r"not a valid OFD part Doc_0/Pages/Page_1/Content\.xml: the XML is damaged or truncated \(",
    ),
    ("formats/dtd.ofd", ReaderError, r"unsafe XML: OFD part OFD\.xml declares a DTD or entities"),
    (
        "formats/old-kingsoft.wps",
        ReaderError,
        r"not a readable WPS file: it has no Word 97-2003 WordDocument stream \(an old Kingsoft WPS",
    ),
]


def refuse(data: bytes, name: str, *, format: str | None = None, **options) -> ReaderError:
    with pytest.raises(ReaderError) as info:
        read_bytes(data, ReadOptions(name=name, **options), format=format)
    return info.value


@pytest.mark.parametrize(("fixture", "error", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_with_its_kind_name_and_problem_in_time(fixture, error, problem):
    err = refuse((FIXTURES / fixture).read_bytes(), fixture)
    assert type(err) is error
    assert err.name == fixture
    assert str(err).startswith(f"{fixture}: ")
    assert "\n" not in str(err)
    assert re.match(problem, err.problem), err.problem


def test_bomb_is_small_on_disk_and_huge_inflated():
    import zipfile

    path = FIXTURES / "bomb.docx"
    assert path.stat().st_size < 1_000_000
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size > 100 * 1024 * 1024


def test_external_entity_is_never_resolved():
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").split("\n")[0]
    err = refuse((FIXTURES / "xxe.docx").read_bytes(), "xxe.docx")
    assert passwd not in str(err)


def test_entity_declarations_are_refused_in_any_xml_part_of_a_docx():
    import io
    import zipfile

    src = zipfile.ZipFile(FIXTURES / "tianshui-2017-30.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE s [<!ENTITY a "aaaa">]>', 1)
            z.writestr(info, data)
    err = refuse(out.getvalue(), "styles.docx")
    assert err.problem.startswith("unsafe XML: word/styles.xml declares a DTD or entities")


def test_a_file_over_the_size_limit_is_refused_before_reading():
    data = (FIXTURES / "tianshui-2017-30.docx").read_bytes()
    err = refuse(data, "big.docx", max_bytes=10_000)
    assert type(err) is DocumentTooLarge
    assert err.problem == f"file too large: {len(data)} bytes, the limit is 10000 (raise it with --max-bytes)"


@pytest.mark.parametrize("fmt", ["doc", "docx"])
def test_random_bytes_forced_as_a_word_format_are_refused(fmt):
    err = refuse((FIXTURES / "random.bin").read_bytes(), "random.bin", format=fmt)
    assert (
        err.problem
        == {
            "doc": "not a .doc: the file is not an OLE2 compound file",
            "docx": "not a .docx: the file is not a zip archive",
        }[fmt]
    )


def test_an_encrypted_docx_is_refused_even_when_read_as_docx():
    err = refuse((FIXTURES / "encrypted.docx").read_bytes(), "encrypted.docx", format="docx")
    assert type(err) is EncryptedDocument


# ---------------------------------------------------------------------- CLI
from notice_parser import cli  # noqa: E402


@pytest.mark.parametrize(("fixture", "error", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_cli_exits_3_with_one_line_naming_the_file_and_writes_nothing(fixture, error, problem, tmp_path, capsys):
    out = tmp_path / "out.json"
    path = str(FIXTURES / fixture)
    code = cli.main([path, "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 3
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert path in lines[0]
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert not out.exists()
    assert os.listdir(tmp_path) == []  # no temporary file left either


def test_cli_refuses_a_file_over_max_bytes_with_exit_3(tmp_path, capsys):
    out = tmp_path / "out.json"
    path = str(FIXTURES / "tianshui-2017-30.docx")
    code = cli.main([path, "-o", str(out), "--max-bytes", "10000"])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and path in err and "too large" in err
    assert not out.exists()


def test_a_dtd_in_a_utf16_xml_part_is_refused_too():
    import io
    import zipfile

    src = zipfile.ZipFile(FIXTURES / "tianshui-2017-30.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
                xml = xml.replace("?>", '?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
                data = xml.encode("utf-16")
            z.writestr(info, data)
    err = refuse(out.getvalue(), "utf16.docx")
    assert err.problem.startswith("unsafe XML: word/document.xml declares a DTD or entities")


@pytest.mark.parametrize("escape", ["\\u99999999", "\\u-99999", "\\u1114112"])
def test_an_rtf_unicode_escape_out_of_range_is_refused_in_one_line(escape):
    err = refuse(b"{\\rtf1\\ansi " + escape.encode() + b" \\par}", "u.rtf")
    assert str(err) == f"u.rtf: not a valid RTF file: {escape} is not a Unicode character"
