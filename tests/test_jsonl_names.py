"""--jsonl over inputs whose file name is not UTF-8 (a lone surrogate once decoded): the stream
goes on — the record is written with the surrogate as a \\u escape, which JSON reads back as
the same name — and the inputs after it are parsed (before, a traceback ended the whole run)."""

from __future__ import annotations

import hashlib
import json
import os

from conftest import CORPORA

from notice_parser.cli import main

SMALL = "anhui-2022-rcep-opening.txt"


def test_a_name_that_is_not_utf8_neither_stops_nor_garbles_the_jsonl_stream(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    bad = src / os.fsdecode(b"a\xff.txt")
    bad.write_bytes((CORPORA / SMALL).read_bytes())
    (src / "b.txt").write_bytes((CORPORA / SMALL).read_bytes())
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    assert main([str(src), "-o", str(out), "--jsonl", str(jsonl), "-j", "1", "-q"]) == 2
    assert sorted(os.listdir(out)) == ["b.json"]  # a.json: its name cannot be written as UTF-8
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "\\udcff" in lines[0]
    first, second = map(json.loads, lines)
    assert first["source"] == str(bad) and first["error"]["code"] == "internal_error"
    assert second["source"]["name"] == str(src / "b.txt")
    assert capsys.readouterr().err.count("\n") == 1


def test_the_document_record_of_such_a_name_is_written_too(tmp_path):
    bad = tmp_path / os.fsdecode(b"a\xff.txt")
    bad.write_bytes((CORPORA / SMALL).read_bytes())
    jsonl = tmp_path / "all.jsonl"
    assert main([str(bad), "--jsonl", str(jsonl), "-q"]) == 0
    (line,) = jsonl.read_text(encoding="utf-8").splitlines()
    doc = json.loads(line)
    assert doc["source"]["name"] == str(bad)
    assert doc["source"]["sha256"] == hashlib.sha256((CORPORA / SMALL).read_bytes()).hexdigest()
