"""A person is no unit (ANNOTATE: a 牵头领导 is a person with a post, not a unit). A table cell that names the
person answering for a unit (县住建局（局长李四）) or lists a post among units (县发改局、分管副县长) gives the
units only; a column of leaders (责任领导) stays out of the roles."""

from __future__ import annotations

from conftest import id_roles

import notice_parser

PAGE = (
    '<html><head><meta charset="utf-8"></head><body><p>某县人民政府办公室关于印发某方案的通知</p><p>一、任务分工</p>'
    '<table border="1"><tr><td>序号</td><td>任务</td><td>责任领导</td><td>牵头单位</td><td>责任单位及责任人</td>'
    "<td>完成时限</td></tr>"
    "<tr><td>1</td><td>开展文明创建</td><td>副县长王明</td><td>县住建局</td><td>县交通运输局（局长李四）</td>"
    "<td>2025年底前</td></tr>"
    "<tr><td>2</td><td>整治</td><td>县委常委、常务副县长周立新</td><td>县发改局</td><td>县财政局、分管副县长</td>"
    "<td>2025年底前</td></tr></table></body></html>"
)


def test_people_in_a_task_table_are_no_units():
    doc = notice_parser.parse(PAGE.encode(), format="html")
    assert [m[1:] for m in id_roles(doc)] == [
        (["县住建局"], ["县交通运输局"], []),
        (["县发改局"], ["县财政局"], []),
    ]
    unit = doc.measures[0].responsible_units[0]
    assert doc.text[unit.span[0] : unit.span[1]] == unit.raw == "县交通运输局（局长李四）"
