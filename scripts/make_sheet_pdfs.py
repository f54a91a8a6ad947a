"""Build the PDF fixtures of task lists laid out like a spreadsheet printed without borders under
tests/fixtures/formats/ (a dev script: LibreOffice is needed here, never at run time).

Needs ``apt-get install -y libreoffice-writer-nogui fonts-noto-cjk`` and python-docx. Run from the
repository root::

    python scripts/make_sheet_pdfs.py

The family (tests/redteam20 tayuan): a county office's 重点任务清单 kept in a spreadsheet and printed
to PDF, no notice around it — a title line, a 填报单位（盖章）：… 填报日期：… line, then a grid with
NO cell borders, so its columns line up by position only. Its header labels are centred over their
columns (具体措施 over a wide column starts far right of the cells' text), the cells' text starts at
the column's left and wraps inside it (unit names and dates split over two lines), the header row
repeats on every page (print titles), and every page has the footer 第 N 页，共 M 页. Phrases from
tests/redteam20/tayuan-2026-renju-huanjing-renwu-qingdan.pdf's family (a county's 任务清单: 秸秆综合
利用, 河湖长制, 农业面源污染) written anew.

* ``qingdan-sheet-groups.pdf``: group rows with a bare Chinese numeral in 序号 and the group's name
  in 重点任务 (一 | 秸秆综合利用), tasks numbered on across groups;
* ``qingdan-sheet-merged.pdf``: the group rows written 一、秸秆综合利用 in one cell merged across the
  whole row, and a 备注 column left out.
"""

from __future__ import annotations

from pathlib import Path

from fixture_office import docx_pdfs, no_borders, soffice_missing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "formats"

TITLE = "某县2027年农业面源污染治理重点任务清单"
FORM_LINE = (
    "填报单位（盖章）：某县农业面源污染治理工作专班办公室　　　　填报日期：2026年11月28日　　　　单位：吨、%、个"
)
HEADER = ["序号", "重点任务", "具体措施", "目标指标", "牵头单位", "配合单位", "完成时限", "备注"]
WIDTHS_CM = [1.1, 2.4, 7.2, 3.6, 2.4, 3.2, 2.2, 1.6]
GROUPS = [
    (
        "一",
        "秸秆综合利用",
        [
            [
                "秸秆离田收储",
                "以粮食主产乡镇为重点，扶持秸秆收储运服务主体，建设标准化收储点，推动秸秆离田集中处理。",
                "新建秸秆收储点12个",
                "县农业农村局",
                "县财政局、各乡镇人民政府",
                "2027年9月30日",
                "",
            ],
            [
                "秸秆肥料化利用",
                "推广秸秆机械粉碎还田和堆沤还田技术，开展秸秆腐熟还田示范，提升耕地地力。",
                "秸秆综合利用率达到93%以上",
                "县农业农村局",
                "县农机服务中心",
                "2027年11月底",
                "省考指标",
            ],
            [
                "禁烧巡查管控",
                "落实网格化禁烧责任，重点时段开展昼夜巡查，运用视频监控和无人机加强火点发现处置。",
                "火点数量同比下降30%",
                "各乡镇人民政府",
                "县生态环境分局、县农业农村局",
                "长期坚持",
                "",
            ],
        ],
    ),
    (
        "二",
        "化肥农药减量",
        [
            [
                "测土配方施肥",
                "开展耕地土壤取样化验，发布主要作物施肥配方，推广有机肥替代化肥和水肥一体化技术。",
                "测土配方施肥技术覆盖率保持在92%以上",
                "县农业农村局",
                "县供销社",
                "2027年10月31日",
                "",
            ],
            [
                "统防统治",
                "培育病虫害专业化防治服务组织，推广绿色防控技术和高效低毒低残留农药，规范农药包装废弃物回收。",
                "主要农作物病虫害统防统治覆盖率达到47%",
                "县农业农村局",
                "县市场监管局、各乡镇人民政府",
                "2027年8月底",
                "",
            ],
            [
                "农膜回收",
                "建立农膜回收网点，推行“谁生产谁回收、谁销售谁回收”，开展废旧农膜回收利用专项检查。",
                "废旧农膜回收率达到85%",
                "县供销社",
                "县农业农村局、县商务局",
                "2027年12月31日",
                "纳入民生实事",
            ],
        ],
    ),
    (
        "三",
        "养殖污染防治",
        [
            [
                "规模养殖场治理",
                "督促规模养殖场配套建设粪污处理设施，建立粪污资源化利用台账，推行粪肥就近就地还田利用。",
                "规模养殖场粪污处理设施装备配套率保持100%",
                "县农业农村局",
                "县生态环境分局",
                "2027年6月30日",
                "汛前完成",
            ],
            [
                "水产养殖尾水治理",
                "对池塘养殖尾水实施生态化改造，建设尾水净化设施，开展养殖尾水排放监测。",
                "完成池塘尾水治理1.2万亩",
                "县农业农村局",
                "县水利局、县生态环境分局",
                "2027年10月底",
                "",
            ],
        ],
    ),
    (
        "四",
        "水体监测监管",
        [
            [
                "入河排口整治",
                "开展农业面源入河排口排查，建立排口名录，分类实施截污、清理和规范化整治。",
                "完成排口整治58个",
                "县生态环境分局",
                "县水利局、各乡镇人民政府",
                "2027年7月31日",
                "",
            ],
            [
                "河湖长巡河",
                "落实河湖长巡河制度，乡级河湖长每月巡河不少于1次，村级河湖长每周巡河不少于1次。",
                "巡河覆盖率100%",
                "县河长制办公室",
                "各乡镇人民政府",
                "每季度末",
                "",
            ],
            [
                "监测网络建设",
                "在重点流域布设农业面源污染监测点位，委托第三方开展水质监测，按季度通报监测结果。",
                "新建监测点位16个",
                "县生态环境分局",
                "县农业农村局、县财政局",
                "2027年9月底",
                "",
            ],
            [
                "考核评价",
                "将面源污染治理纳入乡镇年度实绩考核，实行季度调度、半年通报、年终考评。",
                "考核权重不低于6%",
                "县委督查室",
                "县农业面源污染治理工作专班办公室",
                "2027年12月底",
                "",
            ],
        ],
    ),
]
NOTES = (
    "填表说明：1.本清单任务由牵头单位负责组织实施，配合单位按职责分工配合；2.完成时限为最迟完成时间；"
    "3.各牵头单位于每月5日前将上月进展报县农业面源污染治理工作专班办公室。"
)
SIGNERS = "填表人：周立　　　　审核人：钱卫东　　　　联系电话：0796-5213086"


