"""A writing tool's box that wraps the body (REVIEW14 item 5): a box whose text opens with a chapter (一、, 第一章) is
the body set off by the tool's layout, not a 专栏 beside it, so its chapter, its items and their clauses stay the
body's sections and measures. At 4189d45 every box's numbered items were dropped from the sections, so a box that
opened with 一、 lost that chapter, and, with no section before it, its measures too (5月31日前 had no section). A
box whose text is a list beside the body (语雀 :::warning 重点任务 ⏎ 1. … under 一、) is still a box: its items are
no sections, its clauses the section's measures (1-1, 1-2), as the contract says.
"""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections

HEAD = "# 关于做好2026年防汛工作的通知\n\n各乡镇人民政府，县直各单位：\n\n"
TAIL = "\n二、加强物资储备\n\n6月15日前补充储备物资（县发展改革局负责）。\n\n某县人民政府办公室\n2026年4月1日\n"
ITEMS = ["1. 5月31日前完成隐患排查（@县应急管理局 牵头，@县水利局 配合）。", "2. 汛期实行24小时值班，值班率达到100%。"]


def parse(tmp_path, text: str):
    path = tmp_path / "notice.md"
    path.write_text(text, encoding="utf-8")
    return notice_parser.parse(path)


def summary(doc):
    return (
        [s.id for s in walk_sections(doc.sections)],
        [(m.id, [u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units]) for m in doc.measures],
        [(d.section_id, d.date) for d in doc.deadlines if d.kind == "by"],
    )  # fmt: skip


EXPECTED = (
    ["1", "1.1", "1.2", "2"],
    [("1.1", ["县应急管理局"], [], ["县水利局"]), ("2", [], ["县发展改革局"], [])],
    [("1.1", "2026-05-31"), ("2", "2026-06-15")],
)


def indented(lines: list[str], prefix: str) -> str:
    return "".join(f"{prefix}{ln}\n" if ln else f"{prefix.rstrip()}\n" for ln in lines)


@pytest.mark.parametrize(
    "box",
    [
        # MkDocs (Material) admonition: the reviewer's v/m1.md
        '!!! note "工作要求"\n' + indented(["一、压实防汛责任", "", *ITEMS], "    "),
        # a collapsible one, the chapter as a heading inside
        '??? tip "工作要求"\n' + indented(["## 一、压实防汛责任", "", *ITEMS], "    "),
        # 语雀 / VuePress / Docusaurus container
        ":::info\n" + indented(["一、压实防汛责任", "", *ITEMS], "") + ":::\n",
        # Obsidian / GitHub callout, the chapter in bold
        "> [!note] 工作要求\n" + indented(["**一、压实防汛责任**", "", *ITEMS], "> "),
    ],
    ids=["admonition", "collapsible-heading", "container", "callout-bold"],
)
def test_a_box_that_opens_with_a_chapter_is_the_body(tmp_path, box):
    assert summary(parse(tmp_path, HEAD + box + TAIL)) == EXPECTED


def test_the_same_notice_without_the_box_reads_the_same(tmp_path):
    plain = HEAD + "一、压实防汛责任\n\n" + "\n".join(ITEMS) + "\n" + TAIL
    assert summary(parse(tmp_path, plain)) == EXPECTED


def test_a_box_beside_the_body_keeps_its_items_out_of_the_sections(tmp_path):
    text = (
        HEAD
        + "## 一、压实防汛责任\n\n到2026年底，完成全部隐患整治。\n\n:::warning\n**重点任务**\n\n"
        + "\n".join(ITEMS)
        + "\n:::\n"
        + TAIL
    )
    sections, measures, _ = summary(parse(tmp_path, text))
    assert sections == ["1", "2"]
    assert measures == [("1", ["县应急管理局"], [], ["县水利局"]), ("2", [], ["县发展改革局"], [])]
