"""A table cell whose writer broke a unit's name after its owner (市委<br>宣传部, 市政府<br>办公室) names one unit:
a party department or an office names no one without the committee or government before it. Two lines that
each name a unit of their own (市委<br>市政府, 市委宣传部<br>市文明办) stay two units."""

from __future__ import annotations

from conftest import id_roles

import notice_parser

PAGE = (
    '<html><head><meta charset="utf-8"></head><body><p>某市人民政府办公室关于印发某方案的通知</p>'
    '<p>一、任务分工</p><table border="1"><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>责任单位</td>'
    "<td>完成时限</td></tr>{rows}</table></body></html>"
)


def _rows(*cells: tuple[str, str]) -> list:
    rows = "".join(
        f"<tr><td>{k}</td><td>开展文明创建</td><td>{lead}</td><td>{resp}</td><td>2025年底前</td></tr>"
        for k, (lead, resp) in enumerate(cells, 1)
    )
    doc = notice_parser.parse(PAGE.replace("{rows}", rows).encode(), format="html")
    return [m[1:] for m in id_roles(doc)]


def test_a_name_broken_after_its_owner_is_one_unit():
    got = _rows(
        ("市委<br>宣传部", "各区县（市）、各有关单位"),
        ("市政府<br>办公室", "市委<br>组织部<br>市财政局"),
        ("市委<br>市政府", "市委宣传部<br>市文明办"),
    )
    assert got == [
        (["市委宣传部"], ["各区县（市）", "各有关单位"], []),
        (["市政府办公室"], ["市委组织部", "市财政局"], []),
        (["市委", "市政府"], ["市委宣传部", "市文明办"], []),
    ]
