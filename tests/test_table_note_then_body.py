"""A table's numbered notes end where the body resumes (REVIEW13 item 3). A note list is numbered items that
follow the note label (说明, 注, 备注) directly and belong to the table: they count in a note's style (1. 1、
（1） ①) and assign no task. The body's own （一）（二） after a one-line 说明/注, and numbered items that carry
a responsibility label (（牵头单位：X）), are the body's sections, with their measures and time limits;
tests/test_taizhang_exports.py keeps fuyu's 说明 1. 2. 3. 4. notes (no sections)."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections

HEAD = "# 某县人民政府办公室关于印发2025年优化营商环境工作方案的通知\n\n各乡镇人民政府，县直各部门：\n\n## 一、主要目标\n\n"
TABLE = (
    "| 序号 | 指标 | 目标值 | 牵头单位 |\n| --- | --- | --- | --- |\n"
    "| 1 | 企业开办时间 | 0.5个工作日以内 | 县市场监管局 |\n| 2 | 网上可办率 | 99%以上 | 县政务服务中心 |\n\n"
)
ITEMS = (
    ("提升政务服务效能", "2025年6月底前实现高频事项“一网通办”。（牵头单位：县政务服务中心）"),
    ("优化市场准入", "2025年9月底前完成企业开办全程网办。（牵头单位：县市场监管局）"),
    ("加强监管执法", "2025年12月底前推行“双随机、一公开”全覆盖。（牵头单位：县司法局）"),
)
TAIL = "## 二、工作要求\n\n各部门要加强领导。\n\n某县人民政府办公室\n\n2025年3月1日\n"
MARKERS = {"cn_paren": "（{}）", "ar_dot": "{}. ", "ar_paren": "（{}）"}
CN = "一二三"


def _body(style: str) -> str:
    num = CN if style == "cn_paren" else "123"
    return "".join(MARKERS[style].format(num[k]) + f"{h}。{t}\n\n" for k, (h, t) in enumerate(ITEMS))


def _summary(doc: notice_parser.Document) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple]]:
    sections = [(s.id, s.heading) for s in walk_sections(doc.sections)]
    measures = [(m.id, m.lead_units[0].name) for m in doc.measures if not m.id.startswith("table")]
    deadlines = [(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"]
    return sections, measures, deadlines


EXPECTED = (
    [
        ("1", "主要目标"),
        ("1.1", "提升政务服务效能"),
        ("1.2", "优化市场准入"),
        ("1.3", "加强监管执法"),
        ("2", "工作要求"),
    ],
    [("1.1", "县政务服务中心"), ("1.2", "县市场监管局"), ("1.3", "县司法局")],
    [("1.1", "2025-06-30"), ("1.2", "2025-09-30"), ("1.3", "2025-12-31")],
)


@pytest.mark.parametrize(
    "note",
    [
        "说明：表中指标为年度约束性指标。",  # the reviewer's v18
        "注：表中指标为年度约束性指标。",
        "备注：各项指标按季度调度。",
        "> 注：表中数据截至2024年底。",
        "**说明：** 目标值为年度最低要求。",
    ],
)
def test_the_body_s_own_sections_after_a_one_line_note(note):
    doc = notice_parser.parse((HEAD + TABLE + note + "\n\n" + _body("cn_paren") + TAIL).encode(), format="md")
    assert _summary(doc) == EXPECTED


@pytest.mark.parametrize("label", ["注：", "说明：", "**说明：**"])
@pytest.mark.parametrize("style", ["ar_dot", "ar_paren"])
def test_numbered_tasks_under_a_bare_note_label_are_the_body_s(label, style):
    # the reviewer's v18b: 注： alone, then 1. 2. 3. that each assign the task (牵头单位：)
    doc = notice_parser.parse((HEAD + TABLE + label + "\n\n" + _body(style) + TAIL).encode(), format="md")
    assert _summary(doc) == EXPECTED


def test_a_note_list_still_numbers_no_sections_and_the_body_after_it_does():
    notes = "说明：\n\n1. 表中指标为年度约束性指标；\n\n2. 各牵头单位于每月5日前报送进展。\n\n"
    doc = notice_parser.parse((HEAD + TABLE + notes + TAIL).encode(), format="md")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", "主要目标"), ("2", "工作要求")]


HTML = """<html><head><meta charset="utf-8"></head><body>
<p>某县人民政府办公室关于印发2025年优化营商环境工作方案的通知</p>
<p>各乡镇人民政府，县直各部门：</p>
<p>一、主要目标</p>
<table><tr><td>序号</td><td>指标</td><td>目标值</td></tr><tr><td>1</td><td>企业开办时间</td><td>0.5个工作日以内</td></tr>
<tr><td>2</td><td>网上可办率</td><td>99%以上</td></tr></table>
<p>{note}</p>
<p>（一）提升政务服务效能。2025年6月底前实现高频事项“一网通办”。（牵头单位：县政务服务中心）</p>
<p>（二）优化市场准入。2025年9月底前完成企业开办全程网办。（牵头单位：县市场监管局）</p>
<p>某县人民政府办公室</p><p>2025年3月1日</p>
</body></html>
"""


@pytest.mark.parametrize("note", ["备注：各项指标按季度调度。", "注：数据来源为县统计局。"])
def test_html_body_sections_after_a_table_note(note):
    # the reviewer's v18d
    doc = notice_parser.parse(HTML.format(note=note).encode(), format="html")
    sections, measures, deadlines = _summary(doc)
    assert sections == [("1", "主要目标"), ("1.1", "提升政务服务效能"), ("1.2", "优化市场准入")]
    assert measures == [("1.1", "县政务服务中心"), ("1.2", "县市场监管局")]
    assert deadlines == [("1.1", "2025-06-30"), ("1.2", "2025-09-30")]
