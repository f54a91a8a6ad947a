"""A task table (任务台账, 重点任务清单) whose category rows are written in every way a docs tool, a site or Word
writes them, over task rows numbered as decimal paths (1.1 1.2 2.1) or as integers (running on 1–6, or starting
again at 1 under every category). Phrases from tests/redteam19/jiawan-2026-yishi-yingshang-taizhang (a 飞书-style
Markdown 台账: | **2** | **强化数字基础支撑** | | | | | | after row 1.4) and its gold: the category rows are the
sections (1 提升政务服务效能, 2 强化数字基础支撑, 3 优化涉企服务); every task row is one measure table1.row<M>, M
counting the task rows only (a category row is none, and carries no row's units down: jiawan M5–M16); each row's
deadlines are its category's.

The category row as:
* a bold bare number and a bold name, the other cells empty (| **2** | **强化数字基础支撑** | | |);
* the number and the name alone, plain (| 二 | 强化数字基础支撑 | | |, | 2 | 强化数字基础支撑 | | |);
* 二、 and the name in the first cell, the others empty (| 二、强化数字基础支撑 | | | |);
* one cell across the row (<td colspan=6>, Word's gridSpan; from Markdown the name repeated in every cell), or the
  number in its cell and the name across the rest (a sheet saved as a web page).
"""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, para

import notice_parser
from notice_parser.model import walk_sections

TITLE = "嘉湾区2026年“高效办成一件事”暨优化营商环境重点任务台账"
HEAD = ["编号", "任务事项", "具体内容", "目标值", "时间节点", "责任单位"]
GROUPS = [
    (
        "提升政务服务效能",
        [
            ("企业开办“一日办结”", "推行企业开办全流程“一网通办”，实现一次提交、一日办结", "≥95%", "6月底前",
             "区市场监管局（牵头）、区行政审批服务局、区税务局"),
            ("帮办代办服务", "在区政务服务中心和各街道便民服务中心设立“帮办代办”窗口", "帮办事项≥80项", "8月底前",
             "区行政审批服务局（牵头）、区民政局、区残联、各街道办事处"),
        ],
    ),
    (
        "强化数字基础支撑",
        [
            ("数据共享交换", "梳理区级部门数据资源目录，推动高频证照电子化共享应用", "新增共享目录300条", "9月底前",
             "区数据局（牵头）、区各有关部门"),
            ("基层数据减负", "清理规范基层报表，建立“一表通”填报机制", "基层报表精简≥30%", "11月底前",
             "区委社会工作部（牵头）、区数据局、各街道办事处"),
        ],
    ),
    (
        "优化涉企服务",
        [
            ("涉企政策“免申即享”", "梳理可“免申即享”的惠企政策清单，实现政策资金直达快享", "不少于20项", "二季度末",
             "区发展改革局（牵头）、区财政局、区科技局"),
            ("首批“无感审批”试点", "选取餐饮、零售等行业开展“无感审批”试点", "不少于20家", "7月15日前",
             "区行政审批服务局（牵头）、区市场监管局、区消防救援大队"),
        ],
    ),
]  # fmt: skip
COVER = [
    "区直各有关部门，各街道办事处：",
    "现将2026年重点任务台账发布如下。列于牵头单位之后的为配合单位。凡台账中未注明年份的时间节点，均指2026年。",
]
NOTE = "注：“责任单位”列中标注“（牵头）”的为牵头单位，其余为配合单位。"
SIGN = ["嘉湾区营商环境建设局", "2026年3月2日"]
CN = "一二三"

WANT_SECTIONS = [("1", "提升政务服务效能"), ("2", "强化数字基础支撑"), ("3", "优化涉企服务")]
WANT_MEASURES = [
    ("table1.row1", "1", ["区市场监管局"], ["区行政审批服务局", "区税务局"]),
    ("table1.row2", "1", ["区行政审批服务局"], ["区民政局", "区残联", "各街道办事处"]),
    ("table1.row3", "2", ["区数据局"], ["区各有关部门"]),
    ("table1.row4", "2", ["区委社会工作部"], ["区数据局", "各街道办事处"]),
    ("table1.row5", "3", ["区发展改革局"], ["区财政局", "区科技局"]),
    ("table1.row6", "3", ["区行政审批服务局"], ["区市场监管局", "区消防救援大队"]),
]
WANT_DEADLINES = {
    ("1", "2026-06-30"),
    ("1", "2026-08-31"),
    ("2", "2026-09-30"),
    ("2", "2026-11-30"),
    ("3", "2026-06-30"),
    ("3", "2026-07-15"),
}


