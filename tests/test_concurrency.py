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
