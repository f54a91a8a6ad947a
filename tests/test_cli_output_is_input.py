"""``-o`` naming one of the inputs is refused with a one-line error, and the input is left as it was."""

from __future__ import annotations

import os
import shutil

from conftest import CORPORA

from notice_parser.cli import EXIT_USAGE, main

TIANSHUI = CORPORA / "tianshui-2017-30.txt"


def test_output_that_is_the_input_is_refused(tmp_path, capsys):
    doc = tmp_path / "notice.txt"
    shutil.copy(TIANSHUI, doc)
    before = doc.read_bytes()
    assert main([str(doc), "-o", str(doc)]) == EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"parse-notice: {doc}: is both an input and the output; refusing to write over it"]
    assert doc.read_bytes() == before


def test_the_same_file_by_another_path_is_refused(tmp_path, capsys):
    doc = tmp_path / "notice.txt"
    shutil.copy(TIANSHUI, doc)
    link = tmp_path / "link.txt"
    os.symlink(doc, link)
    before = doc.read_bytes()
    assert main([str(link), str(TIANSHUI), "--to", "csv", "-o", str(doc)]) == EXIT_USAGE
    assert "is both an input and the output" in capsys.readouterr().err
    assert doc.read_bytes() == before


def test_another_existing_output_file_is_still_written(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    assert main([str(TIANSHUI), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("{")
