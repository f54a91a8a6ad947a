"""On a page whose line breaks are lost, a chrome word (打印, 关闭) closes the body only where it is page chrome: a
sentence of the body that opens with the same word as a verb (打印票证等, 关闭取缔…: guowuyuan-2020 老年人 and 整改
notices once crawled onto one line) closes no section, while the page's own 打印本页 / 【关闭】 after the body still end
the last section."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections

BODY = (
    "某某镇人居环境整治方案为改善人居环境，制定本方案。一、总体目标全镇选择2-3个村庄进行示范整治，做到房屋完整、院落整洁。"
    "二、保障措施（一）健全工作机制。成立领导小组，2023年12月底前完成整治。"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "打印本页关闭窗口当前位置：首页 发布时间：2023年10月28日",
        "【打印本页】【关闭窗口】版权所有：某某镇人民政府 2023年10月28日",
        "打印 关闭 扫一扫在手机打开当前页",
        "【打印】【关闭】主办单位：某某镇人民政府",
        "打印关闭",
    ],
)
def test_page_chrome_after_the_body_ends_the_last_section(chrome):
    doc = notice_parser.parse_text(BODY + chrome)
    last = list(walk_sections(doc.sections))[-1]
    assert last.id == "2.1"
    assert doc.text[: last.span[1]].endswith("2023年12月底前完成整治。")


@pytest.mark.parametrize(
    "sentence",
    ["方便老年人现场购票、打印票证等。", "关闭取缔一批散乱污企业。", "收藏品市场同步整治。"],
)
def test_a_sentence_opening_with_a_chrome_verb_closes_no_section(sentence):
    text = (
        "某某镇人居环境整治方案为改善人居环境，制定本方案。一、总体目标全镇选择2-3个村庄进行示范整治。"
        f"二、重点任务（一）整治村容村貌。开展环境整治。{sentence}（镇城建办负责）（二）健全工作机制。成立领导小组。"
    )
    doc = notice_parser.parse_text(text)
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1", "2.2"]
