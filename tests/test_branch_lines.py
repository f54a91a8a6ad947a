"""A table cell that breaks a branch's name after its parent organ (市生态环境局<p>柏坪分局, round 18 baiping's
Word table) names one unit; two lines that each name a unit stay two."""

from __future__ import annotations

import notice_parser

_PAGE = """<html><body>
<p>关于印发某县农村生活污水治理实施方案的通知</p>
<p>一、重点任务</p>
<table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>编制治理村建设方案</td><td><p>{lead}</p></td><td>各乡镇人民政府</td><td>2025年5月底前</td></tr>
<tr><td>2</td><td>开展设施运行巡查</td><td><p>县住建局</p></td><td>各乡镇人民政府</td><td>每季度</td></tr>
</table>
</body></html>"""


def _leads(cell: str) -> list[str]:
    doc = notice_parser.parse(_PAGE.format(lead=cell).encode("utf-8"), format="html")
    row = next(m for m in doc.measures if m.id.endswith("row1"))
    return [u.name for u in row.lead_units]


def test_a_branch_on_the_line_under_its_parent_is_one_unit():
    assert _leads("市生态环境局</p><p>柏坪分局") == ["市生态环境局柏坪分局"]
    assert _leads("市税务局</p><p>城南分局") == ["市税务局城南分局"]


def test_two_lines_that_each_name_a_unit_stay_two():
    assert _leads("市生态环境局柏坪分局</p><p>县农业农村局") == ["市生态环境局柏坪分局", "县农业农村局"]
    assert _leads("县发展改革局</p><p>县财政局") == ["县发展改革局", "县财政局"]
    # a branch named by its field, not a place (redteam13 tingan: 应急管理局⏎市场监管分局), is a unit of its own
    assert _leads("应急管理局</p><p>市场监管分局") == ["应急管理局", "市场监管分局"]
