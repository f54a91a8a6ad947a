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
    # and the head of each set-mention word: where the gate is closed, neither test holds
    for head in sorted({f"对确定{w[:-1]}" for w in W.SET_MENTION_BEFORE}):
        text = "".join(f"{head}{c}1" for c in CODE_POINTS)
        cf = F.ClauseFacts(text, 0, len(text))
        step = len(head) + 2
        opened = set()
        for stop in range(len(head) + 1, len(text), step):
            if F.may_mention_a_set(cf, stop):
                opened.add(text[stop - 1])
            else:
                assert not F._set_mention(cf, stop) and not F._treated_set(cf, stop), (head, text[stop - 1])
        # the gate opens where a mention may end: 的, 等, whitespace (的 + a space + the number)
        assert {"的", "等", " ", "\u3000", "\n"} <= opened and "到" not in opened and "%" not in opened
    cf = F.ClauseFacts("对确定的 130项", 0, 9)
    assert F._treated_set(cf, 5) and F.may_mention_a_set(cf, 5) and F._set_mention(F.ClauseFacts("等 1", 0, 3), 2)
