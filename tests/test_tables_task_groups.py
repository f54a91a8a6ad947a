"""A task list (重点任务清单, 整改清单) issued as one table whose rows are grouped
under category rows: the groups are the list's numbered sections, in every way a
site writes them. Phrases from tests/redteam5/nanping-2025-yingshang-huanjing
(header in <thead>, 一、 group rows as <td colspan>, a 序号 column switching
between （一） and bare 1 2 3 from group to group, 具体措施 cells of several <p>
numbered 1. 2.) and tests/redteam4/zhouzhi-2024-ducha-zhenggai-qingdan (the
notice's own 一、…四、 before the table, the table's groups numbered from 一、
again, 序号 1–16 running on through the groups). Their blind golds settle the
reading:

* group rows are sections (level 1, heading = the name after 一、);
* a row is a section under its group when its 序号 is a marker (（一）), or a bare
  number that starts again under a later group in a column that writes markers
  too (nanping S2: （一）（二） under one group, 1 2 3 under the next); a column of
  bare numbers alone labels rows, not sections, whether they run on through the
  table (zhouzhi S3, loudi S3) or start again at 1 in every group (hengshui S3:
  tests/redteam7/hengshui-2025-anquan-xuncha-zhenggai, an Excel sheet pasted as
  TAB-separated text);
* numbered paragraphs inside a row's task cells are sections under a row that is
  one (nanping S3), none under a row that is not (zhouzhi S3);
* the row's 完成时限 cell belongs to the row's section, not its last item (nanping D2);
* after a numbered notice, a table whose groups start again at 一、 is a second
  document part: 1.1–1.4 and 2.1–2.4 (zhouzhi S1); groups that go on (五、 after
  四、) continue the text's numbering.
"""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

HEAD = "<thead><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr></thead>"
GROUPED = (
    '<tr class="group"><td colspan="5"><strong>一、提升政务服务效能</strong></td></tr>'
    "<tr><td>（一）</td><td>深化“一件事一次办”</td>"
    "<td><p>1.新增推出企业信息变更、企业注销等“一件事”主题服务12项。</p>"
    "<p>2.“一件事”平均办理时间压缩50%以上，申报材料减少40%以上。</p></td>"
    "<td>市数据管理局<br>市市场监管局、市税务局</td><td>2025年9月底前</td></tr>"
    "<tr><td>（二）</td><td>推进政务服务“免证办”</td>"
    "<td><p>政务服务事项“免证办”比例达到80%以上。</p></td>"
    "<td>市数据管理局牵头，市直各相关部门配合</td><td>2025年6月底前</td></tr>"
    '<tr class="group"><td colspan="5"><strong>二、优化市场准入和退出</strong></td></tr>'
    "<tr><td>1</td><td>压缩企业开办时间</td><td><p>企业开办全流程控制在0.5个工作日以内。</p></td>"
    "<td>市市场监管局、市公安局</td><td>2025年3月底前</td></tr>"
    "<tr><td>2</td><td>便利企业简易注销</td><td><p>1.全年办理简易注销企业不少于1500家。</p>"
    "<p>2.对符合条件的“僵尸企业”开展强制注销试点。</p></td>"
    "<td>市市场监管局</td><td>2025年12月底前</td></tr>"
)


def page(body: str, rows: str = GROUPED, head: str = HEAD, before: str = "") -> bytes:
    return (
        "<html><body><h2>南平市人民政府办公室关于印发南平市2025年优化营商环境重点任务清单的通知</h2>"
        f"<p>各县（市、区）人民政府，市直各单位：</p>{before}"
        '<p style="text-align:right">南平市人民政府办公室</p><p style="text-align:right">2025年2月25日</p>'
        f"<p><strong>{body}</strong></p>"
        f'<table class="rwqd">{head}<tbody>{rows}</tbody></table></body></html>'
    ).encode()


