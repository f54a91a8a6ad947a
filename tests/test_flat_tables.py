"""Task tables that reached us as text (issue 8 item 2): tab-separated, one
cell per paragraph, or run into one line. Small notices written in the
notations the corpus shows, for other authorities."""

from __future__ import annotations

import notice_parser


def _roles(m):
    return (
        [u.name for u in m.lead_units],
        [u.name for u in m.responsible_units],
        [u.name for u in m.supporting_units],
    )


def _grounded(doc):
    for m in doc.measures:
        for u in [*m.lead_units, *m.responsible_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


TAB_NOTICE = (
    "某县人民政府办公室关于印发2024年农村人居环境整治任务分工的通知\n"
    "各乡镇人民政府，县直有关单位：\n"
    "现将任务分工印发给你们，请认真贯彻落实。\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t开展村庄清洁行动\t县农业农村局\t县财政局、县住建局\t2024年6月底前\n"
    "2\t推进农村厕所革命\t\t县卫生健康局\t2024年12月底前\n"
    "3\t治理农村生活污水\t县生态环境局\t县水利局\t\n"
)


def test_tab_separated_rows_are_measures_and_an_empty_lead_cell_carries_down():
    doc = notice_parser.parse_text(TAB_NOTICE)
    _grounded(doc)
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3"]
    assert [_roles(m) for m in doc.measures] == [
        (["县农业农村局"], [], ["县财政局", "县住建局"]),
        (["县农业农村局"], [], ["县卫生健康局"]),  # the lead written once for the group
        (["县生态环境局"], [], ["县水利局"]),
    ]
    assert [m.heading for m in doc.measures] == ["开展村庄清洁行动", "推进农村厕所革命", "治理农村生活污水"]
    assert [[d.date for d in m.deadlines] for m in doc.measures] == [
        ["2024-06-30"],
        ["2024-12-31"],
        ["2024-12-31"],  # the 完成时限 cell carries down too
    ]


PARAGRAPH_NOTICE = (
    "一、工作任务\n"
    "（一）明确分工\n"
    "序号\n工作任务\n责任单位\n完成时间\n"
    "1\n建立健全食品安全追溯体系\n市市场监管局、市农业农村局\n2023年9月底前\n"
    "2\n开展校园食品安全专项检查\n市教育局\n2023年10月底前\n"
    "3\n完善应急处置预案\n"  # the 责任单位 cell was empty and dropped
    "2023年12月底前\n"
    "二、保障措施\n"
    "（一）加强组织领导。各单位要高度重视。\n"
)


def _table_measures(text: str):
    """The document of ``text`` (its units grounded) and its table rows' measures."""
    doc = notice_parser.parse_text(text)
    _grounded(doc)
    return doc, [m for m in doc.measures if m.id.startswith("table")]


def test_one_cell_per_paragraph_rows_are_rebuilt_from_the_serial_numbers():
    doc, ms = _table_measures(PARAGRAPH_NOTICE)
    assert [m.id for m in ms] == ["table1.row1", "table1.row2", "table1.row3"]
    assert [_roles(m) for m in ms] == [
        ([], ["市市场监管局", "市农业农村局"], []),
        ([], ["市教育局"], []),
        ([], ["市教育局"], []),  # the empty 责任单位 cell takes the group's unit
    ]
    # the table sits inside section 1.1: its rows and their items take that id
    assert {m.section_id for m in ms} == {"1.1"}
    assert [(d.section_id, d.date) for d in ms[0].deadlines] == [("1.1", "2023-09-30")]
    # the cells are not sections, and the section after the table is still found
    ids = [s.id for s in notice_parser.model.walk_sections(doc.sections)]
    assert ids == ["1", "1.1", "2", "2.1"]


def test_a_paragraph_table_with_a_two_paragraph_task_cell_joins_them():
    text = (
        "序号\n主要任务\n牵头部门\n配合部门\n"
        "1\n推进老旧小区改造\n年内完成30个小区\n区住建局\n区财政局\n"
        "2\n推进背街小巷整治\n区城管局\n各街道\n"
    )
    doc = notice_parser.parse_text(text)
    assert [_roles(m) for m in doc.measures] == [
        (["区住建局"], [], ["区财政局"]),
        (["区城管局"], [], ["各街道"]),
    ]
    assert doc.measures[0].heading == "推进老旧小区改造年内完成30个小区"


RUN_ON_NOTICE = (
    "某县人民政府关于印发2016年环境保护工作要点的通知\n"
    "附件\n"
    "2016年环境保护重点工作任务分解表\n"
    "序号主要工作任务具体工作措施完成时限主要责任单位任务来源"
    "1推进生态文明建设1、成立县生态文明建设领导小组3月县发改局县环保局1、县政府工作报告"
    "2、组织编制生态文明建设规划12月县环保局"
    "3、实施生态保护红线专项规划6月县规划局县发改局县环保局"
    "2整治畜禽养殖污染4、划定畜禽养殖禁养区全年县农业局相关乡镇人民政府2、省环保工作会议"
    "注：主要责任单位第一个为牵头单位，其余为主要配合单位。\n"
)


def test_a_table_run_into_one_line_is_rebuilt_at_its_time_and_unit_cells():
    doc = notice_parser.parse_text(RUN_ON_NOTICE)
    _grounded(doc)
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2", "table1.row3", "table1.row4"]
    # 注：主要责任单位第一个为牵头单位，其余为主要配合单位 (stated only under the table)
    assert [_roles(m) for m in doc.measures] == [
        (["县发改局"], [], ["县环保局"]),
        (["县环保局"], [], []),
        (["县规划局"], [], ["县发改局", "县环保局"]),
        (["县农业局"], [], ["相关乡镇人民政府"]),
    ]
    assert [m.heading for m in doc.measures] == [
        "1、成立县生态文明建设领导小组",
        "2、组织编制生态文明建设规划",
        "3、实施生态保护红线专项规划",
        "4、划定畜禽养殖禁养区",
    ]
    assert [[d.date for d in m.deadlines] for m in doc.measures] == [
        ["2016-03-31"],
        ["2016-12-31"],
        ["2016-06-30"],
        ["2016-12-31"],
    ]


def test_a_run_on_table_whose_rows_cannot_be_found_is_named_in_a_warning():
    text = (
        "附件\n序号工作任务责任单位配合单位完成时限" + "1完善制度县发改局县财政局2推进改革县财政局县审计局" * 3 + "\n"
    )
    doc = notice_parser.parse_text(text)
    assert not doc.measures
    warnings = [w for w in doc.warnings if w.code == "table_not_read"]
    assert len(warnings) == 1
    assert "序号/工作任务/责任单位/配合单位/完成时限" in warnings[0].message


def test_a_table_note_gives_the_rest_the_role_it_names_in_an_html_table():
    html = (
        "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>整治河道</td><td>市水务局、市环保局、市城管局</td></tr></table>"
        "<p>注：责任单位中排在第一位的为牵头单位，其余为配合单位。</p>"
    )
    doc = notice_parser.parse(html.encode(), format="html")
    assert [_roles(m) for m in doc.measures] == [(["市水务局"], [], ["市环保局", "市城管局"])]


def test_prose_with_a_few_header_words_is_no_table():
    text = (
        "一、工作任务\n（一）明确责任单位和完成时限。各单位要明确工作任务、责任单位、完成时限，"
        "确保按期完成。（市政府办公室负责）\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures] == ["1.1"]
    assert not [w for w in doc.warnings if w.code == "table_not_read"]


def test_a_markdown_pipe_table_carries_an_empty_lead_cell_down():
    md = (
        "# 某区2024年优化营商环境重点任务清单\n\n"
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 推行“一件事一次办” | 区政务服务中心 | 区发改局、区财政局 | 2024年6月底前 |\n"
        "| 2 | 压缩企业开办时间 |  | 区市场监管局 | 2024年9月底前 |\n"
    )
    doc = notice_parser.parse(md.encode(), format="txt")
    _grounded(doc)
    assert [_roles(m) for m in doc.measures] == [
        (["区政务服务中心"], [], ["区发改局", "区财政局"]),
        (["区政务服务中心"], [], ["区市场监管局"]),
    ]


def test_an_html_page_with_a_paragraph_per_cell_and_a_title_above_the_header():
    html = (
        "<html><body><h1>某县任务分工</h1><p>序号</p><p>工作任务</p><p>牵头单位</p><p>完成时限</p>"
        "<p>1</p><p>建设污水处理厂</p><p>县住建局</p><p>2024年底前</p>"
        "<p>2</p><p>整治黑臭水体</p><p>县生态环境局</p><p>2025年6月底前</p></body></html>"
    )
    doc = notice_parser.parse(html.encode(), format="html")
    _grounded(doc)
    assert [(m.heading, _roles(m), [d.date for d in m.deadlines]) for m in doc.measures] == [
        ("建设污水处理厂", (["县住建局"], [], []), ["2024-12-31"]),
        ("整治黑臭水体", (["县生态环境局"], [], []), ["2025-06-30"]),
    ]


def test_the_documents_first_listed_convention_holds_for_a_later_table():
    text = (
        "一、工作要求\n（一）明确责任。各项任务中列第一位的为牵头单位，其他为责任单位。\n"
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t整治农村人居环境\t县农业农村局、县住建局\t2024年底前\n"
        "2\t治理生活污水\t县生态环境局\t2024年底前\n"
    )
    doc = notice_parser.parse_text(text)
    ms = [m for m in doc.measures if m.id.startswith("table")]
    assert [_roles(m) for m in ms] == [
        (["县农业农村局"], ["县住建局"], []),
        (["县生态环境局"], [], []),
    ]


def test_a_tab_table_with_a_two_row_header_and_ragged_rows_inside_a_section():
    text = (
        "一、任务\n（一）分工\n"
        "序号\t重点任务\t责任单位\t\t完成时限\n"
        "\t\t牵头单位\t配合单位\t\n"
        "1\t开展村庄清洁行动\t县农业农村局\t县财政局\t2024年6月底前\t备注\n"
        "2\t推进农村厕所革命\t\t县卫生健康局\t2024年12月底前\n"
    )
    doc = notice_parser.parse_text(text)
    _grounded(doc)
    assert [(m.id, m.section_id, _roles(m)) for m in doc.measures] == [
        ("table1.row1", "1.1", (["县农业农村局"], [], ["县财政局"])),
        ("table1.row2", "1.1", (["县农业农村局"], [], ["县卫生健康局"])),
    ]


def test_cells_separated_by_runs_of_spaces_as_a_pdf_export_writes_them():
    text = (
        "一、任务\n（一）分工\n"
        "序号  重点任务            牵头单位        配合单位          完成时限\n"
        "1     开展村庄清洁行动    县农业农村局    县财政局、县住建局  2024年6月底前\n"
        "2     推进农村厕所革命    县卫生健康局    各乡镇            2024年12月底前\n"
        "二、保障措施\n（一）加强领导。各乡镇要高度重视。\n"
    )
    doc = notice_parser.parse_text(text)
    _grounded(doc)
    assert [(m.heading, _roles(m), [d.date for d in m.deadlines]) for m in doc.measures] == [
        ("开展村庄清洁行动", (["县农业农村局"], [], ["县财政局", "县住建局"]), ["2024-06-30"]),
        ("推进农村厕所革命", (["县卫生健康局"], [], ["各乡镇"]), ["2024-12-31"]),
    ]
    assert [s.id for s in notice_parser.model.walk_sections(doc.sections)] == ["1", "1.1", "2", "2.1"]


def test_a_run_on_table_with_units_before_the_time_is_cut_at_its_running_numbers():
    text = (
        "某县人民政府关于印发2024年营商环境工作要点的通知\n附件\n"
        "序号工作任务责任单位完成时限"
        "1推进市场化改革县发改局县财政局2024年6月底前"
        "2优化审批服务县行政审批局、县市场监管局2024年9月"
        "3完善信用体系县发改局全年\n"
    )
    doc = notice_parser.parse_text(text)
    _grounded(doc)
    assert [(m.heading, _roles(m), [d.date for d in m.deadlines]) for m in doc.measures] == [
        ("推进市场化改革", ([], ["县发改局", "县财政局"], []), ["2024-06-30"]),
        ("优化审批服务", ([], ["县行政审批局", "县市场监管局"], []), ["2024-09-30"]),
        ("完善信用体系", ([], ["县发改局"], []), ["2024-12-31"]),
    ]


def test_the_run_on_header_characters_are_those_of_its_words():
    """Every header word (the pattern's language: up to three of its pieces joined) starts with a
    RUN_ON_HEADER_FIRST_CHARS character and ends with a RUN_ON_HEADER_LAST_CHARS one, so a
    line without such a pair holds no run of header words."""
    import itertools

    import regex

    from notice_parser.lexicon import table_headers as TH

    word = regex.compile(TH.RUN_ON_HEADER_WORD)
    pieces = sorted(set(regex.findall(r"\p{Han}+", TH.RUN_ON_HEADER_WORD)))
    words = {"".join(p) for k in (1, 2, 3) for p in itertools.product(pieces, repeat=k) if word.fullmatch("".join(p))}
    assert {"序号", "主要工作任务", "具体牵头单位", "完成时限", "进度安排"} <= words
    assert {w[0] for w in words} == set(TH.RUN_ON_HEADER_FIRST_CHARS)
    assert {w[-1] for w in words} == set(TH.RUN_ON_HEADER_LAST_CHARS)
    assert max(map(len, words)) == TH.RUN_ON_HEADER_LONGEST and min(map(len, words)) >= 2


def test_a_line_is_scanned_for_a_run_on_header_only_with_two_joins_a_word_apart():
    from notice_parser.extract.flat_tables import _may_hold_run_on_header

    for text, expected in [
        ("序号主要工作任务具体工作措施完成时限主要责任单位任务来源", True),
        ("完成时限主要责任单位", False),  # two words: one join
        ("各责任单位主要负责同志要亲自抓", False),  # 位主: one join
        ("序号任务时限", True),  # joins 号任 and 务时, two apart
    ]:
        assert _may_hold_run_on_header(text, 0, len(text)) is expected, text


def test_per_line_prefilters_agree_with_the_rules_they_skip():
    from notice_parser.context import Context
    from notice_parser.extract import flat_tables
    from notice_parser.spans import squeeze

    # a character _MAY_BE_COLUMN_NAME refuses survives squeezing and makes _HEADER_LINE refuse the line
    for ch in "：:，,。；;、．.0123456789０１２３４５６７８９":
        assert not flat_tables._MAY_BE_COLUMN_NAME.fullmatch("牵头" + ch) and squeeze(ch) == ch
        assert not flat_tables._HEADER_LINE.match("牵头" + ch + "单位")
    may = flat_tables._MAY_BE_COLUMN_NAME.fullmatch
    assert may("责任单位（牵头）") and may(" " * 40) and not may(" " * 41) and may("")
    # a line _FILLED finds nothing on is one squeezing empties (the lines the readers skip as blank)
    for ch in "\x1c\x1f\x85\u2028\u2004a市":  # no WHITESPACE: found, and kept by squeeze
        assert flat_tables._FILLED.search(ch) and squeeze(ch) == ch, hex(ord(ch))
    for ch in "\u3000\u00a0\u200b\ufeff \t\r\f\n\v\u2002\u2003\u2009":  # WHITESPACE: neither
        assert not flat_tables._FILLED.search(ch) and squeeze(ch) == "", hex(ord(ch))
    # a line of spaces that are no WHITESPACE (U+2028, U+2004: passed to the readers) opens no table
    for blank in ("\u2028", "\u2004\u2004", "\x85" * 50):
        ctx = Context(blank + "\n序号\n工作任务\n牵头单位\n完成时限\n1\n建立机制\n市委办\n2024年底")
        assert [t.span for t in flat_tables.find_text_tables(ctx, [])] == [(len(blank) + 1, len(ctx.text))]


# a crawled page: the whole body on one line, paragraphs and table cells joined by a single space
SPACED_ONE_LINE = (
    "当前位置：首页 > 政务公开 > 通知公告\n"
    "某区人民政府办公室关于印发某区城乡环境整治提升方案的通知 时间：2024-05-10 来源：区住建局 "
    "一、工作目标 到2024年底，全区建成美丽宜居示范村10个以上。 二、任务分工 各项任务的牵头单位、配合单位和完成时限详见下表。 "
    "序号 重点任务 牵头单位 配合单位 完成时限 "
    "1 开展村庄清洁行动 区农业农村局 各镇（街道） 2024年6月底前 "
    "2 推进农村生活污水治理 区生态环境局 区水利局、区财政局 2024年12月底前 "
    "3 开展道路沿线 环境整治 区交通运输局 区公安分局 区城管局 每季度 "
    "4 完成上年度奖补资金清算 区财政局 次年3月底前 "
    "三、保障措施 （一）加强组织领导。各镇（街道）要落实属地责任。\n"
)


def test_a_table_run_into_one_line_with_a_space_between_cells_is_rebuilt_at_its_running_numbers():
    doc, ms = _table_measures(SPACED_ONE_LINE)
    assert [m.id for m in ms] == ["table1.row1", "table1.row2", "table1.row3", "table1.row4"]
    assert [m.heading for m in ms] == [
        "开展村庄清洁行动",
        "推进农村生活污水治理",
        "开展道路沿线环境整治",  # a space inside the task cell: the cell is joined again
        "完成上年度奖补资金清算",
    ]
    assert [_roles(m) for m in ms] == [
        (["区农业农村局"], [], ["各镇（街道）"]),
        (["区生态环境局"], [], ["区水利局", "区财政局"]),
        # one name per cell: the first in the lead column, the others together in the last role column
        (["区交通运输局"], [], ["区公安分局", "区城管局"]),
        # one unit cell under two role columns: the lead's (次年3月底前 is the time cell)
        (["区财政局"], [], []),
    ]
    assert [[(d.kind, d.date) for d in m.deadlines] for m in ms[:2]] == [
        [("by", "2024-06-30")],
        [("by", "2024-12-31")],
    ]
    # the section after the table is still found; the table's cells are no sections
    ids = [s.id for s in notice_parser.model.walk_sections(doc.sections)]
    assert ids == ["1", "2", "3", "3.1"]


ONE_LINE_HEAD = (
    "关于印发某区2024年老年助餐服务工作方案的通知 各街道办事处，区有关部门： 现将方案印发给你们，请认真贯彻落实。 "
    "附件 重点任务分工表 序号 重点任务 牵头单位 配合单位 完成时限 "
)


def _table_rows(body: str) -> list[tuple]:
    doc = notice_parser.parse_text(ONE_LINE_HEAD + body + "\n")
    _grounded(doc)
    return [(m.heading, _roles(m), [d.date for d in m.deadlines]) for m in doc.measures if m.id.startswith("table")]


def test_a_one_line_tables_last_row_ends_at_its_time_cell():
    # spaces inside the last task cell; the page's own text after the table (抄送, the imprint)
    assert _table_rows(
        "1 新增社区老年助餐点20个 区民政局 各街道办事处 2024年12月底前 "
        "2 开展 老年人 助餐 服务 质量 评估 区市场监管局 区民政局 2024年10月底前"
    )[1] == ("开展老年人助餐服务质量评估", (["区市场监管局"], [], ["区民政局"]), ["2024-10-31"])
    assert _table_rows(
        "1 新增社区老年助餐点 区民政局 各街道办事处 2024年12月底前 "
        "2 建立助餐服务补贴机制 区财政局 2024年11月底前 抄送：区委办公室，区人大常委会办公室。 "
        "某区人民政府办公室 2024年3月1日印发"
    )[1] == ("建立助餐服务补贴机制", (["区财政局"], [], []), ["2024-11-30"])


def test_a_number_inside_a_task_cell_does_not_start_the_next_row():
    rows = _table_rows(
        "1 每个街道新建 2 个老年助餐点 区民政局 各街道办事处 2024年12月底前 "
        "2 开展助餐服务质量评估 区市场监管局 区民政局 2024年10月底前"
    )
    assert [(h, r) for h, r, _ in rows] == [
        ("每个街道新建2个老年助餐点", (["区民政局"], [], ["各街道办事处"])),
        ("开展助餐服务质量评估", (["区市场监管局"], [], ["区民政局"])),
    ]


def test_a_paragraph_tables_task_cell_closing_with_an_aside_is_no_unit_and_group_names_are():
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n新建社区养老服务站（点）\n区民政局\n2024年12月底前\n"
        "2\n开展残疾人就业帮扶\n区残联\n区直有关部门\n2024年10月底前\n"
    )
    doc = notice_parser.parse_text(text)
    assert [(m.heading, _roles(m)) for m in doc.measures] == [
        ("新建社区养老服务站（点）", (["区民政局"], [], [])),
        ("开展残疾人就业帮扶", (["区残联"], [], ["区直有关部门"])),  # a full row is taken as it is
    ]


def test_a_line_with_a_serial_word_but_no_header_after_it_is_no_table():
    text = "一、工作要求 请按序号 顺序填写附表，由区财政局负责汇总，2024年6月底前报送。 二、其他 无。\n"
    doc = notice_parser.parse_text(text)
    assert not [m for m in doc.measures if m.id.startswith("table")]
    assert not [w for w in doc.warnings if w.code == "table_not_read"]
