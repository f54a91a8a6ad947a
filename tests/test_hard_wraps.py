"""A hard-wrapped text (a gazette's pages saved as text, every line cut at one width): a line break where a
line goes on ends no sentence for the targets rule, and a number or its unit cut by it is one quantity
(比例达到40⏎%以上, 数字化车间20⏎0家). The lines are tests/redteam9/jiangling-2025-shebei-gengxin-yijiuhuanxin.txt's;
a text of one paragraph per line, and a table's tab lines, have no such break."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.context import Context
from notice_parser.extract.targets.sentences import hard_wraps

HERE = Path(__file__).parent
JIANGLING = HERE / "redteam9" / "jiangling-2025-shebei-gengxin-yijiuhuanxin.txt"


def _lines(first: int, last: int) -> str:
    lines = JIANGLING.read_text("utf-8").split("\n")
    return "\n".join(lines[first - 1 : last]) + "\n"


def test_the_wrapped_lines_of_a_gazette_go_on():
    text = _lines(30, 50)
    wraps = hard_wraps(Context(text))
    cut = text.index("达到40\n") + len("达到40")
    assert cut in wraps  # 比例达到40⏎%以上
    assert text.index("负责）\n") + len("负责）") not in wraps  # a clause closes its paragraph
    assert text.index("2025年第7期\n") + len("2025年第7期") not in wraps  # a running head is short
    assert text.index("落实）\n（二）") + len("落实）") not in wraps


def test_a_number_and_a_unit_cut_by_the_wrap_are_one_quantity():
    doc = notice_parser.parse(JIANGLING)
    got = {(t.section_id, t.value, t.unit, t.comparator) for t in doc.targets}
    assert ("2.1.4", 40, "%", ">=") in got  # 更新比例达到40⏎%以上
    assert ("2.5", 200, "家", ">=") in got  # 数字化车间20⏎0家
    assert not any(t.value == 0 and t.unit == "家" for t in doc.targets)
    cut = next(t for t in doc.targets if t.section_id == "2.5" and t.value == 200)
    assert cut.raw.endswith("20\n0家") and doc.text[cut.span[0] : cut.span[1]] == cut.raw


def test_one_paragraph_per_line_has_no_wraps():
    text = (HERE.parent / "corpora" / "anhui-2021-industrial-internet.txt").read_text("utf-8")
    assert hard_wraps(Context(text)) == frozenset()


def test_table_lines_and_digits_on_the_next_line_are_no_wrap():
    # lines cut at one width, but a table's (tab) lines ending in a value before a row's 序号 stay apart
    body = _lines(30, 50)
    table = "序号\t任务\t目标值\n1\t职业院校实训设备更新比例达到（%）的年度目标值为\t85\n2\t每年新增省级智能工厂和数字化车间\t200\n"
    doc = notice_parser.parse_text("一、目标\n" + body + table)
    assert not any(t.value in (852, 2002) for t in doc.targets)


QINZHOU = HERE / "redteam4" / "qinzhou-2025-laji-fenlei-pdf.txt"


def test_a_page_cut_every_so_many_characters_is_wrapped_too():
    # pdftotext cut qinzhou-2025-laji-fenlei-pdf every 28 characters: its lines with digits are narrower in
    # columns (替换率达到100 ⏎ %, 不低于350 ⏎ 0万元, 补贴13 ⏎ 00万元)
    doc = notice_parser.parse(QINZHOU)
    got = {(t.section_id, t.value, t.unit) for t in doc.targets}
    assert ("2.1.2", 100, "%") in got
    assert ("3.2", 35_000_000, "元") in got
    assert not any(t.value == 0 for t in doc.targets)
