"""Task tables a page lays out without <table> (the family of tests/redteam20 shujiang): a CSS grid
or display:table of divs, ARIA roles, a UI kit's divs (Element UI, Ant Design, Bootstrap's .row /
.col-*), a list whose items hold the cells (<ul class="table"><li><span>); and task cards whose
fields are a <dl> (<dt>牵头单位</dt><dd>…</dd>). The HTML reader writes such a grid as the table it
draws (one line a row, a tab between cells) and a <dl>'s term and description as one field line."""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

HEAD = '<html><head><title>某市2027年优化营商环境重点任务分工方案</title></head><body><div class="article-content">'
TITLE = "<h2>某市2027年优化营商环境重点任务分工方案</h2><h3>一、重点任务分工表</h3>"
TAIL = "<h3>二、保障措施</h3><p>　　（一）加强统筹调度。市营商环境建设局负责日常协调。</p></div></body></html>"
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    [
        "1",
        "深化“一件事一次办”改革，新增集成办理事项20项以上。",
        "市政务服务管理局",
        "市司法局、各区县人民政府",
        "2027年6月底前",
    ],
    [
        "2",
        "推行涉企检查“综合查一次”，涉企行政检查频次同比下降20%。",
        "市司法局、市市场监管局",
        "市直各执法部门",
        "2027年12月底前",
    ],
    [
        "3",
        "落实惠企政策“免申即享”，兑现资金不少于5亿元。",
        "市财政局",
        "市发展改革委、市工业和信息化局",
        "2027年9月30日前",
    ],
]
EXPECTED = [
    ("table1.row1", ["市政务服务管理局"], ["市司法局", "各区县人民政府"]),
    ("table1.row2", ["市司法局", "市市场监管局"], ["市直各执法部门"]),
    ("table1.row3", ["市财政局"], ["市发展改革委", "市工业和信息化局"]),
]


def _grid(
    table: str, row: str, cell: str, *, head_row: str | None = None, groups: tuple[str, str] | None = None
) -> str:
    """The grid as markup: ``table``/``row``/``cell`` are format strings of the opening tags (the
    closing tag is the element's name), ``groups`` wraps the header row and the body rows in two groups."""

    def tag(open_tag: str, inner: str) -> str:
        name = open_tag[1:].split()[0].rstrip(">")
        return f"{open_tag}{inner}</{name}>"

    def line(values: list[str], row_tag: str) -> str:
        return tag(row_tag, "".join(tag(cell, v) for v in values))

    header = line(HEADER, head_row or row)
    body = "".join(line(r, row) for r in ROWS)
    if groups:
        header, body = tag(groups[0], header), tag(groups[1], body)
    return tag(table, header + body)


GRIDS = {
    "css grid of divs": _grid(
        '<div class="tbl" role="table">', '<div class="tr">', '<div class="td">', head_row='<div class="tr th">'
    ),
    "aria roles": _grid(
        '<div role="table" aria-label="重点任务分工表">',
        '<div role="row">',
        '<span role="cell">',
        head_row='<div role="row" class="header">',
        groups=('<div role="rowgroup">', '<div role="rowgroup">'),
    ),
    "list of spans": _grid('<ul class="table">', "<li>", "<span>"),
    "display table": _grid(
        '<div style="display:table">',
        '<div style="display:table-row">',
        '<span style="display:table-cell;padding:4px">',
    ),
    "bootstrap rows": _grid('<div class="container">', '<div class="row">', '<div class="col-md-2">'),
    "element ui divs": _grid(
        '<div class="el-table el-table--border">',
        '<div class="el-table__row">',
        '<div class="el-table__cell cell">',
        groups=('<div class="el-table__header-wrapper">', '<div class="el-table__body-wrapper">'),
    ),
    "ant design divs": _grid(
        '<div class="ant-table">',
        '<div class="ant-table-row">',
        '<div class="ant-table-cell">',
        head_row='<div class="ant-table-thead">',
    ),
}


