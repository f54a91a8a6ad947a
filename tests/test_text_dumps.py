"""Crawled pages saved as text browsers' dumps (readers/dump.py).

tests/fixtures/dumps/page.html is a portal page (nav, breadcrumb, a notice with 一、（一） sections, three
verb- and label-marked clauses, a task table, an 附件下载 list, print/close links, a footer); the .txt
files beside it are what the browsers print for it, unedited:

    lynx -dump -assume_charset=utf-8 -display_charset=utf-8 page.html > lynx.txt
    w3m -dump -cols 80 -T text/html -I utf-8 -O utf-8 -o display_link_number=1 page.html > w3m.txt
    w3m -dump -cols 80 -T text/html -I utf-8 -O utf-8 -no-graph page.html > w3m-ascii.txt
    elinks -dump -dump-width 80 -dump-charset utf-8 -no-connect 1 page.html > elinks.txt
    links -dump -width 80 -codepage utf-8 page.html > links.txt

Each must give the notice the page gives: link numbers and the list of addresses gone, wrapped
paragraphs (inside 2025年6月底前, 市生态环境局) read whole, the box table (light, ASCII) read as a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import dump
from notice_parser.readers.blocks import MERGED_LEFT

DUMPS = Path(__file__).parent / "fixtures" / "dumps"
ALL = ["lynx.txt", "w3m.txt", "w3m-ascii.txt", "elinks.txt", "links.txt"]
TABLED = ["w3m.txt", "w3m-ascii.txt", "elinks.txt", "links.txt"]  # (lynx lays the table out one row a line)

SECTIONS = [
    ("1", "总体目标"),
    ("2", "重点任务"),
    ("2.1", "加强燃煤污染治理"),
    ("2.2", "强化扬尘污染管控"),
    ("2.3", "推进移动源污染防治"),
    ("3", "任务清单"),
]
CLAUSES = {
    "2.1": (["市生态环境局"], ["市发展改革委", "市工业和信息化局", "各县区人民政府"], []),
    "2.2": (["市住房城乡建设局"], [], ["市城市管理局", "市交通运输局"]),
    "2.3": ([], ["市公安局", "市交通运输局"], ["市生态环境局"]),
}
ROWS = {
    "table1.row1": (["市工业和信息化局"], ["市生态环境局", "各县区人民政府"], "2025-10-31"),
    "table1.row2": (["市生态环境局"], ["市工业和信息化局", "市市场监管局"], "2025-11-30"),
    "table1.row3": (["市农业农村局"], ["各县区人民政府"], "2025-12-31"),
}


def _parse(name: str):
    return notice_parser.parse((DUMPS / name).read_bytes(), name=name)


@pytest.mark.parametrize("name", ALL)
def test_a_dump_gives_the_notice_of_its_page(name):
    doc = _parse(name)
    n = doc.notice
    assert n.title == "枫桥市人民政府办公室关于印发枫桥市2025年大气污染防治重点任务分工的通知"
    assert n.doc_number == "枫政办发〔2025〕12号"
    assert n.issuers == ["枫桥市人民政府办公室"]
    assert n.date == "2025-02-20"
    assert n.recipients == ["各县区人民政府", "市政府各部门、各直属机构"]
    assert [a.title for a in n.attachments] == ["枫桥市2025年大气污染防治重点任务台账"]
    # no [3] or 1.…xlsx read as a section: the link numbers are gone, the download list is chrome
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == SECTIONS
    for sid, (lead, responsible, supporting) in CLAUSES.items():
        m = next(m for m in doc.measures if m.id == sid)
        assert [u.name for u in m.lead_units] == lead
        assert [u.name for u in m.responsible_units] == responsible
        assert [u.name for u in m.supporting_units] == supporting
    dated = {(d.section_id, d.kind, getattr(d, "date", None)) for d in doc.deadlines if d.section_id}
    # 2025年6月底前 wraps after 2025年6 (lynx) or 10 ⏎ 蒸吨 (w3m); the paragraph is read whole
    assert ("2.1", "by", "2025-06-30") in dated and ("2.2", "by", "2025-09-30") in dated
    assert ("1", "by", "2025-12-31") in dated
    targets = {(t.section_id, t.indicator, t.value) for t in doc.targets}
    assert ("1", "优良天数比例", 85.0) in targets and ("2.3", "新能源公交车占比", 90.0) in targets
    assert "References" not in doc.text and "[4]" not in doc.text and "javascript:" not in doc.text
    for m in doc.measures:
        for u in [*m.lead_units, *m.responsible_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


@pytest.mark.parametrize("name", TABLED)
def test_a_box_table_is_read_as_a_table_whose_cells_wrap(name):
    doc = _parse(name)
    rows = {m.id: m for m in doc.measures if m.id.startswith("table")}
    assert sorted(rows) == sorted(ROWS)
    for rid, (lead, supporting, due) in ROWS.items():
        m = rows[rid]
        assert [u.name for u in m.lead_units] == lead  # 市工业 ⏎ 和信息 ⏎ 化局 in its box
        assert [u.name for u in m.supporting_units] == supporting
        assert [getattr(d, "date", None) for d in m.deadlines] == [due]  # 2025年 ⏎ 10月底 ⏎ 前


# -- the reader's pieces, on tables as the browsers draw them ----------------------------------------------

#: w3m's drawing of an assessment table (zunyi's shape): a group row across four columns beside the
#: 序号 cell merged down, a unit merged down over two rows, cells wrapped in their boxes
W3M_MERGED = """\
┌──┬───────┬──┬──────────────────┐
│序│考核项 │分│     考核内容     │
│号│  目   │值│                  │
├──┼───────┴──┴──────────────────┤
│  │市场准入与政务服务（35分）   │
│  ├───────┬──┬──────────────────┤
│一│       │10│开办企业便利度。全│
│、│市市场 │  │流程压缩至0.5个工 │
│  │监管局 │  │作日以内。        │
│  │       ├──┼──────────────────┤
│  │       │6 │简易注销公告时间由│
│  │       │  │20日压缩至10日。  │
└──┴───────┴──┴──────────────────┘
"""


def test_box_rules_part_rows_and_bars_part_cells_merged_down_and_across():
    rows = dump._table_rows(W3M_MERGED.splitlines())
    assert rows == [
        ["序号", "考核项目", "分值", "考核内容"],
        # the 序号 column has no rule under the group row: one cell from it down to the end, its text 一、
        ["一、", "市场准入与政务服务（35分）", MERGED_LEFT, MERGED_LEFT],
        [None, "市市场监管局", "10", "开办企业便利度。全流程压缩至0.5个工作日以内。"],
        [None, None, "6", "简易注销公告时间由20日压缩至10日。"],
    ]


@pytest.mark.parametrize(
    "table",
    [
        W3M_MERGED.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "┏┳┓┣╋┫┗┻┛━┃")),  # heavy
        W3M_MERGED.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "╔╦╗╠╬╣╚╩╝═║")),  # double
    ],
    ids=["heavy", "double"],
)
def test_heavy_and_double_boxes_read_as_light_ones(table):
    assert dump._table_rows(table.splitlines()) == dump._table_rows(W3M_MERGED.splitlines())


def test_a_cell_line_that_stops_short_keeps_its_break():
    # two units set one a line (a <br>) stay two lines; a line cut at the box's edge is joined
    table = [
        "┌──────────────┬──────┐",
        "│市生态环境局  │2025年│",
        "│市公安局      │6月底 │",
        "│              │前    │",
        "└──────────────┴──────┘",
    ]
    assert dump._table_rows(table) == [["市生态环境局\n市公安局", "2025年6月底前"]]


def _wrap(paragraph: str, columns: int = 76, margin: int = 3) -> str:
    """``paragraph`` as lynx wraps it: lines of ``columns`` display columns (a CJK character two), the
    margin's blanks before each, a break anywhere (inside a number too)."""
    lines, line, used = [], "", margin
    for ch in paragraph:
        w = 2 if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1
        if used + w > columns:
            lines.append(" " * margin + line)
            line, used = "", margin
        line += ch
        used += w
    return "\n".join([*lines, " " * margin + line])


