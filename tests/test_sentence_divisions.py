"""Responsibility written as a sentence: a sentence that names its task and closes in the division of it among
units of two roles, as an item or a paragraph of its own (项目开工、完工进度由市住建局负责核查，市城管局配合； redteam14
shamei 第六条（一）（三）（五）; 以上两项由…落实，…督导。 redteam11 hunan) is a clause, as a paragraph's closing sentence in
verb notation is; after a run-in heading or another sentence of its paragraph (shamei 第四条, a 保障措施 paragraph) it is
running text (review 12 item 3); an
assignment that opens the task (市住房和城乡建设局牵头，各县（区）人民政府负责，2026年12月31日前完成…任务，…
redteam14 panjiang 三（二）, qiming 一、四、六) and one unit answering alone (所需经费由市财政局负责) are running text
(ANNOTATE). Phrases from the round-14 notices and other ways offices write them."""

from __future__ import annotations

import pytest
from conftest import id_roles

import notice_parser


def _roles(sentence: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    return id_roles(notice_parser.parse_text(f"一、任务\n（一）完成整改任务。{sentence}\n"))


@pytest.mark.parametrize(
    ("sentence", "lead", "responsible", "supporting"),
    [
        (
            "考核的具体组织实施由市住建局负责，市财政局、市发展改革委、市审计局配合。",
            [],
            ["市住建局"],
            ["市财政局", "市发展改革委", "市审计局"],
        ),
        ("项目开工、完工进度由市住建局负责核查，市城管局配合；", [], ["市住建局"], ["市城管局"]),
        (
            "水、电、气、通信等管线改造由市发展改革委牵头，国网沙湄供电公司、沙湄水务集团、市燃气公司参与；",
            ["市发展改革委"],
            [],
            ["国网沙湄供电公司", "沙湄水务集团", "市燃气公司"],
        ),
        (
            "智能安防和消防通道整治由市公安局牵头，市消防救援支队配合，各区县政府负责落实。",
            ["市公安局"],
            ["各区县政府"],
            ["市消防救援支队"],
        ),
        (
            "以上两项由各市州住房城乡建设（城管）部门落实，厅城市管理监督局督导。",
            ["厅城市管理监督局"],
            ["各市州住房城乡建设（城管）部门"],
            [],
        ),
        ("日常监管由区市场监管局负责，各街道办事处配合。", [], ["区市场监管局"], ["各街道办事处"]),
        ("该项工作由县农业农村局牵头，县财政局、县水利局参与。", ["县农业农村局"], [], ["县财政局", "县水利局"]),
    ],
)
def test_a_sentence_closing_in_its_division_is_a_clause(sentence, lead, responsible, supporting):
    # as an item of its own (第六条's 分工 list) or a paragraph of its own after the task (hunan's 以上两项由…)
    assert id_roles(notice_parser.parse_text(f"一、任务\n（一）{sentence}\n")) == [
        ("1.1", lead, responsible, supporting)
    ]
    text = f"一、任务\n（一）完成整改任务。各地逐项销号。\n{sentence}\n"
    assert id_roles(notice_parser.parse_text(text)) == [("1.1", lead, responsible, supporting)]
    # after a run-in heading or another sentence of its paragraph it is running text (review 12 item 3)
    assert _roles(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "本办法由市住建局负责解释。",  # one unit alone (hunan 5.2, shamei 第十九条: no clause)
        "项目资金由市财政局负责拨付。",
        "考核工作由市住建局牵头，会同市财政局组织实施。",  # 会同: the lead's own task, no division
        "具体工作由市住建局牵头，有关部门共同参与实施。",  # a task verb closes it (ANNOTATE)
        "上述工作由市住建局牵头，于6月底前完成。",  # one role and a time part
        "领导小组办公室设在市住建局，由市住建局负责日常工作，各成员单位配合。",  # the topic is a sentence of its own
        "考核结果由市住建局汇总，报市政府审定。",
    ],
)
def test_running_text_stays_out(sentence):
    assert _roles(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # redteam14 panjiang 三（二）: the time parts carry the task (ANNOTATE: 由区财政局牵头… is running text)
        "市住房和城乡建设局牵头，各县（区）人民政府负责，2026年12月31日前完成年度老旧燃气管网改造240公里任务，"
        "2027年6月底前全面完成市域内使用年限超过20年的老旧管网改造。",
        "由县应急管理局牵头，各乡镇人民政府负责，2025年10月底前完成全县危险化学品企业安全风险评估工作。",
        "消防救援大队配合，于2024年6月30日前制定重大事故隐患判定标准清单。",  # redteam13 ruiyu
        # review 12 item 2: one answer for the notation, whatever the length of the work the time part names
        "市住建局牵头，各区县政府负责，2026年底前完成燃气管道改造。",
        "市住建局牵头，各区县政府负责，2026年底前完成城镇燃气管道老化更新改造。",
        "由市住建局牵头，各区县政府负责，2026年6月底前完成老旧小区加装电梯100部。",
        "市商务局、市发展改革委牵头，市市场监督管理局配合，2025年6月底前完成专项检查。",
        "县自然资源局牵头，各乡镇落实，每季度开展一次卫片执法检查。",
    ],
)
def test_an_assignment_that_opens_its_task_is_running_text(sentence):
    # after the item's run-in title (as panjiang's （二）加快管网改造。) or as the item's first words (ruiyu's 1 、)
    assert _roles(sentence) == []
    assert id_roles(notice_parser.parse_text(f"一、任务\n（一）{sentence}\n")) == []


