"""A .docx 责任清单 whose table merges cells down at three levels (the family of tests/redteam20
tianyu): 领域 over 重点任务 over 具体措施, one measure a row, and 责任单位 and 完成时限 cells each merged
over their own runs of measures. The notice says 列第一位者为牵头单位 (其他单位为配合单位) and the note
under the table that a unit marked （牵头） leads and a unit alone in its cell is responsible; a cell
may also name its roles with verbs (X负责 ⏎ Y配合) or close its list with the kind of its units
(…等行政执法部门)."""

from __future__ import annotations

import io

from conftest import id_roles

import notice_parser

NOTICE = (
    "中共某区委办公室　某区人民政府办公室关于印发《某区2027年安全生产责任清单》的通知",
    "各镇党委、镇政府，区委各部委，区直各单位：",
    "　　现将《某区2027年安全生产责任清单》印发给你们。责任清单中列第一位者为牵头单位，负责统筹推进；"
    "其他单位为配合单位，按职责分工配合。同一单元格覆盖多项措施的，责任单位对所覆盖的各项措施均负有责任。",
    "中共某区委办公室　　某区人民政府办公室",
    "2026年12月3日",
    "某区2027年安全生产责任清单",
)
HEADER = ["领域", "重点任务", "具体措施", "责任单位", "完成时限"]
MEASURES = [
    "1.开展重大事故隐患专项排查整治，重大隐患整改率达到100%。",
    "2.推进城镇燃气管道老化更新改造，完成改造120公里。",
    "3.开展自建房安全专项整治，经营性自建房排查覆盖率100%。",
    "4.开展特种设备安全监督抽查，电梯按需维保覆盖率达到80%。",
    "5.组织安全生产月和安全宣传“五进”活动，全年培训企业负责人2000人次。",
    "6.开展“打非治违”联合执法，全年查处非法违法行为不少于150起。",
    "7.推行非现场监管，重点企业视频监控联网率达到95%。",
    "8.加强安全生产专项资金监管，审计发现问题整改率100%。",
]
#: (first row, last row, text) of the merged cells of each column; rows count from 1
FIELDS = [(1, 4, "一、风险防控"), (5, 8, "二、执法监管")]
TASKS = [
    (1, 2, "（一）排查整治隐患"),
    (3, 4, "（二）强化重点领域"),
    (5, 6, "（三）压实执法责任"),
    (7, 8, "（四）创新监管方式"),
]
UNITS = [
    (1, 1, "区应急管理局（牵头）\n区消防救援大队、各镇人民政府"),
    (2, 3, "区住房城乡建设局、区交通运输局"),
    (4, 4, "区市场监管局"),
    (5, 5, "区应急管理局负责\n区直各有关单位配合"),
    (6, 7, "区公安分局、区应急管理局、区生态环境分局等行政执法部门"),
    (8, 8, "区财政局、区审计局\n区纪委监委机关配合"),
]
LIMITS = [
    (1, 1, "2027年3月底前"),
    (2, 2, "2027年6月30日前"),
    (3, 5, "2027年9月底前"),
    (6, 6, "每季度"),
    (7, 8, "长期坚持"),
]
NOTE = "注：责任单位栏中标注“（牵头）”者为牵头单位，未标注的单一单位为责任单位；合并单元格所列单位、时限适用于其覆盖的全部措施。"


def _docx() -> bytes:
    import docx

    d = docx.Document()
    for line in NOTICE:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(MEASURES), cols=len(HEADER))
    for c, value in enumerate(HEADER):
        t.cell(0, c).text = value
    for r, value in enumerate(MEASURES, start=1):
        t.cell(r, 2).text = value
    for c, runs in ((0, FIELDS), (1, TASKS), (3, UNITS), (4, LIMITS)):
        for first, last, value in runs:
            cell = t.cell(first, c) if first == last else t.cell(first, c).merge(t.cell(last, c))
            lines = value.split("\n")
            cell.paragraphs[0].text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
    d.add_paragraph(NOTE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_each_measure_takes_the_unit_and_time_cells_merged_over_it():
    doc = notice_parser.parse(_docx(), name="zeren-qingdan.docx")
    assert id_roles(doc) == [
        ("table1.row1", ["区应急管理局"], [], ["区消防救援大队", "各镇人民政府"]),
        ("table1.row2", ["区住房城乡建设局"], [], ["区交通运输局"]),
        ("table1.row3", ["区住房城乡建设局"], [], ["区交通运输局"]),
        # a unit alone in its cell: responsible, as the note says (no first-listed lead)
        ("table1.row4", [], ["区市场监管局"], []),
        # the cell's own verbs: 负责 keeps its unit responsible
        ("table1.row5", [], ["区应急管理局"], ["区直各有关单位"]),
        # …等行政执法部门 names the kind of the units listed, no unit of its own
        ("table1.row6", ["区公安分局"], [], ["区应急管理局", "区生态环境分局"]),
        ("table1.row7", ["区公安分局"], [], ["区应急管理局", "区生态环境分局"]),
        ("table1.row8", ["区财政局"], [], ["区纪委监委机关", "区审计局"]),
    ]
    by_row = {m.id: [(d.kind, getattr(d, "date", None)) for d in m.deadlines] for m in doc.measures}
    assert by_row["table1.row2"] == [("by", "2027-06-30")]
    assert by_row["table1.row3"] == by_row["table1.row5"] == [("by", "2027-09-30")]


def test_a_lone_unit_leads_where_no_note_keeps_its_role():
    """Without the note, 列第一位者为牵头单位 makes a unit alone in its cell the lead (the rule's plain
    reading); a cell's own verb still keeps its unit's role."""
    import docx

    d = docx.Document(io.BytesIO(_docx()))
    d.paragraphs[-1].text = "注：合并单元格所列单位、时限适用于其覆盖的全部措施。"
    out = io.BytesIO()
    d.save(out)
    roles = dict((m[0], m[1:]) for m in id_roles(notice_parser.parse(out.getvalue(), name="zeren-qingdan.docx")))
    assert roles["table1.row4"] == (["区市场监管局"], [], [])
    assert roles["table1.row5"] == ([], ["区应急管理局"], ["区直各有关单位"])
