"""整改清单 and 任务清单 tables that are the notice, in the notations round 18's brief names and its documents do
not all show (tests/redteam18 gantang: a .docx 整改清单 with a 问题类别 column merged down, 责任领导 people,
"牵头：X ⏎ 配合：Y、Z" cells and a 完成情况 column; guangling: an HTML 清单 with category rows across the table
and staged 完成时限 cells). Phrases from those two documents; the variants are the ways other offices write the
same cells:

* the role cell: 牵头：/配合： lines or one line with ；, 牵头单位：/配合单位：, 主责单位：/协办单位：, a
  责任单位： line between, (牵头)/(配合) marks after the names, and a sentence (X牵头，Y配合);
* the 责任领导 column names people (县委常委、副县长 方振国), no units;
* the 完成情况 / 整改进展 column reports what is done (已整改41宗，正在推进; 已恢复920亩): no target or
  time limit (gantang T4, D4: the writer's "progress numbers that are not targets");
* a staged 完成时限 cell is one deadline a stage, the stage without a year taking the cell's (12月底前 after
  2025年6月底前 in a notice signed in December 2024), 次年 the year after it; 每季度末调度 is quarterly,
  长期坚持 and 全年持续运行 after a dated stage are no time limit (guangling D1, D5).
"""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

ROLE_CELLS = [
    (
        "牵头：县自然资源局<br>配合：县农业农村局、各乡镇人民政府",
        ["县自然资源局"],
        [],
        ["县农业农村局", "各乡镇人民政府"],
    ),
    (
        "牵头：县自然资源局；配合：县农业农村局、各乡镇人民政府",
        ["县自然资源局"],
        [],
        ["县农业农村局", "各乡镇人民政府"],
    ),
    (
        "牵头单位：县自然资源局<br>配合单位：县农业农村局、各乡镇人民政府",
        ["县自然资源局"],
        [],
        ["县农业农村局", "各乡镇人民政府"],
    ),
    (
        "县自然资源局（牵头）<br>县农业农村局、各乡镇人民政府（配合）",
        ["县自然资源局"],
        [],
        ["县农业农村局", "各乡镇人民政府"],
    ),
    (
        "主责单位：县自然资源局<br>协办单位：县农业农村局、各乡镇人民政府",
        ["县自然资源局"],
        [],
        ["县农业农村局", "各乡镇人民政府"],
    ),
    (
        "牵头单位：县自然资源局<br>责任单位：县农业农村局<br>配合单位：各乡镇人民政府",
        ["县自然资源局"],
        ["县农业农村局"],
        ["各乡镇人民政府"],
    ),
    ("县自然资源局牵头，县农业农村局、各乡镇人民政府配合", ["县自然资源局"], [], ["县农业农村局", "各乡镇人民政府"]),
]
LEADERS = ["县委常委、副县长 方振国", "副县长　李明华<br>县政府党组成员 王建", "方振国（县委常委、副县长）"]
HEAD = (
    "<tr><th>序号</th><th>问题类别</th><th>问题描述</th><th>整改目标</th><th>整改措施</th><th>责任领导</th>"
    "<th>责任单位</th><th>整改时限</th><th>{progress}</th></tr>"
)


def _zhenggai_page(progress: str = "完成情况") -> bytes:
    rows = ""
    for k, (cell, *_) in enumerate(ROLE_CELLS):
        group = ""
        if k == 0:
            group = '<td rowspan="4">一、违法占用耕地问题</td>'
        elif k == 4:
            group = '<td rowspan="3">二、耕地“非粮化”问题</td>'
        rows += (
            f"<tr><td>{k + 1}</td>{group}<td>县域内违法占用耕地建房、硬化场地问题图斑63宗、面积112.6亩。</td>"
            "<td>2025年底前完成整改，违法占用耕地复耕率达到100%。</td>"
            "<td>（1）开展全面排查；（2）依法拆除复耕。</td>"
            f"<td>{LEADERS[k % 3]}</td><td>{cell}</td><td>2025年11月底前</td>"
            "<td>已整改41宗，已恢复920亩，按月推进</td></tr>"
        )
    return (
        "<html><body><p>甘棠县人民政府办公室关于印发甘棠县2025年度耕地保护督察反馈问题整改清单的通知</p>"
        "<p>甘政办字〔2025〕47号</p><p>各乡镇人民政府，县直有关单位：</p><p>现将整改清单印发给你们，请认真抓好落实。</p>"
        f"<table>{HEAD.format(progress=progress)}{rows}</table>"
        "<p>甘棠县人民政府办公室</p><p>2025年9月18日</p></body></html>"
    ).encode()


def test_role_cells_people_and_progress_of_a_zhenggai_qingdan():
    for progress in ("完成情况", "整改进展", "进展情况"):
        doc = notice_parser.parse(_zhenggai_page(progress), format="html")
        assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
            ("1", "违法占用耕地问题"),
            ("2", "耕地“非粮化”问题"),
        ]
        assert len(doc.measures) == len(ROLE_CELLS)
        for m, (cell, lead, responsible, supporting) in zip(doc.measures, ROLE_CELLS, strict=True):
            got = ([u.name for u in m.lead_units], [u.name for u in m.responsible_units])
            assert got == (lead, responsible), cell
            assert [u.name for u in m.supporting_units] == supporting, cell
        names = {u.name for m in doc.measures for u in (*m.lead_units, *m.responsible_units, *m.supporting_units)}
        assert not any(p in name for name in names for p in ("方振国", "李明华", "王建", "副县长"))
        targets = {(t.section_id, t.value, t.unit) for t in doc.targets}
        assert targets == {("1", 100, "%"), ("2", 100, "%")}, progress  # not 41宗, 920亩 (nor 63宗: the problem)
        assert not any(d.raw == "按月" for d in doc.deadlines), progress
        assert {(d.section_id, d.date) for d in doc.deadlines} == {
            ("1", "2025-11-30"),
            ("1", "2025-12-31"),
            ("2", "2025-11-30"),
            ("2", "2025-12-31"),
        }


