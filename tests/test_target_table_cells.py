"""Target cells of indicator tables (二级指标 | 目标值 | 分值 | 牵头单位 …), read as the readers give a row: cells
joined by TABs. The cell holds a sign (≥90%, ≤4.5‰, ≤10/10万), 均 or a change (较上年下降2个百分点) and no subject:
the indicator is the cell before it. Rows of tests/redteam6/hebi-2025-jiankang-kaohe.html and
tests/redteam7/deyang-2025-weijian-kaohe-zhibiao.html, each cell checked to be the document's own text."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from test_targets import targets_of

HERE = Path(__file__).parent


def _doc_text(path: str) -> str:
    visible = html.unescape(re.sub(r"<[^>]*>", "", (HERE / path).read_text("utf-8")))
    return re.sub(r"\s", "", visible)


HEBI = "redteam6/hebi-2025-jiankang-kaohe.html"
DEYANG = "redteam7/deyang-2025-weijian-kaohe-zhibiao.html"

#: (document, row cells, the targets as (indicator, comparator, value, unit, raw))
CASES = [
    (
        HEBI,
        ["健康水平（18分）", "人均预期寿命", "≥79.5岁", "5", "市卫生健康委"],
        [("人均预期寿命", ">=", 79.5, "岁", "≥79.5岁")],
    ),
    (HEBI, ["", "孕产妇死亡率", "≤10/10万", "5", "市卫生健康委"], [("孕产妇死亡率", "<=", 10, "/10万", "≤10/10万")]),
    (HEBI, ["", "婴儿死亡率", "≤3.5‰", "4"], [("婴儿死亡率", "<=", 3.5, "‰", "≤3.5‰")]),
    (
        HEBI,
        ["", "15岁以上人群吸烟率", "较上年下降2个百分点", "5"],
        [("15岁以上人群吸烟率", "decrease_by", 2, "个百分点", "较上年下降2个百分点")],
    ),
    (
        HEBI,
        ["", "高血压、2型糖尿病患者规范管理率", "均≥65%", "6"],
        [("高血压", ">=", 65, "%", "均≥65%"), ("2型糖尿病患者规范管理率", ">=", 65, "%", "均≥65%")],
    ),
    (DEYANG, ["医疗服务能力", "县域内就诊率", "≥90%", "6", "市卫生健康委"], [("县域内就诊率", ">=", 90, "%", "≥90%")]),
    (DEYANG, ["", "三级公立医院平均住院日", "≤8.5天", "3"], [("三级公立医院平均住院日", "<=", 8.5, "天", "≤8.5天")]),
]


@pytest.mark.parametrize(("doc", "cells", "expected"), CASES, ids=[c[1][1] for c in CASES])
def test_target_cell_takes_the_indicator_of_the_cell_before(doc, cells, expected):
    assert "".join(cells[1:3]) in _doc_text(doc)
    row = "\t".join(cells)
    found = targets_of(row, 2025, "2")
    got = [(t.indicator, t.comparator, t.value, t.unit, t.raw) for t in found]
    assert len(got) == len(expected)
    for (ind, cmp, value, unit, raw), (g_ind, g_cmp, g_value, g_unit, g_raw) in zip(expected, got, strict=True):
        assert g_ind is not None and ind in g_ind, (ind, g_ind)
        assert (g_cmp, g_value, g_unit, g_raw) == (cmp, value, unit, raw)


def test_a_cell_before_that_holds_a_value_is_no_indicator():
    # 2025年 | 2026年 columns: the 2026 cell does not take "≥90%" as its indicator (the row's carries over)
    found = targets_of("县域内就诊率\t≥90%\t≥91%", 2025, "2")
    assert [(t.value, t.indicator) for t in found] == [(90, "县域内就诊率"), (91, "县域内就诊率")]
