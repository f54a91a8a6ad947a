"""The set of field names the models share to save memory (model.share_fields_set) is never
seen through the public API: changing one model's ``model_fields_set`` changes that model only,
in this document, in another document, and in a document that came through pickle (a worker
process of parse_many hands its documents over pickled)."""

import copy
import pickle

import pytest

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


# models given only some fields share one set per (class, names given) too: deadlines given no
# ``kind``, a measure with no deadline or target; every way the set can change copies it first
DATED = (
    "一、加强监管\n（一）开展检查，2025年底前完成。牵头单位：市环保局。\n"
    "（二）完成整治，2026年6月底前完成。牵头单位：市环保局。\n（三）建立制度。牵头单位：市公安局。\n"
)
BY_FIELDS = {"raw", "span", "section_id", "date"}


def test_deadlines_of_two_documents_share_one_set_of_the_names_given():
    a, b = parse_text(DATED).deadlines, parse_text(DATED).deadlines
    assert [d.raw for d in a] == ["2025年底前", "2026年6月底前"]
    assert len({id(d.__pydantic_fields_set__) for d in a + b}) == 1
    assert [d.model_fields_set for d in a + b] == [BY_FIELDS] * 4
    assert a[0].model_dump(exclude_unset=True) == {
        "raw": "2025年底前",
        "span": (15, 22),
        "section_id": "1.1",
        "date": "2025-12-31",
    }


def test_assigning_an_unset_field_changes_that_deadline_only():
    a, b = parse_text(DATED).deadlines, parse_text(DATED).deadlines
    a[0].kind = "by"
    assert a[0].model_fields_set == BY_FIELDS | {"kind"}
    assert [d.model_fields_set for d in a[1:] + b] == [BY_FIELDS] * 3
    assert parse_text(DATED).deadlines[0].model_fields_set == BY_FIELDS
    c, d = parse_text(DATED).deadlines  # (model_fields_set above gave each a copy of its own)
    c.date = "2026-07-01"  # a name already in the set: nothing to add, the set stays shared
    assert c.__pydantic_fields_set__ is d.__pydantic_fields_set__ and c.model_fields_set == BY_FIELDS


def test_changing_model_fields_set_changes_that_deadline_only():
    a, b = parse_text(DATED).deadlines
    a.model_fields_set.add("kind")
    b.model_fields_set.discard("section_id")
    assert a.model_dump(exclude_unset=True).keys() == {"raw", "span", "section_id", "date", "kind"}
    assert b.model_dump(exclude_unset=True).keys() == {"raw", "span", "date"}
    assert [d.model_fields_set for d in parse_text(DATED).deadlines] == [BY_FIELDS, BY_FIELDS]


def test_the_deprecated_fields_set_name_hands_out_the_models_own_set():
    a, b = parse_text(DATED).deadlines
    with pytest.warns(DeprecationWarning):
        a.__fields_set__.add("kind")
    assert a.model_fields_set == BY_FIELDS | {"kind"} and b.model_fields_set == BY_FIELDS


def test_a_copy_with_an_update_and_a_deletion_leave_the_shared_set_alone():
    a, b = parse_text(DATED).deadlines
    c = a.model_copy(update={"kind": "by"})
    assert c.model_fields_set == BY_FIELDS | {"kind"} and a.model_fields_set == BY_FIELDS
    d = copy.deepcopy(b)
    d.kind = "by"
    assert d.model_fields_set == BY_FIELDS | {"kind"} and b.model_fields_set == BY_FIELDS
    del a.section_id
    assert a.model_fields_set == BY_FIELDS and b.model_fields_set == BY_FIELDS
    assert "section_id" not in a.__dict__ and b.section_id == "1.2"


def test_measures_without_deadlines_or_targets_share_one_set_that_an_assignment_does_not_change():
    first, second = parse_text(DATED).measures[2], parse_text(DATED).measures[2]
    given = {"id", "section_id", "heading", "span", "lead_units", "responsible_units", "supporting_units"}
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__ and first.model_fields_set == given
    first.targets = []
    assert first.model_fields_set == given | {"targets"} and second.model_fields_set == given
    assert second.model_dump(exclude_unset=True)["lead_units"][0]["name"] == "市公安局"
    assert "targets" not in second.model_dump(exclude_unset=True)


def test_unpickled_deadlines_share_the_processs_set_and_change_one_by_one():
    doc = pickle.loads(pickle.dumps(parse_text(DATED)))
    a, b = doc.deadlines
    assert a.__pydantic_fields_set__ is parse_text(DATED).deadlines[0].__pydantic_fields_set__
    a.kind = "by"
    assert a.model_fields_set == BY_FIELDS | {"kind"} and b.model_fields_set == BY_FIELDS
    assert doc.measures[0].deadlines[0].model_fields_set == BY_FIELDS | {"kind"}  # the same object as a
    assert doc.measures[1].deadlines[0] is b


def test_an_extra_attribute_assigned_in_a_subclass_that_allows_extras_changes_that_unit_only():
    from pydantic import ConfigDict

    from notice_parser.model import Unit

    class NotedUnit(Unit):  # a library user's subclass
        model_config = ConfigDict(extra="allow")

    a = NotedUnit(name="市环保局", raw="市环保局", span=(0, 4))
    b = NotedUnit(name="市财政局", raw="市财政局", span=(5, 9))
    a.note = "checked"  # pydantic adds an extra attribute's name to the set too
    assert a.model_fields_set == {"name", "raw", "span", "note"}
    assert b.model_fields_set == {"name", "raw", "span"}
    assert NotedUnit(name="x", raw="x", span=(0, 1)).model_fields_set == {"name", "raw", "span"}


def test_the_pickle_state_holds_a_set_of_the_models_own():
    a = parse_text(DATED).deadlines[0]
    state = a.__getstate__()  # copyreg, a serializer: the caller's to change
    state["__pydantic_fields_set__"].discard("date")
    assert a.model_fields_set == BY_FIELDS
    assert parse_text(DATED).deadlines[0].model_dump(exclude_unset=True)["date"] == "2025-12-31"
