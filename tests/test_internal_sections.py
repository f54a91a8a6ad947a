"""A department's own sections (科, 股, 处, 室) written bare after the document names them with their department
in a list: the bare name takes the department back (ANNOTATE: a dropped prefix the document's other lists make
plain). Real phrases from redteam16 cenchuan (市教育局 and its 科室, a 牵头/配合 progress table), redteam14 sutang
(区卫生健康局 and its 科), redteam9 gansu and redteam11 jiangbei (a 厅's 处 named in the cover only: kept bare),
tests/gold guangzhou-2023 (table cells 市卫生健康委 | 基层处 side by side: kept bare), redteam4 nanan (派出所)."""

from __future__ import annotations

import notice_parser


def _roles(text: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    doc = notice_parser.parse_text(text)
    return {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }


def test_a_section_written_bare_in_a_clause_takes_the_department_its_list_writes():
    text = (
        "二、重点任务\n"
        "（一）推进集团化办学。新组建教育集团6个，乡村学校参与集团化办学比例达到80%以上。"
        "（市教育局基础教育科牵头，各县（区）教育局负责）\n"
        "（二）规范办学行为。开展规范办学行为专项督导，上下半年各不少于1次。"
        "（市教育局督导室牵头，基础教育科、各县（区）教育局配合）\n"
    )
    assert _roles(text)["2.2"] == (["市教育局督导室"], [], ["市教育局基础教育科", "各县（区）教育局"])


def test_a_progress_tables_bare_sections_take_the_one_department_of_the_texts_sections():
    # 人事科 and 教师工作科 are never written with 市教育局; the text writes every section it names with it
    text = (
        "二、重点任务\n"
        "（一）优化学校布局。新建、改扩建义务教育学校4所。（责任单位：市教育局发展规划科、各县（区）政府）\n"
        "（二）加强教师队伍建设。（牵头单位：市教育局计划财务科；配合单位：市人社局）\n"
        "（三）推进重点项目。具体任务和进度安排见下表。\n"
        "表1 重点任务进度安排表\n"
        "序号\t工作任务\t目标要求\t牵头\t配合\n"
        "1\t学校建设\t新建学校4所\t发展规划科\t计划财务科\n"
        "2\t教师招聘\t招聘教师520名\t人事科\t教师工作科\n"
        "3\t教师培训\t培训教师300名\t教师工作科\t人事科\n"
    )
    roles = _roles(text)
    assert roles["table1.row1"] == (["市教育局发展规划科"], [], ["市教育局计划财务科"])
    assert roles["table1.row2"] == (["市教育局人事科"], [], ["市教育局教师工作科"])
    assert roles["table1.row3"] == (["市教育局教师工作科"], [], ["市教育局人事科"])


def test_a_county_bureaus_gu_and_a_provincial_commissions_chu():
    text = (
        "二、工作措施\n"
        "（一）抓好春耕备耕。（牵头单位：县农业农村局种植业股；配合单位：畜牧兽医股）\n"
        "（二）加强技术指导。（县农业农村局农技推广股牵头，种植业股配合）\n"
    )
    roles = _roles(text)
    assert roles["2.1"] == (["县农业农村局种植业股"], [], ["县农业农村局畜牧兽医股"])
    assert roles["2.2"] == (["县农业农村局农技推广股"], [], ["县农业农村局种植业股"])
    text = (
        "二、重点任务\n"
        "（一）推进分级诊疗。（牵头单位：省卫生健康委医政医管处；配合单位：基层卫生健康处、规划发展与信息化处）\n"
    )
    assert _roles(text)["2.1"] == (
        ["省卫生健康委医政医管处"],
        [],
        ["省卫生健康委基层卫生健康处", "省卫生健康委规划发展与信息化处"],
    )


def test_a_section_the_cover_or_the_record_names_with_its_department_stays_bare():
    # gansu-2025: 报省商务厅流通发展处 in the cover, 甘肃省商务厅办公室 in the 版记; the clauses write the 处 bare
    text = (
        "甘肃省商务厅关于印发考核细则的通知\n"
        "各市（州）商务局：\n"
        "请于2025年4月30日前将任务分解表报省商务厅流通发展处。\n"
        "二、考核内容\n"
        "（一）县域商业体系建设。（流通发展处牵头，计划财务处配合）\n"
        "（二）农村电商发展。（电子商务处负责，各市州商务局分工负责）\n"
        "甘肃省商务厅办公室　　2025年4月8日印发\n"
    )
    roles = _roles(text)
    assert roles["2.1"] == (["流通发展处"], [], ["计划财务处"])
    assert roles["2.2"] == ([], ["电子商务处", "各市州商务局"], [])


def test_sections_of_two_departments_or_side_by_side_cells_give_no_department():
    # two departments write their sections: a bare one is left as written
    text = (
        "二、重点任务\n"
        "（一）完善签约服务。（牵头单位：市卫生健康委基层处；配合单位：市医保局医药服务管理处）\n"
        "（二）做好经费保障。（财务处负责）\n"
    )
    assert _roles(text)["2.2"] == ([], ["财务处"], [])
    # guangzhou-2023: the 责任单位 cell 市卫生健康委 and the 牵头处室 cell 基层处 only stand side by side
    text = (
        "二、任务分工\n"
        "序号\t工作任务\t牵头单位\t责任单位\t牵头处室\t配合处室\n"
        "1\t优化签约服务\t各区政府\t市卫生健康委\t基层处\t医政处\n"
        "2\t完善培训体系\t各区政府、市卫生健康委\t/\t科教处\t基层处\n"
    )
    doc = notice_parser.parse_text(text)
    names = {u.name for m in doc.measures for u in (*m.lead_units, *m.responsible_units, *m.supporting_units)}
    assert "基层处" in names and not any(n.startswith("市卫生健康委") and n != "市卫生健康委" for n in names)


def test_a_standalone_office_and_a_street_offices_own_offices_stay_as_written():
    # nanan-2025: 市公安局柳城派出所 is written once, the clauses write 柳城派出所 (a police station stands alone)
    text = (
        "二、重点任务\n"
        "（一）加强治安防控。（市公安局柳城派出所负责）\n"
        "（二）开展矛盾纠纷排查。（柳城派出所、司法所负责）\n"
    )
    assert _roles(text)["2.2"][1][0] == "柳城派出所"
    # wugang-2025: a street office's offices, no department written before any of them
    text = (
        "二、整改任务\n"
        "（一）网格化工作推进不够有力。（牵头单位：党建工作办公室；责任单位：综合治理中心、各社区党委）\n"
        "（二）财务管理不够严格。（财政所牵头，审计中心参与）\n"
    )
    assert _roles(text)["2.1"] == (["党建工作办公室"], ["综合治理中心", "各社区党委"], [])
