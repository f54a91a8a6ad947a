"""Rewrites of segment/sections.py that must read exactly as the patterns they replace or gate:
the box starts found from the box words (the form before: a multi-line pattern tried at every
line start), and the dot gate of a run-in heading, asked of every code point."""

from __future__ import annotations

import sys

import pytest
import regex
from conftest import CORPORA
from hypothesis import given, settings
from hypothesis import strategies as st

from notice_parser.lexicon import alternation
from notice_parser.lexicon.markers import BOX_WORDS
from notice_parser.segment import sections as S

#: the pattern the box starts were found with before (the oracle)
_BOX_START = regex.compile(r"(?m)^[ \t\u3000\u00a0]*(?:" + alternation(BOX_WORDS) + r")")


def _box_starts_before(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _BOX_START.finditer(text, start, end)]


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.txt")), ids=lambda p: p.stem)
def test_box_starts_read_the_corpus_as_the_pattern(path):
    text = path.read_text(encoding="utf-8")
    for start in (0, 1, len(text) // 3):
        assert S._box_starts(text, start, len(text)) == _box_starts_before(text, start, len(text))


def test_box_starts_literal():
    text = "一、总体要求\n  专栏1 重点工程\n见专栏2。\n\u3000栏目：x\n方框"
    assert S._box_starts(text, 0, len(text)) == [7, 24, 30]
    assert S._box_starts(text, 8, len(text)) == [24, 30]  # a line that starts before the stretch is not read
    assert S._box_starts(text, 0, 31) == [7, 24]  # a word that ends past the stretch is not read


_PIECES = st.sampled_from(
    [*BOX_WORDS, "专", "栏", "目", "\n", "\r", " ", "\t", "\u3000", "\u00a0", "\u2028", "x", "一、"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_box_starts_read_generated_text_as_the_pattern(text, a, b):
    start, end = min(a, len(text)), min(max(a, b), len(text))
    assert S._box_starts(text, start, end) == _box_starts_before(text, start, end)


def test_heading_dot_gate_holds_every_dot_the_pattern_reads():
    """A character ``_HAN_DOT`` reads as a dot between two Han characters is one ``_DOTS`` finds."""
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if S._HAN_DOT.search("中" + c + "文"):
            assert S._DOTS.search(c), f"U+{cp:04X}"
