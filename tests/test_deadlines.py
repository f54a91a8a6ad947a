"""The deadline rule: fixture phrases from tests/cases/deadlines.txt, plus
facts of the contract stated as tests."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import case_rows

from notice_parser.extract.context import Context, Region
from notice_parser.extract.deadlines import find_deadlines
from notice_parser.extract.measures import build_measures, measure_ends

HERE = Path(__file__).parent
CORPORA = HERE.parent / "corpora"


# --------------------------------------------------------------------------
# The fixture file
# --------------------------------------------------------------------------


def _load_cases():
    """``phrase | notice_year=YYYY | expected`` rows (tests/conftest.case_rows)."""
    cases = []
    for row in case_rows("deadlines.txt"):
        phrase, year_field, expected = row.fields[:3]
        year = year_field.split("=", 1)[1]
        cases.append(row.param(phrase, None if year == "None" else int(year), expected, name=phrase[:12]))
    return cases


CASES = _load_cases()


def _describe(d) -> str:
    """A deadline in the fixture file's notation."""
    if d.kind == "during":
        return f"during {d.start}..{d.date}"
    if d.kind == "recurring":
        period = d.period or "none"
        return f"recurring {period}" + (f"/{d.every}" if d.every != 1 else "")
    if d.kind == "within":
        return f"within {d.duration}"
    return f"{d.kind} {d.date}"


def _run(phrase: str, notice_year: int | None, section_id: str = "1"):
    """The phrase as one section's own text, read as the pipeline reads it:
    its measures first (a deadline is one per value within each measure)."""
    region = Region(0, len(phrase), section_id)
    ctx = Context(phrase, notice_year, measure_ends=_measure_ends(phrase, notice_year, region))
    return ctx, find_deadlines(ctx, region)


def _measure_ends(phrase: str, notice_year: int | None, region: Region) -> tuple[int, ...]:
    scratch = Context(phrase, notice_year)  # the measures' warnings are not the deadline rule's
    return measure_ends(build_measures(scratch, [region], {}, {}))


@pytest.mark.parametrize(("phrase", "notice_year", "expected"), CASES)
def test_case(phrase, notice_year, expected):
    _, found = _run(phrase, notice_year)
    got = "; ".join(_describe(d) for d in found) or "none"
    assert got == expected


def _corpus_texts() -> list[str]:
    texts = []
    for p in sorted(CORPORA.iterdir()):
        if p.name.endswith(".meta.json") or p.suffix not in (".txt", ".html"):
            continue
        t = p.read_bytes().decode("utf-8", errors="replace")
        if p.suffix == ".html":
            t = html.unescape(re.sub(r"<[^>]+>", "", t))
        texts.append(re.sub(r"\s", "", t))
    return texts


def test_every_fixture_phrase_is_real_corpus_text():
    texts = _corpus_texts()
    missing = [p.values[0] for p in CASES if not any(re.sub(r"\s", "", p.values[0]) in t for t in texts)]
    assert missing == []


def test_fixture_file_has_at_least_sixty_phrases():
    assert len(CASES) >= 60


# --------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "去年12月建成投用的体育馆运行良好",
        "上年11月实现并网发电",
        "前年5月实现全覆盖后",
        "当时6月完成验收",
        "上一年10月建成",
    ],
)
def test_a_month_after_a_past_year_word_is_no_deadline(phrase):
    """Review of a806094: a month after 去年/上年/前年/当时 happened in a past year, whatever result word follows it."""
    _, found = _run(phrase, 2023)
    assert found == []


def test_a_lone_month_before_a_result_word_is_still_due():
    _, (d,) = _run("11月取得明显成效", 2023)
    assert (d.kind, d.date) == ("by", "2023-11-30")


def test_month_deadline_means_last_day_of_month():
    _, (d,) = _run("2017年8月底前完成", 2017)
    assert (d.kind, d.date) == ("by", "2017-08-31")


def test_february_deadline_knows_leap_years():
    _, (d,) = _run("2020年2月底前完成", 2019)
    assert d.date == "2020-02-29"


