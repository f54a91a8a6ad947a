"""An annex that holds a task table (任务分解表: 序号 | 任务内容 | 责任单位 | 完成时限) is a document the notice
issues, though its text holds no responsibility clause: the table's role column assigns each row. Its own
numbered lists (一、任务清单 over the table, 二、报送要求 after it, their （一）（二）) are sections of a second part,
as the plan's restart rule numbers them: plan 1.x, annex 2.x (redteam14 sutang S1: a .docx whose markers come
from Word numbering, the annex restarting at 一、). An annex whose table names people (领导小组名单: 姓名 | 职务)
assigns nothing: its lists stay outside every section. Invented text, in plain text (TAB-separated rows) and
in a .docx (a Word table).
"""

from __future__ import annotations

import io

import docx

import notice_parser
from notice_parser.model import walk_sections

COVER = """青溪县农业农村局关于印发《青溪县2026年农田水利设施提升工作方案》的通知
青农发〔2026〕12号
各乡镇人民政府，局机关各股室：
现将《青溪县2026年农田水利设施提升工作方案》印发给你们，请认真组织实施。
附件：青溪县2026年农田水利设施提升任务分解表
青溪县农业农村局
2026年4月8日

青溪县2026年农田水利设施提升工作方案
一、工作目标
到2026年底，全县新建高标准农田2万亩，灌溉水有效利用系数达到0.58以上。
二、重点任务
（一）推进灌区改造。完成南干渠节水改造12公里，于2026年9月底前完工。（牵头单位：县水利局；配合单位：县财政局）
（二）整治山塘水库。对23座山塘开展清淤除险，于2026年10月底前完成。（牵头单位：县水利局；配合单位：各乡镇人民政府）
三、保障措施
（一）加强调度。每月召开一次推进会。
（二）强化督查。县农业农村局每季度通报一次进展。

附件
"""
TASK_ROWS = (
    ("序号", "任务内容", "责任单位", "完成时限"),
    ("1", "南干渠节水改造12公里", "县水利局（牵头），县财政局", "2026年9月底前"),
    ("2", "23座山塘清淤除险", "县水利局（牵头），各乡镇人民政府", "2026年10月底前"),
)
AFTER = (
    "二、报送要求",
    "（一）报送方式。各责任单位于每月25日前报送任务推进情况。",
    "（二）调整机制。确需调整完成时限的，应提前15日书面报县农业农村局。",
)
PLAN_IDS = ["1.1", "1.2", "1.2.1", "1.2.2", "1.3", "1.3.1", "1.3.2"]
ANNEX_IDS = ["2.1", "2.2", "2.2.1", "2.2.2"]


def _text(title: str, rows) -> str:
    return COVER + title + "\n一、任务清单\n" + "".join("\t".join(r) + "\n" for r in rows) + "\n".join(AFTER) + "\n"


def _ids(doc) -> list[str]:
    return [s.id for s in walk_sections(doc.sections)]


def test_the_lists_of_an_annex_holding_a_task_table_are_its_sections():
    doc = notice_parser.parse_text(_text("青溪县2026年农田水利设施提升任务分解表", TASK_ROWS))
    assert _ids(doc) == PLAN_IDS + ANNEX_IDS
    headings = {s.id: s.heading for s in walk_sections(doc.sections)}
    assert (headings["2.1"], headings["2.2"], headings["2.2.2"]) == ("任务清单", "报送要求", "调整机制")
    assert [m.id for m in doc.measures] == ["1.2.1", "1.2.2", "table1.row1", "table1.row2"]
    row2 = doc.measures[3]
    assert ([u.name for u in row2.lead_units], [u.name for u in row2.responsible_units]) == (
        ["县水利局"],
        ["各乡镇人民政府"],
    )
    assert [(d.section_id, d.date) for d in doc.deadlines if getattr(d, "date", None) == "2026-10-31"] == [
        ("1.2.2", "2026-10-31"),
        ("2.1", "2026-10-31"),
    ]


def test_an_annex_whose_table_names_people_keeps_its_lists_out_of_the_sections():
    rows = (("序号", "姓名", "职务"), ("1", "王明", "县农业农村局局长"), ("2", "李华", "县水利局局长"))
    doc = notice_parser.parse_text(_text("青溪县农田水利设施提升工作专班名单", rows))
    assert _ids(doc) == ["1", "2", "2.1", "2.2", "3", "3.1", "3.2"]


def test_the_same_annex_in_a_word_table():
    d = docx.Document()
    cover, _, _ = _text("", ()).partition("附件\n")
    for line in cover.rstrip("\n").split("\n"):
        d.add_paragraph(line)
    for line in ("附件", "青溪县2026年农田水利设施提升任务分解表", "一、任务清单"):
        d.add_paragraph(line)
    table = d.add_table(rows=len(TASK_ROWS), cols=4)
    for r, row in enumerate(TASK_ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in AFTER:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = notice_parser.parse(buf.getvalue(), format="docx")
    assert _ids(doc) == PLAN_IDS + ANNEX_IDS
    assert [m.id for m in doc.measures][-2:] == ["table1.row1", "table1.row2"]
