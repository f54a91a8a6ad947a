"""Every corpus document against its reviewed golden output.

A missing golden is written and the test fails (review it, then commit it);
an orphan golden (no corpus document) fails; ``--update-goldens`` rewrites.
"""

from __future__ import annotations

import difflib
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
        if got[key] != want[key]:
            pytest.fail(
                f"{doc.name}: '{key}' differs from golden/{path.name} (run with --update-goldens after review)\n"
                + golden_diff(want[key], got[key], f"golden/{path.name} [{key}]", f"{doc.name} [{key}]"),
                pytrace=False,
            )


def golden_diff(want, got, want_name: str, got_name: str, limit: int = 80) -> str:
    """A unified diff of two JSON values as the goldens are written (first ``limit`` lines).

    >>> print(golden_diff({"a": 1, "b": 2}, {"a": 1, "b": 3}, "golden", "now"))
    --- golden
    +++ now
    @@ -1,4 +1,4 @@
     {
      "a": 1,
    - "b": 2
    + "b": 3
     }
    """
    a = json.dumps(want, ensure_ascii=False, indent=1).splitlines()
    b = json.dumps(got, ensure_ascii=False, indent=1).splitlines()
    lines = list(difflib.unified_diff(a, b, want_name, got_name, lineterm=""))
    more = f"\n… {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def test_every_golden_has_a_corpus_document():
    stems = {d.stem for d in DOCS}
    orphans = sorted(p.name for p in GOLDEN.glob("*.json") if p.stem not in stems)
    assert not orphans, f"orphan goldens with no corpus document: {orphans}"


def test_every_golden_validates_against_the_model():
    for path in GOLDEN.glob("*.json"):
        notice_parser.NoticeDocument.model_validate_json(path.read_text(encoding="utf-8"))
