"""Task tables read through the whole pipeline: which rows are measures and
how they are numbered (reviewer's reproducers of session 7)."""

from __future__ import annotations

import notice_parser


def html(body: str, title: str = "关于印发某区2024年重点工作任务分解的通知") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def rows_of(doc):
    return [
        (m.id, m.heading, [u.name for u in m.lead_units], [d.raw for d in m.deadlines], len(m.targets))
        for m in doc.measures
    ]


RUNNING_LEAD = """<p>各街道、区直各部门：</p><table border="1">
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>新建社区食堂10个</td><td rowspan="3">区民政局</td><td>2024年6月底</td></tr>
<tr><td></td><td>新建养老服务站5个</td><td>2024年9月底</td></tr>
<tr><td></td><td>改造敬老院3所</td><td>2024年10月底</td></tr>
<tr><td>2</td><td>新建幼儿园2所</td><td>区教育局</td><td>2024年9月底</td></tr>
</table><p>某区人民政府办公室</p><p>2024年2月1日</p>"""

EXPECTED_RUNNING_LEAD = [
    ("table1.row1", "新建社区食堂10个", ["区民政局"], ["2024年6月底"], 1),
    ("table1.row2", "新建养老服务站5个", ["区民政局"], ["2024年9月底"], 1),
    ("table1.row3", "改造敬老院3所", ["区民政局"], ["2024年10月底"], 1),
    ("table1.row4", "新建幼儿园2所", ["区教育局"], ["2024年9月底"], 1),
]


def test_one_lead_spanning_several_tasks_with_a_blank_number_keeps_every_task():
    doc = notice_parser.parse(html(RUNNING_LEAD), format="html")
    assert rows_of(doc) == EXPECTED_RUNNING_LEAD


def test_a_markdown_lead_left_blank_under_a_lead_keeps_every_task():
    md = """# 关于印发某县2024年民生实事任务分工的通知

各乡镇人民政府，县直各部门：

| 领域 | 工作任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| 民生保障 | 新建社区食堂10个 | 县民政局 | 2024年6月底 |
|  | 新建养老服务站5个 |  | 2024年9月底 |
|  | 改造敬老院3所 |  | 2024年10月底 |
| 教育 | 新建幼儿园2所 | 县教育局 | 2024年9月底 |

某县人民政府办公室
2024年2月1日
"""
    doc = notice_parser.parse(md.encode(), format="txt")
    assert [(i, h, [n.replace("区", "县") for n in u], d, t) for i, h, u, d, t in EXPECTED_RUNNING_LEAD] == rows_of(doc)


def test_a_header_repeated_mid_table_is_not_counted_in_the_row_numbers():
    body = """<p>各街道、区直各部门：</p><table border="1">
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>新建社区食堂10个</td><td>区民政局</td><td>2024年6月底</td></tr>
<tr><td>2</td><td>新建养老服务站5个</td><td>区卫健委</td><td>2024年9月底</td></tr>
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>3</td><td>改造敬老院3所</td><td>区住建局</td><td>2024年10月底</td></tr>
<tr><td>4</td><td>新建幼儿园2所</td><td>区教育局</td><td>2024年9月底</td></tr>
</table><p>某区人民政府办公室</p><p>2024年2月1日</p>"""
    doc = notice_parser.parse(html(body), format="html")
    assert [(m.id, m.heading, [u.name for u in m.lead_units]) for m in doc.measures] == [
        ("table1.row1", "新建社区食堂10个", ["区民政局"]),
        ("table1.row2", "新建养老服务站5个", ["区卫健委"]),
        ("table1.row3", "改造敬老院3所", ["区住建局"]),
        ("table1.row4", "新建幼儿园2所", ["区教育局"]),
    ]


def test_category_rows_of_a_markdown_task_table_are_not_counted_in_the_row_numbers():
    md = """# 关于印发某县2024年为民办实事任务分解表的通知

各乡镇人民政府，县直各部门：

现将任务分解表印发给你们，请抓好落实。

| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 一、民生保障 | | | | |
| 1 | 新建社区食堂10个 | 县民政局 | 各乡镇人民政府 | 2024年6月底 |
| 2 | 新增城镇就业3000人 | 县人社局 | 县财政局 | 2024年12月底 |
| 二、教育医疗 | | | | |
| 3 | 新建幼儿园2所 | 县教育局 | 县住建局 | 2024年9月底 |

某县人民政府办公室
2024年2月1日
"""
    doc = notice_parser.parse(md.encode(), format="txt")
    # the category row 二、教育医疗 writes no task and no unit: the lead above is not carried into a measure
    assert [(m.id, m.heading, [u.name for u in m.lead_units]) for m in doc.measures] == [
        ("table1.row1", "新建社区食堂10个", ["县民政局"]),
        ("table1.row2", "新增城镇就业3000人", ["县人社局"]),
        ("table1.row3", "新建幼儿园2所", ["县教育局"]),
    ]


def test_a_contact_list_under_a_title_naming_zeren_danwei_gives_no_measures():
    body = """<p>各乡镇、县直各部门：</p><p>现将调整后的联络员名单通知如下。</p><table border="1">
<tr><td>序号</td><td>单位名称</td><td>工作内容</td><td>联络员</td><td>联系电话</td></tr>
<tr><td>1</td><td>县水利局</td><td>汛情信息报送</td><td>张三</td><td>1234567</td></tr>
<tr><td>2</td><td>县应急管理局</td><td>应急物资调度</td><td>李四</td><td>2345678</td></tr>
<tr><td>3</td><td>县气象局</td><td>气象信息发布</td><td>王五</td><td>3456789</td></tr>
</table><p>某县防汛抗旱指挥部办公室</p><p>2023年5月1日</p>"""
    doc = notice_parser.parse(html(body, title="关于调整全县防汛工作责任单位联络员的通知"), format="html")
    assert doc.measures == []
    assert [w.code.value for w in doc.warnings if w.code.value == "table_not_read"] == ["table_not_read"]
