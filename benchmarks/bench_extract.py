"""Time the deadline and target passes on every corpus document, as a ratio
to the time it takes to read and decode the same files (same process).

    python benchmarks/bench_extract.py [--repeat N]

Prints one line per document and the totals. Each document goes through the
pipeline's own stages up to segmentation once, outside the timed region, so
the figures are the two region rules alone, run over every section's own
text (``pipeline.region_items``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _timing import best_of

from notice_parser import pipeline
from notice_parser.readers import ReadOptions, read_bytes

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".html"))
    rules = dict(pipeline.REGION_RULES)
    # warm up lazily loaded resources (jieba dictionary, compiled patterns)
    warm = read_bytes("一、总体要求\n到2020年，森林覆盖率达到36%。".encode(), ReadOptions(name="warm.txt"))
    pipeline.run(warm, sha256=pipeline.sha256_of(b""), name="warm.txt")
    tot_read = tot_dl = tot_tg = 0.0
    print(f"{'document':42} {'read ms':>8} {'deadl ms':>9} {'target ms':>10} {'dl/read':>8} {'tg/read':>8}")
    for path in docs:
        data = path.read_bytes()
        read = read_bytes(data, ReadOptions(name=path.name))
        t_read = best_of(lambda: read_bytes(data, ReadOptions(name=path.name)), args.repeat)
        ctx = pipeline.start_context(read)
        tables = pipeline.find_tables(ctx, read)
        seg = pipeline.segment_text(ctx, read, tables)
        pipeline.extract(ctx, seg, tables)  # the context as the rules see it in a parse (measure ends)
        t_dl = best_of(lambda: pipeline.region_items(ctx, seg, rules["deadlines"]), args.repeat)
        t_tg = best_of(lambda: pipeline.region_items(ctx, seg, rules["targets"]), args.repeat)
        tot_read += t_read
        tot_dl += t_dl
        tot_tg += t_tg
        print(
            f"{path.name[:42]:42} {t_read * 1e3:8.2f} {t_dl * 1e3:9.2f} {t_tg * 1e3:10.2f} {t_dl / t_read:8.1f} {t_tg / t_read:8.1f}"
        )
    print(
        f"{'total':42} {tot_read * 1e3:8.2f} {tot_dl * 1e3:9.2f} {tot_tg * 1e3:10.2f} {tot_dl / tot_read:8.1f} {tot_tg / tot_read:8.1f}"
    )


if __name__ == "__main__":
    main()
