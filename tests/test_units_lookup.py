"""What the unit rules look up in the whole document, read lazily, gives
what a reading of the whole document gives (``_gazetteer`` is the oracle)."""

from __future__ import annotations

import itertools

from notice_parser.extract.units import _LAZY_PLACES, _DocumentNames, _gazetteer

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
