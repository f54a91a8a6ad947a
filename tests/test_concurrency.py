"""``parse`` is safe from many threads at once (issue 12): the whole corpus
parsed from 8 threads, in an order that mixes documents across threads,
gives exactly the serial output, which the goldens hold (test_golden checks
serial output against them).
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from conftest import GOLDEN
from test_golden import DOCS, golden_of


def test_the_corpus_from_8_threads_equals_the_serial_goldens():
    order = DOCS[::2] + DOCS[1::2][::-1]  # neighbours in the listing run on different threads
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(order, pool.map(golden_of, order), strict=True))
    assert len(results) == len(DOCS) >= 40
    differ = [
        doc.name
        for doc, got in results.items()
        if got != json.loads((GOLDEN / f"{doc.stem}.json").read_text(encoding="utf-8"))
    ]
    assert differ == []


def test_a_parse_keeps_nothing_of_its_text_in_module_state():
    """Issue 12 item 9: no module-level cache keyed by whole texts. After a
    parse, nothing but the caller holds the text (a cache keyed by it would
    add a reference that outlives the parse)."""
    import gc
    import sys
    from pathlib import Path

    from notice_parser import parse_text

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    base = (corpora / "tianshui-2017-30.txt").read_text(encoding="utf-8")
    text = base + "\n（本通知自印发之日起施行。）"  # made here: no other object can hold this string
    before = sys.getrefcount(text)
    doc = parse_text(text)
    assert doc.measures  # the parse did its work (units were split: the rules that cached ran)
    del doc
    gc.collect()
    assert sys.getrefcount(text) == before
