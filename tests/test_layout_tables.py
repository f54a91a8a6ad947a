"""Tables laid out by position (``pdftotext -layout``): space-aligned columns, cells wrapped in
their column, rows broken over a page break, the header repeated under （续表）, running page
headers and numbers; and the indicator tables of that family (指标 | 单位 | 基期值 | 2025年 … |
属性 | 责任单位), whose year cells are targets."""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

# columns counted in characters (pdftotext places a CJK character in one position), a unit list and
# an indicator wrapped in their columns, the header's 基期值 going on below it, a page break with
# its number, the running 文号 header and （续表） with the header repeated
CHARS = (
    "某省人民政府办公厅关于印发某省医疗卫生提质行动方案的通知\n"
    "一、总体要求\n"
    "（一）主要指标。到2027年，各项指标达到下表要求。\n"
    "\n"
    "                    表1  主要指标\n"
    "\n"
    "  序号  指标名称                    单位      基期值      2025年   2026年   2027年   属性      责任单位\n"
    "                                      （2024年）\n"
    "  1   县域医疗卫生次中心建成             个       118      150     180     ≥200    约束性     省卫生健康委\n"
    "      数量                                                                       省发展改革委\n"
    "  2   孕产妇死亡率                  /10万    13.2     ≤13     ≤12.5   ≤12     约束性     省卫生健康委\n"
    "  3   次中心CT配置率                %       76       85      95      100     约束性     省卫生健康委、\n"
    "                                                                               省财政厅\n"
    "\n"
    "                                    - 3 -\n"
    "\f                                                    某府办发〔2025〕8号\n"
    "\n"
    "                              （续表）\n"
    "  序号  指标名称                    单位      基期值      2025年   2026年   2027年   属性      责任单位\n"
    "                                      （2024年）\n"
    "  4   远程医疗服务乡镇卫生              %       92       100     100     100     约束性     省卫生健康委、\n"
    "      院覆盖率                                                                     省大数据局\n"
    "  5   农产品网络零售额              亿元     86.5     95      105     118     预期性     省商务厅\n"
    "\n"
    "        注：基期值为2024年统计数据。\n"
    "二、保障措施\n"
    "（一）加强组织领导。各地要高度重视。\n"
    "\f                                                    某府办发〔2025〕8号\n"
)


def _table_rows(doc):
    return [
        (m.id, m.heading, [u.name for u in m.lead_units], [u.name for u in m.responsible_units])
        for m in doc.measures
        if m.id.startswith("table")
    ]


def _cells(doc):
    return [
        (t.indicator, t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year, t.raw)
        for t in doc.targets
        if t.section_id == "1.1" and t.raw == t.raw.strip() and not t.raw.startswith(("到", "各"))
    ]


def test_rows_wrapped_in_their_columns_and_broken_over_a_page_are_one_measure_each():
    doc = notice_parser.parse_text(CHARS)
    assert _table_rows(doc) == [
        ("table1.row1", "县域医疗卫生次中心建成数量", [], ["省卫生健康委", "省发展改革委"]),
        ("table1.row2", "孕产妇死亡率", [], ["省卫生健康委"]),
        ("table1.row3", "次中心CT配置率", [], ["省卫生健康委", "省财政厅"]),
        ("table1.row4", "远程医疗服务乡镇卫生院覆盖率", [], ["省卫生健康委", "省大数据局"]),
        ("table1.row5", "农产品网络零售额", [], ["省商务厅"]),
    ]
    for m in doc.measures:
        for u in m.responsible_units:
            assert doc.text[u.span[0] : u.span[1]] == u.raw
    # the table lies in 一、（一）, and the text after it is read as sections again
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1", "2", "2.1"]
    assert all(m.section_id == "1.1" for m in doc.measures if m.id.startswith("table"))


def test_each_year_cell_of_an_indicator_table_is_a_target_with_the_rows_baseline():
    doc = notice_parser.parse_text(CHARS)
    cells = _cells(doc)
    assert cells[:6] == [
        ("县域医疗卫生次中心建成数量", ">=", 150, "个", 118, 2024, 2025, "150"),
        ("县域医疗卫生次中心建成数量", ">=", 180, "个", 118, 2024, 2026, "180"),
        ("县域医疗卫生次中心建成数量", ">=", 200, "个", 118, 2024, 2027, "≥200"),
        ("孕产妇死亡率", "<=", 13, "/10万", 13.2, 2024, 2025, "≤13"),  # /10万 is no multiplier
        ("孕产妇死亡率", "<=", 12.5, "/10万", 13.2, 2024, 2026, "≤12.5"),
        ("孕产妇死亡率", "<=", 12, "/10万", 13.2, 2024, 2027, "≤12"),
    ]
    assert len(cells) == 15
    # 亿元 is 亿 times 元: the values and the baseline are scaled, the unit is 元
    assert cells[-1] == ("农产品网络零售额", ">=", 11_800_000_000, "元", 8_650_000_000, 2024, 2027, "118")
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.raw


