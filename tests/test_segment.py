"""segment/: lines of a text that lost its line breaks, and the segmentation
stage as one value."""

from __future__ import annotations

import dataclasses

import pytest
import regex
from conftest import CORPORA
from hypothesis import given, settings
from hypothesis import strategies as st

import notice_parser
from notice_parser.context import Context, Region
from notice_parser.lexicon.markers import MARKER_STYLES
from notice_parser.model import walk_sections
from notice_parser.segment import sections as S
from notice_parser.segment.header import read_header
from notice_parser.segment.layout import Line, is_boilerplate, layout_lines, split_lines, split_virtual_lines
from notice_parser.segment.sections import _first_after, _in_sentence_lists, _Spans, find_candidates
from notice_parser.segment.segmentation import segment

CRAWLED = (
    "首页 > 通知公告 > 关于X的通知 时间：2023-10-28 08:53 微信 微博 QQ空间 "
    "各区县人民政府：现将有关事项通知如下。一、加强领导 来源：市政府办公室 二、完善机制"
)


def _lines(text: str):
    return [(ln.start, ln.end, ln.text) for ln in split_virtual_lines(text, 0, len(text))]


def test_a_crawled_line_is_cut_around_its_chrome():
    assert _lines(CRAWLED) == [
        (0, 11, "首页 > 通知公告 >"),  # a bare breadcrumb is chrome, cut before its last crumb, the title
        (12, 18, "关于X的通知"),
        (19, 38, "时间：2023-10-28 08:53"),
        (39, 49, "微信 微博 QQ空间"),
        (50, 58, "各区县人民政府："),
        (58, 69, "现将有关事项通知如下。"),
        (69, 75, "一、加强领导"),
        (76, 85, "来源：市政府办公室"),
        (86, 92, "二、完善机制"),
    ]


def test_chrome_repeated_along_one_line_is_cut_the_same_way_each_time():
    # every chrome stretch is found by bisection among the sorted stretches (the breadcrumb labelled: a bare
    # one after a body's sentence is no page chrome, tests/test_breadcrumb_in_body.py)
    lines = _lines(" ".join(["当前位置：" + CRAWLED] * 300))
    assert len(lines) == 9 * 300
    assert lines[9 * 299 + 3][2] == "微信 微博 QQ空间"
    assert lines[-1][2] == "二、完善机制"


# --- the segmentation stage -------------------------------------------------

NOTICE = """关于印发X市环境整治方案的通知
X政发〔2021〕5号
各区县人民政府：
现将《X市环境整治方案》印发给你们，请认真贯彻执行。
X市人民政府
2021年3月5日
一、总体要求
（一）加强领导。
（二）完善机制。
二、保障措施
附件
领导小组名单
一、组长：张三
二、成员：李四
"""


def _segment(text: str, holds_clauses=lambda text, start, end: False):
    ctx = Context(text)
    return segment(ctx, holds_clauses=holds_clauses), ctx


def test_segment_gives_the_notice_fields_sections_and_regions_as_one_value():
    seg, ctx = _segment(NOTICE)
    assert seg.notice.model_dump() == {
        "title": "关于印发X市环境整治方案的通知",
        "doc_number": "X政发〔2021〕5号",
        "issuers": ["X市人民政府"],
        "recipients": ["各区县人民政府"],
        "date": "2021-03-05",
        "plan_title": "X市环境整治方案",
        "attachments": [{"title": "领导小组名单", "url": None}],
    }
    assert (seg.header_end, seg.notice_year) == (80, 2021)
    assert [(s.id, s.heading, s.span) for s in seg.sections] == [
        ("1", "总体要求", (81, 105)),
        ("2", "保障措施", (106, 112)),
    ]
    assert seg.regions == (
        Region(80, 81, None, 0),
        Region(81, 88, "1", 1),
        Region(88, 96, "1.1", 2),
        Region(97, 105, "1.2", 2),
        Region(106, 112, "2", 1),
    )
    assert dict(seg.headings) == {"1": "总体要求", "1.1": "加强领导", "1.2": "完善机制", "2": "保障措施"}
    assert (seg.section_at(90), seg.section_at(81), seg.section_at(112)) == ("1.1", "1", None)
    assert ctx.warnings == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.notice_year = 2020  # type: ignore[misc]


