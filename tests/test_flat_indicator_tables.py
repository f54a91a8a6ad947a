"""Indicator tables flattened one cell per line (LibreOffice's "Text" export of a Word or HTML table, a
crawled page that gives each cell a paragraph): 指标名称 | 单位 | 2024年基期值 | 2025年 … | 属性 | 责任单位,
column names with digits in them, no 序号 column, rows one of whose empty cells was dropped, and a role
cell that names its units' roles (X牵头，Y配合). Phrases of tests/redteam10/jiangzhou (the .txt LibreOffice
writes from it is tests/fixtures/renditions/zhibiao-lines.txt) and of the indicator tables of the corpus."""

from __future__ import annotations

from pathlib import Path

from conftest import id_roles

import notice_parser

HERE = Path(__file__).parent / "fixtures" / "renditions"


def _targets(doc) -> list[tuple]:
    return [(t.indicator, t.comparator, t.value, t.unit, t.year, t.baseline) for t in doc.targets]


NO_SERIAL = (
    "江州市人民政府办公室关于印发江州市城市更新三年行动计划（2025—2027年）的通知\n"
    "一、总体要求\n"
    "（一）主要目标。主要指标见下表。\n"
    "江州市城市更新主要指标表\n"
    "指标名称\n单位\n2024年基期值\n2025年\n2026年\n2027年\n属性\n责任单位\n"
    "城镇老旧小区改造\n个\n286\n300\n300\n300\n约束性\n市住房城乡建设局\n"
    "城市易涝积水点整治\n处\n37\n15\n12\n10\n约束性\n市住房城乡建设局牵头，市水务局配合\n"
    "合计（2025—2027年累计投资）\n180\n预期性\n市发展改革委、市财政局\n"
    "注：“—”表示基期无统计数据。\n"
    "二、重点任务\n"
)


def test_an_indicator_table_one_cell_per_line_without_a_serial_column_is_rebuilt():
    doc = notice_parser.parse_text(NO_SERIAL)
    assert id_roles(doc) == [
        ("table1.row1", [], ["市住房城乡建设局"], []),
        ("table1.row2", ["市住房城乡建设局"], [], ["市水务局"]),  # the role cell names the roles
        ("table1.row3", [], ["市发展改革委", "市财政局"], []),  # 合计: its merged cells came as one each
    ]
    assert _targets(doc) == [  # none from the 合计 row
        ("城镇老旧小区改造", ">=", 300.0, "个", 2025, 286.0),
        ("城镇老旧小区改造", ">=", 300.0, "个", 2026, 286.0),
        ("城镇老旧小区改造", ">=", 300.0, "个", 2027, 286.0),
        ("城市易涝积水点整治", ">=", 15.0, "处", 2025, 37.0),
        ("城市易涝积水点整治", ">=", 12.0, "处", 2026, 37.0),
        ("城市易涝积水点整治", ">=", 10.0, "处", 2027, 37.0),
    ]


WITH_SERIAL = (
    "某市人民政府办公室关于印发某市数字经济发展三年行动方案的通知\n"
    "一、主要目标\n"
    "表1 主要指标\n"
    "序号\n指标\n单位\n基期值（2023年）\n2025年目标值\n2026年目标值\n责任单位\n"
    "1\n数字经济核心产业增加值占比\n%\n7.8\n9\n≥10\n市发展改革委\n"
    "2\n5G基站数\n个\n3200\n4500\n5000\n市工业和信息化局、市通信发展管理办公室\n"
    "3\n规模以上工业企业数字化改造覆盖率\n%\n45\n60\n"  # the 2026 cell was empty and dropped
    "市工业和信息化局牵头，各县（市、区）人民政府配合\n"
    "二、重点任务\n"
)


def test_an_indicator_rows_dropped_cell_is_a_later_years():
    doc = notice_parser.parse_text(WITH_SERIAL)
    assert id_roles(doc) == [
        ("table1.row1", [], ["市发展改革委"], []),
        ("table1.row2", [], ["市工业和信息化局", "市通信发展管理办公室"], []),
        ("table1.row3", ["市工业和信息化局"], [], ["各县（市、区）人民政府"]),
    ]
    assert _targets(doc) == [
        ("数字经济核心产业增加值占比", ">=", 9.0, "%", 2025, 7.8),
        ("数字经济核心产业增加值占比", ">=", 10.0, "%", 2026, 7.8),
        ("5G基站数", ">=", 4500.0, "个", 2025, 3200.0),
        ("5G基站数", ">=", 5000.0, "个", 2026, 3200.0),
        ("规模以上工业企业数字化改造覆盖率", ">=", 60.0, "%", 2025, 45.0),
    ]


def test_a_paragraph_that_only_mentions_a_year_is_no_column_name():
    text = "序号\n重点任务\n2025年\n全面完成改造任务。\n"
    assert notice_parser.parse_text(text).measures == []


def test_libreoffices_text_export_of_an_indicator_table_reads_as_the_page():
    """jiangzhou's page saved by LibreOffice as text (scripts/make_table_renditions.py): the 8-column table
    comes one cell per line; its 11 rows are the page's measures and its value cells the page's targets."""
    page = notice_parser.parse(
        Path(__file__).parent / "redteam10" / "jiangzhou-2025-chengshi-gengxin-xingdong-jihua.html"
    )
    lines = notice_parser.parse(HERE / "jiangzhou-indicators.lines.txt")
    rows = [m for m in id_roles(lines) if m[0].startswith("table")]
    assert rows == [m for m in id_roles(page) if m[0].startswith("table")]
    assert len(rows) == 11
    assert rows[5] == ("table1.row6", ["市住房城乡建设局"], [], ["市水务局"])
    assert rows[10] == ("table1.row11", [], ["市发展改革委", "市财政局"], [])
    table_targets = [t for t in _targets(lines) if t[4] is not None]
    assert sorted(table_targets, key=str) == sorted([t for t in _targets(page) if t[4] is not None], key=str)
    assert ("城市公共供水管网漏损率", "<=", 8.5, "%", 2026, 9.6) in table_targets
    assert ("城市生活污水集中收集率", "==", 75.0, "%", 2026, 71.3) in table_targets
