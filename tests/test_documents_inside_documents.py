"""Documents inside documents: a 转发通知 that forwards a notice in full, a 会议纪要's 议定事项, a notice issuing a 方案,
a 督查通报 with its 问题清单. The contract numbers the sections of each document whose numbering starts again at
一、 under the document's order (the cover's 一、 is 1.1, the forwarded notice's 一、（二） is 2.1.2).

The 转发通知 variants are invented (after redteam14 puxi): the cover with two requirements of its own, with one (its
一、 has run to 1 only: the forwarded notice's title line, 文号 and 主送 start the second document all the same),
with none (one numbered document: no prefix), and a forwarded notice that itself issues a 方案 (three parts). Round
14's documents of the family keep the sections their golds give (tests/gold/redteam14, id and heading).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import notice_parser
from notice_parser.model import walk_sections

ROOT = Path(__file__).resolve().parent

COVER = """蒲溪县人民政府办公室关于转发《琪州市人民政府办公室关于做好冬春森林防火工作的通知》的通知
蒲政办发〔2026〕41号
各乡镇人民政府，县直有关部门：
现将《琪州市人民政府办公室关于做好冬春森林防火工作的通知》（琪政办发〔2026〕87号）转发给你们，{lead}
{items}蒲溪县人民政府办公室
2026年11月20日
"""
LEAD = "并提出以下补充意见，请一并贯彻落实。"
ITEMS = (
    "一、压实防火责任。各乡镇要逐级签订防火责任书。（县林业局牵头，各乡镇人民政府负责）\n",
    "二、加强火源管控。清明前后实行24小时巡查。（县公安局负责，县林业局配合）\n",
)
FORWARDED = """琪州市人民政府办公室关于做好冬春森林防火工作的通知
琪政办发〔2026〕87号
各县（市、区）人民政府，市政府各部门：
为切实做好冬春森林防火工作，现就有关事项通知如下：
一、强化组织领导
（一）落实防火责任制。各地要于12月10日前完成责任书签订。（牵头单位：市林业局；责任单位：各县〔市、区〕人民政府）
（二）开展隐患排查。每月开展一次隐患排查。（牵头单位：市应急管理局；配合单位：市林业局）
二、强化应急处置
（一）完善预案。于2027年1月底前修订完善预案。（市林业局负责）
{annex}琪州市人民政府办公室
2026年11月15日
{plan}"""
PLAN = """琪州市冬春森林防火工作方案
一、工作目标
森林火灾受害率控制在0.9‰以下。
二、重点任务
（一）加强宣传。于12月底前完成宣传进村入户。（市林业局负责）
"""


def _forward(items: int, *, plan: bool = False) -> str:
    cover = COVER.format(lead=LEAD if items else "请认真贯彻落实。", items="".join(ITEMS[:items]))
    annex = "附件：琪州市冬春森林防火工作方案\n" if plan else ""
    return cover + FORWARDED.format(annex=annex, plan=PLAN if plan else "")


def _sections(doc) -> list[tuple[str, str]]:
    return [(s.id, s.heading) for s in walk_sections(doc.sections)]


FORWARDED_SECTIONS = [
    ("2.1", "强化组织领导"),
    ("2.1.1", "落实防火责任制"),
    ("2.1.2", "开展隐患排查"),
    ("2.2", "强化应急处置"),
    ("2.2.1", "完善预案"),
]


def test_a_forwarding_cover_with_requirements_of_its_own_is_the_first_document():
    doc = notice_parser.parse_text(_forward(2))
    assert _sections(doc) == [("1.1", "压实防火责任"), ("1.2", "加强火源管控"), *FORWARDED_SECTIONS]
    assert [m.id for m in doc.measures] == ["1.1", "1.2", "2.1.1", "2.1.2", "2.2.1"]
    assert (doc.notice.doc_number, doc.notice.date) == ("蒲政办发〔2026〕41号", "2026-11-20")


def test_a_cover_with_one_requirement_still_starts_the_forwarded_notice_at_its_title():
    doc = notice_parser.parse_text(_forward(1))
    assert _sections(doc) == [("1.1", "压实防火责任"), *FORWARDED_SECTIONS]
    assert [m.id for m in doc.measures] == ["1.1", "2.1.1", "2.1.2", "2.2.1"]
    assert doc.warnings == []


def test_a_cover_without_numbered_text_leaves_one_numbered_document():
    doc = notice_parser.parse_text(_forward(0))
    assert _sections(doc) == [(i[2:], h) for i, h in FORWARDED_SECTIONS]


def test_a_forwarded_notice_issuing_a_plan_makes_three_parts():
    doc = notice_parser.parse_text(_forward(2, plan=True))
    assert [i for i, _ in _sections(doc)] == [
        "1.1",
        "1.2",
        *(i for i, _ in FORWARDED_SECTIONS),
        "3.1",
        "3.2",
        "3.2.1",
    ]
    assert [m.id for m in doc.measures][-1] == "3.2.1"


ROUND14 = [
    "puxi-2026-zhuanfa-senlin-fanghuo.html",
    "qiming-2026-zhongdian-xiangmu-huiyi-jiyao.docx",
    "puling-2026-bianmin-shenghuoquan-fangan.md",
    "panjiang-2026-ranqi-anquan-ducha-tongbao.txt",
    "shamei-2026-laojiu-xiaoqu-gaizao-kaohe-banfa.txt",
    "sutang-2026-jiceng-yiliao-nengli-tisheng-fangan.docx",
]


@pytest.mark.parametrize("name", ROUND14)
def test_round14_documents_keep_the_sections_of_their_gold(name):
    doc = notice_parser.parse(ROOT / "redteam14" / name)
    gold = json.loads((ROOT / "gold" / "redteam14" / f"{Path(name).stem}.gold.json").read_text(encoding="utf-8"))
    # (a heading as the scorer compares it: without spaces and closing punctuation)
    got = [(i, "".join(h.split()).rstrip(_CLOSERS)) for i, h in _sections(doc)]
    assert got == [(s["id"], s["heading"].rstrip(_CLOSERS)) for s in gold["sections"]]


_CLOSERS = "：:；;。"
