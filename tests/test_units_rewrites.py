"""Faster forms of the unit rules give what the plain forms gave: what they
look up in the whole document, read lazily, is what a reading of the whole
document gives (``_gazetteer`` is the oracle), and a list is cut where a
walk over every character cuts it."""

from __future__ import annotations

import itertools

from notice_parser.context import Context
from notice_parser.extract.units import (
    _LAZY_PLACES,
    _DocumentNames,
    _gazetteer,
    _is_bare_department,
    _is_level_group,
    _joins_units,
    _split_compact,
    split_units,
)
from notice_parser.lexicon.roles import CONJUNCTIONS, UNIT_SEPARATORS

TEXT = "一、秦州区委、秦安县政府负责。\n二、（责任单位：秦州、麦积、秦安、张家川县区政府）"


def test_place_suffixes_as_the_document_writes_them():
    doc = _DocumentNames(TEXT)
    assert doc.suffixes("秦州") == {"区"}
    assert doc.suffixes("秦安") == {"县"}
    assert doc.suffixes("麦积") == set()  # written only before the combined 县区
    assert doc.suffixes("张家川") == {"县"}  # 张家川县区政府: the first suffix is read as its own
    assert doc.suffixes("") == set() and doc.suffixes("秦") == set() and doc.suffixes("x秦州") == set()


def test_past_the_lazy_places_the_whole_document_is_read_once():
    doc = _DocumentNames(TEXT)
    for k in range(_LAZY_PLACES):
        assert doc.suffixes(f"甲{k}") == set()
    assert doc.suffixes("秦安") == {"县"}
    assert doc.suffixes("秦州") == {"区"}


def test_lazy_lookup_is_the_whole_reading():
    places = ("秦州", "州区", "秦州区", "区县", "秦秦")
    for n in range(1, 6):
        for chars in itertools.product("秦州区县、x", repeat=n):
            text = "".join(chars)
            full = _gazetteer(text)
            doc = _DocumentNames(text)
            for place in places:
                assert doc.suffixes(place) == full.get(place, set()), (text, place)


def _split_by_character(compact: str) -> list[tuple[int, int]]:
    """The plain form of ``_split_compact``: every character looked at."""
    separators = [i for i, ch in enumerate(compact) if ch in UNIT_SEPARATORS]
    cuts, start, depth, i = [], 0, 0, 0
    while i < len(compact):
        ch = compact[i]
        if ch in '（(《“"':
            depth += 1
        elif ch in "）)》”" and depth:
            depth -= 1
        if depth == 0 and ch in UNIT_SEPARATORS:
            cuts.append((start, i))
            start = i + 1
            i += 1
            continue
        if depth == 0 and i > start:
            conj = next((c for c in CONJUNCTIONS if compact.startswith(c, i)), None)
            if conj is not None and _joins_units(compact, start, i, conj, separators):
                cuts.append((start, i))
                start = i + len(conj)
                i = start - 1
        i += 1
    cuts.append((start, len(compact)))
    return [(a, b) for a, b in cuts if b > a]


def test_split_compact_cuts_where_a_character_walk_cuts():
    words = ["和", "以及", "及", "、", "（", "）", "“", '"', "局", "委", "部门", "等", "x"]
    for n in range(5):
        for parts in itertools.product(words, repeat=n):
            s = "".join(parts)
            assert _split_compact(s) == _split_by_character(s), s
    assert _split_compact("市环保局和市水务局、省工业和信息化厅及各有关部门") == [(0, 4), (5, 9), (10, 18), (19, 24)]


def test_bare_departments_and_level_groups_read_past_ordinary_words():
    assert _is_bare_department("卫生健康局") and _is_bare_department("市场监管局")  # 市场 is a word, not a level
    assert not _is_bare_department("区教育局") and not _is_bare_department("城关区市场监管局")
    assert _is_level_group("有关部门") and _is_level_group("相关行业主管部门") and _is_level_group("有关城乡部门")
    assert not _is_level_group("有关县区部门")


def test_a_repeated_unit_list_is_read_once_and_placed_where_it_stands():
    text = "（责任单位：秦州、麦积区委和区政府）\n（责任单位：秦州、麦积区委和区政府）\n（责任单位：市 环保局）"
    ctx = Context(text)
    first, second = text.index("秦州"), text.index("秦州", 10)
    end1, end2 = text.index("）"), text.index("）", second)
    a, b = split_units(ctx, first, end1), split_units(ctx, second, end2)
    assert [u.name for u in a] == [u.name for u in b] == ["秦州区委", "麦积区委", "秦州区政府", "麦积区政府"]
    assert [u.span for u in b] == [(u.span[0] + second - first, u.span[1] + second - first) for u in a]
    assert all(text[u.span[0] : u.span[1]] == u.raw for u in a + b)
    assert b == split_units(Context(text), second, end2)  # what a fresh parse reads
    last = text.rindex("市")
    assert [(u.name, u.raw) for u in split_units(ctx, last, len(text) - 1)] == [("市环保局", "市 环保局")]
