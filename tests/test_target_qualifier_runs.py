"""A qualifier (营业收入超10亿元的企业|达到8家) keeps the next list's subject start at its own, so that the count reads
the qualified noun; only while that subject is no longer than a real one (``QUALIFIED_SUBJECT_MAX``). A run of
qualifiers (达到10亿元的企业 x n: every amount is followed by 的, a noun and a later number) gave every list a subject
growing with the clause, quadratic (x 4,000: 8.9 s). No test here is timed: the characters of subject text the
rule reads are counted, as bench_rule_scaling compares doublings."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from notice_parser import parse_text
from notice_parser.extract.targets import patterns as P
from notice_parser.extract.targets import reading
from notice_parser.lexicon import target_words as W


def _read(body: str) -> tuple[list[tuple[str, float, str | None, str | None]], Counter]:
    doc = parse_text("一、任务\n（一）建设。" + body + "\n")
    targets = [(t.raw, t.value, t.unit, t.indicator) for t in doc.targets]
    return targets, Counter(k[2] for k in doc.skipped if k[0] == "number")


def test_a_qualified_count_reads_its_subject_from_the_clause_start() -> None:
    # the longest qualified subject of every gold set (shandong 2024): 30 characters up to the qualifier's end
    assert _read("力争到2027年全省标志性产业链领域营业收入5000万元以上的规上工业企业达到120家。") == (
        [
            (
                "力争到2027年全省标志性产业链领域营业收入5000万元以上的规上工业企业达到120家",
                120.0,
                "家",
                "标志性产业链领域营业收入5000万元以上的规上工业企业",
            )
        ],
        Counter({"qualifier": 1}),
    )


def test_qualified_counts_in_a_row_each_read_their_own_subject() -> None:
    # shandong 2023: three qualifiers, each counted right after it
    assert _read(
        "新培育年销售（营业）收入首次突破100亿元的企业15家、首次突破500亿元的企业5家、首次突破1000亿元的企业3家左右。"
    ) == (
        [
            (
                "新培育年销售（营业）收入首次突破100亿元的企业15家",
                15.0,
                "家",
                "新培育年销售（营业）收入首次突破100亿元的企业",
            ),
            ("首次突破500亿元的企业5家", 5.0, "家", "首次突破500亿元的企业"),
            ("首次突破1000亿元的企业3家左右", 3.0, "家", "首次突破1000亿元的企业"),
        ],
        Counter({"qualifier": 3}),
    )


def test_two_qualifiers_of_one_noun_keep_the_subject_start() -> None:
    # a qualifier after a qualifier, the subject still short: the count reads both
    assert _read("其中年营业收入超100亿元的企业中年利润超10亿元的企业达到3家。") == (
        [
            (
                "其中年营业收入超100亿元的企业中年利润超10亿元的企业达到3家",
                3.0,
                "家",
                "年营业收入超100亿元的企业中年利润超10亿元的企业",
            )
        ],
        Counter({"qualifier": 2}),
    )
    assert _read("每年引进投资超20亿元的储能重大项目不少于3个。") == (
        [("每年引进投资超20亿元的储能重大项目不少于3个", 3.0, "个", "引进投资超20亿元的储能重大项目")],
        Counter({"qualifier": 1}),
    )


def _subject_chars(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """(the longest subject text read, the characters of subject text read in all) while ``text`` is parsed."""
    lengths: list[int] = []
    plain = reading._plain_subject

    def counted(s: str) -> reading.Subject:
        lengths.append(len(s))
        return plain(s)

    monkeypatch.setattr(reading, "_plain_subject", counted)
    parse_text(text)
    return max(lengths), sum(lengths)


@pytest.mark.parametrize("phrase", ["达到10亿元的企业", "建成1000平方米以上的厂房", "营业收入超5000万元的规上工业企业"])
def test_a_run_of_qualifiers_reads_subjects_of_bounded_length(monkeypatch: pytest.MonkeyPatch, phrase: str) -> None:
    read = [_subject_chars(monkeypatch, phrase * n) for n in (500, 1000, 2000)]
    longest = {m for m, _ in read}
    assert len(longest) == 1  # the same at every size: no subject grows with the clause
    assert longest.pop() <= W.QUALIFIED_SUBJECT_MAX + 2 * len(phrase)
    for (_, small), (_, big) in pairwise(read):
        assert big <= 2.1 * small  # linear: x2 per doubling (quadratic read x4)


def test_baselines_read_their_mark_and_year() -> None:
    # the mark right before the list, with its year and spaces, and 分别 before it (found within its reach)
    doc = parse_text("到2025年，森林覆盖率由2020年的35%提高到38%，湿地保护率从50%提高到55%。")
    assert [(t.indicator, t.value, t.baseline, t.baseline_year) for t in doc.targets] == [
        ("森林覆盖率", 38.0, 35.0, 2020),
        ("湿地保护率", 55.0, 50.0, None),
    ]
    doc = parse_text("城镇污水处理率分别由85%、90%提高到95%、98%。")
    assert [(t.value, t.baseline) for t in doc.targets] == [(95.0, 85.0), (98.0, 90.0)]
    doc = parse_text("由 2015 年底的 60% 提高到 75%")
    assert [(t.value, t.baseline, t.baseline_year) for t in doc.targets] == [(75.0, 60.0, 2015)]


class _CountedSearch:
    """A pattern whose searches record how many characters each may read (``endpos - pos``)."""

    def __init__(self, pattern, spans: list[int]) -> None:
        self.pattern, self.spans = pattern, spans

    def search(self, text: str, pos: int, endpos: int):
        self.spans.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)


def test_a_run_of_baselines_searches_a_bounded_span_per_list(monkeypatch: pytest.MonkeyPatch) -> None:
    # 由10%提高到 x n: every list is a baseline, which keeps the subject's start; the mark was searched from there
    totals = []
    for n in (500, 1000, 2000):
        spans: list[int] = []
        monkeypatch.setattr(P, "BASELINE_MARK", _CountedSearch(P.BASELINE_MARK, spans))
        doc = parse_text("由10%提高到" * n)
        monkeypatch.undo()
        assert max(spans) <= W.BASELINE_MARK_REACH
        assert [(t.value, t.baseline) for t in doc.targets] == [(10.0, 10.0)]
        totals.append(sum(spans))
    for small, big in pairwise(totals):
        assert big <= 2.1 * small
