"""Task tables as ``pdftotext -layout`` prints them (tests/redteam16 ruihe and cenchuan, family "converter
outputs"): a 任务分解表 whose places and quantities stand beside the 序号, role and time columns (县（市、区）
| 改造小区数（个） | 涉及户数（户）) and closes with a 合计 row; a progress table whose header has two rows
(完成时限 over 一季度 … 四季度, 责任单位 over 牵头 | 配合); a table that runs over pages, its header repeated
on each, its cells wrapped over two or three lines. The lines are built here from cells placed at
character positions, as pdftotext places them (a CJK character one position)."""

from __future__ import annotations

import itertools

import notice_parser


def _lay(cols: list[int], cells: list[tuple[int, str]]) -> str:
    """A line with each (column, text) at its column's position (two spaces at least between cells)."""
    out = ""
    for c, t in sorted(cells):
        out += "  " if len(out) >= cols[c] else " " * (cols[c] - len(out))
        out += t
    return out


def _table(cols: list[int], lines: list[list[tuple[int, str]]]) -> str:
    return "\n".join(_lay(cols, line) for line in lines) + "\n"


def _rows(doc) -> list[tuple]:
    return [
        (
            m.id,
            m.heading,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
            [(d.raw, str(getattr(d, "date", None))) for d in m.deadlines],
        )
        for m in doc.measures
        if m.id.startswith("table")
    ]


QUANTITIES = [2, 8, 18, 30, 40, 52, 66]


def test_a_breakdown_table_with_place_and_quantity_columns_and_a_row_of_totals():
    body = _table(
        QUANTITIES,
        [
            [
                (0, "序号"),
                (1, "乡镇（街道）"),
                (2, "改造户数"),
                (3, "补助资金"),
                (4, "加装设施"),
                (5, "责任单位"),
                (6, "完成时限"),
            ],
            [(2, "（户）"), (3, "（万元）"), (4, "（处）")],
            [(0, "1"), (1, "城关镇"), (2, "420"), (3, "630"), (4, "12"), (5, "城关镇人民政府"), (6, "2026年10月底前")],
            [(0, "2"), (1, "河口镇"), (2, "310"), (3, "465"), (4, "8"), (5, "河口镇人民政府"), (6, "2026年11月底前")],
            [(0, "3"), (1, "东城街道"), (2, "275"), (3, "410"), (4, "6"), (5, "东城街道办事"), (6, "2026年11月底前")],
            [(5, "处")],
            [(1, "合计"), (2, "1005"), (3, "1505"), (4, "26")],
        ],
    )
    text = (
        "某县人民政府办公室关于印发2026年农村危房改造任务分解表的通知\n"
        "各乡镇人民政府、街道办事处，县直有关单位：\n"
        "现将任务分解表印发给你们，请认真组织实施。\n"
        "附件\n"
        "                 2026年农村危房改造任务分解表\n\n" + body + "\n"
    )
    doc = notice_parser.parse_text(text)
    assert [row[:1] + row[2:] for row in _rows(doc)] == [  # (no task column: the heading is a guess)
        ("table1.row1", [], ["城关镇人民政府"], [], [("2026年10月底前", "2026-10-31")]),
        ("table1.row2", [], ["河口镇人民政府"], [], [("2026年11月底前", "2026-11-30")]),
        ("table1.row3", [], ["东城街道办事处"], [], [("2026年11月底前", "2026-11-30")]),
    ]  # the 合计 row takes no unit or time from the row above it


PROGRESS = [2, 8, 26, 46, 55, 64, 73, 82, 95]
PROGRESS_HEADER = [
    [(0, "序号"), (1, "工作任务"), (2, "目标要求"), (4, "完成时限"), (7, "责任单位")],
    [(3, "一季度"), (4, "二季度"), (5, "三季度"), (6, "四季度"), (7, "牵头"), (8, "配合")],
]


