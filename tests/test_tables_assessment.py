"""A page that is one assessment table (考核细则, 目标管理考核, 评分表): its 序号
column gives the sections (一、 over 1 2 3, the 考核项目 cell as heading), the
numbered items of its scoring cells the sections under them, and its rows
headed by a unit the measures (table<N>.row<M>, M = the row's ordinal below
the header). The header words are those of the Shicheng 考核细则
(shicheng-2018-hezhang-kaohe-zerendanwei: 序号 | 考核项目 (colspan 2) | 各项分值 |
考核内容 | 评分标准 | 说明, 重点考核部门 over its departments); the rows are
written for another authority."""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

HEAD = (
    "<thead><tr><th>序号</th><th colspan='2'>考核项目</th><th>各项分值</th><th>考核内容</th>"
    "<th>评分标准</th><th>说明</th></tr></thead>"
)
ROWS = (
    "<tr><td></td><td colspan='2'>总分</td><td>100</td><td></td><td></td><td></td></tr>"
    "<tr><td>一、</td><td colspan='2'>通用考核项目（全部责任单位）</td><td>30</td><td></td><td></td><td></td></tr>"
    "<tr><td>1</td><td colspan='2'>组织领导</td><td>10</td><td>明确分管领导</td>"
    "<td><p>1.成立工作专班（5分）；</p><p>2.每季度召开专题会议，</p><p>全年不少于4次（5分）。</p></td><td></td></tr>"
    "<tr><td>2</td><td colspan='2'>信息报送</td><td>20</td><td>按时报送</td>"
    "<td>每月5日前报送上月工作进展（20分）。</td><td></td></tr>"
    "<tr><td>二、</td><td colspan='2'>部门履职差异考核项目</td><td>70</td><td></td><td></td><td></td></tr>"
    "<tr><td rowspan='2'>1</td><td rowspan='4'>重点考核部门</td><td rowspan='2'>区住建局</td><td>40</td>"
    "<td>污水处理</td><td><p>1.城区生活污水处理率达到95%以上（20分）；</p><p>2.完成管网改造10公里（20分）。</p></td>"
    "<td></td></tr>"
    "<tr><td>30</td><td>黑臭水体整治</td><td><p>1.2023年10月底前完成黑臭水体整治（30分）。</p></td><td></td></tr>"
    "<tr><td>2</td><td>区农业农村局</td><td>70</td><td>农业面源污染治理</td>"
    "<td><p>1.化肥使用量较2020年下降5%（40分）；</p><p>2.畜禽粪污综合利用率达到90%（30分）。</p></td><td></td></tr>"
    "<tr><td>2</td><td>区生态环境分局</td><td>70</td><td>执法监管</td><td>开展执法检查（70分）。</td><td></td></tr>"
    "<tr><td>三、</td><td colspan='2'>综合奖扣分项目</td><td></td><td></td>"
    "<td><p>1.年内被市书面通报表扬的奖5分</p><p>2.年内被市书面通报批评的扣5分</p></td><td></td></tr>"
)


def page(
    caption: str = "某区2023年度水污染防治工作责任单位目标管理考核细则", head: str = HEAD, rows: str = ROWS
) -> str:
    return f"<html><body><table><caption>{caption}</caption>{head}<tbody>{rows}</tbody></table></body></html>"


def parse(html: str):
    return notice_parser.parse(html.encode(), format="html")


def outline(doc):
    return [(s.id, s.level, s.marker, s.heading) for s in walk_sections(doc.sections)]


def test_the_number_column_and_the_scoring_items_are_the_sections():
    doc = parse(page())
    assert outline(doc) == [
        ("1", 1, "一、", "通用考核项目（全部责任单位）"),
        ("1.1", 2, "1", "组织领导"),
        ("1.1.1", 3, "1.", "成立工作专班（5分）"),
        ("1.1.2", 3, "2.", "每季度召开专题会议，全年不少于4次（5分）"),
        ("1.2", 2, "2", "信息报送"),
        ("2", 1, "二、", "部门履职差异考核项目"),
        # the department cell, not the group cell 重点考核部门, is the heading
        ("2.1", 2, "1", "区住建局"),
        ("2.1.1", 3, "1.", "城区生活污水处理率达到95%以上（20分）"),
        ("2.1.2", 3, "2.", "完成管网改造10公里（20分）"),
        # the list starts again in the department's next sub-row: its ids count on
        ("2.1.3", 3, "1.", "2023年10月底前完成黑臭水体整治（30分）"),
        ("2.2", 2, "2", "区农业农村局"),
        ("2.2.1", 3, "1.", "化肥使用量较2020年下降5%（40分）"),
        ("2.2.2", 3, "2.", "畜禽粪污综合利用率达到90%（30分）"),
        # 2 written twice: the second counts on
        ("2.3", 2, "2", "区生态环境分局"),
        ("3", 1, "三、", "综合奖扣分项目"),
        ("3.1", 2, "1.", "年内被市书面通报表扬的奖5分"),
        ("3.2", 2, "2.", "年内被市书面通报批评的扣5分"),
    ]
    assert [w.code for w in doc.warnings] == []


