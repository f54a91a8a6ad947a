"""The whitespace names of spans.py: one definition, spelled three ways, that agree."""

import sys

from notice_parser.spans import NON_WHITESPACE_RUN, WHITESPACE, WHITESPACE_CHARS, squeeze


def test_whitespace_chars_spell_the_set():
    assert WHITESPACE_CHARS == "\t\n\x0b\x0c\r \xa0\u2002\u2003\u2009\u200b\u3000\ufeff"
    assert len(WHITESPACE) == 13
    assert {" ", "\u3000", "\u200b", "\ufeff"} <= WHITESPACE
    # the first five are whitespace to str.isspace, not to us
    assert not {"\x1c", "\x85", "\u2028", "\u2004", "\u202f", "a", "市"} & WHITESPACE


def test_non_whitespace_run_takes_every_code_point_but_whitespace():
    refused = [c for c in map(chr, range(sys.maxunicode + 1)) if not NON_WHITESPACE_RUN.fullmatch(c)]
    assert "".join(refused) == "\t\n\x0b\x0c\r \xa0\u2002\u2003\u2009\u200b\u3000\ufeff"


def test_joined_runs_are_the_squeezed_text():
    s = " 市\u3000环保局\t和\r\n\u200b县 政府 "
    assert "".join(NON_WHITESPACE_RUN.findall(s)) == squeeze(s) == "市环保局和县政府"
