"""The region gates of the deadline rule (extract/deadlines.py): a pattern is
only run over a region holding one of its "needs" words, so a region in which
the pattern finds something must hold one of them — otherwise a gate would
silently lose deadlines when a pattern or a lexicon table is edited. Checked on
every line of the corpus and of the deadline fixtures, and on generated
strings of date characters and the lexicon's own time words."""

from __future__ import annotations

import pytest
import regex
from conftest import CASES, CORPORA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notice_parser.extract import deadlines as D
from notice_parser.lexicon import time_words as W

GATES = {
    "range": (D._RANGE_RE, D._RANGE_NEEDS, D._RANGE_GATE),
    "year list": (D._YEAR_LIST_HEAD_RE, D._YEAR_LIST_NEEDS, D._YEAR_LIST_GATE),
    "month range": (D._month_range_re(), D._MONTH_NEEDS, D._MONTH_RANGE_GATE),
    "day range": (D._day_range_re(), D._MONTH_NEEDS, D._DAY_RANGE_GATE),
    "dot date": (D._dot_date_re(), D._DOT_DATE_NEEDS, D._DOT_DATE_GATE),
    "duration": (D._DURATION_RE, D._DURATION_NEEDS, D._DURATION_GATE),
    "bare year end": (D._BARE_YEAR_END_RE, ("年",), D._BARE_YEAR_END_GATE),
    "whole year": (D._WHOLE_YEAR_RE, D._WHOLE_YEAR_NEEDS, None),
    "plan period": (D._PLAN_PERIOD_RE, D._PLAN_PERIOD_NEEDS, None),
    "recurring": (D._RECURRING_RE, D._RECURRING_NEEDS, None),
    "irregular": (D._IRREGULAR_RE, D._IRREGULAR_NEEDS, None),
}

#: one phrase each gate's pattern finds (so that the checks below exercise every pattern)
FOUND = {
    "range": "2021年—2023年",
    "year list": "2024、2025年",
    "month range": "5月—7月集中开展",
    "day range": "3月4日至4月8日",
    "dot date": "2023.6—2023.12",
    "duration": "15个工作日内",
    "bare year end": "年底前完成",
    "whole year": "全年完成",
    "plan period": "到“十四五”末",
    "recurring": "每季度调度一次",
    "irregular": "不定期抽查",
}

#: phrases each gate turns away (words of the pattern, not side by side as it needs them)
TURNED_AWAY = {
    "range": "至少达到",
    "year list": "2024年和下一年",
    "month range": "完成1—2条，达到92%，至2017年8月",
    "day range": "3月4日，至少",
    "dot date": "稳定在11447.6公顷",
    "duration": "个人时间",
    "bare year end": "年度目标",
}


def _gate_loses(name: str, text: str) -> bool:
    """Would gate ``name`` turn ``text`` away although its pattern finds something in it?"""
    pattern, needs, gate = GATES[name]
    passes = any(w in text for w in needs) and (gate is None or gate.search(text) is not None)
    return pattern.search(text) is not None and not passes


@pytest.mark.parametrize("name", sorted(TURNED_AWAY))
def test_each_gate_turns_away_a_phrase_without_its_pattern(name):
    pattern, needs, gate = GATES[name]
    text = TURNED_AWAY[name]
    assert any(w in text for w in needs)
    assert gate.search(text) is None and pattern.search(text) is None


@pytest.mark.parametrize("name", sorted(GATES))
def test_each_gate_passes_a_phrase_its_pattern_finds(name):
    assert GATES[name][0].search(FOUND[name]) is not None
    assert not _gate_loses(name, FOUND[name])


@pytest.mark.parametrize(
    "name, text",
    [
        ("range", "2020\x85至2021年"),  # whitespace to regex's \s (not removed from the compact text)
        ("range", "2019年1—6月"),
        ("range", "二〇一九至二〇二〇年"),
        ("year list", "二〇一七、二〇一八年"),
        ("month range", "五至七月"),
        ("month range", "5月份至7月份"),
        ("month range", "十至十二月底前"),
        ("day range", "3月4日-8日"),
        ("dot date", "二〇二三.6前"),
        ("dot date", "20２3.6前"),
        ("dot date", "２０２３．１２"),
        ("duration", "半个月内"),
        ("bare year end", "年内完成"),
    ],
)
def test_a_gate_passes_the_edges_of_its_pattern(name, text):
    assert GATES[name][0].search(text) is not None
    assert not _gate_loses(name, text)


