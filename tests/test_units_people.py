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


def _roles(clause: str, issuer: str = "") -> list[tuple[list[str], list[str], list[str]]]:
    text = (issuer + "\n" if issuer else "") + "关于印发某工作方案的通知\n各有关单位：\n一、重点任务\n" + clause + "\n"
    return [m[1:] for m in id_roles(notice_parser.parse(text.encode(), format="txt"))]


def test_places_whose_name_starts_with_a_posts_character_are_units():
    # 湖南省|长沙市, 吉林省|长春市, 上海市|长宁区: the post's 长 starts the next place, no 省长/市长 and a name
    assert _roles(
        "（一）加强巡查。6月底前完成（责任单位：湖南省长沙市、吉林省长春市、上海市长宁区、湖州市长兴县、重庆市长寿区）。"
    ) == [([], ["湖南省长沙市", "吉林省长春市", "上海市长宁区", "湖州市长兴县", "重庆市长寿区"], [])]
    assert _roles("（一）加强巡查。6月底前完成（某县长安镇、长岭乡负责）。") == [([], ["某县长安镇", "长岭乡"], [])]
    assert _roles("（一）加强巡查。6月底前完成（责任单位：西安市长安区、市住建局）。") == [
        ([], ["西安市长安区", "市住建局"], [])
    ]
    # villages after 县长, with a real person beside them
    assert _roles("（一）整治村容。9月底前完成（副县长王明牵头，县长岭村、县长坪村负责）。") == [
        ([], ["县长岭村", "县长坪村"], [])
    ]
    assert _roles("（一）整治街巷。9月底前完成（区长征街道负责）。") == [([], ["区长征街道"], [])]
    assert _roles("（一）整治村容。9月底前完成（东莞市长安镇牵头，常务副县长周立新、县住建局负责）。") == [
        (["东莞市长安镇"], ["县住建局"], [])
    ]
