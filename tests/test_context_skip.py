"""Context.skip_all: the records of a rule's left-out spans, in order, and nothing from lists of unequal lengths."""

import pytest

from notice_parser.context import Context, Skip


def test_skip_all_records_each_span_with_its_reason_in_order():
    ctx = Context("x")
    ctx.skip("time", (0, 1), "masked")
    ctx.skip_all("time", [(3, 7), (9, 12)], ["duplicate", "past_year"])
    assert ctx.skipped == [
        Skip("time", (0, 1), "masked"),
        Skip("time", (3, 7), "duplicate"),
        Skip("time", (9, 12), "past_year"),
    ]
    assert [type(s) for s in ctx.skipped] == [Skip, Skip, Skip]
    assert ctx.skipped[2].reason == "past_year" and ctx.skipped[1].span == (3, 7)


def test_skip_all_of_nothing_adds_nothing():
    ctx = Context("x")
    ctx.skip_all("number", [], [])
    assert ctx.skipped == []


def test_skip_all_of_unequal_lists_raises_and_adds_nothing():
    ctx = Context("x")
    with pytest.raises(ValueError):
        ctx.skip_all("time", [(1, 2)], ["a", "b"])
    with pytest.raises(ValueError):
        ctx.skip_all("time", [(1, 2), (3, 4)], ["a"])
    assert ctx.skipped == []
