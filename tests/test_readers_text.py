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


def test_a_tab_separated_table_in_plain_text_becomes_measures_per_row():
    import notice_parser

    text = (
        "关于某整改清单的通知\n序号\t反馈问题\t整改措施\t牵头单位\t责任单位\t完成时限\n"
        "1\t扬尘污染\t强化扬尘管控\t市住建局\t各县区政府\t2021年底前\n"
        "2\t水体黑臭\t治理黑臭水体\t市水务局\t市环保局、市住建局\t2022年6月底前\n"
        "3\t秸秆焚烧\t禁止焚烧\t市农业农村局\t各县区政府\t长期坚持\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3"]
    assert [u.name for u in doc.measures[1].responsible_units] == ["市环保局", "市住建局"]
    assert [d.date for d in doc.measures[1].deadlines] == ["2022-06-30"]
