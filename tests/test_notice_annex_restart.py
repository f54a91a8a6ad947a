"""A transmittal notice with its own 一、二、三、 and, after 附件, the 整改清单 it
issues as a table whose group rows start again at 一、, in every way the sheet
reaches a site: pasted from Excel as TAB-separated text (quoted multi-line cells,
CRLF rows), an HTML <table> (group row across the row, or number | name), a Word
table (gridSpan group rows), a Markdown pipe table (group text in the first cell,
repeated in every cell, or bold). Phrases from
tests/redteam7/hengshui-2025-anquan-xuncha-zhenggai. The golds settle the
reading:

* the notice's paragraphs and the 清单's groups are two parts: 1.1–1.3, then
  2.1–2.2 (hengshui S1, zhouzhi S1);
* a 序号 column of bare numbers labels rows, also where it starts again at 1 in
  every group (hengshui S3; running on: zhouzhi S3, loudi S3), so the rows are
  measures in their group's section and the 1. 2. items in a 整改措施 cell are no
  sections (hengshui S3, loudi S2);
* a time limit or target in a row belongs to its group (hengshui S2, loudi S4).
"""

from __future__ import annotations

import pytest
from docx_parts import document, docx_bytes, numbering, para

import notice_parser
from notice_parser.model import walk_sections

TITLE = ("衡水市安全生产委员会办公室", "关于印发《衡水市落实省安全生产巡查反馈问题整改清单》的通知")
NOTICE = (
    "衡安办〔2025〕4号",
    "各县（市、区）安委会，衡水高新区、滨湖新区安委会，市安委会各成员单位：",
    "　　经市安委会同意，现将《衡水市落实省安全生产巡查反馈问题整改清单》印发给你们，并就有关事项通知如下：",
    "　　一、压实整改责任。各责任单位主要负责同志为整改第一责任人，对照清单逐项制定整改台账。",
    "　　二、严格时限要求。各责任单位要于每月25日前将整改进展情况报送市安委办。",
    "　　三、强化督导问效。市安委办将会同市委督查室、市政府督查室对整改进度实行“月调度、季通报”。",
    "　　附件：衡水市落实省安全生产巡查反馈问题整改清单",
    "衡水市安全生产委员会办公室",
    "2025年1月24日",
    "附件",
    "衡水市落实省安全生产巡查反馈问题整改清单",
)
HEAD = ("序号", "问题描述", "整改目标", "整改措施", "责任单位", "整改时限")
GROUPS = (
    (
        "一、安全发展理念和责任落实方面",
        (
            (
                "1",
                "部分县（市、区）党委、政府研究安全生产工作不够经常。",
                "党委常委会会议、政府常务会议每季度至少专题研究1次安全生产工作。",
                "1.将安全生产纳入党委常委会会议、政府常务会议议题计划。\n2.市安委办建立研究部署情况季度通报制度。",
                "市安委办\n各县（市、区）政府",
                "立行立改并长期坚持",
            ),
            (
                "2",
                "安全生产考核权重偏低，考核结果运用不充分。",
                "安全生产在县（市、区）年度综合考核中的权重不低于5%。",
                "修订县（市、区）安全生产和消防工作考核细则。",
                "市委考核办（牵头）\n市应急管理局",
                "2025年4月底前",
            ),
        ),
    ),
    (
        "二、燃气和城镇安全方面",
        (
            (
                "1",
                "城镇燃气老旧管道更新改造进度滞后，年度计划完成率仅为68%。",
                "2025年完成城镇燃气老旧管道更新改造12.6公里。",
                "1.倒排工期，按月调度改造进度。\n2.对进度滞后的县（市、区）实行约谈。",
                "市住房城乡建设局",
                "2025年10月底前",
            ),
            (
                "2",
                "高层建筑消防设施完好率低，部分小区消防车通道被占用。",
                "高层住宅小区消防设施完好率达到90%以上。",
                "开展高层建筑消防安全综合治理。",
                "市消防救援支队、市住房城乡建设局",
                "2025年3月底前",
            ),
        ),
    ),
)


def _quoted(cell: str) -> str:
    return f'"{cell}"' if "\n" in cell else cell


def excel_paste() -> tuple[bytes, str]:
    """CRLF rows, TAB cells, a group row padded with empty cells, multi-line cells quoted (bare LF inside)."""
    lines = [*TITLE, "", *NOTICE, "\t".join(HEAD)]
    for group, rows in GROUPS:
        lines.append(group + "\t" * (len(HEAD) - 1))
        lines += ["\t".join(_quoted(c) for c in row) for row in rows]
    return "\r\n".join(lines).encode(), "txt"


def _td(cell: str) -> str:
    return "<td>" + "".join(f"<p>{x}</p>" for x in cell.split("\n")) + "</td>"


