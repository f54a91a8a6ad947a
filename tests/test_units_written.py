"""units._DocumentNames.writes: is a name in the document with its whitespace closed up — asked of
the text as it is until a name is missed, then of a whitespace-free copy made once; the copy goes
with the record when the pipeline lets go of it (release_names)."""

from notice_parser.extract.context import Context
from notice_parser.extract.units import _DocumentNames, release_names, split_units

TEXT = "各单位：\n市 环\n保局负责监督，省地方金融\u3000监管局配合。"


def _written(text: str, name: str) -> bool:
    return _DocumentNames(text).writes(name)


def test_a_name_written_with_whitespace_between_its_characters_is_written():
    assert _written(TEXT, "市环保局") is True
    assert _written(TEXT, "省地方金融监管局") is True
    assert _written(TEXT, "：市环保局负责") is True


def test_a_name_not_written_or_holding_whitespace_is_not():
    assert _written(TEXT, "市水务局") is False
    assert _written(TEXT, "市 环保局") is False
    assert _written(TEXT, "单位市环保局") is False  # ： stands between, not whitespace only
    assert _written(TEXT, "监管局。") is False
    assert _written(TEXT, "局.") is False  # a pattern character is matched as itself


def test_a_name_with_whitespace_is_not_written_even_where_the_text_writes_it_so():
    assert _written(TEXT, "各单位：\n市") is False
    assert _written("市 环保局", "市 环保局") is False


def test_the_empty_name_is_in_every_text_as_in_a_squeezed_one():
    assert _written(TEXT, "") is True
    assert _written("", "") is True


def test_the_copy_is_made_at_the_first_miss_only_and_later_names_are_asked_of_it():
    doc = _DocumentNames(TEXT)
    assert doc.writes("监督") is True  # written as it is: no copy
    assert doc._squeezed is None
    assert doc.writes("市环保局") is True  # the first miss of the text itself
    assert doc._squeezed == "各单位：市环保局负责监督，省地方金融监管局配合。"
    assert doc.writes("各单位：") is True
    assert doc.writes("各单位：\n市") is False
    assert doc.writes("市水务局") is False


def test_release_names_lets_go_of_the_record_and_a_later_split_makes_a_new_one():
    text = "牵头单位：区教育局、卫生健康局。"
    ctx = Context(text)
    first = [u.name for u in split_units(ctx, 5, len(text) - 1)]
    record = ctx.views[_DocumentNames.KEY]
    release_names(ctx)
    assert _DocumentNames.KEY not in ctx.views
    assert [u.name for u in split_units(ctx, 5, len(text) - 1)] == first == ["区教育局", "区卫生健康局"]
    assert ctx.views[_DocumentNames.KEY] is not record
    release_names(ctx)
    release_names(ctx)  # nothing to let go: no error
    assert _DocumentNames.KEY not in ctx.views


def _names(text: str) -> list[str]:
    return [u.name for u in split_units(Context(text), 0, len(text))]


def test_a_line_break_before_a_group_separates_two_names_and_one_inside_a_name_does_not():
    # a table cell's paragraphs (<p>街道综合行政执法局</p><p>各社区（村）</p>, the red-team haimen notice)
    assert _names("街道综合行政执法局\n各社区（村）") == ["街道综合行政执法局", "各社区（村）"]
    assert _names("县农业农村局\n各乡镇人民政府") == ["县农业农村局", "各乡镇人民政府"]
    # a name broken over lines is closed up, as before, and so is a body of the unit above (a PDF wrap)
    assert _names("市市场监督\n管理局") == ["市市场监督管理局"]
    assert _names("市发展和改革委员会\n办公室") == ["市发展和改革委员会办公室"]
    assert _names("市委组织部\n各处室") == _names("市委组织部各处室") == ["市委组织部各处室"]
    assert _names("区住建局\n相关企业") == _names("区住建局相关企业")


def test_a_list_gives_its_jiedao_level_back_only_to_a_name_the_document_writes_with_it():
    text = "街道社会事业局负责汇总。（责任单位：街道经济服务中心、社会事业局、应急管理局）"
    a = text.index("街道经济")
    assert [u.name for u in split_units(Context(text), a, len(text) - 1)] == [
        "街道经济服务中心",
        "街道社会事业局",  # written so in the first sentence
        "应急管理局",  # never written with 街道: the district's
    ]


def test_a_level_written_once_in_prose_is_not_given_to_the_bare_name():
    # a district notice citing 市教育局《…》 keeps its own 教育局 (ANNOTATE: the prefix only where a list or the
    # jurisdiction makes it plain)
    import notice_parser

    text = (
        "某某区人民政府办公室关于加强校园安全工作的通知\n根据市教育局《关于做好2025年校园安全工作的通知》要求，现通知如下。\n"
        "一、任务\n（一）开展隐患排查。（责任单位：教育局、公安分局）\n"
    )
    doc = notice_parser.parse_text(text)
    assert [u.name for m in doc.measures for u in m.responsible_units] == ["教育局", "公安分局"]
    listed = notice_parser.parse_text(text.replace("根据市教育局《", "根据市教育局、市公安局《"))
    assert [u.name for m in listed.measures for u in m.responsible_units] == ["市教育局", "公安分局"]


def test_a_name_in_a_list_is_listed_and_one_in_prose_is_not():
    doc = _DocumentNames("根据市教育局《通知》要求。（责任单位：市 公安局）")
    assert doc.lists("市教育局") is False
    assert doc.lists("市公安局") is True


def test_a_level_after_a_list_mark_is_a_listed_level_but_not_a_word_made_with_it():
    assert _DocumentNames("（市人社局牵头）").lists_level("市") is True
    assert _DocumentNames("（市场监管局牵头）").lists_level("市") is False
    assert _DocumentNames("根据市教育局《通知》").lists_level("市") is False
