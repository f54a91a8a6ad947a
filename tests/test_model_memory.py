"""The document's objects share what is equal: one set of field names per model class and
names given, units completed in place, one string per unit text (issue 10, memory)."""

import pytest
from pydantic import ValidationError

from notice_parser import parse_text
from notice_parser.model import Measure, NoticeDocument, Section, Source, Target, Unit, update_in_place

TEXT = "一、加强监管\n（一）开展检查。牵头单位：市环保局；责任单位：市公安局、市环保局。\n（二）完成整治。牵头单位：市环保局。\n"
SOURCE = Source(name="x.txt", format="txt", sha256="0" * 64)
UNIT_FIELDS = {"name", "raw", "span", "canonical", "group", "adcode"}


def _units(doc):
    return [u for m in doc.measures for r in (m.lead_units, m.responsible_units, m.supporting_units) for u in r]


def test_units_share_one_full_set_of_field_names():
    units = _units(parse_text(TEXT))
    assert [u.name for u in units] == ["市环保局", "市公安局", "市环保局"]
    assert len({id(u.__pydantic_fields_set__) for u in units}) == 1  # (model_fields_set hands out a copy)
    assert all(u.model_fields_set == UNIT_FIELDS for u in units)


def test_assigning_a_field_leaves_the_shared_set_as_it_is():
    a, b = _units(parse_text(TEXT))[:2]
    a.name = "市水务局"
    assert a.model_fields_set == UNIT_FIELDS and b.model_fields_set == UNIT_FIELDS
    c = b.model_copy(update={"name": "市林业局"})
    assert c.model_fields_set == UNIT_FIELDS and c.model_fields_set is not b.model_fields_set
    assert b.name == "市公安局"


def test_units_of_equal_text_share_one_string():
    units = _units(parse_text(TEXT))
    assert [(u.raw, u.span) for u in units] == [("市环保局", (20, 24)), ("市公安局", (30, 34)), ("市环保局", (54, 58))]
    assert units[0].raw is units[2].raw


def test_models_given_the_same_fields_share_one_set_until_one_is_assigned_another():
    u = Unit(name="市环保局", raw="市环保局", span=(0, 4))
    v = Unit(name="市环保局", raw="市环保局", span=(0, 4))
    assert u.__pydantic_fields_set__ is v.__pydantic_fields_set__
    assert u.model_fields_set == {"name", "raw", "span"}
    u.group = True
    assert u.model_fields_set == {"name", "raw", "span", "group"} and v.model_fields_set == {"name", "raw", "span"}


def test_update_in_place_is_model_copy_without_the_copy():
    m = Measure(id="1", heading="x", span=(0, 1))
    assert m.model_fields_set == {"id", "heading", "span"}
    expected = m.model_copy(update={"section_id": "1", "targets": []})
    update_in_place(m, {"section_id": "1", "targets": []})
    assert m == expected and m.model_fields_set == {"id", "heading", "span", "section_id", "targets"}


def test_a_model_completed_in_place_shares_the_full_set():
    s = Section(id="1", marker="一、", level=1, heading="加强监管", span=(0, 6), children=[])
    t = Section(id="2", marker="二、", level=1, heading="完善制度", span=(6, 9))
    assert t.model_fields_set == {"id", "marker", "level", "heading", "span"}
    update_in_place(t, {"children": []})
    assert t.__pydantic_fields_set__ is s.__pydantic_fields_set__


def _target(raw: str, span: tuple[int, int]) -> Target:
    return Target(raw=raw, span=span, section_id=None, indicator=None, comparator=">=", value=1.0, unit=None)


def test_a_long_raw_shared_by_items_is_checked_at_each_span():
    text = "森林覆盖率、草原综合植被盖度、湿地保护率、城市建成区绿地率分别达到30%、50%、60%、40%以上。" * 2
    raw = text[:48]
    assert len(raw) == 48
    ok = [_target(raw, (0, 48)), _target(raw, (0, 48)), _target(raw, (51, 99))]
    assert len(NoticeDocument(source=SOURCE, text=text, targets=ok).targets) == 3
    with pytest.raises(ValidationError, match=r"target '森林覆盖率.*' is not grounded: text\[1:49\] is '林覆盖率"):
        NoticeDocument(source=SOURCE, text=text, targets=[*ok, _target(raw, (1, 49))])


def test_a_shared_set_is_sized_for_what_it_holds():
    import sys

    m = Measure(id="1", heading="x", span=(0, 1), lead_units=[], responsible_units=[], supporting_units=[])
    shared = m.__pydantic_fields_set__
    assert shared == {"id", "heading", "span", "lead_units", "responsible_units", "supporting_units"}
    grown = set()  # as pydantic grows it, name by name (728 bytes on CPython 3.11, the sized one 472)
    for name in shared:
        grown.add(name)
    assert sys.getsizeof(shared) < sys.getsizeof(grown)
    m.section_id = "1"
    assert m.model_fields_set == {
        "id",
        "heading",
        "span",
        "lead_units",
        "responsible_units",
        "supporting_units",
        "section_id",
    }
    assert shared == {"id", "heading", "span", "lead_units", "responsible_units", "supporting_units"}


REPEATS = (
    "一、加强监管\n（一）开展检查，2025年底前完成。牵头单位：市环保局。\n"
    "二、完善制度\n（一）建立台账，2025年底前完成。牵头单位：市环保局、市公安局。\n"
)


def test_equal_strings_of_one_document_are_one_string():
    doc = parse_text(REPEATS)
    first, second = doc.sections[0].children[0], doc.sections[1].children[0]
    assert (first.id, first.marker, second.id, second.marker) == ("1.1", "（一）", "2.1", "（一）")
    assert first.marker is second.marker
    a, b = doc.deadlines
    assert (a.raw, a.date, a.span, b.raw, b.date, b.span) == (
        "2025年底前",
        "2025-12-31",
        (15, 22),
        "2025年底前",
        "2025-12-31",
        (51, 58),
    )
    assert a.raw is b.raw and a.date is b.date
    u, v = doc.measures[0].lead_units[0], doc.measures[1].lead_units[0]
    assert (u.name, u.span, v.name, v.span) == ("市环保局", (30, 34), "市环保局", (66, 70))
    assert u.name is v.name


def test_share_strings_replaces_each_string_field_by_the_memos_equal_string():
    from notice_parser.model import share_strings

    memo: dict[str, str] = {}
    marker = "".join(["（", "一", "）"])  # built: not the literal's (interned) object
    a = Section(id="1", marker=marker, level=1, heading="加强监管", span=(0, 6))
    b = Section(id="".join(["1", ".1"]), marker="".join(["（", "一", "）"]), level=2, heading="开展检查", span=(2, 6))
    assert a.marker is not b.marker
    share_strings([a, b], memo)
    assert a.marker is b.marker is marker and memo == {
        "1": "1",
        "（一）": "（一）",
        "加强监管": "加强监管",
        "1.1": "1.1",
        "开展检查": "开展检查",
    }
    assert (b.id, b.level, b.span, b.children) == ("1.1", 2, (2, 6), [])
