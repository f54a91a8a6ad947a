"""Each place of a unit in a document is an object of its own (as when the canonical names
were set on copies): a standing rule adds its units to many measures, and changing the unit
of one measure must not change another's (issue 10: units are completed in place)."""

from notice_parser import parse_text

TEXT = (
    "一、总体要求\n"
    "（一）开展检查。（生态环境部指导，各县（市、区）人民政府负责落实。"
    "以下各项任务均需各县（市、区）人民政府落实，不再一一列出）\n"
    "（二）完成整治。（牵头单位：市环保局）\n"
    "（三）加强宣传。（牵头单位：市委宣传部）\n"
)


def test_a_standing_rules_unit_is_its_own_object_in_each_measure():
    doc = parse_text(TEXT)
    assert [[u.name for u in m.responsible_units] for m in doc.measures] == [["各县（市、区）人民政府"]] * 3
    second, third = doc.measures[1].responsible_units[0], doc.measures[2].responsible_units[0]
    assert second is not third and second == third
    assert (third.canonical, third.group) == (None, True)  # a group of units, no one name
    second.canonical = "某县人民政府"
    assert third.canonical is None
    assert third.__pydantic_fields_set__ is doc.measures[0].responsible_units[0].__pydantic_fields_set__
