"""Faster forms of the clause scans give what the plain forms gave (the plain
form, kept here, is the oracle), on every short string over the characters
that matter."""

from __future__ import annotations

import bisect
import itertools

import regex

from notice_parser.extract.clauses import (
    _CLOSE,
    _DIVISION,
    _DIVISION_WORD,
    _OPEN,
    _VERB_END,
    _any_labels,
    _brackets,
    _division_runs,
    _label_starts,
    _Readings,
    _run_end,
    _Taken,
    _verb_split,
    parse_clause,
)
from notice_parser.lexicon import alternation
from notice_parser.lexicon.roles import DIVISION_LABELS, NEUTRAL_LABELS, ROLE_LABELS
from notice_parser.spans import WHITESPACE


def _strings(alphabet, longest: int):
    for n in range(longest + 1):
        yield from ("".join(p) for p in itertools.product(alphabet, repeat=n))


#: the plain form: a pattern tried at every offset
_LABEL_START = regex.compile(
    r"(?:^|(?<=[。；;]))[ \t\u3000\u00a0]*(?=(?:" + alternation([*ROLE_LABELS, *NEUTRAL_LABELS]) + r")\s*[：:])",
    regex.MULTILINE,
)


def _label_starts_by_scan(text: str, start: int, end: int) -> list[int]:
    return [m.end() for m in _LABEL_START.finditer(text, start, end)]


def test_label_starts_are_where_the_scan_finds_them():
    for s in _strings(["\n", "。", "；", " ", "\u3000", "\x1c", "牵头单位", "完成时限", "：", "x"], 4):
        for start, end in ((0, len(s)), (1, len(s)), (0, max(len(s) - 1, 0)), (2, len(s))):
            assert list(_label_starts(s, start, end)) == _label_starts_by_scan(s, start, end), (s, start, end)


def _brackets_by_character(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The plain form: every character looked at."""
    out, depth, open_at = [], 0, -1
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                open_at = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((open_at, i))
        elif ch == "\n" and depth and i + 1 < end and text[i + 1] == "\n":
            depth = 0
    return out


def test_brackets_are_the_pairs_a_character_walk_finds():
    for s in _strings("（）(【]\nx", 5):
        for start, end in ((0, len(s)), (1, len(s)), (0, max(len(s) - 1, 0))):
            assert list(_brackets(s, start, end)) == _brackets_by_character(s, start, end), (s, start, end)
    assert list(_brackets("（牵头单位：市环保局（主办））和（x\n\n）（y）", 0, 24)) == [(0, 14), (21, 23)]


_RUNS = (
    "一、加强监管。（牵头单位：市环保局；责任单位：各县区政府）\n"
    "牵头单位：市发展改革委\n配合单位：市财政局、市统计局\n完成时限：2024年底\n"
    "二、推进改革。（牵头单位：市环保局；责任单位：各县区政府）（省商务厅牵头，省有关单位按职责分工负责）\n"
    "牵头单位：市发展改革委\n配合单位：市财政局、市统计局\n完成时限：2024年底\n"
    "（列第一位者为牵头单位）以下均需各乡镇配合落实，不再列出。\n"
)


def test_a_clause_read_once_per_window_is_read_as_parse_clause_reads_it():
    readings = _Readings()
    stretches = [(o + 1, c) for o, c in _brackets(_RUNS, 0, len(_RUNS))]
    stretches += [(a, _run_end(_RUNS, a, len(_RUNS))) for a in _label_starts(_RUNS, 0, len(_RUNS))]
    assert len(stretches) == 12
    for a, b in stretches + stretches:  # the second time from the readings kept
        assert readings.parse(_RUNS, a, b) == parse_clause(_RUNS, a, b), _RUNS[a:b]
    first = readings.parse(_RUNS, *stretches[0])
    assert first is not None and [(p.role, _RUNS[p.start : p.end]) for p in first.parts] == [
        ("lead", "市环保局"),
        ("responsible", "各县区政府"),
    ]
    first.parts.clear()  # a reading handed out is a copy: changing it changes no later reading
    assert readings.parse(_RUNS, *stretches[0]) == parse_clause(_RUNS, *stretches[0])


def _units_end_by_trimming(text: str, pa: int, pb: int, k: int) -> int:
    """The plain form: drop characters from the end until ``k`` non-whitespace ones are left."""
    end = pb
    while len("".join(ch for ch in text[pa:end] if ch not in WHITESPACE)) > k:
        end -= 1
    return end


def test_a_verb_is_cut_off_where_trimming_cuts_it():
    for s in _strings(["市环保局", "牵", "头", " ", "\n", "\u3000", "负责", "配合"], 4):
        text = "x，" + s + "。"
        found = _verb_split(text, 2, len(text) - 1)
        if found is not None:
            k = len("".join(ch for ch in s if ch not in WHITESPACE)) - len(
                _VERB_END.search("".join(ch for ch in s if ch not in WHITESPACE)).group("verb")
            )
            assert found[1] == _units_end_by_trimming(text, 2, len(text) - 1, k), s
    text = "（市环保局 牵 头）"
    assert _verb_split(text, 1, len(text) - 1) == ("lead", 6)


class _PlainTaken:
    """The plain form of ``_Taken``: a bisection for every question and every addition."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def holds(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and pos < self.ends[k - 1]

    def add(self, a: int, b: int) -> None:
        if b <= a:
            return
        lo, hi = bisect.bisect_left(self.ends, a), bisect.bisect_right(self.starts, b)
        if lo < hi:
            a, b = min(a, self.starts[lo]), max(b, self.ends[hi - 1])
        self.starts[lo:hi] = [a]
        self.ends[lo:hi] = [b]


def test_taken_text_is_what_the_plain_bisection_keeps():
    for spans in itertools.product([(0, 2), (2, 4), (3, 3), (5, 7), (1, 6), (8, 9), (6, 8)], repeat=4):
        taken, plain = _Taken(), _PlainTaken()
        for a, b in spans:
            taken.add(a, b)
            plain.add(a, b)
            assert (taken._starts, taken._ends) == (plain.starts, plain.ends), spans
            assert [taken.holds(p) for p in range(11)] == [plain.holds(p) for p in range(11)], spans


def test_a_region_without_the_division_word_holds_no_division_label():
    assert all(_DIVISION_WORD in label for label in DIVISION_LABELS)
    for s in _strings(["责任", "分", "工", "分工", "：", "\n", "。", "x"], 4):
        gated = [la for la, _, _ in _division_runs(s, 0, len(s))]
        assert gated == [m.start() for m in _DIVISION.finditer(s, 0, len(s))], s


#: the plain form: a label behind a look-behind for a part separator, tried at every offset
_ANY_LABEL_BEHIND = regex.compile(r"(?<=[，,；;。])\s*(?P<label>\p{Han}{2,6})\s*[：:]\s*")


def test_labels_after_separators_are_where_the_look_behind_finds_them():
    for s in _strings(["，", "；", "。", "、", " ", "\n", "适用", "范围", "x", "：", ":"], 4):
        for start, end in ((0, len(s)), (1, len(s)), (2, len(s)), (0, max(len(s) - 1, 0))):
            found = [(m.span(), m.span("label")) for m in _any_labels(s, start, end)]
            assert found == [(m.span(), m.span("label")) for m in _ANY_LABEL_BEHIND.finditer(s, start, end)], s
    assert [m.group("label") for m in _any_labels("牵头单位：甲，适用范围：乙；一二三四五六七：丙", 5, 25)] == [
        "适用范围"
    ]