def test_year_deadline_means_december_31():
    _, (d,) = _run("2017年底前完成", 2017)
    assert d.date == "2017-12-31"


def test_missing_year_is_the_notice_year():
    _, (d,) = _run("6月底前完成自查", 2017)
    assert d.date == "2017-06-30"


def test_missing_year_is_the_sentence_year_when_one_is_written_before():
    _, found = _run("2021年6月底前制定政策，12月底前实现结算。", 2020)
    assert [d.date for d in found] == ["2021-06-30", "2021-12-31"]


def test_sentence_year_does_not_cross_a_full_stop():
    _, found = _run("2021年6月底前制定政策。12月底前实现结算。", 2020)
    assert [d.date for d in found] == ["2021-06-30", "2020-12-31"]


def test_month_without_year_and_without_notice_year_warns_and_emits_nothing():
    ctx, found = _run("6月底前完成", None)
    assert found == []
    assert [w.code for w in ctx.warnings] == ["no_notice_year"]


def test_first_half_year_ends_june_30():
    _, (d,) = _run("2019年上半年，印发实施方案", 2018)
    assert (d.kind, d.date) == ("by", "2019-06-30")


def test_third_quarter_end_is_september_30():
    _, (d,) = _run("三季度末前完成", 2017)
    assert d.date == "2017-09-30"


def test_relative_years_count_from_the_notice_year():
    _, found = _run("今年完成试点，明年6月底前全面推开", 2017)
    assert [d.date for d in found] == ["2017-12-31", "2018-06-30"]


def test_chinese_numeral_dates_are_read():
    _, (d,) = _run("二〇一七年十二月底前完成", 2017)
    assert d.date == "2017-12-31"


def test_qi_and_kaishi_start_a_from_deadline_on_the_first_day():
    _, found = _run("2018年起实行考核，2019年8月开始运行", 2017)
    assert [(d.kind, d.date) for d in found] == [("from", "2018-01-01"), ("from", "2019-08-01")]


def test_year_to_year_is_a_period():
    _, (d,) = _run("2017年至2020年全市境内", 2017)
    assert (d.kind, d.start, d.date) == ("during", "2017-01-01", "2020-12-31")


def test_dash_range_with_one_year_sign_is_a_period():
    _, (d,) = _run("2024—2025年，重点推进", 2024)
    assert (d.kind, d.start, d.date) == ("during", "2024-01-01", "2025-12-31")


def test_durations_are_iso_8601():
    _, found = _run("一个月内整改到位；两个月内见成效；半年内取得成效；三年内建成", 2017)
    assert [d.duration for d in found] == ["P1M", "P2M", "P6M", "P3Y"]


def test_working_days_count_as_days():
    _, (d,) = _run("15个工作日内办结", 2020)
    assert (d.kind, d.duration) == ("within", "P15D")


def test_every_two_years_keeps_the_count():
    # no period of the contract's is two years: period None, the count kept (the golds of jiaxing, changde,
    # guobanfa and hengzhou read 每两年/每2年 so; yichang's reads year)
    _, (d,) = _run("每两年开展一次评估", 2020)
    assert (d.period, d.every) == (None, 2)


def test_every_n_periods_that_make_a_period_of_the_contract():
    _, found = _run("每两周召开一次调度会；每3个月报送一次；每6个月评估一次", 2020)
    assert [(d.period, d.every) for d in found] == [("half_month", 1), ("quarter", 1), ("half_year", 1)]


def test_dingqi_without_period_is_recurring_with_no_period():
    _, (d,) = _run("定期召开专题会议", 2021)
    assert (d.kind, d.period) == ("recurring", None)


def test_buding_qi_is_not_recurring():
    assert _run("不定期组织召开会议", 2017)[1] == []


def test_baseline_years_are_not_deadlines():
    assert _run("单位生产总值能耗较2015年下降14%，比2015年增长15%", 2017)[1] == []


def test_history_years_are_not_deadlines():
    assert _run("2016年以来，全市持续推进", 2017)[1] == []


def test_years_in_titles_and_document_numbers_are_not_deadlines():
    assert _run("按照《天水市2017年度水污染防治实施方案》（国办发〔2018〕128号）", 2017)[1] == []