def test_a_section_spans_its_rows_and_an_item_its_lines():
    doc = parse(page())
    sections = {s.id: s for s in walk_sections(doc.sections)}
    text = doc.text
    assert text[slice(*sections["1.1.2"].span)] == "2.每季度召开专题会议，\n全年不少于4次（5分）。"
    department = text[slice(*sections["2.1"].span)]
    assert department.startswith("1\t重点考核部门\t区住建局\t40\t污水处理")
    assert department.endswith("1.2023年10月底前完成黑臭水体整治（30分）。")
    assert text[slice(*sections["2"].span)].endswith("开展执法检查（70分）。")


def test_rows_headed_by_a_department_are_measures_with_it_responsible():
    doc = parse(page())
    got = [(m.id, m.section_id, m.heading, [u.name for u in m.responsible_units]) for m in doc.measures]
    # row M counts every row below the header: 总分 is row 1, 一、 row 2, 二、 row 5
    assert got == [
        ("table1.row6", "2.1", "污水处理", ["区住建局"]),
        ("table1.row7", "2.1", "黑臭水体整治", ["区住建局"]),
        ("table1.row8", "2.2", "农业面源污染治理", ["区农业农村局"]),
        ("table1.row9", "2.3", "执法监管", ["区生态环境分局"]),
    ]
    assert all(not m.lead_units and not m.supporting_units for m in doc.measures)
    unit = doc.measures[1].responsible_units[0]
    assert doc.text[slice(*unit.span)] == "区住建局"


def test_items_in_the_cells_carry_the_id_of_the_section_they_lie_in():
    doc = parse(page())
    assert [(d.section_id, d.raw) for d in doc.deadlines] == [
        ("1.1.2", "每季度"),
        ("1.2", "每月"),
        ("2.1.3", "2023年10月底前"),
        ("3.1", "年内"),
        ("3.2", "年内"),
    ]
    assert [(t.section_id, t.raw) for t in doc.targets] == [
        ("1.1.2", "全年不少于4次"),
        ("2.1.1", "城区生活污水处理率达到95%以上"),
        ("2.1.2", "完成管网改造10公里"),
        ("2.2.1", "化肥使用量较2020年下降5%"),
        ("2.2.2", "畜禽粪污综合利用率达到90%"),
    ]
    row7 = doc.measures[1]
    assert [d.raw for d in row7.deadlines] == ["2023年10月底前"] and row7.targets == []


def test_the_group_cell_names_the_role_where_the_title_does_not():
    doc = parse(page(caption="某区2023年度水污染防治工作目标管理考核细则"))
    assert [[u.name for u in m.responsible_units] for m in doc.measures] == [
        ["区住建局"],
        ["区住建局"],
        ["区农业农村局"],
        ["区生态环境分局"],
    ]


def test_a_one_level_scored_table_numbers_its_rows_and_the_items_of_its_content_cells():
    head = "<tr><td>序号</td><td>考核内容</td><td>分值</td><td>考核办法</td></tr>"
    rows = (
        "<tr><td>1</td><td><p>1.建立镇村两级河长体系；</p><p>2.设立河长公示牌。</p></td><td>10</td>"
        "<td>查阅资料</td></tr>"
        "<tr><td>2</td><td>河道保洁</td><td>20</td><td><p>1.河面无漂浮物；</p><p>2.岸坡无垃圾。</p></td></tr>"
    )
    doc = parse(page(caption="某镇2021年度河长制工作考核细则", head=head, rows=rows))
    assert outline(doc) == [
        ("1", 1, "1", "建立镇村两级河长体系"),
        ("1.1", 2, "1.", "建立镇村两级河长体系"),
        ("1.2", 2, "2.", "设立河长公示牌"),
        ("2", 1, "2", "河道保洁"),
        ("2.1", 2, "1.", "河面无漂浮物"),
        ("2.2", 2, "2.", "岸坡无垃圾"),
    ]
    assert doc.measures == []


