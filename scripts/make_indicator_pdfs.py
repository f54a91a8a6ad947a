"""Build the PDF fixtures of indicator tables under tests/fixtures/formats/ (a dev script:
LibreOffice is needed here, never at run time).

Needs ``apt-get install -y libreoffice-writer-nogui fonts-noto-cjk`` and python-docx. Run from
the repository root::

    python scripts/make_indicator_pdfs.py

It writes ``zhibiao-ruled.pdf`` and ``zhibiao-unruled.pdf``: a provincial 行动方案 of the
indicator-table family (phrases of tests/redteam6/guizhou-2025-cizhongxin-xingdong.txt and
tests/redteam7/xingtai-2025-shuzi-xiangcun.txt), exported by LibreOffice from a .docx:

* page 1 is the transmittal notice, its signature and date set to the right at the foot of the
  page, and the plan's title opens page 2 (a page break right after the date);
* 表1 主要指标 (序号 | 指标名称 | 单位 | 基期值（2024年） | 2025年 | 2026年 | 2027年 | 属性 |
  责任单位) has more rows than a page holds, so it goes on over a page break with its header
  row repeated (w:tblHeader); the 责任单位 column is narrow, so 省人力资源社会保障厅 wraps in it,
  and a cell with two units writes one per paragraph;
* in ``zhibiao-ruled.pdf`` the table has its ruling lines (Table Grid); in ``zhibiao-unruled.pdf``
  it has none, so its cells come out as runs of text on each line.

With poppler's ``pdftotext`` on the PATH it also writes ``zhibiao-{ruled,unruled}.layout.txt``, each
PDF as ``pdftotext -layout`` prints it (columns placed by position, form feeds between pages).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from fixture_office import docx_pdfs, no_borders, paragraph, soffice_missing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "formats"

HEADER = ["序号", "指标名称", "单位", "基期值（2024年）", "2025年", "2026年", "2027年", "属性", "责任单位"]
ROWS = [
    ["1", "县域医疗卫生次中心建成数量", "个", "118", "150", "180", "≥200", "约束性", "省卫生健康委\n省发展改革委"],
    ["2", "县域内就诊率", "%", "88.6", "≥90", "≥91", "≥92", "预期性", "省卫生健康委"],
    ["3", "次中心达到二级医院服务能力标准比例", "%", "41.5", "55", "70", "≥85", "预期性", "省卫生健康委"],
    ["4", "每千人口执业（助理）医师数", "人", "2.86", "2.95", "3.05", "3.15", "预期性", "省卫生健康委\n省教育厅"],
    ["5", "次中心CT配置率", "%", "76", "85", "95", "100", "约束性", "省卫生健康委、省财政厅"],
    ["6", "孕产妇死亡率", "/10万", "13.2", "≤13", "≤12.5", "≤12", "约束性", "省卫生健康委"],
    ["7", "婴儿死亡率", "‰", "4.1", "≤4.0", "≤3.9", "≤3.8", "约束性", "省卫生健康委"],
    ["8", "远程医疗服务乡镇卫生院覆盖率", "%", "92", "100", "100", "100", "约束性", "省卫生健康委\n省大数据局"],
    ["9", "次中心医保基金支出占县域医保基金比例", "%", "6.8", "7.5", "8.2", "≥9", "预期性", "省医保局"],
    ["10", "基层医疗卫生机构诊疗量占总诊疗量比例", "%", "58.3", "≥60", "≥62", "≥65", "预期性", "省卫生健康委"],
    ["11", "乡村医生中执业（助理）医师占比", "%", "38", "40", "43", "≥45", "预期性", "省人力资源社会保障厅"],
    ["12", "农产品网络零售额", "亿元", "86.5", "95", "105", "118", "预期性", "省商务厅"],
]
WIDTHS_CM = [1.0, 4.2, 1.2, 1.9, 1.4, 1.4, 1.4, 1.4, 2.3]

NOTICE = [
    ("center", "某省人民政府办公厅关于印发某省县域医疗卫生次中心提质建设三年行动方案（2025—2027年）的通知"),
    ("left", "某府办发〔2025〕8号"),
    ("left", "各市、自治州人民政府，省政府各部门："),
    (
        "indent",
        "《某省县域医疗卫生次中心提质建设三年行动方案（2025—2027年）》已经省人民政府同意，现印发给你们，请认真贯彻执行。",
    ),
    ("right", "某省人民政府办公厅"),
    ("right", "2025年2月27日"),
]
PLAN = [
    ("center", "某省县域医疗卫生次中心提质建设三年行动方案（2025—2027年）"),
    ("indent", "一、总体要求"),
    ("indent", "到2027年，全省建成达到二级综合医院服务能力的次中心200个以上。"),
    ("indent", "二、主要指标"),
    ("indent", "各地要对照表1确定的指标值，分年度分解目标任务，约束性指标要确保完成，预期性指标要力争完成。"),
]
AFTER = [
    ("indent", "注：基期值为2024年统计数据。"),
    ("indent", "三、保障措施"),
    ("indent", "（一）加强组织领导。各市（州）人民政府要将次中心提质建设纳入重要议事日程。"),
]


def build_docx(dest: Path, ruled: bool) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(14)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for how, text in NOTICE:
        paragraph(document, how, text)
    for k, (how, text) in enumerate(PLAN):
        paragraph(document, how, text, page_break_before=k == 0)
    paragraph(document, "center", "表1  主要指标")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.autofit = False
    if ruled:
        table.style = "Table Grid"
    else:
        no_borders(table)
    for c, width in enumerate(WIDTHS_CM):
        table.columns[c].width = Cm(width)
    for r, values in enumerate([HEADER, *ROWS]):
        row = table.rows[r]
        if r == 0:  # the header row repeats on every page the table runs over
            tr_pr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = Cm(WIDTHS_CM[c])
            lines = value.split("\n")
            cell.paragraphs[0].text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10.5)
    for how, text in AFTER:
        paragraph(document, how, text)
    document.save(dest)


def main() -> int:
    if soffice_missing():
        return 1
    pdfs = docx_pdfs(
        (
            ("zhibiao-ruled", lambda dest: build_docx(dest, True)),
            ("zhibiao-unruled", lambda dest: build_docx(dest, False)),
        ),
        OUT,
    )
    for pdf in pdfs:
        if shutil.which("pdftotext"):  # the same page as poppler's pdftotext -layout writes it
            layout = pdf.with_suffix(".layout.txt")
            subprocess.run(["pdftotext", "-layout", str(pdf), str(layout)], check=True, timeout=120)
            print(layout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