def html(split_group: bool = False) -> tuple[bytes, str]:
    table = "<table><tr>" + "".join(f"<td>{h}</td>" for h in HEAD) + "</tr>"
    for group, rows in GROUPS:
        if split_group:
            number, name = group.split("、", 1)
            table += f"<tr><td>{number}、</td><td colspan='{len(HEAD) - 1}'>{name}</td></tr>"
        else:
            table += f"<tr><td colspan='{len(HEAD)}'><strong>{group}</strong></td></tr>"
        table += "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    body = f"<h1>{''.join(TITLE)}</h1>" + "".join(f"<p>{x}</p>" for x in NOTICE)
    return f"<html><body>{body}{table}</table></body></html>".encode(), "html"


def _tc(cell: str, span: int = 0) -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
    return f"<w:tc>{pr}{''.join(para(x) for x in cell.split(chr(10)))}</w:tc>"


def word() -> tuple[bytes, str]:
    table = "<w:tbl><w:tr>" + "".join(_tc(h) for h in HEAD) + "</w:tr>"
    for group, rows in GROUPS:
        table += f"<w:tr>{_tc(group, len(HEAD))}</w:tr>"
        table += "".join("<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>" for row in rows)
    body = "".join(para(x) for x in (*TITLE, *NOTICE))
    return docx_bytes(document(body + table + "</w:tbl>")), "docx"


def word_numbered() -> tuple[bytes, str]:
    """The notice's 一、二、三、 as real Word numbering (chineseCounting, not in the paragraphs' text)."""
    items = [x.strip("　")[2:] for x in NOTICE[3:6]]
    body = "".join(para(x) for x in (*TITLE, *NOTICE[:3]))
    body += "".join(para(x, numbered=True) for x in items) + "".join(para(x) for x in NOTICE[6:])
    table = "<w:tbl><w:tr>" + "".join(_tc(h) for h in HEAD) + "</w:tr>"
    for group, rows in GROUPS:
        table += f"<w:tr>{_tc(group, len(HEAD))}</w:tr>"
        table += "".join("<w:tr>" + "".join(_tc(c) for c in row) + "</w:tr>" for row in rows)
    return docx_bytes(document(body + table + "</w:tbl>"), numbering("1", "chineseCounting")), "docx"


def markdown(group_style: str) -> tuple[bytes, str]:
    lines = [f"# {''.join(TITLE)}", ""] + [f"{x}\n" for x in NOTICE]
    lines += ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    for group, rows in GROUPS:
        if group_style == "repeat":
            lines.append("| " + " | ".join([group] * len(HEAD)) + " |")
        else:
            text = f"**{group}**" if group_style == "bold" else group
            lines.append(f"| {text} |" + " |" * (len(HEAD) - 1))
        lines += ["| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |" for row in rows]
    return "\n".join(lines).encode(), "md"


def excel_paste_trimmed() -> tuple[bytes, str]:
    """The same, saved through an editor that trims trailing whitespace: the group rows lose their tabs."""
    data, fmt = excel_paste()
    return data.replace(b"\t\t\t\t\t\r\n", b"\r\n"), fmt