def test_a_task_table_with_running_numbers_only_gives_no_sections():
    head = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
    rows = (
        "<tr><td>1</td><td>开展入河排污口排查</td><td>区生态环境分局</td><td>2023年6月底前</td></tr>"
        "<tr><td>2</td><td>完成河道清淤</td><td>区水务局</td><td>2023年12月底前</td></tr>"
    )
    doc = parse(page(caption="某区2023年河道整治工作任务清单", head=head, rows=rows))
    assert doc.sections == []
    assert [(m.id, m.section_id, [u.name for u in m.lead_units]) for m in doc.measures] == [
        ("table1.row1", None, ["区生态环境分局"]),
        ("table1.row2", None, ["区水务局"]),
    ]


def test_a_table_inside_numbered_text_adds_no_sections():
    html = (
        "<html><body><p>某区2023年度水污染防治工作责任单位目标管理考核细则</p>"
        "<p>一、考核对象</p><p>各责任单位。</p><p>二、考核内容</p>"
        f"<table>{HEAD}<tbody>{ROWS}</tbody></table></body></html>"
    )
    doc = parse(html)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", "考核对象"), ("2", "考核内容")]


def test_group_rows_written_in_a_number_cell_that_spans_the_row_and_bare_numerals():
    head = "<tr><td>序号</td><td>考核内容</td><td>分值</td><td>评分标准</td></tr>"
    rows = (
        "<tr><td colspan='4'>一、基础工作（40分）</td></tr>"
        "<tr><td>1</td><td>健全工作机构</td><td>20</td><td>未设立的扣5分</td></tr>"
        "<tr><td>2</td><td>落实工作经费</td><td>20</td><td>经费未落实的不得分</td></tr>"
        "<tr><td>二</td><td>重点任务</td><td>60</td><td></td></tr>"
        "<tr><td>1</td><td>河道保洁</td><td>60</td><td><p>1.河面无漂浮物；</p><p>2.岸坡无垃圾。</p></td></tr>"
    )
    doc = parse(page(caption="某县2020年度乡镇河长制工作考核评分表", head=head, rows=rows))
    assert doc.notice.title == "某县2020年度乡镇河长制工作考核评分表"
    assert outline(doc) == [
        ("1", 1, "一、", "基础工作（40分）"),
        ("1.1", 2, "1", "健全工作机构"),
        ("1.2", 2, "2", "落实工作经费"),
        ("2", 1, "二", "重点任务"),
        ("2.1", 2, "1", "河道保洁"),
        ("2.1.1", 3, "1.", "河面无漂浮物"),
        ("2.1.2", 3, "2.", "岸坡无垃圾"),
    ]


def test_a_kaohe_duixiang_header_says_the_listed_units_are_the_responsible_ones():
    head = "<tr><td>序号</td><td>考核对象</td><td>考核内容</td><td>分值</td></tr>"
    rows = (
        "<tr><td>1</td><td>琴江镇</td><td>河道保洁</td><td>30</td></tr>"
        "<tr><td>2</td><td>小松镇</td><td>河道保洁</td><td>30</td></tr>"
        "<tr><td>3</td><td>屏山镇</td><td>河道保洁</td><td>40</td></tr>"
    )
    doc = parse(page(caption="某县2020年度河长制工作考核细则", head=head, rows=rows))
    assert [(m.id, m.section_id, [u.name for u in m.responsible_units]) for m in doc.measures] == [
        ("table1.row1", "1", ["琴江镇"]),
        ("table1.row2", "2", ["小松镇"]),
        ("table1.row3", "3", ["屏山镇"]),
    ]


