"""The model refuses output that passes the schema but breaks the contract
(issue 12), and the inputs that used to produce such output now parse to
valid documents.

Each reproducer comes from ``shared/repro/make_inputs.py``.
"""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import notice_parser
from notice_parser.model import NoticeDocument, walk_sections


def _data(text: str) -> dict:
    return json.loads(notice_parser.to_json(notice_parser.parse_text(text)))


BASE = "一、总体要求\n（一）加强领导。（牵头单位：市环保局）\n（二）完善机制。（牵头单位：市财政局）\n"


# --- the model refuses ---------------------------------------------------------------------------


def test_an_inverted_span_is_refused():
    data = _data(BASE)
    data["measures"][0]["span"] = [30, 20]
    with pytest.raises(ValidationError, match=r"start <= end"):
        NoticeDocument.model_validate(data)


def test_a_negative_span_is_refused():
    data = _data(BASE)
    data["sections"][0]["span"] = [-1, 5]
    with pytest.raises(ValidationError, match=r"start <= end"):
        NoticeDocument.model_validate(data)


def test_a_child_outside_its_parent_is_refused():
    data = _data(BASE)
    data["sections"][0]["span"] = [0, 30]  # its child （二） starts at 27 and ends at 46
    with pytest.raises(ValidationError, match=r"section 1\.2 \[27, 46\] lies outside its parent 1 \[0, 30\]"):
        NoticeDocument.model_validate(data)


def test_two_sections_with_one_id_are_refused():
    data = _data(BASE)
    data["sections"][0]["children"][1]["id"] = "1.1"
    with pytest.raises(ValidationError, match=r"two sections have the id '1\.1'"):
        NoticeDocument.model_validate(data)


def test_two_measures_with_one_id_are_refused():
    data = _data(BASE)
    data["measures"][1]["id"] = "1.1"
    with pytest.raises(ValidationError, match=r"two measures have the id '1\.1'"):
        NoticeDocument.model_validate(data)


def test_a_span_past_the_text_is_refused():
    data = _data(BASE)
    data["measures"][1]["span"] = [40, 10_000]
    with pytest.raises(ValidationError, match=r"measure 1\.2 ends at 10000, past the text"):
        NoticeDocument.model_validate(data)


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan")])
@pytest.mark.parametrize("field", ["value", "value_max", "baseline"])
def test_a_number_that_is_not_finite_is_refused(field, bad):
    data = _data("一、总体要求\n（一）森林覆盖率达到60%。（牵头单位：市林业局）\n")
    assert data["targets"][0]["value"] == 60.0
    data["targets"][0][field] = bad
    with pytest.raises(ValidationError, match="finite number"):
        NoticeDocument.model_validate(data)


# --- the reproducers now parse to valid output ---------------------------------------------------


def test_400_nines_are_no_target_and_no_infinity():
    text = "一、总体要求\n（一）湿地面积达到" + "9" * 400 + "公顷。（市环保局负责）\n"
    out = notice_parser.to_json(notice_parser.parse_text(text))
    assert "Infinity" not in out and "NaN" not in out
    data = json.loads(out)
    assert data["targets"] == []
    assert [u["name"] for u in data["measures"][0]["responsible_units"]] == ["市环保局"]


def test_a_bracket_inside_a_label_run_gives_one_measure_with_ordered_span():
    text = "一、总体要求\n（一）加强领导。责任单位：市环保局（牵头单位：市财政局）和市水务局\n"
    doc = notice_parser.parse_text(text)
    assert [(m.id, m.span) for m in doc.measures] == [("1.1", (7, 40))]
    m = doc.measures[0]
    assert [(u.raw, u.span) for u in m.lead_units] == [("市财政局", (30, 34))]
    assert [(u.raw, u.span) for u in m.responsible_units] == [("市环保局", (20, 24)), ("市水务局", (36, 40))]


def test_a_section_after_a_closing_date_line_is_not_a_child_of_the_one_before():
    doc = notice_parser.parse_text("一、总体要求\n1.加强领导\n2017年7月5日\n2.完善机制（市环保局负责）\n")
    tree = [(s.id, s.span, [c.id for c in s.children]) for s in walk_sections(doc.sections)]
    assert tree == [("1", (0, 13), ["1.1"]), ("1.1", (7, 13), []), ("2", (24, 38), [])]


def test_two_numbering_styles_with_one_number_do_not_share_an_id():
    doc = notice_parser.parse_text("一、总体要求\n1.加强领导。（市环保局负责）\n（一）完善机制。（市财政局负责）\n")
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1"]
    assert [m.id for m in doc.measures] == ["1.1-1", "1.1-2"]


def test_a_numbered_item_that_mentions_an_official_account_is_not_page_chrome():
    text = "一、重点任务\n1.加强宣传。（牵头单位：市委宣传部）\n2.在官方网站、微信公众号开辟专区。（牵头单位：市工信局）\n3.完善机制。（牵头单位：市财政局）\n"
    doc = notice_parser.parse_text(text)
    top = doc.sections[0]
    assert [c.id for c in top.children] == ["1.1", "1.2", "1.3"]
    assert top.span == (0, len(text) - 1)
