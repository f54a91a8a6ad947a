"""Spreadsheets (readers/sheet.py): a 任务台账 kept as .xlsx, .xls, .csv or an Excel-saved web page reads as the same
table the .docx/HTML readers give, so the table rules take its rows as measures. Fixtures: tests/fixtures/sheets/
(scripts/make_sheet_fixtures.py, which says what each holds) and an Excel "另存为网页" page built here.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

import notice_parser
from notice_parser import cli
from notice_parser.errors import ReaderError
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions, read_bytes
from notice_parser.readers.sheet import date_text, number_text, own_output_file

SHEETS = Path(__file__).resolve().parent / "fixtures" / "sheets"
TITLE = "某县2026年优化营商环境重点任务推进台账"


def read(name: str):
    path = SHEETS / name
    return read_bytes(path.read_bytes(), ReadOptions(name=name), hint=path.suffix.lstrip("."))


def cells(result, table: int = 0) -> list[list[str]]:
    return [[result.text[slice(*c.span)] for c in row] for row in result.tables[table].rows]


def measures(doc) -> list[tuple]:
    return [
        (
            m.id,
            m.section_id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ]


#: the 台账 sheet's four task rows under its two category rows, as every export of it gives them
TAIZHANG_MEASURES = [
    ("table1.row1", "1", ["县政务服务中心"], [], ["县直各有关单位"]),
    ("table1.row2", "1", ["县政务服务中心"], [], ["县数据局"]),
    ("table1.row3", "2", ["县市场监管局"], [], ["县税务局", "县公安局"]),
    ("table1.row4", "2", ["县市场监管局"], [], ["县司法局"]),  # the lead merged down over two tasks
]


# ---------------------------------------------------------------- .xlsx


def test_xlsx_notice_sheet_is_paragraphs_and_the_taizhang_sheet_a_table():
    r = read("yingshang-taizhang.xlsx")
    assert r.format == "xlsx"
    lines = r.text.split("\n")
    assert lines[:3] == [
        "关于印发《某县2026年优化营商环境重点任务推进台账》的通知",
        "某政办发〔2026〕12号",
        "各乡镇人民政府，县直各有关单位：",
    ]
    assert lines[5] == "2026年3月18日"  # a date cell under yyyy"年"m"月"d"日"
    # the rows above the header are paragraphs; a label cell runs on into its value (a date cell)
    assert lines[6:8] == [TITLE, "填报单位（盖章）：某县营商环境建设办公室\u3000\u3000填报日期：2026年3月18日"]
    assert len(r.tables) == 1
    grid = cells(r)
    assert grid[0] == ["序号", "重点任务", "具体措施", "目标值", "责任单位", "责任单位", "完成时限", "备注"]
    assert grid[1][4:6] == ["牵头单位", "配合单位"]
    assert grid[2] == ["一、提升政务服务效能"] * 8  # a category row merged across
    # 序号 are formulas (their cached values), dates shown in each cell's format, 0.95 under 0% as 95%
    assert [row[0] for row in grid[3:5] + grid[6:8]] == ["1", "2", "3", "4"]
    assert [row[6] for row in grid[3:5] + grid[6:8]] == ["2026年6月30日", "2026-09-30", "2026/6/30", "2026年12月底前"]
    assert grid[4][3] == "95%"
    assert (
        grid[3][2]
        == "梳理企业和个人全生命周期重点事项，实现“一表申请、一套材料、一次办结”。\n年内新增集成办事项不少于10项。"
    )
    assert grid[7][4] == "县市场监管局" and r.tables[0].rows[7][4].merged  # merged down
    assert r.text.rstrip("\n").split("\n")[-2:] == [
        "注：1.标注的完成时限为最迟时限，能提前完成的应提前完成。",
        "2.请各牵头单位每月25日前报送进展情况。",
    ]


def test_xlsx_hidden_sheets_rows_and_columns_are_not_read():
    text = read("yingshang-taizhang.xlsx").text
    assert "县档案馆" not in text  # the hidden sheet 单位名录
    assert "清理规范涉企收费" not in text and "县发展改革局" not in text  # a hidden row
    assert "联系人" not in text and "王某某" not in text  # a hidden column


def test_xlsx_parses_as_its_notice_and_taizhang():
    doc = notice_parser.parse(SHEETS / "yingshang-taizhang.xlsx")
    assert doc.source.format == "xlsx"
    assert doc.notice.doc_number == "某政办发〔2026〕12号"
    assert doc.notice.issuers == ["某县人民政府办公室"]
    assert doc.notice.recipients == ["各乡镇人民政府", "县直各有关单位"]
    assert doc.notice.date == "2026-03-18"
    assert doc.notice.plan_title == TITLE
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "提升政务服务效能"),
        ("2", "优化企业开办和准入"),
    ]
    assert measures(doc) == TAIZHANG_MEASURES
    by_row = {m.id: sorted(d.date for d in m.deadlines if d.kind == "by") for m in doc.measures}
    assert by_row == {
        "table1.row1": ["2026-06-30"],
        "table1.row2": ["2026-09-30"],  # 2026-09-30 alone in the 完成时限 cell
        "table1.row3": ["2026-06-30"],
        "table1.row4": ["2026-12-31"],
    }
    assert ("1", 95, "%") in {(t.section_id, t.value, t.unit) for t in doc.targets}
    for m in doc.measures:
        for u in m.lead_units + m.supporting_units:
            assert doc.text[slice(*u.span)] == u.raw


# ---------------------------------------------------------------- .xls


def test_xls_sheets_are_tables_in_order_with_merges_carried_down():
    r = read("zhenggai-taizhang.xls")
    assert r.format == "xls"
    assert len(r.tables) == 2
    first, second = cells(r, 0), cells(r, 1)
    assert first[0] == ["序号", "问题描述", "整改措施", "整改责任单位", "整改时限", "整改状态"]
    assert [row[3] for row in first[1:]] == ["区财政局", "区财政局", "区财政局", "区发展改革局"]
    assert [c.merged for c in (row[3] for row in r.tables[0].rows[1:])] == [False, True, True, False]
    assert [row[2] for row in second[1:]] == ["区审计局", "区财政局", "区财政局", "区财政局"]
    lines = r.text.split("\n")
    assert lines[0] == "某区审计发现问题整改台账"
    assert "注：1.整改责任单位为列第一位的单位，负责整改并报送整改结果。" in lines
    assert lines.index("某区审计整改重点任务清单") > lines.index("2.整改状态分为已完成、整改中、持续整改三类。")


def test_xls_parses_each_sheet_as_a_task_table():
    doc = notice_parser.parse(SHEETS / "zhenggai-taizhang.xls")
    assert doc.source.format == "xls"
    assert doc.notice.title == "某区审计发现问题整改台账"
    assert not doc.sections  # the notes' 1. 2. are no sections
    got = {m.id: (m.lead_units and m.lead_units[0].name, [u.name for u in m.responsible_units]) for m in doc.measures}
    assert got["table1.row2"] == ([], ["区财政局"])
    assert got["table1.row4"] == ([], ["区发展改革局"])
    assert got["table2.row1"] == ("区审计局", [])
    assert got["table2.row4"] == ("区财政局", [])
    assert [d.date for d in doc.measures[3].deadlines] == ["2026-09-30"]
    assert {(t.indicator, t.value) for t in doc.targets} >= {("整改完成率", 100), ("资产盘点覆盖率", 95)}


# ---------------------------------------------------------------- .csv


@pytest.mark.parametrize(
    ("name", "encoding"), [("yingshang-taizhang-gbk.csv", "gb18030"), ("yingshang-taizhang-utf8bom.csv", "utf-8-sig")]
)
def test_csv_as_excel_saves_it_reads_as_the_same_taizhang(name, encoding):
    raw = (SHEETS / name).read_bytes()
    assert b"\r\n" in raw and (raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig"))
    r = read(name)
    assert (r.format, r.encoding) == ("csv", encoding)
    assert r.text.split("\n")[:2] == [TITLE, "填报单位（盖章）：某县营商环境建设办公室\u3000\u3000填报日期：2026/3/18"]
    grid = cells(r)
    assert grid[0][:5] == ["序号", "重点任务", "具体措施", "目标值", "责任单位"]
    assert grid[3][2].endswith("。\n年内新增集成办事项不少于10项。")  # a quoted cell with a line break
    assert grid[6][5] == "县税务局、县公安局"
    assert r.tables[0].plain  # no merges in a CSV: an empty cell under a merged one carries down as in text
    doc = notice_parser.parse(SHEETS / name)
    assert doc.notice.title == TITLE
    assert measures(doc) == TAIZHANG_MEASURES
    assert sorted(d.date for d in doc.measures[1].deadlines if d.kind == "by") == ["2026-09-30"]  # 2026/9/30


def test_csv_quoted_cells_with_commas_and_a_semicolon_delimiter():
    rows = [
        "某县重点任务清单;;;",
        "序号;重点任务;牵头单位;完成时限",
        '1;"推进政务服务“一网通办”,实现""一次办结""";县政务服务中心;2026/6/30',
        "2;压缩企业开办时间;县市场监管局;2026/9/30",
    ]
    r = read_bytes("\r\n".join(rows).encode("gb18030"), ReadOptions(name="x.csv"), hint="csv")
    assert cells(r)[1] == ["1", '推进政务服务“一网通办”,实现"一次办结"', "县政务服务中心", "2026/6/30"]
    assert r.text.startswith("某县重点任务清单\n")