def _page_footer(section) -> None:
    """第 N 页，共 M 页 with PAGE and NUMPAGES fields, centred, as a spreadsheet prints it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(code: str) -> None:
        run = p.add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
                run._r.append(el)
            elif text == code:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = f" {code} "
                run._r.append(el)
            else:
                el = OxmlElement("w:t")
                el.text = text
                run._r.append(el)

    p.add_run("第 ")
    field("PAGE")
    p.add_run(" 页，共 ")
    field("NUMPAGES")
    p.add_run(" 页")


def build_docx(dest: Path, merged_groups: bool) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    header = HEADER if not merged_groups else HEADER[:-1]
    widths = WIDTHS_CM if not merged_groups else WIDTHS_CM[:-1]
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    _page_footer(section)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold, run.font.size = True, Pt(16)
    document.add_paragraph(FORM_LINE)
    rows: list[list[str] | str] = [header]
    n = 0
    for numeral, name, tasks in GROUPS:
        rows.append(f"{numeral}、{name}" if merged_groups else [numeral, name] + [""] * (len(header) - 2))
        for task in tasks:
            n += 1
            rows.append([str(n), *task[: len(header) - 1]])
    table = document.add_table(rows=len(rows) + 2, cols=len(header))
    table.autofit = False
    no_borders(table)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r, values in enumerate([*rows, NOTES, SIGNERS]):
        row = table.rows[r]
        if r == 0:  # the print-title row: repeated on every page
            tr_pr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
        if isinstance(values, str):  # one cell merged across the row
            cell = row.cells[0].merge(row.cells[-1])
            cell.paragraphs[0].text = values
            continue
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = Cm(widths[c])
            cell.paragraphs[0].text = value
            if r == 0 or c == 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(dest)


def main() -> int:
    if soffice_missing():
        return 1
    docx_pdfs(
        (
            ("qingdan-sheet-groups", lambda dest: build_docx(dest, False)),
            ("qingdan-sheet-merged", lambda dest: build_docx(dest, True)),
        ),
        OUT,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