def test_an_annex_that_holds_clauses_is_a_document_the_notice_issues():
    asked = []

    def holds(text, start, end):
        asked.append(text[start:end])
        return True

    seg, _ = _segment(NOTICE, holds)
    assert asked == ["附件\n领导小组名单\n一、组长：张三\n二、成员：李四\n"]
    assert [s.id for s in seg.sections] == ["1.1", "1.2", "2.1", "2.2"]
    assert seg.sections[2].heading == "组长：张三"


def test_the_notice_year_comes_from_the_title_else_from_a_date_before_the_body():
    seg, _ = _segment("X市环境整治三年行动方案（2024-2026年）\n一、总体要求\n到年底完成。\n")
    assert (seg.notice.date, seg.notice_year) == (None, 2024)
    seg, _ = _segment("各区县人民政府：\n2020年9月11日，全省召开电视电话会议。\n一、总体要求\n到年底完成。\n")
    assert (seg.notice.title, seg.notice_year) == (None, 2020)
    seg, _ = _segment("一、总体要求\n到年底完成。\n")
    assert seg.notice_year is None


def test_read_header_returns_the_attachment_spans_instead_of_filling_a_list():
    lines = layout_lines(NOTICE)
    header = read_header(NOTICE, lines)
    assert header.attachment_spans == ((113, 115), (116, 122))
    assert header.boundaries == (113,)
    assert header.header_end == 80


def test_excluded_spans_are_merged_and_asked_by_bisection():
    spans = _Spans([(20, 30), (5, 10), (8, 12), (40, 40), (50, 45), (30, 35)])
    assert (spans.starts, spans.ends) == ([5, 20], [12, 35])
    assert [p for p in range(0, 60) if spans.holds(p)] == [*range(5, 12), *range(20, 35)]
    assert [_first_after([3, 7, 7, 20], x) for x in (0, 3, 7, 19, 20)] == [3, 7, 20, 20, None]


def test_a_sentence_list_on_a_collapsed_line_is_followed_through_its_own_style():
    text = "实施项目：1、修路；（一）说明；2、架桥；3、通水。另：1、甲。"
    candidates = find_candidates(text, 0, len(text), inline=True)
    assert [(c.start, c.style, c.number) for c in candidates] == [
        (5, "ar_dot", 1),
        (10, "cn_paren", 1),
        (16, "ar_dot", 2),
        (21, "ar_dot", 3),
        (28, "ar_dot", 1),
    ]
    assert _in_sentence_lists(text, candidates) == {5, 16, 21}


def test_split_lines_strips_the_whitespace_strip_span_strips():
    # \u3000, \u00a0, \r and \ufeff are stripped; \u2028 is no line break and no whitespace here
    text = "\u3000一、总体要求\r\n\n \u00a0\n\ufeff市环保局 负责\t\n\u2028x\n \u3000"
    assert [(ln.start, ln.end, ln.text) for ln in split_lines(text)] == [
        (1, 7, "一、总体要求"),
        (14, 21, "市环保局 负责"),
        (23, 25, "\u2028x"),
    ]
    assert split_lines("") == [] and split_lines(" \n\t\n") == []


def test_line_compact_is_read_once_and_left_out_of_equality():
    ln = Line(0, 9, "市 环保局\u3000负责")
    assert ln.compact == "市环保局负责"
    assert ln.__dict__["compact"] == "市环保局负责"
    assert ln == Line(0, 9, "市 环保局\u3000负责") and "compact" not in repr(ln)


def test_line_fields_and_frozenness():
    ln = Line(3, 8, "附件：清单", virtual=True)
    assert (ln.start, ln.end, ln.text, ln.virtual) == (3, 8, "附件：清单", True)
    assert Line(3, 8, "附件：清单").virtual is False
    assert dataclasses.replace(ln, virtual=False) == Line(3, 8, "附件：清单")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ln.start = 4  # type: ignore[misc]


