"""Build the spreadsheet fixtures under tests/fixtures/sheets/ (a dev script: openpyxl builds the workbooks,
LibreOffice Calc saves them again so formulas carry their cached values, and writes the .xls; never at run time).

Needs openpyxl and ``soffice`` (``apt-get install -y libreoffice-calc-nogui``). Run from the repository root::

    python scripts/make_sheet_fixtures.py

The family: a 任务台账 kept in a spreadsheet (a county office's 重点任务推进台账, an 整改台账), as offices keep
and send them. Phrases from real 台账 of the corpora's families (优化营商环境, 高效办成一件事, 企业开办, 整改销号)
written anew.

* ``yingshang-taizhang.xlsx``: a notice sheet (one paragraph per row in column A, the date a real date
  cell), a 台账 sheet (the title merged across, a 填报单位（盖章）：… 填报日期： row whose date is a date cell, a
  two-row header with 责任单位 merged over 牵头单位 | 配合单位, category rows merged across, 序号 as formulas,
  in-cell line breaks, 完成时限 as date cells in three number formats, a 0% target, a unit merged down over
  two tasks, a hidden row and a hidden column, a 注：1.… 2.… row), and a hidden sheet of unit names;
* ``zhenggai-taizhang.xls``: Excel 97-2003, two 台账 sheets (问题清单 and 任务清单), each with a 整改责任单位
  merged down over three rows and notes rows 注：1.… 2.… under the table;
* ``yingshang-taizhang-gbk.csv``, ``yingshang-taizhang-utf8bom.csv``: the 台账 sheet saved as CSV by Excel
  on Chinese Windows (GB18030, CRLF, rows padded with commas, quoted cells with commas and line breaks,
  dates 2026/6/30) and as UTF-8 with a BOM;
* ``dataset-row.csv``: a research dataset's CSV (id,title,pub_date,publisher,doc_no,url,content,…) whose
  one row holds a whole notice in ``content``.
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from fixture_office import soffice, soffice_missing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "sheets"

TITLE = "某县2026年优化营商环境重点任务推进台账"
NOTICE = [
    "关于印发《某县2026年优化营商环境重点任务推进台账》的通知",
    "某政办发〔2026〕12号",
    "各乡镇人民政府，县直各有关单位：",
    "现将《某县2026年优化营商环境重点任务推进台账》印发给你们，请各牵头单位对照台账明确的目标和时限，"
    "认真抓好落实，每月25日前将进展情况报县营商环境建设办公室。",
    "某县人民政府办公室",
]
NOTICE_DATE = datetime(2026, 3, 18)
FILLER = "填报单位（盖章）：某县营商环境建设办公室"
HEAD = ["序号", "重点任务", "具体措施", "目标值", "责任单位", None, "完成时限", "备注"]
SUB = ["牵头单位", "配合单位"]
CN_DATE = 'yyyy"年"m"月"d"日"'
GROUPS = [
    (
        "一、提升政务服务效能",
        [
            (
                "推进“高效办成一件事”",
                "梳理企业和个人全生命周期重点事项，实现“一表申请、一套材料、一次办结”。\n年内新增集成办事项不少于10项。",
                "集成办事项不少于10项",
                "县政务服务中心",
                "县直各有关单位",
                (datetime(2026, 6, 30), CN_DATE),
                "",
            ),
            (
                "提升网办深度",
                "推动政务服务事项“应上尽上”，提高全程网办比例。",
                (0.95, "0%"),
                "县政务服务中心",
                "县数据局",
                (datetime(2026, 9, 30), "yyyy-mm-dd"),
                "按月通报",
            ),
        ],
    ),
    (
        "二、优化企业开办和准入",
        [
            (
                "压缩企业开办时间",
                "推行企业开办“一网通办”，营业执照、公章刻制、发票申领一日办结。",
                "企业开办时间压缩至1个工作日以内",
                "县市场监管局",
                "县税务局、县公安局",
                (datetime(2026, 6, 30), "yyyy/m/d"),
                "",
            ),
            (
                "推行经营主体登记确认制",
                "落实经营主体登记确认制，\n推行住所与经营场所分离登记。",
                "",
                None,  # the lead merged down from the row above
                "县司法局",
                "2026年12月底前",
                "",
            ),
        ],
    ),
]
HIDDEN_TASK = ("清理规范涉企收费（已并入第3项）", "县发展改革局")
NOTES = "注：1.标注的完成时限为最迟时限，能提前完成的应提前完成。\n2.请各牵头单位每月25日前报送进展情况。"


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "通知"
    for k, line in enumerate(NOTICE, start=1):
        ws.cell(k, 1, line)
    cell = ws.cell(len(NOTICE) + 1, 1, NOTICE_DATE)
    cell.number_format = CN_DATE

    ts = wb.create_sheet("台账")
    ts.cell(1, 1, TITLE)
    ts.merge_cells("A1:H1")
    ts.cell(2, 1, FILLER)
    ts.merge_cells("A2:D2")
    ts.cell(2, 5, "填报日期：")
    ts.cell(2, 6, NOTICE_DATE).number_format = CN_DATE
    for c, h in enumerate(HEAD, start=1):
        if h is not None:
            ts.cell(3, c, h)
    for c in (1, 2, 3, 4, 7, 8):
        ts.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ts.merge_cells("E3:F3")
    ts.cell(4, 5, SUB[0])
    ts.cell(4, 6, SUB[1])
    ts.cell(3, 9, "联系人")  # a hidden column: the office's own contacts
    ts.column_dimensions["I"].hidden = True
    r = 5
    previous = None
    for name, tasks in GROUPS:
        ts.cell(r, 1, name)
        ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for task in tasks:
            # 序号 counts on across the groups: a formula on the task row before
            ts.cell(r, 1, 1 if previous is None else f"=A{previous}+1")
            previous = r
            for c, value in enumerate(task, start=2):
                if value is None:
                    ts.merge_cells(start_row=r - 1, start_column=c, end_row=r, end_column=c)
                    continue
                if isinstance(value, tuple):
                    ts.cell(r, c, value[0]).number_format = value[1]
                else:
                    ts.cell(r, c, value)
                ts.cell(r, c).alignment = Alignment(wrap_text=True)
            ts.cell(r, 9, "王某某 0000-1234567")
            r += 1
        if name.startswith("一"):
            ts.cell(r, 2, HIDDEN_TASK[0])
            ts.cell(r, 5, HIDDEN_TASK[1])
            ts.row_dimensions[r].hidden = True
            r += 1
    ts.cell(r, 1, NOTES)
    ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    hidden = wb.create_sheet("单位名录")
    for k, unit in enumerate(["县政务服务中心", "县数据局", "县档案馆", "县税务局"], start=1):
        hidden.cell(k, 1, unit)
    hidden.sheet_state = "hidden"
    wb.save(path)


XLS_SHEETS = [
    (
        "问题清单",
        "某区审计发现问题整改台账",
        ["序号", "问题描述", "整改措施", "整改责任单位", "整改时限", "整改状态"],
        [
            [
                "1",
                "部分专项资金未按规定及时拨付，滞留区财政2300万元。",
                "督促资金及时拨付到位，建立资金拨付定期通报制度。",
                "区财政局",
                "2026年6月底前",
                "整改中",
            ],
            [
                "2",
                "项目结余资金未及时收回统筹使用。",
                "全面清理结余资金，按规定收回统筹。",
                None,
                "2026年6月底前",
                "整改中",
            ],
            [
                "3",
                "部分单位公务卡强制结算目录执行不到位。",
                "开展公务卡使用专项检查，每季度通报一次。",
                None,
                "长期坚持",
                "持续整改",
            ],
            [
                "4",
                "政府投资项目超概算，超出比例达12%。",
                "严格概算管理，超概算项目一律重新报批。",
                "区发展改革局",
                "2026年9月30日前",
                "整改中",
            ],
        ],
        [
            "注：1.整改责任单位为列第一位的单位，负责整改并报送整改结果。",
            "2.整改状态分为已完成、整改中、持续整改三类。",
        ],
    ),
    (
        "任务清单",
        "某区审计整改重点任务清单",
        ["序号", "整改任务", "牵头单位", "配合单位", "完成时限"],
        [
            ["1", "建立审计整改台账销号制度，整改完成率达到100%。", "区审计局", "区直各有关单位", "2026年12月底前"],
            ["2", "完善专项资金绩效评价机制。", "区财政局", "区审计局", "2026年10月底前"],
            ["3", "开展政府投资项目全过程跟踪审计。", None, "区住房城乡建设局", "2026年11月底前"],
            ["4", "健全国有资产管理制度，资产盘点覆盖率达到95%以上。", None, "区机关事务服务中心", "2026年12月底前"],
        ],
        ["注：1.各牵头单位每月5日前报送上月整改进展。", "2.整改任务完成后，由牵头单位提出销号申请。"],
    ),
]


def build_xls_source(path: Path) -> None:
    """The .xls's workbook, as .xlsx (LibreOffice saves it as Excel 97-2003)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for sheet, title, head, rows, notes in XLS_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        for c, h in enumerate(head, start=1):
            ws.cell(2, c, h)
        for r, row in enumerate(rows, start=3):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
        # a value given once and None below it: merged down over the rows that follow
        for c in range(1, len(head) + 1):
            r = 3
            while r < 3 + len(rows):
                end = r
                while end + 1 < 3 + len(rows) and rows[end + 1 - 3][c - 1] is None:
                    end += 1
                if end > r:
                    ws.merge_cells(start_row=r, start_column=c, end_row=end, end_column=c)
                r = end + 1
        for k, note in enumerate(notes):
            r = 3 + len(rows) + k
            ws.cell(r, 1, note)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
    wb.save(path)


