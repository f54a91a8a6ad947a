"""Faster forms of the unit rules give what the plain forms gave: what they
look up in the whole document, read lazily, is what a reading of the whole
document gives (``_gazetteer`` is the oracle), and a list is cut where a
walk over every character cuts it."""

from __future__ import annotations

import itertools

from conftest import CORPORA

from notice_parser.context import Context
from notice_parser.extract import units as U
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
from notice_parser.lexicon.roles import (
    CONCAT_ORGAN_ENDS,
    CONJUNCTIONS,
    GENERIC_BODIES,
    INTERNAL_OWNERS,
    LEVEL_CHAR_WORDS,
    ORGAN_SUFFIXES,
    SHARED_GROUP_PREFIXES,
    UNIT_SEPARATORS,
)
from notice_parser.spans import squeeze

TEXT = "一、秦州区委、秦安县政府负责。\n二、（责任单位：秦州、麦积、秦安、张家川县区政府）"


def test_place_suffixes_as_the_document_writes_them():
    doc = _DocumentNames(TEXT)
    assert doc.suffixes("秦州") == {"区"}
    assert doc.suffixes("秦安") == {"县"}
    assert doc.suffixes("麦积") == set()  # written only before the combined 县区
    # 张家川县区政府: a combination before an organ tells neither suffix (涟源县市人民政府 is 涟源市's, loudi 2024)
    assert doc.suffixes("张家川") == set()
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


def _split_concatenated_ungated(compact: str, a: int, b: int) -> list[tuple[int, int]]:
    """_split_concatenated as it was, with no gate before its pattern (the oracle)."""
    out, start = [], a
    cuts = [m.start() for m in U._CONCAT.finditer(compact, a, b)]
    for k, i in enumerate(cuts):
        nxt = cuts[k + 1] if k + 1 < len(cuts) else b
        if i - start < 2 or nxt - i < 3 or compact.startswith(LEVEL_CHAR_WORDS, i):
            continue
        if not compact.endswith(ORGAN_SUFFIXES, i, nxt) or U._has_open_paren(compact, start, i):
            continue
        if compact.startswith(SHARED_GROUP_PREFIXES, i) and compact.endswith(GENERIC_BODIES, i, nxt):
            continue
        if compact[start:i] in INTERNAL_OWNERS:
            continue  # (session 12: 市局市政设施科, an owner and its section)
        if U._joint_office(compact[start:i], compact[i:nxt]):
            continue  # (session 14: 区委区政府督查室, a 两办 joint office)
        out.append((start, i))
        start = i
    out.append((start, b))
    return out


def test_concatenated_names_gate_turns_away_only_pieces_the_pattern_cuts_nowhere():
    words = ["区", "局", "委", "县", "政府", "有关部门", "经发", "市场", "（", "x", "中心", "管委会"]
    for n in range(1, 6):
        for parts in itertools.product(words, repeat=n):
            s = "".join(parts)
            for a, b in ((0, len(s)), (1, len(s)), (0, max(len(s) - 1, 0))):
                assert U._split_concatenated(s, a, b) == _split_concatenated_ungated(s, a, b), (s, a, b)
    assert U._split_concatenated("区经发局区环土局", 0, 8) == [(0, 4), (4, 8)]
    assert U._split_concatenated("县委县政府", 0, 5) == [(0, 2), (2, 5)]


def test_concatenation_gate_holds_every_ending_the_pattern_follows():
    """Every place ``_CONCAT`` matches at, in the corpus and after each organ ending, is where
    ``_CONCAT_CUT`` finds its pair (the character before the place, and the one at it)."""
    texts = [squeeze(p.read_text(encoding="utf-8")) for p in sorted(CORPORA.glob("*.txt"))]
    texts += [w + level + "环" for w in CONCAT_ORGAN_ENDS for level in ("区", "各有关", "省")]
    found = 0
    for text in texts:
        for m in U._CONCAT.finditer(text):
            found += 1
            assert m.start() > 0 and U._CONCAT_CUT.match(text, m.start() - 1), text[
                max(0, m.start() - 5) : m.start() + 5
            ]
    assert found > 80  # (70 in the corpus)


def test_level_prefix_is_the_longest_level_a_name_starts_with():
    for n in range(1, 5):
        for parts in itertools.product(["自治区", "自治", "区", "市", "委", "场", "教育局", "x"], repeat=n):
            name = "".join(parts)
            plain = next((p for p in U._LEVELS_LONGEST_FIRST if name.startswith(p) and len(name) > len(p) + 1), None)
            if name.startswith(LEVEL_CHAR_WORDS) or plain is None:
                assert U._level_prefix(name) is None, name
            else:
                assert U._level_prefix(name) == (None if name.startswith("委", len(plain)) else plain), name
