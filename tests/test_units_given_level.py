"""units._given_level: one rule gives a dropped level back to a bare name in a list (ANNOTATE: where the
list or the document makes it plain). The document's writing is asked the same way for every level (the
one level it writes the name with in a list: the list's own level when the list writes one, any level when
it writes none); a level a list may lend (every level but 街道) also reaches a known department field, a
short department name, a group, a people's body or a town office."""

from notice_parser.extract.context import Context
from notice_parser.extract.units import split_units


def _last_list(text: str) -> list[str]:
    """The units of the text's last list (after its last ：, up to its closing bracket)."""
    a = text.rindex("：") + 1
    return [u.name for u in split_units(Context(text), a, len(text) - 1)]


def test_a_list_that_writes_no_level_takes_the_jiedao_level_another_list_writes_the_name_with():
    text = "（责任单位：街道经济服务中心、街道社会事业局）\n（责任单位：社会事业局、应急管理局）"
    assert _last_list(text) == ["街道社会事业局", "应急管理局"]


def test_a_list_that_writes_no_level_takes_the_city_level_another_list_writes_the_name_with():
    text = "（责任单位：市教育局、市民政局）\n（责任单位：教育局、应急管理局）"
    assert _last_list(text) == ["市教育局", "应急管理局"]


def test_two_levels_written_with_the_name_give_none():
    text = "（责任单位：街道社会事业局）\n（责任单位：区社会事业局）\n（责任单位：社会事业局）"
    assert _last_list(text) == ["社会事业局"]
    text = "（责任单位：市教育局）\n（责任单位：区教育局）\n（责任单位：教育局）"
    assert _last_list(text) == ["教育局"]


def test_a_jiedao_list_lends_its_level_only_where_the_document_writes_the_name_with_it():
    # the list's own level is the one asked: 区应急管理局 written elsewhere does not make this one 街道's
    text = "（责任单位：区应急管理局、区财政局）\n（责任单位：街道办事处、应急管理局）"
    assert _last_list(text) == ["街道办事处", "应急管理局"]
    text = "（责任单位：街道应急管理局）\n（责任单位：街道办事处、应急管理局）"
    assert _last_list(text) == ["街道办事处", "街道应急管理局"]


def test_a_city_list_lends_its_level_to_a_field_department_the_document_writes_nowhere():
    assert _last_list("（责任单位：市教育局、卫生健康委、民政局）") == ["市教育局", "市卫生健康委", "市民政局"]


def test_a_level_written_in_prose_only_is_given_back_by_no_list():
    text = "根据市教育局《关于做好校园安全工作的通知》要求。（责任单位：教育局、公安分局）"
    assert _last_list(text) == ["教育局", "公安分局"]
    text = "根据街道社会事业局《关于做好校园安全工作的通知》要求。（责任单位：社会事业局）"
    assert _last_list(text) == ["社会事业局"]
