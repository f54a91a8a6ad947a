"""Accuracy floors on hand-made golds, scored with shared/eval/score.py.

Golds: ``shared/gold`` (the development golds), ``tests/gold`` (independent
annotations of corpus documents), ``tests/gold/redteam`` (synthetic
notices in notations the corpus lacks) and ``tests/gold/heldout``
(independent annotations kept from the developers until the end). Each floor is a little under the
figure measured when it was set (README, "Accuracy"), so a rule change that
loses accuracy anywhere fails here with the per-document figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPORA, ROOT, SHARED

import notice_parser

SETS = {
    # name: (gold dir, document dir, floor on the mean overall, floor on every document's overall)
    "development": (SHARED / "gold", CORPORA, 0.98, 0.90),
    "annotated": (ROOT / "tests" / "gold", CORPORA, 0.95, 0.80),
    "redteam": (ROOT / "tests" / "gold" / "redteam", ROOT / "tests" / "redteam", 0.90, 0.60),
    # held out from the developers while the rules were written (figures at the end: mean 0.853; 0.990 after session 8 tuned on it)
    "heldout": (ROOT / "tests" / "gold" / "heldout", CORPORA, 0.97, 0.90),
    # session 7's independent annotations of the 17 corpus documents no gold had yet, split before any was
    # read: round2 the developers may read, heldout2 kept from them (figures when added: 0.884 and 0.885;
    # at the session's end 0.980 and 0.995)
    "round2": (ROOT / "tests" / "gold" / "round2", CORPORA, 0.96, 0.85),
    "heldout2": (ROOT / "tests" / "gold" / "heldout2", CORPORA, 0.97, 0.95),
    # synthetic notices of session 7's red team (tests/redteam2/README.md; figures when added: mean 0.689, at the session's end 0.951)
    "redteam2": (ROOT / "tests" / "gold" / "redteam2", ROOT / "tests" / "redteam2", 0.93, 0.83),
    # round 3, kept from every developer until session 7's end (tests/redteam3/README.md): 0.664 -> 0.814; tuned on
    # in session 8 -> 0.985
    "redteam3": (ROOT / "tests" / "gold" / "redteam3", ROOT / "tests" / "redteam3", 0.96, 0.90),
    # session 8's red team rounds 4 and 5 (tests/redteam4/README.md, tests/redteam5/README.md), scored blind at the
    # session's start (0.793 and 0.823); round 4 was tuned on in the last half hour, round 5 kept from every developer
    # (end figures 0.839 and 0.834); tuned on in session 9 -> 0.991 and 0.993 (every document >= 0.967)
    "redteam4": (ROOT / "tests" / "gold" / "redteam4", ROOT / "tests" / "redteam4", 0.97, 0.93),
    "redteam5": (ROOT / "tests" / "gold" / "redteam5", ROOT / "tests" / "redteam5", 0.97, 0.93),
    # session 9's round 6, given to the developers mid-session (0.768 when added -> 0.951; session 10 -> 0.986, every
    # document >= 0.944)
    "redteam6": (ROOT / "tests" / "gold" / "redteam6", ROOT / "tests" / "redteam6", 0.97, 0.93),
    # session 9's round 7, the same families by other writers, kept from every developer all session
    # (tests/redteam7/README.md: 0.855 at the start -> 0.908 at the end; tuned on in session 10 -> 0.996, every document
    # >= 0.982)
    "redteam7": (ROOT / "tests" / "gold" / "redteam7", ROOT / "tests" / "redteam7", 0.98, 0.97),
    # session 10's round 8, given to the developers when written (tests/redteam8/README.md: 0.972 at the start -> 0.998)
    "redteam8": (ROOT / "tests" / "gold" / "redteam8", ROOT / "tests" / "redteam8", 0.98, 0.97),
    # session 10's round 9, kept from every developer all session (tests/redteam9/README.md: 0.940 at the start -> 0.956
    # at the end; tongxi 0.807 lowest); tuned on in session 11 -> 0.995 (every document >= 0.981)
    "redteam9": (ROOT / "tests" / "gold" / "redteam9", ROOT / "tests" / "redteam9", 0.985, 0.97),
    # session 10's round 10, written mid-session in the families round 9 lost, given to the developers when written
    # (tests/redteam10/README.md: 0.892 at the start, 0.913 when added -> 0.977 at the end; every document >= 0.940);
    # session 11 -> 0.991 (every document >= 0.967)
    "redteam10": (ROOT / "tests" / "gold" / "redteam10", ROOT / "tests" / "redteam10", 0.98, 0.95),
    # session 11's round 12, written from the same three briefs as its blind round 11 and given to the developers when
    # written (tests/redteam12/README.md: 0.806 at the start; weixin 0.178 and guojia 0.219 lowest) -> 0.981 at the
    # session's end (every document >= 0.909)
    "redteam12": (ROOT / "tests" / "gold" / "redteam12", ROOT / "tests" / "redteam12", 0.97, 0.89),
    # session 11's round 11, kept from every developer all session (tests/redteam11/README.md: 0.858 at the start ->
    # 0.972 at the end; yunxi 0.893 lowest)
    "redteam11": (ROOT / "tests" / "gold" / "redteam11", ROOT / "tests" / "redteam11", 0.96, 0.88),
    # session 11's round 13, written at the session's end (tests/redteam13/README.md: 0.660 at the start and at 10:30
    # -> 0.852; dichuan 0.558 and mindong 0.473 lowest); session 12 -> 0.924 (mindong 0.997, tingan 0.976; dichuan
    # 0.558 lowest: its gold reads an enclosed list's category rows as no sections, unlike zhouzhi's)
    "redteam13": (ROOT / "tests" / "gold" / "redteam13", ROOT / "tests" / "redteam13", 0.91, 0.50),
    # session 12's round 14, written at the session's start from three briefs of families no earlier round had shown and
    # given to the developers when written (tests/redteam14/README.md: 0.816 at the start; tanyu 0.303, sutang 0.347)
    "redteam14": (ROOT / "tests" / "gold" / "redteam14", ROOT / "tests" / "redteam14", 0.97, 0.85),
    # session 12's round 17, written mid-session from two further briefs of new families and given to the developers
    # when written (tests/redteam17/README.md: 0.759 at the start; kuishan 0.071, ningmu 0.302)
    "redteam17": (ROOT / "tests" / "gold" / "redteam17", ROOT / "tests" / "redteam17", 0.98, 0.95),
    # session 13's round 18: three briefs (crawled stores, tables that are the notice, other authorities), given to the
    # developers when written (tests/redteam18/README.md: 0.958 at the start, 0.997 at the end; fuyu 0.607)
    "redteam18": (ROOT / "tests" / "gold" / "redteam18", ROOT / "tests" / "redteam18", 0.99, 0.95),
    # session 13's round 20: crawler exports and unusual task-table layouts, given to the developers when written
    # (tests/redteam20/README.md: 0.545 at the start, 0.964 at the end; puquan 0.000, pengchuan 0.054, panning 0.095)
    "redteam20": (ROOT / "tests" / "gold" / "redteam20", ROOT / "tests" / "redteam20", 0.95, 0.70),
    # session 13's blind rounds, from the same briefs as rounds 18 and 20 by other writers, kept from every developer
    # all session (tests/redteam19/README.md, tests/redteam21/README.md: 0.826 -> 0.829 and 0.352 -> 0.751; the
    # weakest documents differ from the parser on a table convention the contract does not settle)
    "redteam19": (ROOT / "tests" / "gold" / "redteam19", ROOT / "tests" / "redteam19", 0.80, 0.35),
    "redteam21": (ROOT / "tests" / "gold" / "redteam21", ROOT / "tests" / "redteam21", 0.72, 0.15),
    # session 14's round 22: crawled pages as text dumps/printouts/dataset rows and Markdown from writing tools, given to
    # the developers when written (tests/redteam22/README.md: 0.754 at the start, 0.996 at the end; kunlan 0.297, ailing 0.320)
    "redteam22": (ROOT / "tests" / "gold" / "redteam22", ROOT / "tests" / "redteam22", 0.98, 0.95),
    # session 14's round 24: other authorities and forms, the task ledger as a spreadsheet, given to the developers when
    # written (tests/redteam24/README.md: the .xlsx/.xls unreadable at the start, the other six 0.598; 0.760 at the end —
    # its four spreadsheets' gold makes each numbered task row a section, the table convention the contract leaves open)
    "redteam24": (ROOT / "tests" / "gold" / "redteam24", ROOT / "tests" / "redteam24", 0.74, 0.30),
    # session 14's blind rounds, from the same briefs as rounds 22 and 24 by other writers, kept from every developer
    # all session (tests/redteam23/README.md, tests/redteam25/README.md: 0.822 -> 0.954 and 0.531 -> 0.849; gaoyu, a
    # 督办单 whose 事项 rows differ from round 24's form, 0.125 -> 0.167)
    "redteam23": (ROOT / "tests" / "gold" / "redteam23", ROOT / "tests" / "redteam23", 0.94, 0.84),
    # round 25 was then tuned on once (3cd5a2e, gaoyu's 督办单 rows 0.167 -> 0.994): 0.953
    "redteam25": (ROOT / "tests" / "gold" / "redteam25", ROOT / "tests" / "redteam25", 0.93, 0.70),
    # session 12's round 15, written at the session's start from round 14's three briefs and kept from every developer
    # all session (tests/redteam15/README.md: 0.925 at the start -> 0.916 at the end; lanjiang 0.334 is the annex
    # numbering convention, the other eleven 0.918 -> 0.968)
    "redteam15": (ROOT / "tests" / "gold" / "redteam15", ROOT / "tests" / "redteam15", 0.90, 0.30),
    # session 12's round 16, written mid-session from round 17's two briefs and kept from every developer all session
    # (tests/redteam16/README.md: 0.837 at the start -> 0.973 at the end; cenchuan 0.931 lowest)
    "redteam16": (ROOT / "tests" / "gold" / "redteam16", ROOT / "tests" / "redteam16", 0.96, 0.90),
}


def _document(docs: Path, slug: str) -> Path:
    found = [p for p in docs.glob(slug + ".*") if not p.name.endswith(".meta.json")]
    assert found, f"no document for gold {slug} in {docs}"
    return found[0]


@pytest.mark.parametrize("name", sorted(SETS))
def test_mean_overall_stays_above_its_floor(name, score):
    gold_dir, docs, floor_mean, floor_doc = SETS[name]
    golds = sorted(gold_dir.glob("*.gold.json"))
    assert golds, f"no golds in {gold_dir}"
    figures = {}
    for g in golds:
        slug = g.name[: -len(".gold.json")]
        doc = notice_parser.parse(_document(docs, slug))
        report = score(json.loads(notice_parser.to_json(doc)), json.loads(g.read_text(encoding="utf-8")))
        assert report["grounding"]["rate"] == 1.0, slug
        figures[slug] = report["overall"]
    mean = sum(figures.values()) / len(figures)
    low = {slug: round(f, 3) for slug, f in figures.items() if f < floor_doc}
    assert mean >= floor_mean, f"{name}: mean overall {mean:.3f} < {floor_mean}; per document {figures}"
    assert not low, f"{name}: documents under {floor_doc}: {low}"
