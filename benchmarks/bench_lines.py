"""Per-line cost of the segmentation and flat-table passes, in one process.

    python benchmarks/bench_lines.py [--repeat N]

* the hostile input of issue 10 made of short lines (``牵头单位：⏎`` to 200,000
  characters) against ordinary corpus text of the same length: the warm parse
  of each (best of N, alternated) and their ratio, and the time of each
  segmentation pass and of the flat-table pass inside those parses;
* ``divisions.find_full_names`` over the corpus joined, against the
  per-character scan it replaced (kept in tests/test_divisions.py).

Timings are noisy on a shared machine: read the ratios.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import notice_parser
from notice_parser import divisions, pipeline
from notice_parser.segment import header, segmentation

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _timing import best_of as best  # noqa: E402
from _timing import timed  # noqa: E402
from bench_scale import ordinary_text  # noqa: E402
from test_divisions import _full_names_per_character  # noqa: E402

#: (module that calls the pass, the name it calls it by, label)
PASSES = [
    (segmentation, "layout_lines", "layout_lines"),
    (segmentation, "read_header", "read_header"),
    (header, "_own_header", "  header._own_header"),
    (segmentation, "build_sections", "build_sections"),
    (segmentation, "_no_sections", "_no_sections"),
    (pipeline, "segment", "segment (all)"),
    (pipeline, "find_text_tables", "flat tables"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    hostile = ("牵头单位：\n" * 34000)[:200000]
    ordinary = ordinary_text(len(hostile))
    for text in (hostile[:2000], hostile, ordinary):
        notice_parser.parse_text(text)  # imports, lazy compiles, the division table
    times: dict[str, list[float]] = {"hostile": [], "ordinary": []}
    for _ in range(args.repeat):  # alternated: both see the same machine state
        times["hostile"].append(best(lambda: notice_parser.parse_text(hostile), 1))
        times["ordinary"].append(best(lambda: notice_parser.parse_text(ordinary), 1))
    h, o = min(times["hostile"]), min(times["ordinary"])
    print(f"warm parse, 200k characters: 牵头单位：⏎ x34000 {h:.3f} s, ordinary text {o:.3f} s, ratio {h / o:.2f}")
    acc: collections.Counter = collections.Counter()
    for mod, name, label in PASSES:
        setattr(mod, name, timed(getattr(mod, name), label, acc))
    for kind, text in (("hostile", hostile), ("ordinary", ordinary)):
        acc.clear()
        for _ in range(args.repeat):
            notice_parser.parse_text(text)
        shown = ", ".join(f"{label.strip()} {acc[label] / args.repeat * 1000:.1f}" for _, _, label in PASSES)
        print(f"  {kind:8} passes (ms, mean of {args.repeat}): {shown}")
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))
    new = best(lambda: divisions.find_full_names(corpus), 5)
    old = best(lambda: _full_names_per_character(corpus), 5)
    print(
        f"find_full_names over the corpus ({len(corpus)} characters): {new * 1000:.1f} ms, "
        f"per-character scan {old * 1000:.1f} ms, ratio {new / old:.2f}"
    )


if __name__ == "__main__":
    main()
