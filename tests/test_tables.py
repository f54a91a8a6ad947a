"""Task tables → measures: one measure per data row, units from the role
columns (merged cells carried down), deadlines and targets from the row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from notice_parser.extract.context import Context, Region
from notice_parser.extract.tables import find_columns, measures_from_tables
from notice_parser.model import ByDeadline, NoticeDocument, Source, Target, Unit
from notice_parser.readers import Cell, ReadOptions, Table, read_bytes
from notice_parser.spans import squeeze

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
FIXTURES = Path(__file__).parent / "fixtures" / "html"


# -- simple stand-ins for the real rules, so these tests test tables.py alone


def simple_split_units(ctx: Context, start: int, end: int) -> list[Unit]:
    """Split on 、，,；;/ and line breaks; no expansion."""
    units = []
    for m in re.finditer(r"[^、，,；;/\n\t]+", ctx.text[start:end]):
        a, b = start + m.start(), start + m.end()
        raw = ctx.text[a:b]
        while raw and raw[0].isspace():
            a, raw = a + 1, raw[1:]
        while raw and raw[-1].isspace():
            b, raw = b - 1, raw[:-1]
        if raw:
            units.append(Unit(name=squeeze(raw), raw=raw, span=(a, b)))
    return units


_MONTH_END = re.compile(r"(\d{4})年(?:(\d{1,2})月)?底前")


def simple_find_deadlines(ctx: Context, region: Region) -> list[ByDeadline]:
    out = []
    for m in _MONTH_END.finditer(ctx.text, region.start, region.end):
        year, month = int(m.group(1)), int(m.group(2) or 12)
        day = 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else 28
        out.append(
            ByDeadline(raw=m.group(), span=m.span(), section_id=region.section_id, date=f"{year}-{month:02d}-{day:02d}")
        )
    return out


_RATE = re.compile(r"([\u4e00-\u9fff]{2,6}率)达到(\d+)%")


def simple_find_targets(ctx: Context, region: Region) -> list[Target]:
    return [
        Target(
            raw=m.group(),
            span=m.span(),
            section_id=region.section_id,
            indicator=m.group(1),
            comparator=">=",
            value=float(m.group(2)),
            unit="%",
        )
        for m in _RATE.finditer(ctx.text, region.start, region.end)
    ]


RULES = {
    "split_units": simple_split_units,
    "find_deadlines": simple_find_deadlines,
    "find_targets": simple_find_targets,
}


def read(path: Path):
    return read_bytes(path.read_bytes(), ReadOptions(name=path.name), hint="html")


def run(result, **rules):
    ctx = Context(result.text)
    measures = measures_from_tables(ctx, result.tables, **{**RULES, **rules})
    return ctx, {m.id: m for m in measures}


def names(units):
    return [u.name for u in units]


@pytest.fixture(scope="module")
def xiangzhen():
    return read(CORPORA / "shicheng-2018-hezhang-kaohe-xiangzhen.html")


@pytest.fixture(scope="module")
def qingdan():
    return read(FIXTURES / "zhenggai-qingdan.html")


# --------------------------------------------------------------------------- the shicheng assessment table


def test_assessment_table_yields_one_measure_per_row_that_names_a_unit(xiangzhen):
    ctx, measures = run(xiangzhen)
    # items 1–23 and the group rows 三、五、六、, which carry their own 考核指标 and unit;
    # 总分 and the group rows 一、二、四、 name no unit. M counts every row below the
    # header (总分 is row 1, 一、 row 2), data row or not
    assert list(measures) == [
        *(f"table1.row{m}" for m in range(3, 9)),
        *(f"table1.row{m}" for m in range(10, 16)),
        *(f"table1.row{m}" for m in range(17, 31)),
    ]
    assert ctx.warnings == []


def test_responsible_units_come_from_the_fuze_kaohe_bumen_column(xiangzhen):
    _, measures = run(xiangzhen)
    first = measures["table1.row3"]
    assert first.heading == '完善"四个到位"'
    assert names(first.responsible_units) == ["县河长办"]
    assert first.lead_units == [] and first.supporting_units == []
    sixth = measures["table1.row8"]
    assert sixth.heading == "深化河长制培训、宣传和教育"
    assert names(sixth.responsible_units) == ["县委宣传部", "县教育局", "县河长办"]
    assert names(measures["table1.row28"].responsible_units) == ["县公安局", "县森林公安局"]


def test_group_rows_with_their_own_unit_are_measures_headed_by_their_text(xiangzhen):
    _, measures = run(xiangzhen)
    assert measures["table1.row11"].heading == "水岸联动，推进“管治保”措施"
    assert measures["table1.row30"].heading == "奖扣分项目"


def test_heading_comes_from_the_kaohe_xiangmu_column_not_the_kaohe_zhibiao_column(xiangzhen):
    _, measures = run(xiangzhen)
    assert measures["table1.row5"].heading == "进一步完善河长制工作考核方案"


def test_every_unit_is_grounded_in_the_text(xiangzhen):
    _, measures = run(xiangzhen)
    for m in measures.values():
        for unit in m.responsible_units:
            assert xiangzhen.text[unit.span[0] : unit.span[1]] == unit.raw


def test_measure_span_is_its_row_without_the_line_break(xiangzhen):
    _, measures = run(xiangzhen)
    m = measures["table1.row5"]
    assert xiangzhen.text[m.span[0] : m.span[1]] == (
        "3\t进一步完善河长制工作考核方案\t2\t2018年7月底前修订完善乡镇河长制工作考核方案。\t县河长办"
    )


def test_deadline_written_inside_a_task_cell_belongs_to_its_row(xiangzhen):
    _, measures = run(xiangzhen)
    (deadline,) = measures["table1.row5"].deadlines
    assert deadline.raw == "2018年7月底前" and deadline.date == "2018-07-31"
    assert deadline.section_id is None
    assert all(not m.deadlines for mid, m in measures.items() if mid != "table1.row5")


def test_table_measures_have_no_section(xiangzhen):
    _, measures = run(xiangzhen)
    assert {m.section_id for m in measures.values()} == {None}


def test_measures_validate_as_grounded_in_a_notice_document(xiangzhen):
    _, measures = run(xiangzhen)
    doc = NoticeDocument(
        source=Source(name="x.html", format="html", sha256="0" * 64),
        text=xiangzhen.text,
        measures=list(measures.values()),
    )
    assert len(doc.measures) == 26


# --------------------------------------------------------------------------- 整改清单 with rowspan


def test_rowspan_carries_lead_unit_heading_and_deadline_down(qingdan):
    _, measures = run(qingdan)
    row1, row2 = measures["table1.row1"], measures["table1.row2"]
    assert row2.heading == row1.heading == "加快淘汰燃煤锅炉"
    assert names(row2.lead_units) == ["市环保局"]
    assert row2.lead_units[0].span == row1.lead_units[0].span  # grounded in the carrying cell
    assert names(row2.responsible_units) == ["各县区政府"]
    assert [d.date for d in row2.deadlines] == ["2017-10-31"]
    assert row2.deadlines[0].span == row1.deadlines[0].span


def test_heading_prefers_the_task_column_over_the_measure_column(qingdan):
    _, measures = run(qingdan)
    assert measures["table1.row3"].heading == "加强饮用水水源地保护"


def test_cell_with_line_broken_units_gives_each_unit(qingdan):
    _, measures = run(qingdan)
    row3 = measures["table1.row3"]
    assert names(row3.lead_units) == ["市水务局"]
    assert names(row3.responsible_units) == ["市环保局", "各县区政府"]
    assert [d.date for d in row3.deadlines] == ["2017-12-31"]


def test_targets_come_from_the_row_text(qingdan):
    _, measures = run(qingdan)
    (target,) = measures["table1.row3"].targets
    assert target.indicator == "水质达标率" and target.value == 100.0
    assert measures["table1.row1"].targets == []


def test_two_row_header_splits_the_colspan_into_lead_and_supporting(qingdan):
    _, measures = run(qingdan)
    first = measures["table2.row1"]
    assert first.heading == "推进秸秆综合利用"
    assert names(first.lead_units) == ["市农业局"]
    assert names(first.supporting_units) == ["市发改委", "市财政局"]
    assert [d.date for d in first.deadlines] == ["2018-12-31"]
    second = measures["table2.row2"]
    assert names(second.supporting_units) == ["市环保局", "市工商局"]
    assert [d.date for d in second.deadlines] == ["2018-06-30"]


def test_tables_are_numbered_in_document_order(qingdan):
    _, measures = run(qingdan)
    assert list(measures) == ["table1.row1", "table1.row2", "table1.row3", "table2.row1", "table2.row2"]


# --------------------------------------------------------------------------- tables that are not task tables


def test_table_listing_units_with_nothing_naming_their_role_yields_nothing_and_says_so():
    text, table = table_from_rows(
        [
            ["序号", "考核项目", "考核内容", "分值"],
            ["1", "区教育局", "校园周边环境整治", "20"],
            ["2", "区民政局", "养老机构消防安全", "20"],
            ["3", "区交通局", "道路运输安全", "20"],
        ]
    )
    ctx = Context(text)
    assert measures_from_tables(ctx, [table], **RULES) == []
    (warning,) = ctx.warnings
    assert warning.code == "table_not_read"
    assert warning.message.startswith("table 1 lists units in a column (区教育局、区民政局、区交通局 …)")
    assert warning.span == table.span


def test_a_title_that_calls_the_listed_units_zeren_danwei_makes_them_responsible():
    text, table = table_from_rows(
        [
            ["序号", "考核项目", "考核内容", "分值"],
            ["一、", "共性指标", "", "40"],
            ["1", "区教育局", "校园周边环境整治", "20"],
            ["2", "区民政局", "养老机构消防安全", "20"],
            ["3", "区交通局", "道路运输安全", "20"],
        ]
    )
    ctx = Context(text)
    title = "某区2022年度安全生产责任单位考核细则"
    measures = measures_from_tables(ctx, [table], title=title, **RULES)
    assert [(m.id, m.heading, names(m.responsible_units)) for m in measures] == [
        ("table1.row2", "校园周边环境整治", ["区教育局"]),
        ("table1.row3", "养老机构消防安全", ["区民政局"]),
        ("table1.row4", "道路运输安全", ["区交通局"]),
    ]
    assert ctx.warnings == []


def table_from_rows(rows: list[list[str]]) -> tuple[str, Table]:
    """Render rows the way the readers do: tab-separated cells, one line per row."""
    text, out = "", []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if i:
                text += "\t"
            cells.append(Cell(span=(len(text), len(text) + len(value))))
            text += value
        text += "\n"
        out.append(cells)
    return text, Table(span=(0, len(text) - 1), rows=out)


def test_table_without_headers_yields_nothing_and_no_warning():
    text, table = table_from_rows([["年份", "产值"], ["2017", "120"], ["2018", "150"]])
    ctx = Context(text)
    assert measures_from_tables(ctx, [table], **RULES) == []
    assert ctx.warnings == []


def test_unit_named_in_two_roles_keeps_the_lead_role():
    text, table = table_from_rows(
        [["工作任务", "牵头单位", "责任单位"], ["建立河长制台账", "县水利局", "县水利局、县环保局"]]
    )
    (m,) = measures_from_tables(Context(text), [table], **RULES)
    assert names(m.lead_units) == ["县水利局"] and names(m.responsible_units) == ["县环保局"]


def test_repeated_header_rows_and_rows_without_units_are_not_measures():
    text, table = table_from_rows(
        [
            ["序号", "主要任务", "责任单位", "完成时限"],
            ["一、", "源头治理", "", ""],
            ["1", "关停小造纸厂", "县工信局", "2018年底前"],
            ["序号", "主要任务", "责任单位", "完成时限"],
            ["2", "建设污水处理厂", "县城建局", "2019年6月底前"],
        ]
    )
    measures = measures_from_tables(Context(text), [table], **RULES)
    # in a task table M counts data rows: not the 一、 row, not the repeated header
    assert [(m.id, m.heading) for m in measures] == [("table1.row1", "关停小造纸厂"), ("table1.row2", "建设污水处理厂")]
    assert [d.date for m in measures for d in m.deadlines] == ["2018-12-31", "2019-06-30"]


def test_role_columns_without_a_task_header_take_the_longest_column_with_a_warning():
    text, table = table_from_rows(
        [["序号", "具体情况", "牵头单位", "完成时限"], ["1", "城区黑臭水体整治不力", "市住建局", "2018年底前"]]
    )
    ctx = Context(text)
    columns = find_columns(text, table)
    assert columns is not None and columns.task is None
    (m,) = measures_from_tables(ctx, [table], **RULES)
    assert m.heading == "城区黑臭水体整治不力" and names(m.lead_units) == ["市住建局"]
    assert [w.code for w in ctx.warnings] == ["table_task_column_guessed"]


def test_person_columns_are_not_units():
    text, table = table_from_rows([["整改任务", "责任领导", "责任单位"], ["整治非法采砂", "张三", "县水利局"]])
    (m,) = measures_from_tables(Context(text), [table], **RULES)
    assert names(m.responsible_units) == ["县水利局"] and m.lead_units == []


# --------------------------------------------------------------------------- with the project's own rules


def test_with_the_real_unit_and_deadline_rules_the_shicheng_table_still_grounds(xiangzhen):
    from notice_parser.extract import deadlines, units

    ctx = Context(xiangzhen.text, notice_year=2018)
    measures = measures_from_tables(
        ctx,
        xiangzhen.tables,
        split_units=units.split_units,
        find_deadlines=deadlines.find_deadlines,
        find_targets=lambda ctx, region: [],
    )
    by_id = {m.id: m for m in measures}
    assert len(measures) == 26
    assert names(by_id["table1.row8"].responsible_units) == ["县委宣传部", "县教育局", "县河长办"]
    assert [d.date for d in by_id["table1.row5"].deadlines] == ["2018-07-31"]
    NoticeDocument(source=Source(name="x", format="html", sha256="0" * 64), text=xiangzhen.text, measures=measures)


@pytest.mark.parametrize("ext", ["docx", "doc"])
def test_word_checklist_yields_one_measure_per_row_with_its_task_and_deadline(ext):
    import json

    fixtures = Path(__file__).parent / "fixtures"
    expected = json.loads((fixtures / "zhenggai-qingdan.json").read_text(encoding="utf-8"))["rows"]
    result = read_bytes((fixtures / f"zhenggai-qingdan.{ext}").read_bytes(), ReadOptions(name=f"qingdan.{ext}"))
    ctx = Context(result.text, notice_year=2017)
    measures = measures_from_tables(ctx, result.tables, **RULES)
    assert [m.id for m in measures] == [f"table1.row{i}" for i in range(1, len(expected) + 1)]
    assert [m.heading for m in measures] == [squeeze(row["整改任务"]) for row in expected]
    first = measures[0]
    assert names(first.lead_units) == ["市委组织部"]
    assert names(first.responsible_units) == ["市委宣传部", "市人社局", "市环保局"]
    assert [d.date for d in first.deadlines] == ["2017-12-31"]
    # 市林业局 leads row 12 and is listed again as responsible: lead wins
    assert "市林业局" in names(measures[11].lead_units) and "市林业局" not in names(measures[11].responsible_units)


def test_role_words_inside_a_role_cell_decide_the_roles():
    import notice_parser

    html = """<table><tr><td>序号</td><td>整改任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>治理扬尘</td><td>市发展改革委（牵头）、市工信局</td><td>2021年底前</td></tr>
