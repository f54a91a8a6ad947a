"""Two responsibility clauses that overlap, found by generated notices: most stopped the whole parse
with an internal error (a measure runs from one clause's end to the next one's, and a clause inside
another made a span end before it started), others read a zero-width measure and a label as a unit
name. A label run or a 【label】 run is read up to a clause read already, and no clause is kept that
starts inside an earlier one (clauses._disjoint)."""

import pytest

from notice_parser import parse_text


def _measures(text):
    return [
        (m.id, m.span, [u.name for u in m.lead_units], [u.name for u in m.responsible_units])
        for m in parse_text(text).measures
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division sentence with a bracket clause in it: the sentence ends where the bracket starts
        (
            "一、加强监管\n（一）开展专项整治。分工：市环保局，（市财政局负责）按期完成。\n",
            [("1.1", (7, 33), [], ["市财政局"])],
        ),
        ("（一）\n分工：，（部负责）长", [("1", (0, 13), [], ["部"])]),
        # a 【label】 run that would run on over a plain label after it
        (
            "一、加强监管\n（一）开展专项整治。【牵头部门】市卫生健康局;牵头部门：各县区政府\u3000市人民政府办公室；\n",
            [
                ("1.1-1", (7, 30), ["市卫生健康局"], []),
                ("1.1-2", (30, 49), ["各县区政府", "市人民政府办公室"], []),
            ],
        ),
        # the same without a crash before: a zero-width second measure and a unit named "牵头部门：…"
        (
            "一、加强监管\n（一）开展专项整治。【牵头部门】市卫生健康局;牵头部门：各县（市、区）政府。\n",
            [("1.1-1", (7, 30), ["市卫生健康局"], []), ("1.1-2", (30, 44), ["各县（市、区）政府"], [])],
        ),
        (
            "一、加强监管\n（一）开展专项整治。【责任部门】市教育局;实施主体:秦州区政府)\n",
            [("1.1-1", (7, 28), [], ["市教育局"]), ("1.1-2", (28, 38), [], ["秦州区政府"])],
        ),
    ],
)
def test_overlapping_clauses_give_measures_in_order(text, expected):
    assert _measures(text) == expected
