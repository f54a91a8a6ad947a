"""units._written: is a name in the document with its whitespace closed up — looked for in the
text itself (a whitespace-free copy of the whole text was 3.4 MB of a 5 MB notice's peak)."""

from notice_parser.extract.units import _written

TEXT = "各单位：\n市 环\n保局负责监督，省地方金融\u3000监管局配合。"


def test_a_name_written_with_whitespace_between_its_characters_is_written():
    assert _written(TEXT, "市环保局") is True
    assert _written(TEXT, "省地方金融监管局") is True
    assert _written(TEXT, "：市环保局负责") is True


def test_a_name_not_written_or_holding_whitespace_is_not():
    assert _written(TEXT, "市水务局") is False
    assert _written(TEXT, "市 环保局") is False
    assert _written(TEXT, "单位市环保局") is False  # ： stands between, not whitespace only
    assert _written(TEXT, "监管局。") is False
    assert _written(TEXT, "局.") is False  # a pattern character is matched as itself


def test_the_empty_name_is_in_every_text_as_in_a_squeezed_one():
    assert _written(TEXT, "") is True
    assert _written("", "") is True
