"""clauses._sentence_start: the start of the sentence ending at a position, after the nearest 。！？!? before it."""

from notice_parser.extract.clauses import _sentence_start


def test_after_the_nearest_sentence_end_of_any_kind() -> None:
    text = "甲。乙！丙？丁。戊"
    assert [_sentence_start(text, 0, text.index(c)) for c in "乙丙丁戊"] == [2, 4, 6, 8]
    assert _sentence_start("一！二。三?四", 0, 7) == 6  # a ? after the last 。
    assert _sentence_start("一！二。三?四", 0, 5) == 4  # the 。 after the !


def test_at_the_region_start_when_none_is_before() -> None:
    assert _sentence_start("前文。本句", 3, 5) == 3
    assert _sentence_start("无句末", 0, 3) == 0
    assert _sentence_start("甲。", 0, 1) == 0  # the end at the stop itself is not before it
