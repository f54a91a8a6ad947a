"""The Dask path: a real two-process LocalCluster gives exactly the serial output."""

from __future__ import annotations

import json

from conftest import CORPORA, ROOT
from distributed import Client, LocalCluster

import notice_parser
from notice_parser.dask import ledger_frame, parse_bag
from notice_parser.ledger import ledger

DOCS = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".html", ".md"))


def test_local_cluster_parses_the_corpus_exactly_like_the_serial_parse(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes((ROOT / "tests" / "fixtures" / "truncated.docx").read_bytes())
    serial = [json.loads(notice_parser.to_json(notice_parser.parse(p))) for p in DOCS]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            got = parse_bag([*map(str, DOCS), str(bad)], npartitions=8).compute()
            frame = ledger_frame([str(p) for p in DOCS[:6]]).compute()
    assert len(got) == 47
    assert got[:-1] == serial
    assert got[-1] == {
        "source": str(bad),
        "error": {"code": "unreadable", "message": "not a valid .docx: the zip archive is damaged or truncated"},
    }
    want_rows = [row for p in DOCS[:6] for row in ledger(notice_parser.parse(p))]
    assert len(frame) == len(want_rows) > 0
    assert list(frame["unit"]) == [r["unit"] for r in want_rows]
    assert list(frame["measure_id"]) == [r["measure_id"] for r in want_rows]


def test_a_directory_is_walked_like_the_cli_does():
    bag = parse_bag(CORPORA)
    assert bag.npartitions == 46
    names = [d["source"]["name"] for d in bag.compute(scheduler="sync")]
    assert names == [str(p) for p in DOCS]