@pytest.mark.parametrize(
    ("sentence", "lead", "responsible", "supporting"),
    [
        # qinzhou 2025 (its gold): after the task's own sentence the assignment closes the task, whatever its time
        # part names (完成60%, 全部建成; 第三季度完成车辆采购, 完成专项检查)
        (
            "由钦州市住房和城乡建设局牵头，钦南区、钦北区人民政府负责组织实施，2025年6月底前完成60%，2025年9月30日前全部建成。",
            ["钦州市住房和城乡建设局"],
            ["钦南区人民政府", "钦北区人民政府"],
            [],
        ),
        (
            "市商务局、市发展改革委牵头，市市场监督管理局配合，2025年6月底前完成专项检查。",
            ["市商务局", "市发展改革委"],
            [],
            ["市市场监督管理局"],
        ),
        ("县自然资源局牵头，各乡镇落实，每季度开展一次卫片执法检查。", ["县自然资源局"], ["各乡镇"], []),
        (
            "市住建局牵头，各区县政府负责，2026年底前完成城镇燃气管道老化更新改造。",
            ["市住建局"],
            ["各区县政府"],
            [],
        ),
        ("市城市管理局牵头，各县区人民政府负责，第三季度完成车辆采购。", ["市城市管理局"], ["各县区人民政府"], []),
    ],
)
def test_an_assignment_after_its_task_closes_it(sentence, lead, responsible, supporting):
    task = "（一）新建和改造生活垃圾分类投放点850个，配备洗手池、除臭、照明等设施。"
    assert id_roles(notice_parser.parse_text(f"一、任务\n{task}{sentence}\n")) == [
        ("1.1", lead, responsible, supporting)
    ]


@pytest.mark.parametrize(
    ("sentence", "lead", "responsible"),
    [
        (
            "由市住建局牵头，各区县政府负责，2025年6月底前完成60%，2025年9月30日前全部建成。",
            ["市住建局"],
            ["各区县政府"],
        ),
        ("市住建局牵头，各区县政府负责，11月中旬前建成投运。", ["市住建局"], ["各区县政府"]),
        ("市住建局牵头，各区县政府负责，长期坚持。", ["市住建局"], ["各区县政府"]),
    ],
)
def test_an_assignment_whose_time_part_names_no_work_is_a_clause_after_a_title(sentence, lead, responsible):
    assert _roles(sentence) == [("1.1", lead, responsible, [])]


def test_a_zone_bureau_written_bare_takes_no_level_from_the_zone_name():
    # redteam14 qiming: the meeting's 参会单位 line writes 新区经济发展局、…; the clauses write 经济发展局 bare, the
    # zone's own bureau (新区 is no 区 level of it); a district's 区财政局 listed as such still lends its level
    text = (
        "参会单位：新区经济发展局、财政金融局、党政办公室\n"
        "一、关于督查调度\n建立调度机制。（责任单位：经济发展局、党政办公室；完成时限：长期坚持）\n"
        "二、关于资金保障\n统筹安排资金。（责任单位：区财政局、发改局）\n"
    )
    assert id_roles(notice_parser.parse_text(text)) == [
        ("1", [], ["经济发展局", "党政办公室"], []),
        ("2", [], ["区财政局", "区发改局"], []),
    ]


def test_a_closing_sentence_may_name_a_bureaus_section():
    # redteam14 sutang 1.2.4.3 (its gold): 科 closes a unit's name as 处 and 室 do
    assert _roles("各镇卫生院分头落实，区卫生健康局老龄健康科指导。") == [
        ("1.1", ["区卫生健康局老龄健康科"], ["各镇卫生院"], [])
    ]
