"""The one-character gates of the targets rule: a set look-up before a pattern or a test, which must
turn away only characters where the gated pattern or test cannot hold (asked on every code point)."""

from __future__ import annotations

import sys

from notice_parser.extract.targets import flags as F
from notice_parser.lexicon import target_words as W

#: every code point but the surrogates (no str of a document holds one alone)
CODE_POINTS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_the_set_mention_gate_turns_away_only_characters_no_mention_ends_on():
    # each code point right before a number, after 对确定 (a clause that treats a known set)
    # and the head of each set-mention word: the gated question answers as the two tests asked ungated
    for head in sorted({f"对确定{w[:-1]}" for w in W.SET_MENTION_BEFORE}):
        text = "".join(f"{head}{c}1" for c in CODE_POINTS)
        cf = F.ClauseFacts(text, 0, len(text))
        step = len(head) + 2
        found = set()
        for stop in range(len(head) + 1, len(text), step):
            either = F._set_mention(cf, stop) or F._treated_set(cf, stop)
            assert F.mentions_a_set(cf, stop) == either, (head, text[stop - 1])
            if either:
                found.add(text[stop - 1])
        # a mention is found right after 的 and 等, not after 到, % or a space that follows 定
        assert {"的", "等"} <= found and not found & {"到", "%", " ", "\n"}
    # whitespace between the mention and the number (的 + a space)
    assert F.mentions_a_set(F.ClauseFacts("对确定的 130项", 0, 9), 5)
    assert F.mentions_a_set(F.ClauseFacts("等 1", 0, 3), 2)
    assert not F.mentions_a_set(F.ClauseFacts("对确定到130项", 0, 8), 4)