def test_line_kind_patterns_run_by_re_match_as_regex_would():
    # the per-line patterns are compiled with ``re`` for speed: on every corpus line they must find
    # what ``regex`` finds with the same pattern (a lexicon change needing ``regex`` would show here)
    from pathlib import Path

    import regex

    from notice_parser.extract import flat_tables
    from notice_parser.lexicon.markers import MARKER_STYLES
    from notice_parser.segment import layout, sections

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    lines = [ln for p in sorted(corpora.glob("*.txt")) for ln in p.read_text(encoding="utf-8").split("\n")]
    lines += ["一、总体要求", "（三）加强监管", "1.落实任务", "3.5%的增长", "第二部分 重点任务", "附件2", "附件2016年",
              "【法宝引证码】CLI", "【牵头单位】", "工作。（一）加强", "a\t\tb  c", "①"]  # fmt: skip
    named = regex.compile("|".join(f"(?:{p})" for _, p, _ in MARKER_STYLES))
    pairs = [
        (layout._MARKER_START, regex.compile(layout._MARKER_START.pattern)),
        (layout._TITLE_END, regex.compile(layout._TITLE_END.pattern)),
        (layout._FRONT_MATTER, regex.compile(layout._FRONT_MATTER.pattern)),
        (layout._ATTACHMENT_HEAD, regex.compile(layout._ATTACHMENT_HEAD.pattern)),
        (flat_tables._SPACES, regex.compile(flat_tables._SPACES.pattern)),
        (sections._ANY_STYLE, named),
        (sections._MARKER_START, regex.compile(sections._MARKER_START.pattern)),
        (sections._AFTER_SENTENCE, regex.compile(sections._AFTER_SENTENCE.pattern)),
    ]
    hits = 0
    for fast, slow in pairs:
        for s in lines:
            found = [m.span() for m in fast.finditer(s)]
            assert found == [m.span() for m in slow.finditer(s)], (fast.pattern, s)
            hits += len(found)
    assert hits > 1000
    assert layout._MARKER_START.match("（三）加强监管") and not layout._ATTACHMENT_HEAD.match("附件2016年")


# --------------------------------------------------------------------------
# Where markers may start on a line that lost its breaks: one scan for the
# places a style matches at, the same places as a style test per numeral
# --------------------------------------------------------------------------

_MARKER_PIECES = sorted(
    set("一二三十0123456789０１２（）()、.．第章条节①②：；。x年%\n ")
    | {"2020年", "3.5%", "（十二）", "12)", "一、二级"}
)


def _starts_by_numeral(text: str, p: int, line_end: int) -> list[int]:
    """The places of the form before the scan: every marker character, kept where a style matches the whole text."""
    return [m.start() for m in S._MARKER_START.finditer(text, p + 1, line_end) if S._ANY_STYLE.match(text, m.start())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("总则。一、目标（一）任务1.开展2020年3.5%工作", [3, 7, 12]),
        ("x2020年2020年2020年", []),
        ("x一、二级（二）3.\n4.", [5, 8]),  # 一、二级: no marker
    ],
)
def test_marker_places_on_a_collapsed_line(text, expected):
    line_end = text.find("\n") if "\n" in text else len(text)
    assert list(S._inside_starts(text, 0, line_end, True)) == expected == _starts_by_numeral(text, 0, line_end)


@pytest.mark.parametrize(
    "text, line_end, expected",
    [
        ("x12.开展", 2, [1]),  # the stretch ends inside the marker: its separator lies past the end
        ("x12", 3, []),
        ("x2020年2020年\n1.", 11, []),  # no separator, parenthesis, 第 or circled number on the line
        ("x第十二条", 2, [1]),
        ("（一）2020年2020年\n", 11, []),  # the parenthesis of （一） is no place of a marker inside the line
    ],
)
def test_marker_places_where_the_stretch_ends(text, line_end, expected):
    assert list(S._inside_starts(text, 0, line_end, True)) == expected == _starts_by_numeral(text, 0, line_end)


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_marker_places_are_those_a_style_matches_at(text, a, b):
    # a line ends at a line break or at the end of the stretch (text may follow it)
    p = min(a, len(text))
    nl = text.find("\n", p)
    for line_end in {nl if nl >= 0 else len(text), min(len(text), max(p, b))}:
        if line_end < len(text) and text[line_end] != "\n" and line_end != min(len(text), max(p, b)):
            continue
        assert list(S._inside_starts(text, p, line_end, True)) == _starts_by_numeral(text, p, line_end)
        covered = min(len(text), p + b % 7)  # after the marker at the line's start
        found = [q for q in S._inside_starts(text, p, line_end, True, covered) if q >= covered]
        assert found == [q for q in _starts_by_numeral(text, p, line_end) if q >= covered]


