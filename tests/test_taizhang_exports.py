"""A 任务台账 that is the notice, as online docs and sheet tools export it (tests/redteam18/fuyu-2025-minsheng-
shishi-taizhang, a 飞书 Markdown export, and its gold): a title line that carries the year, a cover of two
paragraphs, one table 序号 | 任务名称 | 工作内容 | 目标值 | 时间节点 | 责任单位 | 备注 whose category rows are a bold
numeral and a name (| **一** | **教育惠民** | | …) over task rows numbered 1.1 1.2 2.1 (or 1 2 1), cells with line
breaks, yearless 时间节点 (6月底前, 三季度末, 年底前: the year the cover names), "X（牵头）、Y" in 责任单位, then a
说明 list 1. 2. 3. and the signature. The same 台账 written as Markdown, as an HTML page (the notes an <ol> or
numbered <p>), as a spreadsheet saved as a web page (title and notes are rows of the one table) and as .docx reads
the same way:

* the category rows are the sections (1 教育惠民, 2 医疗健康); the task rows, whatever their 序号 (1.1 or 1), are
  the measures table1.row<M> under them (fuyu gold S1, S2; the session's table convention);
* the 说明 list's numbers are the table's notes, no sections (gold S3);
* every row's deadlines and targets carry the section of its category (gold D2, T1); 按月报送 is monthly (D3);
* the title is the table's name, …任务台账 (a genre word of its own).
"""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, para

import notice_parser
from notice_parser.model import walk_sections

TITLE = "福屿区2025年民生实事项目推进任务台账"
HEAD = ["序号", "任务名称", "工作内容", "目标值", "时间节点", "责任单位", "备注"]
# (a "|" in a cell is a line break inside it: <br> in Markdown and HTML, a paragraph in Word)
GROUPS = [
    (
        "一",
        "教育惠民",
        [
            (
                "1.1",
                "新建扩建中小学校",
                "建成福屿实验小学东校区、滨江中学扩建工程|新增学位全部在秋季开学前投用",
                "新增学位2400个",
                "6月底前主体完工|8月底前交付使用",
                "区教育局（牵头）、区住房城乡建设局、区自然资源和规划分局",
                "列入市重点项目",
            ),
            (
                "1.2",
                "课后服务提质",
                "义务教育学校课后服务“5+2”全覆盖，引入非遗、体育等第三方课程",
                "覆盖率100%；学生参与率≥95%",
                "三季度末",
                "区教育局（牵头）、区财政局、区文化和旅游局",
                "第三方机构不少于20家",
            ),
        ],
    ),
    (
        "二",
        "医疗健康",
        [
            (
                "2.1",
                "社区卫生服务中心标准化改造",
                "完成3个社区卫生服务中心改造，配置DR、彩超等设备",
                "3个",
                "9月底前",
                "区卫生健康委（牵头）、区发展改革局、相关街道办事处",
                "",
            ),
            (
                "2.2",
                "家庭医生签约服务",
                "重点人群家庭医生签约服务提质扩面|开展签约居民健康评估",
                "重点人群签约率≥80%",
                "年底前",
                "区卫生健康委（牵头）、区医保分局",
                "按月报送签约数据",
            ),
        ],
    ),
]
COVER = [
    "各街道办事处、区直有关单位：",
    "经区十八届人大五次会议票决，2025年区政府确定实施10件民生实事项目。现将任务台账印发，请各牵头单位按台账明确的"
    "目标值和时间节点抓好推进。台账中的时间节点除注明外均为2025年。",
]
NOTES = [
    "责任单位中标注“（牵头）”的为牵头单位，负责统筹推进、数据报送和年终总结，其余为配合单位；",
    "时间节点为最迟完成时间，能提前完成的应提前完成；",
    "对连续两个月进度滞后的项目，由区政府分管领导约谈牵头单位主要负责人。",
]
SIGN = ["福屿区人民政府办公室", "2025年3月12日"]


def markdown(row_numbers: str = "decimal") -> bytes:
    out = [f"# {TITLE}", "", "> 发文单位：福屿区人民政府办公室", "> 日期：2025年3月12日　｜　来源：飞书云文档导出", ""]
    out += [COVER[0], "", COVER[1], ""]
    out += ["| " + " | ".join(HEAD) + " |", "|:---:|" + "---|" * (len(HEAD) - 1)]
    for number, name, rows in GROUPS:
        out.append(f"| **{number}** | **{name}** |" + " |" * (len(HEAD) - 2))
        for k, row in enumerate(rows, start=1):
            cells = [str(k) if row_numbers == "bare" else row[0], *row[1:]]
            out.append("| " + " | ".join(c.replace("|", "<br>") for c in cells) + " |")
    out += ["", "**说明：**", *(f"{k}. {n}" for k, n in enumerate(NOTES, start=1)), "", *SIGN]
    return "\n".join(out).encode()


