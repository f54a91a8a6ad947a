"""Section markers that come only from Word automatic numbering (redteam14 sutang: "%1、" chineseCounting,
"（%2）", "%3.", an annex whose numbering restarts), in the ways Word writes them: heading styles that carry the
list, a list reached through a numbering style (``w:numStyleLink``), levels linked to styles (``w:lvl/w:pStyle``),
two instances of one list (Word counts on), an instance that overrides the start (the annex: plan 1.x, annex 2.x),
``w:lvlRestart`` 0 (articles 第X条 counted on across chapters 第X章: 第三条 under 第二章 is 2.3), ``isLgl``, a
``lvlOverride`` that replaces a level; and the .doc, RTF and Word 2003 XML renditions LibreOffice saves
(tests/fixtures/numbering, scripts/make_numbering_fixtures.py). The documents are invented
(tests/word_numbering_docs.py).
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from word_numbering_docs import (
    PLAN_SECTIONS,
    REGULATION_SECTIONS,
    lvl,
    package,
    para,
    plan_docx,
    regulation_docx,
)

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers import ReadOptions
from notice_parser.readers.doc import Fib, ListCounters, ParaProps, parse_lists
from notice_parser.readers.docx import read as read_docx

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "numbering"


def _sections(doc) -> list[tuple[str, str, str]]:
    return [(s.id, s.marker, s.heading) for s in walk_sections(doc.sections)]


def _lines(data: bytes) -> list[str]:
    return read_docx(data, ReadOptions()).text.split("\n")


def test_the_fixture_docx_is_what_the_module_writes():
    assert (FIXTURES / "plan.docx").read_bytes() == plan_docx()
    assert (FIXTURES / "regulation.docx").read_bytes() == regulation_docx()


@pytest.mark.parametrize("ext", ["docx", "doc", "rtf", "xml"])
def test_a_plan_numbered_through_styles_and_a_linked_list_has_its_sections_in_every_carrier(ext):
    doc = notice_parser.parse(FIXTURES / f"plan.{ext}")
    assert doc.source.format == {"xml": "wordml"}.get(ext, ext)
    assert _sections(doc) == PLAN_SECTIONS
    assert [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures][:2] == [
        ("1.2.1.1", ["区民政局"], ["区财政局"]),
        ("1.2.1.2", ["区民政局"], ["各街道办事处"]),
    ]
    assert [m.id for m in doc.measures][-1] == "2.1.1"
    assert doc.warnings == []


def test_articles_counted_on_across_chapters_keep_their_number_under_the_chapter():
    doc = notice_parser.parse(regulation_docx(), format="docx")
    assert _sections(doc) == REGULATION_SECTIONS
    measure = next(m for m in doc.measures if m.id == "2.4")
    assert ([u.name for u in measure.lead_units], [u.name for u in measure.supporting_units]) == (
        ["区民政局"],
        ["区财政局"],
    )


def _two_level(extra: str = "") -> str:
    return lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）", extra=extra)


def test_two_instances_of_one_list_count_on_and_an_overridden_start_counts_again():
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{_two_level()}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = (
        para("总体要求", num="1", ilvl=0)
        + para("加强领导", num="1", ilvl=1)
        + para("主要任务", num="1", ilvl=0)
        + para("（正文一段）")
        + para("保障措施", num="2", ilvl=0)  # Word gave the paragraph a new numId of the same list
        + para("强化督查", num="2", ilvl=1)
        + para("报送要求", num="3", ilvl=0)  # the annex: its instance starts the list again
        + para("工作纪律", num="3", ilvl=0)
    )
    assert _lines(package(body, numbering, "")) == [
        "一、总体要求",
        "（一）加强领导",
        "二、主要任务",
        "（正文一段）",
        "三、保障措施",
        "（一）强化督查",
        "一、报送要求",
        "二、工作纪律",
        "",
    ]


def test_a_heading_style_given_the_list_without_a_level_takes_the_level_linked_to_it():
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        for sid in ("Heading1", "Heading2")
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "chineseCounting", "%1、", style="Heading1")
        + lvl(1, "chineseCounting", "（%2）", style="Heading2")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = para("总体要求", style="Heading1") + para("加强领导", style="Heading2") + para("主要任务", style="Heading1")
    assert _lines(package(body, numbering, styles))[:3] == ["一、总体要求", "（一）加强领导", "二、主要任务"]


def test_legal_numbering_and_a_level_replaced_by_an_override():
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "chineseCounting", "%1、")
        + lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
        + lvl(0, "ideographTraditional", "%1．")
        + "</w:lvlOverride></w:num>"
    )
    body = (
        para("总体要求", num="1", ilvl=0)
        + para("工作目标", num="1", ilvl=1)
        + para("主要任务", num="1", ilvl=0)
        + para("推进整改", num="1", ilvl=1)
        + para("推进整改", num="1", ilvl=1)
        + para("附表说明", num="2", ilvl=0)
    )
    assert _lines(package(body, numbering, ""))[:6] == [
        "一、总体要求",
        "1.1工作目标",
        "二、主要任务",
        "2.1推进整改",
        "2.2推进整改",
        "丙．附表说明",  # the replaced level counts on with the list (no start override)
    ]


# ------------------------------------------------------------------ .doc lists
def _lvl(start: int, nfc: int, text: str, *, flags: int = 0, restart_lim: int = 0) -> bytes:
    """An LVL: LVLF (rgbxchNums points at the placeholders) + empty grpprls + the number text."""
    nums = bytes(i + 1 for i, ch in enumerate(text) if ord(ch) < 9).ljust(9, b"\0")
    lvlf = struct.pack("<iBB", start, nfc, flags) + nums + bytes([2]) + bytes(8) + bytes([0, 0, restart_lim, 0])
    return lvlf + struct.pack("<H", len(text)) + text.encode("utf-16-le")


def _doc_lists(lfo_levels: list[bytes], levels: list[bytes]) -> dict:
    """parse_lists of a table stream with one 9-level list and an LFO per entry of ``lfo_levels`` (its LFOLVLs)."""
    lstf = struct.pack("<iI", 7, 0) + bytes(18) + bytes([0, 0])  # lsid 7, not simple: nine levels
    plf_lst = struct.pack("<H", 1) + lstf + b"".join(levels) + b"".join([_lvl(1, 0, "\x00")] * (9 - len(levels)))
    lfos = b"".join(struct.pack("<iIIBBBB", 7, 0, 0, len(ov) // 8 if ov else 0, 0, 0, 0) for ov in lfo_levels)
    data = b"".join(bytes(4) + ov for ov in lfo_levels)
    plf_lfo = struct.pack("<I", len(lfo_levels)) + lfos + data
    table = plf_lst + plf_lfo
    fib = Fib(0, "1Table", 0, 0, 0, 0, 0, 0, len(plf_lst), len(plf_lst), len(plf_lfo))
    return parse_lists(table, fib)


def test_doc_lists_count_per_list_and_an_lfo_start_override_counts_again():
    restart_at_one = struct.pack("<iI", 1, 0x10)  # LFOLVL: iStartAt 1, level 0, fStartAt
    lists = _doc_lists([b"", b"", restart_at_one], [_lvl(1, 37, "\x00、"), _lvl(1, 37, "（\x01）")])
    counters = ListCounters(lists)
    seq = [(1, 0), (1, 1), (1, 0), (2, 0), (2, 1), (3, 0), (3, 0)]
    assert [counters.marker(ParaProps(ilfo=f, ilvl=k)) for f, k in seq] == [
        "一、",
        "（一）",
        "二、",
        "三、",  # LFO 2, the same list: Word counts on
        "（一）",
        "一、",  # LFO 3 overrides the start
        "二、",
    ]


def test_doc_levels_that_never_restart_and_legal_numbering():
    levels = [
        _lvl(1, 37, "第\x00章"),
        _lvl(1, 37, "第\x01条", flags=0x08, restart_lim=0),  # fNoRestart, ilvlRestartLim 0: never
        _lvl(1, 0, "\x00.\x02", flags=0x04),  # fLegal: 一 shown as 1
    ]
    counters = ListCounters(_doc_lists([b""], levels))
    seq = [0, 1, 1, 0, 1, 2, 2]
    assert [counters.marker(ParaProps(ilfo=1, ilvl=k)) for k in seq] == [
        "第一章",
        "第一条",
        "第二条",
        "第二章",
        "第三条",
        "2.1",
        "2.2",
    ]
