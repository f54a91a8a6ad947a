"""The Tianshui notice reads the same in every format and encoding: the
same notice fields, sections, measures with their units, deadlines and
targets as the .txt (spans differ, since each text is its own)."""

from __future__ import annotations

import copy

import pytest
from conftest import CORPORA, ROOT

import notice_parser
from notice_parser.model import walk_sections

FIXTURES = ROOT / "tests" / "fixtures"
COPIES = [
    "tianshui-2017-30.docx",
    "tianshui-2017-30.doc",
    "tianshui-2017-30-numbered.docx",
    "tianshui-2017-30-numbered.doc",
    "tianshui-2017-30.gb18030.txt",
    "tianshui-2017-30.utf16.txt",
    "tianshui-2017-30.utf16le.txt",
    "formats/tianshui-2017-30.pdf",
    "formats/tianshui-2017-30.html",
    "formats/tianshui-2017-30-html.doc",
    "formats/tianshui-2017-30.mht",
    "formats/tianshui-2017-30-mht.doc",
    "formats/tianshui-2017-30.rtf",
    "formats/tianshui-2017-30-rtf.doc",
    "formats/tianshui-2017-30-numbered.rtf",
    "formats/tianshui-2017-30-gbk.rtf",
    "formats/tianshui-2017-30-gbk-rtf.doc",
    "formats/tianshui-2017-30.wps",
    "formats/tianshui-2017-30-wps.doc",
    "formats/tianshui-2017-30.xml",
    "formats/tianshui-2017-30-wordml.doc",
    "formats/tianshui-2017-30-numbered.xml",
    "formats/tianshui-2017-30-numbered-wordml.doc",
    "formats/tianshui-2017-30.ofd",
    "formats/tianshui-2017-30-ofd.doc",
]
#: the format each copy must be reported as (found from the content, whatever the name says)
FOUND = {
    "formats/tianshui-2017-30.pdf": "pdf",
    "formats/tianshui-2017-30.html": "html",
    "formats/tianshui-2017-30-html.doc": "html",
    "formats/tianshui-2017-30.mht": "mht",
    "formats/tianshui-2017-30-mht.doc": "mht",
    "formats/tianshui-2017-30.rtf": "rtf",
    "formats/tianshui-2017-30-rtf.doc": "rtf",
    "formats/tianshui-2017-30-numbered.rtf": "rtf",
    "formats/tianshui-2017-30-gbk.rtf": "rtf",
    "formats/tianshui-2017-30-gbk-rtf.doc": "rtf",
    "formats/tianshui-2017-30.wps": "wps",
    "formats/tianshui-2017-30-wps.doc": "wps",
    "formats/tianshui-2017-30.xml": "wordml",
    "formats/tianshui-2017-30-wordml.doc": "wordml",
    "formats/tianshui-2017-30-numbered.xml": "wordml",
    "formats/tianshui-2017-30-numbered-wordml.doc": "wordml",
    "formats/tianshui-2017-30.ofd": "ofd",
    "formats/tianshui-2017-30-ofd.doc": "ofd",
}
#: what a format cannot carry: a PDF or OFD keeps no space that is only a gap between glyphs in a url
NOT_CARRIED = {
    "formats/tianshui-2017-30.pdf": {"url"},
    "formats/tianshui-2017-30.ofd": {"url"},
    "formats/tianshui-2017-30-ofd.doc": {"url"},
}


def summary(doc):
    def units(m):
        return tuple(
            tuple(sorted(u.name for u in getattr(m, r)))
            for r in ("lead_units", "responsible_units", "supporting_units")
        )

    return {
        "notice": doc.notice.model_dump(),
        "sections": [(s.id, s.heading) for s in walk_sections(doc.sections)],
        "measures": [(m.id, units(m)) for m in doc.measures],
        "deadlines": sorted(
            (d.section_id, d.kind, d.model_dump_json(include={"date", "start", "period", "duration"}))
            for d in doc.deadlines
        ),
        "targets": sorted(
            (t.section_id, t.indicator, t.comparator, t.value, t.unit, t.year, t.scope) for t in doc.targets
        ),
    }


@pytest.fixture(scope="module")
def reference():
    return summary(notice_parser.parse(CORPORA / "tianshui-2017-30.txt"))


@pytest.mark.parametrize("name", COPIES)
def test_every_format_of_the_tianshui_notice_parses_the_same(name, reference):
    doc = notice_parser.parse(FIXTURES / name)
    if name in FOUND:
        assert doc.source.format == FOUND[name]
    got = summary(doc)
    reference = copy.deepcopy(reference)  # the fixture is shared by every copy: never edit it
    for field in NOT_CARRIED.get(name, ()):
        for summary_ in (got, reference):
            for a in summary_["notice"]["attachments"]:
                a.pop(field, None)
    for key in reference:
        assert got[key] == reference[key], f"{name}: {key} differs from the .txt"
    assert len(got["measures"]) == 44
