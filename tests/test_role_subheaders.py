"""A merged responsibility header over bare role words (责任单位 over 牵头 | 配合, 责任部门 over 主办 | 协办):
Word and WPS task tables (曲靖 高标准农田 实施方案: gridSpan 责任单位 over 牵头|配合, vMerge 序号/完成时限)."""

from __future__ import annotations

import pytest

import notice_parser


def _roles(page: str):
    doc = notice_parser.parse(page.encode(), format="html")
    return [([u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures]


@pytest.mark.parametrize(("top", "lead", "helper"), [("责任单位", "牵头", "配合"), ("责任部门", "主办", "协办")])
def test_bare_role_words_under_a_merged_responsibility_header(top, lead, helper):
    page = (
        "<table><tr><td rowspan='2'>序号</td><td rowspan='2'>重点任务</td>"
        f"<td colspan='2'>{top}</td><td rowspan='2'>完成时限</td></tr>"
        f"<tr><td>{lead}</td><td>{helper}</td></tr>"
        "<tr><td>1</td><td>完成已建项目清查评估</td><td>局农田建设管理科</td><td>各县（市、区）农业农村局</td>"
        "<td>2025年4月底前</td></tr>"
        "<tr><td>2</td><td>编制县级建设规划</td><td>市土壤肥料工作站</td><td>局计划财务科</td><td>2025年6月底前</td></tr>"
        "</table>"
    )
    assert _roles(page) == [
        (["局农田建设管理科"], ["各县（市、区）农业农村局"]),
        (["市土壤肥料工作站"], ["局计划财务科"]),
    ]
