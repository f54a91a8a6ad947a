"""Inline LaTeX in a converter's Markdown (MinerU, marker, Mathpix: every bold line a "# " heading,
comparisons and percents as $\\geq 85\\%$, ranges as $0.3\\sim0.5$): the math is drawn as a reader
sees it (readers.latex), so comparators, values, ranges and indicators read as in a printed notice."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.readers.latex import render_math

MINERU = r"""# 岭东省生态环境厅文件

# 岭环发〔2026〕41号

# 岭东省生态环境厅关于开展农村黑臭水体治理的通知

# 各市生态环境局：

# 一、工作目标

到2027年底，国家监管清单水体治理完成率 $\geq 85\%$，返黑返臭比例控制在 $\leq 5\%$ 以内，污水处理率 $\ge 60\%$，超标率 $\le 3\%$，监测频次 $\geqslant 4$ 次，COD浓度 $< 30$ 毫克/升。

— 1 —

# 二、重点任务

1.实施清淤，清淤深度一般控制在 $0.3\sim0.5$ 米，底泥含水率 $0.6 \sim 0.8$，2027年6月底前完成，排查覆盖率达到 $100\%$。（各市生态环境局负责）
"""


def _targets(md: str) -> list[tuple]:
    doc = notice_parser.parse(md.encode(), format="txt")
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.raw
    return [(t.section_id, t.indicator, t.comparator, t.value, t.value_max, t.unit) for t in doc.targets]


def test_mineru_math_reads_as_the_printed_comparisons_and_ranges():
    assert _targets(MINERU) == [
        ("1", "国家监管清单水体治理完成率", ">=", 85.0, None, "%"),
        ("1", "返黑返臭比例控制在", "<=", 5.0, None, "%"),
        ("1", "污水处理率", ">=", 60.0, None, "%"),
        ("1", "超标率", "<=", 3.0, None, "%"),
        ("1", "监测频次", ">=", 4.0, None, "次"),
        ("1", "COD浓度", "<", 30.0, None, "毫克/升"),
        ("2.1", "清淤深度一般", "range", 0.3, 0.5, "米"),
        ("2.1", "排查覆盖率", ">=", 100.0, None, "%"),
    ]


@pytest.mark.parametrize(
    ("written", "drawn"),
    [
        (r"完成率 $\geq 85\%$，", "完成率≥85%，"),
        (r"完成率$\ge85\%$。", "完成率≥85%。"),
        (r"控制在 $\leqslant 5 \%$ 以内", "控制在≤5%以内"),
        (r"深度 $0.3\sim0.5$ 米", "深度0.3～0.5米"),
        (r"增长 $2\times10^{4}$ 吨", "增长2×10^4吨"),
        (r"温度 $25^{\circ}\mathrm{C}$ 以下", "温度25°C以下"),
        (r"面积 $500\,\text{m}^{2}$ 以上", "面积500m²以上"),
        (r"偏差 $\pm 5\%$ 以内", "偏差±5%以内"),
        (r"pH $6 \sim 9$ 之间", "pH 6～9之间"),  # the space after a Latin word stays
    ],
)
def test_inline_math_is_drawn(written, drawn):
    assert render_math(written) == drawn


@pytest.mark.parametrize(
    "written",
    [
        "资金 $100 and $200 分两批",  # dollars, not math: a space before the closing $
        r"公式 $\frac{a}{b}$ 不变",  # a command this module does not draw
        "单价$5$0元",  # the closing $ before a digit
        "$ 85\\%$",  # a space after the opening $
        "完成率 $达到85\\%$",  # Chinese inside: no converter's math
    ],
)
def test_what_is_not_plain_math_is_left_as_written(written):
    assert render_math(written) == written


def test_a_plain_text_with_dollars_is_not_rendered():
    text = "一、资金\n单价 $5$ 元，总额$100$。\n"  # no Markdown: the text reader leaves it
    doc = notice_parser.parse(text.encode(), format="txt")
    assert doc.text == text
