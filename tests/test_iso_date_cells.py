"""A 时限 cell that writes a full date as yyyy-mm-dd and nothing else (a spreadsheet's date under the yyyy-mm-dd
format, a system's export) is due that day, as 2027年6月30日 there is (tests/test_sheet_pdfs.py); in running text
and outside a 时限 column such a date is no time limit."""

from __future__ import annotations

import pytest

import notice_parser


def _table(cell: str) -> bytes:
    rows = [
        "序号\t重点任务\t牵头单位\t完成时限",
        f"1\t建设全县政务数据共享平台\t县数据局\t{cell}",
        "2\t推进电子证照应用\t县数据局\t2026年12月底前",
    ]
    return "\n".join(rows).encode()


@pytest.mark.parametrize(
    ("cell", "due"), [("2026-09-30", "2026-09-30"), ("2026-9-3", "2026-09-03"), ("2027-06-30", "2027-06-30")]
)
def test_an_iso_date_alone_in_a_time_cell_is_due_that_day(cell, due):
    doc = notice_parser.parse(_table(cell), format="txt")
    assert [(d.raw, d.date) for d in doc.measures[0].deadlines] == [(cell, due)]


@pytest.mark.parametrize("cell", ["2026-13-30", "2026-09-30开工", "2026-2027"])
def test_no_date_or_more_than_a_date_is_not_read_so(cell):
    doc = notice_parser.parse(_table(cell), format="txt")
    assert not [d for d in doc.measures[0].deadlines if d.kind == "by"]


def test_an_iso_date_in_running_text_is_no_time_limit():
    doc = notice_parser.parse("一、工作安排\n方案于2026-03-18经县政府常务会议审议通过。".encode(), format="txt")
    assert not doc.deadlines
