"""A clause that closes a block's last item is the block's where the document closes its blocks so
(measures._blocks_closed_by_their_last_item); real phrases from yichang-2025, zunyi-huichuan-2024,
meitan-2024 and renshou-2024."""

from __future__ import annotations

import notice_parser


def _measures(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = notice_parser.parse_text(text)
    return [(m.id, [u.name for u in m.lead_units], [u.name for u in m.responsible_units]) for m in doc.measures]


def test_problem_blocks_whose_measures_are_lines_close_with_the_blocks_clause():
    text = (
        "三、整改措施\n"
        "问题（一）食用农产品质量安全监管存在短板。\n"
        "1.督促遵义市蔬菜批发市场等2家市场完善快检室设备和人员配备。\n"
        "2.建立不合格农产品“产地—市场”双向追溯机制。\n"
        "责任单位：区农业农村局、区市场监管局\n"
        "整改时限：2024年11月底前\n"
        "问题（二）食品生产小作坊规范提升进展缓慢。\n"
        "1.对未完成规范提升的小作坊实行“一坊一策”，逐家制定提升计划。\n"
        "2.对符合条件的小作坊给予改造补助。\n"
        "责任单位：区市场监管局（牵头），区财政局\n"
        "整改时限：2025年6月底前\n"
        "四、工作要求\n"
    )
    assert _measures(text) == [
        ("3.1", [], ["区农业农村局", "区市场监管局"]),
        ("3.2", ["区市场监管局"], ["区财政局"]),
    ]
    doc = notice_parser.parse_text(text)
    assert doc.measures[0].heading == "食用农产品质量安全监管存在短板"
    assert [d.raw for d in doc.measures[0].deadlines] == ["2024年11月底前"]


def test_a_clause_after_the_last_item_of_one_of_many_clause_closed_items_is_that_items():
    # yichang-2025 (one line, as crawled): every （N） closes with its clause; （二）'s (（八） there) follows its 3.
    text = (
        "二、重点任务 （一）提升中医药服务能力。推广中医药适宜技术。（责任单位：市卫生健康委中医科，各县市区卫生健康局）"
        " （二）提升基层公共卫生服务水平。1.做实基本公共卫生服务项目，65岁及以上老年人健康管理率达到70%以上。"
        "2.加强传染病监测预警，每个乡镇卫生院至少配备1名公共卫生医师。3.推进医防融合，2025年10月底前每个县市区至少打造"
        "3个医防融合示范乡镇卫生院。（责任单位：市卫生健康委疾控科，市疾控中心，各县市区卫生健康局）"
        " （三）加强村级医疗卫生服务保障。统筹解决乡村医生养老和医疗保障问题。（责任单位：市财政局，各县市区人民政府）"
        " 三、工作步骤 （一）部署启动阶段。各县市区制定本地实施方案。"
    )
    assert [m[0] for m in _measures(text)] == ["2.1", "2.2", "2.3"]
    assert _measures(text)[1][2] == ["市卫生健康委疾控科", "市疾控中心", "各县市区卫生健康局"]


def test_the_only_clause_of_a_list_stays_its_items():
    # meitan-2024: （二）'s （2） alone holds a clause; （一）（三） hold none
    text = (
        "三、保障措施\n"
        "（一）加强组织领导。县茶产业发展领导小组统筹推进本方案实施。\n"
        "（二）强化政策扶持。\n"
        "（1）加大财政投入。县财政每年安排茶产业发展专项资金不少于3000万元。\n"
        "（2）创新金融服务。推广“茶园贷”“茶企贷”等金融产品。（县财政局会同县金融服务中心负责）\n"
        "（三）严格考核督导。将茶产业发展纳入各镇（街道）年度目标考核。\n"
    )
    assert [m[0] for m in _measures(text)] == ["3.2.2"]


def test_items_of_a_list_whose_other_blocks_close_per_item_keep_their_clause():
    # renshou-2024: 三、's items each close with a clause, so 五、3.'s clause is 3.'s
    text = (
        "三、主要任务\n"
        "1.实施水源保护工程。划定农村饮用水水源保护区。（县水利局牵头，县生态环境局配合）\n"
        "2.实施管网延伸工程。推进城乡供水一体化。（县水利局负责）\n"
        "四、实施步骤\n"
        "全面组织实施。\n"
        "五、保障措施\n"
        "1.加强组织领导。成立农村供水保障工作领导小组。\n"
        "2.强化督查考核。定期开展专项督查。\n"
        "3.加强宣传引导。广泛宣传节约用水知识。(县委宣传部牵头，县水利局配合)\n"
    )
    assert [m[0] for m in _measures(text)] == ["3.1", "3.2", "5.3"]


_CLOSED_BY_LAST_ITEM = (
    "问题（二）食品生产小作坊规范提升进展缓慢。\n"
    "1.对小作坊实行“一坊一策”。\n"
    "2.对符合条件的小作坊给予改造补助。\n"
    "责任单位：区市场监管局（牵头），区财政局\n"
    "问题（三）校园食品安全管理存在薄弱环节。\n"
    "1.下达整改通知书。\n"
    "2.开展专项检查。\n"
    "责任单位：区教育局\n"
)


def test_a_block_whose_last_item_holds_two_clauses_keeps_the_list_per_item():
    text = (
        "三、整改措施\n"
        "问题（一）食用农产品质量安全监管存在短板。\n"
        "1.督促市场完善快检室设备。\n"
        "2.建立双向追溯机制。（区农业农村局负责）开展农药残留攻坚治理。（区市场监管局负责）\n" + _CLOSED_BY_LAST_ITEM
    )
    assert [m[0] for m in _measures(text)] == ["3.1.2-1", "3.1.2-2", "3.2.2", "3.3.2"]


def test_a_block_with_a_clause_of_its_own_keeps_the_list_per_item():
    text = (
        "三、整改措施\n"
        "问题（一）食用农产品质量安全监管存在短板。（区农业农村局负责）\n"
        "1.督促市场完善快检室设备。\n"
        "2.建立双向追溯机制。（区市场监管局负责）\n" + _CLOSED_BY_LAST_ITEM
    )
    assert [m[0] for m in _measures(text)] == ["3.1", "3.1.2", "3.2.2", "3.3.2"]
