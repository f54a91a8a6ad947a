"""Whose is a clause that follows a block's last item: the item's, or the block's? (measures.
_blocks_closed_by_their_last_item, _clauses_set_back_to_their_block). Real phrases from redteam6 qujing-2025 (a
Word 实施方案: （1）（2）（3） paragraphs under 1. 2., the clause closing （3）'s paragraph, or on a line of its own
after （2）), redteam12 jiangxi-2026 (a Markdown 细则: nested 1. lists, a clause closing item 3, and a clause
paragraph set back to the outer item's indent after the nested list) and redteam2 yichang-2025 (a run-in list on
the block's own line: the block's)."""

from __future__ import annotations

import notice_parser


def _measures(text: str, *, markdown: bool = False) -> dict[str, tuple[list[str], list[str], list[str]]]:
    doc = notice_parser.parse(text.encode("utf-8"), format="txt") if markdown else notice_parser.parse_text(text)
    return {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }


_QUJING = (
    "二、重点任务\n"
    "（一）科学编制建设规划\n"
    "各县（市、区）要结合国土空间规划，编制高标准农田建设规划。（各县〔市、区〕农业农村局负责）\n"
    "（二）严格建设标准\n"
    "1.提升田间工程质量。重点抓好以下环节：\n"
    "（1）土地平整工程：坡改梯田面坡度控制在5度以内，耕作层厚度不低于25厘米；\n"
    "（2）灌溉与排水工程：渠系水利用系数达到0.75以上，灌溉保证率不低于75%；\n"
    "（3）田间道路工程：机耕路通达度平原区达到100%、山区达到90%以上。（局农田建设管理科牵头，局农业机械化服务中心配合）\n"
    "2.加强耕地质量提升。统筹实施土壤改良、地力培肥、酸化耕地治理等措施，具体要求如下：\n"
    "（1）每个项目区布设耕地质量监测点不少于1个，建设前后各开展一次耕地质量等级评价；\n"
    "（2）推广秸秆还田、增施有机肥等措施，项目区土壤有机质含量年均提高0.1个百分点。\n"
    "（责任单位：市土壤肥料工作站，各县〔市、区〕农业农村局）\n"
    "3.强化质量监管。实行项目法人制、招标投标制、工程监理制。（局建设管理科负责）\n"
    "三、保障措施\n"
    "（一）加强组织领导。\n"
)


def test_a_clause_closing_the_last_items_own_paragraph_is_that_items():
    m = _measures(_QUJING)
    assert m["2.2.1.3"] == (["局农田建设管理科"], [], ["局农业机械化服务中心"])
    # the list closes its items, so the clause on its own line after （2） is （2）'s too (the gold's "last open section")
    assert m["2.2.2.2"] == ([], ["市土壤肥料工作站", "各县〔市、区〕农业农村局"], [])
    assert "2.2.1" not in m and "2.2.2" not in m


def test_a_run_in_list_on_the_blocks_line_is_closed_by_the_blocks_clause():
    # yichang-2025: （八）… 1.… 2.… 3.…（责任单位：…） on one line, among blocks that close with their clause
    text = (
        "二、重点任务\n"
        "（一）提升中医药服务能力。推广中医药适宜技术。（责任单位：市卫生健康委中医科，各县市区卫生健康局）\n"
        "（二）提升基层公共卫生服务水平。1.做实基本公共卫生服务项目，老年人健康管理率达到70%以上。"
        "2.加强传染病监测预警。3.推进医防融合，每个县市区至少打造3个示范乡镇卫生院。"
        "（责任单位：市卫生健康委疾控科，市疾控中心，各县市区卫生健康局）\n"
        "（三）加强村级医疗卫生服务保障。统筹解决乡村医生养老问题。（责任单位：市财政局，各县市区人民政府）\n"
    )
    assert sorted(_measures(text)) == ["2.1", "2.2", "2.3"]


_JIANGXI = (
    "# 江西省城镇燃气安全隐患排查整治实施细则\n"
    "\n"
    "## 二、排查内容与方式\n"
    "\n"
    "1. 燃气经营企业排查。\n"
    "   1. 场站设施：重点检查储罐、调压设施，每月至少开展1次全面自查。（燃气经营企业负责）\n"
    "   2. 管网设施：对运行年限超过20年的管道完成评估。（各设区市燃气主管部门负责，燃气经营企业具体实施）\n"
    "2. 用户端排查。\n"
    "   1. 居民用户每年入户安全检查不少于1次，检查结果录入省城镇燃气监管平台。\n"
    "   2. 非居民用户按下列要求实施：\n"
    "      餐饮场所每半年不少于1次；\n"
    "      检查发现的隐患，当场不能整改的须在7日内复查。\n"
    "\n"
    "   （设区市、县级燃气主管部门按职责分工负责，商务、教育、卫生健康、民政部门配合）\n"
    "\n"
    "## 三、整改要求\n"
    "\n"
    "1. 分级整改。\n"
    "   1. 一般隐患：责令立即整改，整改期限最长不超过30日。\n"
    "   2. 较大隐患：由燃气经营企业制定整改方案，60日内完成整改并报主管部门复核。\n"
    "   3. 重大隐患：实行挂牌督办，原则上不超过90日。（各设区市人民政府负责，省住房城乡建设厅指导）\n"
    "2. 执法检查。省、市两级每年组织不少于2轮执法检查。（省住房城乡建设厅负责，省应急管理厅参与）\n"
)


def test_a_markdown_clause_paragraph_set_back_to_the_outer_items_indent_is_the_outer_items():
    m = _measures(_JIANGXI, markdown=True)
    assert m["2.2"][1] == ["设区市燃气主管部门", "县级燃气主管部门"]
    assert m["2.2"][2] == ["商务部门", "教育部门", "卫生健康部门", "民政部门"]
    assert "2.2.2" not in m


def test_a_markdown_clause_closing_a_nested_items_line_is_that_items():
    m = _measures(_JIANGXI, markdown=True)
    assert m["3.1.3"] == (["省住房城乡建设厅"], ["各设区市人民政府"], [])
    assert "3.1" not in m


def test_a_four_space_nested_list_and_a_clause_inside_the_last_item():
    # the nested list indented by four spaces: a paragraph set back to four spaces after it is the outer item's
    text = _JIANGXI.replace("\n   ", "\n    ").replace("\n      ", "\n        ")
    m = _measures(text, markdown=True)
    assert "2.2" in m and "2.2.2" not in m
    # a clause paragraph indented as the nested item's own text stays the nested item's
    text = _JIANGXI.replace("\n   （设区市", "\n      （设区市")
    m = _measures(text, markdown=True)
    assert "2.2.2" in m and "2.2" not in m


def test_a_text_that_indents_every_paragraph_alike_says_nothing_of_nesting():
    # a 公文 .txt: every paragraph opens with two full-width blanks, the clause line after （2） too (after a blank
    # line); the only clause of its list, it stays （2）'s
    text = (
        "二、重点任务\n"
        "\u3000\u3000（一）严格建设标准\n"
        "\u3000\u30001.加强耕地质量提升。具体要求如下：\n"
        "\u3000\u3000（1）每个项目区布设耕地质量监测点不少于1个；\n"
        "\u3000\u3000（2）项目区土壤有机质含量年均提高0.1个百分点。\n"
        "\n"
        "\u3000\u3000（责任单位：市土壤肥料工作站，各县〔市、区〕农业农村局）\n"
        "\u3000\u30002.强化质量监管。实行项目法人制。\n"
    )
    m = _measures(text)
    assert "2.1.1.2" in m and "2.1.1" not in m