#: each style's own pattern, compiled here (the oracle shares nothing with the code under test)
_EVERY_STYLE = [(name, regex.compile(pattern)) for name, pattern, _ in MARKER_STYLES]


def _marker_by_every_style(text: str, pos: int) -> tuple | None:
    """The form before the combined pattern named the first style: every style tried in order."""
    for name, pattern in _EVERY_STYLE:
        m = pattern.match(text, pos)
        if m and S._number(name, m.group("num")):
            return name, m.end(), S._number(name, m.group("num"))
    return None


def _marker(text: str, pos: int) -> tuple | None:
    c = S._match_marker(text, pos, "line")
    return c and (c.style, c.end, c.number)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("第三章 总则", ("chapter", 4, 3)),
        ("（十二）加强", ("cn_paren", 4, 12)),
        ("12、开展", ("ar_dot", 3, 12)),
        ("3.2020年底前", ("ar_dot", 2, 3)),
        ("3.5%", None),
        ("一、二级", None),
        ("⑫落实", ("circled", 1, 12)),
        ("〇、x", None),
    ],
)
def test_a_marker_is_read_by_the_first_style_that_matches(text, expected):
    assert _marker(text, 0) == expected == _marker_by_every_style(text, 0)


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=12).map("".join))
def test_the_combined_style_pattern_reads_every_marker_as_the_styles_in_turn(text):
    assert [_marker(text, k) for k in range(len(text))] == [_marker_by_every_style(text, k) for k in range(len(text))]


def test_the_combined_style_pattern_reads_the_corpus_as_the_styles_in_turn():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    starts = [(t, k) for t in texts for k in range(len(t)) if k == 0 or t[k - 1] in "\n。）；：　 "]
    assert len(starts) > 5000
    assert [_marker(t, k) for t, k in starts] == [_marker_by_every_style(t, k) for t, k in starts]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # tianshui-2017-30's page chrome
        ("长按下方二维码图片,点击“识别图中二维码”,关注麦积卫生计生监督公众号(微信号:mjwsjsjd)", True),
        ("更多信息,请点击“阅读原文”", True),
        # zunyi-huichuan-2024 (red team 2): a 整改措施 line of the body mentions a 二维码
        (
            "整改措施：1.结合“食品安全宣传周”，每个镇（街道）至少开展1次集中宣传活动；2.在全区农贸市场、学校周边张贴12315投诉举报二维码；3.利用“汇川发布”等新媒体平台每月推送食品安全科普信息不少于4条。",
            False,
        ),
    ],
)
def test_a_chrome_word_makes_a_line_chrome_unless_the_line_is_a_sentence_of_the_body(line, chrome):
    assert is_boilerplate(layout_lines(line + "\n")[0]) is chrome


def test_a_sentence_of_a_problem_block_that_mentions_a_chrome_word_does_not_close_the_block():
    text = (
        "三、问题及整改措施\n问题1：食品安全宣传教育覆盖面不广。群众对食品安全投诉举报渠道知晓率偏低。\n"
        "整改措施：1.结合“食品安全宣传周”，每个镇（街道）至少开展1次集中宣传活动；2.在全区农贸市场、学校周边张贴12315投诉举报二维码。\n"
        "责任单位：区委宣传部、区市场监管局\n四、工作要求\n"
    )
    doc = notice_parser.parse_text(text)
    sec = doc.sections[0].children[0]
    assert (sec.id, doc.text[sec.span[1] - 10 : sec.span[1]]) == ("3.1", "宣传部、区市场监管局")
    assert [m.id for m in doc.measures] == ["3.1"]


def _depth(sections) -> int:
    return 1 + max((_depth(s.children) for s in sections), default=0) if sections else 0


def test_a_list_restarting_one_indent_deeper_nests_no_deeper_than_eight_levels():
    # the reviewer's deep300.txt: each line one indent deeper than the one above restarts at 1;
    # e31b7a8 nested each under the one above (300 levels: the output could not be written)
    text = "\n".join("\u3000\u3000" * i + "1. 项目甲" for i in range(1, 301)) + "\n"
    doc = notice_parser.parse_text(text)
    assert _depth(doc.sections) == 8
    assert [s.id for s in walk_sections(doc.sections)][-1] == "1.1.1.1.1.1.1.1"
    notice_parser.to_json(doc)