<tr><td>2</td><td>治理噪声</td><td>市住建局牵头，市城管局配合</td><td>长期坚持</td></tr>
<tr><td>3</td><td>治理污水</td><td>市水务局、市环保局（列第一位的为牵头单位）</td><td>2022年6月底前</td></tr>
<tr><td>4</td><td>治理垃圾</td><td>市城管局、市环保局</td><td>2022年6月底前</td></tr></table>"""
    doc = notice_parser.parse(html.encode(), format="html")
    got = [
        ([u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units])
        for m in doc.measures
    ]
    assert got == [
        (["市发展改革委"], ["市工信局"], []),
        (["市住建局"], [], ["市城管局"]),
        (["市水务局"], ["市环保局"], []),
        ([], ["市城管局", "市环保局"], []),
    ]
    for m in doc.measures:
        for u in m.lead_units + m.responsible_units + m.supporting_units:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


def test_a_division_of_labour_column_names_its_roles_in_each_cell():
    import notice_parser

    text = (
        "序号\t工作任务\t责任分工\t完成时限\n"
        "1\t建设幼儿园10所\t牵头：市教育局；配合：市财政局\t2023年底\n"
        "2\t新建公园5个\t市园林局\t2023年10月底前\n"
        "3\t改造老旧小区\t市住建局（牵头）、市城管局\t2023年12月底前\n"
    )
    doc = notice_parser.parse_text(text)
    got = [
        ([u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units])
        for m in doc.measures
    ]
    assert got == [(["市教育局"], [], ["市财政局"]), ([], ["市园林局"], []), (["市住建局"], ["市城管局"], [])]


def test_a_row_broken_over_a_page_is_not_counted_again():
    text, table = table_from_rows(
        [
            ["序号", "整改任务", "整改措施", "牵头单位", "整改时限"],
            [
                "6",
                "强化大气污染防治",
                "加强燃煤锅炉整治，2017年底前城市建成区10蒸吨及以下燃",
                "市环保局",
                "2017年12月底前",
            ],
            ["", "", "煤锅炉全部淘汰。", "", ""],
            ["7", "深入推进水污染防治", "实施渭河干流及藉河等支流综合治理", "市水务局", "2018年6月底前"],
        ]
    )
    measures = measures_from_tables(Context(text), [table], **RULES)
    assert [(m.id, names(m.lead_units)) for m in measures] == [
        ("table1.row1", ["市环保局"]),
        ("table1.row2", ["市水务局"]),
    ]
