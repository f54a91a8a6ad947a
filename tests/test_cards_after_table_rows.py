"""A task list whose first block is a grid of rows numbered 1–8 (a <table>, a CSS grid of divs, a Markdown pipe
table, a Word table) and whose next block goes on counting as cards or paragraphs headed 9. 10. 11., each with
its own 牵头单位 / 配合单位 / 完成时限 lines (a <dl>, labelled <p>s, a Markdown list, Word paragraphs). Phrases from
tests/redteam21/xinyuan-2026-chengshi-gengxin-renwu and its gold (S1, S2, M1): the grid's rows are table rows,
measures table1.row1–row8, no sections; the cards keep the list's count across its parents, as a list that counts
on across （一）（二） does (NOTICE_JSON.md): sections 2.9–2.11 under （二）, each one measure with its own section id,
and the card's deadlines and targets in its section.
"""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, para

import notice_parser
from notice_parser.model import walk_sections

TITLE = "新垣市人民政府办公室关于印发新垣市2027年城市更新重点任务清单的通知"
HEAD = ["序号", "任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ("1", "实施老旧小区改造提升工程，2027年新开工改造城镇老旧小区86个。", "市住房城乡建设局", "各区人民政府、市财政局", "2027年12月底前"),
    ("2", "推进城市燃气管道老化更新改造，完成市政燃气管网更新改造45公里。", "市城市管理局", "市应急管理局、新垣燃气集团", "2027年10月底前"),
    ("3", "开展城市排水防涝能力提升行动，消除易涝积水点15处。", "市水务局", "市住房城乡建设局、各区人民政府", "2027年5月31日前"),
]  # fmt: skip
CARDS = [
    ("4", "历史文化街区保护利用", "完成西市街、鼓楼巷2个历史文化街区保护修缮，修缮历史建筑不少于40处。",
     "市自然资源规划局", "市文化广电旅游局、新城区人民政府配合", "2027年12月31日前"),
    ("5", "城市更新项目储备", "建立城市更新项目库，入库项目不少于150个，实行每月动态更新。",
     "市发展改革委", "市住房城乡建设局、市财政局、各区人民政府参与", "2027年3月底前建成项目库"),
    ("6", "城市体检", "开展城市体检，形成问题清单和整治建议，城市体检指标不少于61项。",
     "市住房城乡建设局", "市统计局、市城市更新中心", "2027年8月31日前"),
]  # fmt: skip
INTRO = ["各区人民政府，市政府各部门：", "现将《新垣市2027年城市更新重点任务清单》印发给你们，请认真抓好落实。"]
SIGN = ["新垣市人民政府办公室", "2026年11月28日"]
BLOCKS = ("（一）重点工程类任务", "（二）基础工作类任务")

WANT_SECTIONS = [
    ("1", "重点工程类任务"),
    ("2", "基础工作类任务"),
    ("2.4", "历史文化街区保护利用"),
    ("2.5", "城市更新项目储备"),
    ("2.6", "城市体检"),
]
WANT_MEASURES = [
    ("table1.row1", "1", ["市住房城乡建设局"], ["各区人民政府", "市财政局"]),
    ("table1.row2", "1", ["市城市管理局"], ["市应急管理局", "新垣燃气集团"]),
    ("table1.row3", "1", ["市水务局"], ["市住房城乡建设局", "各区人民政府"]),
    ("2.4", "2.4", ["市自然资源规划局"], ["市文化广电旅游局", "新城区人民政府"]),
    ("2.5", "2.5", ["市发展改革委"], ["市住房城乡建设局", "市财政局", "各区人民政府"]),
    ("2.6", "2.6", ["市住房城乡建设局"], ["市统计局", "市城市更新中心"]),
]
WANT_DEADLINES = {
    ("1", "by", "2027-12-31"),
    ("1", "by", "2027-10-31"),
    ("1", "by", "2027-05-31"),
    ("2.4", "by", "2027-12-31"),
    ("2.5", "by", "2027-03-31"),
    ("2.5", "recurring", "month"),
    ("2.6", "by", "2027-08-31"),
}
# (完成…2个历史文化街区保护修缮: a count to complete, optional in the gold)
WANT_TARGETS = {("2.4", 2, "个"), ("2.4", 40, "处"), ("2.5", 150, "个"), ("2.6", 61, "项")}


def _html(grid: str, card: str, marker: str = ". ", numbers: str = "") -> bytes:
    if grid == "table":
        rows = "<tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr>"
        rows += "".join(
            f"<tr><td>{row[0]}{numbers}</td>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>" for row in ROWS
        )
        table = f"<table border='1'>{rows}</table>"
    else:
        rows = '<div class="tr th">' + "".join(f'<div class="td">{h}</div>' for h in HEAD) + "</div>"
        rows += "".join('<div class="tr">' + "".join(f'<div class="td">{c}</div>' for c in r) + "</div>" for r in ROWS)
        table = f'<div class="tbl" role="table">{rows}</div>'
    cards = ""
    for n, name, body, lead, sup, due in CARDS:
        if card == "dl":
            cards += (
                f'<div class="card"><h4>{n}{marker}{name}</h4><p>{body}</p><dl><dt>牵头单位</dt><dd>{lead}</dd>'
                f"<dt>配合单位</dt><dd>{sup}</dd><dt>完成时限</dt><dd>{due}</dd></dl></div>"
            )
        else:
            cards += (
                f"<p><strong>{n}{marker}{name}</strong></p><p>{body}</p><p>牵头单位：{lead}</p>"
                f"<p>配合单位：{sup}</p><p>完成时限：{due}</p>"
            )
    return (
        f"<html><head><meta charset='utf-8'></head><body><h1>{TITLE}</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + "".join(f"<p style='text-align:right'>{p}</p>" for p in SIGN)
        + f"<h2>新垣市2027年城市更新重点任务清单</h2><h3>{BLOCKS[0]}</h3>{table}<h3>{BLOCKS[1]}</h3>"
        + f'<div class="cards">{cards}</div></body></html>'
    ).encode()


