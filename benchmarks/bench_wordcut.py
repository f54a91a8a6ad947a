"""The cost of jieba word boundaries, measured in one process.

    python benchmarks/bench_wordcut.py [--repeat N]

1. Parse a document whose rules never need a word-boundary decision: jieba
   stays unloaded (checked), and its parse time is the baseline.
2. Load jieba (what the first decision in a process pays once).
3. Parse a document that needs decisions, before and after the load.

Prints the load as a ratio to the baseline parse, and the parse time of a
document with decisions (segmenter warm) as a ratio to the same document's
time with the segmenter's cache cleared.

4. Thrash: 300 phrases of 12 characters drawn from the 40 characters with the
   biggest prefix blocks (一中大不三王 …, all common in notices), cut by jieba
   reading the prefix file (its blocks read on first need, then held) as a
   ratio to jieba with its whole dictionary in memory (a dict).
"""

from __future__ import annotations

import argparse
import random
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
    thrash(args.repeat)


def thrash(repeat: int) -> None:
    import jieba

    from notice_parser.extract.wordcut import PrefixFile

    tk = wordcut_tokenizer()
    freq = tk.FREQ
    assert isinstance(freq, PrefixFile)
    ends = [0, *freq._ends]
    sizes = sorted(((ends[k + 1] - ends[k], c) for k, c in enumerate(freq._firsts)), reverse=True)
    common = [c for _, c in sizes[:40]]
    rng = random.Random(1)
    phrases = ["".join(rng.choice(common) for _ in range(12)) for _ in range(300)]
    whole = jieba.Tokenizer()
    whole.initialize()

    def cut_all(fresh: bool) -> None:
        if fresh:
            tk.FREQ = PrefixFile(freq.path)
        for p in phrases:
            tk.lcut(p, HMM=True)

    cold = best_of(lambda: cut_all(True), repeat)
    warm = best_of(lambda: cut_all(False), repeat)
    base = best_of(lambda: [whole.lcut(p, HMM=True) for p in phrases], repeat)
    blocks = tk.FREQ._blocks
    tk.FREQ = freq
    print(
        f"thrash, {len(phrases)} phrases of {''.join(common[:8])}...: {base / len(phrases) * 1000:.3f} ms a phrase "
        f"with jieba's whole dictionary; the prefix file {cold / base:.2f}x with its blocks read ({len(blocks)} "
        f"held), {warm / base:.2f}x with them held"
    )


def wordcut_tokenizer():
    from notice_parser.extract import wordcut

    return wordcut._jieba()


if __name__ == "__main__":
    main()