# columns counted in display positions (a CJK character two), the row broken over the page break
# going on under the repeated header, a 目标值-style header with its year (2025年目标), no 属性
WIDE = (
    "一、主要目标\n"
    "到2025年，数字乡村建设取得积极进展。\n"
    "   表1  年度目标\n"
    "\n"
    "   序号  指标                    单位    2024年基数  2025年目标  2026年    责任单位\n"
    "   1     行政村5G网络通达率      %       82          90          95        市工业和信息化局、中国铁塔邢台分\n"
    "                                                                          公司\n"
    "   2     涉农政务服务事项网上可  %       92.3        95          ≥98       市数据和政务服务局\n"
    "\n"
    "                                                                                 — 3 —\n"
    "\f   某市人民政府办公室                                      某政办字〔2025〕12号\n"
    "\n"
    "   序号  指标                    单位    2024年基数  2025年目标  2026年    责任单位\n"
    "         办率\n"
    "   3     乡村数字化治理试点村（  个      —           50          120       市委组织部、市民政局、市农业农村\n"
    "         累计）                                                          局\n"
    "\n"
    "   注：2024年基数为统计快报数。\n"
    "二、重点任务\n"
    "\f   某市人民政府办公室                                      某政办字〔2025〕12号\n"
)


def test_columns_counted_in_display_positions_and_a_row_going_on_after_the_repeated_header():
    doc = notice_parser.parse_text(WIDE)
    assert _table_rows(doc) == [
        ("table1.row1", "行政村5G网络通达率", [], ["市工业和信息化局", "中国铁塔邢台分公司"]),
        ("table1.row2", "涉农政务服务事项网上可办率", [], ["市数据和政务服务局"]),
        ("table1.row3", "乡村数字化治理试点村（累计）", [], ["市委组织部", "市民政局", "市农业农村局"]),
    ]
    targets = [(t.indicator, t.comparator, t.value, t.baseline, t.year) for t in doc.targets if t.section_id == "1"]
    assert targets[-6:] == [
        ("行政村5G网络通达率", ">=", 90, 82, 2025),
        ("行政村5G网络通达率", ">=", 95, 82, 2026),
        ("涉农政务服务事项网上可办率", ">=", 95, 92.3, 2025),
        ("涉农政务服务事项网上可办率", ">=", 98, 92.3, 2026),
        ("乡村数字化治理试点村（累计）", ">=", 50, None, 2025),  # — : no base value
        ("乡村数字化治理试点村（累计）", ">=", 120, None, 2026),
    ]


def test_an_indicator_table_without_a_role_column_gives_targets_and_no_measures():
    text = (
        "一、发展目标\n"
        "序号  指标名称              单位    现状值（2020年）  2025年    属性\n"
        "1     森林覆盖率            %       45.2              ≥46       约束性\n"
        "2     城市污水处理率        %       95                97以上    预期性\n"
        "3     新增造林面积          万亩    —                 20        预期性\n"
        "二、重点任务\n"
    )
    doc = notice_parser.parse_text(text)
    assert [m.id for m in doc.measures if m.id.startswith("table")] == []
    assert [(t.indicator, t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year) for t in doc.targets] == [
        ("森林覆盖率", ">=", 46, "%", 45.2, 2020, 2025),
        ("城市污水处理率", ">=", 97, "%", 95, 2020, 2025),
        ("新增造林面积", ">=", 200000, "亩", None, None, 2025),  # 万亩 → 亩, the value scaled
    ]


def test_a_paragraph_after_the_table_that_runs_across_its_columns_ends_it():
    text = (
        "一、主要指标\n"
        "序号  指标              单位    2025年    责任单位\n"
        "1     县域内就诊率      %       ≥90       省卫生健康委\n"
        "    各地要对照上表确定的指标值，分年度分解目标任务，约束性指标要确保完成。\n"
        "二、重点任务\n"
    )
    doc = notice_parser.parse_text(text)
    rows = [m for m in doc.measures if m.id.startswith("table")]
    assert [(m.id, m.heading) for m in rows] == [("table1.row1", "县域内就诊率")]
    assert "各地" not in doc.text[rows[0].span[0] : rows[0].span[1]]