TASK_1 = (
    "（一）加强燃煤污染治理。全面完成燃煤锅炉淘汰任务，2025年6月底前淘汰建成区10蒸吨/小时以下燃煤锅炉，"
    "县城建成区基本淘汰每小时10蒸吨及以下燃煤锅炉。（牵头单位：市生态环境局；责任单位：市发展改革委、"
    "市工业和信息化局、各县区人民政府）"
)
TASK_2 = (
    "（二）强化扬尘污染管控。严格落实施工工地“六个百分之百”要求，城市建成区道路机械化清扫率达到80%以上，"
    "2025年9月底前完成渣土运输车辆密闭化改造。（牵头单位：市住房城乡建设局；配合单位：市城市管理局、市交通运输局）"
)
LYNX = f"""\
   [1]枫桥市人民政府 | [2]无障碍

     * [3]首页
     * [4]政务公开

   二、重点任务

{_wrap(TASK_1)}

{_wrap(TASK_2)}

   附件下载：

   [5]1.枫桥市2025年大气污染防治重点任务台账.xlsx

References

   Visible links:
   1. http://www.fengqiao.gov.cn/
   2. http://www.fengqiao.gov.cn/wza/
   3. http://www.fengqiao.gov.cn/
   4. http://www.fengqiao.gov.cn/zwgk/
   5. http://www.fengqiao.gov.cn/uploads/fj1.xlsx

   Hidden links:
   6. http://www.fengqiao.gov.cn/js/
"""


