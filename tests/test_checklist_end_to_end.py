"""A 整改清单 table (.docx and .doc) through the whole parser: one measure
per row, its units by column, and the time limit of its 整改时限 cell."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

import notice_parser

FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = json.loads((FIXTURES / "zhenggai-qingdan.json").read_text(encoding="utf-8"))


def _names(cell: str) -> set[str]:
    # the expected cells are plain lists; 和-elliptical ones are expanded as the contract says
    doc = notice_parser.parse_text(f"一、任务\n（一）任务。（责任单位：{cell}）\n")
    return {u.name for u in doc.measures[0].responsible_units}


def _f1(got: set, want: set) -> float:
    tp = len(got & want)
    return 1.0 if not got and not want else 2 * tp / (len(got) + len(want))


@pytest.mark.parametrize("name", ["zhenggai-qingdan.docx", "zhenggai-qingdan.doc"])
def test_every_checklist_row_is_a_measure_with_its_units_and_time_limit(name):
    doc = notice_parser.parse(FIXTURES / name)
    rows = EXPECTED["rows"]
    assert [m.id for m in doc.measures] == [f"table1.row{r['row']}" for r in rows]
    got, want = set(), set()
    for m, row in zip(doc.measures, rows, strict=True):
        assert m.heading == row["整改任务"]
        for unit in m.lead_units:
            got.add((m.id, "lead", unit.name))
        for unit in m.responsible_units:
            got.add((m.id, "responsible", unit.name))
        lead = _names(row["牵头单位"])
        want |= {(m.id, "lead", n) for n in lead}
        want |= {(m.id, "responsible", n) for n in _names(row["责任单位"]) - lead}
        limit = notice_parser.parse_text(f"一、任务\n（一）{row['整改时限']}完成。\n").deadlines
        if limit:
            assert limit[0].model_dump(include={"kind", "date"}) in [
                d.model_dump(include={"kind", "date"}) for d in m.deadlines
            ], f"{m.id}: no deadline {row['整改时限']}"
    assert _f1(got, want) >= 0.95