def _html_rows() -> str:
    body = ""
    for number, name, rows in GROUPS:
        body += f"<tr><td><strong>{number}</strong></td><td><strong>{name}</strong></td>"
        body += "<td></td>" * (len(HEAD) - 2) + "</tr>"
        for row in rows:
            body += "<tr>" + "".join(f"<td>{c.replace('|', '<br>')}</td>" for c in row) + "</tr>"
    return body


def html_page(notes: str = "ol") -> bytes:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    if notes == "ol":
        listed = "<ol>" + "".join(f"<li>{n}</li>" for n in NOTES) + "</ol>"
    else:
        listed = "".join(f"<p>{k}. {n}</p>" for k, n in enumerate(NOTES, start=1))
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<blockquote><p>发文单位：福屿区人民政府办公室</p><p>日期：2025年3月12日</p></blockquote>"
        + "".join(f"<p>{c}</p>" for c in COVER)
        + f"<table><thead><tr>{head}</tr></thead><tbody>{_html_rows()}</tbody></table>"
        + f"<p><strong>说明：</strong></p>{listed}"
        + "".join(f"<p>{s}</p>" for s in SIGN)
        + "</body></html>"
    ).encode()


def sheet_page() -> bytes:
    """A spreadsheet saved as a web page: the title and the 说明 are rows of the one table, a category's name
    merged across the row."""
    w = len(HEAD)
    rows = f"<tr><td colspan={w} class=xl65>{TITLE}</td></tr>"
    rows += "<tr>" + "".join(f"<td class=xl66>{h}</td>" for h in HEAD) + "</tr>"
    for number, name, task_rows in GROUPS:
        rows += f"<tr><td class=xl67>{number}</td><td colspan={w - 1} class=xl67>{name}</td></tr>"
        for row in task_rows:
            rows += "<tr>" + "".join(f"<td class=xl68>{c.replace('|', '<br>')}</td>" for c in row) + "</tr>"
    notes = "<br>".join(f"{k}. {n}" for k, n in enumerate(NOTES, start=1))
    rows += f"<tr><td colspan={w} class=xl69>说明：{notes}</td></tr>"
    return (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office' xmlns:x='urn:schemas-microsoft-com:office:excel'>"
        "<head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
        "<meta name=ProgId content=Excel.Sheet></head>"
        f"<body><table border=0 cellpadding=0 cellspacing=0>{rows}</table></body></html>"
    ).encode()


def _tc(text: str) -> str:
    if not text:
        return "<w:tc><w:p/></w:tc>"
    return (
        "<w:tc>"
        + "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in text.split("|"))
        + "</w:tc>"
    )


def word() -> bytes:
    rows = "<w:tr>" + "".join(_tc(h) for h in HEAD) + "</w:tr>"
    for number, name, task_rows in GROUPS:
        rows += f"<w:tr>{_tc(number)}{_tc(name)}" + "".join(_tc("") for _ in HEAD[2:]) + "</w:tr>"
        for row in task_rows:
            rows += "<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>"
    body = para(TITLE) + "".join(para(c) for c in COVER) + f"<w:tbl>{rows}</w:tbl>" + para("说明：")
    body += "".join(para(f"{k}.{n}") for k, n in enumerate(NOTES, start=1)) + "".join(para(s) for s in SIGN)
    return docx_bytes(document(body))


