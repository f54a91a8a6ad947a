"""An indicator table whose header writes its years on a second row, under a 目标值 (or 基期值) cell
spread over them: 指标 | 单位 | 目标值 (2 columns) | 责任单位 ⏎ 2027年 | 2030年. Each year column is a target
column due in its year, and the year row is no data row (its 2027年 is no value). The rows are
tests/redteam9/gansu-2026-xinxing-chuneng-shishi-yijian.html's 主要目标任务表, each cell checked to be the
notice's own text; the same table as an exporter writes it in plain text (the cell under the spread one
left empty), and a 基期值 spread over its year too."""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser

HERE = Path(__file__).parent

ROWS = [
    ("新型储能累计装机规模", "万千瓦", "≥800", "1600左右", "省能源局牵头，各市州政府、兰州新区管委会负责"),
    ("独立（共享）储能电站", "座", "≥35", "≥70", "省能源局、省发展改革委牵头，国网甘肃省电力公司配合"),
    ("储能产业链产值", "亿元", "≥300", "≥800", "省工业和信息化厅牵头，省科技厅、省商务厅配合"),
]
EXPECTED = [
    ("新型储能累计装机规模", ">=", 8_000_000, "千瓦", 2027, "≥800"),
    ("新型储能累计装机规模", "==", 16_000_000, "千瓦", 2030, "1600左右"),
    ("独立（共享）储能电站", ">=", 35, "座", 2027, "≥35"),
    ("独立（共享）储能电站", ">=", 70, "座", 2030, "≥70"),
    ("储能产业链产值", ">=", 30_000_000_000, "元", 2027, "≥300"),
    ("储能产业链产值", ">=", 80_000_000_000, "元", 2030, "≥800"),
]


def _targets(doc):
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.raw
    return [(t.indicator, t.comparator, t.value, t.unit, t.year, t.raw) for t in doc.targets if t.section_id == "1"]


def test_the_rows_are_the_notices_own():
    page = (HERE / "redteam9" / "gansu-2026-xinxing-chuneng-shishi-yijian.html").read_text("utf-8")
    for row in ROWS:
        assert "<td>" + "</td><td>".join(row) + "</td></tr>" in page


def test_years_under_a_spread_target_cell_head_the_columns_html():
    body = "".join(f"<tr><td>{'</td><td>'.join(r)}</td></tr>" for r in ROWS)
    page = (
        "<html><body><p>一、发展目标</p><table>"
        '<tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">目标值</td>'
        '<td rowspan="2">责任单位</td></tr><tr><td>2027年</td><td>2030年</td></tr>'
        f"{body}</table><p>二、重点任务</p></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert _targets(doc) == EXPECTED
    assert [m.id for m in doc.measures if m.id.startswith("table")] == ["table1.row1", "table1.row2", "table1.row3"]


def test_years_under_a_spread_target_cell_head_the_columns_plain_text():
    text = "一、发展目标\n指标\t单位\t目标值\t\t责任单位\n\t\t2027年\t2030年\t\n"
    text += "".join("\t".join(r) + "\n" for r in ROWS) + "二、重点任务\n"
    assert _targets(notice_parser.parse_text(text)) == EXPECTED


@pytest.mark.parametrize("target", ["目标值", "预期目标"])
def test_a_spread_baseline_cell_gives_its_year_too(target):
    text = (
        "一、发展目标\n"
        f"指标\t单位\t基期值\t{target}\t\t责任单位\n"
        "\t\t2024年\t2025年\t2027年\t\n"
        "独立（共享）储能电站\t座\t20\t≥35\t≥70\t省能源局\n"
        "二、重点任务\n"
    )
    got = [(t.value, t.baseline, t.baseline_year, t.year) for t in notice_parser.parse_text(text).targets]
    assert got == [(35, 20, 2024, 2025), (70, 20, 2024, 2027)]


def test_a_data_row_under_a_spread_cell_is_no_year_row():
    # a row of values right under 目标值 (no year row): the values are read, no year is made up
    text = "一、发展目标\n指标\t单位\t目标值\t责任单位\n独立（共享）储能电站\t座\t≥35\t省能源局\n二、重点任务\n"
    got = [(t.value, t.unit, t.year) for t in notice_parser.parse_text(text).targets]
    assert got == [(35, "座", None)]
