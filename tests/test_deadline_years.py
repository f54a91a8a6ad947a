"""The years a region writes, kept for "the last year before" (deadlines._Years): sorted by offset, then
year, whatever order they are added in (a range or a year list is read before the points around it)."""

from __future__ import annotations

from notice_parser.extract.deadlines import _Years


def test_the_last_year_before_a_place_is_the_greatest_offset_before_it_then_the_greatest_year():
    years = _Years()
    for at, year in [(5, 2020), (2, 2019), (5, 2018), (9, 2021), (5, 2020), (0, 2017)]:
        years.add(at, year)
    asked = [years.last_before(pos) for pos in (0, 1, 2, 3, 5, 6, 9, 10)]
    assert asked == [None, (0, 2017), (0, 2017), (2, 2019), (2, 2019), (5, 2020), (5, 2020), (9, 2021)]


def test_no_year_added_answers_none():
    assert _Years().last_before(100) is None


def test_years_added_at_one_offset_in_falling_order_are_kept_rising_so_the_last_is_the_greatest():
    years = _Years()
    years.add(5, 2021)
    years.add(5, 2019)
    assert [years.last_before(pos) for pos in (5, 6, 100)] == [None, (5, 2021), (5, 2021)]


def test_a_year_added_between_two_at_its_offset_goes_between_them():
    years = _Years()
    for at, year in [(9, 2030), (5, 2021), (5, 2019), (5, 2020), (3, 2018)]:
        years.add(at, year)
    asked = [years.last_before(pos) for pos in (3, 4, 5, 6, 9, 10)]
    assert asked == [None, (3, 2018), (3, 2018), (5, 2021), (5, 2021), (9, 2030)]
