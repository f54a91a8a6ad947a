"""The region gates of the deadline rule (extract/deadlines.py): a pattern is
only run over a region holding one of its "needs" words, so a region in which
the pattern finds something must hold one of them — otherwise a gate would
silently lose deadlines when a pattern or a lexicon table is edited. Checked on
every line of the corpus and of the deadline fixtures, and on generated
strings of date characters and the lexicon's own time words."""

from __future__ import annotations

import pytest
from conftest import CASES, CORPORA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notice_parser.extract import deadlines as D
from notice_parser.lexicon import time_words as W

GATES = {
    "range": (D._RANGE_RE, D._RANGE_NEEDS),
    "year list": (D._YEAR_LIST_HEAD_RE, D._YEAR_LIST_NEEDS),
    "month range": (D._MONTH_RANGE_RE, D._MONTH_NEEDS),
    "day range": (D._DAY_RANGE_RE, D._MONTH_NEEDS),
    "dot date": (D._DOT_DATE_RE, D._DOT_DATE_NEEDS),
    "duration": (D._DURATION_RE, D._DURATION_NEEDS),
}

#: one phrase each gate's pattern finds (so that the checks below exercise every pattern)
FOUND = {
    "range": "2021年—2023年",
    "year list": "2024、2025年",
    "month range": "5月—7月集中开展",
    "day range": "3月4日至4月8日",
    "dot date": "2023.6—2023.12",
    "duration": "15个工作日内",
}


def _gate_loses(name: str, text: str) -> bool:
    """Would gate ``name`` turn ``text`` away although its pattern finds something in it?"""
    pattern, needs = GATES[name]
    return pattern.search(text) is not None and not any(w in text for w in needs)


@pytest.mark.parametrize("name", sorted(GATES))
def test_each_gate_passes_a_phrase_its_pattern_finds(name):
    assert GATES[name][0].search(FOUND[name]) is not None
    assert not _gate_loses(name, FOUND[name])


def test_no_gate_turns_away_a_line_of_real_text_its_pattern_finds_something_in():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    lines = [line for t in texts for line in t.splitlines()]
    assert len(lines) > 2000
    assert [(name, line) for line in lines for name in GATES if _gate_loses(name, line)] == []


#: pieces a deadline is written with: digits and numerals, date words, the lexicon's separators and time words
_PIECES = sorted(
    set("0123456789０１２３４５６７８９一二两三四五六七八九十年月日号底末前内份.．/ ")
    | set(W.RANGE_SEPARATORS)
    | set(W.WITHIN_SUFFIXES)
    | set(W.DURATION_TIME_WORDS)
    | set(W.DURATION_UNITS)
    | set(W.BY_SUFFIXES)
    | set(W.YEAR_LIST_JOINERS)
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_no_gate_turns_away_a_generated_text_its_pattern_finds_something_in(text):
    assert [name for name in GATES if _gate_loses(name, text)] == []
