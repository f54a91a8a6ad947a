"""Issue 8 item 3: what is not a clause. Duties listed per unit in a 职责分工
section, and responsibility written as running text, make no measures
(shared/ANNOTATE.md, "Conventions settled on real documents")."""

from __future__ import annotations

from conftest import id_roles

import notice_parser


def test_a_duties_section_written_per_unit_stays_sections():
    text = (
        "一、工作任务\n（一）建设应急避难场所。到2025年建成10处。（区应急管理局牵头，各镇政府负责）\n"
        "二、职责分工\n"
        "区民防办：负责应急避难场所建设的统筹协调；\n"
        "区应急管理局：参与应急避难场所的规划，负责日常管理；\n"
        "（一）区卫健局\n1.负责避难场所医疗救护保障。\n2.配合做好卫生防疫。\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures] == ["1.1"]
    assert [u.name for u in doc.measures[0].lead_units] == ["区应急管理局"]
    ids = [s.id for s in notice_parser.model.walk_sections(doc.sections)]
    assert "2.1.1" in ids and "2.1.2" in ids


def test_running_text_with_role_verbs_is_no_clause():
    text = (
        "一、工作任务\n（一）加强资金保障。由区财政局牵头，有关部门共同参与，统筹安排专项资金。"
        "市交通委牵头，各区配合做好相关工作。\n"
    )
    doc = notice_parser.parse_text(text)
    assert doc.measures == []


def test_a_standing_rule_takes_the_role_its_verb_names():
    text = (
        "一、工作任务\n（一）整治村容村貌。（县农业农村局牵头。以下均需各乡镇配合落实，不再列出）\n"
        "（二）治理生活污水。（县生态环境局负责）\n"
    )
    ms = notice_parser.parse_text(text).measures
    assert [[u.name for u in m.supporting_units] for m in ms] == [["各乡镇"], ["各乡镇"]]
    assert [[u.name for u in m.responsible_units] for m in ms] == [[], ["县生态环境局"]]


def test_labels_in_lenticular_brackets_on_their_own_lines_close_the_item():
    text = (
        "某市人民政府办公室关于印发某市营商环境提升行动方案的通知\n各区人民政府，市政府各部门：\n"
        "现将方案印发给你们，请认真贯彻执行。\n一、重点任务\n"
        "（一）优化审批服务。全面推行告知承诺制，压缩审批时限。\n"
        "【责任单位】市发改委、市财政局\n【完成时限】2024年底前\n"
        "（二）加强监管。推进信用监管。【牵头单位】市市场监管局【配合单位】市商务局\n"
    )
    doc = notice_parser.parse_text(text)
    got = id_roles(doc)
    assert got == [
        ("1.1", [], ["市发改委", "市财政局"], []),
        ("1.2", ["市市场监管局"], [], ["市商务局"]),
    ]
    assert [d.date for d in doc.measures[0].deadlines] == ["2024-12-31"]
