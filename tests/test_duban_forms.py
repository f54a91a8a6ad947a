"""Key–value forms of several items (extract/cards.py): a 督办通知单 / 督办单 is one two-column table with no header
row — the form's own 督办依据, then per item a name row (事项一 | 关于…), 督办事项 | …, 承办单位 | 牵头：… ⏎ 配合：…,
办理时限 | …, 督办要求 | 1.… ⏎ 2.… — and a blank 回执 to fill in after it. Each numbered item is a section with the
number its key or its name gives (事项三 → 3, 一、加快… → 1), its measure the 承办单位 cell's roles (id = the section's),
and the 1. 2. items its 督办要求 cell lists one a line are its sections (3.1, 3.2); unnumbered items are the rows of
one table (table1.row1, table1.row2), as a 任务卡 of several tasks is. The 回执's labels beside blank cells head no
column. Invented fixtures, in the shapes such forms are written (a Word table, the same as a page's table)."""

from __future__ import annotations

import pytest
from conftest import id_roles
from form_parts import form_docx, form_html

import notice_parser
from notice_parser.model import walk_sections

HEAD = ["某某市人民政府督查室", "督办通知单", "某督〔2026〕第8号", "市住房和城乡建设局，市生态环境局，各区人民政府："]
PREAMBLE = "现将市政府常务会议议定事项交由你单位办理，请按要求抓好落实。"
ITEMS = [
    (
        "关于加快推进老旧小区改造",
        "2026年完成老旧小区改造18个，惠及居民5200户。",
        "牵头：市住房和城乡建设局\n配合：市财政局、市自然资源和规划局\n参与：各区人民政府",
        "2026年6月30日前开工；2026年11月30日前完工",
        ["1.牵头单位在收到本通知单之日起5个工作日内制定工作方案。", "2.每月25日前报送进展情况。"],
    ),
    (
        "关于整治城区黑臭水体",
        "排查发现城区黑臭水体3条，群众投诉12件次。",
        "牵头：市生态环境局\n落实：凤城区人民政府\n市水利局按职责分工负责",
        "2026年9月30日前",
        ["1.水质达标率达到100%。", "2.每周开展一次巡河。", "3.办结后10日内书面报告。"],
    ),
]
WANT_UNITS = [
    (["市住房和城乡建设局"], [], ["市财政局", "市自然资源和规划局", "各区人民政府"]),
    (["市生态环境局"], ["凤城区人民政府", "市水利局"], []),
]
RECEIPT = [
    ["承办单位（盖章）", "", "填报日期", ""],
    ["督办事项", "□事项一　□事项二", "办理状态", "□已办结　□正在办理"],
    ["单位负责人（签字）", "", "经办人及电话", ""],
]
NAME_KEYS = {"事项": ["事项一", "事项二"], "第项": ["第一项", "第二项"], "任务": ["任务1", "任务2"]}


def _form_rows(name_keys: list[str] | None, numbered_matter: bool = False) -> list[tuple[str, str]]:
    rows = [("督办依据", "市政府第12次常务会议纪要")]
    for n, (name, matter, units, due, asks) in enumerate(ITEMS):
        if name_keys is not None:
            rows.append((name_keys[n], name))
        rows += [
            ("督办事项", ("一、二、"[2 * n : 2 * n + 2] if numbered_matter else "") + matter),
            ("承办单位", units),
            ("办理时限", due),
            ("督办要求", "\n".join(asks)),
        ]
    rows.append(("联系人", "市政府督查室　王某　电话：0000-1234567"))
    return rows


_AFTER = ["某某市人民政府督查室", "2026年4月10日", "督办事项办理情况回执"]


def _docx(rows: list[tuple[str, str]]) -> bytes:
    return form_docx([*HEAD, PREAMBLE], rows, _AFTER, RECEIPT)


