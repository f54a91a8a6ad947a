"""Rule-level fixtures kept as data in tests/cases/*.txt (real phrases)."""

from __future__ import annotations

import re

import pytest
from conftest import case_rows

import notice_parser
from notice_parser.model import walk_sections

ROLE_KEYS = {"lead": "lead_units", "responsible": "responsible_units", "supporting": "supporting_units"}


def _unescape(s: str) -> str:
    """The case files write a line break as \\n and other characters as \\uXXXX."""
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def _params(name):
    return [row.param(row.fields[0], " | ".join(row.fields[1:]), name=name) for row in case_rows(name)]


@pytest.mark.parametrize(("clause", "expected"), _params("units.txt"))
def test_clause_roles_and_units(clause, expected):
    doc = notice_parser.parse_text(f"一、任务\n（一）完成整改任务。{_unescape(clause)}\n")
    assert len(doc.measures) == 1, f"no single measure for {clause}"
    m = doc.measures[0]
    want = {k: [] for k in ROLE_KEYS.values()}
    for item in expected.split():
        role, _, names = item.partition("=")
        want[ROLE_KEYS[role]] = names.split("，")
    got = {k: [u.name for u in getattr(m, k)] for k in ROLE_KEYS.values()}
    assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in want.items()}
    for k in ROLE_KEYS.values():
        for u in getattr(m, k):
            assert doc.text[u.span[0] : u.span[1]] == u.raw


@pytest.mark.parametrize(("text", "expected"), _params("markers.txt"))
def test_sections_from_markers(text, expected):
    doc = notice_parser.parse_text(_unescape(text))
    got = [f"{s.id}:{s.heading}" for s in walk_sections(doc.sections)]
    assert got == expected.split()


@pytest.mark.parametrize(("text", "expected"), _params("header.txt"))
def test_header_fields(text, expected):
    doc = notice_parser.parse_text(_unescape(text))
    n = doc.notice
    for pair in expected.split(" ; "):
        field, _, value = pair.partition("=")
        got = getattr(n, field)
        if field == "attachments":
            got = "，".join(a.title for a in got)
        elif isinstance(got, list):
            got = "，".join(got)
        assert (got or "") == value, f"{field}: {got!r} != {value!r}"


def test_combined_place_suffix_is_resolved_from_the_document():
    text = (
        "一、任务\n（一）治理水体。秦州区、麦积区、秦安县、张家川县政府要制定方案。"
        "(牵头单位:市水务局;责任单位:秦州、麦积、秦安、张家川县区政府)\n"
    )
    m = notice_parser.parse_text(text).measures[0]
    assert [u.name for u in m.responsible_units] == ["秦州区政府", "麦积区政府", "秦安县政府", "张家川县政府"]
    assert [u.raw for u in m.responsible_units] == ["秦州", "麦积", "秦安", "张家川县区政府"]


def test_line_break_inside_a_unit_name_is_closed_up_but_raw_keeps_it():
    text = "一、任务\n（一）加强监管。(牵头单位:市 \u00a0\n环保局;责任单位:各县区政府)\n"
    doc = notice_parser.parse_text(text)
    lead = doc.measures[0].lead_units[0]
    assert lead.name == "市环保局"
    assert lead.raw == "市 \u00a0\n环保局"
    assert doc.text[lead.span[0] : lead.span[1]] == lead.raw


def test_first_listed_convention_makes_the_first_unit_lead_from_then_on():
    text = (
        "一、任务\n（一）完善体系。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）\n"
        "（二）强化支撑。（农业农村部、科技部负责）\n（三）加强领导。（农业农村部、工业和信息化部牵头负责）\n"
    )
    ms = notice_parser.parse_text(text).measures
    assert [[u.name for u in m.lead_units] for m in ms] == [
        ["工业和信息化部"],
        ["农业农村部"],
        ["农业农村部", "工业和信息化部"],
    ]
    assert [u.name for u in ms[1].responsible_units] == ["科技部"]


def test_standing_rule_adds_its_unit_to_every_later_measure_only():
    text = (
        "一、任务\n（一）建立机制。（生态环境部牵头，国家统计局参与）\n"
        "（二）优化体制。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
        "（三）强化监管。（市场监管总局负责）\n"
    )
    ms = notice_parser.parse_text(text).measures
    assert [[u.name for u in m.responsible_units] for m in ms] == [
        [],
        ["试点城市政府"],
        ["市场监管总局", "试点城市政府"],
    ]


def test_several_clauses_in_one_section_make_numbered_measures():
    text = "一、打造数字政府\n1.推动转型。整合系统（省大数据局牵头，各市政府配合）。推进认证（省公安厅负责）。\n"
    ms = notice_parser.parse_text(text).measures
    assert [m.id for m in ms] == ["1.1-1", "1.1-2"]
    assert ms[1].span[0] == ms[0].span[1]


