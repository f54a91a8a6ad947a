"""The same notice in the formats a site may serve it in gives the same sections, measures, deadlines and
targets. The fixtures under tests/fixtures/renditions/ were made once with LibreOffice by
scripts/format_invariance.py's conversions (the .html written by hand as a portal page; .docx/.rtf its
LibreOffice renditions); LibreOffice is not needed here."""

from __future__ import annotations

from pathlib import Path

import pytest

import notice_parser

HERE = Path(__file__).parent / "fixtures" / "renditions"


def _rows(path: Path) -> list[tuple]:
    doc = notice_parser.parse(path)
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.supporting_units],
            [d.date for d in m.deadlines],
            [(t.value, t.unit) for t in m.targets],
        )
        for m in doc.measures
    ]


@pytest.mark.parametrize("ext", ["html", "docx", "rtf"])
def test_a_pages_metadata_box_takes_no_table_number(ext: str) -> None:
    """A portal page saved into Word keeps its 信息公开 box (索引号 | 主题分类 | 发文字号 …) as a table
    before the notice; it is no task table, so the task table below is still table1 (as in the page)."""
    assert _rows(HERE / f"page-with-metadata-box.{ext}") == [
        ("table1.row1", ["县交通运输局"], ["县财政局"], ["2026-10-31"], [(120.0, "公里")]),
        ("table1.row2", ["县交通运输局"], ["各乡镇人民政府"], ["2026-12-31"], [(85.0, "%")]),
        ("table1.row3", ["县交通运输局"], ["县应急管理局"], ["2026-09-30"], [(8.0, "座")]),
    ]
    doc = notice_parser.parse(HERE / f"page-with-metadata-box.{ext}")
    assert doc.notice.doc_number == "青政办发〔2026〕7号"


def _sections(doc) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def walk(sections) -> None:
        for s in sections:
            out.append((s.id, s.heading))
            walk(s.children)

    walk(doc.sections)
    return out


@pytest.mark.parametrize("ext", ["html", "docx", "doc"])
def test_a_list_in_a_list_numbered_alike_nests_in_word_as_on_the_page(ext: str) -> None:
    """LibreOffice saves an HTML <ol> inside an <ol> as Word numbering whose two levels are both %N.
    (Word draws the inner one indented); the .docx reads 1. under 1. as the page does, not as 1., 1., 2."""
    doc = notice_parser.parse(HERE / f"nested-lists.{ext}")
    assert _sections(doc) == [
        ("1", "重点任务"),
        ("1.1", "提升村庄风貌"),
        ("1.1.1", "推进农房改造，2026年6月底前完成农房改造200户"),
        ("1.1.2", "整治村道，硬化村道50公里以上"),
        ("1.2", "改善人居环境"),
        ("2", "保障措施"),
    ]
    assert [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures] == [
        ("1.1.1", ["县住建局"], ["各乡镇"]),
        ("1.1.2", ["县交通运输局"], ["县财政局"]),
        ("1.2", ["县生态环境分局"], []),
    ]
    assert [(d.section_id, d.kind, str(d.date)) for d in doc.deadlines] == [
        ("1.1", "by", "2026-12-31"),
        ("1.1.1", "by", "2026-06-30"),
    ]
    assert [(t.section_id, t.value, t.unit) for t in doc.targets] == [
        ("1.1", 30.0, "个"),
        ("1.1.1", 200.0, "户"),
        ("1.1.2", 50.0, "公里"),
        ("1.2", 90.0, "%"),
    ]


def test_an_rtf_list_in_a_list_numbered_alike_nests_as_on_the_page() -> None:
    """tests/redteam3/deqing's page (an <ol> of <ol>s, both 1. 2. 3.) saved by LibreOffice as RTF
    (scripts/make_table_renditions.py): each paragraph names its list and level (\\ls3\\ilvl1) after its
    {\\listtext 1.} marker; a level numbered like a level above it is read indented under it, as the
    .docx reader does, so 1. under 1. is 2.1.1 as on the page, not a sibling 2.2."""
    page = notice_parser.parse(Path(__file__).parent / "redteam3" / "deqing-2025-weilai-xiangcun.html")
    rtf = notice_parser.parse(HERE / "deqing-lists.rtf")
    assert _sections(rtf) == _sections(page)
    assert (
        "2.1.1",
        "推进莫干山民宿集聚区提质升级，高等级民宿达到120家以上，2025年12月31日前完成民宿服务标准修订",
    ) in _sections(rtf)
    assert [(m.id, [u.name for u in m.lead_units]) for m in rtf.measures][:4] == [
        ("2.1.1", ["县文化和广电旅游体育局"]),
        ("2.1.2", ["县农业农村局"]),
        ("2.1.3", ["县自然资源和规划局"]),
        ("2.2", ["县住建局"]),
    ]