def _task_id(g: int, k: int, running: int, ids: str) -> str:
    return {"decimal": f"{g}.{k}", "running": str(running), "restart": str(k)}[ids]


def _rows(ids: str):
    """(category number, category name, [task row cells]) per category."""
    running = 0
    for g, (name, tasks) in enumerate(GROUPS, start=1):
        rows = []
        for k, task in enumerate(tasks, start=1):
            running += 1
            rows.append([_task_id(g, k, running, ids), *task])
        yield g, name, rows


# the category row in Markdown: the cells of a row of len(HEAD)
MD_CATEGORY = {
    "bold number": lambda g, name: [f"**{g}**", f"**{name}**"] + [""] * 4,
    "number and name": lambda g, name: [str(g), name] + [""] * 4,
    "numeral and name": lambda g, name: [CN[g - 1], name] + [""] * 4,
    "bold numeral and name": lambda g, name: [f"**{CN[g - 1]}**", f"**{name}**"] + [""] * 4,
    "一、 in the first cell": lambda g, name: [f"**{CN[g - 1]}、{name}**"] + [""] * 5,
    "repeated across": lambda g, name: [f"{CN[g - 1]}、{name}"] * 6,
    "2. in the first cell": lambda g, name: [f"**{g}. {name}**"] + [""] * 5,
    "2、 in the first cell": lambda g, name: [f"{g}、{name}"] + [""] * 5,
    "一、 in the task cell, 序号 blank": lambda g, name: ["", f"**{CN[g - 1]}、{name}**"] + [""] * 4,
    "2. in the task cell, 序号 blank": lambda g, name: ["", f"**{g}. {name}**"] + [""] * 4,
}


def markdown(category: str, ids: str) -> bytes:
    out = [f"# {TITLE}", "", "> 发文单位：嘉湾区营商环境建设局", "> 日期：2026年3月2日", ""]
    out += [COVER[0], "", COVER[1], ""]
    out += ["| " + " | ".join(HEAD) + " |", "| :--- " * len(HEAD) + "|"]
    for g, name, rows in _rows(ids):
        out.append("| " + " | ".join(MD_CATEGORY[category](g, name)) + " |")
        out += ["| " + " | ".join(row) + " |" for row in rows]
    out += ["", NOTE, "", *SIGN, ""]
    return "\n".join(out).encode()


HTML_CATEGORY = {
    "bold number": lambda g, name: f"<td><strong>{g}</strong></td><td><strong>{name}</strong></td>" + "<td></td>" * 4,
    "number and name": lambda g, name: f"<td>{g}</td><td>{name}</td>" + "<td></td>" * 4,
    "numeral and name": lambda g, name: f"<td>{CN[g - 1]}</td><td>{name}</td>" + "<td></td>" * 4,
    "一、 in the first cell": lambda g, name: f"<td><b>{CN[g - 1]}、{name}</b></td>" + "<td></td>" * 5,
    "colspan across": lambda g, name: f'<td colspan="6"><strong>{CN[g - 1]}、{name}</strong></td>',
    "number, name across": lambda g, name: f'<td>{g}</td><td colspan="5">{name}</td>',
    "numeral, name across": lambda g, name: f'<td>{CN[g - 1]}</td><td colspan="5">{name}</td>',
    "2. in the first cell": lambda g, name: f"<td><b>{g}. {name}</b></td>" + "<td></td>" * 5,
    "2. colspan across": lambda g, name: f'<td colspan="6"><b>{g}. {name}</b></td>',
    "2. in the task cell, 序号 blank": lambda g, name: f"<td></td><td><b>{g}. {name}</b></td>" + "<td></td>" * 4,
}


def html(category: str, ids: str) -> bytes:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    body = ""
    for g, name, rows in _rows(ids):
        body += f"<tr>{HTML_CATEGORY[category](g, name)}</tr>"
        body += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<p>发文单位：嘉湾区营商环境建设局</p><p>日期：2026年3月2日</p>"
        + "".join(f"<p>{c}</p>" for c in COVER)
        + f"<table border='1'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table><p>{NOTE}</p>"
        + "".join(f"<p>{s}</p>" for s in SIGN)
        + "</body></html>"
    ).encode()


def _tc(text: str, span: int = 0, bold: bool = False) -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:tc>{pr}<w:p>{run}</w:p></w:tc>"


