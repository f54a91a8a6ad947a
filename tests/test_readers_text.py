"""Text decoding: detect, never guess silently, never refuse a near-valid file."""

from __future__ import annotations

import pytest
from conftest import CORPORA

from notice_parser.errors import DecodeError
from notice_parser.readers.text import decode, normalise_newlines

TIANSHUI = (CORPORA / "tianshui-2017-30.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_every_supported_encoding_decodes_to_the_same_text(encoding):
    text, found, warnings = decode(TIANSHUI.encode(encoding))
    assert text == TIANSHUI
    assert warnings == []
    assert found.replace("-sig", "").startswith(encoding.split("-")[0].replace("gbk", "gb18030"))


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_a_file_cut_inside_its_last_character_decodes_with_a_warning(encoding):
    data = TIANSHUI.rstrip().encode(encoding)[:-1]
    text, _, warnings = decode(data)
    assert text.endswith("\ufffd")
    assert text[:-1] == TIANSHUI.rstrip()[:-1]
    assert [code for code, _ in warnings] == ["truncated_text"]


def test_an_explicit_encoding_that_does_not_fit_is_a_decode_error():
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(TIANSHUI.encode("gb18030"), encoding="utf-8", name="a.txt")


def test_unknown_encoding_name_is_a_decode_error():
    with pytest.raises(DecodeError, match="unknown encoding 'gb9999'"):
        decode(b"abc", encoding="gb9999")


def test_newlines_are_normalised_and_nothing_else_changes():
    assert normalise_newlines("一、\r\n\u3000（一）\r二、 \n") == "一、\n\u3000（一）\n二、 \n"


def test_gbk_text_decodes_as_gb18030():
    sample = "各县区党委和人民政府：现将方案印发给你们，请认真贯彻执行。"
    text, found, _ = decode(sample.encode("gbk"))
    assert (text, found) == (sample, "gb18030")
