"""Build the fixtures of task lists (任务清单, 分工清单, 整改清单) under tests/fixtures/qingdan/ (a dev
script: LibreOffice is needed here for the .pdf and the Calc .html, never at run time).

Needs python-docx and openpyxl; ``soffice`` (libreoffice-writer-nogui, libreoffice-calc-nogui) and
fonts-noto-cjk for the converted files. Run from the repository root::

    python scripts/make_qingdan_fixtures.py

The documents are invented (place 某区/某市, phrases of the families of tests/redteam13: dichuan, mindong,
tingan). They are the ways offices and their exporters write one thing:

* ``zhenggai-spaced-units-{ruled,unruled}.pdf``: a Writer 整改清单 exported to PDF, 序号 | 问题 | 整改措施 |
  牵头单位 | 责任单位 | 完成时限, whose 责任单位 cells set units apart by a space, two spaces, an ideographic
  space, paragraphs, or a mix, in a column narrow enough that a list wraps at a space and a long name
  wraps inside itself; ruled (Table Grid) and without ruling lines;
* ``renwu-vmerge-*.docx``: a Word 任务清单 (序号 | 重点任务 | 工作目标 | 完成时限 | 责任单位) whose category rows
  are one cell across the row (gridSpan) and whose 责任单位 cell is merged down (w:vMerge) over a
  category's tasks, the lead marked in it as X（牵头） or as 牵头：X ⏎ 配合：Y、Z; ``-typed`` types the category
  into the 重点任务 cell of its row, the others blank; ``-across`` carries one
  责任单位 cell down across a category row (the category's cell spans the other columns); ``-column``
  writes the category in a column of its own (类别, merged down) instead of a row;
* ``fengong-excel.html`` (Excel 发布为网页: mso classes, x:str, <col> widths, rowspan; ``-typed``: the
  category typed into the 重点工作 column, the 序号 cell blank, ``-typed-merged``: merged from there to the
  right edge), ``fengong-wps.html``
  (WPS 表格 另存为网页: et classes), ``fengong-calc.html`` (LibreOffice Calc's HTML export of the same
  .xlsx) and ``fengong-column.html`` (the category in a column of its own, rowspan): a 工作要点 分工清单 with
  no notice text around it, 序号 | 重点工作 | 牵头领导 | 牵头单位 | 责任单位 | 完成时限; ``fengong-two-levels.html``
  groups its rows under categories and subcategories (一、 rows over （一） rows) below a header of two rows;
  ``fengong-excel-book.mht`` is Excel's workbook as a 单个文件网页 (a frameset part over the sheet's part).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fixture_office import docx_pdfs, no_borders, paragraph, soffice, soffice_missing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "qingdan"

# -- PDF: 整改清单 with units set apart by blanks ----------------------------------------------------

ZG_HEADER = ["序号", "问题", "整改措施", "牵头单位", "责任单位", "完成时限"]
ZG_ROWS = [
    [
        "1",
        "重大危险源监测数据接入不全。",
        "完成监测设备改造，接入率达到100%。",
        "区应急管理局",
        "区消防救援大队 区科技局",
        "2025年6月30日前",
    ],
    [
        "2",
        "有限空间作业审批不规范。",
        "开展专项执法检查，检查覆盖率100%。",
        "区应急管理局",
        "区住房和城乡建设局  区城市管理局",
        "2025年5月底前",
    ],
    [
        "3",
        "厂房违规住人问题突出。",
        "建设集中充电设施不少于50处。",
        "区消防救援大队",
        "区市场监管局\u3000区商务局",
        "2025年7月31日前",
    ],
    ["4", "校园周边交通秩序混乱。", "落实护学岗制度。", "区公安分局", "区教育局\n区卫生健康局", "长期坚持"],
    [
        "5",
        "燃气管网改造滞后。",
        "全年完成改造38公里。",
        "区住房和城乡建设局",
        "区发展改革局 区财政局\n各街道办事处",
        "2025年12月31日前",
    ],
    [
        "6",
        "农村饮水安全隐患排查不彻底。",
        "开展水源地隐患排查，整改率达到100%。",
        "区水利局",
        "区自然资源局 区生态环境分局 区农业农村局 各镇人民政府",
        "2025年9月底前",
    ],
    [
        "7",
        "企业培训考核合格率偏低。",
        "培训考核合格率达到95%以上。",
        "区应急管理局",
        "区人力资源和社会保障局",
        "2025年10月31日前",
    ],
    [
        "8",
        "国有企业安全投入不足。",
        "安全投入占比不低于3%。",
        "区财政局",
        "区属国有企业（某城投集团） 各园区办事处",
        "2025年6月30日前，长期坚持",
    ],
]
# the 责任单位 column is narrow: row 6's list wraps at a space, row 7's one name wraps inside itself
ZG_WIDTHS_CM = [1.0, 5.0, 6.0, 2.6, 3.2, 3.0]
ZG_NOTICE = [
    ("center", "某区安全生产委员会办公室关于印发某区安全生产督查反馈问题整改清单的通知"),
    ("left", "某安办〔2025〕6号"),
    ("left", "各镇人民政府、各街道办事处，区直各部门："),
    ("indent", "现将《某区安全生产督查反馈问题整改清单》印发给你们，请认真抓好落实。"),
    ("right", "某区安全生产委员会办公室"),
    ("right", "2025年4月8日"),
]
ZG_AFTER = [("indent", "说明：牵头单位负责统筹推进，责任单位按职责分工落实。")]


def _document(landscape: bool = False):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(14)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
    return document


def _fill(cell, value: str, size: float = 10.5) -> None:
    from docx.shared import Pt

    lines = value.split("\n")
    cell.paragraphs[0].text = lines[0]
    for more in lines[1:]:
        cell.add_paragraph(more)
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(size)


def zhenggai_docx(dest: Path, ruled: bool) -> None:
    from docx.shared import Cm

    document = _document(landscape=True)
    for how, text in ZG_NOTICE:
        paragraph(document, how, text)
    paragraph(document, "left", "附件", page_break_before=True)
    paragraph(document, "center", "某区安全生产督查反馈问题整改清单")
    table = document.add_table(rows=1 + len(ZG_ROWS), cols=len(ZG_HEADER))
    table.autofit = False
    if ruled:
        table.style = "Table Grid"
    else:
        no_borders(table)
    for c, width in enumerate(ZG_WIDTHS_CM):
        table.columns[c].width = Cm(width)
    for r, values in enumerate([ZG_HEADER, *ZG_ROWS]):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            cell.width = Cm(ZG_WIDTHS_CM[c])
            _fill(cell, value)
    for how, text in ZG_AFTER:
        paragraph(document, how, text)
    document.save(dest)


# -- DOCX: 任务清单 with category rows and 责任单位 merged down ----------------------------------------

RW_NOTICE = [
    ("center", "某市人民政府办公室关于印发某市2025年优化营商环境重点任务清单的通知"),
    ("left", "某政办发〔2025〕3号"),
    ("left", "各县（市、区）人民政府，市政府各部门："),
    ("indent", "《某市2025年优化营商环境重点任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。"),
    ("right", "某市人民政府办公室"),
    ("right", "2025年2月18日"),
]
RW_HEADER = ["序号", "重点任务", "工作目标", "完成时限", "责任单位"]
#: (category, [(序号, 任务, 目标, 时限)], the 责任单位 cell merged down over the category's tasks)
RW_GROUPS = [
    (
        "一、政务服务提质增效",
        [
            ("1", "推行企业开办“一日办结”。", "企业开办时间压缩至1个工作日以内。", "2025年6月底前"),
            ("2", "深化“一件事一次办”改革。", "新增集成服务不少于15项。", "2025年9月底前"),
        ],
        "市营商环境建设局（牵头）\n市市场监管局\n市公安局",
    ),
    (
        "二、要素保障精准有力",
        [
            ("3", "推行工业用地“标准地”出让。", "“标准地”出让比例不低于90%。", "2025年12月底前"),
            ("4", "压减水电气报装时限。", "低压办电时间压减至10个工作日以内。", "长期坚持"),
        ],
        "牵头：市自然资源和规划局\n配合：市发展改革委、市工业和信息化局",
    ),
    (
        "三、监管执法规范公正",
        [
            ("5", "推行“综合查一次”联合检查。", "跨部门联合检查占比达到30%以上。", "2025年10月底前"),
            ("6", "落实包容审慎监管。", "“免罚轻罚”清单事项不少于200项。", "2025年11月30日前"),
        ],
        "市司法局（牵头）\n市市场监管局\n市生态环境局",
    ),
]
RW_NOTE = "注：责任单位中标注“牵头”的为牵头单位，其余为配合单位。"


def renwu_docx(dest: Path, variant: str) -> None:
    """``variant``: "rows" (category rows across the table), "typed" (the category typed into the 重点任务
    cell of its row, the 序号 and the other cells left blank), "across" (the last two categories share one
    责任单位 cell merged down across the category row between them), "column" (a 类别 column)."""
    from docx.shared import Cm

    document = _document(landscape=True)
    for how, text in RW_NOTICE:
        paragraph(document, how, text)
    paragraph(document, "left", "附件", page_break_before=True)
    paragraph(document, "center", "某市2025年优化营商环境重点任务清单")
    column = variant == "column"
    header = ["类别", *RW_HEADER] if column else RW_HEADER
    tasks = sum(len(g[1]) for g in RW_GROUPS)
    rows = 1 + tasks + (0 if column else len(RW_GROUPS))
    table = document.add_table(rows=rows, cols=len(header))
    table.style = "Table Grid"
    widths = ([3.0] if column else []) + [1.2, 6.5, 6.0, 3.0, 5.0]
    for c, value in enumerate(header):
        _fill(table.cell(0, c), value)
    r = 1
    unit_col = len(header) - 1
    spans: list[tuple[int, int, str]] = []  # (first row, last row, 责任单位 text)
    for g, (category, items, units) in enumerate(RW_GROUPS):
        first = r
        if column:
            for k, (number, task, goal, deadline) in enumerate(items):
                for c, value in enumerate([category if k == 0 else "", number, task, goal, deadline]):
                    _fill(table.cell(r + k, c), value)
            table.cell(r, 0).merge(table.cell(r + len(items) - 1, 0))
            _fill(table.cell(r, 0), category)
            r += len(items)
        else:
            if variant == "typed":
                _fill(table.cell(r, 1), category)
            else:
                last = unit_col if variant != "across" or g != 2 else unit_col - 1
                _fill(table.cell(r, 0).merge(table.cell(r, last)), category)
            r += 1
            first = r
            for number, task, goal, deadline in items:
                for c, value in enumerate([number, task, goal, deadline]):
                    _fill(table.cell(r, c), value)
                r += 1
        spans.append((first, r - 1, units))
    if variant == "across":  # the last category's tasks keep the cell of the one before, across its row
        spans = [*spans[:1], (spans[1][0], spans[2][1], spans[1][2])]
    for first, last, units in spans:
        cell = (
            table.cell(first, unit_col).merge(table.cell(last, unit_col))
            if last > first
            else table.cell(first, unit_col)
        )
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        _fill(cell, units)
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Cm(widths[c])
    paragraph(document, "left", RW_NOTE)
    document.save(dest)


# -- HTML: 分工清单 from a spreadsheet, no notice text -----------------------------------------------

FG_TITLE = "某省交通运输厅2025年工作要点责任分工清单"
FG_HEADER = ["序号", "重点工作", "牵头\n领导", "牵头单位", "责任单位", "完成时限"]
#: (category, [(序号, 重点工作, 领导, 牵头单位, 责任单位, 时限)]); a leader or lead unit of None is merged
#: down from the row above (rowspan)
FG_GROUPS = [
    (
        "一、加快综合立体交通网建设",
        [
            (
                "1",
                "推进高速公路项目建设，建成通车里程达到180公里。",
                "张某",
                "规划处",
                "各设区市交通运输局、省交通建设集团",
                "2025年12月底",
            ),
            (
                "2",
                "实施普通国省道提质改造工程，完成改造里程400公里以上。",
                None,
                None,
                "公路事业发展中心",
                "2025年6月底",
            ),
        ],
    ),
    (
        "二、提升运输服务品质",
        [
            (
                "3",
                "推进城乡交通运输一体化，建制村通客车率保持100%。",
                "王某",
                "运输服务处",
                "道路运输事业发展中心",
                "长期",
            ),
            (
                "4",
                "开展网约车合规化专项行动，每季度开展1次集中整治，网约车合规率提升至85%以上。",
                None,
                None,
                "道路运输事业发展中心、省公安厅交警总队（配合）",
                "每季度",
            ),
        ],
    ),
    (
        "三、筑牢安全发展底线",
        [
            ("5", "完成公路危旧桥梁改造300座。", "陈某", "安全监督处", "各处室、各直属单位", "2025年11月底"),
        ],
    ),
]
FG_NOTE = "说明：标注“（配合）”的厅外单位由牵头单位商请配合。"


def _rowspans(items: list[tuple]) -> dict[tuple[int, int], int]:
    """(row in group, column) → rowspan of the cells that carry a merged leader or lead unit."""
    out: dict[tuple[int, int], int] = {}
    for col in (2, 3):
        for k, item in enumerate(items):
            if item[col] is not None:
                n = 1
                while k + n < len(items) and items[k + n][col] is None:
                    n += 1
                out[(k, col)] = n
    return out


def _cell(value: str) -> str:
    return value.replace("\n", "<br>")


def excel_html(generator: str, category: str = "across") -> str:
    """Excel's 发布为网页 (``generator`` "excel") or WPS 表格's 另存为网页 ("wps"): the same grid, their styles.
    ``category``: the category rows merged across the sheet ("across"), typed into the 重点工作 column with the
    序号 cell blank and the rest empty ("typed"), or merged from there to the sheet's right edge ("typed-merged")."""
    cls = {"excel": ("xl63", "xl64", "xl65", "xl66", "xl67"), "wps": ("et2", "et3", "et4", "et5", "et6")}[generator]
    center, title, left, head, group = cls
    meta = (
        '<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 15">'
        if generator == "excel"
        else '<meta name="ProgId" content="Et.Sheet">\n<meta name="Generator" content="WPS Office ET">'
    )
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n' + meta + "\n<style>\n<!--table\n"
        '\t{mso-displayed-decimal-separator:"\\.";}\n'
        f".{center}\n\t{{mso-style-parent:style0;text-align:center;border:.5pt solid windowtext;white-space:normal;}}\n"
        f".{title}\n\t{{mso-style-parent:style0;font-size:18.0pt;font-weight:700;text-align:center;}}\n"
        f".{left}\n\t{{mso-style-parent:style0;text-align:left;border:.5pt solid windowtext;white-space:normal;}}\n"
        f".{head}\n\t{{mso-style-parent:style0;font-weight:700;background:#D9D9D9;border:.5pt solid windowtext;}}\n"
        f".{group}\n\t{{mso-style-parent:style0;font-weight:700;text-align:left;border:.5pt solid windowtext;}}\n"
        "-->\n</style>\n</head>\n<body link=blue vlink=purple>\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:collapse;table-layout:fixed'>",
    ]
    for width in (48, 430, 90, 120, 352, 140):
        out.append(f" <col width={width} style='mso-width-source:userset;width:{width * 3 // 4}pt'>")
    out.append(" <tr height=27>\n  <td height=27 colspan=6 style='height:20.25pt'>附件</td>\n </tr>")
    out.append(f" <tr height=48>\n  <td height=48 class={title} colspan=6>{FG_TITLE}</td>\n </tr>")
    out.append(" <tr height=36>\n" + "".join(f"  <td class={head}>{_cell(h)}</td>\n" for h in FG_HEADER) + " </tr>")
    for name, items in FG_GROUPS:
        if category == "across":
            cells = f"  <td height=30 class={group} colspan=6>{name}</td>"
        elif category == "typed":
            cells = f"  <td height=30 class={center}></td>\n  <td class={group}>{name}</td>" + (
                f"\n  <td class={center}></td>" * 4
            )
        else:
            cells = f"  <td height=30 class={center}></td>\n  <td class={group} colspan=5>{name}</td>"
        out.append(" <tr height=30>\n" + cells + "\n </tr>")
        spans = _rowspans(items)
        for k, item in enumerate(items):
            cells = [f"  <td height=57 class={center} x:num>{item[0]}</td>", f"  <td class={left}>{item[1]}</td>"]
            for col in (2, 3):
                if (k, col) in spans:
                    rs = f" rowspan={spans[(k, col)]}" if spans[(k, col)] > 1 else ""
                    cells.append(f"  <td{rs} class={center} x:str>{item[col]}</td>")
            cells.append(f"  <td class={left} x:str>{item[4]}</td>")
            cells.append(f"  <td class={center} x:str>{item[5]}</td>")
            out.append(" <tr height=57>\n" + "\n".join(cells) + "\n </tr>")
    out.append(f" <tr height=40>\n  <td height=40 colspan=6 class={left}>{FG_NOTE}</td>\n </tr>")
    out.append(
        " <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n" + "  <td width=48></td>\n" * 6
    )
    out.append(" </tr>\n <![endif]>\n</table>\n</body>\n</html>\n")
    return "\n".join(out)