DOCX_CATEGORY = {
    "bold number": lambda g, name: _tc(str(g), bold=True) + _tc(name, bold=True) + _tc("") * 4,
    "numeral and name": lambda g, name: _tc(CN[g - 1]) + _tc(name) + _tc("") * 4,
    "一、 in the first cell": lambda g, name: _tc(f"{CN[g - 1]}、{name}", bold=True) + _tc("") * 5,
    "gridSpan across": lambda g, name: _tc(f"{CN[g - 1]}、{name}", span=6, bold=True),
    "number, name across": lambda g, name: _tc(str(g)) + _tc(name, span=5),
    "2、 in the first cell": lambda g, name: _tc(f"{g}、{name}", bold=True) + _tc("") * 5,
    "2. in the task cell, 序号 blank": lambda g, name: _tc("") + _tc(f"{g}.{name}", bold=True) + _tc("") * 4,
}


def word(category: str, ids: str) -> bytes:
    rows = "<w:tr>" + "".join(_tc(h) for h in HEAD) + "</w:tr>"
    for g, name, task_rows in _rows(ids):
        rows += f"<w:tr>{DOCX_CATEGORY[category](g, name)}</w:tr>"
        rows += "".join("<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>" for row in task_rows)
    body = (
        para(TITLE)
        + "".join(para(c) for c in COVER)
        + f"<w:tbl>{rows}</w:tbl>"
        + para(NOTE)
        + "".join(para(s) for s in SIGN)
    )
    return docx_bytes(document(body))


IDS = ("decimal", "running", "restart")
CASES = (
    [("md", c, i) for c in MD_CATEGORY for i in IDS]
    + [("html", c, i) for c in HTML_CATEGORY for i in IDS]
    + [("docx", c, i) for c in DOCX_CATEGORY for i in IDS]
)
MAKE = {"md": markdown, "html": html, "docx": word}


@pytest.mark.parametrize(("fmt", "category", "ids"), CASES)
def test_category_rows_are_sections_and_no_measures(fmt, category, ids):
    doc = notice_parser.parse(MAKE[fmt](category, ids), format=fmt)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == WANT_SECTIONS
    got = [
        (m.id, m.section_id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures
    ]
    assert got == WANT_MEASURES
    assert [m.heading for m in doc.measures] == [task[0] for _, tasks in GROUPS for task in tasks]
    dated = {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by" and d.section_id}
    assert dated == WANT_DEADLINES


UNNUMBERED = {
    "md, name in the first cell": ("md", lambda g, name: [f"**{name}**"] + [""] * 5),
    "md, name in the task cell": ("md", lambda g, name: ["", f"**{name}**"] + [""] * 4),
    "html, name across": ("html", lambda g, name: f'<td colspan="6"><strong>{name}</strong></td>'),
    "html, name in the task cell": ("html", lambda g, name: f"<td></td><td><b>{name}</b></td>" + "<td></td>" * 4),
    "docx, name across": ("docx", lambda g, name: _tc(name, span=6, bold=True)),
}


@pytest.mark.parametrize("name", list(UNNUMBERED))
@pytest.mark.parametrize("ids", IDS)
def test_unnumbered_category_rows_are_no_measures(name, ids, monkeypatch):
    """A category row with no number (its name alone across the row, or in the task column with the 序号
    blank) numbers no section; it is no task either, and in a Markdown export its blank role cells, filled
    from the row above, do not make it one."""
    fmt, row = UNNUMBERED[name]
    table = {"md": MD_CATEGORY, "html": HTML_CATEGORY, "docx": DOCX_CATEGORY}[fmt]
    monkeypatch.setitem(table, "unnumbered", row)
    doc = notice_parser.parse(MAKE[fmt]("unnumbered", ids), format=fmt)
    assert doc.sections == []
    got = [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures]
    assert got == [(m_id, lead, sup) for m_id, _, lead, sup in WANT_MEASURES]


def test_a_task_item_run_on_over_a_page_break_is_no_category():
    """A row whose only text is a task cell's next item, 2.… (a row broken over a page, as a PDF's or a
    converted page's table keeps it), is no category 2, though its number would fit one: it reads as a
    sentence. The categories stay 1 2 3, and the row goes on with the task above it."""
    run_on = (
        "<tr><td></td><td></td><td>2.推行企业登记全程电子化，实现营业执照即时发放。</td>" + "<td></td>" * 3 + "</tr>"
    )
    for ids in IDS:
        page = html("number and name", ids).decode()
        first = page.index("</tr>", page.index("企业开办")) + len("</tr>")
        doc = notice_parser.parse((page[:first] + run_on + page[first:]).encode(), format="html")
        assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == WANT_SECTIONS, ids
        assert [(m.id, m.section_id) for m in doc.measures] == [(m[0], m[1]) for m in WANT_MEASURES], ids