VARIANTS = {
    "excel paste": excel_paste,
    "excel paste, group rows trimmed": excel_paste_trimmed,
    "html group across": html,
    "html number | name": lambda: html(split_group=True),
    "docx gridSpan": word,
    "docx, the notice's numbers Word's": word_numbered,
    "markdown first cell": lambda: markdown("first"),
    "markdown repeated": lambda: markdown("repeat"),
    "markdown bold": lambda: markdown("bold"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_the_notice_and_its_list_are_two_parts_and_the_rows_no_sections(variant):
    data, fmt = VARIANTS[variant]()
    doc = notice_parser.parse(data, format=fmt)
    assert [(s.id, s.marker.strip(), s.heading) for s in walk_sections(doc.sections)] == [
        ("1.1", "一、", "压实整改责任"),
        ("1.2", "二、", "严格时限要求"),
        ("1.3", "三、", "强化督导问效"),
        ("2.1", "一、", "安全发展理念和责任落实方面"),
        ("2.2", "二、", "燃气和城镇安全方面"),
    ]
    assert [(m.id, m.section_id) for m in doc.measures] == [
        ("table1.row1", "2.1"),
        ("table1.row2", "2.1"),
        ("table1.row3", "2.2"),
        ("table1.row4", "2.2"),
    ]
    assert [u.name for u in doc.measures[1].lead_units] == ["市委考核办"]
    by = {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}
    assert {("2.1", "2025-04-30"), ("2.2", "2025-10-31"), ("2.2", "2025-03-31")} <= by
    recurring = {(d.section_id, d.period) for d in doc.deadlines if d.kind == "recurring"}
    assert {("1.2", "month"), ("2.1", "quarter"), ("2.2", "month")} <= recurring  # 按月调度: in a cell's item 1.
    targets = {(t.section_id, t.value, t.unit) for t in doc.targets}
    assert {("2.1", 5, "%"), ("2.2", 12.6, "公里"), ("2.2", 90, "%")} <= targets
    assert all(t.value != 68 for t in doc.targets)  # the problem column states what was found


def test_two_enclosed_lists_are_two_more_parts():
    """附件1 and 附件2, each a 清单 whose groups start at 一、: the notice is part 1, the lists 2 and 3
    (NOTICE_JSON: each document whose numbering starts again at 一、 is prefixed with its order)."""
    tables = ""
    for k, name in ((1, "问题整改清单"), (2, "重点任务清单")):
        tables += f"<p>附件{k}</p><p>衡水市{name}</p><table><tr>" + "".join(f"<td>{h}</td>" for h in HEAD) + "</tr>"
        for group, rows in GROUPS:
            tables += f"<tr><td colspan='{len(HEAD)}'><strong>{group}</strong></td></tr>"
            tables += "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
        tables += "</table>"
    body = f"<h1>{''.join(TITLE)}</h1>" + "".join(f"<p>{x}</p>" for x in NOTICE[:-2])
    doc = notice_parser.parse(f"<html><body>{body}{tables}</body></html>".encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    assert [(m.id, m.section_id) for m in doc.measures][3:5] == [("table1.row4", "2.2"), ("table2.row1", "3.1")]
    by = {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}
    assert {("2.1", "2025-04-30"), ("3.1", "2025-04-30"), ("3.2", "2025-03-31")} <= by


def test_a_list_written_as_paragraphs_runs_its_measures_into_the_line_and_keeps_its_problems():
    """The 清单 as Word paragraphs: 一、 groups, 1. problems, labelled lines; a 整改措施 line runs its own
    1. 2. into the paragraph (整改措施：1.…。2.…): the 2. glued after 。 is an item of that line's list,
    not the group's next problem, which the next line's 2. is."""
    lines = [*TITLE, "", *NOTICE]
    for group, rows in GROUPS:
        lines.append(group)
        for row in rows:
            lines += [f"{row[0]}.{row[1]}", f"整改目标：{row[2]}", "整改措施：" + row[3].replace("\n", "")]
            lines += ["责任单位：" + row[4].replace("\n", "、"), f"整改时限：{row[5]}"]
    doc = notice_parser.parse("\n".join(lines).encode(), format="txt")
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)][2:6] == [
        ("1.3", "强化督导问效"),
        ("2.1", "安全发展理念和责任落实方面"),
        ("2.1.1", "部分县（市、区）党委、政府研究安全生产工作不够经常"),
        ("2.1.2", "安全生产考核权重偏低，考核结果运用不充分"),
    ]
    assert [s.id for s in walk_sections(doc.sections)][6:] == ["2.2", "2.2.1", "2.2.2"]
    assert [(m.id, [u.name for u in m.responsible_units]) for m in doc.measures][:2] == [
        ("2.1.1", ["市安委办", "各县（市、区）政府"]),
        ("2.1.2", ["市应急管理局"]),
    ]
    assert ("2.2.1", "2025-10-31") in {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}


def _flat_cells(row: tuple[str, ...]) -> list[str]:
    """A row's cells as a converter or crawler leaves them: an item list run together, units joined by 、."""
    return [cell.replace("\n", "、" if k == 4 else "") for k, cell in enumerate(row)]


def _flattened(cell_sep: str, line_sep: str) -> bytes:
    items = [*TITLE, *(x.strip("　") for x in NOTICE), *HEAD]
    for group, rows in GROUPS:
        items.append(group)
        items += [cell_sep.join(_flat_cells(row)) for row in rows]
    return line_sep.join(items).encode()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_flattened("\n", "\n"), id="one cell per paragraph"),
        pytest.param(_flattened(" ", " "), id="crawled page, one line, a space between cells"),
    ],
)
def test_a_flattened_list_whose_numbers_start_again_in_every_group(data):
    """The sheet flattened: its group rows stand between the rows, and the 序号 starts again at 1 after
    each; the rows are rebuilt across them, the groups are part 2."""
    doc = notice_parser.parse(data, format="txt")
    assert [s.id for s in walk_sections(doc.sections)] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [(m.id, m.section_id, [u.name for u in m.responsible_units]) for m in doc.measures] == [
        ("table1.row1", "2.1", ["市安委办", "各县（市、区）政府"]),
        ("table1.row2", "2.1", ["市应急管理局"]),
        ("table1.row3", "2.2", ["市住房城乡建设局"]),
        ("table1.row4", "2.2", ["市消防救援支队", "市住房城乡建设局"]),
    ]
    assert [u.name for u in doc.measures[1].lead_units] == ["市委考核办"]
    assert ("2.2", "2025-10-31") in {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}