def test_no_gate_turns_away_a_line_of_real_text_its_pattern_finds_something_in():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    lines = [line for t in texts for line in t.splitlines()]
    assert len(lines) > 2000
    assert [(name, line) for line in lines for name in GATES if _gate_loses(name, line)] == []


#: pieces a deadline is written with: digits and numerals, date words, the lexicon's separators and time words
_PIECES = sorted(
    set("0123456789０１２３４５６７８９一二两三四五六七八九十年月日号底末前内份.．/ ")
    | set(W.RANGE_SEPARATORS)
    | set(W.WITHIN_SUFFIXES)
    | set(W.DURATION_TIME_WORDS)
    | set(W.DURATION_UNITS)
    | set(W.BY_SUFFIXES)
    | set(W.YEAR_LIST_JOINERS)
    | set("每个〇零○\x85\u3000")
    | set(W.EVERY_PERIOD_WORDS)
    | {*W.BARE_PERIOD_WORDS, *W.REGULAR_WORDS, *W.IRREGULAR_WORDS, *W.ROUTINE_WORDS, *W.ROUTINE_EXCEPTIONS}
    | set(W.PERIOD_NOUNS)
    | {o for o, _ in W.EXCLUDED_BRACKETS}
    | {c for _, c in W.EXCLUDED_BRACKETS}
    | {*W.PLAN_PERIOD_NAMES, *W.PLAN_PERIOD_DUE_WORDS, *W.NOT_DEADLINE_WORDS, *W.WHOLE_YEAR_WORDS}
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_no_gate_turns_away_a_generated_text_its_pattern_finds_something_in(text):
    assert [name for name in GATES if _gate_loses(name, text)] == []


# --------------------------------------------------------------------------
# The point pattern in the standard engine, and the gates of the point tests
# --------------------------------------------------------------------------

#: the point pattern as it was written for ``regex`` (``\s``): the oracle of the ``re`` form
_POINT_IN_REGEX = regex.compile(D._POINT_RE.pattern.replace(D._SPACE, r"\s"), regex.VERBOSE)

_POINT_PIECES = sorted(
    set(_PIECES)
    | set("〇零○百个每半多近第度中初上下旬季春秋\t\n\x1c\x1f\x85\u3000")
    | set(W.BY_PREFIXES + W.FROM_PREFIXES + W.FROM_SUFFIXES + W.END_WORDS)
    | set(W.RELATIVE_YEARS)
    | set(W.YEAR_PARTS)
    | set(W.MONTH_PARTS)
    | set(W.SEASON_START_MONTH)
    | set(W.BEFORE_BLOCKERS + W.FROM_SUFFIX_BLOCKERS)
)


def _points(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)] + [
        (k, m and (m.span(), m.groups())) for k in range(len(text) + 1) for m in [pattern.match(text, k)]
    ]


def test_the_point_groups_are_read_in_the_order_of_the_pattern():
    assert tuple(sorted(D._POINT_RE.groupindex, key=D._POINT_RE.groupindex.get)) == D._Point._fields
    assert D._Point._make(D._POINT_RE.match("到2020年底前").groups()) == D._Point(
        "到", "2020", None, None, None, None, None, None, "底", "前"
    )


def test_the_point_pattern_reads_whitespace_as_regex_does():
    # \x1c-\x1f are whitespace to re's \s, not to regex's: the years stay apart
    assert D._POINT_RE.match("2020\x1c年") is not None and D._POINT_RE.match("2020\x1c年").group("year") is None
    assert D._POINT_RE.match("2020\u3000年").group("year") == "2020"
    assert _points(D._POINT_RE, "2020\x1f年底前") == _points(_POINT_IN_REGEX, "2020\x1f年底前")


def test_the_point_pattern_matches_as_its_regex_form_on_the_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    found = [_points(D._POINT_RE, t)[: len(t)] for t in texts]
    assert sum(len(f) for f in found) > 1000
    assert found == [_points(_POINT_IN_REGEX, t)[: len(t)] for t in texts]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_POINT_PIECES), max_size=24).map("".join))
def test_the_point_pattern_matches_as_its_regex_form_on_generated_text(text):
    assert _points(D._POINT_RE, text) == _points(_POINT_IN_REGEX, text)


