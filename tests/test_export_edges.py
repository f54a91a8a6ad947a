"""--to exports at their edges: one directory of several notices makes one review page each
(as two files named on the command line do), and a file name that is not UTF-8 is a one-line
error with no file written, not a traceback."""

from __future__ import annotations

import os

import pytest
from conftest import CORPORA

from notice_parser.cli import main

SMALL = "anhui-2022-rcep-opening.txt"


def test_a_directory_of_notices_makes_a_review_page_each(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_bytes((CORPORA / SMALL).read_bytes())
    out = tmp_path / "pages"
    assert main([str(src), "--to", "html", "-o", str(out), "-q", "-j", "1"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".html"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_a_name_that_is_not_utf8_is_a_one_line_error_and_no_file(tmp_path, capsys, fmt):
    bad = tmp_path / os.fsdecode(b"a\xff.txt")
    bad.write_bytes((CORPORA / SMALL).read_bytes())
    out = tmp_path / f"all.{fmt}"
    assert main([str(bad), "--to", fmt, "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    shown = str(bad).encode("utf-8", "backslashreplace").decode()  # (standard error escapes it)
    assert err == f"parse-notice: {shown}: cannot write its name in the {fmt} output: it is not UTF-8\n"
    assert sorted(os.listdir(tmp_path)) == [bad.name]
