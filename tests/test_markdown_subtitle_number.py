"""A pandoc Markdown export writes the 文号 as the title block's ``subtitle`` (YAML front matter):
it is the notice's doc_number when the body gives none, and a subtitle that is not a 文号 is not."""

import notice_parser

BODY = (
    "各市州住房和城乡建设局，厅机关有关处室：\n\n现将《湖南省城市排水防涝能力提升实施细则》印发给你们，请认真贯彻执行。\n\n"
    "湖南省住房和城乡建设厅\n\n2025年4月22日\n\n# 湖南省城市排水防涝能力提升实施细则\n\n## 一、总体要求\n\n正文。\n"
)


def _number(front: str) -> str | None:
    doc = notice_parser.parse(("---\n" + front + "---\n\n" + BODY).encode(), name="x.md")
    return doc.notice.doc_number


def test_subtitle_holding_a_doc_number() -> None:
    title = "title: 湖南省住房和城乡建设厅关于印发《湖南省城市排水防涝能力提升实施细则》的通知\n"
    assert _number(title + "subtitle: 湘建城〔2025〕41号\ndate: 2025-04-22\n") == "湘建城〔2025〕41号"
    assert _number(title + 'subtitle: "湘政办发[2024]7号"\n') == "湘政办发[2024]7号"
    assert _number(title + "副标题: 湘建城〔2025〕41号\n") == "湘建城〔2025〕41号"


def test_subtitle_that_is_not_a_doc_number() -> None:
    title = "title: 湖南省住房和城乡建设厅关于印发《湖南省城市排水防涝能力提升实施细则》的通知\n"
    assert _number(title + "subtitle: 2025年修订版\n") is None
    # a 文号 field is trusted before the subtitle
    assert _number(title + "subtitle: 湘建城〔2025〕41号\n文号: 湘建城〔2025〕40号\n") == "湘建城〔2025〕40号"