EXPORTS = {
    "markdown": (lambda: markdown(), "md"),
    "markdown, 序号 1 2 under the groups": (lambda: markdown("bare"), "md"),
    "html, notes in <ol>": (lambda: html_page("ol"), "html"),
    "html, notes as numbered <p>": (lambda: html_page("p"), "html"),
    "sheet saved as a web page": (sheet_page, "html"),
    "docx": (word, "docx"),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_a_taizhang_reads_the_same_in_every_export(name):
    make, fmt = EXPORTS[name]
    doc = notice_parser.parse(make(), format=fmt)
    assert doc.notice.title == TITLE
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", "教育惠民"), ("2", "医疗健康")]
    assert [(m.id, m.section_id, [u.name for u in m.lead_units]) for m in doc.measures] == [
        ("table1.row1", "1", ["区教育局"]),
        ("table1.row2", "1", ["区教育局"]),
        ("table1.row3", "2", ["区卫生健康委"]),
        ("table1.row4", "2", ["区卫生健康委"]),
    ]
    assert [u.name for u in doc.measures[2].supporting_units] == ["区发展改革局", "相关街道办事处"]
    dated = {(d.section_id, d.kind, getattr(d, "date", None) or getattr(d, "period", None)) for d in doc.deadlines}
    assert {
        ("1", "by", "2025-06-30"),
        ("1", "by", "2025-08-31"),
        ("1", "by", "2025-09-30"),
        ("2", "by", "2025-09-30"),
        ("2", "by", "2025-12-31"),
        ("2", "recurring", "month"),  # 按月报送签约数据 (备注)
    } <= dated
    assert not any(d.section_id not in (None, "1", "2") for d in doc.deadlines)
    targets = {(t.section_id, t.value, t.unit) for t in doc.targets if t.section_id}
    assert targets == {
        ("1", 2400, "个"),
        ("1", 100, "%"),
        ("1", 95, "%"),
        ("1", 20, "家"),
        ("2", 3, "个"),
        ("2", 80, "%"),
    }


def test_notes_under_a_table_number_no_sections_but_a_body_after_them_does():
    """The notes' run ends where its numbers stop: a notice whose text goes on after the 说明 with its own
    一、 keeps that section."""
    text = markdown().decode().replace(SIGN[0], "一、工作要求\n各牵头单位要于每月28日前报送进展。\n\n" + SIGN[0])
    doc = notice_parser.parse(text.encode(), format="md")
    headings = [s.heading for s in walk_sections(doc.sections)]
    assert "工作要求" in headings
    assert not any(h.startswith(("责任单位中标注", "时间节点为最迟")) for h in headings)


LEAD_MARKS = {
    # the mark after the lead, and the 说明 item that says what it means (the others are supporting)
    "（牵头）": "责任单位中标注“（牵头）”的为牵头单位，负责统筹推进，其余为配合单位；",
    "(牵头)": "责任单位中标注(牵头)的为牵头单位，其余为配合单位；",
    "（牵头单位）": "责任单位中标注“牵头单位”的为牵头单位，其余为配合单位；",
    "★": "责任单位中标★的为牵头单位，其余为配合单位；",
    "*": "责任单位中带*号的为牵头单位，其余为配合单位；",
    "＊": "责任单位中加“＊”者为牵头单位，其余为配合单位；",
    "": "责任单位中排在第一位的为牵头单位，其余为配合单位；",  # no mark: the first listed leads
}


@pytest.mark.parametrize("mark", list(LEAD_MARKS))
def test_the_lead_marked_in_a_role_cell_as_the_notes_say(mark):
    """A 台账's 责任单位 cell marks its lead inline, "X（牵头）、Y" (fuyu M2), or with a symbol after the name
    (区教育局★、区财政局, as real 分工表 do: 标★的为牵头单位), or lists it first; the 说明 says which, and that the
    others support."""
    text = markdown().decode().replace(NOTES[0], "@note@").replace("（牵头）", mark).replace("@note@", LEAD_MARKS[mark])
    doc = notice_parser.parse(text.encode(), format="md")
    got = [
        ([u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units])
        for m in doc.measures
    ]
    assert got[0] == (["区教育局"], [], ["区住房城乡建设局", "区自然资源和规划分局"]), mark
    assert got[3] == (["区卫生健康委"], [], ["区医保分局"]), mark
    assert all(m.lead_units[0].raw.startswith(m.lead_units[0].name) for m in doc.measures)


@pytest.mark.parametrize(
    "label", ["**说明：**", "### 说明", "**说明**", "> 注：", "## 填表说明", "备注：本表由区政府办汇总。"]
)
def test_the_notes_label_in_every_way_an_export_writes_it(label):
    """The 说明 under the table as a bold label, a heading with no colon, a quote, 填表说明, or a label with a
    sentence of its own before the list: its 1. 2. 3. are the notes' (fuyu S3)."""
    doc = notice_parser.parse(markdown().decode().replace("**说明：**", label).encode(), format="md")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", "教育惠民"), ("2", "医疗健康")]
