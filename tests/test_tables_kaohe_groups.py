"""An assessment table (考核细则) whose 序号 column numbers only the groups:
一、 merged down over the rows of its departments, the group's name a row
spanning the other columns (市场主体准入与政务服务（35分）), the departments
row headers (<th>, some rowspan=2, one cell naming two departments split by
<br>), numbered 1. 2. scoring items in the 评分标准 cells, a last 加分项 row.
Phrases from the Zunyi 2025 营商环境 考核细则 (tests/redteam3) and the Shicheng
考核 pages' shape rules (tests/gold/round2, heldout2) checked side by side:

* the groups are the sections; a department row has no number of its own, so
  its 1. 2. items (they start again in every row) are no sections and its
  text is the group's (Shicheng's items stay sections: there each row, or the
  sub-rows under one department cell, is numbered);
* each department row is a measure ``table1.row<M>``, M counting the units'
  rows (the 序号 numbers groups only; Shicheng's rows, numbered, are counted
  by position), a rowspan department carried down;
* the units' role: the sentence that says whom the document assesses
  (考核对象为承担…牵头任务的市直部门 → lead; …责任单位 → responsible);
* a clause in a row's 考核内容 cell (获得用气（市住房城乡建设局配合）) is the row's.
"""

from __future__ import annotations

import notice_parser

PAGE = """<html><head><meta charset="utf-8"></head><body>
<div class="d-title">某市优化营商环境工作领导小组办公室关于印发《某市2025年度优化营商环境工作考核细则》的通知</div>
<div class="d-content">
<p>各县（市、区）人民政府，市优化营商环境工作领导小组各成员单位：</p>
<p>　　现将《某市2025年度优化营商环境工作考核细则》印发给你们，请对照考核内容和评分标准认真抓好落实。</p>
<p>　　本细则考核对象为{subject}。</p>
<p style="text-align:right">某市优化营商环境工作领导小组办公室</p>
<p style="text-align:right">2025年2月24日</p>
<table border="1">
<tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核内容</th><th>评分标准</th></tr>
<tr><td rowspan="4">一、</td><td colspan="4"><b>市场主体准入与政务服务（35分）</b></td></tr>
<tr><th rowspan="2">市市场监管局</th><td>10</td><td>开办企业便利度。企业开办实行“一网通办”。</td><td>1.每月抽查企业开办办件不少于50件，平均办理时间超过0.5个工作日的，每月扣0.5分。<br>2.被省级及以上通报批评的，每次扣2分。</td></tr>
<tr><td>6</td><td>市场主体注销便利度。</td><td>1.简易注销平均办理时间超过3个工作日的扣2分。<br>2.未按季度报送注销便利化改革情况的，每缺1次扣1分。</td></tr>
<tr><th>市政务服务中心</th><td>8</td><td>政务服务事项网上可办。</td><td>1.全程网办率每低于目标1个百分点扣0.5分，扣完为止。</td></tr>
<tr><td rowspan="3">二、</td><td colspan="4"><b>要素保障与项目建设（50分）</b></td></tr>
<tr><th>市水务局</th><td>4</td><td>获得用气（市住房城乡建设局配合）。燃气报装办理时间压缩至4个工作日以内。</td><td>1.办理时间每超过1个工作日扣0.5分。</td></tr>
<tr><th>市司法局<br>市发展改革委</th><td>10</td><td>涉企执法和营商环境投诉办理。</td><td>1.每季度抽查行政执法案卷不少于20卷。<br>2.投诉件每超期1件扣1分。</td></tr>
<tr><td>三、</td><td colspan="2">加分项</td><td colspan="2">年内改革经验被国务院或国家部委推广的，每项加3分。</td></tr>
</table>
</div></body></html>"""

LEAD = "承担营商环境评价指标牵头任务的市直部门和中央、省驻遵单位"
RESPONSIBLE = "承担营商环境评价指标任务的各责任单位"


def _parse(subject: str):
    return notice_parser.parse(PAGE.replace("{subject}", subject).encode("utf-8"), name="kaohe.html")


def _units(m):
    return (
        [u.name for u in m.lead_units],
        [u.name for u in m.responsible_units],
        [u.name for u in m.supporting_units],
    )


def test_the_groups_are_the_sections_and_a_department_rows_items_are_none():
    doc = _parse(LEAD)
    assert [(s.id, s.heading, len(s.children)) for s in doc.sections] == [
        ("1", "市场主体准入与政务服务（35分）", 0),
        ("2", "要素保障与项目建设（50分）", 0),
        ("3", "加分项", 0),
    ]
    # the rows' time words are the group's
    assert sorted({(d.section_id, d.kind, getattr(d, "period", None)) for d in doc.deadlines if d.section_id}) == [
        ("1", "recurring", "month"),
        ("1", "recurring", "quarter"),
        ("2", "recurring", "quarter"),
        ("3", "by", None),  # 年内…推广
    ]


def test_each_department_row_is_a_measure_counted_among_the_units_rows():
    doc = _parse(LEAD)
    assert [(m.id, _units(m)) for m in doc.measures] == [
        ("table1.row1", (["市市场监管局"], [], [])),
        ("table1.row2", (["市市场监管局"], [], [])),
        ("table1.row3", (["市政务服务中心"], [], [])),
        ("table1.row4", (["市水务局"], [], ["市住房城乡建设局"])),
        ("table1.row5", (["市司法局", "市发展改革委"], [], [])),
    ]
    for m in doc.measures:
        for u in [*m.lead_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


def test_the_assessed_subjects_sentence_names_the_role_of_the_row_header_units():
    doc = _parse(RESPONSIBLE)
    assert [_units(m) for m in doc.measures][:2] == [([], ["市市场监管局"], []), ([], ["市市场监管局"], [])]
    # nothing says their role: no row is a measure (the clause in 二、's text stays the group's)
    assert [m.id for m in _parse("市直各部门").measures] == ["2"]