def _html(rows: list[tuple[str, str]]) -> bytes:
    return form_html([*HEAD, PREAMBLE], rows, _AFTER, RECEIPT)


def _parse(fmt: str, rows: list[tuple[str, str]]):
    data = _docx(rows) if fmt == "docx" else _html(rows)
    return notice_parser.parse(data, format=fmt)


def _deadlines(doc) -> set[tuple[str | None, str, str | None]]:
    return {(d.section_id, d.kind, getattr(d, "date", None) or getattr(d, "period", None)) for d in doc.deadlines}


@pytest.mark.parametrize("keys", sorted(NAME_KEYS))
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_numbered_items_are_sections_with_their_requirements(fmt, keys):
    doc = _parse(fmt, _form_rows(NAME_KEYS[keys]))
    assert doc.notice.doc_number == "某督〔2026〕第8号"
    assert doc.notice.date == "2026-04-10"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "关于加快推进老旧小区改造"),
        ("1.1", "牵头单位在收到本通知单之日起5个工作日内制定工作方案"),
        ("1.2", "每月25日前报送进展情况"),
        ("2", "关于整治城区黑臭水体"),
        ("2.1", "水质达标率达到100%"),
        ("2.2", "每周开展一次巡河"),
        ("2.3", "办结后10日内书面报告"),
    ]
    got = [(i, sorted(a), sorted(b), sorted(c)) for i, a, b, c in id_roles(doc)]
    assert got == [(str(n), sorted(a), sorted(b), sorted(c)) for n, (a, b, c) in enumerate(WANT_UNITS, start=1)]
    found = _deadlines(doc)
    assert {
        ("1", "by", "2026-06-30"),
        ("1", "by", "2026-11-30"),
        ("1.2", "recurring", "month"),
        ("2", "by", "2026-09-30"),
        ("2.2", "recurring", "week"),
    } <= found
    targets = {(t.section_id, t.value, t.unit) for t in doc.targets}
    assert ("1", 18, "个") in targets and ("2.1", 100, "%") in targets
    # the 回执 names no unit: 督办事项 is a label, no 承办单位
    assert not [m for m in doc.measures if m.id.startswith("table")]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_items_numbered_in_their_matter(fmt):
    # no name rows: the 督办事项 cell carries the item's number (一、…)
    doc = _parse(fmt, _form_rows(None, numbered_matter=True))
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3"]
    assert [m[0] for m in id_roles(doc)] == ["1", "2"]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_unnumbered_items_are_a_tables_rows(fmt):
    doc = _parse(fmt, _form_rows(None))
    got = [(i, sorted(a), sorted(b), sorted(c)) for i, a, b, c in id_roles(doc)]
    assert got == [
        (f"table1.row{n}", sorted(a), sorted(b), sorted(c)) for n, (a, b, c) in enumerate(WANT_UNITS, start=1)
    ]
    assert not doc.sections


def test_task_cards_of_several_tasks_under_the_same_keys():
    # a 任务卡 table of several tasks one after another (任务名称 | 牵头单位 | 责任单位 | 完成时限 ×2)
    rows = [
        ("任务名称", "1.建设县级物流配送中心"),
        ("牵头单位", "县商务局"),
        ("配合单位", "县交通运输局"),
        ("完成时限", "2026年9月底前"),
        ("任务名称", "2.建设乡镇快递服务站"),
        ("牵头单位", "县邮政管理局"),
        ("配合单位", "各乡镇人民政府"),
        ("完成时限", "2026年12月底前"),
    ]
    doc = _parse("html", rows)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "建设县级物流配送中心"),
        ("2", "建设乡镇快递服务站"),
    ]
    assert id_roles(doc) == [
        ("1", ["县商务局"], [], ["县交通运输局"]),
        ("2", ["县邮政管理局"], [], ["各乡镇人民政府"]),
    ]
    assert {("1", "by", "2026-09-30"), ("2", "by", "2026-12-31")} <= _deadlines(doc)