def _rows(doc):
    return [
        (m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units])
        for m in doc.measures
        if m.id.startswith("table")
    ]


def test_each_grid_is_read_as_the_table_it_draws():
    for name, grid in GRIDS.items():
        doc = notice_parser.parse((HEAD + TITLE + grid + TAIL).encode(), format="html")
        assert _rows(doc) == EXPECTED, name
        assert "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" in doc.text, name
        assert "\n3\t落实惠企政策“免申即享”，兑现资金不少于5亿元。\t市财政局\t" in doc.text, name
        deadlines = [(d.section_id, getattr(d, "date", None)) for d in doc.deadlines]
        assert ("1", "2027-06-30") in deadlines and ("1", "2027-09-30") in deadlines, name
        assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1"], name


def test_a_group_row_of_one_cell_between_the_rows():
    rows = "".join(
        f'<div class="tr">{"".join(f"<div class=td>{v}</div>" for v in r)}</div>' for r in [HEADER, *ROWS[:2]]
    )
    rows += '<div class="tr"><div class="td">二、惠企服务</div></div>'
    rows += f'<div class="tr">{"".join(f"<div class=td>{v}</div>" for v in ROWS[2])}</div>'
    doc = notice_parser.parse((HEAD + TITLE + f'<div class="tbl">{rows}</div>' + TAIL).encode(), format="html")
    assert [m[0] for m in _rows(doc)] == ["table1.row1", "table1.row2", "table1.row3"]
    assert _rows(doc)[2] == EXPECTED[2]


def test_divs_that_are_no_grid_stay_paragraphs():
    """A menu of links, a block of paragraphs and a row of three short divs that name no role column
    are no tables."""
    page = (
        HEAD
        + '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul>'
        + '<div class="info"><div><span>索引号</span><span>001</span><span>发布机构</span></div>'
        + "<div><span>文号</span><span>某政办发〔2027〕3号</span><span>主题</span></div></div>"
        + TITLE
        + "<div><p>（一）深化改革。各区县人民政府负责。</p><p>（二）强化服务。市财政局负责。</p></div>"
        + TAIL
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert "\t" not in doc.text
    assert not _rows(doc)


CARD = '<div class="card"><h4>（{n}）{name}</h4><p>{text}</p><dl>{fields}</dl></div>'


def _card(n: str, name: str, text: str, fields: list[tuple[str, str]]) -> str:
    return CARD.format(n=n, name=name, text=text, fields="".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields))


def test_dl_cards_give_each_section_its_fields():
    cards = _card(
        "一",
        "提升政务服务效能",
        "推进高频事项“跨省通办”，网上可办率保持在98%以上。",
        [("牵头单位", "市政务服务管理局"), ("配合单位", "市大数据中心、各区县人民政府"), ("完成时限", "2027年8月底前")],
    ) + _card(
        "二",
        "规范涉企收费",
        "开展涉企违规收费专项整治，清理规范行业协会商会收费。",
        # the pairs in another order, a term written with its own colon
        [("完成时限：", "2027年10月31日前"), ("牵头单位：", "市市场监管局"), ("配合单位：", "市发展改革委、市民政局")],
    )
    page = HEAD + "<h2>某市2027年优化营商环境重点任务分工方案</h2><h3>一、专项攻坚任务</h3>" + cards + TAIL
    doc = notice_parser.parse(page.encode(), format="html")
    assert "牵头单位：市政务服务管理局\n配合单位：市大数据中心、各区县人民政府\n完成时限：2027年8月底前\n" in doc.text
    assert "完成时限：2027年10月31日前\n牵头单位：市市场监管局\n" in doc.text
    assert [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures][:2] == [
        ("1.1", ["市政务服务管理局"], ["市大数据中心", "各区县人民政府"]),
        ("1.2", ["市市场监管局"], ["市发展改革委", "市民政局"]),
    ]
    assert [(d.section_id, getattr(d, "date", None)) for d in doc.deadlines][:2] == [
        ("1.1", "2027-08-31"),
        ("1.2", "2027-10-31"),
    ]