@pytest.mark.parametrize(
    "cell",
    [
        "立行立改",
        "立行立改并长期坚持",
        "2025年6月30日前完成、长期坚持",
        "2025年5月底前完成排查，2025年9月底前完成整治",
        "2025年3月底前完成标识划线，长期坚持",
    ],
)
def test_a_time_cell_of_several_values_ends_a_crawled_row(cell):
    """hengshui's 整改时限 cells, in a row run into one line: the cell is the row's time, its units before it."""
    rows = [[str(k), *row[1:]] for k, row in enumerate((row for _, group in GROUPS for row in group), start=1)]
    rows[0][5] = cell
    text = " ".join([*HEAD, *(" ".join(_flat_cells(tuple(row))) for row in rows)])
    doc = notice_parser.parse(f"{''.join(TITLE)} {text}".encode(), format="txt")
    assert [[u.name for u in m.responsible_units] for m in doc.measures][:1] == [["市安委办", "各县（市、区）政府"]]
    assert len(doc.measures) == 4


LAYOUT_HEAD = "序号    问题描述                  整改目标                  责任单位              整改时限"
LAYOUT_ROWS = (
    "一、安全发展理念和责任落实方面",
    "1       部分县研究安全生产工作    每季度至少专题研究1次     市安委办              立行立改并长期坚持",
    "        不够经常。                安全生产工作。",
    "2       安全生产考核权重偏低。    权重不低于5%。            市委考核办（牵头）    2025年4月底前",
    "                                                            市应急管理局",
    "二、燃气和城镇安全方面",
    "1       燃气管道更新改造滞后。    完成改造12.6公里。        市住房城乡建设局      2025年10月底前",
    "2       高层建筑完好率低。        完好率达到90%以上。       市消防救援支队        2025年3月底前",
)


def test_a_list_laid_out_by_position_keeps_its_group_rows():
    """pdftotext -layout: the group rows stand on lines of their own between the rows, the 序号 starts
    again at 1 under each; cells wrap over lines. The group lines are group rows, not the text's next
    heading that ends a table."""
    lines = [*TITLE, "", *NOTICE, "", LAYOUT_HEAD, *LAYOUT_ROWS]
    doc = notice_parser.parse("\n".join(lines).encode(), format="txt")
    assert [s.id for s in walk_sections(doc.sections)] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [(m.id, m.section_id, [u.name for u in m.responsible_units]) for m in doc.measures] == [
        ("table1.row1", "2.1", ["市安委办"]),
        ("table1.row2", "2.1", ["市应急管理局"]),
        ("table1.row3", "2.2", ["市住房城乡建设局"]),
        ("table1.row4", "2.2", ["市消防救援支队"]),
    ]
    assert [u.name for u in doc.measures[1].lead_units] == ["市委考核办"]
    by = {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}
    assert {("2.1", "2025-04-30"), ("2.2", "2025-10-31"), ("2.2", "2025-03-31")} <= by


def test_each_group_a_heading_over_a_table_of_its_own():
    """A Word 清单 whose groups are paragraphs, each over a table of its own (header repeated): the headings
    are the text's sections, restarting at 一、 after the notice's (2.1, 2.2), each table's rows in its group.
    Copied as text, the heading line between the tables is no row of the table above it."""
    html_body = f"<h1>{''.join(TITLE)}</h1>" + "".join(f"<p>{x}</p>" for x in NOTICE)
    lines = [*TITLE, "", *NOTICE]
    for group, rows in GROUPS:
        html_body += f"<p><strong>{group}</strong></p><table><tr>" + "".join(f"<td>{h}</td>" for h in HEAD) + "</tr>"
        html_body += "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows) + "</table>"
        lines += [group, "\t".join(HEAD), *("\t".join(_quoted(c) for c in row) for row in rows)]
    for data, fmt in (
        (f"<html><body>{html_body}</body></html>".encode(), "html"),
        ("\r\n".join(lines).encode(), "txt"),
    ):
        doc = notice_parser.parse(data, format=fmt)
        assert [s.id for s in walk_sections(doc.sections)] == ["1.1", "1.2", "1.3", "2.1", "2.2"], fmt
        assert [(m.id, m.section_id) for m in doc.measures] == [
            ("table1.row1", "2.1"),
            ("table1.row2", "2.1"),
            ("table2.row1", "2.2"),
            ("table2.row2", "2.2"),
        ], fmt
