"""model.built: a model made without validation from values the code made is the model validation makes."""

import copy
import pickle

from notice_parser import parse_text
from notice_parser.model import Unit, built


def _fields() -> dict:
    return {"name": "秦州区委", "raw": "秦州", "span": (10, 12), "canonical": None, "group": False, "adcode": None}


def test_built_unit_is_the_validated_unit() -> None:
    made, checked = built(Unit, _fields()), Unit(**_fields())
    assert made == checked
    assert (
        made.model_dump_json()
        == checked.model_dump_json()
        == ('{"name":"秦州区委","raw":"秦州","span":[10,12],"canonical":null,"group":false,"adcode":null}')
    )
    assert repr(made) == repr(checked)
    # the one shared set of field names, as share_fields_set gives a validated model (model_fields_set
    # hands out a copy of it, made the model's own)
    assert made.__pydantic_fields_set__ is checked.__pydantic_fields_set__
    assert made.model_fields_set == checked.model_fields_set == set(Unit.model_fields)


def test_built_unit_copies_and_pickles_as_a_validated_one() -> None:
    made = built(Unit, _fields())
    assert pickle.loads(pickle.dumps(made)) == made
    assert copy.deepcopy(made) == made
    changed = made.model_copy(update={"name": "秦州区政府"})
    assert (changed.name, made.name) == ("秦州区政府", "秦州区委")
    made.canonical = "天水市秦州区委员会"  # an assignment changes this model's set only, never the shared one
    assert built(Unit, _fields()).canonical is None


def test_units_of_a_parse_are_grounded() -> None:
    text = "一、任务\n（一）治理扬尘。（牵头单位：市环保局；责任单位：秦州、麦积区政府）\n"
    doc = parse_text(text)
    units = [u for m in doc.measures for u in (*m.lead_units, *m.responsible_units)]
    assert [(u.name, u.raw) for u in units] == [
        ("市环保局", "市环保局"),
        ("秦州区政府", "秦州"),
        ("麦积区政府", "麦积区政府"),
    ]
    assert all(text[u.span[0] : u.span[1]] == u.raw for u in units)
