"""An attachment list read whole however it is set out: bulleted (- 附件1：X, • 附件2：Y, 附件： ⏎ - X ⏎ - Y, as
Markdown exports and writing tools write it), numbered on the lines below (附件：1.X ⏎ 2.Y), or with unnumbered
titles set under the first (附件：X ⏎ 　　　Y)."""

from __future__ import annotations

import pytest

from notice_parser import parse

HEAD = (
    "某市人民政府办公室关于印发某市2026年农村公路工作方案的通知\n\n各县区人民政府，市直有关部门：\n"
    "　　现将《某市2026年农村公路工作方案》印发给你们，请认真贯彻落实。\n\n"
)
TAIL = "\n\n某市人民政府办公室\n2026年3月5日\n\n某市2026年农村公路工作方案\n一、总体要求\n（一）加强组织领导。（市交通运输局牵头）\n"
X, Y, Z = "某市2026年农村公路建设任务分解表", "某市农村公路养护考核细则", "某市农村公路建设项目清单"

LISTS = [
    (f"- 附件1：{X}\n- 附件2：{Y}", [X, Y]),
    (f"• 附件1：{X}\n• 附件2：{Y}\n• 附件3：{Z}", [X, Y, Z]),
    (f"* 附件1：{X}\n* 附件2：{Y}", [X, Y]),
    (f"　　附件：1.{X}\n　　　　　　2.{Y}\n　　　　　　3.{Z}", [X, Y, Z]),
    (f"附件：1.{X}\n2.{Y}", [X, Y]),
    (f"　　附件：{X}\n　　　　　　{Y}", [X, Y]),
    (f"　　附件：{X}\n　　　　　　{Y}\n　　　　　　{Z}", [X, Y, Z]),
    (f"附件：\n- {X}\n- {Y}", [X, Y]),
    ("　　附件：某市2026年农村公路建设任务分\n　　　　　　解表", [X]),  # a wrapped title stays one
    (f"　　附件：{X}", [X]),
]


def _titles(att: str, fmt: str) -> list[str]:
    doc = parse((HEAD + att + TAIL).encode(), format=fmt)
    return [a.title for a in doc.notice.attachments]


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize(("att", "expected"), LISTS)
def test_every_title_of_the_list_is_read(att, expected, fmt):
    assert _titles(att, fmt) == expected


def test_titles_in_brackets_set_under_the_first_are_read():
    got = _titles(f"　　附件：《{X}》\n　　　　　　《{Y}》", "txt")
    assert len(got) == 2 and X in got[0] and Y in got[1]


def test_a_line_after_a_blank_line_or_not_set_under_the_list_is_no_title():
    assert _titles(f"　　附件：{X}\n\n　　　　　　{Y}", "txt") == [X]  # (a blank line: the list has ended)
    assert _titles(f"　　附件：{X}\n{Y}", "txt") == [X]  # (not indented under the first title)
    assert _titles(f"　　附件：{X}\n　　　　　　请各地于3月底前报送。", "txt") == [X]  # (a sentence)


def test_a_bullet_list_in_the_body_is_no_attachment():
    att = f"　　附件：{X}"
    body = "\n- 加强组织领导\n- 强化资金保障"
    assert _titles(att + body, "md") == [X]
