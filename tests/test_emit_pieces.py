"""The JSON written in pieces (issue 10, memory): the very bytes of to_json, and a file
that appears whole or not at all."""

from __future__ import annotations

import json
import os
import pickle

import pytest
from conftest import CORPORA

from notice_parser import emit, parse
from notice_parser.cli import main
from notice_parser.emit import JsonText, json_pieces, to_json
from notice_parser.files import write_atomically

DOCS = ["tianshui-2017-30.txt", "guowuyuan-2018-cujin-jiuye.html", "anhui-2022-rcep-opening.txt"]


@pytest.fixture(scope="module")
def docs():
    return [parse(CORPORA / name) for name in DOCS]


@pytest.mark.parametrize("pretty", [False, True])
def test_the_pieces_are_the_json_of_the_whole_dump(docs, pretty):
    for doc in docs:
        whole = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1 if pretty else None) + "\n"
        pieces = list(json_pieces(doc, pretty=pretty))
        assert len(pieces) > 2 * len(doc.measures)
        assert "".join(pieces) == whole == to_json(doc, pretty=pretty)


def test_an_empty_list_and_the_nesting_of_pretty_items():
    doc = parse("通知".encode(), name="t.txt")  # no section, no measure, one warning
    for pretty in (False, True):
        assert "".join(json_pieces(doc, pretty=pretty)) == to_json(doc, pretty=pretty)
    assert "".join(json_pieces(doc, pretty=True)).splitlines()[-13:] == [
        " },",
        ' "sections": [],',
        ' "measures": [],',
        ' "targets": [],',
        ' "deadlines": [],',
        ' "warnings": [',
        "  {",
        '   "code": "no_sections",',
        '   "message": "no numbered section (一、 （一） 1. …) and no task table was found; the body is unstructured",',
        '   "span": null',
        "  }",
        " ]",
        "}",
    ]


def test_json_text_streams_a_long_document_and_pickles_as_the_string(docs, monkeypatch):
    doc = docs[0]
    assert list(JsonText(doc)) == [to_json(doc)]  # short: rendered whole
    monkeypatch.setattr(emit, "STRETCH", 64)
    assert len(list(JsonText(doc))) > 100
    assert "".join(JsonText(doc, pretty=True)) == to_json(doc, pretty=True)
    assert pickle.loads(pickle.dumps(JsonText(doc))) == to_json(doc)


def test_the_cli_writes_the_same_bytes_in_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(emit, "STRETCH", 64)
    src = CORPORA / DOCS[0]
    out = tmp_path / "t.json"
    assert main([str(src), "-o", str(out), "--pretty"]) == 0
    assert out.read_text(encoding="utf-8") == to_json(parse(src), pretty=True)
    assert os.listdir(tmp_path) == ["t.json"]


def test_a_failure_while_the_pieces_are_written_leaves_nothing(tmp_path):
    out = tmp_path / "t.json"
    out.write_text("before", encoding="utf-8")

    def pieces():
        yield '{"a": 1'
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_atomically(out, pieces())
    assert os.listdir(tmp_path) == ["t.json"] and out.read_text(encoding="utf-8") == "before"
    write_atomically(out, iter(['{"a": ', "1}\n"]))
    assert out.read_bytes() == b'{"a": 1}\n'


def test_a_name_the_json_cannot_carry_is_a_one_line_error_and_no_file(tmp_path, capsys):
    src = tmp_path / os.fsdecode(b"bad\xff.txt")
    src.write_bytes((CORPORA / DOCS[0]).read_bytes())
    out = tmp_path / "out.json"
    assert main([str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "surrogates not allowed" in err and err.startswith("parse-notice: ")
    assert sorted(os.listdir(tmp_path)) == [src.name]


def test_a_long_string_is_escaped_a_stretch_at_a_time(monkeypatch):
    monkeypatch.setattr(emit, "STRETCH", 3)
    value = '一"二\\三\n四\t五\x01六😀七\u2028八/'
    pieces = list(emit._string_pieces(value))
    assert pieces[0] == '"' and pieces[-1] == '"' and len(pieces) == 2 + 6
    assert "".join(pieces) == json.dumps(value, ensure_ascii=False)
    assert pieces[1:3] == ['一\\"二', "\\\\三\\n"]