def outline(doc):
    return [(s.id, s.marker, s.heading) for s in walk_sections(doc.sections)]


def test_group_rows_rows_and_in_cell_items_are_the_sections():
    doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单"), format="html")
    assert outline(doc) == [
        ("1", "一、", "提升政务服务效能"),
        ("1.1", "（一）", "深化“一件事一次办”"),
        ("1.1.1", "1.", "新增推出企业信息变更、企业注销等“一件事”主题服务12项"),
        ("1.1.2", "2.", "“一件事”平均办理时间压缩50%以上，申报材料减少40%以上"),
        ("1.2", "（二）", "推进政务服务“免证办”"),
        ("2", "二、", "优化市场准入和退出"),
        ("2.1", "1", "压缩企业开办时间"),
        ("2.2", "2", "便利企业简易注销"),
        ("2.2.1", "1.", "全年办理简易注销企业不少于1500家"),
        ("2.2.2", "2.", "对符合条件的“僵尸企业”开展强制注销试点"),
    ]
    # the rows are the measures, each in its row's section
    assert [(m.id, m.section_id) for m in doc.measures] == [
        ("table1.row1", "1.1"),
        ("table1.row2", "1.2"),
        ("table1.row3", "2.1"),
        ("table1.row4", "2.2"),
    ]
    # the 完成时限 cell after the last item is the row's, the items' targets are theirs
    by = {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}
    assert ("1.1", "2025-09-30") in by and ("1.1.2", "2025-09-30") not in by
    assert ("2.2", "2025-12-31") in by
    targets = {(t.section_id, t.value) for t in doc.targets}
    assert {("1.1.1", 12), ("1.1.2", 50), ("1.1.2", 40), ("1.2", 80), ("2.2.1", 1500)} <= targets


def test_group_rows_written_as_th_or_as_a_number_cell_and_a_name_cell():
    th = GROUPED.replace('<td colspan="5"><strong>一、', '<th colspan="5"><strong>一、').replace(
        "提升政务服务效能</strong></td>", "提升政务服务效能</strong></th>"
    )
    split = GROUPED.replace(
        '<td colspan="5"><strong>二、优化市场准入和退出</strong></td>',
        '<td>二</td><td colspan="4">优化市场准入和退出</td>',
    )
    for rows in (th, split):
        doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单", rows), format="html")
        got = [(sid, heading) for sid, _, heading in outline(doc) if "." not in sid]
        assert got == [("1", "提升政务服务效能"), ("2", "优化市场准入和退出")]