def test_a_dataset_csv_row_is_read_as_a_crawler_record():
    doc = notice_parser.parse(SHEETS / "dataset-row.csv")
    assert doc.source.format == "csv"
    assert doc.text.startswith("各乡镇人民政府，县直各有关单位：\n")  # the content cell is the text
    assert doc.notice.title == "关于进一步优化营商环境的通知"  # from the title field
    assert doc.notice.doc_number == "某政办发〔2026〕13号"  # from doc_no
    assert doc.notice.date == "2026-03-18"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "压缩企业开办时间"),
        ("2", "提升政务服务效能"),
    ]
    assert measures(doc) == [
        ("1", "1", ["县市场监管局"], [], ["县税务局", "县公安局"]),
        ("2", "2", [], ["县政务服务中心"], []),
    ]


def test_a_dataset_csv_of_several_rows_reads_the_longest_and_says_so():
    text = (SHEETS / "dataset-row.csv").read_bytes().decode("utf-8")
    header, row = text.split("\r\n", 1)
    short = '10087,关于召开会议的通知,2026-03-21,某县人民政府办公室,,http://x,"各乡镇人民政府：定于3月25日召开全县优化营商环境工作推进会，请各单位主要负责同志参加。会议地点在县政府三楼会议室，请提前十分钟到场签到。会议材料由县营商环境建设办公室统一印发，请参会人员认真阅读并做好发言准备。",[]\r\n'
    doc = notice_parser.parse((header + "\r\n" + short + row).encode(), format="csv")
    assert doc.notice.doc_number == "某政办发〔2026〕13号"
    assert [w.code.value for w in doc.warnings] == ["records_skipped"]


