"""A task table's 进度 column: in a 任务分工表 进度, 完成进度, 整改进度 and bare 进展 head the plan (2025年6月底前完成
50%，2025年12月底前全部完成), whose times and figures are the task's time limits and targets; only a header that says
the work's state (完成情况, 进展情况, 整改进展(情况), 当前进度 …) reports what is done, and its figures and times are
none (REVIEW13 item 2; tests/test_qingdan_cell_families.py has the report side on gantang's 完成情况)."""

from __future__ import annotations

import pytest

import notice_parser

HTML = """<html><head><meta charset="utf-8"><title>某县2025年重点任务分工表</title></head><body>
<p>某县人民政府办公室关于印发2025年重点任务分工方案的通知</p>
<p>各乡镇人民政府，县直各部门：</p>
<p>现将有关任务分工如下，请认真抓好落实。</p>
<table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>{header}</td></tr>
<tr><td>1</td><td>新建城市道路10公里</td><td>县住建局</td><td>县财政局</td><td>{c1}</td></tr>
<tr><td>2</td><td>改造老旧小区20个</td><td>县住建局</td><td>各乡镇人民政府</td><td>{c2}</td></tr>
<tr><td>3</td><td>新增城镇就业3000人</td><td>县人社局</td><td>县财政局</td><td>{c3}</td></tr>
</table>
<p>某县人民政府办公室</p><p>2025年3月1日</p>
</body></html>
"""
PLAN = ("2025年6月底前完成50%，2025年12月底前全部完成", "2025年9月底前开工，年底前完成", "按季度推进，全年完成3000人")


def _parse(data: str, fmt: str) -> notice_parser.Document:
    return notice_parser.parse(data.encode("utf-8"), format=fmt, name=f"plan.{fmt}")


def _deadlines(doc: notice_parser.Document) -> list[tuple[str, str | None, str]]:
    return [(d.raw, getattr(d, "date", None), d.kind) for d in doc.deadlines]


@pytest.mark.parametrize("header", ["进度", "完成进度", "整改进度", "进展", "进度安排", "完成时限"])
def test_a_schedule_column_keeps_its_time_limits_and_targets(header):
    # the reviewer's v2 (进度), v2c (完成进度), v2b (完成时限) and the other schedule headers
    doc = _parse(HTML.format(header=header, c1=PLAN[0], c2=PLAN[1], c3=PLAN[2]), "html")
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3"]
    assert _deadlines(doc) == [
        ("2025年6月底前", "2025-06-30", "by"),
        ("2025年12月底前", "2025-12-31", "by"),
        ("2025年9月底前", "2025-09-30", "by"),
        ("年底前", "2025-12-31", "by"),
        ("按季", None, "recurring"),
        ("全年", "2025-12-31", "by"),
    ]
    targets = [(t.raw, t.value, t.unit) for t in doc.targets]
    assert ("2025年6月底前完成50%", 50.0, "%") in targets
    assert ("全年完成3000人", 3000.0, "人") in targets


@pytest.mark.parametrize("header", ["完成情况", "进展情况", "整改进展情况", "当前进度", "工作进展"])
def test_a_report_column_gives_no_time_limit_or_target(header):
    cells = ("已完成6公里，2025年2月底前已通车3公里", "已开工12个，完成60%", "一季度已新增就业800人")
    doc = _parse(HTML.format(header=header, c1=cells[0], c2=cells[1], c3=cells[2]), "html")
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3"]
    assert _deadlines(doc) == []
    # the task names' own counts stay targets; nothing from the report
    assert sorted((t.value, t.unit) for t in doc.targets) == [(10.0, "公里"), (20.0, "个"), (3000.0, "人")]


MARKDOWN = """# 某县2025年安全生产整改任务清单

各乡镇人民政府，县直各部门：现将整改任务清单印发给你们。

| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改进度 |
| --- | --- | --- | --- | --- |
| 1 | 部分企业隐患排查不到位 | 开展隐患排查整治 | 县应急管理局 | 2025年6月底前完成排查，9月底前整改到位 |
| 2 | 消防设施老化 | 更新消防设施 | 县消防救援大队 | 2025年10月底前完成改造80%以上 |

某县安全生产委员会办公室
2025年3月1日
"""


def test_a_zhenggai_qingdan_schedule_column_in_markdown():
    doc = _parse(MARKDOWN, "md")
    assert [[u.name for u in m.responsible_units + m.lead_units] for m in doc.measures] == [
        ["县应急管理局"],
        ["县消防救援大队"],
    ]
    assert _deadlines(doc) == [
        ("2025年6月底前", "2025-06-30", "by"),
        ("9月底前", "2025-09-30", "by"),
        ("2025年10月底前", "2025-10-31", "by"),
    ]
    assert [(t.comparator, t.value, t.unit) for t in doc.targets] == [(">=", 80.0, "%")]
