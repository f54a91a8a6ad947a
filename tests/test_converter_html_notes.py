"""Converter HTML whose item numbers exist only in the markup (pandoc, Python-Markdown, kramdown,
markdown-it, LibreOffice): <ol> items are numbered sections as a browser draws them, and the page's
footnotes/endnotes list — drawn "1." "2." by the browser too — is the notes of reference marks [1]…,
not a second numbered document (which would push every id of the notice under a document prefix)."""

from __future__ import annotations

import pytest

import notice_parser
from notice_parser.model import walk_sections

_BODY = (
    "<h2>一、工作目标</h2><p>到2027年底，医共体覆盖率达到90%以上。</p>"
    "<h2>二、重点任务</h2><h3>（一）健全管理体制</h3>"
    "<ol><li><p>成立县医共体管理委员会，2027年1月底前出台工作规则。（县卫生健康局牵头，县财政局配合）</p></li>"
    "<li><p>推进人员统一招聘。（各医共体牵头医院负责）</p></li></ol>"
    "<p>医共体内人员编制实行“县管乡用”{ref}。</p>"
    '<ol start="3"><li><p>实行财务统一管理，2027年6月30日前建成财务平台。（县财政局负责）</p></li></ol>'
    "<h2>三、保障措施</h2><p>各乡镇要加强组织领导。</p>"
)
_NOTE = "“县管乡用”办法应于2027年3月底前印发。"

#: the notes block as each converter writes it
NOTES = {
    "pandoc": (
        '<sup><a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">[1]</a></sup>',
        '<section class="footnotes footnotes-end-of-document" role="doc-endnotes" id="footnotes"><hr />'
        f'<ol><li id="fn1"><p>{_NOTE}<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
        '<li id="fn2"><p>另行制定。<a href="#fnref2" class="footnote-back">↩︎</a></p></li></ol></section>',
    ),
    "python-markdown": (
        '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
        '<div class="footnote"><hr /><ol><li id="fn:1"><p>'
        f'{_NOTE}&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back">&#8617;</a></p></li></ol></div>',
    ),
    "kramdown": (
        '<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>',
        '<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>'
        f'{_NOTE} <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>',
    ),
    "markdown-it (no class, backlinks only)": (
        '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>',
        f'<hr /><ol><li id="fn1"><p>{_NOTE} <a href="#fnref1">↩︎</a></p></li></ol>',
    ),
}


def _page(converter: str) -> str:
    ref, notes = NOTES[converter]
    return f"<html><body>{_BODY.format(ref=ref)}{notes}</body></html>"


@pytest.mark.parametrize("converter", list(NOTES))
def test_endnotes_are_not_a_second_document(converter):
    doc = notice_parser.parse(_page(converter).encode(), format="html")
    assert [(s.id, s.marker) for s in walk_sections(doc.sections)] == [
        ("1", "一、"),
        ("2", "二、"),
        ("2.1", "（一）"),
        ("2.1.1", "1."),
        ("2.1.2", "2."),
        ("2.1.3", "3."),  # <ol start="3"> resumes the list after the paragraph
        ("3", "三、"),
    ]
    assert [m.id for m in doc.measures] == ["2.1.1", "2.1.2", "2.1.3"]
    assert [m.lead_units[0].name for m in doc.measures[:1]] == ["县卫生健康局"]
    # the note is drawn with its reference mark, on a line of its own
    assert [line[: 4 + len(_NOTE)] for line in doc.text.splitlines() if line.startswith("[")] == [
        "[1] " + _NOTE,
        *(["[2] 另行制定。↩︎"] if converter == "pandoc" else []),
    ]
    dates = [(d.section_id, str(d.date)) for d in doc.deadlines if d.kind == "by"]
    assert ("2.1.1", "2027-01-31") in dates and ("2.1.3", "2027-06-30") in dates


def test_a_numbered_list_that_only_mentions_footnotes_in_its_text_is_still_a_list():
    page = (
        "<html><body><h2>二、重点任务</h2><ol><li>开展排查，footnote 另见附件。（市应急局负责）</li>"
        "<li>建立台账。（市住建局负责）</li></ol></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["2", "2.1", "2.2"]


def test_a_list_inside_a_container_named_notes_of_other_words_is_still_numbered():
    # "footnotes" must be a class word of its own, not part of another (e.g. "nofootnotesx" is not notes)
    page = (
        '<html><body><h2>二、重点任务</h2><div class="contentnotes"><ol><li>开展排查。（市应急局负责）</li>'
        "<li>建立台账。（市住建局负责）</li></ol></div></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    assert [s.id for s in walk_sections(doc.sections)] == ["2", "2.1", "2.2"]
