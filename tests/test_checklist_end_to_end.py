"""A 整改清单 table (.docx and .doc) through the whole parser: one measure
per row, its units by column, and the time limit of its 整改时限 cell.

The expected values are written out (read off the table by hand): the
牵头单位 column leads; the 责任单位 column is responsible, less the units that
already lead (lead wins); 和 between two bodies of one place is expanded
(秦州区委和区政府 → 秦州区委, 秦州区政府); a 整改时限 of "YYYY年M月底前" is a
deadline by the month's last day, "长期坚持" and "按省上要求" are none.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

import notice_parser

FIXTURES = ROOT / "tests" / "fixtures"

#: (row, lead units, responsible units, the 整改时限 cell's last day or None)
ROWS = [
    (1, ["市委组织部"], ["市委宣传部", "市人社局", "市环保局"], "2017-12-31"),
    (2, ["市委办公室", "市政府办公室"], ["各县区委", "各县区政府"], None),
    (3, ["市委宣传部"], ["市教育局", "市民政局", "市文化旅游局"], None),
    (4, ["市委办公室", "市政府办公室"], ["各县区委", "各县区政府", "市环委会各成员单位"], "2017-09-30"),
    (5, ["市委办公室", "市政府办公室"], ["市统计局", "市发改委"], "2017-12-31"),
    (6, ["市环保局"], ["市工信委", "市住建局", "市质监局"], "2017-12-31"),
    (7, ["市水务局"], ["市环保局", "市住建局"], "2018-06-30"),
    (8, ["市环保局"], ["市国土资源局", "市农牧局"], "2018-12-31"),
    (9, ["市环保局"], ["市卫计委", "市工信委"], None),
    (10, ["市住建局"], ["各县区政府", "市城管执法局"], "2018-12-31"),
    (11, ["市农牧局"], ["市环保局", "市水务局"], "2020-12-31"),
    (12, ["市环保局", "市林业局"], ["市国土资源局", "市水务局"], "2017-12-31"),
    (13, ["市环保局", "市林业局"], ["市国土资源局"], "2018-12-31"),
    (14, ["市国土资源局"], ["市安监局", "市环保局"], "2019-06-30"),
    (15, ["市水务局"], ["市公安局", "市交通局"], None),
    (16, ["市环保局"], ["市工信委", "市安监局"], "2017-11-30"),
    (17, ["市安监局"], ["市环保局", "市国土资源局"], "2017-10-31"),
    (18, ["市环保局"], ["市编办", "市财政局", "市人社局"], "2018-06-30"),
    (
        19,
        ["市环保局"],
        [
            "秦州区委",
            "秦州区政府",
            "麦积区委",
            "麦积区政府",
            "甘谷县委",
            "甘谷县政府",
            "武山县委",
            "武山县政府",
            "清水县委",
            "清水县政府",
            "秦安县委",
            "秦安县政府",
            "张家川县委",
            "张家川县政府",
        ],
        "2017-08-31",
    ),
    (20, ["市环保局"], ["市工信委", "市发改委"], "2017-12-31"),
    (21, ["市编办"], ["市环保局", "市人社局", "市财政局"], None),
    (22, ["市委办公室", "市政府办公室"], ["市环保局"], "2017-12-31"),
]


@pytest.mark.parametrize("name", ["zhenggai-qingdan.docx", "zhenggai-qingdan.doc"])
def test_every_checklist_row_is_a_measure_with_its_units_and_time_limit(name):
    doc = notice_parser.parse(FIXTURES / name)
    assert [m.id for m in doc.measures] == [f"table1.row{row}" for row, *_ in ROWS]
    for m, (row, lead, responsible, limit) in zip(doc.measures, ROWS, strict=True):
        assert [u.name for u in m.lead_units] == lead, row
        assert [u.name for u in m.responsible_units] == responsible, row
        assert m.supporting_units == [], row
        by = [d.date for d in m.deadlines if d.kind == "by"]
        assert (limit in by) if limit else by == [], (row, by)


def test_the_headings_are_the_task_column():
    doc = notice_parser.parse(FIXTURES / "zhenggai-qingdan.docx")
    assert [m.heading for m in doc.measures[:3]] == [
        "牢固树立绿色发展理念",
        "把生态环境保护放在优先位置",
        "加大生态环境保护宣传力度",
    ]
    assert doc.measures[-1].heading is not None
