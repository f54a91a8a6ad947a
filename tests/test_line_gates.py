"""The per-line gates of layout's line kinds: a look-up or a substring test before the pattern, which
must turn away only lines the pattern would refuse (the pattern's answer is asked of every corpus line)."""

from __future__ import annotations

from conftest import CORPORA

from notice_parser.segment import layout as L


def _chrome_ungated(s: str) -> bool:
    """is_chrome as it was, without its first-character gate: the oracle."""
    pos, s = 0, s.strip()
    if not s:
        return False
    while pos < len(s):
        m = L._CHROME.match(s, pos)
        if not m or m.end() == pos:
            return False
        pos = m.end()
        while pos < len(s) and s[pos] in L.WIDE_INDENT_CHARS:
            pos += 1
    return True


def _lines() -> list[L.Line]:
    out = []
    for path in sorted(CORPORA.glob("*.txt")):
        out += L.split_lines(path.read_text(encoding="utf-8"))
    return out


EXTRA = [
    "时间：2023-10-28 08:53 微信 微博 QQ空间",
    "qq好友 朋友圈",
    "【打印】【关闭】",
    "[关闭窗口]",
    "  来源：中国平潭",
    "发布日期：2023/10/28",
    "日期：2023年1月2日 10:00",
    "2023年10月28日",
    "（2023年10月28日）",
    "二〇二三年十月二十八日",
    "覆盖率达到95%。",
]


def test_the_chrome_gate_turns_away_only_lines_that_are_no_chrome():
    lines = [*_lines(), *(L.Line(0, len(s), s) for s in EXTRA)]
    chrome = [ln.text for ln in lines if _chrome_ungated(ln.text)]
    assert len(chrome) >= 12  # the corpus has page chrome
    assert [ln.text for ln in lines if L.is_chrome(ln.text)] == chrome
    assert L.is_chrome("qq好友 朋友圈") and L.is_chrome("【打印】【关闭】") and not L.is_chrome("覆盖率达到95%。")


def test_the_chrome_gate_is_every_character_a_chrome_match_can_start_with():
    import sys

    may_start = L._CHROME.match
    starts = [c for c in map(chr, range(sys.maxunicode + 1)) if may_start(c, partial=True)]
    assert sorted(L._CHROME_FIRST) == starts
    assert {"Q", "q", "【", "[", "当", "附"} <= L._CHROME_FIRST and "覆" not in L._CHROME_FIRST


def test_the_date_line_gate_turns_away_only_lines_that_are_no_date():
    lines = [*_lines(), *(L.Line(0, len(s), s) for s in EXTRA)]
    dates = [ln.text for ln in lines if L.DATE.fullmatch(ln.compact.strip("（）()"))]
    assert len(dates) >= 7
    assert [ln.text for ln in lines if L.is_date_line(ln)] == dates
    assert all(d.rstrip("）)").endswith(L.DATE_END) for d in dates)
    assert not L.is_date_line(L.Line(0, 8, "2023年10月28")) and L.is_date_line(L.Line(0, 10, "（2023年10月28日）"))


def test_the_number_and_annex_gates_hold_for_every_match():
    from notice_parser.segment import annexes as A
    from notice_parser.segment import header as H

    texts = [
        *(ln.compact for ln in _lines()),
        "国办发〔2018〕128号",
        "（X政发〔2021〕5号）",
        "附件2",
        "附表：",
        "附件2016年分工表",
    ]
    numbers = [m.group(0) for c in texts for m in [H._DOC_NUMBER.search(c)] if m]
    assert len(numbers) >= 10 and all(H.DOC_NUMBER_END in n for n in numbers)
    heads = [c for c in texts if A._HEAD.match(c) or A._GLUED_HEAD.match(c)]
    assert len(heads) >= 5 and all(c.startswith(A.ATTACHMENT_WORDS) for c in heads)


def test_the_prefix_gates_are_the_prefixes_first_characters():
    assert all(p[0] in L._BOILERPLATE_FIRST for p in L.BOILERPLATE_PREFIXES)
    assert all(p[0] in L._FOOTER_FIRST for p in L.FOOTER_PREFIXES)