def test_running_row_numbers_are_no_sections_and_their_items_none_either():
    rows = GROUPED.replace("<td>（一）</td>", "<td>1</td>").replace("<td>（二）</td>", "<td>2</td>")
    rows = rows.replace("<td>1</td><td>压缩", "<td>3</td><td>压缩").replace("<td>2</td><td>便利", "<td>4</td><td>便利")
    doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单", rows), format="html")
    assert outline(doc) == [("1", "一、", "提升政务服务效能"), ("2", "二、", "优化市场准入和退出")]
    assert [(m.id, m.section_id) for m in doc.measures] == [
        ("table1.row1", "1"),
        ("table1.row2", "1"),
        ("table1.row3", "2"),
        ("table1.row4", "2"),
    ]
    assert ("1", "2025-09-30") in {(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"}


def test_one_group_row_is_no_numbered_body():
    rows = GROUPED[: GROUPED.index('<tr class="group"><td colspan="5"><strong>二、')]
    doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单", rows), format="html")
    assert doc.sections == []
    assert len(doc.measures) == 2


NOTICE = (
    "<p>一、压实整改责任。各责任单位要逐项抓好落实。</p>"
    "<p>二、严格时限要求。其余事项按清单所列时限完成。</p>"
    "<p>附件：南平市2025年优化营商环境重点任务清单</p>"
)


def test_a_table_after_numbered_text_is_a_second_part_when_its_groups_start_again():
    doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单", before=NOTICE), format="html")
    ids = [sid for sid, _, _ in outline(doc)]
    assert ids[:2] == ["1.1", "1.2"]
    assert ids[2:4] == ["2.1", "2.1.1"]
    assert [m.section_id for m in doc.measures] == ["2.1.1", "2.1.2", "2.2.1", "2.2.2"]
    assert outline(doc)[1] == ("1.2", "二、", "严格时限要求")


def test_a_table_whose_groups_go_on_from_the_text_continues_its_numbering():
    rows = GROUPED.replace("<strong>一、提升", "<strong>三、提升").replace("<strong>二、优化", "<strong>四、优化")
    doc = notice_parser.parse(page("南平市2025年优化营商环境重点任务清单", rows, before=NOTICE), format="html")
    tops = [(sid, heading) for sid, _, heading in outline(doc) if "." not in sid]
    assert tops == [
        ("1", "压实整改责任"),
        ("2", "严格时限要求"),
        ("3", "提升政务服务效能"),
        ("4", "优化市场准入和退出"),
    ]


SPLIT_HEAD = (
    "<tr><th rowspan='2'>序号</th><th rowspan='2'>重点任务</th><th colspan='2'>责任分工</th>"
    "<th rowspan='2'>完成时限</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>"
)


def _two_groups(first: str, second: str, rows: tuple[str, str, str]) -> str:
    one, two, three = rows
    return (
        f"{first}<tr><td>{one}</td><td>深化“一件事一次办”</td><td>市数据管理局</td><td>市税务局</td><td>2025年9月底前</td></tr>"
        f"<tr><td>{two}</td><td>推进政务服务“免证办”</td><td>市数据管理局</td><td>市公安局</td><td>2025年6月底前</td></tr>"
        f"{second}<tr><td>{three}</td><td>压缩企业开办时间</td><td>市市场监管局</td><td>市公安局</td>"
        "<td>2025年3月底前</td></tr>"
    )


EXPECTED = [
    ("1", "提升政务服务效能"),
    ("1.1", "深化“一件事一次办”"),
    ("1.2", "推进政务服务“免证办”"),
    ("2", "优化市场准入和退出"),
    ("2.1", "压缩企业开办时间"),
]


def test_every_way_a_site_writes_the_groups_and_the_numbers_under_them():
    across = (
        "<tr><td colspan='5'>一、提升政务服务效能</td></tr>",
        "<tr><td colspan='5'>二、优化市场准入和退出</td></tr>",
    )
    paren_groups = tuple(g.replace("一、", "（一）").replace("二、", "（二）") for g in across)
    for rows in (
        _two_groups(
            *across, ("（一）", "（二）", "（一）")
        ),  # a header in two rows (责任分工 over 牵头单位 | 配合单位)
        _two_groups(*paren_groups, ("1.", "2.", "1.")),  # groups （一） over rows 1.
    ):
        for table in (
            f"<table>{SPLIT_HEAD}{rows}</table>",
            f"<table><thead>{SPLIT_HEAD}</thead><tbody>{rows}</tbody>"  # a note in <tfoot>
            "<tfoot><tr><td colspan='5'>注：完成时限为2025年。</td></tr></tfoot></table>",
            f"<table><tr><td><p>重点任务清单</p><table>{SPLIT_HEAD}{rows}</table></td></tr></table>",  # in a layout table
        ):
            doc = notice_parser.parse(f"<html><body><p>某市2025年重点任务清单</p>{table}</body></html>".encode())
            assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == EXPECTED, (rows, table)
            assert [(m.id, m.section_id) for m in doc.measures] == [
                ("table1.row1", "1.1"),
                ("table1.row2", "1.2"),
                ("table1.row3", "2.1"),
            ]


def test_a_decimal_number_under_the_groups_labels_rows():
    """A 序号 written as a decimal path (1.1 1.2 under group 1 or 一, 2.1 under 2 or 二: a docs tool's 任务台账,
    tests/redteam18/fuyu-2025-minsheng-shishi-taizhang, gold S2) is the task table's row id: the groups are the
    sections, the rows their measures (the session's table convention: a task table's numbered rows under category
    rows are no sections). It still tells a group numbered 1 2 from a row numbered 1 2."""
    groups = {
        "bare": (
            "<tr><td>1</td><td colspan='4'>提升政务服务效能</td></tr>",
            "<tr><td>2</td><td colspan='4'>优化市场准入和退出</td></tr>",
        ),
        "chinese": (
            "<tr><td><strong>一</strong></td><td><strong>提升政务服务效能</strong></td><td></td><td></td><td></td></tr>",
            "<tr><td><strong>二</strong></td><td><strong>优化市场准入和退出</strong></td><td></td><td></td><td></td></tr>",
        ),
    }
    for name, (first, second) in groups.items():
        rows = _two_groups(first, second, ("1.1", "1.2", "2.1"))
        doc = notice_parser.parse(
            f"<html><body><p>某市2025年重点任务清单</p><table>{SPLIT_HEAD}{rows}</table></body></html>".encode()
        )
        assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [EXPECTED[0], EXPECTED[3]], name
        assert [(m.id, m.section_id) for m in doc.measures] == [
            ("table1.row1", "1"),
            ("table1.row2", "1"),
            ("table1.row3", "2"),
        ], name
        assert [(d.section_id, d.date) for d in doc.deadlines] == [
            ("1", "2025-09-30"),
            ("1", "2025-06-30"),
            ("2", "2025-03-31"),
        ], name


def test_bare_numbers_starting_again_in_every_group_label_rows():
    """A 序号 of bare numbers alone, 1 2 under 一、 and 1 again under 二、 (hengshui S3): row labels;
    the same column writing （一）（二） under one group makes them the groups' lists (nanping S2)."""
    across = (
        "<tr><td colspan='5'>一、提升政务服务效能</td></tr>",
        "<tr><td colspan='5'>二、优化市场准入和退出</td></tr>",
    )

    def page_of(rows: str) -> str:
        return f"<html><body><p>某市2025年重点任务清单</p><table>{SPLIT_HEAD}{rows}</table></body></html>"

    doc = notice_parser.parse(page_of(_two_groups(*across, ("1", "2", "1"))).encode())
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [EXPECTED[0], EXPECTED[3]]
    assert [(m.id, m.section_id) for m in doc.measures] == [
        ("table1.row1", "1"),
        ("table1.row2", "1"),
        ("table1.row3", "2"),
    ]
    doc = notice_parser.parse(page_of(_two_groups(*across, ("（一）", "（二）", "1"))).encode())
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == EXPECTED


def test_a_group_number_merged_down_over_its_rows_and_the_name_across_the_row():
    rows = (
        "<tr><td rowspan='3'>一、</td><td colspan='4'>提升政务服务效能</td></tr>"
        "<tr><td>深化“一件事一次办”</td><td>市数据管理局</td><td>市税务局</td><td>2025年9月底前</td></tr>"
        "<tr><td>推进政务服务“免证办”</td><td>市数据管理局</td><td>市公安局</td><td>2025年6月底前</td></tr>"
        "<tr><td rowspan='2'>二、</td><td colspan='4'>优化市场准入和退出</td></tr>"
        "<tr><td>压缩企业开办时间</td><td>市市场监管局</td><td>市公安局</td><td>2025年3月底前</td></tr>"
    )
    doc = notice_parser.parse(
        f"<html><body><p>某市2025年重点任务清单</p><table>{SPLIT_HEAD}{rows}</table></body></html>".encode()
    )
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [("1", EXPECTED[0][1]), ("2", EXPECTED[3][1])]
    assert [m.section_id for m in doc.measures] == ["1", "1", "2"]
