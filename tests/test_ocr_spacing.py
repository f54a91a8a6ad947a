"""A .txt from the OCR of a scanned notice (invented fixtures in tests/fixtures/ocr): letter-spaced header and
signature lines (关 于 印 发 …, 某 县 人 民 政 府 办 公 室), a space inside the markers (一 . / 二 、 / （ 一 ） /
( 二 ) / 1 、 / 2 . / １ ．), hard wraps mid-sentence and a page number — 3 — cutting a paragraph."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.model import walk_sections

FIXTURES = Path(__file__).parent / "fixtures" / "ocr"


def _parse(name: str):
    return notice_parser.parse_text((FIXTURES / name).read_text(encoding="utf-8"))


def _outline(doc) -> list[tuple[str, str]]:
    return [(s.id, s.heading) for s in walk_sections(doc.sections)]


def test_spaced_markers_open_their_sections():
    doc = _parse("renju-letter-spaced.txt")
    assert _outline(doc) == [
        ("1", "工作目标"),
        ("2", "重点任务"),
        ("2.1", "推进农村厕所革命"),
        ("2.2", "加强生活垃圾治理"),
        ("2.2.1", "完善收运体系"),
        ("2.2.2", "开展清洁行动"),
        ("3", "保障措施"),
        ("3.1", "加强组织领导"),
    ]
    by_raw = {d.raw: d.section_id for d in doc.deadlines}
    assert by_raw["2025 年 6 月 底 前"] == "2.1"
    assert by_raw["2025 年 9 月 30 日 前"] == "2.2.1"
    assert {t.value: t.section_id for t in doc.targets}[100.0] == "2.2.1"


def test_letter_spaced_signature_is_one_issuer():
    doc = _parse("renju-letter-spaced.txt")
    assert doc.notice.issuers == ["某县人民政府办公室"]
    assert doc.notice.date == "2025-03-12"
    assert doc.notice.title == "关于印发《某县农村人居环境整治提升工作方案》的通知"


def test_full_width_spaced_items_and_page_number_cut():
    doc = _parse("daqi-letter-spaced.txt")
    assert _outline(doc) == [
        ("1", "工作目标"),
        ("2", "主要任务"),
        ("2.1", "强化扬尘管控"),
        ("2.2", "推进工业企业深度治理"),
        ("2.2.1", "钢铁行业"),
        ("2.2.2", "燃煤锅炉"),
        ("3", "工作要求"),
    ]
    by_raw = {d.raw: (d.section_id, getattr(d, "date", None)) for d in doc.deadlines}
    assert by_raw["在 2026 年 4 月 15 日 前"] == ("2.1", "2026-04-15")
    assert by_raw["2026 年 6 月 底 前"] == ("2.2.2", "2026-06-30")
    assert doc.notice.issuers == ["某市生态环境局"]