def test_an_indicator_cell_that_closes_with_its_unit_in_brackets_gives_the_unit():
    # no 单位 column: the unit is the indicator cell's last aside (储能产业营业收入（亿元）)
    text = (
        "一、发展目标\n"
        "指标\t2025年\t2026年\t2027年\t责任部门\n"
        "储能产业营业收入（亿元）\t260\t370\t≥500\t经济发展局\n"
        "研发投入占营业收入比重（%）\t3.5\t4.0\t4.5\t科技创新局\n"
        "配建储能的充换电站（座）\t20\t40\t60\t建设管理局\n"
        "新型储能示范项目装机规模（万千瓦）\t20\t35\t50\t经济发展局\n"
    )
    doc = notice_parser.parse_text(text)
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in doc.targets]
    assert got[:3] == [
        ("储能产业营业收入", ">=", 26_000_000_000, "元", 2025),
        ("储能产业营业收入", ">=", 37_000_000_000, "元", 2026),
        ("储能产业营业收入", ">=", 50_000_000_000, "元", 2027),
    ]
    assert got[3:6] == [("研发投入占营业收入比重", ">=", v, "%", y) for v, y in ((3.5, 2025), (4.0, 2026), (4.5, 2027))]
    assert got[6] == ("配建储能的充换电站", ">=", 20, "座", 2025)
    assert got[9] == ("新型储能示范项目装机规模", ">=", 200_000, "千瓦", 2025)


def test_a_cell_that_restates_a_goal_of_its_sections_text_is_a_statement_of_its_own():
    # 到2025年…达到260亿元 in the text and 260 under 2025年 in the table of the same section: the table
    # states it again (two of the three golds of the family keep both)
    text = (
        "一、发展目标\n"
        "到2025年，储能产业营业收入达到260亿元。\n"
        "指标\t2025年\t2026年\t责任部门\n"
        "储能产业营业收入（亿元）\t260\t370\t经济发展局\n"
    )
    doc = notice_parser.parse_text(text)
    assert [(t.value, t.year, t.raw) for t in doc.targets] == [
        (26_000_000_000, 2025, "储能产业营业收入达到260亿元"),
        (26_000_000_000, 2025, "260"),
        (37_000_000_000, 2026, "370"),
    ]


def test_about_a_value_a_bare_cell_in_a_row_of_bounds_and_a_row_of_totals():
    text = (
        "一、主要目标\n"
        "指标名称\t单位\t2024年基期值\t2025年\t2026年\t2027年\t属性\t责任单位\n"
        "城市生活污水集中收集率\t%\t71.3\t73\t75左右\t≥78\t预期性\t市水务局\n"
        "原生生活垃圾填埋处理占比\t%\t3.2\t≤1.5\t≤1.5\t0\t约束性\t市城市管理局\n"
        "城市更新项目年度投资\t亿元\t52\t55\t60\t65\t预期性\t市发展改革委\n"
        "合计（2025—2027年累计投资）\t\t\t180\t\t\t\t\n"
    )
    doc = notice_parser.parse_text(text)
    got = [(t.indicator, t.comparator, t.value, t.unit, t.approx) for t in doc.targets]
    assert got[:6] == [
        ("城市生活污水集中收集率", ">=", 73, "%", False),
        ("城市生活污水集中收集率", "==", 75, "%", True),  # 左右: about 75
        ("城市生活污水集中收集率", ">=", 78, "%", False),
        ("原生生活垃圾填埋处理占比", "<=", 1.5, "%", False),
        ("原生生活垃圾填埋处理占比", "<=", 1.5, "%", False),
        ("原生生活垃圾填埋处理占比", "<=", 0, "%", False),  # bare, in a row of upper bounds
    ]
    assert len(got) == 9  # the 合计 row gives none


FORMATS = __import__("pathlib").Path(__file__).resolve().parent / "fixtures" / "formats"


def test_a_ruled_indicator_table_in_a_pdf_over_a_page_break():
    """scripts/make_indicator_pdfs.py: LibreOffice's PDF of a .docx whose 表1 runs over a page
    break with its header repeated, 责任单位 cells with a unit per paragraph, and a narrow column
    that wraps 省人力资源社会保障厅."""
    doc = notice_parser.parse(FORMATS / "zhibiao-ruled.pdf")
    rows = [m for m in doc.measures if m.id.startswith("table")]
    assert len(rows) == 12  # the repeated header is no row
    assert [(m.heading, [u.name for u in m.responsible_units]) for m in rows if len(m.responsible_units) != 1] == [
        ("县域医疗卫生次中心建成数量", ["省卫生健康委", "省发展改革委"]),
        ("每千人口执业（助理）医师数", ["省卫生健康委", "省教育厅"]),
        ("次中心CT配置率", ["省卫生健康委", "省财政厅"]),
        ("远程医疗服务乡镇卫生院覆盖率", ["省卫生健康委", "省大数据局"]),
    ]
    assert [u.name for u in rows[10].responsible_units] == ["省人力资源社会保障厅"]
    cells = [(t.indicator, t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year) for t in doc.targets]
    assert len(cells) == 1 + 36
    assert cells[1] == ("县域医疗卫生次中心建成数量", ">=", 150, "个", 118, 2024, 2025)
    assert cells[18] == ("孕产妇死亡率", "<=", 12, "/10万", 13.2, 2024, 2027)
    assert cells[-1] == ("农产品网络零售额", ">=", 11_800_000_000, "元", 8_650_000_000, 2024, 2027)


