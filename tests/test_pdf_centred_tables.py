"""Unruled tables in a PDF whose cells are centred in their rows, as an HTML table's are (a <td> is
valign middle) when LibreOffice prints the page: a one-line cell sits between the lines of a two-line one,
so a row's lines share height, the header's names lie on three lines (2024年基 2025 ⏎ 指标名称 单位 属性 ⏎
期值 年), and the 序号 or the short cells stand on the row's middle line with the wrapped cells' first
lines above it. Columns narrower than a word gap part their cells by a gutter of two paddings only
(公里 | 96). Fixtures made by scripts/make_table_renditions.py from tests/redteam10/jiangzhou and from
tests/fixtures/renditions/renwu-qingdan.html (a 22-row 任务清单 over two pages, header repeated, a row
cut by the page break)."""

from __future__ import annotations

from pathlib import Path

import notice_parser

HERE = Path(__file__).parent / "fixtures" / "renditions"


def _rows(doc) -> list[tuple]:
    return [
        (
            m.id,
            m.heading,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
            [str(getattr(d, "date", None)) for d in m.deadlines],
            [(t.value, t.unit) for t in m.targets],
        )
        for m in doc.measures
        if m.id.startswith("table")
    ]


def test_a_centred_indicator_table_reads_as_the_page():
    page = notice_parser.parse(
        Path(__file__).parent / "redteam10" / "jiangzhou-2025-chengshi-gengxin-xingdong-jihua.html"
    )
    pdf = notice_parser.parse(HERE / "jiangzhou-indicators.pdf")
    assert len(_rows(pdf)) == 11
    assert _rows(pdf)[:10] == _rows(page)[:10]
    # (合计's 2025—2027年: the page repeats its merged cell over three columns, the PDF writes it once)
    assert [r[:5] + r[6:] for r in _rows(pdf)[10:]] == [r[:5] + r[6:] for r in _rows(page)[10:]]
    assert _rows(pdf)[1][:5] == ("table1.row2", "老化燃气管道更新改造", [], ["市住房城乡建设局", "市城市管理局"], [])
    assert _rows(pdf)[10][3] == ["市发展改革委", "市财政局"]  # 合计: a cell merged across three columns
    cells = {
        (t.indicator, t.year): (t.comparator, t.value, t.unit, t.baseline) for t in pdf.targets if t.section_id == "1.3"
    }
    assert cells[("城市生活污水集中收集率", 2026)] == ("==", 75.0, "%", 71.3)  # 75⏎左⏎右 over three lines
    assert cells[("老化燃气管道更新改造", 2025)] == (">=", 140.0, "公里", 96.0)  # 公里 | 96, two paddings apart
    assert cells[("城市更新项目年度投资", 2027)] == (">=", 6500000000.0, "元", 5200000000.0)


def test_a_centred_task_table_over_two_pages_reads_as_the_page():
    page = notice_parser.parse(HERE / "renwu-qingdan.html")
    pdf = notice_parser.parse(HERE / "renwu-qingdan.pdf")
    assert _rows(pdf) == _rows(page)
    assert len(_rows(pdf)) == 22
    assert _rows(pdf)[0] == (
        "table1.row1",
        "实施老旧小区改造提升行动",
        ["市住房城乡建设局"],
        [],
        ["各县（市、区）人民政府"],
        ["2026-10-31"],
        [(300.0, "个"), (200.0, "部")],
    )
    # row 13 is cut by the page break: its last lines open page 2, above the repeated header's next row
    assert _rows(pdf)[12][1:6] == (
        "实施完整社区建设行动",
        ["市民政局"],
        [],
        ["市商务局", "市卫生健康委"],
        ["2026-11-30"],
    )
