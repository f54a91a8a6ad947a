"""A text that lost its line breaks is cut into virtual lines by zero-width rules; the rules are
tried only where the character a cut needs stands. That must find every cut the rules' pattern
finds position by position."""

from __future__ import annotations

import regex
from conftest import CORPORA
from hypothesis import given, settings
from hypothesis import strategies as st

from notice_parser.segment import layout as L

FRAGMENTS = (
    *L.NUMBERED_GENRES,
    *L.FOOTER_SUFFIXES,
    *L.ADDRESSED_GENRES,
    *L.PLAN_GENRES,
    L.ANNEX_WORD,
    "的",
    "关于",
    "。",
    "：",
    ":",
    "，",
    "号",
    "〔",
    "〕",
    "2023",
    "1999",
    "12",
    "年",
    "6",
    "月",
    "28",
    "日",
    "《",
    "》",
    "一、",
    "各区",
    " ",
    "\u3000",
    "印发",
    "x",
    # whole phrases each rule cuts at
    "附件：《苏平片区美丽乡村示范整治工作方案》",
    "平综管〔2023〕12号",
    "2023年10月28日",
    "2020年",
    "2019年1月1日，",
    "2023年10月28日印发",
    "关于印发工作方案的通知各区：",
    "工作方案一、",
)
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


def _positionwise(text: str, start: int, end: int) -> set[int]:
    cut, _, _ = L._virtual_cut()
    return {m.start() for m in cut.finditer(text, start, end)}


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, data=st.data())
def test_the_cuts_are_those_found_position_by_position(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert L.virtual_cuts(text, start, end) == _positionwise(text, start, end)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_every_rule_cuts_only_where_its_character_or_gate_stands(text):
    for rule, need, before in L._VIRTUAL_CUT_RULES:
        for m in regex.finditer(rule, text):
            q = m.start()
            if before:
                assert text[q - 1] in need, (rule, text, q)
            else:
                assert regex.compile(need).match(text, q), (rule, text, q)


def test_a_collapsed_notice_is_cut_alike():
    text = (CORPORA / "pingtan-suping-2023-meili-xiangcun.txt").read_text(encoding="utf-8")
    cuts = L.virtual_cuts(text, 0, len(text))
    assert cuts == _positionwise(text, 0, len(text))
    assert len(cuts) > 100
