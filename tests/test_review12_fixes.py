"""Review 12's defects (items 2, 3, 4, 5, 7, 8), each as a rule for its family: the reviewer's reproduction
(/tmp/rev12out/v/) and other ways offices write the same thing. The fixtures are invented; each asserts values."""

from __future__ import annotations

import pytest

import notice_parser


def _txt(text: str):
    return notice_parser.parse(text.encode("utf-8"), name="x.txt").notice


BODY = "一、整改要求\n各区县要于2026年6月30日前完成整改（市政务服务局牵头，各区县人民政府负责）。\n"

# --- item 5: a 文号 whose kind word is a bulletin's genre is no masthead -----------------------------------


@pytest.mark.parametrize(
    ("red_head", "number", "title", "issuer"),
    [
        # the reviewer's tb1.txt
        (
            "某市人民政府办公室文件",
            "某政办通报〔2026〕3号",
            "某市人民政府办公室关于2026年第一季度政务服务工作情况的通报",
            "某市人民政府办公室",
        ),
        (
            "青禾县安全生产委员会办公室文件",
            "青安委办通报〔2025〕12号",
            "青禾县安全生产委员会办公室关于2025年上半年安全生产工作情况的通报",
            "青禾县安全生产委员会办公室",
        ),
        (
            "青禾市人民政府办公室文件",
            "青政办简报[2026]第4号",
            "青禾市人民政府办公室关于全市防汛工作情况的通报",
            "青禾市人民政府办公室",
        ),
    ],
)
def test_a_doc_number_whose_kind_is_a_genre_is_no_masthead(red_head, number, title, issuer) -> None:
    n = _txt(
        f"{red_head}\n{number}\n\n{title}\n\n各区县人民政府，市政府各部门：\n　　现将有关情况通报如下。\n"
        + BODY
        + f"\n{issuer}\n2026年4月10日\n"
    )
    assert (n.doc_number, n.title, n.issuers, n.date) == (number, title, [issuer], "2026-04-10")
    assert n.recipients == ["各区县人民政府", "市政府各部门"]


def test_minutes_numbered_like_a_doc_number_under_their_name_keep_their_masthead() -> None:
    """The issue on its own line under the name (〔2026〕5号 with no code before it) is still a masthead's."""
    n = _txt("青禾县人民政府常务会议纪要\n〔2026〕5号\n\n关于研究春耕生产有关事项的会议纪要\n\n会议议定如下：\n" + BODY)
    assert (n.doc_number, n.issuers, n.title) == (
        "〔2026〕5号",
        ["青禾县人民政府"],
        "关于研究春耕生产有关事项的会议纪要",
    )
