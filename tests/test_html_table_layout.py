"""Old government pages laid out in nested <table>s: the title in <td class="bt"><font size=5>, the
body in the next one-column cell as <font> text with <br><br> paragraphs and &nbsp; indents, the 文号
and 成文日期 in a small grid above. A table whose text stands in one column (empty spacer cells
aside) lays out the page: its text is the notice's, not a data table's, so sections and measures are
read from it; a grid of two columns of text stays a table."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions
from notice_parser.readers import html as html_reader

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def parse(name: str):
    return notice_parser.parse((FIXTURES / name).read_bytes(), format="html")


def test_body_cell_of_a_one_column_layout_table_yields_sections_and_measures():
    doc = parse("oldgov-table-layout.html")
    assert doc.notice.title == "某市人民政府办公室关于印发某市城市道路管理提升行动方案的通知"
    assert doc.notice.doc_number == "某政办发〔2023〕15号"
    assert doc.notice.date == "2023-05-12"
    assert [(s.id, s.marker, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "一、", "工作目标"),
        ("2", "二、", "主要任务"),
        ("2.1", "（一）", "加强道路养护"),
        ("2.1.1", "1.", "开展道路病害集中整治，2023年9月底前完成主干道修补"),
        ("2.1.2", "2.", "建立道路巡查制度，每周巡查不少于2次"),
        ("2.2", "（二）", "规范占道管理"),
        ("2.2.1", "1.", "严格审批临时占道，压减审批时限至3个工作日"),
        ("2.2.2", "2.", "新增智慧停车泊位2万个"),
        ("3", "三、", "保障措施"),
    ]
    units = {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }
    assert units == {
        "2.1.1": (["市城管局"], [], ["各区人民政府"]),
        "2.1.2": ([], ["市城管局"], []),
        "2.2.1": ([], ["市城管局", "市公安局交警支队"], []),
        "2.2.2": (["市交通运输局"], [], ["市发展改革委", "各区人民政府"]),
    }
    assert [d.date for d in doc.measures[0].deadlines] == ["2023-09-30"]
    assert not [w for w in doc.warnings if w.code in ("no_sections", "clause_outside_sections")]


def test_spacer_cells_beside_the_body_and_a_label_cell_without_colon_in_a_gb2312_page():
    doc = parse("oldgov-table-layout-spacers.gb2312.html")
    assert doc.notice.title == "县农业农村局关于做好2024年秸秆综合利用工作的通知"
    assert doc.notice.doc_number == "某农发〔2024〕7号"  # <td>文号</td><td>某农发〔2024〕7号</td>
    assert doc.notice.date == "2024-03-18"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "目标任务"),
        ("2", "重点工作"),
        ("2.1", "推进秸秆还田"),
        ("2.2", "培育收储主体"),
        ("2.3", "加强禁烧巡查"),
        ("3", "工作要求"),
    ]
    by_id = {m.id: m for m in doc.measures}
    assert sorted(by_id) == ["2.1", "2.2", "2.3"]
    assert [u.name for u in by_id["2.1"].lead_units] == ["县农业农村局"]
    assert [u.name for u in by_id["2.1"].responsible_units] == ["各乡镇人民政府"]
    assert [d.date for d in by_id["2.1"].deadlines] == ["2024-10-31"]
    assert [u.name for u in by_id["2.2"].responsible_units] == ["县农业农村局", "县发展改革局"]
    assert [d.date for d in by_id["2.2"].deadlines] == ["2024-06-30"]
    assert [u.name for u in by_id["2.3"].supporting_units] == ["县公安局", "各乡镇人民政府"]


def read(page: str):
    return html_reader.read(page.encode(), ReadOptions(name="page.html"))


def test_a_grid_of_two_text_columns_stays_a_table_and_a_one_column_stack_does_not():
    grid = (
        "<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>"
        "<tr><td>1</td><td>加强道路养护</td><td>市城管局</td></tr></table>"
    )
    stack = (
        "<table><tr><td>&nbsp;</td><td>某市关于加强道路养护的通知</td><td></td></tr>"
        "<tr><td>&nbsp;</td><td>一、总体要求<br><br>（一）加强道路养护。（市城管局负责）</td><td></td></tr></table>"
    )
    r = read(grid)
    assert len(r.tables) == 1 and [len(row) for row in r.tables[0].rows] == [3, 3]
    r = read(stack)
    assert r.tables == []
    assert "一、总体要求\n" in r.text and "（一）加强道路养护。（市城管局负责）" in r.text
