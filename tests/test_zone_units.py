"""A notice a development zone's body issues names the zone's own bureaus bare (经济发展局, 科技创新局) and the
district's with 区 (区数据局: tests/redteam12 shiwan, tests/redteam9 qingxi-jingkaiqu): 区 is no level of the
issuer's own bureaus, so neither a list nor a clause lends it to a bare name, and 开发区党政办公室 is no 区党政办公室
written. A district's own notice still lends it (区教育局、卫生健康局 → 区卫生健康局)."""

from __future__ import annotations

from conftest import id_roles

import notice_parser

BODY = (
    "一、重点任务\n"
    "（一）推进工业互联网。到2027年上云企业数量达到1500家。（科技创新局牵头，区数据局、规划建设局参与）\n"
    "（二）加强数据安全。每年组织网络安全应急演练不少于2次。（区数据局牵头，公安分局、经济发展局配合）\n"
    "（三）强化评估。每年12月15日前完成年度评估。（党政办公室牵头，经济发展局配合）\n"
)


def _roles(issuer: str) -> list:
    text = f"{issuer}关于印发某工作方案的通知\n各有关单位：\n现印发给你们。\n{issuer}\n2025年3月1日\n{BODY}{issuer}党政办公室 2025年3月1日印发\n"
    return [m[1:] for m in id_roles(notice_parser.parse_text(text))]


def test_a_zones_notice_lends_no_district_level():
    assert _roles("石湾经济技术开发区管理委员会") == [
        (["科技创新局"], [], ["区数据局", "规划建设局"]),
        (["区数据局"], [], ["公安分局", "经济发展局"]),
        (["党政办公室"], [], ["经济发展局"]),
    ]


def test_a_districts_notice_still_lends_its_level():
    got = _roles("某市某区人民政府办公室")
    assert got[0] == (["区科技创新局"], [], ["区数据局", "区规划建设局"])