def test_a_date_set_to_the_right_at_the_foot_of_a_page_does_not_run_on_into_the_next_page():
    doc = notice_parser.parse(FORMATS / "zhibiao-ruled.pdf")
    assert doc.notice.date == "2025-02-27"
    assert doc.notice.issuers == ["某省人民政府办公厅"]
    assert "2025年2月27日\n某省县域医疗卫生次中心提质建设三年行动方案" in doc.text


def test_an_unruled_indicator_table_in_a_pdf_is_read_by_its_columns():
    """The same 表1 without ruling lines (zhibiao-unruled.pdf): its cells come out as runs of text
    on each line; the columns are the header's runs, a row opens at its 序号, a line of some
    columns goes on with the row above (约束⏎性, 省卫生健康委⏎省发展改革委), the header repeated
    on the next page is skipped, and the 5 of ≤12.5, alone at the foot of page 2, is the cell's,
    not a page number."""
    doc = notice_parser.parse(FORMATS / "zhibiao-unruled.pdf")
    rows = [m for m in doc.measures if m.id.startswith("table")]
    assert [(m.heading, [u.name for u in m.responsible_units]) for m in rows][:2] == [
        ("县域医疗卫生次中心建成数量", ["省卫生健康委", "省发展改革委"]),
        ("县域内就诊率", ["省卫生健康委"]),
    ]
    assert len(rows) == 12
    assert [u.name for u in rows[10].responsible_units] == ["省人力资源社会保障厅"]
    cells = [(t.indicator, t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year) for t in doc.targets]
    assert len(cells) == 1 + 36
    assert cells[17] == ("孕产妇死亡率", "<=", 12.5, "/10万", 13.2, 2024, 2026)
    assert cells[-1] == ("农产品网络零售额", ">=", 11_800_000_000, "元", 8_650_000_000, 2024, 2027)
    # the text after the table is read as sections again
    assert [s.id for s in walk_sections(doc.sections)][-2:] == ["3", "3.1"]


def test_the_pdfs_as_pdftotext_layout_prints_them():
    """zhibiao-{ruled,unruled}.layout.txt: poppler's pdftotext -layout of the two PDFs. The header
    goes on over three lines (序⏎号, 基期值⏎（2024⏎年）, 2025⏎年), the unit /10⏎万 and 约束⏎性 wrap
    in their columns, the header repeats after the form feed, and the 5 of ≤12.5, alone at the
    foot of its page, is no page number (page 2 is not numbered 5)."""
    for name in ("zhibiao-ruled", "zhibiao-unruled"):
        doc = notice_parser.parse(FORMATS / f"{name}.layout.txt")
        rows = [m for m in doc.measures if m.id.startswith("table")]
        assert len(rows) == 12, name
        assert [u.name for u in rows[0].responsible_units] == ["省卫生健康委", "省发展改革委"], name
        cells = [(t.indicator, t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year) for t in doc.targets]
        assert ("孕产妇死亡率", "<=", 12.5, "/10万", 13.2, 2024, 2026) in cells, name
        assert len([c for c in cells if c[5] == 2024]) == 36, name


def test_a_base_years_column_gives_the_baseline_not_a_target():
    # 2020年（基期） says it; a bare 2020年 before the notice's year (2021) is the status quo too
    for head in ("2020年（基期）", "2020年"):
        text = (
            "某市人民政府关于印发某市“十四五”生态环境保护规划的通知\n"
            "一、主要指标\n"
            f"序号\t指标\t单位\t{head}\t2025年\t属性\t责任单位\n"
            "1\t地级及以上城市细颗粒物（PM2.5）浓度\t微克/立方米\t35\t≤33\t约束性\t市生态环境局\n"
            "2\t森林覆盖率\t%\t45.2\t≥46\t约束性\t市林业局\n"
            "某市人民政府\n2021年9月30日\n"
        )
        doc = notice_parser.parse_text(text)
        assert doc.notice.date == "2021-09-30"
        got = [(t.comparator, t.value, t.unit, t.baseline, t.baseline_year, t.year) for t in doc.targets]
        assert got == [("<=", 33, "微克/立方米", 35, 2020, 2025), (">=", 46, "%", 45.2, 2020, 2025)], head
