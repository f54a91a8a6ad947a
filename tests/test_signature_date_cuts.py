"""A text that lost its line breaks is cut around a signature date; a date that a range's or a
preposition's word puts inside a sentence (即日起至…, 于…召开, 截止…) is no signature and cuts nothing
(tests/redteam4 jingmen: ``…配合；即日起至2025年12月31日）（五）…`` made （五） a top-level section)."""

from __future__ import annotations

import itertools

import pytest

from notice_parser.segment.layout import virtual_cuts


def _cut_pieces(text: str) -> list[str]:
    cuts = sorted(virtual_cuts(text, 0, len(text)))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def test_a_signature_date_is_cut_out():
    text = (
        "请结合实际认真组织实施。荆门市人民政府办公室2025年3月10日（此件公开发布）荆门市2025年优化营商环境攻坚行动方案"
    )
    assert "2025年3月10日" in _cut_pieces(text)


@pytest.mark.parametrize(
    "text",
    [
        "（市纪委监委牵头，市委巡察办配合；即日起至2025年12月31日）（五）优化法治化营商环境",
        "领导小组于2025年4月15日召开第一次会议，部署专项行动",
        "统计时间截止2025年6月30日，全市新增经营主体3.2万户",
        "执行期为2024年1月1日—2025年12月31日，期满后评估",
        "自2025年3月1日实施，有效期两年",
    ],
)
def test_a_date_inside_a_sentence_cuts_nothing(text):
    assert not any(p.startswith(("20", "19")) for p in _cut_pieces(text)[1:])
