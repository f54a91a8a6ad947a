"""The set of field names the models share to save memory (model.share_fields_set) is never
seen through the public API: changing one model's ``model_fields_set`` changes that model only,
in this document, in another document, and in a document that came through pickle (a worker
process of parse_many hands its documents over pickled)."""

import pickle

from notice_parser import parse_text

TEXT = "一、加强监管\n（一）开展检查。牵头单位：市环保局；责任单位：市公安局、市环保局。\n（二）完成整治。牵头单位：市环保局。\n"
UNIT_FIELDS = {"name", "raw", "span", "canonical", "group", "adcode"}


def _units(doc):
    return [u for m in doc.measures for r in (m.lead_units, m.responsible_units, m.supporting_units) for u in r]


def test_marking_a_field_unset_on_one_unit_leaves_every_other_unit_alone():
    a, b = parse_text(TEXT), parse_text(TEXT)
    first, *rest = _units(a)
    first.model_fields_set.discard("canonical")
    assert first.model_dump(exclude_unset=True).keys() == UNIT_FIELDS - {"canonical"}
    for u in rest + _units(b):
        assert u.model_fields_set == UNIT_FIELDS
        assert u.model_dump(exclude_unset=True).keys() == UNIT_FIELDS
    assert _units(parse_text(TEXT))[0].model_dump(exclude_unset=True).keys() == UNIT_FIELDS


def test_the_same_holds_for_a_document_that_came_through_pickle():
    doc = pickle.loads(pickle.dumps(parse_text(TEXT)))
    first, *rest = _units(doc)
    first.model_fields_set.clear()
    assert first.model_dump(exclude_unset=True) == {}
    assert [u.model_fields_set for u in rest] == [UNIT_FIELDS, UNIT_FIELDS]
    assert doc.source.model_fields_set == {"name", "format", "encoding", "sha256"}
