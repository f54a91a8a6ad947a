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
    # (as in shiwan, the zone's own bureaus are written bare in clause after clause: that is what refuses them 区)
    "（四）培育服务商。到2026年引进数字化服务商10家。（经济发展局牵头，科技创新局、规划建设局配合）\n"
)


def _roles(issuer: str) -> list:
    text = f"{issuer}关于印发某工作方案的通知\n各有关单位：\n现印发给你们。\n{issuer}\n2025年3月1日\n{BODY}{issuer}党政办公室 2025年3月1日印发\n"
    return [m[1:] for m in id_roles(notice_parser.parse_text(text))]


def test_a_zones_notice_lends_no_district_level():
    assert _roles("石湾经济技术开发区管理委员会") == [
        (["科技创新局"], [], ["区数据局", "规划建设局"]),
        (["区数据局"], [], ["公安分局", "经济发展局"]),
        (["党政办公室"], [], ["经济发展局"]),
        (["经济发展局"], [], ["科技创新局", "规划建设局"]),
    ]


def test_a_districts_notice_still_lends_its_level():
    got = _roles("某市某区人民政府办公室")
    assert got[0] == (["区科技创新局"], [], ["区数据局", "区规划建设局"])


def _zone_roles(clauses: str, issuer: str = "某某经济技术开发区管理委员会") -> list:
    text = f"{issuer}关于印发某工作方案的通知\n各有关单位：\n现印发给你们。\n{issuer}\n2025年3月1日\n一、重点任务\n{clauses}"
    return [m[1:] for m in id_roles(notice_parser.parse_text(text))]


def test_a_zones_list_lends_its_district_level_to_names_written_only_there():
    # REVIEW11 item 4: a bureau the zone's notice writes bare nowhere else is the district's, as the list says
    assert _zone_roles("（一）推进项目建设。6月底前完成（区经发局、财政局、市场监管局负责）。\n") == [
        ([], ["区经发局", "区财政局", "区市场监管局"], [])
    ]
    assert _zone_roles("（一）盘活存量用地。9月底前完成（区自然资源局牵头，建设局、财政局配合）。\n") == [
        (["区自然资源局"], [], ["区建设局", "区财政局"])
    ]
    assert _zone_roles(
        "（一）开展安全检查。每季度开展1次（区应急管理局牵头，卫生健康局、消防救援大队配合）。\n", "某某高新区管委会"
    ) == [(["区应急管理局"], [], ["区卫生健康局", "消防救援大队"])]


def test_a_zones_list_lends_no_district_level_to_its_own_bureaus_written_bare_elsewhere():
    clauses = (
        "（一）推进项目建设。6月底前完成（区经发局、财政局负责）。\n"
        "（二）兑现奖补资金。每季度兑现1次（财政局牵头，经发局配合）。\n"
    )
    # (经发局 is written 区经发局 in a list: the document's writing gives it back)
    assert _zone_roles(clauses) == [([], ["区经发局", "财政局"], []), (["财政局"], [], ["区经发局"])]


def test_within_a_level_is_no_level_a_clause_lends():
    # 区内重点企业 (tongjiang), 市内各银行: "within the district/city", no unit of that level to share
    clause = "（一）加强应急救援。每半年组织1次演练。牵头单位：应急管理办公室；参与单位：消防救援大队、区内重点企业。\n"
    assert _zone_roles(clause) == [(["应急管理办公室"], [], ["消防救援大队", "区内重点企业"])]
    assert _zone_roles(clause, "某市某区人民政府办公室") == [(["应急管理办公室"], [], ["消防救援大队", "区内重点企业"])]
    assert _zone_roles(
        "（一）加大信贷投放。年内新增贷款10亿元（金融工作局牵头，市内各银行配合）。\n", "某市人民政府办公室"
    ) == [(["金融工作局"], [], ["市内各银行"])]
