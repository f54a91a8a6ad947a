"""Task lists kept in a spreadsheet and printed to PDF without borders (scripts/make_sheet_pdfs.py;
the family of tests/redteam20 tayuan): the columns line up by position only, the header labels are
centred over their columns while the cells' text starts at each column's left, cells wrap inside
their column, group rows (一 | 秸秆综合利用, or 一、秸秆综合利用 across the row) stand between the
numbered tasks, and the header row repeats on the next page."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.model import walk_sections

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
NAMES = ("qingdan-sheet-groups", "qingdan-sheet-merged")


def _rows(doc):
    return [
        (m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units])
        for m in doc.measures
        if m.id.startswith("table")
    ]


def test_each_numbered_row_is_a_measure_with_its_lead_and_supporting_columns():
    for name in NAMES:
        rows = _rows(notice_parser.parse(FORMATS / f"{name}.pdf"))
        assert len(rows) == 12, name  # 1–12; the group rows and the repeated header are no rows
        assert rows[0] == ("table1.row1", ["县农业农村局"], ["县财政局", "各乡镇人民政府"]), name
        # 各乡镇人民 ⏎ 政府 and 县生态环境分 ⏎ 局、县农业农村 ⏎ 局 wrapped in their columns
        assert rows[2] == ("table1.row3", ["各乡镇人民政府"], ["县生态环境分局", "县农业农村局"]), name
        assert rows[6] == ("table1.row7", ["县农业农村局"], ["县生态环境分局"]), name  # after the page break
        assert rows[11] == ("table1.row12", ["县委督查室"], ["县农业面源污染治理工作专班办公室"]), name


def test_a_wide_column_under_a_centred_label_keeps_its_cells_text():
    """具体措施 is centred over a column whose text starts far to its left: the column starts where
    its cells' text does, so the measure's text is one cell, not split into the 重点任务 before it."""
    for name in NAMES:
        doc = notice_parser.parse(FORMATS / f"{name}.pdf")
        assert (
            "1\t秸秆离田收储\t以粮食主产乡镇为重点，扶持秸秆收储运服务主体，建设标准化收储点，推动秸秆离田集中处理。\t"
            in doc.text
        )
        assert "\t县农业农村局\t县水利局、县生态环境分局\t2027年10月底" in doc.text, name
        assert "\t考核权重不低于6%\t县委督查室\t" in doc.text, name


def test_group_rows_are_rows_of_their_own():
    for name in NAMES:
        doc = notice_parser.parse(FORMATS / f"{name}.pdf")
        sections = [(s.id, s.heading) for s in walk_sections(doc.sections)]
        assert sections == [
            ("1", "秸秆综合利用"),
            ("2", "化肥农药减量"),
            ("3", "养殖污染防治"),
            ("4", "水体监测监管"),
        ], name
        assert "序号一" not in doc.text and "3二" not in doc.text, name


def test_the_filler_line_gives_the_issuer_and_the_date():
    """No notice around the list: 填报单位（盖章）：… 填报日期：… above the grid is who issued it and when,
    and no 主送 line."""
    for name in NAMES:
        notice = notice_parser.parse(FORMATS / f"{name}.pdf").notice
        assert notice.title == "某县2027年农业面源污染治理重点任务清单", name
        assert notice.issuers == ["某县农业面源污染治理工作专班办公室"], name
        assert notice.date == "2026-11-28", name
        assert notice.recipients == [], name


def test_a_full_date_alone_in_a_time_cell_is_due_that_day():
    """A spreadsheet's 完成时限 writes dates without 前 (2027年9月30日): alone in the cell it is the
    time limit, as 2027年11月底 there is; 长期坚持 gives none, 每季度末 a quarterly one."""
    doc = notice_parser.parse(FORMATS / "qingdan-sheet-groups.pdf")
    by_row = {m.id: [(d.kind, getattr(d, "date", None), d.raw) for d in m.deadlines] for m in doc.measures}
    assert by_row["table1.row1"] == [("by", "2027-09-30", "2027年9月30日")]
    assert by_row["table1.row2"] == [("by", "2027-11-30", "2027年11月底")]
    assert by_row["table1.row3"] == []
    assert by_row["table1.row7"] == [("by", "2027-06-30", "2027年6月30日")]
    assert by_row["table1.row10"] == [("recurring", None, "每季度")]
