"""Two responsibility clauses that overlap, found by generated notices: a clause inside another (a
bracket inside a 分工 sentence, a plain label inside a 【label】 run) ended its measure before it
started, and the whole parse stopped with an internal error (a measure span [37, 33]). A measure runs
from one clause's end to the next one's: the inner clause is now read with the clause around it
(measures._outermost), and every other input reads as before. The outer clause's reading of the
inner text is not improved (a unit may keep the bracket: （市财政局), so only what is right is asserted."""

import pytest

from notice_parser import parse_text


@pytest.mark.parametrize(
    ("text", "measures", "units"),
    [
        # a division sentence with a bracket clause in it
        ("一、加强监管\n（一）开展专项整治。分工：市环保局，（市财政局负责）按期完成。\n", [("1.1", (7, 37))], []),
        ("（一）\n分工：，（部负责）长", [("1", (0, 14))], []),
        # a 【label】 run that runs on over a plain label after it
        (
            "一、加强监管\n（一）开展专项整治。【牵头部门】市卫生健康局;牵头部门：各县区政府\u3000市人民政府办公室；\n",
            [("1.1", (7, 50))],
            ["市卫生健康局", "市人民政府办公室"],
        ),
        (
            "一、加强监管\n（一）开展专项整治。【责任部门】市教育局;实施主体:秦州区政府)\n",
            [("1.1", (7, 39))],
            ["市教育局"],
        ),
    ],
)
def test_a_clause_inside_another_is_read_with_it(text, measures, units):
    doc = parse_text(text)
    assert [(m.id, m.span) for m in doc.measures] == measures
    names = [u.name for m in doc.measures for r in (m.lead_units, m.responsible_units) for u in r]
    assert [n for n in names if n in units] == units
