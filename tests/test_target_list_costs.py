"""The per-list questions of the target rule asked once per clause (a 分 after the list, an indicator that holds
the value's unit): a clause of thousands of lists (达到1个 x 8000) is read in time linear in it, with the
readings these cases show."""

from collections import Counter

from notice_parser import parse_text


def _read(body: str) -> tuple[list[tuple[str, float, str | None]], Counter]:
    doc = parse_text("一、任务\n（一）建设。" + body + "\n")
    return [(t.raw, t.value, t.unit) for t in doc.targets], Counter(k[2] for k in doc.skipped if k[0] == "number")


def test_a_count_that_scores_points_is_a_condition() -> None:
    # 出现1例未处理扣2分: what the score is for (a 分 after the list in its clause), no goal
    assert _read("出现1例未处理扣2分。") == ([], Counter({"condition": 1}))


def test_points_that_no_list_scores_leave_the_goals() -> None:
    # the 分 of an aside after the lists scores nothing (no 扣): both counts are goals
    assert _read("新建污水处理厂3座、垃圾处理场2座（每座5分）。") == (
        [("新建污水处理厂3座", 3.0, "座"), ("垃圾处理场2座", 2.0, "座")],
        Counter(),
    )


def test_a_goal_stated_again_and_again_is_one_target() -> None:
    targets, skipped = _read("达到1个" * 50 + "。")
    assert [(value, unit) for _, value, unit in targets] == [(1.0, "个")]
    assert skipped == Counter({"duplicate": 49})


def test_lists_after_a_past_period_word_are_past() -> None:
    # 以来 before the clause: every list of it is an achievement (the question is read once per clause)
    assert _read("2015年以来，" + "达到1个" * 5 + "。") == ([], Counter({"past": 5}))
    assert _read("2015年以来，累计建成污水处理厂12座，2020年建成8座。") == ([], Counter({"past": 2}))


def test_an_amount_that_says_which_nouns_count_is_a_qualifier() -> None:
    # 超10亿元的企业 … 8家: a later number in the clause (a digit, ASCII or full-width) counts the qualified noun
    assert _read("其中营业收入超10亿元的企业达到8家，完成投资1亿元以上的项目20个。") == (
        [("其中营业收入超10亿元的企业达到8家", 8.0, "家"), ("完成投资1亿元以上的项目20个", 20.0, "个")],
        Counter({"qualifier": 2}),
    )
    assert _read("营业收入超10亿元的企业数量８家。") == (
        [("营业收入超10亿元的企业数量８家", 8.0, "家")],
        Counter({"qualifier": 1}),
    )


def test_each_list_before_a_score_is_a_condition() -> None:
    # every list with a score after it in its clause says what the score is for (the clause searched once)
    assert _read("达到1个达到2个扣2分。") == ([], Counter({"condition": 2}))
    assert _read("达到1个扣2分达到2个。") == ([("达到2个", 2.0, "个")], Counter({"condition": 1}))
