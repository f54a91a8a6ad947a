"""①② lines under a 1. or a （一）: sections when each item is a task of its own (a sentence with its own clause), the
points of one task when the run reads so — an item but the last ends in ；, or the run is followed by lines of labels
the points share (牵头单位：…, 【责任单位】…: tongan-2025, red team 9). Under a （1） they are always a level of sections
(nanan-liucheng-2025, red team 4). Review 11, item 3."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections

HEAD = (
    "某县人民政府办公室关于印发某县教育发展工作方案的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n2026年3月5日\n一、重点任务\n"
)


def _read(body: str) -> tuple[list[str], list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    doc = notice_parser.parse_text(HEAD + body)
    ids = [s.id for s in walk_sections(doc.sections)]
    return (
        ids,
        [(d.raw, d.section_id) for d in doc.deadlines],
        [
            (u.name, m.section_id)
            for m in doc.measures
            for u in (*m.lead_units, *m.responsible_units, *m.supporting_units)
        ],
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1.推进学校建设。", "2.加强师资建设。"),  # the reviewer's repro
        ("1、推进学校建设。", "2、加强师资建设。"),
        ("（一）推进学校建设。", "（二）加强师资建设。"),
    ],
)
def test_items_with_their_own_clauses_are_sections(first, second):
    ids, deadlines, units = _read(
        f"{first}\n①新建城东小学，8月底前竣工（县教育局牵头，县住建局配合）。\n"
        f"②改造薄弱学校12所，10月底前完成（县教育局负责）。\n{second}全年招聘教师100名（县人社局负责）。\n"
    )
    assert ids == ["1", "1.1", "1.1.1", "1.1.2", "1.2"]
    assert deadlines == [("8月底前", "1.1.1"), ("10月底前", "1.1.2")]
    assert ("县住建局", "1.1.1") in units and ("县教育局", "1.1.2") in units


@pytest.mark.parametrize(
    "points",
    [
        # ；-ended points, then the task's shared labels (tongan-2025)
        "①新建城东小学，8月底前竣工；\n②改造薄弱学校12所，10月底前完成。\n牵头单位：县教育局\n责任单位：县住建局\n",
        # full stops, but the shared label line follows the run
        "①新建城东小学，8月底前竣工。\n②改造薄弱学校12所，10月底前完成。\n完成时限：10月底前\n",
        # the label in 【】, indented points
        "　　①新建城东小学，8月底前竣工；\n　　②改造薄弱学校12所，10月底前完成。\n　　【责任单位】县教育局\n",
    ],
)
def test_points_of_one_task_stay_its_text(points):
    ids, deadlines, _ = _read(f"1.推进学校建设。\n{points}2.加强师资建设。全年招聘教师100名（县人社局负责）。\n")
    assert ids == ["1", "1.1", "1.2"]
    assert [sid for _, sid in deadlines] == ["1.1"] * len(deadlines)
    assert ("8月底前", "1.1") in deadlines


def test_points_under_a_parenthesised_item_are_sections():
    # nanan-liucheng-2025: ①；②；③。 under (3), then 责任人：… — a level of sections all the same
    ids, _, _ = _read(
        "（一）加强矛盾排查。\n（1）开展重点领域专项排查。每季度开展一次集中排查：\n①征地拆迁、房屋租赁引发的纠纷；\n"
        "②婚姻家庭、邻里关系纠纷；\n③劳资纠纷，春节前开展一次欠薪专项清查。\n责任人：街道副主任 洪丽娟  责任单位：党政办\n"
    )
    assert ids == ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.3"]