def test_five_year_plan_names_are_left_out():
    assert _run("组织实施全市“十三五”水利发展规划", 2017)[1] == []


def test_a_full_date_with_no_suffix_is_an_event_not_a_deadline():
    assert _run("2020年9月11日，国务院常务会议部署", 2020)[1] == []


def test_a_corrupted_year_warns_and_emits_nothing():
    ctx, found = _run("0403年底前建设完成省级养老服务平台", 2021)
    assert found == []
    assert [w.code for w in ctx.warnings] == ["implausible_year"]
    assert ctx.warnings[0].span == (0, 7)


def test_a_bare_year_keeps_a_few_following_characters_in_raw():
    _, found = _run("2024年、2025年分别突破2.2万亿元", 2024)
    assert [d.raw for d in found] == ["2024年", "2025年分别突破"]


def test_duplicates_keep_the_first_phrase():
    _, found = _run("2017年底前建成，12月底前五县全部完成，2017年两区完成", 2017)
    assert [(d.raw, d.date) for d in found] == [("2017年底前", "2017-12-31")]


def test_a_repeat_after_a_responsibility_clause_is_the_next_measures_own():
    # two measures of one section due by the same date: each keeps its phrase
    text = "到2020年，秸秆综合利用率达到85%以上。（农业农村部指导）到2020年，地膜回收率达到80%以上。（农业农村部指导）"
    _, found = _run(text, 2018)
    assert [(d.raw, d.span, d.date) for d in found] == [
        ("到2020年", (0, 6), "2020-12-31"),
        ("到2020年", (31, 37), "2020-12-31"),
    ]
    # with no clause between them the repeat is the same measure's and is dropped
    _, found = _run("到2020年，秸秆综合利用率达到85%以上，到2020年，地膜回收率达到80%以上。（农业农村部指导）", 2018)
    assert [(d.raw, d.span) for d in found] == [("到2020年", (0, 6))]


def test_raw_is_the_text_at_the_span_even_across_line_breaks():
    text = "前言。\n2017年\n底前完成改造，每\n年检查"
    ctx = Context(text, 2017)
    found = find_deadlines(ctx, Region(4, len(text), "3.5.2.2"))
    assert [(d.kind, d.section_id) for d in found] == [("by", "3.5.2.2"), ("recurring", "3.5.2.2")]
    for d in found:
        assert text[d.span[0] : d.span[1]] == d.raw
    assert found[0].raw == "2017年\n底前"


def test_only_the_region_is_read():
    text = "2017年底前完成。2018年底前完成。"
    ctx = Context(text, 2017)
    (d,) = find_deadlines(ctx, Region(9, len(text), None))
    assert (d.date, d.section_id) == ("2018-12-31", None)


def test_a_day_of_every_year_is_one_recurring_item_not_a_by():
    _, found = _run("每年6月底前报送上年度工作情况", 2020)
    assert [(d.kind, d.period) for d in found] == [("recurring", "year")]


def test_since_and_after_are_not_deadlines():
    assert _run("2020年至今，2018年以后新建的项目", 2021)[1] == []


def test_a_look_back_is_not_a_duration():
    assert _run("近三年内未发生重大事故", 2021)[1] == []


def test_months_of_one_year_are_a_period():
    _, (d,) = _run("2019年1—6月", 2019)
    assert (d.kind, d.start, d.date) == ("during", "2019-01-01", "2019-06-30")


def test_a_list_of_years_gives_one_deadline_each():
    _, found = _run("2017、2018年连续完成", 2017)
    assert [d.date for d in found] == ["2017-12-31", "2018-12-31"]


def test_a_baseline_list_is_not_a_deadline():
    assert _run("较2015、2016年分别下降", 2017)[1] == []


def test_a_year_in_a_title_does_not_date_a_later_month():
    _, (d,) = _run("按《2018年工作方案》要求，6月底前完成", 2017)
    assert d.date == "2017-06-30"


