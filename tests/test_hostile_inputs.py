"""Inputs that used to end in a traceback or a wrong answer (issue 12): each
now gives a parse or a one-line error naming the file, with the right exit
code. Reproducers from ``shared/repro/make_inputs.py``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import CORPORA

import notice_parser
from notice_parser.errors import EncryptedDocument, ReaderError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SURROGATE = chr(0xD800)


def cli(*args, stdin: bytes | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "notice_parser", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def _one_line_error(r, name: str) -> str:
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith(f"parse-notice: {name}"), err
    return err


# --- tracebacks ----------------------------------------------------------------------------------


def test_a_lone_surrogate_in_parse_text_becomes_a_replacement_character():
    doc = notice_parser.parse_text("一、总体要求" + SURROGATE + "（市环保局负责）\n")
    assert doc.text == "一、总体要求\ufffd（市环保局负责）\n"
    assert ("lone_surrogates", "1 lone surrogate code point(s) replaced by U+FFFD") in [
        (w.code, w.message) for w in doc.warnings
    ]
    assert json.loads(notice_parser.to_json(doc))["text"][6] == "\ufffd"


def test_utf7_standard_input_that_decodes_to_a_surrogate():
    r = cli("-", "--encoding", "utf-7", stdin=b"1. x +2AA- y\n")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["text"] == "1. x \ufffd y\n"
    assert data["source"]["encoding"] == "utf-7"


def test_unicode_escape_encoding_that_writes_a_surrogate(tmp_path):
    f = tmp_path / "r5-escape.txt"
    f.write_bytes("一、总体要求\\ud800（市环保局负责）\n".encode())
    r = cli(f, "--encoding", "unicode_escape")
    assert r.returncode == 0, r.stderr
    assert "\ufffd" in json.loads(r.stdout)["text"]


def test_output_is_utf8_whatever_pythonioencoding_says():
    r = cli(CORPORA / "tianshui-2017-30.txt", env={"PYTHONIOENCODING": "latin-1"})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.decode("utf-8"))["notice"]["doc_number"] == "市委发〔2017〕30号"


def test_a_chapter_number_of_5000_digits_is_no_section():
    doc = notice_parser.parse_text("第" + "一" * 5000 + "章 总则\n")
    assert doc.sections == []
    assert [w.code for w in doc.warnings] == ["no_sections"]


@pytest.mark.parametrize("encoding", ["nosuch", "hex"])
def test_an_unknown_or_non_text_encoding_is_a_usage_error(encoding):
    r = cli(CORPORA / "tianshui-2017-30.txt", "--encoding", encoding)
    assert r.returncode == 2
    assert r.stderr.decode() == f"parse-notice: --encoding: unknown text encoding '{encoding}'\n"
    assert r.stdout == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_is_one_line_naming_the_input():
    with open("/dev/full", "wb") as full:
        r = subprocess.run(
            [sys.executable, "-m", "notice_parser", str(CORPORA / "tianshui-2017-30.txt")],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "tianshui-2017-30.txt: cannot write standard output" in err
    assert "None" not in err


def _encrypt_entries(data: bytes, only: str | None = None) -> bytes:
    """Set the 'encrypted' flag of zip entries (all, or the one named ``only``)."""
    b = bytearray(data)
    for sig, flag_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        i = b.find(sig)
        while i >= 0:
            n = int.from_bytes(b[i + name_len_at : i + name_len_at + 2], "little")
            if only is None or b[i + name_at : i + name_at + n] == only.encode():
                b[i + flag_at] |= 1
            i = b.find(sig, i + 4)
    return bytes(b)


def test_an_encrypted_zip_entry_is_reported_as_encrypted():
    data = _encrypt_entries((FIXTURES / "tianshui-2017-30.docx").read_bytes(), only="word/document.xml")
    with pytest.raises(EncryptedDocument, match=r"^x\.docx: encrypted: the \.docx entry word/document\.xml"):
        notice_parser.parse(data, name="x.docx")


def test_charset_undefined_html_that_is_valid_utf8_is_read():
    page = '<html><head><meta charset="undefined"></head><body><p>一、总体要求</p><p>（一）加强领导。（市环保局负责）</p></body></html>'
    doc = notice_parser.parse(page.encode("utf-8"), name="u.html")
    assert doc.source.encoding == "utf-8"
    assert [m.id for m in doc.measures] == ["1.1"]
    assert "declared_charset_wrong" in [w.code for w in doc.warnings]


# --- the .docx entity guard ------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def _docx(parts: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        for name, body in parts.items():
            z.writestr(name, body)
    return buf.getvalue()


def _body(text: str) -> str:
    return f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'


def test_a_utf32_document_part_with_an_entity_is_refused():
    xml = '<?xml version="1.0" encoding="UTF-32"?><!DOCTYPE w:document [<!ENTITY a "X">]>' + _body(
        "一、&a;（市环保局负责）"
    )
    with pytest.raises(ReaderError, match=r"^r3\.docx: unsafe XML: word/document\.xml declares a DTD"):
        notice_parser.parse(_docx({"word/document.xml": xml.encode("utf-32")}), name="r3.docx")


def test_a_part_not_named_xml_with_an_entity_is_refused():
    evil = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "X">]><x/>'
    data = _docx({"word/document.xml": _body("一、总体要求"), "word/main.bin": evil})
    with pytest.raises(ReaderError, match=r"^m\.docx: unsafe XML: word/main\.bin declares a DTD"):
        notice_parser.parse(data, name="m.docx")


def test_fuzzed_doc_with_more_distributed_targets_than_baselines_parses():
    """benchmarks/fuzz_readers.py case 7149 (a bit-flipped .doc): a target list that distributes
    over more items than it has baselines ended in 'internal error: IndexError'."""
    doc = notice_parser.parse(FIXTURES / "fuzz" / "targets-more-items-than-baselines.doc")
    assert doc.source.format == "wps"  # the flipped bits made a stream name WPS's
    assert len(doc.text) == 17051
