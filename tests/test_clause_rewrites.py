"""Faster forms of the clause scans give what the plain forms gave (the plain
form, kept here, is the oracle), on every short string over the characters
that matter."""

from __future__ import annotations

import itertools

import regex

from notice_parser.extract.clauses import _CLOSE, _OPEN, _brackets, _label_starts
from notice_parser.lexicon import alternation
from notice_parser.lexicon.roles import NEUTRAL_LABELS, ROLE_LABELS


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
    for s in _strings(["\n", "。", "；", " ", "\u3000", "牵头单位", "完成时限", "：", "x"], 4):
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