def test_parenthesised_remarks_are_not_clauses():
    text = "一、任务\n（一）建设云平台（1个省级政务云平台，N个市级政务云节点）。推进县（市、区）和乡镇（街道）建设。\n"
    assert notice_parser.parse_text(text).measures == []


def test_first_listed_convention_stated_in_a_note_applies_to_later_clauses():
    text = "说明：以下各项任务中，列第一位者为牵头单位。\n一、任务\n（一）完善体系。（市发展改革委、市财政局负责）\n"
    m = notice_parser.parse_text(text).measures[0]
    assert [u.name for u in m.lead_units] == ["市发展改革委"]
    assert [u.name for u in m.responsible_units] == ["市财政局"]


def test_role_lines_after_a_measure_are_one_clause_with_its_time_limit():
    text = (
        "二、整改任务\n1．强化扬尘污染管控。2022年6月底前完成视频监控安装。\n"
        "牵头单位：县住房和城乡建设局\n配合单位：县生态环境分局、各乡镇人民政府\n完成时限：2022年6月底前\n"
        "2．推进燃煤锅炉淘汰。完成淘汰任务。\n牵头单位：县发展和改革局\n责任单位：县市场监督管理局，县生态环境分局\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures] == ["2.1", "2.2"]
    first = doc.measures[0]
    assert [u.name for u in first.lead_units] == ["县住房和城乡建设局"]
    assert [u.name for u in first.supporting_units] == ["县生态环境分局", "各乡镇人民政府"]
    assert "完成时限" in doc.text[first.span[0] : first.span[1]]
    assert [u.name for u in doc.measures[1].responsible_units] == ["县市场监督管理局", "县生态环境分局"]


def test_a_label_after_the_last_sentence_closes_the_measure():
    text = "一、任务\n1.坚决遏制高耗能项目盲目上马。2024年6月底前完成排查。责任单位：市发展改革委（牵头）、市工信局。\n"
    m = notice_parser.parse_text(text).measures[0]
    assert m.id == "1.1"
    assert [u.name for u in m.lead_units] == ["市发展改革委"]
    assert [u.name for u in m.responsible_units] == ["市工信局"]


def test_a_bare_unit_list_is_a_clause_only_under_the_first_listed_convention():
    plain = "一、任务\n（一）加强协调（省经济和信息化委、省发展改革委、省环保厅）。\n"
    assert notice_parser.parse_text(plain).measures == []
    ruled = "各项任务中，列第一位的为牵头单位。\n" + plain
    m = notice_parser.parse_text(ruled).measures[0]
    assert [u.name for u in m.lead_units] == ["省经济和信息化委"]
    assert [u.name for u in m.responsible_units] == ["省发展改革委", "省环保厅"]


def test_numbered_attachment_list_is_not_sections():
    text = (
        "某市人民政府关于印发某方案的通知\n某政发〔2020〕5号\n各区县人民政府：\n现印发给你们。\n"
        "附件：1．XX县整改任务清单\n　　　2．XX县领导小组成员名单\n某市人民政府\n二〇二〇年三月五日\n"
        "某方案\n一、任务\n（一）治理。（市环保局负责）\n"
    )
    doc = notice_parser.parse_text(text)
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1"]
    assert [a.title for a in doc.notice.attachments] == ["XX县整改任务清单", "XX县领导小组成员名单"]


def test_a_standing_rule_written_as_a_sentence_applies_forward():
    text = (
        "各县（市、区）人民政府是各项任务的责任主体，以下不再列出。\n一、任务\n"
        "（一）治理扬尘。（市住建局牵头）\n（二）治理燃煤。（市发展改革委牵头）\n"
    )
    ms = notice_parser.parse_text(text).measures
    assert [[u.name for u in m.responsible_units] for m in ms] == [["各县（市、区）人民政府"]] * 2


def test_a_standing_rule_with_yishang_reaches_back_to_the_measures_before_it():
    text = (
        "一、任务\n（一）治理扬尘。（市住建局牵头，市城管局配合）\n（二）治理燃煤。（市生态环境局牵头）\n"
        "以上任务各县（市、区）人民政府均为责任单位，不再一一列出。\n二、保障\n（三）加强领导。（市政府办公室负责）\n"
    )
    ms = notice_parser.parse_text(text).measures
    assert [[u.name for u in m.responsible_units] for m in ms] == [
        ["各县（市、区）人民政府"],
        ["各县（市、区）人民政府"],
        ["市政府办公室"],
    ]
