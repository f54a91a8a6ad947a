"""A task ledger exported as CSV with a 标题 and a 内容 column (a 督办/台账 system's export) is a table, not a research
dataset's record (REVIEW14 items 2 and 9): its header also names units in a role (承办单位, 配合单位, 牵头单位, 责任单位)
or a time limit (办理时限, 完成时限, 截止日期), which no dataset of notices has. A dataset's header keeps its own dates
(发布日期, 施行日期, 采集时间), and its row is still a record. At d69f235 the ledgers below gave the first row's 内容 as
the text, its 标题 as the title, and no measure.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

import notice_parser

CONTENT_1 = (
    "按照县委县政府部署，全面排查城区背街小巷路灯、井盖、破损路面等设施问题，建立问题清单和整改台账，明确责任人和完成时限，"
    "对群众反映强烈的问题优先整改，确保整改到位，整改完成后组织开展回头看，防止问题反弹，并将整改情况按月报送县政府督查室。"
)
CONTENT_2 = (
    "加强农村生活垃圾收运处置体系建设，完善村收集、镇转运、县处理的运行机制，推进垃圾分类减量和资源化利用，"
    "健全保洁员队伍和经费保障，开展村庄清洁行动，建立长效管护机制，每月通报各乡镇治理进展情况，确保农村人居环境持续改善。"
)
assert min(len(CONTENT_1), len(CONTENT_2)) >= 100  # a whole notice's length for the dataset test (MIN_UNNAMED_CJK)


def measures(doc) -> list[tuple]:
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ]


def due(doc) -> list[tuple]:
    return [(d.kind, d.date) for d in doc.deadlines if d.kind == "by"]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    import csv

    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


DUBAN = [
    ["序号", "标题", "内容", "承办单位", "配合单位", "办理时限"],
    ["1", "城区背街小巷设施整治", CONTENT_1, "县住房和城乡建设局", "县城市管理局", "2026-06-30"],
    ["2", "农村生活垃圾治理", CONTENT_2, "县城市管理局", "各乡镇人民政府", "2026-09-30"],
]


def test_the_reviewers_duban_export_is_a_table_as_the_same_file_without_its_title_column():
    doc = notice_parser.parse(csv_bytes(DUBAN), format="csv")
    without_title = notice_parser.parse(csv_bytes([r[:1] + r[2:] for r in DUBAN]), format="csv")
    expected = [
        ("table1.row1", [], ["县住房和城乡建设局"], ["县城市管理局"]),
        ("table1.row2", [], ["县城市管理局"], ["各乡镇人民政府"]),
    ]
    assert measures(doc) == measures(without_title) == expected
    assert due(doc) == due(without_title) == [("by", "2026-06-30"), ("by", "2026-09-30")]
    assert doc.notice.title != "城区背街小巷设施整治"  # no row's 标题 is the document's
    assert [w.code.value for w in doc.warnings if w.code.value == "records_skipped"] == []
    # the .xlsx of the same sheet agrees
    assert measures(notice_parser.parse(xlsx_bytes(DUBAN), format="xlsx")) == expected


@pytest.mark.parametrize(
    ("header", "encoding", "expected"),
    [
        # a 台账 with 牵头/责任 columns and a 完成时限, saved by Excel on Chinese Windows (GBK)
        (
            ["序号", "事项名称", "内容", "牵头单位", "责任单位", "完成时限"],
            "gbk",
            [
                ("table1.row1", ["县住房和城乡建设局"], ["县城市管理局"], []),
                ("table1.row2", ["县城市管理局"], ["各乡镇人民政府"], []),
            ],
        ),
        # a title field in English (a system's field names) and a 责任单位 only
        (
            ["id", "title", "content", "责任单位", "协办单位", "截止日期"],
            "utf-8",
            [
                ("table1.row1", [], ["县住房和城乡建设局"], ["县城市管理局"]),
                ("table1.row2", [], ["县城市管理局"], ["各乡镇人民政府"]),
            ],
        ),
    ],
)
def test_other_ledger_headers_with_a_title_and_a_content_field(header, encoding, expected):
    rows = [header, *([r[0], r[1], r[2], r[3], r[4], r[5]] for r in DUBAN[1:])]
    doc = notice_parser.parse(csv_bytes(rows, encoding), format="csv")
    assert measures(doc) == expected
    assert due(doc) == [("by", "2026-06-30"), ("by", "2026-09-30")]


def test_a_ledger_with_a_time_limit_column_and_no_unit_column_is_a_table():
    rows = [["序号", "标题", "内容", "办理时限"], *([r[0], r[1], r[2], r[5]] for r in DUBAN[1:])]
    r = notice_parser.parse(csv_bytes(rows), format="csv")
    assert r.text.startswith("序号\t标题\t内容\t办理时限\n1\t城区背街小巷设施整治\t")  # the sheet, not row 1's 内容
    assert r.notice.title != "城区背街小巷设施整治"
    # (its rows assign no unit: no measure, and its 时限 cells are the table rules' to read, as in the .xlsx)
    assert due(r) == due(notice_parser.parse(xlsx_bytes(rows), format="xlsx"))


NOTICE = (
    "各乡镇人民政府，县直各有关单位：\n为进一步做好城乡环境整治工作，经县政府同意，现将有关事项通知如下。\n"
    "一、开展背街小巷整治\n2026年6月底前完成城区背街小巷设施整治。（县住房和城乡建设局牵头，县城市管理局配合）\n"
    "二、推进农村垃圾治理\n" + CONTENT_2 + "（县城市管理局负责）\n某县人民政府办公室\n2026年3月18日"
)


@pytest.mark.parametrize(
    "header",
    [
        ["id", "title", "pub_date", "publisher", "doc_no", "url", "content"],
        ["序号", "标题", "发布日期", "发文机关", "文号", "施行日期", "采集时间", "正文"],
        ["编号", "标题", "发布时间", "成文日期", "更新时间", "内容"],
    ],
)
def test_a_datasets_row_with_its_own_dates_is_still_a_record(header):
    values = {
        "id": "10086", "序号": "1", "编号": "1", "title": "关于做好城乡环境整治工作的通知", "标题": "关于做好城乡环境整治工作的通知",
        "pub_date": "2026-03-20", "发布日期": "2026-03-20", "发布时间": "2026-03-20 10:00", "成文日期": "2026-03-18",
        "publisher": "某县人民政府办公室", "发文机关": "某县人民政府办公室", "doc_no": "某政办发〔2026〕13号", "文号": "某政办发〔2026〕13号",
        "url": "http://www.example.gov.cn/a.html", "施行日期": "2026-04-01", "采集时间": "2026-03-21", "更新时间": "2026-03-21",
        "content": NOTICE, "正文": NOTICE, "内容": NOTICE,
    }  # fmt: skip
    doc = notice_parser.parse(csv_bytes([header, [values[h] for h in header]]), format="csv")
    assert doc.text.startswith("各乡镇人民政府，县直各有关单位：\n")  # the body cell is the text
    assert doc.notice.title == "关于做好城乡环境整治工作的通知"
    assert [s.heading for s in doc.sections] == ["开展背街小巷整治", "推进农村垃圾治理"]
    assert measures(doc) == [("1", ["县住房和城乡建设局"], [], ["县城市管理局"]), ("2", [], ["县城市管理局"], [])]
