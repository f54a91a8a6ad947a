"""Every corpus document against its reviewed golden output.

A missing golden is written and the test fails (review it, then commit it);
an orphan golden (no corpus document) fails; ``--update-goldens`` rewrites.
"""

from __future__ import annotations

import json

import pytest
from conftest import CORPORA, GOLDEN

import notice_parser

DOCS = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".md", ".html", ".doc", ".docx"))


def golden_of(doc) -> dict:
    parsed = notice_parser.parse(doc, name=doc.name)
    return json.loads(notice_parser.to_json(parsed))


@pytest.mark.parametrize("doc", DOCS, ids=[d.stem for d in DOCS])
def test_output_matches_reviewed_golden(doc, update_goldens):
    path = GOLDEN / f"{doc.stem}.json"
    got = golden_of(doc)
    if update_goldens or not path.exists():
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"no golden for {doc.name}: wrote {path.name}; review it and commit it")
        return
    want = json.loads(path.read_text(encoding="utf-8"))
    for key in ("notice", "sections", "measures", "deadlines", "targets", "warnings", "text", "source"):
        assert got[key] == want[key], (
            f"{doc.name}: '{key}' differs from golden/{path.name} (run with --update-goldens after review)"
        )


def test_every_golden_has_a_corpus_document():
    stems = {d.stem for d in DOCS}
    orphans = sorted(p.name for p in GOLDEN.glob("*.json") if p.stem not in stems)
    assert not orphans, f"orphan goldens with no corpus document: {orphans}"


def test_every_golden_validates_against_the_model():
    for path in GOLDEN.glob("*.json"):
        notice_parser.NoticeDocument.model_validate_json(path.read_text(encoding="utf-8"))