@pytest.mark.parametrize(
    "text, at, baseline",
    [
        ("较2015年", 1, True),
        ("比2014、2015、2016、2017、2018年", 21, True),
        ("与2015年相比", 1, False),
        ("2020年", 0, False),
        ("部署2021年工作", 2, True),
        ("比较重要的工作，到2020年", 9, False),
    ],
)
def test_the_baseline_gate_answers_as_the_baseline_test(text, at, baseline):
    scan = D._Scan(D.Context(text, 2020), D.CompactView.of(text, 0, len(text)))
    assert scan.baseline(at) is D._is_baseline(text, at) is baseline


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_POINT_PIECES + list(W.BASELINE_PREFIXES + W.YEAR_LABEL_PREFIXES)), max_size=30))
def test_the_baseline_and_history_gates_never_change_an_answer(pieces):
    text = "".join(pieces)
    scan = D._Scan(D.Context(text, 2020), D.CompactView.of(text, 0, len(text)))
    s = scan.s
    assert [scan.baseline(k) for k in range(len(s) + 1)] == [D._is_baseline(s, k) for k in range(len(s) + 1)]
    after = [bool(D._NOT_DEADLINE_AFTER_RE.match(s, k)) for k in range(len(s) + 1)]
    assert [scan.not_deadline_after(k) for k in range(len(s) + 1)] == after


def _has_point(text: str) -> bool:
    """Does the point pattern find a point in time in ``text`` (not only a prefix or a suffix)?"""
    return any(m["year"] or m["rel"] or m["part"] or m["month"] for m in D._POINT_RE.finditer(text))


def test_the_point_gate_is_the_characters_of_years_months_and_year_parts():
    assert D._POINT_NEEDS == ("年", "月", "季")
    assert not any(c in "三季度末前完成" for c in D._POINT_NEEDS[:2]) and _has_point("三季度末前完成")


def test_the_point_gate_turns_away_no_line_of_real_text_with_a_point():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    lines = [line for t in texts for line in t.splitlines()]
    with_points = [line for line in lines if _has_point(line)]
    assert len(with_points) > 250
    assert [line for line in with_points if not any(c in line for c in D._POINT_NEEDS)] == []


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_POINT_PIECES), max_size=24).map("".join))
def test_the_point_gate_turns_away_no_generated_text_with_a_point(text):
    assert not _has_point(text) or any(c in text for c in D._POINT_NEEDS)


def test_a_value_carries_only_its_kinds_fields():
    # repeats are recognised by the value itself: it must hold nothing the model does not get
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    items = []
    for line in (line for t in texts for line in t.splitlines()):
        scan = D._Scan(D.Context(line, 2021), D.CompactView.of(line, 0, len(line)))
        items += [c.item for c in D._candidates(scan) if c.item is not None]
    assert {v.kind for v in items} == {"by", "from", "during", "within", "recurring"}
    assert [v for v in items if v != D._Value(v.kind, **v.fields())] == []
    assert D._dated("by", "2020-12-31") == D._Value("by", date="2020-12-31") != D._dated("from", "2020-12-31")


def test_a_phase_label_is_never_empty():
    assert all(D.W.PHASE_LABELS) and all(D.W.PHASE_WORDS)


def test_the_mask_pattern_matches_as_its_regex_form():
    oracle = regex.compile(D._MASK_RE.pattern)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    texts.append((CASES / "deadlines.txt").read_text(encoding="utf-8"))
    texts += [
        "《十四五规划》",
        "“十三五”期间",
        "十四五末",
        "[2021]3号〔2020〕",
        "近年来、历年、一次性",
        "《" + "x" * 130 + "》",
    ]
    found = [[m.span() for m in D._MASK_RE.finditer(t)] for t in texts]
    assert sum(len(f) for f in found) > 150
    assert found == [[m.span() for m in oracle.finditer(t)] for t in texts]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from([*_PIECES, "”", "“", "x"]), max_size=30).map("".join))
def test_the_mask_pattern_matches_as_its_regex_form_on_generated_text(text):
    assert [m.span() for m in D._MASK_RE.finditer(text)] == [m.span() for m in regex.finditer(D._MASK_RE.pattern, text)]


def test_the_recurrence_gate_passes_a_text_iff_it_holds_one_of_the_needs():
    """_recurring_gate is the needs test ``any(w in text for w in _RECURRING_NEEDS)`` as one search."""
    lines = [line for p in sorted(CORPORA.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    texts = [*lines, *D._RECURRING_NEEDS, "年一", "季度", "一年一个台阶", "月", "年", "每", "", "半年"]
    passed = [t for t in texts if D._recurring_gate().search(t)]
    assert passed == [t for t in texts if any(w in t for w in D._RECURRING_NEEDS)]
    assert len(passed) > 100 and len(texts) - len(passed) > 1000  # (both sides exercised)