def column_html() -> str:
    """The list with its category in a column of its own (类别, rowspan over the category's rows)."""
    out = [
        "<html><head><meta charset=utf-8><title>分工清单</title></head><body>",
        f"<p>附件</p><p align=center><b>{FG_TITLE}</b></p>",
        "<table border=1 cellspacing=0>",
        "<tr><td>类别</td>" + "".join(f"<td>{_cell(h)}</td>" for h in FG_HEADER) + "</tr>",
    ]
    for category, items in FG_GROUPS:
        spans = _rowspans(items)
        for k, item in enumerate(items):
            cells = [f'<td rowspan="{len(items)}">{category}</td>'] if k == 0 else []
            cells += [f"<td>{item[0]}</td>", f"<td>{item[1]}</td>"]
            for col in (2, 3):
                if (k, col) in spans:
                    cells.append(f'<td rowspan="{spans[(k, col)]}">{item[col]}</td>')
            cells += [f"<td>{item[4]}</td>", f"<td>{item[5]}</td>"]
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append(f"</table><p>{FG_NOTE}</p></body></html>")
    return "\n".join(out)


def excel_book_mht(sheet: str) -> bytes:
    """Excel's workbook saved as a 单个文件网页 (.mht): the root part is a frameset whose first frame shows
    ``fengong.files/sheet001.htm`` (the sheet, another part) above a tab strip; GB2312, quoted-printable."""
    import quopri

    frameset = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Excel Workbook Frameset">\n'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n<meta name=ProgId content=Excel.Sheet>\n'
        '<meta name=Generator content="Microsoft Excel 15">\n<link rel=File-List href="fengong.files/filelist.xml">\n'
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>分工清单</x:Name>"
        '<x:WorksheetSource HRef="fengong.files/sheet001.htm"/></x:ExcelWorksheet></x:ExcelWorksheets>'
        "</x:ExcelWorkbook></xml><![endif]-->\n</head>\n"
        '<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\n'
        ' <frame src="fengong.files/sheet001.htm" name="frSheet">\n'
        ' <frame src="fengong.files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>\n'
        " <noframes><body><p>此页面使用了框架，但您的浏览器不支持框架。</p></body></noframes>\n</frameset>\n</html>\n"
    )
    tabs = (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body>'
        '<table border=0 cellspacing=1><tr><td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;'
        '<a href="sheet001.htm" target="frSheet"><font face="Arial" color="#000000">分工清单</font></a>'
        "&nbsp;</small></small></b></td></tr></table></body></html>\n"
    )
    boundary = b"----=_NextPart_01DB4C2A.5E8F1A30"
    out = [
        b"MIME-Version: 1.0",
        b"X-Document-Type: Workbook",
        b'Content-Type: multipart/related; boundary="' + boundary + b'"',
        b"",
        "此文档为“单个文件网页”，也称为“Web 档案”文件。".encode("gbk"),
        b"",
    ]
    for location, page in (
        ("fengong.htm", frameset),
        ("fengong.files/sheet001.htm", sheet.replace("charset=utf-8", "charset=gb2312")),
        ("fengong.files/tabstrip.htm", tabs),
    ):
        body = quopri.encodestring(page.encode("gbk", errors="xmlcharrefreplace"))
        out += [
            b"--" + boundary,
            f"Content-Location: file:///C:/2B1E6F20/{location}".encode(),
            b"Content-Transfer-Encoding: quoted-printable",
            b'Content-Type: text/html; charset="gb2312"',
            b"",
            body.replace(b"\n", b"\r\n"),
            b"",
        ]
    return b"\r\n".join([*out, b"--" + boundary + b"--", b""])


