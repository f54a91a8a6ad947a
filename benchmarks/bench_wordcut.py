"""The cost of jieba word boundaries, measured in one process.

    python benchmarks/bench_wordcut.py [--repeat N]

1. Parse a document whose rules never need a word-boundary decision: jieba
   stays unloaded (checked), and its parse time is the baseline.
2. Load jieba (what the first decision in a process pays once).
3. Parse a document that needs decisions, before and after the load.

Prints the load as a ratio to the baseline parse, and the parse time of a
document with decisions (segmenter warm) as a ratio to the same document's
time with the segmenter's cache cleared.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _timing import best_of

ROOT = Path(__file__).resolve().parent.parent
NO_DECISION = ROOT / "corpora" / "tianshui-2017-30.txt"
WITH_DECISIONS = ROOT / "corpora" / "jinan-2024-rengong-zhineng.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import notice_parser
    from notice_parser.extract import wordcut

    assert "jieba" not in sys.modules, "import notice_parser must not import jieba"
    base = best_of(lambda: notice_parser.parse(NO_DECISION), args.repeat)
    print(f"{NO_DECISION.name}: parse {base * 1000:.1f} ms, jieba loaded: {wordcut.loaded()}")

    t0 = time.perf_counter()
    wordcut._jieba()
    load = time.perf_counter() - t0
    print(f"jieba load: {load * 1000:.1f} ms = {load / base:.1f}x the baseline parse")

    def cold():
        wordcut._bounds.cache_clear()
        notice_parser.parse(WITH_DECISIONS)

    cold_t = best_of(cold, args.repeat)
    warm_t = best_of(lambda: notice_parser.parse(WITH_DECISIONS), args.repeat)
    print(
        f"{WITH_DECISIONS.name}: parse {warm_t * 1000:.1f} ms (cache warm), {cold_t * 1000:.1f} ms "
        f"(boundary cache cleared, segmenter loaded): decisions cost {cold_t / warm_t:.2f}x"
    )


if __name__ == "__main__":
    main()