def _markdown(marker: str = ". ") -> bytes:
    out = [f"# {TITLE}", "", *INTRO, "", *SIGN, "", "## 新垣市2027年城市更新重点任务清单", "", f"### {BLOCKS[0]}", ""]
    out += ["| " + " | ".join(HEAD) + " |", "|---" * len(HEAD) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in ROWS]
    out += ["", f"### {BLOCKS[1]}", ""]
    for n, name, body, lead, sup, due in CARDS:
        out += [
            f"#### {n}{marker}{name}",
            "",
            body,
            "",
            f"- 牵头单位：{lead}",
            f"- 配合单位：{sup}",
            f"- 完成时限：{due}",
            "",
        ]
    return "\n".join(out).encode()


def _tc(text: str) -> str:
    return f'<w:tc><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'


def _word(marker: str = ".") -> bytes:
    rows = "<w:tr>" + "".join(_tc(h) for h in HEAD) + "</w:tr>"
    rows += "".join("<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>" for row in ROWS)
    body = para(TITLE) + "".join(para(p) for p in INTRO) + "".join(para(p) for p in SIGN)
    body += para("新垣市2027年城市更新重点任务清单") + para(BLOCKS[0]) + f"<w:tbl>{rows}</w:tbl>" + para(BLOCKS[1])
    for n, name, text, lead, sup, due in CARDS:
        body += para(f"{n}{marker}{name}") + para(text)
        body += para(f"牵头单位：{lead}") + para(f"配合单位：{sup}") + para(f"完成时限：{due}")
    return docx_bytes(document(body))


MAKE = {
    "html div grid, <dl> cards": (lambda: _html("div", "dl"), "html"),
    "html div grid, labelled <p>s": (lambda: _html("div", "p"), "html"),
    "html table, <dl> cards": (lambda: _html("table", "dl"), "html"),
    "html table, 4、 cards": (lambda: _html("table", "dl", "、"), "html"),
    "html table, labelled <p>s": (lambda: _html("table", "p"), "html"),
    "html table, 序号 written 1.": (lambda: _html("table", "dl", numbers="."), "html"),
    "html table, 序号 written 1、": (lambda: _html("table", "p", numbers="、"), "html"),
    "markdown, #### cards": (_markdown, "md"),
    "markdown, #### 4． cards": (lambda: _markdown("．"), "md"),
    "docx": (_word, "docx"),
    "docx, 4、 paragraphs": (lambda: _word("、"), "docx"),
}


@pytest.mark.parametrize("name", list(MAKE))
def test_cards_that_count_on_from_the_grid_rows_are_sections(name):
    make, fmt = MAKE[name]
    doc = notice_parser.parse(make(), format=fmt)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == WANT_SECTIONS
    got = [
        (m.id, m.section_id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures
    ]
    assert sorted(got) == sorted(WANT_MEASURES)  # (the text's measures are listed before the tables')
    dated = {(d.section_id, d.kind, getattr(d, "date", None) or d.period) for d in doc.deadlines if d.section_id}
    assert dated == WANT_DEADLINES
    counted = {(t.section_id, t.value, t.unit) for t in doc.targets if t.section_id and t.section_id.startswith("2.")}
    assert counted == WANT_TARGETS


def test_cards_right_after_the_rows_under_one_heading():
    """No （二） between the grid and the cards: 4. 5. 6. go on with rows 1–3 under the same （一）."""
    page = _html("table", "dl").decode().replace(f"<h3>{BLOCKS[1]}</h3>", "")
    doc = notice_parser.parse(page.encode(), format="html")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "重点工程类任务"),
        ("1.4", "历史文化街区保护利用"),
        ("1.5", "城市更新项目储备"),
        ("1.6", "城市体检"),
    ]
    assert sorted(m.id for m in doc.measures) == ["1.4", "1.5", "1.6", "table1.row1", "table1.row2", "table1.row3"]


def test_a_list_after_the_rows_that_starts_again_is_its_own():
    """Cards numbered 1. 2. 3. again under （二） are that block's own list (2.1–2.3): the rows' count does not
    renumber them."""
    page = _html("table", "dl").decode()
    for old, new in (("4. ", "1. "), ("5. ", "2. "), ("6. ", "3. ")):
        page = page.replace(f"<h4>{old}", f"<h4>{new}")
    doc = notice_parser.parse(page.encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.2", "2.3"]


def test_cards_as_small_tables_of_their_own():
    """The cards as two-column tables (任务名称 | 4. 历史文化街区保护利用, 牵头单位 | …): each numbered card is a
    section going on with the rows' count, its measure the section's."""
    page = _html("table", "dl").decode()
    cards = "".join(
        f"<table border=1><tr><td>任务名称</td><td>{n}. {name}</td></tr><tr><td>工作内容</td><td>{body}</td></tr>"
        f"<tr><td>牵头单位</td><td>{lead}</td></tr><tr><td>配合单位</td><td>{sup}</td></tr>"
        f"<tr><td>完成时限</td><td>{due}</td></tr></table>"
        for n, name, body, lead, sup, due in CARDS
    )
    page = page[: page.index('<div class="cards">')] + cards + page[page.index("</body>") :]
    doc = notice_parser.parse(page.encode(), format="html")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == WANT_SECTIONS
    got = [
        (m.id, m.section_id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures
    ]
    assert sorted(got) == sorted(WANT_MEASURES)
