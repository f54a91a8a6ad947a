"""Notations the spreadsheet 台账 of tests/redteam24 brought out that any format may carry (the sheets' own reading is
tests/test_readers_sheet.py; the targets, header and attachment lines are in tests/cases/*.txt):

* a table's note 未注明年份的…均为2026年 writes 注明 and 年份: no 明年 (next year) in it (huacen 注 4), nor in
  标明年度, 写明年份, 载明年份; 明年 after any other character is still the next year;
* an Excel page's last cells: its 说明 and the signature typed after it (the signature on one line:
  柘湾镇人民政府　2026年4月8日) give the issuer, as a signature in the text does (zhewan).
"""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.extract.context import Context, Region
from notice_parser.extract.deadlines import find_deadlines


def _deadlines(phrase: str, year: int = 2026) -> list[tuple[str, str | None]]:
    ctx = Context(phrase, year)
    return [(d.kind, getattr(d, "date", None)) for d in find_deadlines(ctx, Region(0, len(phrase), "1"))]


@pytest.mark.parametrize(
    "phrase",
    [
        "未注明年份的进展数据均为当年数据",
        "完成时限未标明年度的，以表中日期为准",
        "请在备注栏写明年份和月份",
        "合同中应载明年限和金额",
        "请说明年度计划完成情况",
    ],
)
def test_a_verb_in_ming_before_nian_is_no_next_year(phrase):
    assert _deadlines(phrase) == []


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("明年6月底前完成验收", "2027-06-30"),
        ("力争明年底前全面完成", "2027-12-31"),
        ("确保明年6月底前建成", "2027-06-30"),
    ],
)
def test_next_year_is_still_read(phrase, due):
    assert _deadlines(phrase) == [("by", due)]


@pytest.mark.parametrize(
    "signature",
    ["柘湾镇人民政府　2026年4月8日", "柘湾镇人民政府  2026年4月8日", "柘湾镇人民政府\n2026年4月8日"],
)
def test_an_excel_page_signature_after_its_notes_is_the_issuer(signature):
    rows = (
        "<tr><td colspan=4>柘湾镇落实县级生态环境保护督察反馈问题整改清单</td></tr>"
        "<tr><td colspan=2>填报单位（盖章）：柘湾镇督察整改工作领导小组办公室</td><td colspan=2>填报时间：2026年4月8日</td></tr>"
        "<tr><td>序号</td><td>存在问题</td><td>责任单位</td><td>整改时限</td></tr>"
        "<tr><td>1</td><td>部分村庄生活污水直排</td><td>镇建设环保办</td><td x:num='46295'>2026/9/30</td></tr>"
        "<tr><td>2</td><td>秸秆露天焚烧时有发生</td><td>镇农业综合服务中心</td><td>2026年6月底前</td></tr>"
        "<tr><td colspan=4>说明：1.各责任单位每月25日前报送整改进展。<br style='mso-data-placement:same-cell'/>"
        f"2.整改完成一项、销号一项。<br style='mso-data-placement:same-cell'/>{signature.replace(chr(10), '<br>')}</td></tr>"
    )
    page = (
        "<html xmlns:x='urn:schemas-microsoft-com:office:excel'><head><meta charset=utf-8>"
        f"<meta name=ProgId content=Excel.Sheet></head><body><table>{rows}</table></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert doc.notice.issuers == ["柘湾镇人民政府"]
    assert doc.notice.date == "2026-04-08"
    assert doc.text.split("\n")[:2] == [
        "柘湾镇落实县级生态环境保护督察反馈问题整改清单",
        "填报单位（盖章）：柘湾镇督察整改工作领导小组办公室\u3000\u3000填报时间：2026年4月8日",
    ]
    assert [m.id for m in doc.measures] == ["table1.row1", "table1.row2"]
    assert [d.date for d in doc.measures[0].deadlines] == ["2026-09-30"]


@pytest.mark.parametrize(
    ("cell", "raw"), [("42座", "42座"), ("9条", "9条"), ("1,800座", "1,800座"), ("12个示范村", "12个示范村")]
)
def test_a_count_in_a_table_cell_ends_at_the_cell(cell, raw):
    """A count's counted noun never runs into the next cell (huacen: 42座 | 已完成40座 gave the raw 42座⏎tab)."""
    rows = [
        "序号,工作任务,牵头单位,完成时限,目标值,进展情况",
        f'1,建设农村公共厕所,县住房城乡建设局,2026/9/30,"{cell}",已完成40座',
    ]
    doc = notice_parser.parse("\r\n".join(rows).encode("gb18030"), format="csv")
    assert [t.raw for t in doc.targets] == [raw]
