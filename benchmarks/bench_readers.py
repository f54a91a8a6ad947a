"""Reader speed: .doc and .docx fixtures, per KB and relative to the same text as .txt.

    python benchmarks/bench_readers.py [-n 50]

For each document the readers read the file ``n`` times (after one warm-up
read, so imports and first-use caches are not counted); the report gives the
median time per read, milliseconds per KB of input file, and the ratio to
reading the same document's text (UTF-8 .txt) in the same process. Nothing
here asserts a time: tests never depend on machine speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from notice_parser.readers import ReadOptions, read_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

DOCUMENTS = [
    "tianshui-2017-30.doc",
    "tianshui-2017-30.docx",
    "tianshui-2017-30-numbered.docx",
    "tianshui-2017-30-numbered.doc",
    "zhenggai-qingdan.doc",
    "zhenggai-qingdan.docx",
]


def time_reads(data: bytes, name: str, n: int) -> float:
    """Median seconds for one read of ``data``."""
    options = ReadOptions(name=name)
    read_bytes(data, options)  # warm-up
    times = []
    for _ in range(n):
        start = time.perf_counter()
        read_bytes(data, options)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50, help="reads per document (default 50)")
    args = ap.parse_args(argv)
    print(f"{'document':34} {'KB':>6} {'ms/read':>8} {'ms/KB':>7} {'txt ms':>7} {'x txt':>6}")
    for name in DOCUMENTS:
        path = FIXTURES / name
        if not path.exists():
            print(f"{name:34} missing (run scripts/make_fixtures.py)")
            continue
        data = path.read_bytes()
        # the same document as text: what this reader extracts, encoded as UTF-8
        text = read_bytes(data, ReadOptions(name=name)).text.encode("utf-8")
        seconds = time_reads(data, name, args.n)
        txt_seconds = time_reads(text, name + ".txt", args.n)
        kb = len(data) / 1024
        print(
            f"{name:34} {kb:6.1f} {seconds * 1e3:8.2f} {seconds * 1e3 / kb:7.3f} "
            f"{txt_seconds * 1e3:7.2f} {seconds / txt_seconds:6.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