#: a list with categories over subcategories (一、 rows over （一） rows), for ``two_level_html``
FG_TWO_LEVELS = [
    (
        "一、加快综合立体交通网建设",
        "（一）公路建设",
        ("1", "建成通车里程达到180公里。", "规划处", "公路事业发展中心", "2025年12月底"),
    ),
    (
        None,
        "（二）港口建设",
        ("2", "铁路进港率提升至70%。", "综合运输处", "港航事业发展中心、省港口集团", "2025年6月底"),
    ),
    (
        "二、提升运输服务品质",
        "（一）城乡客运",
        ("3", "网约车合规率提升至85%以上。", "运输服务处", "道路运输事业发展中心", "每季度"),
    ),
    (None, "（二）寄递物流", ("4", "新增县级综合物流服务中心12个。", "运输服务处", "省邮政管理局", "2025年9月底")),
]


def two_level_html() -> str:
    """The list with categories over subcategories, both rows across the table, and a header of two rows
    (责任分工 over 牵头单位 | 责任单位), as a Word or WPS table saved as a web page."""
    out = [
        "<html><head><meta charset=utf-8></head><body>",
        f"<p align=center><b>{FG_TITLE}</b></p>",
        "<table border=1 cellspacing=0 cellpadding=0>",
        "<tr><td rowspan=2>序号</td><td rowspan=2>重点工作</td><td colspan=2>责任分工</td><td rowspan=2>完成时限</td></tr>",
        "<tr><td>牵头单位</td><td>责任单位</td></tr>",
    ]
    for category, sub, row in FG_TWO_LEVELS:
        if category:
            out.append(f"<tr><td colspan=5><b>{category}</b></td></tr>")
        out.append(f"<tr><td colspan=5>{sub}</td></tr>")
        out.append("<tr>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)


def fengong_xlsx(dest: Path) -> None:
    """The same list as an .xlsx (merged title, category rows and leader/lead cells), for Calc to export."""
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工清单"
    ws.append(["附件"])
    ws.merge_cells("A1:F1")
    ws.append([FG_TITLE])
    ws.merge_cells("A2:F2")
    ws.append(FG_HEADER)
    r = 4
    for category, items in FG_GROUPS:
        ws.append([category])
        ws.merge_cells(f"A{r}:F{r}")
        r += 1
        spans = _rowspans(items)
        for k, item in enumerate(items):
            ws.append([int(item[0]), item[1], item[2] or None, item[3] or None, item[4], item[5]])
            for col in (2, 3):
                n = spans.get((k, col), 1)
                if n > 1:
                    letter = "ABCDEF"[col]
                    ws.merge_cells(f"{letter}{r}:{letter}{r + n - 1}")
            r += 1
    ws.append([FG_NOTE])
    ws.merge_cells(f"A{r}:F{r}")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    wb.save(dest)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for variant in ("rows", "typed", "across", "column"):
        renwu_docx(OUT / f"renwu-vmerge-{variant}.docx", variant)
    (OUT / "fengong-excel.html").write_text(excel_html("excel"), encoding="utf-8")
    (OUT / "fengong-wps.html").write_text(excel_html("wps"), encoding="utf-8")
    (OUT / "fengong-excel-typed.html").write_text(excel_html("excel", "typed"), encoding="utf-8")
    (OUT / "fengong-excel-typed-merged.html").write_text(excel_html("excel", "typed-merged"), encoding="utf-8")
    (OUT / "fengong-column.html").write_text(column_html(), encoding="utf-8")
    (OUT / "fengong-two-levels.html").write_text(two_level_html(), encoding="utf-8")
    (OUT / "fengong-excel-book.mht").write_bytes(excel_book_mht(excel_html("excel")))
    if soffice_missing("the .pdf and Calc .html fixtures"):
        return 1
    docx_pdfs(
        (
            ("zhenggai-spaced-units-ruled", lambda dest: zhenggai_docx(dest, True)),
            ("zhenggai-spaced-units-unruled", lambda dest: zhenggai_docx(dest, False)),
        ),
        OUT,
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        xlsx = work / "fengong-calc.xlsx"
        fengong_xlsx(xlsx)
        shutil.copy(soffice(xlsx, "html", work), OUT / "fengong-calc.html")
    for path in sorted(OUT.iterdir()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
