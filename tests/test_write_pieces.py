"""A JSON written in pieces to a target that is written directly (a pipe, /dev/stdout: no
temporary file and rename can keep it whole) holds nothing when the rendering fails in the
document's first stretch: a name the JSON cannot carry is in its first field (issue 10)."""

from __future__ import annotations

import os

from conftest import CORPORA

from notice_parser import emit
from notice_parser.cli import main
from notice_parser.files import write_atomically


def _read_all(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as f:
        return f.read()


def test_a_name_the_json_cannot_carry_writes_nothing_to_a_pipe(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(emit, "STRETCH", 64)  # Tianshui written in pieces, as a long notice is
    src = tmp_path / os.fsdecode(b"bad\xff.txt")
    src.write_bytes((CORPORA / "tianshui-2017-30.txt").read_bytes())
    r, w = os.pipe()
    try:
        assert main([str(src), "-o", f"/dev/fd/{w}"]) == 2
    finally:
        os.close(w)
    assert _read_all(r) == b""
    err = capsys.readouterr().err
    assert err.startswith("parse-notice: ") and "surrogates not allowed" in err and err.count("\n") == 1


def test_pieces_reach_a_pipe_whole_and_in_order():
    r, w = os.pipe()
    try:
        write_atomically(f"/dev/fd/{w}", iter(['{"a": ', '"一二"', "}\n"]))
    finally:
        os.close(w)
    assert _read_all(r) == '{"a": "一二"}\n'.encode()


def test_pieces_of_text_and_of_bytes_are_written_in_order(tmp_path):
    path = tmp_path / "out.bin"
    write_atomically(path, iter(["一", b"\x00\x01", "二", "三", b"\xff"]))
    assert path.read_bytes() == "一".encode() + b"\x00\x01" + "二三".encode() + b"\xff"


def test_a_written_file_follows_the_umask_and_the_umask_is_never_set(tmp_path, monkeypatch):
    old = os.umask(0o027)  # (the test sets it; the function under test must not)
    try:

        def no_umask(_mask):  # a process-wide switch: another thread's new files would take it
            raise AssertionError("write_atomically set the umask")

        monkeypatch.setattr(os, "umask", no_umask)
        out = tmp_path / "t.json"
        write_atomically(out, ["{", "}"])
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert out.read_text() == "{}"
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]  # no temporary left
