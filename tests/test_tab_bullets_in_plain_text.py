"""Plain text whose items hold tab-indented bullets stays plain text (REVIEW14 item 8): a tab and a bullet (``\\t- ``)
was a writing tool's mark by itself (a Logseq outline's child block), so two such lines made a .txt Markdown and its
text lost ``__init__``'s underscores and ``*重点*``'s stars (spans shifting against start14). A tab-indented bullet now
counts only under a block of its own, a bullet too, as an outliner writes every block; a text with other tool marks
(tasks, wikilinks, properties, containers) is still a tool's export.
"""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.readers.markdown import looks_like_markdown

P1 = (
    "某县农业农村局关于做好春耕备耕工作的通知\n各乡镇人民政府：\n一、加强农资供应\n"
    "1.3月31日前完成农资储备（县供销社牵头，县市场监管局配合）。\n\t- 化肥储备不少于5000吨；\n\t- 种子储备不少于200吨。\n"
    "二、强化技术服务\n*重点*：组织农技人员下乡指导200人次以上（县农业技术推广中心负责）。\n3*4=12 a_b_c __init__\n"
    "某县农业农村局\n2026年2月20日\n"
)


def test_the_reviewers_text_keeps_its_characters():
    doc = notice_parser.parse(P1.encode(), format="txt")
    assert doc.source.format == "txt"
    assert doc.text == P1  # nothing rendered away: every span is the file's
    assert "*重点*" in doc.text and "__init__" in doc.text
    assert [(m.id, [u.name for u in m.lead_units], [u.name for u in m.supporting_units]) for m in doc.measures] == [
        ("1", ["县供销社"], ["县市场监管局"]),
        ("2", [], []),
    ]
    for m in doc.measures:
        for u in (*m.lead_units, *m.responsible_units, *m.supporting_units):
            assert doc.text[u.span[0] : u.span[1]] == u.name


@pytest.mark.parametrize(
    "text",
    [
        P1,
        # （一） items with * and + bullets, two levels of tabs
        "一、工作任务\n（一）完善基础设施\n\t* 新建村级服务站10个；\n\t\t+ 每站配备2名专职人员；\n\t* 改造道路20公里。\n",
        # bullets under a heading line of a notice typed in a text editor, a __ in a file name
        "附件：工作_台账__2026.xlsx\n重点任务如下：\n\t- 6月底前完成排查；\n\t- 9月底前完成整改。\n",
    ],
    ids=["reviewer", "nested-star-plus", "under-a-line"],
)
def test_tab_bullets_under_plain_lines_are_no_tool_export(text):
    assert not looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        # Logseq without properties: every block a bullet, children a tab deeper
        "- 一、重点任务\n\t- TODO 1. 完成幸福里小区改造（牵头：城建科）\n\t  DEADLINE: <2026-10-31 Sat>\n\t- LATER 2. 加装电梯\n",
        # tab bullets with a wikilink and a property: a tool's marks besides
        "文号:: 东街发〔2026〕6号\n一、重点任务\n\t- 完成[[幸福里小区]]改造；\n",
        # a task list's checkboxes under plain lines
        "一、重点任务\n\t- [ ] 6月底前完成排查\n\t- [x] 完成立项\n",
    ],
    ids=["logseq-outline", "wikilink-and-property", "checkboxes"],
)
def test_a_tool_export_is_still_markdown(text):
    assert looks_like_markdown(text)