def test_a_task_table_with_group_rows_numbers_its_groups_and_its_bare_row_numbers_label_rows():
    # no assessment header, but group rows: the list's numbered body (nanping-2025 gold, S1); the bare 1 under
    # each group is the sheet's row label, also where it starts again (hengshui-2025 gold, S3): the rows are
    # measures in their group's section, not sections
    head = "<tr><td>序号</td><td>整改任务</td><td>责任单位</td><td>整改时限</td></tr>"
    rows = (
        "<tr><td>一、</td><td>大气污染防治</td><td></td><td></td></tr>"
        "<tr><td>1</td><td>淘汰燃煤小锅炉</td><td>区生态环境分局</td><td>2023年6月底前</td></tr>"
        "<tr><td>二、</td><td>水污染防治</td><td></td><td></td></tr>"
        "<tr><td>1</td><td>完成河道清淤</td><td>区水务局</td><td>2023年12月底前</td></tr>"
    )
    doc = parse(page(caption="某区2023年环境问题整改清单", head=head, rows=rows))
    assert outline(doc) == [
        ("1", 1, "一、", "大气污染防治"),
        ("2", 1, "二、", "水污染防治"),
    ]
    assert [(m.id, m.section_id, [u.name for u in m.responsible_units]) for m in doc.measures] == [
        ("table1.row1", "1", ["区生态环境分局"]),
        ("table1.row2", "2", ["区水务局"]),
    ]


def test_a_task_table_with_a_kaohe_zhibiao_column_but_no_score_column_gives_no_sections():
    head = "<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td><td>考核指标</td></tr>"
    rows = (
        "<tr><td>1</td><td>新建社区食堂10个</td><td>区民政局</td><td>2024年6月底</td><td>建成率100%</td></tr>"
        "<tr><td>2</td><td>新建幼儿园2所</td><td>区教育局</td><td>2024年9月底</td><td>按期投用</td></tr>"
        "<tr><td>3</td><td>改造老旧小区5个</td><td>区住建局</td><td>2024年11月底</td><td>完工率100%</td></tr>"
    )
    doc = parse(page(caption="某区2024年重点民生项目任务分解表", head=head, rows=rows))
    assert doc.sections == []
    assert [(m.id, m.section_id, m.heading) for m in doc.measures] == [
        ("table1.row1", None, "新建社区食堂10个"),
        ("table1.row2", None, "新建幼儿园2所"),
        ("table1.row3", None, "改造老旧小区5个"),
    ]


def test_text_between_two_assessment_tables_is_read_outside_their_sections():
    table = '<table border="1"><tr><td>序号</td><td>考核内容</td><td>分值</td></tr>{}</table>'
    body = (
        "<h1>某县2023年度目标管理考核细则</h1><p>乡镇考核评分表</p>"
        + table.format(
            "<tr><td>1</td><td>6月底前完成巡河制度建设。</td><td>10</td></tr>"
            "<tr><td>2</td><td>全年巡河不少于12次。</td><td>10</td></tr>"
        )
        + "<p>各乡镇请于2023年12月20日前将自评报告报送县河长办，自评得分不低于60分。</p><p>部门考核评分表</p>"
        + table.format("<tr><td>1</td><td>9月底前完成河道清淤。</td><td>10</td></tr>")
        + "<p>某县河长制办公室</p><p>2023年3月1日</p>"
    )
    doc = parse(f"<html><head><title>某县2023年度目标管理考核细则</title></head><body>{body}</body></html>")
    assert [(d.raw, d.date, d.section_id) for d in doc.deadlines] == [("于2023年12月20日前", "2023-12-20", None)]


def test_a_group_row_named_outside_the_task_column_is_headed_by_its_name():
    md = """# 某县2024年度营商环境工作考核评分表

| 序号 | 考核对象 | 考核内容 | 分值 | 评分标准 |
| --- | --- | --- | --- | --- |
| 一 | 综合考核 | | 40 | |
| 1 | 县发改局 | 6月底前完成营商环境评价自评；全年组织培训不少于4次。 | 20 | 1.未按时完成的扣10分；2.每少1次扣2分。 |
| 2 | 县市场监管局 | 年内新增市场主体3000户。 | 20 | 未完成的按比例扣分。 |
| 二 | 专项考核 | | 60 | |
| 3 | 县政务服务中心 | 9月底前实现“一网通办”全覆盖。 | 30 | 未完成的扣30分。 |
| 4 | 县税务局 | 办税时间压减30%以上。 | 30 | 未完成的扣30分。 |
"""
    doc = notice_parser.parse(md.encode(), format="txt")
    assert [(s.id, s.marker, s.heading) for s in doc.sections] == [("1", "一", "综合考核"), ("2", "二", "专项考核")]
