"""A page's number between the signature's issuer and its date (the date on the next page) is no issuer, whatever
dashes or dots frame it: — 3 —, - 3 -, ·3·, and ・3・ — the · of a GB2312 text decoded as katakana ・ (U+30FB)
(review 11, item 5)."""

from __future__ import annotations

import pytest

import notice_parser

NOTICE = (
    "某县人民政府办公室关于做好春季森林防火工作的通知\n各乡镇人民政府，县直各单位：\n为做好春季森林防火工作，现通知如下。\n"
    "一、加强巡查。3月底前完成隐患排查（县林业局负责）。\n二、强化宣传。4月底前开展宣传活动不少于10场（县应急局负责）。\n"
    "某县人民政府办公室\n{page}\n2026年3月5日\n"
)


@pytest.mark.parametrize("page", ["— 3 —", "- 3 -", "·3·", "・3・", "・ 3 ・", "・12・"])
def test_page_number_between_issuer_and_date_is_no_issuer(page):
    notice = notice_parser.parse_text(NOTICE.format(page=page)).notice
    assert notice.issuers == ["某县人民政府办公室"]
    assert notice.date == "2026-03-05"