def test_a_two_row_header_splits_its_time_and_role_columns():
    rows = [
        [
            (0, "1"),
            (1, "新建、改扩建中小"),
            (2, "新建投用学校4所，新增"),
            (3, "完成30%"),
            (4, "完成60%"),
            (5, "✓"),
            (7, "发展规划科"),
            (8, "计划财务科、"),
        ],
        [(1, "学"), (2, "学位6000个"), (8, "各县（区）教育局")],
        [
            (0, "2"),
            (1, "集团化办学扩面"),
            (2, "新组建教育集团6个"),
            (3, "完成方案"),
            (4, "✓"),
            (7, "基础教育科"),
            (8, "各县（区）教育局"),
        ],
    ]
    page_two = [
        [
            (0, "3"),
            (1, "义务教育教师招聘"),
            (2, "招聘教师520名，农村学"),
            (4, "完成50%"),
            (5, "✓"),
            (7, "人事科"),
            (8, "教师工作科、"),
        ],
        [(2, "校不少于300名"), (8, "市人社局")],
        [
            (0, "4"),
            (1, "优质均衡督导评估"),
            (2, "2个县（区）通过省级督"),
            (4, "✓"),
            (6, "完成国家"),
            (7, "督导室"),
            (8, "基础教育科"),
        ],
        [(2, "导评估"), (6, "认定申报")],
    ]
    text = (
        "岑川市教育局关于印发2026年义务教育优质均衡发展工作计划的通知\n"
        "一、重点任务\n"
        "（一）扩大优质教育资源供给。具体安排见下表。\n\n"
        "                 表1  2026年义务教育优质均衡发展重点任务进度安排表\n\n"
        + _table(PROGRESS, PROGRESS_HEADER + rows)
        + "\n                                   — 3 —\n\f"  # the table goes on over a page break, its header repeated
        + _table(PROGRESS, PROGRESS_HEADER + page_two)
        + "\n  注：“✓”表示该季度末全部完成。\n"
        "（二）深化课堂教学改革。实施“强课提质”行动。（市教研室负责）\n"
    )
    doc = notice_parser.parse_text(text)
    q1, q2, q3, q4 = (
        ("一季度", "2026-03-31"),
        ("二季度", "2026-06-30"),
        ("三季度", "2026-09-30"),
        ("四季度", "2026-12-31"),
    )
    assert _rows(doc) == [
        ("table1.row1", "新建、改扩建中小学", ["发展规划科"], [], ["计划财务科", "各县（区）教育局"], [q1, q2, q3]),
        ("table1.row2", "集团化办学扩面", ["基础教育科"], [], ["各县（区）教育局"], [q1, q2]),
        ("table1.row3", "义务教育教师招聘", ["人事科"], [], ["教师工作科", "市人社局"], [q2, q3]),  # no carried mark
        ("table1.row4", "优质均衡督导评估", ["督导室"], [], ["基础教育科"], [q2, q4]),
    ]
    assert [m.id for m in doc.measures if not m.id.startswith("table")] == ["1.2"]


TASKS = [2, 6, 16, 30, 40, 52]
TASKS_HEADER = [[(0, "序号"), (1, "重点任务"), (2, "具体措施"), (3, "牵头单位"), (4, "配合单位"), (5, "完成时限")]]


def _wrap(cell: str, width: int) -> list[str]:
    """``cell`` cut into lines of ``width`` characters, a number never split (as Word wraps)."""
    out: list[str] = []
    while len(cell) > width:
        k = width
        while k > 1 and cell[k - 1].isdigit() and cell[k].isdigit():
            k -= 1
        out.append(cell[:k])
        cell = cell[k:]
    return [*out, cell] if cell else out


def _wrapped(cols: list[int], cells: list[str]) -> list[list[tuple[int, str]]]:
    """A row's lines: each cell wrapped at its column's width (two positions short of the next column)."""
    widths = [b - a - 2 for a, b in itertools.pairwise(cols)] + [8]
    parts = [_wrap(cell, w) for cell, w in zip(cells, widths, strict=False)]
    return [[(c, p[n]) for c, p in enumerate(parts) if n < len(p)] for n in range(max(map(len, parts)))]


def test_a_task_table_over_pages_with_its_header_repeated_and_cells_wrapped_over_three_lines():
    one = _wrapped(
        TASKS,
        [
            "1",
            "实施老旧小区改造提升行动",
            "改造老旧小区300个，同步推进加装电梯不少于200部",
            "市住房城乡建设局",
            "各县（市、区）人民政府",
            "2026年10月底前",
        ],
    )
    two = _wrapped(
        TASKS,
        [
            "2",
            "实施城市生命线安全工程",
            "完成全市燃气、供水、排水、桥梁等生命线工程风险评估",
            "市城市管理局",
            "市住房城乡建设局、市水务局、市应急管理局",
            "2026年12月底前",
        ],
    )
    three = _wrapped(
        TASKS,
        [
            "3",
            "实施排水防涝能力提升行动",
            "新建雨水管网260公里，消除易涝积水点15处",
            "市水务局",
            "市住房城乡建设局",
            "2027年6月底前",
        ],
    )
    text = (
        "江州市人民政府办公室关于印发江州市城市更新重点任务清单的通知\n"
        "各县（市、区）人民政府，市政府各部门：\n"
        "现将重点任务清单印发给你们，请认真贯彻执行。\n"
        "附件\n"
        "                    江州市城市更新重点任务清单\n\n"
        + _table(TASKS, TASKS_HEADER + one + two[:2])  # row 2 is cut by the page break after its second line
        + "\n                                   — 2 —\n\f                              （续表）\n"
        + _table(TASKS, TASKS_HEADER + two[2:] + three)
        + "\n                                   — 3 —\n"
    )
    assert len(one) == 3 and len(two) == 3  # (cells wrapped over three lines)
    doc = notice_parser.parse_text(text)
    assert [(*row[:5], [d for _, d in row[5]]) for row in _rows(doc)] == [
        (
            "table1.row1",
            "实施老旧小区改造提升行动",
            ["市住房城乡建设局"],
            [],
            ["各县（市、区）人民政府"],
            ["2026-10-31"],
        ),
        (
            "table1.row2",
            "实施城市生命线安全工程",
            ["市城市管理局"],
            [],
            ["市住房城乡建设局", "市水务局", "市应急管理局"],
            ["2026-12-31"],
        ),
        ("table1.row3", "实施排水防涝能力提升行动", ["市水务局"], [], ["市住房城乡建设局"], ["2027-06-30"]),
    ]
    targets = [(t.value, t.unit) for m in doc.measures for t in m.targets]
    assert targets == [(300.0, "个"), (200.0, "部"), (260.0, "公里"), (15.0, "处")]