QINGDAN_HEAD = "<thead><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>"
STAGED = [
    ("2025年6月底前完成试点；12月底前全面推开", {("by", "2025-06-30"), ("by", "2025-12-31")}),
    ("2025年3月底前发布清单；每季度末调度", {("by", "2025-03-31"), ("recurring", "quarter")}),
    ("2025年9月底前出台方案，2026年6月底前全面实施", {("by", "2025-09-30"), ("by", "2026-06-30")}),
    ("2025年底前完成试点，次年6月底前全面推开", {("by", "2025-12-31"), ("by", "2026-06-30")}),
    ("2025年5月底前开通专席；全年持续运行", {("by", "2025-05-31")}),
    ("2025年上半年完成试点；下半年全面推开", {("by", "2025-06-30"), ("by", "2025-12-31")}),
    ("2025年一季度启动；三季度末完成", {("by", "2025-03-31"), ("by", "2025-09-30")}),
]


def test_staged_time_limit_cells_take_the_year_of_their_cell():
    def row(k: int, cell: str) -> str:
        return (
            f"<tr><td>{k}</td><td>推进跨境电商综试区建设</td><td>培育跨境电商产业园10个以上。</td><td>省商务厅</td>"
            f"<td>省财政厅<br>各设区市人民政府</td><td>{cell}</td></tr>"
        )

    rows = '<tr><td colspan="6">一、优化营商环境（4项）</td></tr>'
    rows += "".join(row(k, cell) for k, (cell, _) in enumerate(STAGED[:4], start=1))
    rows += '<tr><td colspan="6">二、稳定外贸基本盘（3项）</td></tr>'
    rows += "".join(row(k, cell) for k, (cell, _) in enumerate(STAGED[4:], start=1))
    page = (
        "<html><body><p>广岭省商务厅关于印发2025年稳外贸稳外资重点任务清单的通知</p><p>岭商发〔2024〕9号</p>"
        "<p>各设区市商务局：</p><p>现将清单印发给你们，请认真贯彻落实。</p>"
        f"<table>{QINGDAN_HEAD}<tbody>{rows}</tbody></table><p>广岭省商务厅</p><p>2024年12月25日</p></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2"]
    assert [m.section_id for m in doc.measures] == ["1"] * 4 + ["2"] * 3
    for m, (cell, expected) in zip(doc.measures, STAGED, strict=True):
        got = {(d.kind, getattr(d, "date", None) or getattr(d, "period", None)) for d in m.deadlines}
        assert got == expected, cell


LONE_CELLS = [
    # a 完成时限 / 时间节点 cell that is a date or a part of the year and nothing else: the time limit it names
    ("2025年6月30日", "2025-06-30"),
    ("6月30日", "2025-06-30"),
    ("2026年3月31日", "2026-03-31"),
    ("三季度", "2025-09-30"),
    ("第四季度", "2025-12-31"),
    ("上半年", "2025-06-30"),
    ("2025年上半年", "2025-06-30"),
    ("12月", "2025-12-31"),
]


def test_a_time_limit_cell_of_a_date_or_a_part_of_the_year_alone():
    rows = '<tr><td colspan="4">一、优化营商环境（8项）</td></tr>'
    rows += "".join(
        f"<tr><td>{k}</td><td>推进跨境电商综试区建设</td><td>省商务厅</td><td>{cell}</td></tr>"
        for k, (cell, _) in enumerate(LONE_CELLS, start=1)
    )
    rows += '<tr><td colspan="4">二、稳定外贸基本盘（1项）</td></tr>'
    rows += "<tr><td>1</td><td>支持企业参加境外展会</td><td>省商务厅</td><td>年底前</td></tr>"
    page = (
        "<html><body><p>广岭省商务厅关于印发2025年稳外贸稳外资重点任务清单的通知</p><p>各设区市商务局：</p>"
        "<p>现将清单印发给你们，请认真贯彻落实。</p><table><thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th>"
        f"<th>完成时限</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p>广岭省商务厅</p><p>2025年2月25日</p></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    for m, (cell, date) in zip(doc.measures, LONE_CELLS, strict=False):
        assert [(d.kind, d.date) for d in m.deadlines] == [("by", date)], cell


def test_a_date_in_running_text_stays_no_time_limit():
    """What happened on a day (2020年9月11日，…) or a part of the year named as a noun (三季度考核结果) in a
    sentence is no time limit: only a 时限 cell of the date alone is."""
    doc = notice_parser.parse_text(
        "某市关于做好X工作的通知\n\n一、工作背景\n2020年9月11日，市政府召开专题会议。三季度考核结果将予以通报。\n"
    )
    assert [d.raw for d in doc.deadlines] == []
