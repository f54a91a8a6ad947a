"""model.compact_dict: a model's fields held in a dict that shares its keys with the class's other
instances (as an ordinary object's attributes are), not in the dict pydantic made: the same keys, order,
values and JSON, less memory (the 5 MB notice's document 31.0 -> 24.8 MB, tracemalloc)."""

import copy
import pickle
import tracemalloc
from pathlib import Path

import pytest

from notice_parser import model, parse_text, to_json
from notice_parser.model import Section, Unit, built

TIANSHUI = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"


def _unit() -> dict:
    return {"name": "秦州区委", "raw": "秦州", "span": (10, 12), "canonical": None, "group": False, "adcode": None}


def _kept(text: str):
    """The document of ``text`` and the bytes it holds (tracemalloc)."""
    parse_text(text)  # lazy compiles and process-wide caches out of the count
    tracemalloc.start()
    try:
        doc = parse_text(text)
        return doc, tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def test_a_parse_holds_less_and_gives_the_same_json(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TIANSHUI.read_text(encoding="utf-8")
    doc, compact = _kept(text)
    monkeypatch.setattr(model, "compact_dict", lambda m: None)
    monkeypatch.setattr(model, "_compact", lambda cls, values: values)
    plain_doc, plain = _kept(text)
    assert to_json(doc) == to_json(plain_doc)
    assert len(doc.measures) > 20
    assert compact < 0.9 * plain, (compact, plain)


def test_models_keep_the_class_field_order() -> None:
    section = Section(id="1", marker="一、", level=1, heading="任务", span=(0, 5), children=[])
    assert list(section.__dict__.items()) == [
        ("id", "1"),
        ("marker", "一、"),
        ("level", 1),
        ("heading", "任务"),
        ("span", (0, 5)),
        ("children", []),
    ]
    assert list(built(Unit, _unit()).__dict__.items()) == list(_unit().items())
    measure = parse_text("一、任务\n（一）治理扬尘。（牵头单位：市环保局；责任单位：秦州区政府）\n").measures[0]
    assert list(measure.__dict__) == list(type(measure).model_fields)
    assert [u.name for u in measure.lead_units] == ["市环保局"]


def test_compact_models_copy_pickle_and_assign_as_before() -> None:
    made = built(Unit, _unit())
    assert pickle.loads(pickle.dumps(made)) == made == Unit(**_unit())
    assert copy.deepcopy(made) == made
    changed = made.model_copy(update={"name": "秦州区政府"})
    assert (changed.name, made.name) == ("秦州区政府", "秦州区委")
    made.canonical = "天水市秦州区委员会"
    assert list(made.__dict__)[3] == "canonical"
    assert built(Unit, _unit()).canonical is None
    assert made.model_dump_json() == (
        '{"name":"秦州区委","raw":"秦州","span":[10,12],"canonical":"天水市秦州区委员会","group":false,"adcode":null}'
    )