def csv_rows() -> list[list[str]]:
    """The 台账 sheet as Excel saves it as CSV: merged cells keep their value in the first cell only."""
    width = 8
    rows = [[TITLE] + [""] * (width - 1), [FILLER, "", "", "", "填报日期：", "2026/3/18", "", ""]]
    rows += [[h or "" for h in HEAD], ["", "", "", "", *SUB, "", ""]]
    n = 0
    for name, tasks in GROUPS:
        rows.append([name] + [""] * (width - 1))
        for task in tasks:
            n += 1
            cells = [str(n)]
            for value in task:
                if value is None:
                    cells.append("")
                elif isinstance(value, tuple) and isinstance(value[0], datetime):
                    cells.append(f"{value[0].year}/{value[0].month}/{value[0].day}")
                elif isinstance(value, tuple):
                    cells.append(f"{round(value[0] * 100)}%")
                else:
                    cells.append(value)
            rows.append(cells)
    rows.append([NOTES] + [""] * (width - 1))
    return rows


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


DATASET_CONTENT = (
    "各乡镇人民政府，县直各有关单位：\n"
    "为进一步优化营商环境，经县政府同意，现将有关事项通知如下。\n"
    "一、压缩企业开办时间\n"
    "2026年6月底前，企业开办时间压缩至1个工作日以内。（县市场监管局牵头，县税务局、县公安局配合）\n"
    "二、提升政务服务效能\n"
    "全程网办率达到95%以上，年内新增集成办事项不少于10项。（县政务服务中心负责）\n"
    "某县人民政府办公室\n"
    "2026年3月18日"
)
DATASET_HEADER = ["id", "title", "pub_date", "publisher", "doc_no", "url", "content", "attachments"]
DATASET_ROW = [
    "10086",
    "关于进一步优化营商环境的通知",
    "2026-03-20",
    "某县人民政府办公室",
    "某政办发〔2026〕13号",
    "http://www.example.gov.cn/art/2026/3/20/art_1_10086.html",
    DATASET_CONTENT,
    "[]",
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if soffice_missing("the .xlsx's cached formula values and the .xls"):
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "src" / "yingshang-taizhang.xlsx"
        src.parent.mkdir()
        build_xlsx(src)
        made = soffice(src, "xlsx:Calc MS Excel 2007 XML", work)  # formulas get their cached values
        print(shutil.copy(made, OUT / "yingshang-taizhang.xlsx"))
        xls_src = work / "src" / "zhenggai-taizhang.xlsx"
        build_xls_source(xls_src)
        print(shutil.copy(soffice(xls_src, "xls:MS Excel 97", work), OUT / "zhenggai-taizhang.xls"))
    rows = csv_text(csv_rows())
    (OUT / "yingshang-taizhang-gbk.csv").write_bytes(rows.encode("gb18030"))
    (OUT / "yingshang-taizhang-utf8bom.csv").write_bytes(rows.encode("utf-8-sig"))
    (OUT / "dataset-row.csv").write_bytes(csv_text([DATASET_HEADER, DATASET_ROW]).encode("utf-8"))
    for name in ("yingshang-taizhang-gbk.csv", "yingshang-taizhang-utf8bom.csv", "dataset-row.csv"):
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
