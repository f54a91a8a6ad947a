"""A label's value wrapped onto lines that hang under it (an indent wider than a paragraph's, a unit
list and nothing else) is one value; each hanging line is a list of its own (tests/redteam6 tongyu
2.3-2, a WeChat copy)."""

from __future__ import annotations

from conftest import id_roles

import notice_parser


def _roles(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    return id_roles(notice_parser.parse_text(text))


def test_hanging_lines_continue_the_label_value():
    text = (
        "一、梯次推进农村生活污水治理\n"
        "● 实施重点村治理。新增完成污水治理行政村8个。\n"
        "责任单位：县生态环境分局（牵头）\n"
        "\u3000\u3000\u3000\u3000\u3000县财政局、县农业农村局\n"
        "\u3000\u3000\u3000\u3000\u3000相关乡镇人民政府\n"
        "完成时限：2025年11月30日前\n"
    )
    assert _roles(text) == [("1", ["县生态环境分局"], ["县财政局", "县农业农村局", "相关乡镇人民政府"], [])]


def test_a_paragraph_after_a_label_line_is_no_part_of_its_value():
    text = (
        "一、梯次推进农村生活污水治理\n"
        "（一）实施重点村治理。新增完成污水治理行政村8个。\n"
        "责任单位：县生态环境分局\n"
        "\u3000\u3000县财政局、县农业农村局要加强资金保障。\n"
        "（二）编制治理规划。\n"
        "责任单位：县住建局\n"
        "\u3000\u3000\u3000\u3000\u3000按季度调度推进情况\n"
    )
    assert _roles(text) == [("1.1", [], ["县生态环境分局"], []), ("1.2", [], ["县住建局"], [])]
