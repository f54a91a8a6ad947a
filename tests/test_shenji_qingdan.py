"""An 审计整改 清单 (审计发现的问题 | 整改措施 | 责任单位 | 责任人 | 整改时限 | 整改目标) standing inside a section of the
notice: the problem cells state what the audit found (3个项目未履行招投标程序, 涉及金额860万元), so neither the row
nor the section it stands in reads a target or a time limit in them; the 整改目标 cells hold the goals; 责任人 are
people; 立行立改 and 长期坚持 name no date. The 问题 column's header comes in several wordings."""

from __future__ import annotations

import pytest
from conftest import id_roles

import notice_parser

ROWS = [
    ("1", "3个项目未履行招投标程序，涉及金额860万元。", "完善招投标管理制度。", "县住建局（牵头）、县发展改革局", "李某某", "2026年6月30日前", "建立健全制度2项"),
    ("2", "部分专项资金闲置12个月以上，涉及1250.6万元。", "加快资金拨付。", "县财政局", "王某某", "立行立改", "闲置资金盘活率100%"),
    ("3", "国有资产未入账21处。", "开展资产清查。", "县财政局", "王某某", "长期坚持", "资产入账率达到100%"),
]  # fmt: skip


@pytest.mark.parametrize("problem", ["审计发现的问题", "审计查出的问题", "问题描述", "存在问题"])
def test_problem_cells_in_a_section_give_no_targets(problem):
    header = ["序号", problem, "整改措施", "责任单位", "责任人", "整改时限", "整改目标"]
    table = "<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"
    table += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        "<p>中共某某县委审计委员会办公室关于做好审计查出问题整改工作的通知</p><p>各乡镇党委、政府，县直各部门：</p>"
        f'<p>一、问题整改清单</p><table border="1">{table}</table>'
        "<p>二、工作要求</p><p>（一）按时销号。整改率达到95%以上。</p>"
        "<p>中共某某县委审计委员会办公室</p><p>2026年3月27日</p></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert [(i, a, b, c) for i, a, b, c in id_roles(doc)] == [
        ("table1.row1", ["县住建局"], ["县发展改革局"], []),
        ("table1.row2", [], ["县财政局"], []),
        ("table1.row3", [], ["县财政局"], []),
    ]
    assert sorted((t.section_id, t.value, t.unit) for t in doc.targets) == [
        ("1", 2, "项"),
        ("1", 100, "%"),
        ("1", 100, "%"),
        ("2.1", 95, "%"),
    ]
    assert [(d.section_id, d.kind, getattr(d, "date", None)) for d in doc.deadlines] == [("1", "by", "2026-06-30")]