def test_a_quarter_with_no_year_and_a_task_is_due_at_its_end_in_the_notice_year():
    for phrase, date in (
        ("第三季度完成验收", "2018-09-30"),
        ("第一季度完成招标", "2018-03-31"),
        ("二季度完成建设", "2018-06-30"),
        ("第四季度完成验收", "2018-12-31"),
        ("一季度末完成招标", "2018-03-31"),
        ("年中完成评估", "2018-06-30"),
        ("年中，开展中期评估", "2018-06-30"),
        ("上半年完成摸底", "2018-06-30"),
    ):
        _, found = _run(phrase, 2018)
        assert [(d.kind, d.date) for d in found] == [("by", date)], phrase


def test_a_year_part_used_as_a_noun_or_inside_a_word_is_no_deadline():
    for phrase in ("三季度考核结果", "上半年考评分值", "青年中心完成建设", "近三年中完成", "每年中央财政安排"):
        _, found = _run(phrase, 2018)
        assert [d for d in found if d.kind == "by"] == [], phrase


def test_cinian_means_the_year_after_the_notice():
    ctx = Context("第七条　县河长办于次年1月31日前将考核结果报县总河长审定。", notice_year=2020)
    (d,) = find_deadlines(ctx, Region(0, len(ctx.text), "7"))
    assert (d.kind, d.date) == ("by", "2021-01-31")


def test_a_year_naming_the_work_of_that_year_is_no_deadline():
    ctx = Context("为切实做好2023年中小学生暑期安全工作，现就有关事项通知如下。2023年底前完成排查。", notice_year=2023)
    assert [(d.raw, d.date) for d in find_deadlines(ctx, Region(0, len(ctx.text), "1"))] == [
        ("2023年底前", "2023-12-31")
    ]


def test_different_repeat_intervals_are_both_kept():
    ctx = Context("每年检查一次，每两年评估一次。", notice_year=2020)
    got = [(d.period, d.every) for d in find_deadlines(ctx, Region(0, len(ctx.text), "1"))]
    assert got == [("year", 1), (None, 2)]  # (every two years: no period of the contract's, the count kept)


def test_one_point_reads_by_where_it_stands_a_phase_time_or_a_date():
    # the same written point, in one region: the time of a phase (in brackets after 阶段, after a
    # label), then a date in brackets that follow no phase word, then one with no bracket at all
    phrase = "集中整治阶段（2019年6月）开展检查；时间：2019年6月；方案（2019年6月）印发；2019年6月完成。"
    _, found = _run(phrase, 2019)
    assert [(d.raw, _describe(d)) for d in found] == [
        ("2019年6月", "during 2019-06-01..2019-06-30"),
        ("2019年6月", "by 2019-06-30"),
    ]


def test_a_status_date_depends_on_the_notice_year():
    # 截至2022年底 reports a status in a 2023 notice, and sets a limit in a 2021 one
    phrase = "截至2022年底，全县完成改造。"
    for notice_year, expected in ((2023, []), (2021, ["by 2022-12-31"]), (2023, [])):
        _, found = _run(phrase, notice_year)
        assert [_describe(d) for d in found] == expected, notice_year


@pytest.mark.parametrize("brackets", ["（）", "〔〕", "［］"])
def test_a_clause_in_document_number_brackets_keeps_its_time_limit(brackets):
    # the red-team jiaxing notice closes its articles with 〔责任单位：…〕; a time limit written in the clause counts
    o, c = brackets
    import notice_parser

    doc = notice_parser.parse_text(
        f"一、重点任务\n（一）发展智慧农业。{o}责任单位：市农业农村局；完成时限：2025年12月底前{c}\n"
    )
    assert [(d.kind, d.date) for m in doc.measures for d in m.deadlines] == [("by", "2025-12-31")]


@pytest.mark.parametrize("number", ["〔2024〕", "［2024］", "〔二〇二四〕"])
def test_a_document_number_bracket_is_still_masked(number):
    import notice_parser

    doc = notice_parser.parse_text(f"一、重点任务\n（一）落实浙政办发{number}3号要求。（责任单位：市农业农村局）\n")
    assert [d for m in doc.measures for d in m.deadlines] == []
