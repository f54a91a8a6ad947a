"""targets.patterns.NOUN_END takes its words from the lexicon (NOUN_END_VERBS, NOUN_END_WORDS): a verb is
tried before a modal it starts with (应用 before 应), and each modal or 等 ends a counted noun."""

from notice_parser.extract.targets import patterns as P
from notice_parser.extract.targets.subject import percent_phrase


def test_a_verb_is_tried_before_the_modal_it_starts_with():
    assert P.NOUN_END.match("应用智能技术").group() == "应用"
    assert P.NOUN_END.match("应达到").group() == "应"


def test_each_modal_and_the_etc_word_end_a_noun():
    assert [P.NOUN_END.search(f"学校{w}达标").group() for w in ("要", "能", "将", "应", "须", "等")] == [
        "要",
        "能",
        "将",
        "应",
        "须",
        "等",
    ]


def test_a_percent_phrase_cuts_at_the_modal():
    text = "80%以上的村庄要实现环境整洁"
    start = text.index("村庄")
    assert percent_phrase(text, start, len(text), "") == "实现环境整洁的村庄比例"