def test_lynx_numbers_bullets_wraps_and_reference_list():
    assert "1（\n   牵头单位" not in LYNX and "各县区\n   人民政府" in LYNX  # (a unit's name cut by the wrap)
    text, tables = dump.render(LYNX)
    assert tables == []
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines == [
        "枫桥市人民政府 | 无障碍",
        "首页",
        "政务公开",
        "二、重点任务",
        TASK_1,
        TASK_2,
        "附件下载： 1.枫桥市2025年大气污染防治重点任务台账.xlsx",
    ]


def test_a_text_without_a_dumps_marks_is_left_to_the_text_reader():
    assert dump.render("一、总体要求\n（一）加强领导。[1]见附件。\n") is None


def test_a_utf8_text_with_a_few_cut_characters_is_read_as_utf8():
    # html2text and elinks cut a character in two inside a table's cell: UTF-8 everywhere else
    data = "一、总体要求\n（一）加强领导。（牵头单位：市生态环境局）\n".encode() * 20
    data = data[:100] + data[101:]
    doc = notice_parser.parse(data, name="cut.txt")
    assert doc.source.encoding == "utf-8"
    assert any(w.code.value == "replacement_characters" for w in doc.warnings)
    assert doc.sections[0].heading == "总体要求"


def test_a_markdown_grid_table_is_left_to_the_markdown_reader():
    # pandoc draws rules between two + (and no link numbers, no address list): a Markdown export's table
    grid = (
        "## 三、任务清单\n\n"
        "+------+----------------------+------------+\n"
        "| 序号 | 重点任务             | 牵头单位   |\n"
        "+======+======================+============+\n"
        "| 1    | 开展工业炉窑综合治理 | 市工信局   |\n"
        "+------+----------------------+------------+\n"
    )
    assert dump.render(grid) is None


def test_link_numbers_alone_do_not_take_a_markdown_text():
    md = "# 关于X的通知\n\n一、总体要求\n\n依据[1]、[2]、[3]制定本方案。\n"
    assert dump.render(md, numbers=False) is None
    doc = notice_parser.parse(md.encode(), name="x.md")
    assert "[1]" in doc.text and doc.notice.title == "关于X的通知"


#: two task cards (a two-column table a task) as w3m draws them, the second right under the first
W3M_CARDS = """\
一、重点任务

┌────────┬────────────────────────────────────────┐
│任务名称│1. 加强燃煤污染治理                     │
├────────┼────────────────────────────────────────┤
│牵头单位│市生态环境局                            │
├────────┼────────────────────────────────────────┤
│配合单位│市发展改革委、市工业和信息化局          │
├────────┼────────────────────────────────────────┤
│完成时限│2025年6月底前                           │
└────────┴────────────────────────────────────────┘
┌───────┬───────────────────────────────────────┐
│任务名 │2. 强化扬尘污染管控                    │
│称     │                                       │
├───────┼───────────────────────────────────────┤
│牵头单 │市住房城乡建设局                       │
│位     │                                       │
├───────┼───────────────────────────────────────┤
│完成时 │2025年9月底前                          │
│限     │                                       │
└───────┴───────────────────────────────────────┘
"""


def test_a_table_right_under_another_is_a_table_of_its_own():
    text, tables = dump.render(W3M_CARDS)
    assert len(tables) == 2
    cells = [[[text[c.span[0] : c.span[1]] for c in row] for row in t.rows] for t in tables]
    assert cells[0][0] == ["任务名称", "1. 加强燃煤污染治理"] and cells[0][3] == ["完成时限", "2025年6月底前"]
    assert cells[1] == [
        ["任务名称", "2. 强化扬尘污染管控"],
        ["牵头单位", "市住房城乡建设局"],
        ["完成时限", "2025年9月底前"],
    ]