def test_a_taizhang_csv_with_a_content_column_is_no_dataset():
    """内容 is a body field name of a record, but a 台账's header has no title or address field."""
    rows = [
        "序号,重点任务,内容,牵头单位,完成时限",
        "1,营商环境,推进政务服务事项“应上尽上”，提高全程网办比例，全程网办率达到95%以上，实现企业开办一日办结。,县政务服务中心,2026/6/30",
    ]
    r = read_bytes("\r\n".join(rows).encode("utf-8"), ReadOptions(name="x.csv"), hint="csv")
    assert r.format == "csv" and len(r.tables) == 1


# ---------------------------------------------------------------- Excel's 另存为网页 (.htm)


def excel_page() -> bytes:
    """The 台账 sheet as Excel 2013 saves it as a web page (.htm): mso styles, a conditional <xml> block, x:num and
    x:str, same-cell line breaks, rowspan/colspan merges, a hidden column and a hidden row, GB2312."""
    br = "<br style='mso-data-placement:same-cell' />"
    hidden = "<td style='display:none'></td>"

    def row(*tds: str, height: int = 20) -> str:
        return f"<tr height={height} style='height:{height * 0.75}pt'>{''.join(tds)}{hidden}</tr>\n"

    def td(text: str, attrs: str = "class=xl72") -> str:
        return f"<td {attrs}>{text}</td>"

    body = row(td(TITLE, "colspan=8 class=xl65"), height=40)
    body += row(
        td("填报单位（盖章）：某县营商环境建设办公室", "colspan=4 class=xl68"),
        td("填报日期："),
        td("2026年3月18日", 'class=xl66 x:num="46099"'),
        td(""),
        td(""),
    )
    body += row(
        *(td(h, "rowspan=2 class=xl69") for h in ("序号", "重点任务", "具体措施", "目标值")),
        td("责任单位", "colspan=2 class=xl69"),
        td("完成时限", "rowspan=2 class=xl69"),
        td("备注", "rowspan=2 class=xl69"),
    )
    body += row(td("牵头单位"), td("配合单位"))
    body += row(td("一、提升政务服务效能", "colspan=8 class=xl70"))
    body += row(
        td("1", "class=xl71 x:num"),
        td("推进“高效办成一件事”"),
        td(f"梳理企业和个人全生命周期重点事项，实现“一表申请、一套材料、一次办结”。{br}年内新增集成办事项不少于10项。"),
        td("集成办事项不少于10项"),
        td("县政务服务中心"),
        td("县直各有关单位"),
        td("2026年6月30日", 'class=xl66 x:num="46203"'),
        td(""),
        height=60,
    )
    body += row(
        td("2", 'class=xl71 x:num x:fmla="=A6+1"'),
        td("提升网办深度"),
        td("推动政务服务事项“应上尽上”，提高全程网办比例。"),
        td("95%", 'class=xl67 x:num="0.95"'),
        td("县政务服务中心"),
        td("县数据局"),
        td("2026-09-30", 'class=xl73 x:num="46295"'),
        td("按月通报"),
    )
    body += "<tr height=0 style='display:none'><td></td><td>清理规范涉企收费（已并入第3项）</td><td></td><td></td><td>县发展改革局</td><td></td><td></td><td></td><td></td></tr>\n"
    body += row(td("二、优化企业开办和准入", "colspan=8 class=xl70"))
    body += row(
        td("3", 'class=xl71 x:num x:fmla="=A7+1"'),
        td("压缩企业开办时间"),
        td("推行企业开办“一网通办”，营业执照、公章刻制、发票申领一日办结。"),
        td("企业开办时间压缩至1个工作日以内"),
        td("县市场监管局", "rowspan=2 class=xl72"),
        td("县税务局、县公安局"),
        td("2026/6/30", 'class=xl74 x:num="46203"'),
        td(""),
    )
    body += row(
        td("4", 'class=xl71 x:num x:fmla="=A10+1"'),
        td("推行经营主体登记确认制"),
        td(
            f"落实经营主体登记确认制，{br}推行住所与经营场所分离登记。",
            'class=xl72 x:str="落实经营主体登记确认制，&#10;推行住所与经营场所分离登记。"',
        ),
        td(""),
        td("县司法局"),
        td("2026年12月底前"),
        td(""),
    )
    body += row(
        td(
            f"注：1.标注的完成时限为最迟时限，能提前完成的应提前完成。{br}2.请各牵头单位每月25日前报送进展情况。",
            "colspan=8 class=xl75",
        )
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="台账.files/filelist.xml">
<style id="台账_1234_Styles">
<!--table {{mso-displayed-decimal-separator:"\\.";}}
.xl66 {{mso-style-parent:style0; mso-number-format:"yyyy\\0022年\\0022m\\0022月\\0022d\\0022日\\0022"; white-space:normal;}}
.xl67 {{mso-style-parent:style0; mso-number-format:0%;}}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>台账</x:Name>
 <x:WorksheetOptions><x:Selected/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
</head>
<body link=blue vlink=purple>
<div id="台账_1234" align=center x:publishsource="Excel">
<table border=0 cellpadding=0 cellspacing=0 width=880 style='border-collapse:collapse;table-layout:fixed;width:660pt'>
 <col width=40 style='width:30pt'>
 <col width=120 span=6 style='width:90pt'>
 <col width=80 style='width:60pt'>
 <col width=0 style='display:none;mso-width-source:userset;mso-width-alt:0'>
{body} <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'><td width=40 style='width:30pt'></td><td width=120 style='width:90pt'></td></tr>
 <![endif]>
</table>
</div>
</body>
</html>
""".encode("gb18030")


def test_an_excel_web_page_reads_as_the_same_taizhang():
    doc = notice_parser.parse(excel_page(), format="html")
    assert doc.notice.title == TITLE
    assert doc.notice.date == "2026-03-18"
    assert "ExcelWorkbook" not in doc.text and "台账.files" not in doc.text and "mso-" not in doc.text
    assert "清理规范涉企收费" not in doc.text  # the hidden row
    assert measures(doc) == TAIZHANG_MEASURES
    assert (
        "梳理企业和个人全生命周期重点事项，实现“一表申请、一套材料、一次办结”。\n年内新增集成办事项不少于10项。"
        in doc.text
    )
    assert [sorted(d.date for d in m.deadlines if d.kind == "by") for m in doc.measures] == [
        ["2026-06-30"],
        ["2026-09-30"],
        ["2026-06-30"],
        ["2026-12-31"],
    ]


# ---------------------------------------------------------------- the cell as Excel shows it


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ('yyyy"年"m"月"d"日"', "2026年6月30日"),
        ("yyyy\\年m\\月d\\日", "2026年6月30日"),  # as LibreOffice writes the same format
        ("yyyy-mm-dd", "2026-06-30"),
        ("yyyy\\-mm\\-dd", "2026-06-30"),
        ("yyyy/m/d", "2026/6/30"),
        ("yyyy.m.d", "2026.6.30"),
        ('m"月"d"日"', "6月30日"),
        ('yyyy"年"m"月"', "2026年6月"),
        ("[$-F800]dddd, mmmm dd, yyyy", "2026年6月30日"),  # the system's long date on Chinese Windows
        ("[DBNum1][$-804]yyyy年m月d日", "二〇二六年六月三十日"),
        ("yyyy/m/d h:mm", "2026/6/30 9:05"),
    ],
)
def test_a_date_cell_shows_as_its_format_writes_it(fmt, shown):
    assert date_text(datetime(2026, 6, 30, 9, 5), fmt) == shown


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (0.95, "0%", "95%"),
        (0.955, "0.0%", "95.5%"),
        (0.01, "0.0%", "1.0%"),
        (0.945, "0%", "95%"),  # half away from zero, as Excel rounds (not 94%)
        (0.925, "0%", "93%"),
        (2.5, "0", "3"),
        (1, "0%", "100%"),
        (12000, "#,##0", "12,000"),
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        (2.5, '0.0"万元"', "2.5万元"),
        (15, '0"个"', "15个"),
        (-3, "0;[Red]-0", "-3"),
    ],
)
def test_a_number_cell_shows_as_its_format_writes_it(value, fmt, shown):
    assert number_text(value, fmt) == shown


def test_builtin_chinese_date_formats_and_a_plain_number_in_xlsx(tmp_path):
    """A date under a zh-CN built-in format (numFmtId 31, 57, 58: openpyxl knows none of them and returns the serial
    number) and the short date (14) show as Chinese Excel shows them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    heads = ["序号", "重点任务", "牵头单位", "完成时限"]
    ws.append(heads)
    for k, fmt_id in enumerate((31, 57, 58, 14), start=1):
        ws.append([k, f"任务{k}", "县数据局", datetime(2026, 6, 30)])
        ws.cell(k + 1, 4).number_format = "General"
        ws.cell(k + 1, 4)._style.numFmtId = fmt_id
    buf = io.BytesIO()
    wb.save(buf)
    r = read_bytes(buf.getvalue(), ReadOptions(name="x.xlsx"))
    assert [row[3] for row in cells(r)[1:]] == ["2026年6月30日", "2026年6月", "6月30日", "2026/6/30"]


def test_a_two_row_header_whose_first_row_groups_columns_starts_the_table():
    """The first header row names fewer cells than a task row fills (责任单位 over 牵头单位 | 配合单位, 进度安排 over
    the four quarters): it covers every column, so the table starts there, not at the row of quarters."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某县2026年重点任务进度安排表"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "重点任务", "责任单位", None, "进度安排", None, None, None])
    ws.append([None, None, "牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度"])
    for col in "AB":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:H2")
    ws.append(["1", "建设政务数据共享平台", "县数据局", "县财政局", "完成方案", "完成招标", "完成建设", "投入运行"])
    ws.append(["2", "推进电子证照应用", "县数据局", "县政务服务中心", "梳理目录", "上线50项", "上线100项", "全面应用"])
    buf = io.BytesIO()
    wb.save(buf)
    r = read_bytes(buf.getvalue(), ReadOptions(name="x.xlsx"))
    assert r.text.split("\n")[0] == "某县2026年重点任务进度安排表"
    grid = cells(r)
    assert grid[0] == ["序号", "重点任务", "责任单位", "责任单位", "进度安排", "进度安排", "进度安排", "进度安排"]
    assert grid[1][2:] == ["牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度"]
    doc = notice_parser.parse(buf.getvalue())
    assert [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures] == [
        ("table1.row1", ["县数据局"], ["县财政局"]),
        ("table1.row2", ["县数据局"], ["县政务服务中心"]),
    ]


# ---------------------------------------------------------------- bad files, own outputs, start-up


def test_a_corrupt_workbook_gives_one_line_naming_the_file(tmp_path, capsys):
    data = (SHEETS / "yingshang-taizhang.xlsx").read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(data[: len(data) // 2])
    xls = (SHEETS / "zhenggai-taizhang.xls").read_bytes()
    damaged = tmp_path / "damaged.xls"
    damaged.write_bytes(xls[: len(xls) // 2])
    for path, problem in [
        (broken, "not a valid .xlsx: the zip archive is damaged or truncated"),
        (damaged, "not a readable .xls: "),
    ]:
        out = tmp_path / "out.json"
        assert cli.main([str(path), "-o", str(out)]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"parse-notice: {path}: {problem}"), err
        assert "Traceback" not in err and not out.exists()


def test_a_workbook_without_its_parts_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook>")
    with pytest.raises(ReaderError, match=r"x\.xlsx: not a readable \.xlsx: "):
        read_bytes(buf.getvalue(), ReadOptions(name="x.xlsx"))


def test_parse_notice_ledgers_are_refused_and_skipped_by_a_directory_walk(tmp_path):
    tianshui = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"ledger.{suffix}"
        assert cli.main([str(tianshui), "-o", str(out), "-q"]) == 0
        assert own_output_file(str(out))
        with pytest.raises(ReaderError, match="parse-notice's own output"):
            notice_parser.parse(out)
    assert not own_output_file(str(SHEETS / "yingshang-taizhang.xlsx"))
    assert not own_output_file(str(SHEETS / "yingshang-taizhang-gbk.csv"))
    from notice_parser.batch import expand_inputs

    (tmp_path / "taizhang.csv").write_bytes((SHEETS / "yingshang-taizhang-gbk.csv").read_bytes())
    assert [Path(i.name).name for i in expand_inputs([str(tmp_path)])] == ["taizhang.csv"]


def test_the_text_path_imports_no_spreadsheet_library():
    code = (
        "import sys, notice_parser; notice_parser.parse('一、总体要求\\n加强领导。'.encode(), format='txt');"
        "print(sorted(m for m in ('openpyxl', 'xlrd', 'notice_parser.readers.sheet') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_dataset_csv_with_only_an_address_beside_its_content_is_a_record():
    """A dataset that keeps no title field (url, content; id, 正文) is a record too; a 台账 whose header has a 内容
    column and no such field stays a table (test_a_taizhang_csv_with_a_content_column_is_no_dataset)."""
    import csv

    row = (SHEETS / "dataset-row.csv").read_bytes().decode("utf-8").split("\r\n", 1)[1]

    fields = next(csv.reader(io.StringIO(row)))
    for names in (("url", "content"), ("id", "正文")):
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(
            [list(names), [fields[5 if names[0] == "url" else 0], fields[6]]]
        )
        doc = notice_parser.parse(out.getvalue().encode("utf-8"), format="csv")
        assert doc.text.startswith("各乡镇人民政府，县直各有关单位：\n"), names
        assert [s.id for s in walk_sections(doc.sections)] == ["1", "2"], names
