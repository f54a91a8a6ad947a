"""Linear rewrites of patterns that backtracked give what the patterns gave
(the original regex is the oracle), on every short string over the
characters that matter."""

from __future__ import annotations

import itertools

from notice_parser.extract.targets.patterns import SCOPE_SPLIT as _SCOPE_SPLIT
from notice_parser.extract.targets.subject import split_scopes as _split_scopes
from notice_parser.segment.layout import _LEADERS, strip_leaders


def _strings(alphabet: str, longest: int):
    for n in range(longest + 1):
        yield from ("".join(p) for p in itertools.product(alphabet, repeat=n))


def test_strip_leaders_is_the_leader_pattern():
    for s in _strings(".… \u3000\t1x", 6):
        assert strip_leaders(s) == _LEADERS.sub("", s), repr(s)
    assert strip_leaders("一、总体要求" + "." * 25000 + "x").endswith("x")


def test_split_scopes_is_the_scope_split_pattern():
    for s in _strings("和、 （）市x", 6):
        assert _split_scopes(s) == _SCOPE_SPLIT.split(s), repr(s)
    assert _split_scopes("五县和" * 3 + "两区") == ["五县", "五县", "五县", "两区"]
