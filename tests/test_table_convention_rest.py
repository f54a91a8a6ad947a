"""A document-wide first-listed-leads sentence in the body (not a note under the table) applied to a
task table's 责任单位 cells: what it says of the other units, and a rule stated for cells of several
units only (zhouzhi 2024 整改清单: 责任单位栏列有多个单位的，排在第一位的为牵头单位，其余为配合单位)."""

from __future__ import annotations

import notice_parser

_TABLE = """<table><tr><td>序号</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>
<tr><td>1</td><td>开展排查整治</td><td>县秦岭办<br>县自然资源局<br>相关镇政府</td><td>2024年12月底前</td></tr>
<tr><td>2</td><td>完成整改验收</td><td>市生态环境局周至分局</td><td>2025年3月底前</td></tr>
<tr><td>3</td><td>推进老旧管网改造</td><td>县住建局<br>县发改局</td><td>2024年12月底前</td></tr></table>"""


def _roles(sentence: str) -> list[tuple[list[str], list[str], list[str]]]:
    html = f"<p>一、压实整改责任。{sentence}</p>{_TABLE}"
    doc = notice_parser.parse(html.encode(), format="html")
    return [
        ([u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units])
        for m in doc.measures
    ]


def test_the_others_take_the_role_the_sentence_names_and_a_lone_unit_keeps_its_column_role():
    got = _roles("责任单位栏列有多个单位的，排在第一位的为牵头单位，其余为配合单位。")
    assert got == [
        (["县秦岭办"], [], ["县自然资源局", "相关镇政府"]),
        ([], ["市生态环境局周至分局"], []),
        (["县住建局"], [], ["县发改局"]),
    ]


def test_an_unconditional_sentence_makes_a_lone_unit_lead_and_the_others_stay_responsible():
    got = _roles("列第一位者为牵头单位。")
    assert got == [
        (["县秦岭办"], ["县自然资源局", "相关镇政府"], []),
        (["市生态环境局周至分局"], [], []),
        (["县住建局"], ["县发改局"], []),
    ]
